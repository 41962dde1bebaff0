"""Finding the row labels of the official forms in a text, however it was scraped.

Labels are matched on the compact view (no white space, quotes or pinyin glosses), so a label
that a PDF wrapped over two lines or a page letter-spaced (``统 计 指 标``) is found like any other.
All label variants of the given tables are compiled into one trie-shaped pattern, which finds the
leftmost-longest label at each place in one pass (a plain alternation of a few hundred labels is
ten times slower, see docs/architecture.md).

Around each label the matcher also takes:

- the numbering before it (``（一）``, ``一、``, ``1.``, ``(1)``, ``①``, ``㈠``, ``其中：``). A bare
  Arabic number is taken only when it is the number the form prints for that row, or when no digit
  precedes it, so that glued text (``…00000002.其他法律…``) gives ``2.`` to the label and the zeros
  to the previous row;
- a parenthetical note right after it with at least two Chinese characters
  (``（不同渠道和方式公开相同信息计1条）``), which is part of the label cell, not a value.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping, Sequence

import attrs

from govdisclosure.forms import FormTable, Row
from govdisclosure.schema import Span
from govdisclosure.source import SourceText, compact_text
from govdisclosure.text.patterns import HAN, lazy_re

MAX_NOTE = 80
"""Longest parenthetical note (compact characters) read as part of a label."""
NUMBERING_WINDOW = 10
"""Compact characters before a label where its numbering is looked for."""

_CN_NUM = "一二三四五六七八九十"
_DECORATION = lazy_re(  # stdlib re: searched at most labels, a short string each time
    rf"""
    (?P<other>其中[:]?)?
    (?:
        \((?P<cn_paren>[{_CN_NUM}]{{1,3}})\)
      | (?P<cn>[{_CN_NUM}]{{1,3}})[、.,]
      | (?P<ar>[0-9]{{1,2}})[.、,](?![0-9])
      | \((?P<ar_paren>[0-9]{{1,2}})\)
      | (?P<circled>[①-⑳㈠-㈩])
    )?
    (?P<other2>其中[:]?)?
    $
    """,
    re.VERBOSE,
)
_DECORATION_ENDS = frozenset("、.,)中:①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩")
"""The last character of every decoration (``其中`` ends in 中): anything else cannot be one."""
_CIRCLED = {chr(0x2460 + i): str(i + 1) for i in range(20)} | {chr(0x3220 + i): _CN_NUM[i] for i in range(10)}


@attrs.frozen
class Candidate:
    """A row a label may stand for."""

    table: FormTable
    index: int

    def __repr__(self) -> str:
        return f"<Candidate {self.table.name}[{self.index}] {self.row.key}>"

    @property
    def row(self) -> Row:
        """The form row."""
        return self.table.rows[self.index]


@attrs.define(unsafe_hash=True)  # not frozen: built by the hundred per report (docs/architecture.md)
class LabelHit:
    """One label found in the compact text.

    ``start``/``end`` cover numbering, label and note (compact offsets); ``label_start`` is where
    the label text itself begins; ``number`` is the numbering printed before it, if any.
    """

    start: int
    label_start: int
    end: int
    label: str
    candidates: tuple[Candidate, ...]
    number: str | None
    span: Span
    rows: Mapping[int, tuple[int, ...]] = attrs.field(factory=dict, eq=False, repr=False)
    """The candidates' row indices by ``id`` of their table (the label index works them out once)."""

    def rows_of(self, table: FormTable) -> tuple[int, ...]:
        """The indices of the rows of ``table`` this label may stand for."""
        return self.rows.get(id(table), ())


class _Trie(dict[str, "_Trie"]):
    """A character trie: a ``""`` key marks the end of a word."""


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first, shaped as a character trie."""
    trie = _Trie()
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, _Trie())
        node[""] = _Trie()
    return _alternation(trie)


def _alternation(node: _Trie) -> str:
    alternatives = [re.escape(ch) + _alternation(child) for ch, child in sorted(node.items()) if ch]
    if not alternatives:
        return ""
    body = "|".join(alternatives)
    if "" in node:
        return f"(?:{body})?"
    return body if len(alternatives) == 1 else f"(?:{body})"


class LabelIndex:
    """All label variants of some form tables, ready to be found in a text."""

    def __init__(self, tables: Sequence[FormTable]) -> None:
        self.tables = tuple(tables)
        by_label: dict[str, list[Candidate]] = {}
        for table in self.tables:
            for index, row in enumerate(table.rows):
                for label in row.labels:
                    key = compact_text(label)
                    if key:
                        by_label.setdefault(key, []).append(Candidate(table, index))
        self.by_label = {k: tuple(v) for k, v in by_label.items()}
        self.rows = {k: _rows_by_table(v) for k, v in self.by_label.items()}
        self.numbers = {k: _own_numbers(v) for k, v in self.by_label.items()}
        """The numbers the forms print before each label (``1``, ``12``), longest first."""
        self.longest = max(map(len, self.by_label), default=0)
        """The longest label (compact characters)."""
        # stdlib re: a trie-shaped literal alternation is where it beats `regex` (see module doc)
        self.pattern = re.compile(trie_pattern(self.by_label))

    def lookup(self, text: str) -> tuple[Candidate, ...]:
        """The rows whose label is exactly ``text`` (after compacting it)."""
        return self.by_label.get(compact_text(text), ())

    def find(self, source: SourceText, start: int = 0, end: int | None = None) -> list[LabelHit]:
        """Every label in ``source.compact[start:end]``, left to right, with numbering and notes."""
        compact = source.compact
        stop = len(compact) if end is None else end
        hits: list[LabelHit] = []
        floor = start
        for match in self.pattern.finditer(compact, start, stop):
            if match.start() < floor:
                continue  # inside the note of the previous label
            if _in_note(compact, match.start(), match.end(), self.by_label):
                continue  # a word of a note that something parts from its label (PDF text laid out)
            label = match.group()
            hit_start, number = decoration(source, floor, match.start(), self.numbers[label])
            hit_end = note_end(compact, match.end(), stop, self.by_label)
            hits.append(self.hit(source, label, (hit_start, match.start(), hit_end), number))
            floor = hit_end
        return hits

    def hit(self, source: SourceText, label: str, where: tuple[int, int, int], number: str | None) -> LabelHit:
        """The hit of ``label`` (a key of ``by_label``) at compact offsets ``where``: where its
        numbering starts, where the label starts, where it (and its note) ends.
        """
        start, label_start, end = where
        return LabelHit(start=start, label_start=label_start, end=end, label=label,
                        candidates=self.by_label[label], number=number, span=source.compact_span(start, end),
                        rows=self.rows[label])


def _in_note(compact: str, start: int, end: int, labels: Container[str]) -> bool:
    """Whether ``compact[start:end]`` stands inside a parenthetical note (``(…不计其他情形)``) that
    is not itself a label (``(未经复议直接起诉)``).
    """
    opening = compact.rfind("(", max(0, start - MAX_NOTE), start)
    if opening < 0 or compact.find(")", opening, start) >= 0:
        return False
    closing = compact.find(")", end, min(len(compact), opening + MAX_NOTE))
    if closing < 0 or compact.find("(", end, closing) >= 0:
        return False
    inner = compact[opening + 1 : closing]
    return inner not in labels and len(HAN.findall(inner)) >= 2


def hits_of(hits: Iterable[LabelHit], tables: Iterable[FormTable]) -> list[LabelHit]:
    """The hits that may stand for a row of one of ``tables``."""
    ids = frozenset(map(id, tables))
    return [hit for hit in hits if not ids.isdisjoint(hit.rows)]


def _rows_by_table(candidates: Sequence[Candidate]) -> dict[int, tuple[int, ...]]:
    """The row indices of ``candidates`` by ``id`` of their table, in candidate order."""
    rows: dict[int, list[int]] = {}
    for candidate in candidates:
        rows.setdefault(id(candidate.table), []).append(candidate.index)
    return {table: tuple(indices) for table, indices in rows.items()}


def _own_numbers(candidates: Sequence[Candidate]) -> tuple[str, ...]:
    """The Arabic numbers the rows of ``candidates`` print before their label, longest first."""
    numbers = {c.row.number for c in candidates if c.row.number and c.row.number.isdigit()}
    return tuple(sorted(numbers, key=lambda number: (-len(number), number)))


def decoration(source: SourceText, floor: int, label_start: int, numbers: tuple[str, ...]) -> tuple[int, str | None]:
    """Where the numbering before a label starts, and the number it prints (the form's own
    ``numbers`` for the label are looked for first).
    """
    compact = source.compact
    window_start = max(floor, label_start - NUMBERING_WINDOW)
    window = compact[window_start:label_start]
    if not window:
        return label_start, None
    for own in numbers:
        for tail in (f"{own}.", f"{own}、", f"{own},", f"({own})"):
            if window.endswith(tail):
                start = label_start - len(tail)
                return _other_prefix(compact, window_start, start), own
    if window[-1] not in _DECORATION_ENDS:
        return label_start, None
    match = _DECORATION.search(window)
    if match is None or match.start() == match.end():
        return label_start, None
    number: str | None = (match.group("cn_paren") or match.group("cn") or match.group("ar_paren")
                          or _CIRCLED.get(match.group("circled") or ""))
    if match.group("ar"):
        at = window_start + match.start("ar")
        if at > 0 and compact[at - 1].isdigit() and _touching(source, at - 1, at):
            return label_start, None  # digits of the previous row's values, glued to the number
        number = str(match.group("ar"))
    return window_start + match.start(), number


def _touching(source: SourceText, left: int, right: int) -> bool:
    """Whether compact characters ``left`` and ``right`` are adjacent in the original text."""
    return source.compact_span(left, right + 1).end - source.compact_span(left, left + 1).start == 2


def _other_prefix(compact: str, window_start: int, start: int) -> int:
    """Extend ``start`` back over a ``其中：`` written before the numbering."""
    for prefix in ("其中:", "其中"):
        if start - len(prefix) >= window_start and compact.startswith(prefix, start - len(prefix)):
            return start - len(prefix)
    return start


def note_end(compact: str, end: int, stop: int, labels: Container[str] = ()) -> int:
    """Extend a label over a parenthetical note that follows it; not over one of ``labels`` in
    brackets, which names a row of its own (行政诉讼（未经复议直接起诉）).
    """
    if end >= stop or compact[end] != "(":
        return end
    close = compact.find(")", end + 1, min(stop, end + MAX_NOTE))
    if close < 0:
        return end
    inner = compact[end + 1 : close]
    if "(" in inner or len(HAN.findall(inner)) < 2 or inner in labels:
        return end
    return close + 1


_INDEXES: dict[tuple[int, ...], LabelIndex] = {}
MAX_INDEXES = 16


def label_index(tables: tuple[FormTable, ...]) -> LabelIndex:
    """The (cached) index of ``tables``; build it once per set of tables.

    Cached by the tables' identities: hashing the forms (every row and label) took longer than
    finding their labels in a short report. The index holds the tables, so the identities stay theirs.
    """
    key = tuple(map(id, tables))
    index = _INDEXES.get(key)
    if index is None:
        if len(_INDEXES) >= MAX_INDEXES:
            _INDEXES.clear()
        index = _INDEXES[key] = LabelIndex(tables)
    return index
