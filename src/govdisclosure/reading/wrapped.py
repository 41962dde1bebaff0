"""Row labels that PDF text wraps around their own row's values.

A label cell of two lines sits beside one line of values, and text extractors that keep the page's
lines (``pdftotext -layout``, pdfplumber) print the values between the label's two halves::

    5.要求行政机关确认或重新出
                        1    0    0    0    0    0    1
    具已获取信息

Where the label is found, the region after it holds no number; where it is not, the table has a
row missing. Only then is the text around looked at again, so clean text pays nothing:

- ``values_inside``: the label was found whole (its note, ``（区分处理的，只计这一情形…）``, read
  across the lines), and the values that end a line inside its span are the row's;
- ``values_before``: only the label's last words were found (``逾期不补正``); the values that end
  the line before them are the row's when the lines before join with them into the row's label;
- ``mend``: no part of the label was found; between the hits of the chained rows around a missing
  row (and before the first, after the last), the lines around a line of values that join into
  that row's label give the hit that was missed (up to ``WRAPPED_LINES`` on each side; lines that
  hold only a merged group cell's words, ``（六）`` / ``其他处`` / ``理``, are passed over where the
  label joins only without them).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

import attrs

from govdisclosure.forms import FormTable, Row
from govdisclosure.reading.align import Chain
from govdisclosure.reading.cells import neighbour_lines, page_breaks
from govdisclosure.reading.labels import MAX_NOTE, Candidate, LabelHit, decoration, note_end
from govdisclosure.schema import Span
from govdisclosure.source import SourceText, compact_text
from govdisclosure.text.patterns import DIGIT, lazy_re

_VALUE = r"(?:[-+]?[0-9][0-9.,]*|[/—–-])"
_VALUES_AT_END = lazy_re(rf"(?:(?<=[ \t])|^){_VALUE}(?:[ \t]+{_VALUE})+[ \t]*$", re.MULTILINE)
"""Two values or more that end a line, alone on it or after the label's text (stdlib re)."""
_HAN = lazy_re(r"[\u3400-\u9fff]")
_COLUMN_GAP = lazy_re(r"(?<=\S)[ \t]{2,}(?=\S)")
"""Two spaces or more between words of a line: a gap between two columns of PDF text laid out."""
_SPACE = lazy_re(r"(?<=\S)[ \t]+(?=\S)")
"""Any space between words: the gap between two columns where the text keeps one (pdfplumber)."""
_VALUE_ENDS = frozenset("0123456789/—–-")


def _lines(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of each line that begins in ``folded[start:end]``, the first one from ``start``."""
    lines: list[tuple[int, int]] = []
    position = start
    while position < end:
        newline = folded.find("\n", position)
        stop = len(folded) if newline < 0 else newline
        lines.append((position, stop))
        if newline < 0:
            break
        position = newline + 1
    return lines


def values_inside(source: SourceText, span: Span) -> Span | None:
    """The first run of values that ends a line inside a label's ``span`` with more of the label
    after it, or ``None``.
    """
    folded = source.folded
    newline = folded.find("\n", span.start, span.end)
    if newline < 0:
        return None
    match = _VALUES_AT_END.search(folded, span.start, newline)
    if match is None:
        for s, e in _lines(folded, newline + 1, span.end)[:-1]:
            match = _VALUES_AT_END.search(folded, s, e)
            if match is not None:
                break
    return None if match is None else Span(match.start(), match.end())


WINDOW = 400
"""Characters before a table's first row and after its last one searched for a wrapped label."""


def mend(source: SourceText, hits: Sequence[LabelHit], chain: Chain) -> tuple[Sequence[LabelHit], Chain]:
    """``hits`` and ``chain`` with the labels of missing value rows that a line of values splits.

    Only the text where a missing row would stand is looked at: between the hits of two chained
    rows with value rows missing between them, before the first and after the last; a label is
    taken when the text before a line's values ends with its first part and the line after starts
    with the rest.
    """
    table = chain.table
    rows = table.rows
    if not chain.pairs:
        return hits, chain
    bounds = [(-1, -1), *sorted(chain.pairs), (len(hits), len(rows))]
    found: list[tuple[LabelHit, int]] = []
    for (h1, r1), (h2, r2) in itertools.pairwise(bounds):
        if r2 - r1 < 2:
            continue
        missing = [r for r in range(r1 + 1, r2) if rows[r].key is not None]  # value rows, not groups
        if not missing:
            continue
        start = hits[h1].span.end if h1 >= 0 else max(0, hits[h2].span.start - WINDOW)
        if h2 < len(hits):
            end = hits[h2].span.start
        else:  # after the last row: as far as the next label of any table
            end = min(len(source), start + WINDOW, *(hit.span.start for hit in hits[h1 + 1 : h1 + 2]))
        floor = hits[h1].end if h1 >= 0 else source.compact_offset(start)
        if h1 < 0 and h2 > 0:
            start, floor = max(start, hits[h2 - 1].span.end), max(floor, hits[h2 - 1].end)
        split = _split_labels(source, table, missing, (start, end), floor)
        taken = {row for _, row in split}
        found.extend(split)
        found.extend(_across_page_breaks(source, table, [r for r in missing if r not in taken], (start, end), floor))
    if not found:
        return hits, chain
    chained = {h for h, _ in chain.pairs}
    # a word of a split label may have been found as another row's label (2.其他 / 法律行政法规禁止公开)
    kept = [hit for index, hit in enumerate(hits) if index in chained or not any(
        hit.start < new.end and new.start < hit.end for new, _ in found)]
    merged = sorted([*((hit, None) for hit in kept), *found], key=lambda item: item[0].start)
    index_of = {id(hit): index for index, (hit, _) in enumerate(merged)}
    new_pairs = [(index_of[id(hits[h])], r) for h, r in chain.pairs]
    new_pairs.extend((index_of[id(hit)], r) for hit, r in found)
    return [hit for hit, _ in merged], attrs.evolve(chain, pairs=tuple(sorted(new_pairs)))


def _split_labels(source: SourceText, table: FormTable, missing: Sequence[int], window: tuple[int, int],
                  floor: int) -> list[tuple[LabelHit, int]]:
    """The labels of ``missing`` rows split by a line of values in ``window`` (original offsets);
    ``floor``: the compact offset the first one's numbering may start at. The lines around are
    joined as they stand, then (where the label was not found so) without the lines that hold only
    a group row's words, which PDF text laid out in columns puts between a label's lines.
    """
    folded = source.folded
    start, end = window
    if folded.find("\n", start, end) < 0:
        return []
    lines = [(s, e) for s, e in _lines(folded, start, end) if not folded[s:e].isspace() and s < e]
    # a merged group cell's words (（六） / 其他处 / 理) on lines of their own between the label's
    between = [line for line in lines if not _group_words(source, line, _group_labels(table))]
    found: list[tuple[LabelHit, int]] = []
    for index in range(len(lines)):
        s, e = lines[index]
        values = _VALUES_AT_END.search(folded, s, e)
        if values is None:
            continue
        middle = [(s, values.start())] if _HAN.search(folded, s, values.start()) else []
        for kept in (lines, between) if len(between) < len(lines) else (lines,):
            at = kept.index(lines[index])
            # the label's parts: the lines of text before (up to WRAPPED_LINES), this line's text,
            # the lines of text after (blank lines passed over)
            afters = _text_lines(folded, kept[at + 1 : at + 1 + WRAPPED_LINES])
            if afters:
                afters[-1] = (afters[-1][0], min(afters[-1][1], end))
            ways = _wrappings(folded, _text_before(folded, kept, at), middle, afters)
            hit = next((found_hit for parts, split in ways if (
                found_hit := _joined_label(source, table, missing, parts, split, floor)) is not None), None)
            if hit is not None:
                found.append(hit)
                floor = hit[0].end
                break
    return found


@functools.cache
def _group_labels(table: FormTable) -> frozenset[str]:
    """The compact labels of ``table``'s group rows, each with its numbering (``(六)其他处理``)."""
    return frozenset(compact_text(f"({row.number}){label}") for row in table.rows if row.key is None
                     for label in row.labels)


def _group_words(source: SourceText, line: tuple[int, int], groups: frozenset[str]) -> bool:
    """Whether a line holds only words of a group row's label (its numbering with it, compact)."""
    words = source.compact[source.compact_offset(line[0]) : source.compact_offset(line[1])]
    return bool(words) and any(words in group for group in groups)


def _across_page_breaks(source: SourceText, table: FormTable, missing: Sequence[int], window: tuple[int, int],
                        floor: int) -> list[tuple[LabelHit, int]]:
    """The labels of ``missing`` rows that a page break (a footer, a running title) cuts in two in
    ``window`` (original offsets): the line before the break ends with the label's first part and
    the line after it starts with the rest.
    """
    folded = source.folded
    start, end = window
    found: list[tuple[LabelHit, int]] = []
    for cut, resume in page_breaks(folded[start:end], start) if missing else ():
        before_line, _ = neighbour_lines(folded, cut, cut)
        _, after_line = neighbour_lines(folded, resume, resume)
        if before_line is None or after_line is None or before_line[0] < start or after_line[1] > end:
            continue
        hit = _joined_label(source, table, missing, [before_line, after_line], 1, floor)
        if hit is not None:
            found.append(hit)
            floor = hit[0].end
            missing = [r for r in missing if r != hit[1]]
    return found


WRAPPED_LINES = 4
"""Lines of a label looked at on each side of its line of values."""
_GAPS = (None, _COLUMN_GAP, _SPACE)
"""Where a line's part of a label starts: the whole line, or after its last gap of two spaces or of
one (a merged group cell's words stand beside it where PDF text is laid out in columns)."""


def _wrappings(folded: str, befores: Sequence[tuple[int, int]], middle: Sequence[tuple[int, int]],
               afters: Sequence[tuple[int, int]]) -> Iterator[tuple[list[tuple[int, int]], int]]:
    """Each way the lines around a line of values may hold a label: its parts (original spans) and
    how many of them stand before the values (the lines before, nearest last, and the values'
    own line's text, with or without it), the others after (none, for a label that ends before them).
    """
    for gap in _GAPS:
        for middles in ([middle, []] if middle else [[]]):
            for before_count, after_count in itertools.product(range(len(befores) + 1), range(len(afters) + 1)):
                head = [_label_part(folded, span, gap) for span in [*befores[len(befores) - before_count :], *middles]]
                if head:
                    yield [*head, *(_label_part(folded, span, gap) for span in afters[:after_count])], len(head)


def _text_before(folded: str, lines: Sequence[tuple[int, int]], index: int) -> list[tuple[int, int]]:
    """The lines of text right before line ``index`` (up to ``WRAPPED_LINES``), in text order."""
    return _text_lines(folded, reversed(lines[max(0, index - WRAPPED_LINES) : index]))[::-1]


def _text_lines(folded: str, lines: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines, in the order given, up to the first that is not text (a line of values)."""
    out: list[tuple[int, int]] = []
    for start, end in lines:
        if not _HAN.search(folded, start, end) or _VALUES_AT_END.search(folded, start, end):
            break
        out.append((start, end))
    return out


def _label_part(folded: str, span: tuple[int, int], gap: re.Pattern[str] | None) -> tuple[int, int]:
    """The part of a line after its last ``gap`` between columns (the whole line if it has none,
    or for no ``gap``).
    """
    if gap is None:
        return span
    start, end = span
    gaps = list(gap.finditer(folded, start, end))
    return (gaps[-1].end(), end) if gaps else span


def _joined_label(source: SourceText, table: FormTable, missing: Sequence[int],  # noqa: PLR0917
                  parts: Sequence[tuple[int, int]], split: int, floor: int) -> tuple[LabelHit, int] | None:
    """The hit of a missing row's label that runs from the first ``split`` of ``parts`` (original
    spans of the text before a line's values) into the others (the lines after them).
    """
    compact = source.compact
    ranges = [(source.compact_offset(s), source.compact_offset(e)) for s, e in parts]
    joined = "".join(compact[a:b] for a, b in ranges)
    last_at = sum(b - a for a, b in ranges[:split])

    def compact_at(position: int) -> int:
        for a, b in ranges:
            if position < b - a or (a, b) == ranges[-1]:
                return a + position
            position -= b - a
        raise AssertionError  # pragma: no cover - the last range takes any position

    for row_index in missing:
        row = table.rows[row_index]
        for label in sorted({compact_text(label) for label in row.labels}, key=len, reverse=True):
            at = joined.find(label) if label else -1
            if at < 0 or at >= last_at or (at + len(label) <= last_at and not _wrapped_before(
                    joined, at, at + len(label), last_at, ranges[split - 1][1] - ranges[split - 1][0])):
                continue  # not a label carried over the line of values
            label_start = compact_at(at)
            label_end = compact_at(at + len(label) - 1) + 1
            numbers = (row.number,) if row.number and row.number.isdigit() else ()
            hit_start, number = decoration(source, max(floor, ranges[0][0]), label_start, numbers)
            hit_end = note_end(compact, label_end, ranges[-1][1])
            hit = LabelHit(start=hit_start, label_start=label_start, end=hit_end, label=label,
                           candidates=(Candidate(table, row_index),), number=number,
                           span=source.compact_span(hit_start, hit_end), rows={id(table): (row_index,)})
            return hit, row_index
    return None


def _wrapped_before(joined: str, start: int, end: int, values_at: int, last_part: int) -> bool:
    """Whether a label found at ``joined[start:end]`` before the values (at ``values_at``) is still
    the row's: its note runs on past them (``部分公开`` / ``(区分处理的，`` / values / ``…其他情形)``), or
    it ends (with its note) right before them, wrapped from a line above (a merged group cell's words
    stand between its lines: ``2.没有现成信息需要`` / ``无法提  另行制作  0 7 …``; ``last_part``: the
    length of the part just before the values).
    """
    if end < len(joined) and joined[end] == "(":
        close = joined.find(")", end + 1, end + MAX_NOTE)
        if close >= 0 and "(" not in joined[end + 1 : close]:
            end = close + 1
    return end > values_at or (end == values_at and start < values_at - last_part)


def values_before(source: SourceText, row: Row, hit: LabelHit, floor: int) -> Span | None:
    """The values that end the line before a label's line, when the label starts before them
    (``1.申请`` / ``人无  0 0 0`` / ``正当理由逾期不补正…``, where only ``逾期不补正`` was found; up to
    ``WRAPPED_LINES`` lines of text before them), or ``None``. ``floor``: where the previous row's
    region starts (original offset).
    """
    folded, compact = source.folded, source.compact
    line_start = folded.rfind("\n", 0, hit.span.start) + 1
    before = folded[floor : line_start].rstrip()
    if not before or before[-1] not in _VALUE_ENDS or DIGIT.search(folded, line_start, hit.span.start):
        return None
    lines = [(s, e) for s, e in _lines(folded, floor, line_start) if folded[s:e].strip()]
    values = _VALUES_AT_END.search(folded, *lines[-1]) if lines else None
    if values is None:
        return None
    parts = [*_text_before(folded, lines, len(lines) - 1), (lines[-1][0], values.start())]
    head = "".join(compact[source.compact_offset(s) : source.compact_offset(e)] for s, e in parts)
    labels = {compact_text(label) for label in row.labels} - {""}
    # the label's line may start with a merged group cell's words (PDF text laid out in columns);
    # the label found may be a short variant of the one that runs on to the end of its line
    line_end = folded.find("\n", hit.span.start)
    end = max(hit.end, source.compact_offset(len(folded) if line_end < 0 else line_end))
    for gap in _GAPS:  # (a gap right before the label ends with the label's first character after it)
        start = _label_part(folded, (line_start, hit.span.start + 1), gap)[0]
        joined = head + compact[source.compact_offset(start) : end]
        for label in labels:
            at = joined.find(label)
            if 0 <= at < len(head) < at + len(label):
                return Span(values.start(), values.end())
    return None
