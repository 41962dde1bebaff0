"""Reading the cells that follow a row label, in every textual rendering of a table.

A *region* is the text between a row's label and the next label. How its cells are separated
decides how it is read:

- ``|`` on the first line: pipe cells; an empty cell is a blank cell, a trailing ``|`` ends the row;
- a tab on the first line: tab cells (HTML converted with one tab between cells, or one after
  each cell), blanks kept; an empty cell after the last tab is set aside as a pipe row's is;
- otherwise white space separates cells and blank cells are not visible; for a one-cell-per-line
  region that keeps empty lines, ``line_cells`` gives the cells with the blanks in place.

Each cell is split into pieces: numbers (with a unit glued to them, ``246900元``, ``1个``; ``无``,
none, is 0), unit words, not-applicable marks (``/``, ``—``, ``不适用``), and text. Page footers (``- 5 -``) and
parenthetical notes are skipped.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Literal

import attrs

from govdisclosure.forms.cells import NA_WORDS, NONE_WORDS, UNITS
from govdisclosure.forms.metadata import ANNUAL_REPORT_WORDS, TITLE_SUBJECTS
from govdisclosure.schema import Rendering, Span
from govdisclosure.source import SourceText
from govdisclosure.text.mojibake import LOST
from govdisclosure.text.numbers import MAX_DIGITS, arabic_to_number
from govdisclosure.text.patterns import WHITE_SPACE, lazy_pattern, lazy_re, words_pattern

_FOOTER = lazy_pattern(
    r"(?m)^[ \t]*(?:[-—–]\s*[0-9]{1,3}\s*[-—–]|第\s*[0-9]{1,3}\s*页(?:\s*共\s*[0-9]{1,3}\s*页)?)[ \t]*$")
_RUNNING_TITLE = lazy_re(rf"(?m)^[ \t]*[^\n]{{0,40}}(?:{words_pattern(TITLE_SUBJECTS)})[^\n]{{0,20}}"
                         rf"(?:{words_pattern(ANNUAL_REPORT_WORDS)})(?:[ \t]+[0-9]{{1,3}})?[ \t]*$")
"""A report's title on a line of its own (a PDF's running title, where a page break cuts a table):
a disclosure subject and a report word (``forms.metadata``), as the metadata reader knows a title."""
_NOTE = lazy_pattern(r"\([^()\n]{0,80}?\p{Han}[^()\n]{0,80}?\p{Han}[^()\n]{0,80}?\)")
# stdlib re: a table is read region by region, short searches that re runs in two thirds of regex's time;
# a decimal may be broken by spaces at its point (PDF text, a zero-width space: ``41. 2``)
_PIECE = lazy_re(
    r"(?P<number>[-+]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[-+]?[0-9]+(?: *\. *[0-9]+)?)"
    r"|(?P<na>[/／\\\-－—–─_]+)"
    rf"|(?P<other>[^0-9/／\\\-－—–─_{WHITE_SPACE}|\"'“”‘’]+)"
)
_UNIT = lazy_re(words_pattern(UNITS))
_QUOTES = " \"'“”‘’"
"""A line of only these (the closing quote of a label such as 危及“三安全一稳定”) holds no cell."""


PieceKind = Literal["number", "blank", "na", "unit", "text"]
"""What a piece of a cell is. Plain strings, not an enum: the readers test a piece's kind a few
thousand times a report, and on CPython 3.11 reading an enum member off its class costs four
times a constant (3% of a parse); mypy's strict equality still catches a misspelt kind."""


@attrs.define(unsafe_hash=True)  # not frozen: built by the hundred per report (docs/architecture.md)
class Piece:
    """One piece of a cell, with its original span."""

    kind: PieceKind
    span: Span
    text: str
    value: int | Decimal | None = None
    unit: str | None = None
    cell: int = 0
    """Which cell of the region the piece is in (pipe and tab modes); pieces of one cell share it."""


@attrs.define(unsafe_hash=True)  # not frozen: built by the hundred per report (docs/architecture.md)
class Region:
    """The cells after one row label."""

    span: Span
    rendering: Rendering
    pieces: tuple[Piece, ...]
    rest: Span | None = None
    """What follows the row's own cells in the region (later lines in pipe and tab modes)."""
    trailing: Piece | None = None
    """A blank cell after the last ``|`` of a pipe row (or the last tab of a tab row): a row
    terminator, or a blank last cell when the row is one cell short without it."""


def _skipped(text: str, offset: int) -> list[tuple[int, int]]:
    """What cells are not read from in ``text`` (at ``offset``): page breaks and notes."""
    spans = page_breaks(text, offset)
    if "(" in text:
        spans += [(offset + m.start(), offset + m.end()) for m in _NOTE.finditer(text)]
    return sorted(spans)


def page_breaks(text: str, offset: int) -> list[tuple[int, int]]:
    """Page footers (``- 5 -``, ``第5页``) and running titles (the report's title at the top of each
    PDF page), each a line of its own; where several stand together, the blank lines between them
    belong to the page break too (a one-cell-per-line region would read them as blank cells).
    """
    lines: list[tuple[int, int]] = []
    if "-" in text or "—" in text or "–" in text or "页" in text:
        lines += [m.span() for m in _FOOTER.finditer(text)]
    if "报" in text or "報" in text:  # every report word has one
        lines += [m.span() for m in _RUNNING_TITLE.finditer(text)]
    if len(lines) > 1:
        lines.sort()
        merged = [lines[0]]
        for start, end in lines[1:]:
            if not text[merged[-1][1] : start].strip():
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        lines = merged
    return [(offset + start, offset + end) for start, end in lines]


MAX_BLANK_LINES = 3
"""Blank lines passed over to the line of text before or after a place (a page break has few)."""


def neighbour_lines(folded: str, start: int, end: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The (start, end) of the nearest line with text before the line of ``start`` and after the line
    of ``end``, passing over up to ``MAX_BLANK_LINES`` blank lines; ``None`` where there is none.
    Only those lines are looked at, whatever the length of the text.
    """
    before: tuple[int, int] | None = None
    stop = folded.rfind("\n", 0, start)  # the line break before start's line
    for _ in range(MAX_BLANK_LINES + 1):
        if stop < 0:
            break
        line_start = folded.rfind("\n", 0, stop) + 1
        if folded[line_start:stop].strip():
            before = (line_start, stop)
            break
        stop = line_start - 1
    after: tuple[int, int] | None = None
    begin = folded.find("\n", end) + 1  # the line after end's line
    for _ in range(MAX_BLANK_LINES + 1):
        if begin <= 0:
            break
        line_end = folded.find("\n", begin)
        line_end = len(folded) if line_end < 0 else line_end
        if folded[begin:line_end].strip():
            after = (begin, line_end)
            break
        begin = line_end + 1 if line_end < len(folded) else 0
    return before, after


def beside_page_break(source: SourceText, span: Span) -> bool:
    """Whether the line before ``span``'s line or the one after it (blank lines passed over) is a
    page footer or a running title.
    """
    folded = source.folded
    return any(line is not None and page_breaks(folded[line[0] : line[1]], 0)
               for line in neighbour_lines(folded, span.start, span.end))


def _inside(position: int, skipped: list[tuple[int, int]]) -> bool:
    return bool(skipped) and any(start <= position < end for start, end in skipped)


def _pieces(source: SourceText, start: int, end: int, cell: int, skipped: list[tuple[int, int]]) -> list[Piece]:
    """Split ``folded[start:end]`` (one cell, or a run of white-space separated cells) into pieces."""
    pieces = list(_iter_pieces(source, start, end, cell, skipped))
    if len(pieces) > 1:
        pieces = _join_spaced_units(source, pieces)
    return _attach_units(pieces)


_SPLIT_UNITS = {unit[:cut]: unit for unit in UNITS for cut in range(1, len(unit)) if len(unit) > 1}
"""The first part of each unit of two characters or more (万 of 万元), to join a letter-spaced unit."""


def _join_spaced_units(source: SourceText, pieces: list[Piece]) -> list[Piece]:
    """A unit letter-spaced over two pieces (``万 元``, ``人 次``, as PDF text prints short cells) as one
    unit piece: read apart, ``万`` would be text and the amount taken for yuan.
    """
    out: list[Piece] = []
    for piece in pieces:
        if out and piece.kind == "unit" and out[-1].kind in ("text", "unit") and piece.cell == out[-1].cell:
            before = out[-1]
            joined = before.text + piece.text
            if (_SPLIT_UNITS.get(before.text) == joined
                    and not source.folded[before.span.end : piece.span.start].strip(" ")):
                start, end = before.span.start, piece.span.end
                out[-1] = Piece("unit", Span(start, end), source.original[start:end], unit=joined, cell=piece.cell)
                continue
        out.append(piece)
    return out


def _iter_pieces(source: SourceText, start: int, end: int, cell: int,
                 skipped: list[tuple[int, int]]) -> Iterator[Piece]:
    """The pieces of ``folded[start:end]`` in order, units not yet attached to their numbers."""
    folded = source.folded
    original = source.original
    last: Piece | None = None
    for m in _PIECE.finditer(folded, start, end):
        at, stop = m.span()
        if skipped and _inside(at, skipped):
            continue
        kind = m.lastgroup
        if kind == "number" and ((stop - at <= MAX_NUMBERING and _numbering(folded, at, stop))
                                 or (source.lost_characters and _beside_lost(folded, at, stop))):
            # 1.当面申请数: a row's number; �.5, 1�: a number a character of which was lost
            last = Piece("text", Span(at, stop), original[at:stop], cell=cell)
            yield last
        elif kind == "number":
            number = m.group()
            value: int | Decimal | None
            if number.isdigit():  # the common case, a run of ASCII digits (all the pattern takes)
                value = arabic_to_number(number)
            else:
                digits = number.lstrip("+-").replace(" ", "")
                value = arabic_to_number(digits) if len(digits.split(".")[0]) <= MAX_DIGITS else None
                if value is not None and number.startswith("-"):
                    value = -value
            last = Piece("number", Span(at, stop), original[at:stop], value, None, cell)
            yield last
        elif kind == "na":
            last = Piece("na", Span(at, stop), original[at:stop], None, None, cell)
            yield last
        else:
            after_number = last is not None and last.kind == "number" and last.span.end == at
            for last in _words(source, at, stop, cell, after_number=after_number):
                yield last


def set_aside_number(piece: Piece) -> bool:
    """Whether ``piece`` is digits read as text: a row's number (``1.``) or a number beside a lost
    character. A row's values end, or an unknown row starts, there.
    """
    return piece.kind == "text" and piece.text.isdigit()


MAX_NUMBERING = 2
"""Most digits of a row's number (``1.``, ``12、``)."""

_NUMBERING_MARKS = ".、)）"
_AFTER_NUMBERING = lazy_re(r"[ \t]*[^\s0-9]")
"""What follows a row's number and its mark: a label's first character, maybe after a space (``1. 当面``)."""


def _beside_lost(folded: str, start: int, end: int) -> bool:
    """Whether a lost character touches the number at ``start:end`` (``�.5``, ``1�``): a digit of it
    may be gone.
    """
    before = folded[max(0, start - 2) : start]
    return folded[end : end + 1] == LOST or before[-1:] == LOST or before == LOST + "."


def _numbering(folded: str, start: int, end: int) -> bool:
    """Whether the digits at ``start:end`` are a row's number: after white space (or opening the text),
    a mark right after them and a label after it (``1.当面申请数``, ``2、传真申请数``, ``3. 网络…``), never
    a value.
    """
    return (end < len(folded) and folded[end] in _NUMBERING_MARKS
            and _AFTER_NUMBERING.match(folded, end + 1) is not None and (start == 0 or folded[start - 1].isspace()))


def leading_values(source: SourceText, span: Span) -> list[Piece] | None:
    """The value pieces (numbers, not-applicable marks) at the start of ``span`` when its cells are
    separated by white space: after any leading text, up to the first text after them; units are
    passed over. ``None`` when they are pipe or tab cells (read the region).

    Only the start of the region is tokenised: a cheap first look before ``read_region``.
    """
    folded = source.folded
    skipped = _skipped(folded[span.start : span.end], span.start)
    first_line = _first_line(folded, span, skipped)
    if first_line is None:
        return []
    line = folded[first_line[0] : first_line[1]]
    if "|" in line or "\t" in line:
        return None
    return value_run(_iter_pieces(source, span.start, span.end, 0, skipped))


def value_run(pieces: Iterable[Piece]) -> list[Piece]:
    """The first run of value pieces (numbers, not-applicable marks, blanks) in ``pieces``: text
    before it is passed over, text after it ends it, units are left out. Stops reading there.
    """
    values: list[Piece] = []
    for piece in pieces:
        if piece.kind == "text":
            if values:
                break
        elif piece.kind != "unit":
            values.append(piece)
    return values


def _words(source: SourceText, start: int, end: int, cell: int, *, after_number: bool) -> list[Piece]:
    text = source.folded[start:end]
    raw = source.original[start:end]
    if text in NA_WORDS:
        return [Piece("na", Span(start, end), raw, cell=cell)]
    if text in NONE_WORDS:  # 无: none, a count of 0
        return [Piece("number", Span(start, end), raw, 0, cell=cell)]
    unit = _UNIT.match(text)
    if unit is not None and (unit.end() == len(text) or after_number):
        pieces = [Piece("unit", Span(start, start + unit.end()), raw[: unit.end()], unit=unit.group(),
                        cell=cell)]
        if unit.end() < len(text):
            pieces.append(Piece("text", Span(start + unit.end(), end), raw[unit.end() :], cell=cell))
        return pieces
    return [Piece("text", Span(start, end), raw, cell=cell)]


def _attach_units(pieces: list[Piece]) -> list[Piece]:
    """A unit word right after a number (no space) is that number's unit (set on the number, which
    ``_iter_pieces`` has just made).
    """
    out: list[Piece] = []
    for piece in pieces:
        if (piece.kind == "unit" and out and out[-1].kind == "number"
                and out[-1].span.end == piece.span.start and out[-1].unit is None):
            out[-1].unit = piece.unit
            continue
        out.append(piece)
    return out


def read_region(source: SourceText, span: Span, *, after_label: bool = True) -> Region:
    """Read the cells of ``source`` in ``span``.

    ``after_label``: the span starts right after a row label, so on the label's own line the text
    before the first separator is the rest of the label cell, not a value cell.
    """
    folded = source.folded
    skipped = _skipped(folded[span.start : span.end], span.start)
    first_line = _first_line(folded, span, skipped)
    if first_line is None:
        return Region(span, Rendering.SPACES, ())
    s, e = first_line
    line = folded[s:e]
    separator = "|" if "|" in line else ("\t" if "\t" in line else None)
    if separator is None:
        pieces = _pieces(source, span.start, span.end, 0, skipped)
        rendering = Rendering.GLUED if _looks_glued(pieces) else Rendering.SPACES
        return Region(span, rendering, tuple(pieces))
    bounds = [s - 1] + [s + i for i, ch in enumerate(line) if ch == separator] + [e]
    cells: list[Piece] = []
    segments = list(itertools.pairwise(bounds))
    if (after_label and s == span.start) or (separator == "|" and line.lstrip().startswith("|")):
        segments = segments[1:]  # the rest of the label cell, or the space before a leading pipe
    trailing: Piece | None = None
    if (separator == "|" and line.rstrip().endswith("|") and segments) or (
            separator == "\t" and len(segments) > 1 and (not folded[segments[-1][0] + 1 : segments[-1][1]].strip()
                                                      or _TEXT_AFTER_ROW.match(folded, segments[-1][0] + 1))):
        # after the last | (or a tab after the last cell, as HTML-to-text converters end every
        # cell with one): a row terminator, or a blank last cell (``_read_row`` decides)
        point = segments[-1][0] + 1
        trailing = Piece("blank", Span(point, point), "", cell=len(segments) - 1)
        segments = segments[:-1]
    for index, (a, b) in enumerate(segments):
        cell_start, cell_end = a + 1, b
        content = _pieces(source, cell_start, cell_end, index, skipped)
        if not content:
            point = cell_start + (len(folded[cell_start:cell_end]) - len(folded[cell_start:cell_end].lstrip()))
            cells.append(Piece("blank", Span(point, point), "", cell=index))
        else:
            cells.extend(content)
    rest = Span(min(e + 1, span.end), span.end) if e + 1 < span.end else None
    rendering = Rendering.PIPES if separator == "|" else Rendering.TABS
    if separator == "|" and not cells and rest is not None:
        return _pipes_over_lines(source, span, skipped)
    return Region(span, rendering, tuple(cells), rest, trailing)


_TEXT_AFTER_ROW = lazy_re(r"[ \u3000]+[^\s0-9]")
"""After a tab row's last tab, white space and then text: the row's last cell is blank and the text
is what follows the table (rows joined by spaces into one line, ``…\t1\t9\t\t 五、…``)."""


def _first_line(folded: str, span: Span, skipped: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first line of ``span`` that has something to read: it decides how cells are separated."""
    start = span.start
    while True:
        newline = folded.find("\n", start, span.end)
        end = span.end if newline < 0 else newline
        line_text = folded[start:end]
        if (line_text.strip(_QUOTES) or "\t" in line_text or "|" in line_text) and not _inside(
                start + (len(line_text) - len(line_text.lstrip())), skipped):
            return start, end
        if newline < 0:
            return None
        start = newline + 1


def with_trailing_blank(pieces: Sequence[Piece], region: Region, count: int) -> list[Piece]:
    """``pieces`` with the region's ``trailing`` blank (after a row's closing ``|`` or tab) as their
    last cell when they are one short of ``count`` (the caller knows the format reads blanks as 0).
    """
    if len(pieces) == count - 1 and region.trailing is not None:
        return [*pieces, region.trailing]
    return list(pieces)


def ascii_digits(source: SourceText, piece: Piece) -> bool:
    """Whether ``piece`` is a number of ASCII digits as folded (full-width digits are ASCII there)."""
    digits = source.folded[piece.span.start : piece.span.end]
    return piece.kind == "number" and digits.isascii() and digits.isdigit()


BLANK_MARK = "\xa0"
"""A blank cell in glued text: HTML tables hold ``&nbsp;`` in their blank cells, and a converter
that writes nothing between cells (BeautifulSoup's ``get_text()``, lxml's ``text_content()``)
leaves one no-break space for each, the cells that hold a number glued together."""
_MARK_RUN = f" \t{_QUOTES}"
"""What may stand beside the marks of a row's blank cells: spaces, and the closing quote of its
label (危及“三安全一稳定”)."""


def blank_marks(source: SourceText, pieces: Sequence[Piece], start: int, end: int) -> list[Piece] | None:
    """``pieces`` (a row's numbers, in its region from offset ``start`` to ``end``) with a blank
    piece for each no-break space among and around them: ``18\\xa0\\xa0\\xa0\\xa0\\xa018`` is 18,
    five blank cells, 18. Only white space may stand between the numbers, and the marks
    counted are those in the white space touching them (or, for a row without numbers, right after
    ``start``). ``None`` where there is no mark.

    >>> src = SourceText("规章18\\xa0\\xa018\\xa0下一行")
    >>> [p.kind for p in blank_marks(src, value_run(read_region(src, Span(2, 11)).pieces), 2, 11)]
    ['number', 'blank', 'blank', 'number', 'blank']
    """
    original = source.original
    if BLANK_MARK not in original[start:end]:
        return None
    folded = source.folded
    out: list[Piece] = []

    def marks(a: int, b: int) -> None:
        out.extend(Piece("blank", Span(i, i + 1), "") for i in range(a, b) if original[i] == BLANK_MARK)

    if not pieces:
        stop = start
        while stop < end and folded[stop] in _MARK_RUN:
            stop += 1
        marks(start, stop)
        return out or None
    first = pieces[0].span.start
    while first > start and folded[first - 1] in _MARK_RUN:
        first -= 1
    marks(first, pieces[0].span.start)
    for piece, following in itertools.pairwise(pieces):
        out.append(piece)
        gap = folded[piece.span.end : following.span.start]
        if gap.strip(" \t"):
            return None
        marks(piece.span.end, following.span.start)
    out.append(pieces[-1])
    stop = pieces[-1].span.end
    while stop < end and folded[stop] in " \t":
        stop += 1
    marks(pieces[-1].span.end, stop)
    return out if len(out) > len(pieces) else None


def _pipes_over_lines(source: SourceText, span: Span, skipped: list[tuple[int, int]]) -> Region:
    """A pipe row written over several lines: one cell per line ending in `` |``, or a ``|`` on
    its own line between cells. Cells are what stands between pipes, line breaks ignored.
    """
    text = source.folded[span.start : span.end]
    bounds = [span.start - 1] + [span.start + i for i, ch in enumerate(text) if ch == "|"] + [span.end]
    segments = [(a + 1, b) for a, b in itertools.pairwise(bounds)][1:]  # after the label cell's rest
    contents = [_pieces(source, a, b, index, skipped) for index, (a, b) in enumerate(segments)]
    cells: list[Piece] = []
    for index, ((a, _), content) in enumerate(zip(segments, contents, strict=True)):
        if any(p.kind == "text" for p in content) or index == len(segments) - 1:
            break  # the next row's label, or what follows the last pipe: not a cell
        if not content:
            cells.append(Piece("blank", Span(a, a), "", cell=index))
        else:
            cells.extend(content)
    # a blank last cell may be the next row's leading pipe: kept aside, as for one-line rows
    trailing = cells.pop() if cells and cells[-1].kind == "blank" else None
    return Region(span, Rendering.PIPES, tuple(cells), trailing=trailing)


def _looks_glued(pieces: list[Piece]) -> bool:
    numbers = [p for p in pieces if p.kind == "number"]
    return len(numbers) == 1 and len(numbers[0].text) >= 5


def line_cells(source: SourceText, region: Region, *, after_label: bool = True) -> tuple[Piece, ...] | None:
    """One piece per line between the label's line and the next label, empty lines as blanks, when
    the region is written one cell per line (``None`` otherwise). A line of text before the first
    cell (the rest of a wrapped label) is passed over; one after them (the next heading) ends them.
    ``after_label``: the region starts on the label's line (else its first line is a cell's).
    """
    span = region.span
    if region.rendering not in (Rendering.SPACES, Rendering.GLUED):
        return None
    text = source.folded[span.start : span.end]
    if "\n" not in text:
        return None
    skipped = _skipped(text, span.start)
    lines = text.split("\n")
    offset = span.start
    cells: list[Piece] = []
    several = False  # a line with several numbers: not one cell per line, so an empty line is no cell
    for index, line in enumerate(lines):
        start = offset
        offset += len(line) + 1
        if index == 0 and after_label and not line.strip(_QUOTES):
            continue  # the end of the label's own line (its closing quote, 危及“三安全一稳定”)
        if index == len(lines) - 1 and not line.strip():
            continue  # the start of the next label's line
        if _inside(start + (len(line) - len(line.lstrip())), skipped):
            continue  # a page break (blank lines inside it too) or a note
        content = _pieces(source, start, start + len(line), len(cells), skipped)
        if any(p.kind == "text" for p in content):
            if cells:
                break  # a heading or prose after the row: its cells have ended
            continue  # the rest of a label wrapped over two lines
        if not content:
            cells.append(Piece("blank", Span(start, start), "", cell=len(cells)))
        elif len(content) == 1 or all(p.kind in ("number", "unit") for p in content):
            cells.extend(content)
            several = several or sum(1 for p in content if p.kind == "number") > 1
        else:
            return None
    if several and any(p.kind == "blank" for p in cells):
        return None
    return tuple(cells)


def in_paragraphs(text: str) -> bool:
    """Whether a table's ``text`` is written in paragraphs, as PDF text extractors that follow the
    page's blocks write it (pdfminer.six): one blank line after every line, so never two numbers on
    lines next to each other, nor two blank lines. One cell per line with empty lines for blank
    cells shows one or the other.
    """
    previous = None  # the kind of the line before: "number", "blank" or "text"
    for line in text.split("\n"):
        stripped = line.strip()
        number = stripped.replace(",", "").replace(".", "", 1)
        kind = "blank" if not stripped else "number" if number.isascii() and number.isdigit() else "text"
        if kind == previous and kind != "text":
            return False
        previous = kind
    return True


def paragraph_cells(cells: Sequence[Piece]) -> tuple[Piece, ...] | None:
    """``line_cells`` read as paragraphs, as text browsers dump a table: a blank line after the
    label and after every cell, so that an empty cell is one blank line more (``None`` when the
    lines do not follow that pattern).
    """
    if not cells or cells[0].kind != "blank":
        return None
    out: list[Piece] = []
    index = 1
    while index < len(cells):
        piece = cells[index]
        if piece.kind != "blank":
            if index + 1 < len(cells) and cells[index + 1].kind != "blank":
                return None  # two cells with no blank line between them
            index += 1  # the blank line after the cell
        out.append(attrs.evolve(piece, cell=len(out)))
        index += 1
    return tuple(out)
