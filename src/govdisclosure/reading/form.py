"""Reading one form table out of a text: which rows are there, and what their cells say.

``read_table`` takes the label hits that the alignment chose for a table, reads the region after
each label (``cells.read_region``), decides which pieces are the row's value cells, and — where
glued digits or missing separators leave several readings — keeps a reading only when the form's
arithmetic leaves exactly one (``digits.readings`` for each row, then the table's identities
across rows). Every cell it cannot read with confidence is left out with the reason.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal

import attrs

from govdisclosure.forms import Column, FormTable, HeaderWord, Identity, Row, RowKind
from govdisclosure.reading.align import Chain, align
from govdisclosure.reading.cells import (
    Piece,
    Region,
    ascii_digits,
    beside_page_break,
    blank_marks,
    in_paragraphs,
    line_cells,
    paragraph_cells,
    read_region,
    set_aside_number,
    with_trailing_blank,
)
from govdisclosure.reading.digits import (
    LIMIT,
    MAX_MERGES,
    Part,
    Reading,
    marked_readings,
    merged_readings,
    readings,
)
from govdisclosure.reading.dropped import Unknown, solve
from govdisclosure.reading.header_units import header_units
from govdisclosure.reading.labels import Candidate, LabelHit
from govdisclosure.reading.layout import (
    Grid,
    aligned_placements,
    best_aligned,
    grids,
    header_lines,
    likeliest,
    line_of,
    number_grids,
    placements,
    shown_apart,
    steadiest,
    unpacked,
)
from govdisclosure.reading.merged_header import without_head_words
from govdisclosure.reading.wrapped import mend, values_before, values_inside
from govdisclosure.schema import Origin, Rendering, Span
from govdisclosure.source import SourceText, compact_text
from govdisclosure.text.mojibake import LOST
from govdisclosure.text.patterns import HAN, lazy_re
from govdisclosure.text.width import width as text_width

HEADER_WINDOW = 80
"""Compact characters before a table's first row searched for its column heads."""

MAX_REGION = 400
"""Compact characters after a label read as its row's cells at most (the last row of a table is
followed by prose, not by another label)."""

MAX_JOINT = 4096
"""Combinations of ambiguous rows tried against the table's identities before giving up."""

_PRINTED, _BLANK = Origin.PRINTED, Origin.BLANK
"""Looked up once for the loop over cells: on CPython 3.11 a member read off its enum is slow."""


@attrs.define(unsafe_hash=True)  # not frozen: built by the hundred per report (docs/architecture.md)
class CellRead:
    """One value cell as read: its value (``None`` for a not-applicable mark), where, and how."""

    column: str
    value: int | Decimal | None
    span: Span
    origin: Origin = Origin.PRINTED
    unit: str | None = None


@attrs.frozen
class Problem:
    """Why a row (or a cell) was not read, for the extractor to turn into a diagnostic."""

    code: str
    span: Span
    fields: dict[str, object] = attrs.field(factory=dict, hash=False)


@attrs.define(unsafe_hash=True)  # not frozen: built by the hundred per report (docs/architecture.md)
class RowRead:
    """One row of the table as read."""

    row: Row
    hit: LabelHit
    region: Region
    cells: tuple[CellRead, ...] = ()
    problems: tuple[Problem, ...] = ()
    readings: tuple[Reading, ...] = ()
    """The candidate readings of glued digits, kept until the table's identities decide."""
    read_from: tuple[Piece, ...] = ()
    """The pieces ``readings`` split, where they are not the region's value pieces (blank cells
    marked in glued digits, ``cells.blank_marks``)."""


@attrs.frozen
class TableRead:
    """A form table as read from the text."""

    table: FormTable
    rows: tuple[RowRead, ...]
    span: Span
    rendering: Rendering
    value_columns: tuple[str, ...] = ("value",)
    """For single-value forms: the kinds of the value columns the header names, in order."""
    problems: tuple[Problem, ...] = ()

    def values(self) -> Iterable[tuple[str, CellRead]]:
        """Every cell read, with its record key."""
        for row_read in self.rows:
            for cell in row_read.cells:
                key = self.table.cell_key(row_read.row, _column(self.table, row_read.row, cell.column))
                if key is not None:
                    yield key, cell


def _column(table: FormTable, row: Row, key: str) -> Column | None:
    for column in table.columns_of(row):
        if column.key == key:
            return column
    return None


# --- the header of single-value forms ------------------------------------------------------------

_YEAR_HEAD = r"(?:(?:19|20)[0-9]{2}|[一二][〇○零一二三四五六七八九]{3})年度?"
"""A year written as a column head, in Arabic or Chinese digits (``2014年度``, ``二〇一四年度``)."""


def header_kinds(compact: str, words: Sequence[HeaderWord]) -> tuple[str, ...]:
    """The kinds of the column heads in ``compact`` (a header row), in order.

    From left to right, the head at each place is a year (``2014年度``, a value column) or the
    longest of ``words`` that starts there; what is neither is passed over.

    >>> from govdisclosure.forms.national_2014 import HEADER_WORDS
    >>> header_kinds("指标名称计量单位2014年度历年累计", HEADER_WORDS)
    ('label', 'unit', 'value', 'cumulative')
    >>> header_kinds("指标名称计量单位二〇一四年度历年累计", HEADER_WORDS)
    ('label', 'unit', 'value', 'cumulative')
    """
    pattern, kind_of = _header_pattern(tuple(words))
    return tuple("value" if m.lastgroup == "year" else kind_of[m.group()] for m in pattern.finditer(compact))


@functools.lru_cache(maxsize=8)
def _header_pattern(words: tuple[HeaderWord, ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation for ``header_kinds``: the year first, then the labels longest first (so the
    first alternative that matches is the one a loop over them would take), and each label's kind.
    """
    kind_of: dict[str, str] = {}
    for word in words:
        for label in map(compact_text, word.labels):
            if label:
                kind_of.setdefault(label, word.kind)
    labels = sorted(kind_of, key=len, reverse=True)
    return re.compile("|".join([f"(?P<year>{_YEAR_HEAD})", *map(re.escape, labels)])), kind_of


def value_columns_before(source: SourceText, start: int, words: Sequence[HeaderWord],
                         floor: int = 0) -> tuple[str, ...]:
    """The value-column kinds of the header just before compact offset ``start`` (default: one).

    Beside a year's total (本年累计) a ``value`` column holds a period's figures (``period``, not
    read); two ``value`` columns and no year's total are ``parallel`` counts (a district's form with
    区政府统计数, 区直单位统计数 and 乡镇街道统计数, or two years side by side): none of them is the
    year's figure, and none is read.

    >>> from govdisclosure.forms.national_2014 import HEADER_WORDS
    >>> value_columns_before(SourceText("指标 单位 本期实际 本年累计 主动公开信息数"), 14, HEADER_WORDS)
    ('period', 'value')
    >>> value_columns_before(SourceText("统计指标 单位 区政府统计数 乡镇统计数 主动公开信息数"), 20, HEADER_WORDS)
    ('parallel', 'parallel')
    """
    window = source.compact[max(floor, start - HEADER_WINDOW) : start]
    kinds = header_kinds(window, words)
    if "label" in kinds:
        kinds = kinds[len(kinds) - 1 - kinds[::-1].index("label"):]
    values = tuple(k for k in kinds if k in ("value", "year_total", "cumulative"))
    if "year_total" in values:
        first = values.index("year_total")
        return tuple("value" if i == first else "period" if k in ("value", "year_total") else k
                     for i, k in enumerate(values))
    if values.count("value") > 1:
        return tuple("parallel" if k == "value" else k for k in values)
    return values or ("value",)


NOT_READ = {"cumulative": "累计", "period": "本期"}
"""Value columns that are not the year's figure, and how a diagnostic names them."""


# --- reading the rows ----------------------------------------------------------------------------


def read_table(
    source: SourceText,
    hits: Sequence[LabelHit],
    chain: Chain,
    *,
    end: int | None = None,
    value_columns: tuple[str, ...] = ("value",),
    aligned_again: bool = False,
) -> TableRead:
    """Read the rows of ``chain.table`` at the hits the chain chose.

    Each row's region runs to the next hit of any table (``hits`` are all labels found, in order)
    or to compact offset ``end``. Where rows are read in the form's order from an earlier row's
    values (``_in_form_order``) and the chain had taken their labels where they were moved to,
    the table is aligned again without those labels (which may have kept out the rows after them).
    """
    hits, chain = mend(source, hits, chain)
    table = chain.table
    compact_end = len(source.compact) if end is None else end
    by_hit = dict(chain.pairs)
    rows: list[RowRead] = []
    chosen = sorted(by_hit)
    taken: set[int] = set()  # ids of the rows read in the form's order from an earlier row's values
    moved: list[LabelHit] = []  # chained labels of rows so read: they stand where they were moved to

    def region_of(h: int) -> Region:
        after = h + 1
        # a label word inside the row's own note, left open where PDF text broke it (（…不计其他)
        while after < len(hits) and after not in by_hit and _in_open_note(source.compact, hits[h].end, hits[after]):
            after += 1
        next_start = hits[after].start if after < len(hits) else compact_end
        next_start = min(next_start, compact_end, hits[h].end + MAX_REGION)
        return read_region(source, Span(hits[h].span.end, source.compact_span(next_start, next_start).start
                                        if next_start < len(source.compact) else len(source.original)))

    @functools.cache
    def paragraphs() -> bool:  # the table written in paragraphs (asked of rows whose lines may be)
        return in_paragraphs(source.folded[hits[chosen[0]].span.start : region_of(chosen[-1]).span.end])

    for h in chosen:
        hit = hits[h]
        row = table.rows[by_hit[h]]
        if id(row) in taken:
            continue
        region = region_of(h)
        if row.kind is RowKind.GROUP:
            rows.append(RowRead(row, hit, region))
            continue
        # the label wrapped around its values: they are inside its span (whatever follows it, the
        # next row's cells where that row's label is wrapped too), or just before its line
        inside = values_inside(source, hit.span)
        if inside is not None:
            region = read_region(source, Span(inside.start, region.span.end), after_label=False)
        elif not _has_number(region.pieces) and (
                before := values_before(source, row, hit, rows[-1].region.span.start if rows else 0)):
            region = read_region(source, before, after_label=False)
        block = None
        if table.row_identities and len(region.pieces) > len(table.columns) and _after_numbers(rows):
            block = _in_form_order(table, by_hit[h], hit, region, hits, by_hit, region_of)
        if block:
            rows.extend(block)
            taken.update(id(read.row) for read in block)
            chained = {id(hits[c]) for c in chosen}
            moved.extend(read.hit for read in block[1:] if id(read.hit) in chained)
            continue
        rows.append(_read_row(source, table, row, hit, region, value_columns=value_columns,
                              table_in_paragraphs=paragraphs))
    last_hit = rows[-1].hit
    rows = _in_columns(source, table, rows, lambda: _block_end(source, table, hits, last_hit, compact_end))
    resolved = _laid_out(source, table, _resolve_jointly(table, rows), "header")
    resolved = _placed_by_separator(source, table, resolved)
    resolved = _placed_by_tab_stops(source, table, resolved)
    resolved = _laid_out(source, table, resolved, "rows")  # what the cells' spacing did not say
    rows = _set_aside_disorder(table, _totals_by_sums(source, table, _placed_by_sums(table, resolved)))
    rows = _blank_totals_checked(table, rows)
    rows = _past_lost_text(source, table, rows)
    first, last = rows[0].hit.span, rows[-1].region.span
    renderings = [r.region.rendering for r in rows if r.row.kind is RowKind.VALUE and r.region.pieces]
    # the most common rendering; a tie goes to the first row's, whatever the hash seed
    rendering = Counter(renderings).most_common(1)[0][0] if renderings else Rendering.SPACES
    read = TableRead(table, tuple(rows), first.union(last), rendering, value_columns)
    if moved and not aligned_again:
        gone = {id(hit) for hit in moved}
        low, high = min(hit.start for hit in moved), max(hit.start for hit in moved)
        gone.update(id(hit) for hit in hits if low < hit.start < high)  # labels moved with them
        again = align(hits, [i for i in range(chosen[0], chosen[-1] + 1) if id(hits[i]) not in gone], table)
        other = read_table(source, hits, again, end=end, value_columns=value_columns,
                           aligned_again=True) if again.pairs else None
        if other is not None and sum(1 for r in other.rows if r.cells) > sum(1 for r in rows if r.cells):
            return other
    return read


def _numbers(region: Region) -> int:
    """How many numbers the region's value pieces hold."""
    return sum(1 for p in _value_pieces(region)[0] if p.kind == "number")


def _in_open_note(compact: str, start: int, hit: LabelHit) -> bool:
    """Whether ``hit`` stands inside a parenthesis opened after compact offset ``start`` (the end of
    the row's label) and not closed before it.
    """
    return start < hit.start and compact.startswith("(", start) and compact.find(")", start, hit.start) < 0


def _has_number(pieces: Sequence[Piece]) -> bool:
    """Whether a number is among ``pieces`` (a loop: a generator in ``any`` costs 0.5% of a parse)."""
    for piece in pieces:  # noqa: SIM110
        if piece.kind == "number":
            return True
    return False


def _value_pieces(region: Region) -> tuple[list[Piece], list[Piece], Span | None]:
    """The row's value pieces, its unit pieces, and where anything after them starts."""
    values: list[Piece] = []
    units: list[Piece] = []
    for piece in region.pieces:
        if piece.kind == "text":
            if values or set_aside_number(piece) or LOST in piece.text:
                # after the values; a row's number (1.某某数: a row of its own); characters lost in
                # decoding (�): a value, or another row's label, may be gone
                return values, units, Span(piece.span.start, region.span.end)
            continue  # the rest of a label, a group label split by a page break …
        if piece.kind == "unit":
            units.append(piece)
            continue
        values.append(piece)
    return values, units, region.rest


@attrs.define(unsafe_hash=True)  # not frozen: built by the hundred per report (docs/architecture.md)
class _Row:
    """What reading one row needs: the table, the row, where its label is, and its cells' region."""

    table: FormTable
    row: Row
    hit: LabelHit
    region: Region
    names: tuple[str, ...]
    unit: str | None
    in_paragraphs: bool = False
    """Its cells, and its table, are paragraphs (a blank line after each line), as PDF text
    extractors that follow the page's blocks write them: blocks may carry cells out of the row, so
    a blank line is no blank cell, and the numbers left are not known to be the row's first and last."""
    header_units: Mapping[str, str] = attrs.field(factory=dict, hash=False)
    """Money units the columns' header prints where they are not the form's (``header_units``)."""

    def problem(self, code: str, span: Span | None = None, **fields: object) -> RowRead:
        """The row left empty, with the reason."""
        return RowRead(self.row, self.hit, self.region, problems=(
            Problem(code, span or self.hit.span, {"row": self.hit.label, **fields}),))

    def not_read(self, name: str, span: Span, problems: list[Problem]) -> bool:
        """Whether column ``name`` is not the year's figure (a running total, a period's figure, one
        of several parallel columns); if so, the reason joins ``problems`` (once a row for parallel ones).
        """
        if name in NOT_READ:
            problems.append(Problem("GD209", span, {"column": NOT_READ[name]}))
            return True
        if name == "parallel":
            if not any(p.code == "GD227" for p in problems):
                problems.append(Problem("GD227", span, {"row": self.hit.label, "columns": self.names.count(name)}))
            return True
        return False

    def with_cells(self, pieces: Sequence[Piece], names: tuple[str, ...] | None = None) -> RowRead:
        """The row read cell by cell, one piece per column."""
        cells: list[CellRead] = []
        problems: list[Problem] = []
        blanks = 0
        columns = {c.key: c for c in self.table.columns_of(self.row)}
        label = self.hit.label
        for name, piece in zip(names or self.names, pieces, strict=False):
            if self.not_read(name, piece.span, problems):
                continue
            column_unit = self.header_units.get(name) or (columns[name].unit if name in columns else None)
            if piece.kind == "number":
                if piece.value is None:
                    problems.append(Problem("GD211", piece.span, {"raw": piece.text}))
                    continue
                cells.append(CellRead(name, piece.value, piece.span, _PRINTED,
                                      piece.unit or self.unit or column_unit))
            elif piece.kind in ("blank", "na") and self.table.blank_is_zero:
                blanks += 1
                cells.append(CellRead(name, 0, piece.span, _BLANK, None))
            elif piece.kind == "na":
                problems.append(Problem("GD213", piece.span, {"row": label, "raw": piece.text}))
            elif piece.kind == "blank":
                problems.append(Problem("GD204", piece.span, {"row": label}))
        if blanks:
            problems.append(Problem("GD203", self.hit.span, {"row": label, "cells": blanks}))
        return _check_blank_totals(self.table, RowRead(self.row, self.hit, self.region, tuple(cells),
                                                       tuple(problems)))

    def with_cells_besides(self, pieces: Sequence[Piece], problems: Sequence[Problem]) -> RowRead:
        """The row read from ``pieces``, with ``problems`` saying what beside them was not read."""
        read = self.with_cells(pieces)
        return attrs.evolve(read, problems=(*read.problems, *problems))

    def from_readings(self, pieces: Sequence[Piece], options: list[Reading]) -> RowRead:
        """The row read from the one reading of its digits, or left empty (ambiguous or impossible)."""
        digits = " ".join(p.text for p in pieces)
        span = Span.covering(p.span for p in pieces)
        if len(options) == 1:
            return self.from_reading(pieces, options[0])
        if not options:
            return self.total_only(pieces, digits) or self.problem(
                "GD214", span, reason=f"no split of '{digits}' into {len(self.names)} cells satisfies the form")
        read = self.problem("GD202", span, digits=digits,
                            readings=len(options) if len(options) <= LIMIT else f"over {LIMIT}")
        return attrs.evolve(read, readings=tuple(options))

    def sums_hold(self, pieces: Sequence[Piece]) -> bool:
        """Whether the row's totals are the sums of their parts with ``pieces`` as its cells, blank
        ones 0 (for readings that blank lines, easily miscounted, may have shifted).
        """
        values: dict[str, int] = {}
        for name, piece in zip(self.names, pieces, strict=True):
            if piece.kind == "number" and type(piece.value) is int:
                values[name] = piece.value
            elif piece.kind == "blank" and self.table.blank_is_zero:
                values[name] = 0
            else:
                return False
        return row_sums_hold(self.table, values)

    def blanks_borne_out(self, pieces: Sequence[Piece]) -> bool:
        """Whether the row's sums, with ``pieces`` as its cells, bear out its blank ones: they hold,
        and every blank cell is a part of a total that is printed. A blank total holds beside any
        zeros, so it bears nothing out (cells moved out of the row leave zeros that hold).
        """
        if not self.sums_hold(pieces):
            return False
        kinds = dict(zip(self.names, (p.kind for p in pieces), strict=True))
        return all(any(name in parts and kinds.get(total) == "number" for total, parts in self.table.row_identities)
                   for name, kind in kinds.items() if kind == "blank")

    def total_only(self, pieces: Sequence[Piece], digits: str) -> RowRead | None:
        """A row whose blank cells were dropped in conversion (``| 3 | 3 |`` for seven cells): only
        its 总计 is read, or ``None`` when that cannot be known.

        Where blank cells read as 0 and the last column is the total of all the others, a printed
        part makes the total non-zero, so the total was printed, and printed last. When the last
        number is the sum of the ones before it, it is the total; which columns the others stood
        in is not known, and they are left empty.
        """
        n = len(self.names)
        if (not self.table.blank_is_zero or not 2 <= len(pieces) < n
                or self.region.rendering is Rendering.GLUED or self.in_paragraphs):
            return None
        if any(p.kind == "text" and p.span.start < pieces[0].span.start for p in self.region.pieces):
            return None  # words before the numbers: another row's label, whose numbers these may be
        total = self.names[-1]
        if not any(name == total and set(parts) == set(self.names[:-1])
                   for name, parts in self.table.row_identities):
            return None
        values = [p.value for p in pieces]
        if not all(type(v) is int for v in values) or values[-1] != sum(values[:-1]) or not values[-1]:  # type: ignore[arg-type]
            return None  # a total of 0: nothing shows which of the numbers is the total's
        read = self.with_cells(pieces[-1:], (total,))
        problem = Problem("GD217", Span.covering(p.span for p in pieces) or self.hit.span,
                          {"row": self.hit.label, "digits": digits, "found": len(pieces), "expected": n,
                           "total": values[-1]})
        return attrs.evolve(read, problems=(*read.problems, problem))

    def from_reading(self, pieces: Sequence[Piece], reading: Reading) -> RowRead:
        """The row's cells as ``reading`` splits (or joins) its pieces; blank pieces (marked in
        glued digits) are blank cells.
        """
        cells: list[CellRead] = []
        blanks = 0
        skipped: list[Problem] = []
        for name, part in zip(self.names, reading.parts, strict=True):
            first, last = pieces[part.first], pieces[part.last]
            if self.not_read(name, Span(first.span.start + part.start, last.span.start + part.end), skipped):
                continue  # split off the year's figure; a running total is not read
            if first.kind == "blank":
                blanks += 1
                cells.append(CellRead(name, 0, first.span, _BLANK, None))
                continue
            span = Span(first.span.start + part.start, last.span.start + part.end)
            cells.append(CellRead(name, part.value, span, Origin.PRINTED, last.unit or self.unit))
        numbers = [p for p in pieces if p.kind == "number"]
        digits = " ".join(p.text for p in numbers)
        span = Span.covering(p.span for p in pieces) or self.hit.span
        problems: list[Problem] = skipped
        if len(numbers) + blanks < len(self.names):
            split = (str(p.value) if pieces[p.first].kind != "blank" else "blank" for p in reading.parts)
            problems.append(Problem("GD212", span, {"row": self.hit.label, "digits": digits,
                                                    "cells": ", ".join(split)}))
        elif _goes_on(pieces, len(self.names)):  # a label wrapped into a row of its own (GD231)
            if reading.parts[0].first:
                problems.append(Problem("GD232", span, {"row": self.hit.label, "cells": len(self.names)}))
        elif len(pieces) > len(self.names):
            covered = {i for part in reading.parts for i in range(part.first, part.last + 1)}
            left_out = [p for i, p in enumerate(pieces) if i not in covered]
            problems.extend(Problem("GD221", p.span, {"row": self.hit.label, "raw": p.text}) for p in left_out)
            if not left_out:
                problems.append(Problem("GD210", span, {"row": self.hit.label, "raw": digits,
                                                        "cells": len(self.names)}))
        if blanks:
            problems.append(Problem("GD203", self.hit.span, {"row": self.hit.label, "cells": blanks}))
        read = RowRead(self.row, self.hit, self.region, tuple(cells), tuple(problems))
        return _check_blank_totals(self.table, read) if blanks else read

    def from_marked(self, marked: Sequence[Piece], groups: Sequence[tuple[int, tuple[int, ...]]],
                    plain: Sequence[str]) -> RowRead | None:
        """The row read from glued digits whose blank cells are marked (``cells.blank_marks``), or
        ``None`` where the marks do not make the row's cells (the digits are read as if unmarked).

        A total whose cell is a trailing mark is not checked (a blank total beside printed parts
        is left empty, ``GD216``). Where the digits read without the marks give one reading, and
        the marks another, the row is left empty: which is meant is not known.
        """
        digits = iter(plain)  # the numbers' digits as folded (ASCII), in order
        n = len(self.names)
        options = marked_readings([None if p.kind == "blank" else next(digits) for p in marked], n, groups)
        if not options:  # None or []
            return None
        reader = attrs.evolve(self, region=attrs.evolve(self.region, rendering=Rendering.GLUED))
        span = Span.covering(p.span for p in marked)
        unmarked = readings(list(plain), n, groups) if plain else []
        if len(unmarked) == 1 and (len(options) > 1 or options[0].values != unmarked[0].values):
            return reader.problem("GD202", span, digits=" ".join(plain), readings=len(options) + 1)
        if len(options) == 1:
            return reader.from_reading(marked, options[0])
        read = reader.problem("GD202", span, digits=" ".join(plain),
                              readings=len(options) if len(options) <= LIMIT else f"over {LIMIT}")
        return attrs.evolve(read, readings=tuple(options), read_from=tuple(marked))


def read_row(source: SourceText, table: FormTable, row: Row, hit: LabelHit, region: Region) -> RowRead:
    """Row ``row`` of ``table`` (labelled at ``hit``) read from the cells of ``region``, where the
    caller has found them somewhere else than right after the label (a sub-table's values under its
    own header), as ``read_table`` reads each row.
    """
    return _read_row(source, table, row, hit, region, value_columns=("value",))


def _read_row(source: SourceText, table: FormTable, row: Row, hit: LabelHit, region: Region, *,
              value_columns: tuple[str, ...], table_in_paragraphs: Callable[[], bool] = lambda: False) -> RowRead:
    columns = table.columns_of(row)
    names = tuple(c.key for c in columns) if columns else value_columns
    n = len(names)
    region = without_head_words(table, region)
    pieces, units, _rest = _value_pieces(region)
    cells_by_line = line_cells(source, region) if len(pieces) < n else None
    paragraphs = paragraph_cells(cells_by_line) if cells_by_line is not None else None  # a blank line after each
    reader = _Row(table, row, hit, region, names, units[0].unit if units else None,
                  in_paragraphs=paragraphs is not None and table_in_paragraphs(),
                  header_units=header_units(source, columns, hit) if columns else {})
    if (table.blank_is_zero and len(pieces) < n
            and (cells_by_line is None or all(p.kind != "blank" for p in cells_by_line))  # no empty line for a cell
            and (marked := blank_marks(source, pieces, region.span.start, region.span.end)) is not None
            and all(p.kind == "blank" or ascii_digits(source, p) for p in marked)):
        read = reader.from_marked(marked, _row_groups(table, names),
                                  [source.folded[p.span.start : p.span.end] for p in pieces])
        if read is not None:
            return read
    if not pieces and not cells_by_line:
        return reader.problem("GD204")
    if table.blank_is_zero:
        pieces = with_trailing_blank(pieces, region, n)  # a last cell blank, before the closing | or tab
    if (len(pieces) > n and region.rendering in (Rendering.TABS, Rendering.PIPES)
            and (cells := _joined_in_cells(source, pieces, n)) is not None and reader.sums_hold(cells)):
        digits_read = " ".join(p.text for p in pieces if p.kind == "number")
        return reader.with_cells_besides(cells, [Problem("GD210", Span.covering(p.span for p in pieces) or hit.span, {
            "row": hit.label, "raw": digits_read, "cells": n})])  # a number split by a space inside its cell
    if len(pieces) > n and region.rendering in (Rendering.PIPES, Rendering.TABS) and all(
            p.kind == "blank" for p in pieces[: len(pieces) - n]) and (
            not table.row_identities or reader.sums_hold(pieces[len(pieces) - n :])):
        # the empty cells a converter wrote for a label spanning columns (where the row's sums bear
        # out dropping them: a number split in its cell also makes one piece too many)
        pieces = pieces[len(pieces) - n :]
    elif (len(pieces) > n and region.rendering in (Rendering.PIPES, Rendering.TABS) and table.row_identities
            and all(p.kind == "blank" for p in pieces[n:]) and reader.blanks_borne_out(pieces[:n])):
        # empty cells after the row's: a converter that put two columns' numbers in one cell (2<br>0)
        # leaves one at the row's end, where the row's sums hold with its first cells
        pieces = pieces[:n]
    if (len(pieces) == n and table.blank_is_zero and table.identities and all(p.kind == "blank" for p in pieces)
            and (goes_on := _label_goes_on(source, region, n)) is not None):
        # a label wrapped into a row of its own (|…逾期不补|||| then |正、行政机关…|67|3|…): blank
        # cells beside its first part, or numbers beside the rest; the table's identities decide
        both = (*pieces, *goes_on)
        read = reader.problem("GD231", Span.covering(p.span for p in goes_on), found=n)
        return attrs.evolve(read, readings=(Reading(tuple(_whole(both, i) for i in range(n))),
                                            Reading(tuple(_whole(both, i) for i in range(n, 2 * n)))),
                            read_from=both)
    if len(pieces) == n and all(p.kind != "number" or p.value is not None for p in pieces):
        return reader.with_cells(pieces)
    if cells_by_line is not None and len(cells_by_line) == n and (
            paragraphs is None or (reader.blanks_borne_out(cells_by_line) if reader.in_paragraphs
                                   else reader.sums_hold(cells_by_line))):
        # where a blank line follows every cell, the blank lines may only part the cells (PDF text
        # in paragraphs): the row's sums must bear the blank cells out, and where the whole table is
        # so written, a printed total must (zeros beside a blank total hold any sums)
        return reader.with_cells(cells_by_line)
    if cells_by_line is not None and len(cells_by_line) > n and (
            paragraphs is not None and len(paragraphs) == n and reader.sums_hold(paragraphs)):
        return reader.with_cells(paragraphs)
    lines = cells_by_line if cells_by_line is not None else pieces
    if len(lines) == n + 1 and (stray := _without_stray_line(source, reader, lines)) is not None:
        kept, stray_piece = stray
        if all(ascii_digits(source, p) for p in lines) and (joins := merged_readings(
                [source.folded[p.span.start : p.span.end] for p in lines], n, _row_groups(table, names), limit=LIMIT)):
            # a stray number, or a number wrapped onto the next line (5 / 6 for 56): the table's identities decide
            skip = lines.index(stray_piece)
            dropped = Reading(tuple(_whole(lines, i) for i in range(len(lines)) if i != skip))
            read = reader.problem("GD202", Span.covering(p.span for p in lines), digits=" ".join(
                p.text or "blank" for p in lines), readings=len(joins) + 1)
            return attrs.evolve(read, readings=(dropped, *joins), read_from=tuple(lines))
        return reader.with_cells_besides(kept, [Problem("GD221", stray_piece.span,
                                                        {"row": hit.label, "raw": stray_piece.text})])
    if len(pieces) == n + 3 and region.rendering is Rendering.SPACES and (
            footer := _inline_footer(source, reader, pieces)) is not None:
        kept, span = footer
        return reader.with_cells_besides(kept, [Problem("GD228", span, {
            "row": hit.label, "raw": source.original[span.start : span.end]})])
    if len(pieces) > n and region.rendering is not Rendering.GLUED:
        if n == 1 and not _on_line_of(source.folded, hit.span.end, pieces[0]):
            # one value, on a line after the label's, and more numbers after it: a number alone on
            # its line beside a page break is the page's; else which one is the row's is not known
            kept = [p for p in pieces if not (p.kind == "number" and beside_page_break(source, p.span)
                                              and _alone_on_line(source.folded, p.span.start, p.span.end))]
            if len(kept) != n or len(kept) == len(pieces):
                return reader.problem("GD206", Span.covering(p.span for p in pieces), found=len(pieces), expected=n)
            return reader.with_cells_besides(kept, [Problem("GD221", p.span, {"row": hit.label, "raw": p.text})
                                                    for p in pieces if p is not kept[0]])
        first = _first_line_of(source, pieces)
        if len(first) == n and all(p.kind != "number" or p.value is not None for p in first):
            joined = _wrapped_number(source, reader, pieces, _row_groups(table, names))
            if joined is not None:
                return joined
            extra = pieces[n:]  # the row is whole on its line: what follows is not its
            raw = " ".join(p.text for p in extra)
            span = Span.covering(p.span for p in extra) or hit.span
            return reader.with_cells_besides(first, [Problem("GD218", span, {"row": hit.label, "raw": raw})])
    if (value_columns != ("value",) and not columns and len(pieces) == 1 and n > 1
            and (pieces[0].kind != "number" or (region.rendering is not Rendering.GLUED
                                                and _stands_apart(source.folded, pieces[0].span)
                                                and not _leading_zero(source.folded, pieces[0].span)))):
        # the cumulative cell of the row left blank, not glued to the year's figure (…数条254378967其中,
        # …数件01: both cells)
        return reader.with_cells(pieces, names[:1])
    groups = _row_groups(table, names)
    # digit runs as folded (full-width digits are ASCII there); a glued run may be too long for one number
    digits = [source.folded[p.span.start : p.span.end] for p in pieces]
    integers = bool(pieces) and all(p.kind == "number" and d.isascii() and d.isdigit()
                                    for p, d in zip(pieces, digits, strict=True))
    if len(pieces) < n and integers:
        options = readings(digits, n, groups)
        if not groups:
            # no sum to check a split by: glued digits and dropped blank cells read alike (195 is 1, 9
            # and 5, or one cell of three), so only digits no fewer cells can hold are split (000)
            fewer = sum(len(readings(digits, m, groups)) for m in range(len(pieces), n)) if len(options) == 1 else 0
            if fewer:
                return reader.problem("GD202", Span.covering(p.span for p in pieces), digits=" ".join(digits),
                                      readings=1 + fewer if fewer < LIMIT else f"over {LIMIT}")
        elif (options and pieces[-1].value != 0 and reader.total_only(pieces, " ".join(digits)) is not None):
            # glued digits, or blank cells dropped (the last number the sum of the others): both fit,
            # and where the columns of dropped cells are unknown, only a total of 0 fixes them all (to 0)
            return reader.problem("GD202", Span.covering(p.span for p in pieces), digits=" ".join(digits),
                                  readings=len(options) + 1)
        return reader.from_readings(pieces, options)
    if n < len(pieces) <= n + MAX_MERGES and integers and groups:
        return reader.from_readings(pieces, merged_readings(digits, n, groups))
    if len(pieces) == 1 and pieces[0].kind == "na":
        return reader.problem("GD213", pieces[0].span, raw=pieces[0].text)
    return reader.problem("GD206", Span.covering(p.span for p in pieces), found=len(pieces), expected=n)


MAX_DISPLACED = 6
"""Rows whose labels stand elsewhere read, at most, from the values after one row's label."""


def _in_form_order(table: FormTable, index: int, first: LabelHit, region: Region,  # noqa: PLR0917
                   hits: Sequence[LabelHit], chained: Mapping[int, int],
                   region_of: Callable[[int], Region]) -> list[RowRead] | None:
    """Row ``index`` and the value rows after it in the form, read in the form's order from the
    values after ``first`` (its label) when they are the cells of more than one row; or ``None``.

    Text extraction that follows a PDF's blocks (``pdftotext`` without ``-layout``) moves the
    labels of merged or multi-line cells away from their rows, and prints those rows' values right
    after the row before them. The values are taken only when they are as many as the rows' cells,
    every row's totals are the sums of its parts, and a later row whose label the chain took has
    not a row's cells after that label (it stands where it was moved to, or is a word of another
    table's header).
    """
    if not table.row_identities or region.rendering is not Rendering.SPACES:
        return None
    names = tuple(c.key for c in table.columns_of(table.rows[index]))
    n = len(names)
    if not n:
        return None
    pieces, _, _ = _value_pieces(region)
    count = len(pieces) // n
    if not 2 <= count <= MAX_DISPLACED + 1 or len(pieces) % n:
        return None
    later = [r for r in range(index + 1, len(table.rows)) if table.rows[r].key is not None][: count - 1]
    if len(later) < count - 1 or not all(p.kind == "number" and type(p.value) is int for p in pieces):
        return None
    hit_of = {r: h for h, r in chained.items()}
    for r in later:
        if tuple(c.key for c in table.columns_of(table.rows[r])) != names:
            return None
        if r in hit_of and len(_value_pieces(region_of(hit_of[r]))[0]) == n:
            return None  # the later row's label has its own cells after it
    out: list[RowRead] = []
    for position, row_index in enumerate([index, *later]):
        chunk = pieces[position * n : (position + 1) * n]
        span = Span.covering(p.span for p in chunk) or region.span
        if position == 0:
            hit = first
        elif row_index in hit_of:
            hit = hits[hit_of[row_index]]
        else:
            hit = _label_elsewhere(table, row_index, hits, chained, span)
        reader = _Row(table, table.rows[row_index], hit, Region(span, region.rendering, tuple(chunk)), names, None)
        if not reader.sums_hold(chunk):
            return None
        out.append(reader.with_cells(chunk))
    labels = ", ".join(table.rows[r].labels[0] for r in later)
    problem = Problem("GD219", region.span, {"row": first.label, "rows": count, "labels": labels})
    out[0] = attrs.evolve(out[0], problems=(*out[0].problems, problem))
    return out


def _after_numbers(rows: Sequence[RowRead]) -> bool:
    """Whether the last value row read so far had numbers after its label (or there is none):
    labels listed first with all the numbers after them (a table written column by column) are
    not rows whose labels were moved.
    """
    previous = next((r for r in reversed(rows) if r.row.kind is RowKind.VALUE), None)
    return previous is None or _has_number(previous.region.pieces)


def _label_elsewhere(table: FormTable, index: int, hits: Sequence[LabelHit], chained: Mapping[int, int],
                     span: Span) -> LabelHit:
    """The hit of row ``index``'s label that no chain took, after its values (where PDF text moves
    such labels), or an empty one where its values are.
    """
    for position, hit in enumerate(hits):
        if position not in chained and hit.span.start > span.start and index in hit.rows_of(table):
            return hit
    row = table.rows[index]
    return LabelHit(start=0, label_start=0, end=0, label=compact_text(row.labels[0]),
                    candidates=(Candidate(table, index),), number=None, span=Span(span.start, span.start),
                    rows={id(table): (index,)})


def _without_stray_line(source: SourceText, reader: _Row,
                        cells: Sequence[Piece]) -> tuple[list[Piece], Piece] | None:
    """``cells`` less the one number, alone on its line, without which the row's totals are the sums
    of its parts, not all zero (a page number that a page break left among a row written one cell
    per line); or ``None`` when no such number, or more than one, can be set aside. A row of zeros
    holds whatever is set aside: it is read this way only when the number stands beside a page
    footer or a running title.
    """
    if not _row_groups(reader.table, reader.names) or len({p.span.start for p in cells}) != len(cells):
        return None
    folded = source.folded
    found: tuple[list[Piece], Piece] | None = None
    for index, piece in enumerate(cells):
        start, end = piece.span.start, piece.span.end
        if piece.kind != "number" or not _alone_on_line(folded, start, end):
            continue
        rest = [*cells[:index], *cells[index + 1 :]]
        if reader.sums_hold(rest) and (any(p.value for p in rest) or beside_page_break(source, piece.span)):
            if found is not None:
                return None  # two numbers could be the stray one
            found = (rest, piece)
    return found


def _label_goes_on(source: SourceText, region: Region, n: int) -> list[Piece] | None:
    """The ``n`` numbers of the pipe or tab row after the region's row of blank cells, where that
    row's first cell is words and no label of the form (the rest of the label before it); else ``None``.
    """
    if region.rendering not in (Rendering.PIPES, Rendering.TABS) or region.rest is None:
        return None
    folded = source.folded
    start = folded.rfind("\n", 0, region.rest.start) + 1
    if folded.count("\n", region.span.start, start) != 1:
        return None  # not the next line
    separator = "|" if region.rendering is Rendering.PIPES else "\t"
    first = start + len(folded[start:]) - len(folded[start:].lstrip(" |" if separator == "|" else " "))
    cut = folded.find(separator, first, first + MAX_REGION)  # the words' cell may hold line breaks (<br>)
    words = folded[first:cut]
    if cut < 0 or not HAN.search(words) or any(ch.isdigit() for ch in words):
        return None  # no words first on it, or a numbered label's
    end = folded.find("\n", cut)
    end = len(folded) if end < 0 else end
    numbers = _value_pieces(read_region(source, Span(cut, end), after_label=False))[0]
    if len(numbers) != n or not all(p.kind == "number" and type(p.value) is int for p in numbers):
        return None
    return numbers


def _goes_on(pieces: Sequence[Piece], n: int) -> bool:
    """Whether ``pieces`` are the two rows of a label wrapped into a row of its own: ``n`` blank
    cells beside its first part, ``n`` numbers beside the rest (``_label_goes_on``).
    """
    return len(pieces) == 2 * n and all(p.kind == "blank" for p in pieces[:n]) and all(
        p.kind == "number" for p in pieces[n:])


def _whole(cells: Sequence[Piece], index: int) -> Part:
    """Piece ``index`` of ``cells`` as a cell of its own (a blank one is 0)."""
    piece = cells[index]
    return Part(index, index, 0, piece.span.end - piece.span.start, int(piece.value or 0))


_INLINE_FOOTER = lazy_re(r"[-—–] *[0-9]{1,3} *[-—–]")
"""A page footer (``- 5 -``) run into a line, as PDF text joined into one line prints it."""


def _inline_footer(source: SourceText, reader: _Row, pieces: Sequence[Piece]) -> tuple[list[Piece], Span] | None:
    """``pieces`` (a row's cells and three more) less a page footer among them (``746 12 … 769 - 5 -``,
    its dashes read as not-applicable marks), with the footer's span, where the row's sums hold
    without it and its totals are not all zero; or ``None``.
    """
    if not _row_groups(reader.table, reader.names):
        return None
    for index in range(len(pieces) - 2):
        first, number, last = pieces[index : index + 3]
        if (first.kind, number.kind, last.kind) != ("na", "number", "na"):
            continue
        if _INLINE_FOOTER.fullmatch(source.folded, first.span.start, last.span.end) is None:
            continue
        rest = [*pieces[:index], *pieces[index + 3 :]]
        if reader.sums_hold(rest) and any(p.value for p in rest):
            return rest, Span(first.span.start, last.span.end)
    return None


def _on_line_of(folded: str, offset: int, piece: Piece) -> bool:
    """Whether ``piece`` starts on the line of ``offset``."""
    return "\n" not in folded[offset : piece.span.start]


def _alone_on_line(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` is all a line holds but white space."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    return not folded[line_start:start].strip() and not folded[end : len(folded) if line_end < 0 else line_end].strip()


def _first_line_of(source: SourceText, pieces: Sequence[Piece]) -> list[Piece]:
    """The pieces on the line of the first one."""
    end = source.folded.find("\n", pieces[0].span.start)
    return list(pieces) if end < 0 else [p for p in pieces if p.span.start < end]


def _row_groups(table: FormTable, names: tuple[str, ...]) -> list[tuple[int, tuple[int, ...]]]:
    return [(names.index(total), tuple(names.index(p) for p in parts)) for total, parts in table.row_identities
            if total in names and all(p in names for p in parts)]


def _check_blank_totals(table: FormTable, read: RowRead) -> RowRead:
    """A blank total beside printed parts is not 0: leave the total out (the report left it blank)."""
    if not table.row_identities or all(c.origin is not _BLANK for c in read.cells):
        return read
    for total, parts in table.row_identities:
        cells = {c.column: c for c in read.cells}
        if total in cells and cells[total].origin is _BLANK and any(
                cells[p].origin is _PRINTED and cells[p].value for p in parts if p in cells):
            kept = tuple(c for c in read.cells if c.column != total)
            problem = Problem("GD216", cells[total].span, {"row": read.hit.label})
            read = attrs.evolve(read, cells=kept, problems=(*read.problems, problem))
    return read


# --- text laid out in columns --------------------------------------------------------------------


_GRIDS = {"header": "the header", "rows": "the numbers of the rows printed whole"}
"""What says where a table's columns stand (``_placed_by_layout``), and how a diagnostic names it."""


def _placed_by_layout(source: SourceText, table: FormTable, rows: list[RowRead], under: str) -> list[RowRead]:
    """Rows left empty, or read only for their total (``GD217``), placed by where their numbers
    stand in the table's columns (``reading.layout``): text laid out in columns shows blank cells
    only as wider gaps. ``under`` says what gives the columns: the table's ``header`` (its words),
    or its ``rows`` printed whole (their numbers, where a tool packed the header's words together).
    A row is placed where one placement fits its own sums (where more do, the table's identities
    across rows choose, ``_resolve_jointly``); a row with nothing after its label is blank
    throughout, where other rows hold their numbers on one line. The caller keeps the placements
    only where the identities bear them out (``_verified``).
    """
    n = len(table.columns)
    if not table.blank_is_zero or not n or not any(_unplaced(r) for r in rows):
        return rows
    numbered = [(r, line) for r in rows if r.row.kind is RowKind.VALUE
                and (line := _number_line(source, _value_pieces(r.region)[0])) is not None]
    lines = [line for _, line in numbered]
    if not lines:
        return rows  # no row's numbers on a line of their own: not a table laid out in columns
    if under == "header":
        top = source.folded.rfind("\n", 0, rows[0].hit.span.start) + 1
        keys = [c.key for c in table.columns]
        spanning = [(word, keys.index(first), keys.index(last)) for word, first, last in table.spanning_heads
                    if first in keys and last in keys]
        found = likeliest(unpacked(grids(header_lines(source, top), [c.labels for c in table.columns], spanning),
                                   lines), lines)
    else:
        whole = [line for r, line in numbered if _printed_whole(r, n)]
        found = shown_apart(best_aligned(number_grids(whole, n), lines), lines)
    if not found:
        return rows
    out = list(rows)
    blank_rows: list[int] = []
    for index, read in enumerate(rows):
        if not _unplaced(read):
            continue
        numbers = _value_pieces(read.region)[0]
        if not numbers and not read.region.pieces:
            blank_rows.append(index)
        elif all(p.kind == "number" and type(p.value) is int for p in numbers):
            out[index] = _placement(source, table, read, numbers, found, under) or read
    for index in blank_rows:
        out[index] = _placement(source, table, rows[index], [], found, under) or rows[index]
    return out if any(a is not b for a, b in zip(out, rows, strict=True)) else rows


def _laid_out(source: SourceText, table: FormTable, rows: list[RowRead], under: str) -> list[RowRead]:
    """``rows`` with those ``_placed_by_layout`` places ``under`` the header or the rows printed
    whole, where the table's identities across rows bear the placements out (``_verified``).
    """
    placed = _placed_by_layout(source, table, rows, under)
    if placed is rows:
        return rows
    trial = _resolve_jointly(table, placed)
    if under == "rows":  # a row the identities did not settle stays as it was read (its total, GD217)
        trial = [before if _unsettled(after) else after for before, after in zip(rows, trial, strict=True)]
    return trial if _verified(table, trial, under) else rows  # placements not borne out are guesses


def _unsettled(read: RowRead) -> bool:
    """Whether a row's placements were left for the identities across rows, which did not choose."""
    return not read.cells and any(p.code == "GD223" for p in read.problems)


def _printed_whole(read: RowRead, n: int) -> bool:
    """Whether a value row was read with a printed integer in each of its ``n`` cells."""
    return (read.row.kind is RowKind.VALUE and len(read.cells) == n
            and all(c.origin is _PRINTED and type(c.value) is int for c in read.cells))


_CLOSING_QUOTES = "”’\"'"
"""What may close a row's label before its cells (危及“三安全一稳定”)."""
MIN_SEPARATED_ROWS = 2
"""Rows that must show the separator alone (a gap of one run) before a row's wider gaps are read
as blank cells (``_placed_by_separator``)."""


def _placed_by_separator(source: SourceText, table: FormTable, rows: list[RowRead]) -> list[RowRead]:
    """Rows left empty, or read only for their total, placed by the widths of the gaps between their
    numbers, where the table's cells are separated by one run of spaces of a fixed width (a
    converter that writes each tab as four spaces, or joins cells with two): a blank cell is one
    more run, so a gap of three runs holds two blank cells, and a row of blank cells is a run for
    each cell. The width is the one every gap in the table is a whole number of (``_separator_width``).

    A row is placed only where its gaps give exactly its cells and its printed totals are the sums
    of its parts: the gaps show the blank cells as a tab rendering's empty cells do, so no identity
    across rows need bear them out (as ``_verified`` must for numbers placed under a header's words).
    """
    n = len(table.columns)
    if not table.blank_is_zero or n < 2 or not any(_unplaced(r) for r in rows):
        return rows
    folded = source.folded
    gaps_by_row: list[list[int]] = []
    blank_rows: dict[int, str] = {}  # what follows the label of each row without numbers
    for index, read in enumerate(rows):
        if read.row.kind is not RowKind.VALUE:
            continue
        numbers = _value_pieces(read.region)[0]
        start = _cells_start(folded, read.hit)
        if not numbers:
            line_end = folded.find("\n", start)
            blank_rows[index] = folded[start : len(folded) if line_end < 0 else line_end]
            continue
        if any(p.kind != "number" for p in numbers):
            continue
        ends = [start, *(p.span.end for p in numbers[:-1])]
        gaps = [folded[end : p.span.start] for end, p in zip(ends, numbers, strict=True)]
        if any(gap.strip(" ") or not gap for gap in gaps):
            return rows  # text, a line break or a tab between cells: not one separator of spaces
        gaps_by_row.append([len(gap) for gap in gaps])
    width = _separator_width(gaps_by_row, list(blank_rows.values()), n)
    if width is None:
        return rows
    names = tuple(c.key for c in table.columns)
    out = list(rows)
    for index, read in enumerate(rows):
        numbers = _value_pieces(read.region)[0]
        if not _unplaced(read) or not all(p.kind == "number" and type(p.value) is int for p in numbers):
            continue
        start = _cells_start(folded, read.hit)
        if not numbers:
            if blank_rows.get(index) == " " * (width * n):
                out[index] = _Row(table, read.row, read.hit, read.region, names, None).with_cells(
                    [Piece("blank", Span(start + width * j, start + width * (j + 1)), "") for j in range(n)])
            continue
        columns = separated_columns(folded, start, numbers, width, n)
        if columns is not None and _fits(table, names, columns, numbers):
            reading = _placed_reading(numbers, columns, n)
            row = _Row(table, read.row, read.hit, read.region, names, None)
            placed = row.from_reading(_with_blank(read, numbers), reading)
            span = Span.covering(c.span for c in placed.cells if c.origin is _PRINTED) or read.hit.span
            out[index] = attrs.evolve(placed, problems=(*placed.problems, Problem("GD226", span, {
                "row": read.hit.label, "found": len(numbers), "expected": n, "width": width})))
    return out if any(a is not b for a, b in zip(out, rows, strict=True)) else rows


TAB_STOPS = (8, 4)
"""The tab widths tried for text whose tabs were expanded to spaces (``str.expandtabs``, an editor)."""


def _placed_by_tab_stops(source: SourceText, table: FormTable, rows: list[RowRead]) -> list[RowRead]:
    """Rows left empty, or read only for their total, placed where a table's tabs were expanded to
    spaces up to the next tab stop (every 8 or 4 columns, counting characters or display columns):
    each cell starts at a stop, so a blank cell is one stop more between two numbers, and a row of
    blank cells is the spaces to its last stop. Tried only where every number of the table's rows
    starts at a stop, and two rows at least show it (by their numbers, or by spaces that come to
    the form's cells exactly); a row is placed only where its cells come to exactly the form's and
    its printed totals are the sums of its parts (``GD229``).
    """
    n = len(table.columns)
    if not table.blank_is_zero or n < 2 or not any(_unplaced(r) for r in rows):
        return rows
    folded = source.folded
    lines: list[tuple[int, list[Piece]]] = []  # where each row of numbers starts its line, and its numbers
    for read in rows:
        numbers = _value_pieces(read.region)[0]
        if read.row.kind is RowKind.VALUE and numbers:
            if not all(p.kind == "number" and type(p.value) is int for p in numbers):
                return rows
            lines.append((folded.rfind("\n", 0, numbers[0].span.start) + 1, numbers))
    blank_rows = [_cells_start(folded, r.hit) for r in rows
                  if r.row.kind is RowKind.VALUE and _unplaced(r) and not _value_pieces(r.region)[0]]
    names = tuple(c.key for c in table.columns)
    for measure in (len, text_width):
        for stop in TAB_STOPS:
            if not all(measure(source.original[line_start : p.span.start]) % stop == 0
                       for line_start, numbers in lines for p in numbers):
                continue
            counts = [blank_stops(source, start, stop, measure=measure) for start in blank_rows]
            if any(count not in (0, n) for count in counts) or len(lines) + counts.count(n) < MIN_SEPARATED_ROWS:
                continue  # a row of blank cells off the stops, or too few rows to show them
            out = list(rows)
            for index, read in enumerate(rows):
                numbers = _value_pieces(read.region)[0]
                if not _unplaced(read):
                    continue
                start = _cells_start(folded, read.hit)
                if not numbers:
                    if blank_stops(source, start, stop, measure=measure) == n:
                        out[index] = _Row(table, read.row, read.hit, read.region, names, None).with_cells(
                            [Piece("blank", Span(start, start), "") for _ in range(n)])
                    continue
                columns = stop_columns(source, start, numbers, stop, n, measure=measure)
                if columns is None or not _fits(table, names, columns, numbers):
                    continue
                placed = _Row(table, read.row, read.hit, read.region, names, None).from_reading(
                    _with_blank(read, numbers), _placed_reading(numbers, columns, n))
                span = Span.covering(c.span for c in placed.cells if c.origin is _PRINTED) or read.hit.span
                out[index] = attrs.evolve(placed, problems=(*placed.problems, Problem("GD229", span, {
                    "row": read.hit.label, "found": len(numbers), "expected": n, "stop": stop})))
            return out if any(a is not b for a, b in zip(out, rows, strict=True)) else rows
    return rows


def blank_stops(source: SourceText, start: int, stop: int, *, measure: Callable[[str], int]) -> int:
    """How many blank cells the spaces after a label (ending at ``start``) up to the end of its line
    hold, where tabs were expanded to every ``stop`` columns: a tab to the next stop, then a stop
    for each blank cell after the first; 0 where there are none, -1 where they do not end at a stop.
    """
    folded, original = source.folded, source.original  # columns are measured as written (（ is wide)
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", start)
    line_end = len(folded) if line_end < 0 else line_end
    trailing = folded[start:line_end]
    if not trailing:
        return 0
    if trailing.strip(" "):
        return -1
    expected = (measure(original[line_start:start]) // stop + 1) * stop
    end = measure(original[line_start:line_end])
    return -1 if end < expected or (end - expected) % stop else (end - expected) // stop + 1


def stop_columns(source: SourceText, start: int, numbers: Sequence[Piece], stop: int, n: int, *,
                 measure: Callable[[str], int], after_label: bool = True) -> tuple[int, ...] | None:
    """The cells of ``numbers`` (after a label ending at ``start``) where each cell starts at the
    first tab stop after the text before it, a blank cell at one stop more; the spaces after the
    last number are its trailing blank cells (a stop each after the first). ``None`` where a gap
    is not spaces, a number stands off a stop, or the cells do not come to ``n``. Without
    ``after_label``, ``start`` is where the line starts, and the first cell starts there.

    >>> text = "总计\t3\t\t5\t8\t".expandtabs(8)  # 总计, 3, a blank, 5, 8, a blank
    >>> from govdisclosure.reading.cells import read_region
    >>> numbers = read_region(SourceText(text), Span(2, len(text))).pieces
    >>> stop_columns(SourceText(text), 2, numbers, 8, 5, measure=len)
    (0, 2, 3)
    """
    folded, original = source.folded, source.original  # columns are measured as written (（ is wide)
    line_start = folded.rfind("\n", 0, start) + 1
    if "\n" in folded[start : numbers[-1].span.end]:
        return None
    columns: list[int] = []
    column = 0
    position = start
    for index, piece in enumerate(numbers):
        gap = folded[position : piece.span.start]
        if gap.strip(" ") or (not gap and (after_label or index > 0)):
            return None
        if index == 0 and not after_label:  # the line's first cell starts at its start
            expected = -(-measure(original[line_start:position]) // stop) * stop
        else:  # where the next cell starts
            expected = (measure(original[line_start:position]) // stop + 1) * stop
        at = measure(original[line_start : piece.span.start])
        if at < expected or (at - expected) % stop:
            return None
        column += (at - expected) // stop
        columns.append(column)
        column += 1
        position = piece.span.end
    trailing = blank_stops(source, position, stop, measure=measure)  # the blank cells after the last number
    if trailing < 0:
        return None
    column += trailing
    return tuple(columns) if column == n else None


def _separator_width(gaps_by_row: Sequence[Sequence[int]], blank_rows: Sequence[str], n: int) -> int | None:
    """The width of the run of spaces between a table's cells (``_placed_by_separator``): the
    greatest common divisor of the gaps after the labels and between the numbers, and of what
    follows the label of each row without numbers (one run for each of its ``n`` cells, or
    nothing where the line was trimmed), where it is 2 at least and ``MIN_SEPARATED_ROWS`` rows
    show one run alone; else ``None``.

    >>> _separator_width([[4, 4, 12], [4, 8]], [], 7), _separator_width([[4, 6]], [], 7)
    (4, None)
    >>> _separator_width([[10, 4]], [" " * 14, " " * 14, ""], 7), _separator_width([], [" " * 14, " " * 13], 7)
    (2, None)
    """
    sizes = [g for gaps in gaps_by_row for g in gaps]
    for rest in blank_rows:
        if rest.strip(" ") or len(rest) % n:
            return None
        if rest:
            sizes.append(len(rest) // n)
    width = math.gcd(*sizes) if sizes else 0
    shown = (sum(1 for gaps in gaps_by_row if width in gaps)
             + sum(1 for rest in blank_rows if len(rest) == width * n))
    return width if width >= 2 and shown >= MIN_SEPARATED_ROWS else None


def _cells_start(folded: str, hit: LabelHit) -> int:
    """Where a row's cells may start: after its label and the quote that closes it (危及“三安全一稳定”)."""
    start = hit.span.end
    while start < len(folded) and folded[start] in _CLOSING_QUOTES:
        start += 1
    return start


def separated_columns(folded: str, start: int, numbers: Sequence[Piece], width: int, n: int, *,
                      after_label: bool = True) -> tuple[int, ...] | None:
    """The columns of ``numbers`` (on the line of ``start``) when every gap before and between them
    is a run of spaces ``width`` long for each cell boundary it passes, and the spaces after them,
    ``width`` for each blank cell, make ``n`` cells; else ``None``.
    ``start`` is where the row's label ends (``after_label``: one run before the first cell) or
    where its line starts.

    >>> from govdisclosure.reading.cells import read_region
    >>> text = "5        2    7    "
    >>> numbers = read_region(SourceText(text), Span(0, len(text)), after_label=False).pieces
    >>> separated_columns(text, 0, numbers, 4, 5, after_label=False)
    (0, 2, 3)
    """
    line_end = folded.find("\n", start)
    line_end = len(folded) if line_end < 0 else line_end
    if numbers[-1].span.end > line_end:
        return None
    columns: list[int] = []
    column = -1 if after_label else 0
    for index, piece in enumerate(numbers):
        gap = folded[start : piece.span.start]
        if gap.strip(" ") or len(gap) % width or (not gap and (after_label or index > 0)):
            return None
        column += len(gap) // width
        columns.append(column)
        start = piece.span.end
    trailing = folded[start:line_end]
    if trailing.strip(" ") or len(trailing) % width:
        return None
    if column + len(trailing) // width != n - 1:
        return None  # too many cells, or too few: a line trimmed of its blank cells' runs says nothing of them
    return tuple(columns)


def _number_line(source: SourceText, pieces: Sequence[Piece]) -> tuple[str, list[tuple[int, int]]] | None:
    """The line holding a row's numbers (as written), and where they stand in it, when they are all
    on one.
    """
    numbers = [p for p in pieces if p.kind == "number"]
    if not numbers or (line := line_of(source.folded, numbers[0].span.start, numbers[-1].span.end)) is None:
        return None
    return source.original[line[0] : line[1]], [(p.span.start - line[0], p.span.end - line[0]) for p in numbers]


def _unplaced(read: RowRead) -> bool:
    """Whether a value row was left empty, or read only for its total, from cells separated by spaces."""
    return read.region.rendering is Rendering.SPACES and _left_unread(read)


def _left_unread(read: RowRead) -> bool:
    """Whether a value row was left empty, or read only for its total (``GD217``), and holds no
    readings of glued digits waiting for the table's identities.
    """
    return (read.row.kind is RowKind.VALUE and not read.readings
            and (not read.cells or any(p.code == "GD217" for p in read.problems)))


def _placement(source: SourceText, table: FormTable, read: RowRead, numbers: list[Piece],  # noqa: PLR0917
               found: Sequence[Grid], under: str) -> RowRead | None:
    """The row with ``numbers`` in the columns where they stand, the others blank, when every grid
    that places them all places them one way that fits the row's sums; ``None`` otherwise. Under
    the numbers of rows printed whole (``under``), a number stands in a column only where it stands
    as they do there (``aligned_placements``).
    """
    n = len(table.columns)
    names = tuple(c.key for c in table.columns)
    fitting: list[tuple[int, ...]] = [()]
    if numbers:
        line = _number_line(source, numbers)
        if line is None:
            return None  # not one line of cells
        options = placements(*line, found) if under == "header" else aligned_placements(*line, found)
        fitting = steadiest(sorted(c for c in options if _fits(table, names, c, numbers)), *line, found)
    if not fitting or len(fitting) > LIMIT:
        return None
    pieces = _with_blank(read, numbers)
    choices = [_placed_reading(numbers, c, n) for c in fitting]
    if len(choices) > 1:  # the table's identities across rows decide (``_resolve_jointly``)
        return RowRead(read.row, read.hit, read.region, problems=(
            Problem("GD223", read.hit.span, {"row": read.hit.label, "placements": len(choices),
                                             "under": _GRIDS[under]}),),
            readings=tuple(choices), read_from=pieces)
    return _placed(_Row(table, read.row, read.hit, read.region, names, None).from_reading(pieces, choices[0]),
                   "GD222", len(numbers), n, under=_GRIDS[under])


def _with_blank(read: RowRead, numbers: Sequence[Piece]) -> tuple[Piece, ...]:
    """A row's ``numbers`` and one blank piece after them, for a placement's blank cells."""
    return (*numbers, Piece("blank", Span(read.hit.span.end, read.hit.span.end), ""))


def _placed_reading(numbers: Sequence[Piece], columns: tuple[int, ...], n: int) -> Reading:
    """The reading of ``_with_blank(numbers)`` that puts the numbers in ``columns`` of ``n``, the
    other cells blank.
    """
    parts = []
    for j in range(n):
        if j in columns:
            at = columns.index(j)
            parts.append(Part(at, at, 0, len(numbers[at].text), int(numbers[at].value or 0)))
        else:
            parts.append(Part(len(numbers), len(numbers), 0, 0, 0))
    return Reading(tuple(parts))


def _placed(read: RowRead, code: str, found: int, expected: int, **fields: object) -> RowRead:
    """A row placed (``GD222`` by where its numbers stand, ``GD224`` by the table's sums), its
    ``found`` numbers among its ``expected`` cells, with the problem that says so (and ``fields``
    more for its message).
    """
    span = Span.covering(c.span for c in read.cells if c.origin is _PRINTED) or read.hit.span
    problem = Problem(code, span, {"row": read.hit.label, "found": found, "expected": expected, **fields})
    return attrs.evolve(read, problems=(*read.problems, problem))


def _fits(table: FormTable, names: tuple[str, ...], columns: tuple[int, ...], numbers: Sequence[Piece]) -> bool:
    """Whether the row's totals that were printed are the sums of their parts, blanks 0."""
    placed = {names[j]: int(p.value or 0) for j, p in zip(columns, numbers, strict=True)}
    totals = {total for total, _ in table.row_identities}
    return row_sums_hold(table, {name: placed.get(name, 0) for name in names if name in placed or name not in totals})


def _verified(table: FormTable, rows: Sequence[RowRead], under: str = "header") -> bool:
    """Whether every row placed by where its numbers stand (``GD222``) is borne out by the table's
    identities across rows: in every column where it has a printed number, one identity it takes
    part in at least has every row's cell there, and every such identity holds. A placement under
    the header's words that no identity checks is a guess (a PDF's text laid out by glyph positions
    drifts after Chinese characters, and from one page to the next), so one unchecked or failing
    placement sets all of them aside. Numbers that stand exactly where a row printed whole puts
    its own (``under`` its ``rows``) are no guess: only a failing identity sets them aside.
    """
    values = _row_values(rows)
    for r in rows:
        if not any(p.code in ("GD222", "GD223") for p in r.problems):
            continue
        if not r.cells or not r.row.key:
            return False  # a placement the identities did not settle
        if not _borne_out(table, values, r.row.key, [c.column for c in r.cells if c.origin is _PRINTED],
                          unchecked=under == "rows"):
            return False
    return True


def _row_values(rows: Sequence[RowRead]) -> dict[str, dict[str, int]]:
    """The integer cells read, by row key and column."""
    return {r.row.key: {c.column: int(c.value) for c in r.cells if isinstance(c.value, int)}
            for r in rows if r.row.key and r.cells}


def _borne_out(table: FormTable, values: dict[str, dict[str, int]], key: str, columns: Iterable[str], *,
               unchecked: bool = False) -> bool:
    """Whether row ``key``'s cells in ``columns`` are borne out by the table's identities across
    rows: in each column, an identity the row takes part in has every row's cell (unless
    ``unchecked`` columns may pass), and every such identity holds.
    """
    involved = [i for i in table.identities if key in (*i.left, *i.right)]
    for column in columns:
        checked = [i for i in involved if all(column in values.get(k, {}) for k in (*i.left, *i.right))]
        if (not checked and not unchecked) or not all(holds(i, values, [column]) for i in checked):
            return False
    return True


@functools.cache
def _shared_label_rows(table: FormTable) -> frozenset[int]:
    """The indices of ``table``'s rows that share a label with another of its rows (被依法纠错数,
    其他情形数 of both 行政复议 and 行政诉讼).
    """
    owners: dict[str, set[int]] = {}
    for index, row in enumerate(table.rows):
        for label in row.labels:
            owners.setdefault(compact_text(label), set()).add(index)
    return frozenset(i for rows in owners.values() if len(rows) > 1 for i in rows)


def _past_lost_text(source: SourceText, table: FormTable, rows: list[RowRead]) -> list[RowRead]:
    """Rows whose label another row of the form shares, read after text that lost characters in
    decoding (``GD511``) and before any row of a label of its own, left empty (``GD234``): the text
    lost may have been a row's own label, and the label read another group's (行政诉讼's 其他情形数
    taken for 行政复议's where 行政复议's and 五、行政诉讼数量 lost characters).
    """
    if not source.lost_characters:
        return rows
    shared = _shared_label_rows(table)
    index_of = {id(row): i for i, row in enumerate(table.rows)}
    out = list(rows)
    after_loss = False  # since text that lost characters, and no row of a label of its own yet
    for i, read in enumerate(rows):
        before = rows[i - 1].hit.span.end if i else 0
        after_loss = after_loss or LOST in source.folded[before : read.hit.span.start]
        if index_of.get(id(read.row)) not in shared:
            after_loss = after_loss and read.row.kind is RowKind.GROUP  # a row of its own label places those after it
            continue
        if after_loss and read.cells:
            out[i] = RowRead(read.row, read.hit, read.region,
                             problems=(Problem("GD234", read.hit.span, {"row": read.hit.label}),))
    return out


def _blank_totals_checked(table: FormTable, rows: list[RowRead]) -> list[RowRead]:
    """Rows read with a blank 总计 beside printed parts (``GD216``) kept only where the table's
    identities across rows bear their cells out, as ``_verified`` does placements: in every column
    where such a row prints a number, an identity it takes part in has every row's cell, and every
    such identity holds. Else the row is left empty (``GD233``).

    A report may leave its totals blank, and its parts still add up down every column; a converter
    that merged two columns (a PDF's table written as Markdown) shifts a row's cells and leaves its
    total's cell blank, and then the columns do not add up, or (every row shifted alike) the last
    number is the sum of the others: the total, a column early.
    """
    suspect = [i for i, r in enumerate(rows) if r.row.key and any(p.code == "GD216" for p in r.problems)]
    if not suspect:
        return rows
    values = _row_values(rows)
    out = list(rows)
    for index in suspect:
        r = rows[index]
        printed = [c for c in r.cells if c.origin is _PRINTED and isinstance(c.value, int)]
        numbers = [int(c.value) for c in printed if c.value is not None]
        if ((len(numbers) > 1 and numbers[-1] == sum(numbers[:-1]))  # its total, a column early
                or not _borne_out(table, values, str(r.row.key), [c.column for c in printed])):
            out[index] = RowRead(r.row, r.hit, r.region, problems=(Problem("GD233", r.hit.span, {"row": r.hit.label}),))
    return out


# --- rows whose blank cells were dropped -------------------------------------------------------


def _placed_by_sums(table: FormTable, rows: list[RowRead]) -> list[RowRead]:
    """Rows whose blank cells were dropped (left empty, or read only for their total, ``GD217``),
    placed where the table's identities across rows leave their numbers one way to stand
    (``reading.dropped``); rows with nothing after their label are blank throughout. Only where
    every row the identities take in is read whole or so placed, and the row's last number is its
    total, the sum of the others.
    """
    names = _summed_columns(table)
    n = len(names)
    if not names or not any(r.row.key and _unplaced_by_sums(r) for r in rows):
        return rows
    known: dict[str, list[int]] = {}
    unknowns: dict[str, tuple[int, list[Piece]]] = {}  # key → (row index, its numbers)
    blank: list[int] = []
    for index, r in enumerate(rows):
        if r.row.kind is not RowKind.VALUE or not r.row.key:
            continue
        cells = {c.column: c.value for c in r.cells}
        if len(cells) == n and all(type(v) is int for v in cells.values()):
            known[r.row.key] = [int(cells[name] or 0) for name in names]
            continue
        if not _unplaced_by_sums(r):
            continue
        numbers = _value_pieces(r.region)[0]
        if not numbers and not r.region.pieces:
            known[r.row.key] = [0] * n
            blank.append(index)
        elif 2 <= len(numbers) < n and all(p.kind == "number" and type(p.value) is int for p in numbers) and (
                numbers[-1].value == sum(int(p.value or 0) for p in numbers[:-1])):
            unknowns[r.row.key] = (index, numbers)
    if not unknowns or any(_numbers(r.region) > n or any(p.code in ("GD219", "GD220") for p in r.problems)
                           for r in rows if r.row.kind is RowKind.VALUE):
        return rows  # numbers standing after another row's label: a table written out of order
    solved = solve(n, table.identities, known,
                   [Unknown(key, tuple(int(p.value or 0) for p in numbers)) for key, (_, numbers) in unknowns.items()])
    if not solved:
        return rows
    out = list(rows)
    for key, columns in solved.items():
        index, numbers = unknowns[key]
        r = rows[index]
        read = _Row(table, r.row, r.hit, r.region, names, None).from_reading(
            _with_blank(r, numbers), _placed_reading(numbers, columns, n))
        out[index] = _placed(read, "GD224", len(numbers), n)
    for index in blank:
        r = rows[index]
        out[index] = _Row(table, r.row, r.hit, r.region, names, None).from_reading(
            _with_blank(r, ()), _placed_reading((), (), n))
    return out


def _summed_columns(table: FormTable) -> tuple[str, ...]:
    """The columns of a table whose blank cells are 0, whose last column is the sum of the others and
    whose rows obey identities across them (table 三); ``()`` for any other table.
    """
    names = tuple(c.key for c in table.columns)
    if (not names or not table.blank_is_zero or not table.identities
            or table.row_identities != ((names[-1], names[:-1]),)):
        return ()
    return names


MAX_BLOCK = 3000
"""Compact characters after a table's last label searched for a block of its cells at most."""


def _block_end(source: SourceText, table: FormTable, hits: Sequence[LabelHit], last: LabelHit, end: int) -> int:
    """Where a block of cells after the table's ``last`` label can end: at the next label that is
    not a column's head (自然人…其他、总计 stand above the block), within ``MAX_BLOCK``.
    """
    heads = {compact_text(label) for column in table.columns for label in column.labels}
    stop = min(end, last.end + MAX_BLOCK, len(source.compact))
    stop = next((hit.start for hit in hits if last.end <= hit.start < stop and hit.label not in heads), stop)
    return source.compact_span(stop, stop).start if stop < len(source.compact) else len(source.original)


def _in_columns(source: SourceText, table: FormTable, rows: list[RowRead],
                block_end: Callable[[], int]) -> list[RowRead]:
    """Runs of value rows with no numbers after their labels, read from the block of numbers after
    the run written column by column (``GD230``): PDF text that follows the page's blocks
    (pdfminer.six) writes a table's labels, then each column's cells top to bottom, page by page.

    The block is taken only where it holds exactly the run's cells, every row's totals are the
    sums of its parts with the cells so placed, and not also, with other values, with the cells
    in row order.
    """
    n = len(table.columns)
    if not table.row_identities or n < 2:
        return rows
    out = list(rows)
    run: list[int] = []  # value rows left empty with nothing after their label, since the last numbers
    for index, read in enumerate(rows):
        if read.row.kind is not RowKind.VALUE:
            continue
        numbers = _value_pieces(read.region)[0]
        if numbers or read.cells:
            if run and _left_unread(read) and len(numbers) == (len(run) + 1) * n:
                _place_columns(table, [rows[i] for i in (*run, index)], numbers, out, [*run, index])
            run = []
            continue
        run.append(index)
        # the block may stand after words that end the row's region (the columns' heads)
        end = rows[index + 1].hit.span.start if index + 1 < len(rows) else block_end()
        if end > read.region.span.end:
            numbers = _value_pieces(read_region(source, Span(read.region.span.end, end), after_label=False))[0]
            if numbers:
                _place_columns(table, [rows[i] for i in run], numbers, out, run)
                run = []
    return out


def _place_columns(table: FormTable, rows: Sequence[RowRead], numbers: Sequence[Piece],
                   out: list[RowRead], indices: Sequence[int]) -> None:
    """``rows`` (at ``indices`` of ``out``) read from ``numbers`` written column by column, where
    they bear that out.
    """
    count = len(rows)
    n = len(table.columns)
    if count < 2 or len(numbers) != count * n or not all(p.kind == "number" and type(p.value) is int
                                                         for p in numbers):
        return
    names = tuple(c.key for c in table.columns)
    readers = [_Row(table, r.row, r.hit, r.region, names, None) for r in rows]
    by_column = [[numbers[c * count + k] for c in range(n)] for k in range(count)]
    by_row = [list(numbers[k * n : (k + 1) * n]) for k in range(count)]
    if not all(r.sums_hold(cells) for r, cells in zip(readers, by_column, strict=True)) or (
            all(r.sums_hold(cells) for r, cells in zip(readers, by_row, strict=True))
            and [[p.value for p in cells] for cells in by_row] != [[p.value for p in cells] for cells in by_column]):
        return  # the block is not written column by column, or reads as well row by row, differently
    for index, reader, cells in zip(indices, readers, by_column, strict=True):
        out[index] = reader.with_cells(cells)
    problem = Problem("GD230", Span(numbers[0].span.start, numbers[-1].span.end), {
        "rows": count, "first": rows[0].hit.label, "last": rows[-1].hit.label})  # once for the block
    out[indices[0]] = attrs.evolve(out[indices[0]], problems=(*out[indices[0]].problems, problem))


def _totals_by_sums(source: SourceText, table: FormTable, rows: list[RowRead]) -> list[RowRead]:
    """Rows left empty that print one number: their 总计, where the table prints only that column
    (or its conversion kept only that column's numbers) and every identity across rows holds over
    the rows' totals (``GD225``). A part printed alone would make the row's total print too, so a
    number alone is the total; the identities rule out numbers from elsewhere (page numbers).
    """
    names = _summed_columns(table)
    if not names:
        return rows
    total = names[-1]
    totals: dict[str, dict[str, int]] = {}
    alone: list[tuple[int, Piece]] = []  # (row index, its number)
    for index, r in enumerate(rows):
        if r.row.kind is not RowKind.VALUE or not r.row.key:
            continue
        cell = next((c for c in r.cells if c.column == total), None)
        if cell is not None and type(cell.value) is int:
            totals[r.row.key] = {total: cell.value}
            continue
        if not _left_unread(r):
            continue
        numbers = _value_pieces(r.region)[0]
        if not numbers and not r.region.pieces:
            totals[r.row.key] = {total: 0}  # a row with nothing after its label: blank throughout
        elif (len(numbers) == 1 and numbers[0].kind == "number" and type(numbers[0].value) is int
              and _stands_apart(source.folded, numbers[0].span)):  # not a run of glued digits
            totals[r.row.key] = {total: numbers[0].value}
            alone.append((index, numbers[0]))
    if not alone or not all(all(k in totals for k in (*i.left, *i.right)) and holds(i, totals, [total])
                            for i in table.identities):
        return rows
    out = list(rows)
    for index, number in alone:
        r = rows[index]
        read = _Row(table, r.row, r.hit, r.region, names, None).with_cells([number], (total,))
        problem = Problem("GD225", number.span, {"row": r.hit.label, "total": number.value, "expected": len(names)})
        out[index] = attrs.evolve(read, problems=(*read.problems, problem))
    return out


def _stands_apart(folded: str, span: Span) -> bool:
    """Whether white space (or a cell's ``|``, or the text's end) stands on both sides of ``span``."""
    before = folded[span.start - 1] if span.start > 0 else " "
    after = folded[span.end] if span.end < len(folded) else " "
    return (before.isspace() or before == "|") and (after.isspace() or after == "|")


def _wrapped_number(source: SourceText, reader: _Row, pieces: Sequence[Piece],
                    groups: Sequence[tuple[int, tuple[int, ...]]]) -> RowRead | None:
    """The row read with a number whose last digits wrapped onto the next line joined again (a
    narrow cell of a PDF table: ``… 0 3`` and then ``0`` for a total of 30), where the row's
    numbers on its line break its sums and one join alone of the numbers after them makes them
    hold (``GD210``); else ``None``.
    """
    n = len(reader.names)
    if not groups or not n < len(pieces) <= n + MAX_MERGES or reader.sums_hold(pieces[:n]):
        return None
    if not all(ascii_digits(source, p) for p in pieces):
        return None
    options = merged_readings([source.folded[p.span.start : p.span.end] for p in pieces], n, groups)
    return reader.from_readings(pieces, options) if len(options) == 1 else None


def _joined_in_cells(source: SourceText, pieces: Sequence[Piece], n: int) -> list[Piece] | None:
    """A tab or pipe row's cells with the numbers that stand in one cell joined (``\t3 0\t``: a
    number split by a space), where that makes ``n`` cells; ``None`` where no cell holds more than
    one piece, or one holds words, or a join would start with a 0.
    """
    cells: list[Piece] = []
    first = 0
    for index in range(1, len(pieces) + 1):
        if index < len(pieces) and pieces[index].cell == pieces[first].cell:
            continue
        if index - first == 1:
            cells.append(pieces[first])
        else:
            group = pieces[first:index]
            if not all(ascii_digits(source, p) for p in group):
                return None
            text = "".join(source.folded[p.span.start : p.span.end] for p in group)
            if text.startswith("0"):
                return None
            span = Span(group[0].span.start, group[-1].span.end)
            cells.append(Piece("number", span, source.original[span.start : span.end], int(text), cell=group[0].cell))
        first = index
    return cells if len(cells) == n and len(cells) < len(pieces) else None


def _leading_zero(folded: str, span: Span) -> bool:
    """Whether the digits at ``span`` start with a 0 that another digit follows (``01``: two cells)."""
    return span.end - span.start > 1 and folded[span.start] == "0" and folded[span.start + 1].isdigit()


def _unplaced_by_sums(read: RowRead) -> bool:
    """Whether a value row was left empty, or read only for its total, and not from glued digits."""
    return read.region.rendering is not Rendering.GLUED and _left_unread(read)


# --- identities across rows ----------------------------------------------------------------------


def _row_in_order(table: FormTable, read: RowRead) -> tuple[bool | None, bool]:
    """Whether a row was read as its own cells (positionally, not split from glued digits) with
    its totals holding, ``None`` where that cannot be told (none read from fewer numbers than
    cells, a total after dropped blanks, a blank total); and whether it was read whole, with a
    total that is not zero.
    """
    if not read.cells:
        return (None if _numbers(read.region) < len(table.columns_of(read.row)) else False), False
    if any(p.code in _INFERRED for p in read.problems):
        return False, False
    if any(p.code in _UNTOLD for p in read.problems):
        return None, False
    values = {c.column: int(c.value) for c in read.cells if type(c.value) is int}
    held = row_sums_hold(table, values)
    names = [c.key for c in table.columns_of(read.row)]
    return held, held and len(values) == len(names) and values.get(names[-1], 0) != 0


_INFERRED = frozenset({"GD210", "GD212"})
"""Readings that lean on the form's sums (glued or merged digits)."""
_UNTOLD = frozenset({"GD216", "GD217"})
"""A blank total beside printed parts, a total read after dropped blank cells: no sum to check."""


MIN_DISORDER_ROWS = 4
"""Rows with numbers a table needs before its order is judged."""
MIN_OUT_OF_ORDER = 2
"""Rows whose numbers are not their own cells that make a table out of order (with no more in order)."""


def _set_aside_disorder(table: FormTable, rows: list[RowRead]) -> list[RowRead]:
    """The rows, or, where the table looks written out of order (text extraction that wrote it
    column by column or block by block), only those read whole with their totals holding and not
    all zero: any other reading of such a table is a guess.

    Out of order: the numbers of some rows are someone else's (too many numbers after a label, or
    a row's cells whose totals fail), at least two and as many as rows in order, or at least one
    where half the labels or more have no number after them at all (the labels were listed first). A row
    whose sums cannot be checked (``_row_in_order``) is neither.
    """
    if not table.row_identities or sum(1 for r in rows if not r.cells and r.row.key is not None) < 2:
        return rows  # every row but one read: whatever their sums, nothing to judge
    judged = [r for r in rows if r.row.kind is RowKind.VALUE and r.region.rendering is Rendering.SPACES
              and _has_number(r.region.pieces)]
    if len(judged) < MIN_DISORDER_ROWS:
        return rows
    verdicts = {id(r): _row_in_order(table, r) for r in judged}
    in_order = sum(1 for ordered, _ in verdicts.values() if ordered)
    neutral = sum(1 for ordered, _ in verdicts.values() if ordered is None)
    out_of_order = len(judged) - in_order - neutral
    value_rows = sum(1 for r in rows if r.row.kind is RowKind.VALUE)
    mostly_labels = 2 * len(judged) <= value_rows  # half the labels with no number after them: a list of labels
    if not out_of_order or (out_of_order < in_order and not mostly_labels) or (
            out_of_order < MIN_OUT_OF_ORDER and not mostly_labels):
        return rows
    out = list(rows)
    dropped = [i for i, r in enumerate(rows) if id(r) in verdicts and r.cells and not verdicts[id(r)][1]]
    for index in dropped:
        out[index] = attrs.evolve(rows[index], cells=(), readings=())
    first = rows.index(judged[0])
    problem = Problem("GD220", judged[0].region.span, {
        "table": table.title, "rows": len(judged) - neutral, "in_order": in_order, "dropped": len(dropped)})
    out[first] = attrs.evolve(out[first], problems=(*out[first].problems, problem))
    return out


def _resolve_jointly(table: FormTable, rows: list[RowRead]) -> list[RowRead]:
    """Pick among the readings of ambiguous rows by the table's identities across rows.

    First by propagation: an identity with one ambiguous row and every other row known fixes that
    row's cells, which may in turn fix another. What is left is tried in every combination (up to
    ``MAX_JOINT``); a row is read when all surviving combinations agree on it.
    """
    columns = [c.key for c in table.columns]
    if not columns or not any(r.readings for r in rows):
        return rows
    known = _row_values(rows)
    options = {str(r.row.key): list(r.readings) for r in rows if r.readings}
    _propagate(table, columns, known, options)
    chosen: dict[str, Reading] = {key: found[0] for key, found in options.items() if len(found) == 1}
    pending = [key for key, found in options.items() if len(found) > 1]
    if pending and all(len(options[k]) <= LIMIT for k in pending) and _product(
            len(options[k]) for k in pending) <= MAX_JOINT:
        base = dict(known)
        base.update({k: dict(zip(columns, r.values, strict=False)) for k, r in chosen.items()})
        survivors: list[tuple[Reading, ...]] = []
        for combo in itertools.product(*(options[k] for k in pending)):
            trial = dict(base)
            trial.update({k: dict(zip(columns, r.values, strict=False)) for k, r in zip(pending, combo, strict=True)})
            if all(holds(identity, trial, columns) for identity in table.identities):
                survivors.append(combo)
        for position, key in enumerate(pending):
            agreed = {combo[position] for combo in survivors}
            if len(agreed) == 1:
                chosen[key] = agreed.pop()
    out = list(rows)
    for index, r in enumerate(rows):
        reading = chosen.get(str(r.row.key)) if r.readings else None
        if reading is not None:
            pieces, units, _ = _value_pieces(r.region)
            pieces = list(r.read_from) or pieces
            names = tuple(c.key for c in table.columns_of(r.row))
            reader = _Row(table, r.row, r.hit, r.region, names, units[0].unit if units else None)
            out[index] = reader.from_reading(pieces, reading)
            ambiguous = next((p for p in r.problems if p.code == "GD223"), None)
            if ambiguous is not None:
                out[index] = _placed(out[index], "GD222", sum(1 for p in pieces if p.kind == "number"), len(names),
                                     under=ambiguous.fields["under"])
    return out


def _propagate(table: FormTable, columns: Sequence[str], known: dict[str, dict[str, int]],
               options: dict[str, list[Reading]]) -> None:
    """Narrow ``options`` by identities with a single ambiguous row, until nothing changes."""
    changed = True
    while changed:
        changed = False
        for identity in table.identities:
            keys = (*identity.left, *identity.right)
            unknown = [k for k in keys if k in options and len(options[k]) > 1]
            if len(unknown) != 1 or not all(k in known or k in options for k in keys):
                continue
            target = unknown[0]
            values = {k: known[k] if k in known else dict(zip(columns, options[k][0].values, strict=False))
                      for k in keys if k != target}
            sign = -1 if target in identity.left else 1
            needed: dict[int, int] = {}
            for index, column in enumerate(columns):
                if not all(column in v for v in values.values()):
                    continue
                balance = (sum(values[k][column] for k in identity.left if k != target)
                           - sum(values[k][column] for k in identity.right if k != target))
                needed[index] = sign * balance
            narrowed = [r for r in options[target]
                        if all(index < len(r.values) and r.values[index] == value for index, value in needed.items())]
            if narrowed and len(narrowed) < len(options[target]):
                options[target] = narrowed
                changed = True


def _product(numbers: Iterable[int]) -> int:
    result = 1
    for number in numbers:
        result *= number
    return result


def row_sums_hold(table: FormTable, values: Mapping[str, int]) -> bool:
    """Whether each of the table's row identities holds among ``values`` (a row's cells by column),
    where all its columns have a value.
    """
    return all(values[total] == sum(values[part] for part in parts) for total, parts in table.row_identities
               if total in values and all(part in values for part in parts))


def holds(identity: Identity, values: dict[str, dict[str, int]], columns: Sequence[str]) -> bool:
    """Whether ``identity`` holds in every column where all its rows have a value (vacuously true
    where some are missing).
    """
    keys = (*identity.left, *identity.right)
    if not all(k in values for k in keys):
        return True
    for column in columns:
        if not all(column in values[k] for k in keys):
            continue
        if sum(values[k][column] for k in identity.left) != sum(values[k][column] for k in identity.right):
            return False
    return True
