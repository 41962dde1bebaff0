"""How a report is shown: HTML for Jupyter (``AnnualReport._repr_html_``) and text for a terminal.

Both views are drawn from the same plan, built by ``blocks(report)``:

- the metadata, each value with the text it was read from;
- the statistics laid out as the official form the report follows, rows and columns in the form's
  order (table 三 of the standard formats as its 7-column grid, table 四 as 3 rows × 5 outcomes,
  the pre-2019 forms as label/value rows), from the form vocabulary in ``govdisclosure.forms``;
- every other value (prose figures, totals shared across layouts) as label/value rows;
- the diagnostics, each with the text it concerns.

Cells show how a value stands: ``≈`` approximate, ``≥``/``≤`` a bound; in HTML a blank cell read
as 0 is grey, a derived sum italic, and hovering a cell shows its key, source text and position.
IPython is never imported; everything from the report is escaped.

>>> import govdisclosure as gd
>>> report = gd.parse("某某县2018年政府信息公开工作年度报告\\n今年共收到政府信息公开申请12件。")
>>> print(report_text(report).splitlines()[0])
某某县2018年政府信息公开工作年度报告
>>> "<table" in report_html(report) and "&lt;" not in report_html(report)
True
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from govdisclosure.forms import PRE_2019_TABLES, STANDARD_TABLES, FormTable, RowKind
from govdisclosure.record import DICTIONARY_BY_KEY, iter_values
from govdisclosure.schema import Diagnostic, Form, Metadata, Origin, Qualifier, Severity, Span, Value
from govdisclosure.text.width import width

if TYPE_CHECKING:
    from govdisclosure.schema import AnnualReport

CONTEXT = 12
"""Characters shown on each side of a diagnostic's text."""
MAX_QUOTE = 80
"""Longer quoted spans are cut in the middle."""
LABEL_WIDTH = 34
"""Terminal columns given to row labels; longer labels are cut with an ellipsis."""

_MARKS = {Qualifier.APPROXIMATE: "≈", Qualifier.AT_LEAST: "≥", Qualifier.AT_MOST: "≤", Qualifier.EXACT: ""}


# --- the plan --------------------------------------------------------------------------------------


@attrs.frozen
class Heading:
    """A group row of a form (``（三）不予公开``): a label over the rows that follow."""

    label: str


@attrs.frozen
class Columns:
    """The value-column headers for the rows that follow (they change inside table 二).

    ``label`` heads the label column (``信息内容``).
    """

    labels: tuple[str, ...]
    label: str = ""


@attrs.frozen
class Line:
    """A row: its label and its cells, each a value or ``None`` where the report gives none."""

    label: str
    keys: tuple[str, ...]
    cells: tuple[Value[Any] | None, ...]


Entry: TypeAlias = "Heading | Columns | Line"


@attrs.frozen
class Grid:
    """A titled table of rows."""

    title: str
    rows: tuple[Entry, ...]


def blocks(report: AnnualReport) -> tuple[Grid, ...]:
    """The tables that show ``report``'s metadata and statistics, in reading order."""
    values = dict(iter_values(report))
    shown: set[str] = set()
    grids = [_metadata_grid(report, values)]
    shown.update(field.name for field in attrs.fields(Metadata))
    for table in _form_tables(report.form):
        grid = _form_grid(table, values)
        if grid is not None:
            grids.append(grid)
            shown.update(key for line in grid.rows if isinstance(line, Line) for key in line.keys)
    rest = [Line(_label(key), (key,), (value,)) for key, value in values.items() if key not in shown]
    if rest:
        grids.append(Grid("Other values", tuple(rest)))
    return tuple(grids)


def _label(key: str) -> str:
    entry = DICTIONARY_BY_KEY[key]
    return entry.labels[0] if entry.labels else key


def _metadata_grid(report: AnnualReport, values: Mapping[str, Value[Any]]) -> Grid:
    rows: list[Entry] = [Line(field.name, (field.name,), (values.get(field.name),))
                         for field in attrs.fields(Metadata) if field.name != "title"]
    return Grid(report.metadata.title.value if report.metadata.title else "(no title found)", tuple(rows))


def _form_tables(form: Form | None) -> tuple[FormTable, ...]:
    """The tables of ``form``; table 四 serves both versions of the standard format."""
    if form is None:
        return ()
    if any(table.form is form for table in STANDARD_TABLES):
        families: dict[str, FormTable] = {}
        for table in STANDARD_TABLES:
            family = table.name.split("_")[0]
            if family not in families or table.form is form:
                families[family] = table
        return tuple(families.values())
    return tuple(table for table in PRE_2019_TABLES if table.form is form)


def _form_grid(table: FormTable, values: Mapping[str, Value[Any]]) -> Grid | None:
    """``table`` filled with ``values``, or ``None`` when the report gives none of its cells.

    Rows are in the form's order, labelled with the form's label. A table whose blocks have their
    own columns (table 二) repeats the column headers under each block's heading.
    """
    rows: list[Entry] = []
    columns: tuple[str, ...] = ()
    blockwise = any(row.columns is not None for row in table.rows)
    for row in table.rows:
        if row.kind is RowKind.GROUP:
            rows.append(Heading(row.labels[0]))
            if blockwise:
                columns = ()
            continue
        cells = table.columns_of(row)
        keys = tuple(key for key in (table.cell_key(row, c) for c in cells or (None,)) if key is not None)
        heads = tuple(c.labels[0] for c in cells)
        if heads and heads != columns:
            label = rows.pop().label if blockwise and rows and isinstance(rows[-1], Heading) else ""
            rows.append(Columns(heads, label))
            columns = heads
        rows.append(Line(row.labels[0], keys, tuple(values.get(key) for key in keys)))
    if not any(cell is not None for line in rows if isinstance(line, Line) for cell in line.cells):
        return None
    return Grid(table.title, tuple(rows))


# --- cells and quotes --------------------------------------------------------------------------------


def shown(value: Value[Any] | None, *, unit: bool = False) -> str:
    """A value as a cell shows it: ``≈1200``, ``318.5``, ``2023-01-18``; ``""`` for none.

    >>> shown(Value(value=Decimal("3185000"), span=Span(0, 5), raw="318.5", extractor="standard", unit="元"),
    ...       unit=True)
    '3185000 元'
    """
    if value is None:
        return ""
    item = value.value
    if isinstance(item, Decimal):
        text = f"{item:f}"
    elif isinstance(item, dt.date):
        text = item.isoformat()
    else:
        text = str(item)
    text = _MARKS[value.qualifier] + text
    if unit and value.unit and value.unit != "年":
        text += f" {value.unit}"
    return text


def _flat(text: str) -> str:
    """Text on one line: line breaks shown as ⏎, tabs as ⇥."""
    return text.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎").replace("\t", "⇥")


def _cut(text: str, limit: int = MAX_QUOTE) -> str:
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return f"{text[:half]}…{text[-half:]}"


def quote(report: AnnualReport, span: Span, context: int = CONTEXT) -> tuple[str, str, str]:
    """``(before, the span's text, after)`` on one line, with ``context`` characters around."""
    text = report.text
    before = text[max(0, span.start - context) : span.start]
    after = text[span.end : span.end + context]
    return _flat(before), _cut(_flat(text[span.start : span.end])), _flat(after)


def summary(report: AnnualReport) -> str:
    """One line under the title: layout, form, and the diagnostics by severity."""
    counts = {s: sum(1 for d in report.diagnostics if d.severity is s) for s in Severity}
    return (f"layout {report.layout.value}, form {report.form.value if report.form else '-'}, "
            f"annual report: {report.is_annual_report}; " + ", ".join(f"{n} {s.value}" for s, n in counts.items()))


def _where(value: Value[Any]) -> str:
    origin = "" if value.origin is Origin.PRINTED else f", {value.origin.value}"
    return f"«{_cut(_flat(value.raw), 40)}» at {value.span.start}:{value.span.end}, by {value.extractor}{origin}"


# --- HTML ---------------------------------------------------------------------------------------------


_STYLE = """<style>
.gd-report table{border-collapse:collapse;margin:0.3em 0 0.8em 0;font-size:0.9em}
.gd-report th,.gd-report td{border:1px solid rgba(127,127,127,0.35);padding:1px 6px;text-align:right}
.gd-report th.gd-label,.gd-report td.gd-label{text-align:left}
.gd-report tr.gd-heading td{text-align:left;font-weight:bold;background:rgba(127,127,127,0.08)}
.gd-report .gd-blank{opacity:0.5}
.gd-report .gd-derived{font-style:italic}
.gd-report .gd-quote{text-align:left;opacity:0.8}
.gd-report mark{background:rgba(255,200,0,0.45)}
.gd-report .gd-error{color:#c0392b}
.gd-report .gd-warning{color:#b9770e}
</style>"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _html_cell(key: str, value: Value[Any] | None, *, single: bool) -> str:
    if value is None:
        return "<td></td>"
    classes = [{Origin.BLANK: "gd-blank", Origin.DERIVED: "gd-derived"}.get(value.origin, "")]
    if not _numeric(value):
        classes.append("gd-label")
    attribute = " ".join(c for c in classes if c)
    attribute = f" class='{attribute}'" if attribute else ""
    return f"<td{attribute} title='{_e(key)}: {_e(_where(value))}'>{_e(_cell(value, single=single))}</td>"


def _html_grid(grid: Grid, *, first: bool = False) -> str:
    parts = [f"<h4>{_e(grid.title)}</h4>" if first else f"<h5>{_e(grid.title)}</h5>", "<table>"]
    width = max((len(r.cells) for r in grid.rows if isinstance(r, Line)), default=1)
    single = all(len(r.cells) == 1 for r in grid.rows if isinstance(r, Line))
    for row in grid.rows:
        if isinstance(row, Heading):
            parts.append(f"<tr class='gd-heading'><td colspan='{width + 1}'>{_e(row.label)}</td></tr>")
        elif isinstance(row, Columns):
            heads = "".join(f"<th>{_e(label)}</th>" for label in row.labels)
            parts.append(f"<tr><th class='gd-label'>{_e(row.label)}</th>{heads}</tr>")
        else:
            cells = "".join(_html_cell(key, cell, single=single) for key, cell in zip(row.keys, row.cells, strict=True))
            source = ""
            if single:
                value = row.cells[0]
                source = f"<td class='gd-quote'>{_e(_cut(_flat(value.raw), 40))}</td>" if value else "<td></td>"
            parts.append(f"<tr><td class='gd-label'>{_e(row.label)}</td>{cells}{source}</tr>")
    parts.append("</table>")
    return "".join(parts)


def _html_diagnostics(report: AnnualReport) -> str:
    heads = "".join(f"<th class='gd-label'>{name}</th>" for name in ("code", "severity", "message", "text"))
    parts = ["<h5>Diagnostics</h5><table>", f"<tr>{heads}</tr>"]
    for item in report.diagnostics:
        text = ""
        if item.span is not None:
            before, middle, after = quote(report, item.span)
            text = f"{_e(before)}<mark>{_e(middle)}</mark>{_e(after)}"
        parts.append(f"<tr class='gd-{_e(item.severity.value)}'><td class='gd-label'>{_e(item.code)}</td>"
                     f"<td class='gd-label'>{_e(item.severity.value)}</td><td class='gd-label'>{_e(item.message)}</td>"
                     f"<td class='gd-quote'>{text}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


def _html_text(report: AnnualReport) -> str:
    """The whole text with every printed value marked, folded away in a ``<details>``."""
    spans = sorted((value.span, key) for key, value in iter_values(report)
                   if value.origin in {Origin.PRINTED, Origin.NEGATION} and value.span)
    parts: list[str] = []
    end = 0
    for span, key in spans:
        if span.start < end:
            continue
        parts.append(_e(report.text[end : span.start]))
        parts.append(f"<mark title='{_e(key)}'>{_e(report.text[span.start : span.end])}</mark>")
        end = span.end
    parts.append(_e(report.text[end:]))
    return ("<details><summary>text, with the values read marked</summary>"
            f"<pre style='white-space:pre-wrap'>{''.join(parts)}</pre></details>")


def report_html(report: AnnualReport) -> str:
    """The HTML view of ``report`` (what ``_repr_html_`` shows in Jupyter)."""
    grids = blocks(report)
    parts = ["<div class='gd-report'>", _STYLE, _html_grid(grids[0], first=True), f"<p>{_e(summary(report))}</p>"]
    parts.extend(_html_grid(grid) for grid in grids[1:])
    if report.diagnostics:
        parts.append(_html_diagnostics(report))
    if report.text:
        parts.append(_html_text(report))
    parts.append("</div>")
    return "".join(parts)


# --- text ---------------------------------------------------------------------------------------------


def _fit(text: str, columns: int, *, right: bool = False) -> str:
    """``text`` cut or padded to ``columns`` terminal columns."""
    if width(text) > columns:
        while text and width(text) > columns - 1:
            text = text[:-1]
        text += "…"
    pad = " " * (columns - width(text))
    return pad + text if right else text + pad


def _numeric(value: Value[Any] | None) -> bool:
    return value is None or isinstance(value.value, int | Decimal)


def _cell(value: Value[Any] | None, *, single: bool) -> str:
    """A cell's text; units are shown in label/value rows, and for money everywhere (yuan, not 万元)."""
    return shown(value, unit=single or (value is not None and value.unit == "元"))


def _section_widths(grid: Grid, *, single: bool) -> list[list[int]]:
    """Column widths of each run of rows under one ``Columns`` header."""
    sections: list[list[int]] = []
    for row in grid.rows:
        if isinstance(row, Columns):
            sections.append([width(label) for label in row.labels])
        elif isinstance(row, Line):
            if not sections:
                sections.append([])
            widths = sections[-1]
            widths.extend([1] * (len(row.cells) - len(widths)))
            for index, cell in enumerate(row.cells):
                widths[index] = max(widths[index], width(_cell(cell, single=single)))
    return sections


def _text_grid(grid: Grid) -> list[str]:
    lines = ["", grid.title]
    single = all(len(r.cells) == 1 for r in grid.rows if isinstance(r, Line))
    sections = iter(_section_widths(grid, single=single))
    widths: list[int] = []
    for row in grid.rows:
        if isinstance(row, Heading):
            lines.append(f"  {row.label}")
        elif isinstance(row, Columns):
            widths = next(sections)
            heads = " ".join(_fit(h, w, right=True) for h, w in zip(row.labels, widths, strict=True))
            lines.append(f"    {_fit(row.label, LABEL_WIDTH)} {heads}")
        else:
            if not widths:
                widths = next(sections)
            cells = " ".join(_fit(_cell(c, single=single) or "-", w, right=_numeric(c))
                             for c, w in zip(row.cells, widths, strict=False))
            source = ""
            if single and row.cells[0] is not None:
                source = f"  «{_cut(_flat(row.cells[0].raw), 30)}»"
            lines.append(f"    {_fit(row.label, LABEL_WIDTH)} {cells}{source}".rstrip())
    return lines


def _text_diagnostics(diagnostics: Iterable[Diagnostic], report: AnnualReport) -> list[str]:
    lines = ["", "Diagnostics"]
    for item in diagnostics:
        lines.append(f"  {item.code} {item.severity.value:<7} {item.message}")
        if item.span is not None:
            before, middle, after = quote(report, item.span)
            lines.append(f"        {before}[{middle}]{after}   (at {item.span.start}:{item.span.end})")
    return lines


def report_text(report: AnnualReport) -> str:
    """The terminal view of ``report`` (what ``govdisclosure show`` prints)."""
    grids = blocks(report)
    lines = [grids[0].title, f"  {summary(report)}"]
    lines.extend(_text_grid(grids[0])[2:])
    for grid in grids[1:]:
        lines.extend(_text_grid(grid))
    if report.diagnostics:
        lines.extend(_text_diagnostics(report.diagnostics, report))
    return "\n".join(lines)
