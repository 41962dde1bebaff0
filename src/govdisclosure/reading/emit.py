"""Turning a table as read into what an extractor returns: values with provenance, the raw table,
and diagnostics. Shared by every table extractor so that the same form reads the same way in any
rendering.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from govdisclosure.codes import diagnostic
from govdisclosure.forms import Column, FormTable, Row, RowKind
from govdisclosure.forms.standard import CROSS_KEYS
from govdisclosure.reading.cells import read_region, set_aside_number
from govdisclosure.reading.form import CellRead, Problem, RowRead, TableRead
from govdisclosure.reading.standard import StandardRead
from govdisclosure.schema import Diagnostic, Origin, Rendering, Span, Table, TableRow, Value
from govdisclosure.schema.keys import MONEY_KEYS, STAT_KEYS
from govdisclosure.schema.report import CellTuple, flat_table_row
from govdisclosure.source import SourceText
from govdisclosure.text.dates import find_dates
from govdisclosure.text.numbers import to_yuan
from govdisclosure.text.patterns import lazy_pattern

MAX_UNKNOWN_LABEL = 40
"""Longest text read as the label of an unknown row; longer text is prose after the table."""


@attrs.define
class Emitted:
    """Values, tables and diagnostics collected from one or more tables."""

    values: dict[str, Value[Any]] = attrs.field(factory=dict)
    diagnostics: list[Diagnostic] = attrs.field(factory=list)
    tables: list[Table] = attrs.field(factory=list)
    claimed: set[str] = attrs.field(factory=set)


def make_value(source: SourceText, key: str, cell: CellRead, extractor: str, *,
               default_unit: str | None = None) -> tuple[Value[Any] | None, Diagnostic | None]:
    """The ``Value`` for one cell, converting money to yuan; or why there is none."""
    raw = source.original[cell.span.start : cell.span.end]
    unit = cell.unit or default_unit
    number: int | Decimal | None = cell.value
    if number is None:
        return None, None
    if key in MONEY_KEYS:
        yuan = to_yuan(number, unit) if unit else None
        if yuan is None:
            return None, diagnostic("GD208", span=cell.span, extractor=extractor, key=key, raw=raw)
        yuan = yuan.normalize() if yuan != yuan.to_integral_value() else Decimal(int(yuan))
        return Value(value=yuan, span=cell.span, raw=raw, extractor=extractor, unit="元",
                     origin=cell.origin), None
    if key in STAT_KEYS and isinstance(number, Decimal):
        if number != number.to_integral_value():
            return None, diagnostic("GD201", span=cell.span, extractor=extractor, key=key, cell=raw, row=key)
        number = int(number)
    return Value(value=number, span=cell.span, raw=raw, extractor=extractor,
                 unit=unit or STAT_KEYS[key].unit if key in STAT_KEYS else unit, origin=cell.origin), None


def problem_diagnostic(problem: Problem, extractor: str, key: str | None) -> Diagnostic:
    """The diagnostic for a reading problem."""
    fields: dict[str, Any] = dict(problem.fields)
    return diagnostic(problem.code, span=problem.span, extractor=extractor, key=key, **fields)


def emit(read: TableRead, source: SourceText, extractor: str, out: Emitted | None = None) -> Emitted:
    """Add the values, raw rows and diagnostics of ``read`` to ``out``."""
    out = out if out is not None else Emitted()
    table = read.table
    rows: list[TableRow] = []
    for row_read in read.rows:
        row = row_read.row
        rows.append(_raw_row(source, row_read))
        if row.kind is RowKind.GROUP or row.key is None:
            continue
        cell_keys, claimed = _cell_keys(table, row)
        out.claimed.update(claimed)
        for problem in row_read.problems:
            out.diagnostics.append(problem_diagnostic(problem, extractor, row.key))
        for cell in row_read.cells:
            key, unit = cell_keys.get(cell.column) or (row.key, row.unit)
            if key is None or key not in STAT_KEYS:
                continue
            value, problem_diag = make_value(source, key, cell, extractor, default_unit=unit)
            if problem_diag is not None:
                out.diagnostics.append(problem_diag)
            if value is not None:
                out.values[key] = value
        rows.extend(_unknown_rows(source, row_read, read, extractor, out))
    out.tables.append(Table(span=read.span, rendering=read.rendering, rows=tuple(rows), name=table.name))
    return out


_CellKeys = tuple[dict[str | None, tuple[str | None, str | None]], tuple[str, ...]]
_CELL_KEYS: dict[tuple[int, int], tuple[Row, tuple[Column, ...], _CellKeys]] = {}
MAX_CELL_KEYS = 4096


def _cell_keys(table: FormTable, row: Row) -> _CellKeys:
    """Each column's record key and default unit (the first column of a name winning), and the keys
    the row claims; worked out once per row and set of columns (the forms are constants).

    Cached by the identities of the row and its columns, which the entry holds, so that an identity
    is never reused while its entry is there (the same way ``labels.label_index`` caches).
    """
    columns = table.columns_of(row)
    entry = _CELL_KEYS.get((id(row), id(columns)))
    if entry is not None and entry[0] is row and entry[1] is columns:
        return entry[2]
    cell_keys: dict[str | None, tuple[str | None, str | None]] = {}
    for each in columns:
        if each.key not in cell_keys:
            cell_keys[each.key] = (table.cell_key(row, each), each.unit or row.unit)
    claimed = tuple(key for key, _ in cell_keys.values() if key is not None)
    if not cell_keys and row.key is not None:
        claimed = (row.key,)
    if len(_CELL_KEYS) >= MAX_CELL_KEYS:
        _CELL_KEYS.clear()
    _CELL_KEYS[(id(row), id(columns))] = (row, columns, (cell_keys, claimed))
    return cell_keys, claimed


def _raw_row(source: SourceText, row_read: RowRead) -> TableRow:
    start, end = row_read.hit.span.start, row_read.hit.span.end
    cells: list[str | int] = [source.original[start:end], start, end]  # flat, as TableRow keeps them
    for piece in row_read.region.pieces:
        if piece.kind == "text":
            if len(cells) > 3:
                break
            continue
        span = piece.span
        cells += (piece.text, span.start, span.end)
        end = max(end, span.end)
    return flat_table_row(Span(start, end), tuple(cells), row_read.row.key)


def _header_row(folded: str, at: int) -> bool:
    """Whether the line at ``at`` is a Markdown table's header row: the next line is its rule
    (``|---|---|``), as converters write one for each table, often with placeholder heads (数据1).
    """
    start = folded.find("\n", at) + 1
    if not start:
        return False
    stop = folded.find("\n", start)
    following = folded[start : stop if stop >= 0 else len(folded)].strip()
    return "---" in following and not following.strip("|-: \t")


def _unknown_rows(source: SourceText, row_read: RowRead, read: TableRead, extractor: str,
                  out: Emitted) -> Iterable[TableRow]:
    """Rows printed after this row's cells that no form row matched: keep them, and say so."""
    pieces = list(row_read.region.pieces)
    started = False
    rest_start: int | None = None
    for piece in pieces:
        if piece.kind == "text" and (started or set_aside_number(piece)):  # after the cells, or a row's number
            rest_start = piece.span.start
            break
        if piece.kind != "text":
            started = True
    if rest_start is None and row_read.region.rest is not None:
        rest_start = row_read.region.rest.start
    if rest_start is None or rest_start >= row_read.region.span.end:
        return []
    region = read_region(source, Span(rest_start, row_read.region.span.end), after_label=False)
    found: list[TableRow] = []
    label: list[tuple[str, Span]] = []
    cells: list[CellTuple] = []

    def flush() -> None:
        if label and cells:
            text = "".join(t for t, _ in label)
            start, label_end = label[0][1].start, max(label[0][1].end, label[-1][1].end)
            span = Span(start, max(label_end, cells[-1][2]))
            if (len(text) <= MAX_UNKNOWN_LABEL and "。" not in text and not _header_row(source.folded, cells[0][1])
                    and not any(c.span.start == cells[0][1] for c in row_read.cells)):  # no row's own cells
                found.append(TableRow(span=span, cells=[(text, start, label_end), *cells]))
                out.diagnostics.append(diagnostic("GD205", span=span, extractor=extractor, row=text,
                                                  form=read.table.title))

    for piece in region.pieces:
        if piece.kind == "text":
            if cells:
                flush()
                label, cells = [], []
            label.append((piece.text, piece.span))
        elif piece.kind in ("number", "na", "unit", "blank") and label:
            cells.append((piece.text, piece.span.start, piece.span.end))
    flush()
    return found


def sum_values(source: SourceText, parts: list[Value[Any]], extractor: str) -> Value[Any]:
    """A ``derived`` value: the sum of ``parts``, its span covering them."""
    span = Span.covering(p.span for p in parts if len(p.span)) or parts[0].span
    total = sum(p.value for p in parts)
    return Value(value=total, span=span, raw=source.original[span.start : span.end], extractor=extractor,
                 unit=parts[0].unit, origin=Origin.DERIVED)


def derive_cross_keys(out: Emitted, source: SourceText, extractor: str,
                      rules: Iterable[tuple[str, tuple[str, ...]]]) -> None:
    """Fill cross-layout keys from table cells: equal to one cell, or the ``derived`` sum of several.

    A key whose cells are claimed but not all read is claimed and left empty.
    """
    for key, parts in rules:
        if not any(p in out.claimed for p in parts):
            continue
        out.claimed.add(key)
        found = [out.values[p] for p in parts if p in out.values]
        if len(found) != len(parts):
            continue
        out.values[key] = found[0] if len(found) == 1 else sum_values(source, found, extractor)


def emit_standard(source: SourceText, read: StandardRead, extractor: str) -> Emitted:
    """The values of the standard tables, cross-layout keys included; a blank template says so."""
    out = Emitted()
    for table in read.tables:
        emit(table, source, extractor, out)
    derive_cross_keys(out, source, extractor, CROSS_KEYS)
    if read.blank_template:
        out.diagnostics.append(diagnostic("GD105", span=None, extractor=extractor, table="表三（依申请公开）"))
    return out


def table_score(read: TableRead) -> float:
    """How sure a reader is that ``read`` is a real table: 0.3 plus 0.05 per row read, at most 1."""
    rows = sum(1 for r in read.rows if r.cells)
    return min(1.0, 0.3 + 0.05 * rows)


def standard_score(read: StandardRead) -> float:
    """0.5 plus 0.02 per row read, at most 1; a blank template scores 0.5 (its diagnostic is reported)."""
    rows = sum(1 for t in read.tables for r in t.rows if r.cells)
    return 0.5 if read.blank_template else min(1.0, 0.5 + 0.02 * rows)


def mostly_pipes(read: StandardRead) -> bool:
    """Whether most standard tables are written with pipe cells."""
    renderings = [t.rendering for t in read.tables]
    return bool(renderings) and renderings.count(Rendering.PIPES) * 2 > len(renderings)


_FILLED = lazy_pattern(r"填报(?:日期|时间)\s*[:：]?")
_FORM_YEAR = lazy_pattern(r"[（(]\s*((?:19|20)[0-9]{2})\s*年度?\s*[)）]")


def form_date_check(source: SourceText, read: TableRead, extractor: str) -> list[Diagnostic]:
    """A 填报日期 under a pre-2019 form that falls before the end of the year the form reports on."""
    folded = source.folded
    found = _FILLED.search(folded, read.span.start)
    if found is None:
        return []
    dates = find_dates(folded, found.end(), min(len(folded), found.end() + 20))
    years = [int(y) for y in _FORM_YEAR.findall(folded[max(0, read.span.start - 300) : read.span.start])]
    if not dates or not years:
        return []
    date = dates[0]
    if date.date.year <= years[-1] and not (date.date.month == 12 and date.date.day == 31):
        return [diagnostic("GD305", span=Span(date.start, date.end), extractor=extractor, what="填报日期",
                           date=date.date.isoformat(), year=years[-1])]
    return []
