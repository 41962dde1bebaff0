"""Our own report texts and the renderings of them the input readers must see through.

``REPORTS`` are synthetic reports written for these tests (and the example report shipped with the
project); ``to_html`` lays a text report out as a web page: prose lines as paragraphs, runs of
table lines as ``<table>`` rows with one ``<td>`` per field, with optional variations that real
pages show (page chrome, scripts, cells wrapped in ``<p>``, long labels broken by ``<br>``, group
labels merged over the rows below with ``rowspan``, label cells with ``colspan``, ``&nbsp;`` for a
blank table-三 cell, a layout table around the whole page).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import attrs

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
REPORTS: dict[str, str] = {
    path.stem: path.read_text(encoding="utf-8")
    for path in (ROOT / "examples" / "reports" / "county_2022_standard.txt", *sorted((HERE / "reports").glob("*.txt")))
}

TEXT_KEYS = frozenset({"title", "agency", "source", "signed", "document_number", "index_number"})
"""Record keys holding text as printed (traditional in a traditional copy)."""


def values_of(report) -> dict[str, object]:
    """The report's record without the diagnostic counts: what every rendering must agree on."""
    return {k: v for k, v in report.to_record().items() if not k.startswith("diagnostics.")}


def statistics_of(report) -> dict[str, object]:
    """``values_of`` without the keys that hold printed text."""
    return {k: v for k, v in values_of(report).items() if k not in TEXT_KEYS}


_NUMBER = re.compile(r"[0-9][0-9.,]*(?:万元|元)?|-")
_PROSE = re.compile(r"[。；，,：:]")


@attrs.frozen
class Page:
    """How a page is drawn."""

    chrome: bool = False
    """Navigation, a script, a style and a footer around the report."""
    wrap_cells: bool = False
    """Each cell's text inside a ``<p>``."""
    break_labels: bool = False
    """Labels longer than 8 characters broken by a ``<br>`` in the middle."""
    merge_groups: bool = False
    """A one-cell line followed by table rows becomes a ``rowspan`` cell beside them."""
    span_labels: bool = False
    """Label cells of rows with values get ``colspan="2"``."""
    blank_zeros: bool = False
    """Zeros of table-三 rows (seven values) printed as ``&nbsp;``."""
    layout_table: bool = False
    """The whole report inside one cell of a layout table."""


def _fields(line: str) -> list[str]:
    return line.split()


def _is_table_line(line: str) -> bool:
    fields = _fields(line)
    return (len(fields) >= 2 and not _PROSE.search(line)) or (len(fields) == 1 and not _PROSE.search(line)
                                                             and len(line) <= 40)


def _cell(text: str, page: Page, attributes: str = "") -> str:
    body = html.escape(text)
    if page.break_labels and len(text) > 8 and not _NUMBER.fullmatch(text):
        middle = len(text) // 2
        body = f"{html.escape(text[:middle])}<br/>{html.escape(text[middle:])}"
    if page.blank_zeros and text == "0":
        body = "&nbsp;"
    if page.wrap_cells:
        body = f"<p style='text-align:center'>{body}</p>"
    return f"<td{attributes}>{body}</td>"


def _table(lines: list[str], page: Page) -> str:
    rows: list[str] = []
    index = 0
    while index < len(lines):
        fields = _fields(lines[index])
        blank = page.blank_zeros and len(fields) == 8
        cells_page = attrs.evolve(page, blank_zeros=blank)
        first = ""
        if page.merge_groups and len(fields) == 1 and index + 1 < len(lines) and len(_fields(lines[index + 1])) > 1:
            span = 1
            while index + 1 + span < len(lines) and len(_fields(lines[index + 1 + span])) > 1:
                span += 1
            first = _cell(fields[0], page, f' rowspan="{span}"')
            index += 1
            fields = _fields(lines[index])
            blank = page.blank_zeros and len(fields) == 8
            cells_page = attrs.evolve(page, blank_zeros=blank)
        label = ' colspan="2"' if page.span_labels and len(fields) > 1 and not _NUMBER.fullmatch(fields[0]) else ""
        cells = [_cell(fields[0], page, label), *(_cell(f, cells_page) for f in fields[1:])]
        rows.append(f"<tr>{first}{''.join(cells)}</tr>")
        index += 1
    return f"<table border='1'><tbody>{''.join(rows)}</tbody></table>"


def to_html(text: str, page: Page | None = None) -> str:
    """``text`` laid out as an HTML page (see ``Page``)."""
    page = page or Page()
    parts: list[str] = []
    lines = [line for line in text.splitlines() if line.strip()]
    index = 0
    while index < len(lines):
        if len(_fields(lines[index])) >= 2 and _is_table_line(lines[index]):
            end = index
            while end < len(lines) and _is_table_line(lines[end]):
                end += 1
            # single-field lines at the end of a run belong to the prose that follows
            while end > index and len(_fields(lines[end - 1])) == 1:
                end -= 1
            parts.append(_table(lines[index:end], page))
            index = end
        else:
            parts.append(f"<p>{html.escape(lines[index])}</p>")
            index += 1
    body = "\n".join(parts)
    if page.layout_table:
        body = f"<table width='100%'><tr><td class='content'>{body}</td></tr></table>"
    if page.chrome:
        body = ("<div class='top'><nav><ul><li><a href='/'>首页</a></li><li><a href='/zwgk'>政务公开</a></li></ul></nav>"
                "<script>var _hmt = _hmt || []; document.write('<td>1</td>');</script></div>"
                f"<div class='article'>{body}</div>"
                "<footer><p>主办：某某人民政府办公室</p><p>网站标识码：0000000000</p></footer>")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>年度报告</title>"
            f"<style>td {{ border: 1px solid; }}</style></head><body>{body}</body></html>")
