"""HTML to text with the table structure kept, for the table readers.

- One line per table row (``<tr>``), cells separated by a tab: a blank cell between two tabs is a
  blank cell, a trailing tab a blank last cell. ``<br>`` and paragraphs inside a cell are joined
  without a line break (``本年新<br>制作数量`` is one cell).
- Merged cells: a ``colspan`` cell is written once, not padded with empty cells, so a row reads
  ``label, value, value …`` as in every other rendering: the readers map the cells after a row's
  label to the form's columns by position, and the forms merge whole columns (header and values
  alike), so padding shifts values. Measured on the dev corpus' HTML page (the 2019 form, 21
  ``colspan`` and 12 ``rowspan`` cells): 111/111 labelled values read unpadded, 73/111 with
  ``colspan`` padded. A ``rowspan`` cell leaves an empty cell in the rows below when it sits
  between their own cells (a value column), not before their first cell (a group label such as
  ``三、本年度办理结果`` beside its sub-rows) nor after their last. ``grid=True`` pads both, as a
  spreadsheet would show the table.
- Block elements (``p``, ``div``, headings, list items …) end a line; white space inside text is
  collapsed as a browser does, except in ``pre``.
- Scripts, styles, ``head``, navigation (``nav``, ``role="navigation"``), form controls and
  elements hidden by ``hidden``, ``aria-hidden`` or an inline ``display:none`` are dropped. Other
  page chrome (share buttons, breadcrumbs) is left for the furniture detector, which knows the words.
- A *layout* table (one that holds another table, or a cell with more than ``MAX_CELL_BLOCKS``
  blocks or ``MAX_CELL_CHARS`` characters) is read as blocks, not as a grid, so a page laid out in
  a table keeps its paragraphs and its inner data tables keep their rows.

Two parsers feed the same writer: selectolax (Lexbor, the ``[html]`` extra) when installed, else
the standard library's ``html.parser``. Both give the same text on well-formed pages; Lexbor also
repairs broken markup as a browser would. Measured on a 16 KB report page: 2.4 ms with selectolax,
4.9 ms with ``html.parser`` (the Python walk, not the parsing, is most of it: Lexbor parses the page
in 0.2 ms). Both are linear in the size of the page: the tree is walked without recursion, the
layout decision is one pass over the events, and a page that leaves thousands of blocks open (which
makes any HTML tree builder quadratic) goes to ``html.parser``.

>>> to_text("<p>标题</p><table><tr><td>规章</td><td>13</td><td></td></tr></table>")
'标题\\n规章\\t13\\t'
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Iterator
from typing import Literal, Protocol

import attrs
import regex

Backend = Literal["auto", "selectolax", "stdlib"]

MAX_CELL_BLOCKS = 6
"""Block elements inside one cell above which its table is a layout table (data cells of the forms
hold one or two paragraphs)."""

MAX_CELL_CHARS = 400
"""Characters inside one cell above which its table is a layout table (the longest form label is
under 60 characters)."""

MAX_SPAN = 64
"""``colspan``/``rowspan`` values are clamped to this (the forms' widest table has 10 columns)."""

MAX_COLUMNS = 256
"""Columns up to which cells left by ``rowspan`` are tracked: rows of wide merged cells would
otherwise leave thousands of empty cells in each row below (40 characters of output per input
byte, measured), and a row's cost would grow with the table."""

SKIPPED = frozenset({
    "script", "style", "noscript", "template", "head", "title", "nav", "select", "option", "button",
    "iframe", "object", "embed", "svg", "canvas", "textarea", "input", "map", "audio", "video",
})
"""Elements dropped with everything inside them."""

VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
})
"""Elements that never have an end tag."""

BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "menu", "ol", "p", "pre", "section", "summary", "ul", "caption",
    "body", "html", "tbody", "thead", "tfoot",
})
"""Elements that end a line."""

NESTING = ("div", "section", "article", "aside", "blockquote", "center", "ul", "ol", "dl", "fieldset", "figure",
           "header", "footer", "main", "form", "details", "address", "menu", "dir", "hgroup")
"""Block elements that nest: the HTML tree builder checks the open elements at each of their start
tags, so thousands left open make it quadratic (Lexbor: 0.4 s for 13,000 open ``<div>``, 10.8 s for
52,000)."""

MAX_OPEN = 1000
"""Start tags of ``NESTING`` elements in excess of their end tags above which a page is read with the
standard library's parser, which does not build the tree and stays linear (real pages nest a few
dozen deep)."""

HIDDEN_ROLES = frozenset({"navigation", "menubar", "menu", "banner", "search"})

_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
_SPACE = regex.compile(r"[ \t\n\r\f]+")
_SPAN_VALUE = regex.compile(r"\s*([0-9]{1,6})")
_CELL_SPACE = regex.compile(r"\s+")

START, END, TEXT = 0, 1, 2
Event = tuple[int, str, str, int, int]
"""``(kind, tag, text, colspan, rowspan)``; ``text`` is the data of a TEXT event."""


def _span(value: str | None) -> int:
    if value is None:
        return 1
    digits = _SPAN_VALUE.match(value)
    return min(max(int(digits.group(1)), 1), MAX_SPAN) if digits else 1


def _hidden(attrs_: dict[str, str | None]) -> bool:
    if not attrs_:
        return False
    if "hidden" in attrs_ or (attrs_.get("aria-hidden") or "").strip().lower() == "true":
        return True
    if (attrs_.get("role") or "").strip().lower() in HIDDEN_ROLES:
        return True
    style = attrs_.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style or "") is not None


def _start(tag: str, attrs_: dict[str, str | None]) -> Event:
    if tag in ("td", "th"):
        return (START, tag, "", _span(attrs_.get("colspan")), _span(attrs_.get("rowspan")))
    return (START, tag, "", 1, 1)


# --- front ends: markup → events --------------------------------------------------------------


def _lexbor_events(markup: str) -> Iterator[Event]:
    lexbor = importlib.import_module("selectolax.lexbor")
    root = lexbor.LexborHTMLParser(markup).root
    if root is None:
        return
    top = root.mem_id
    node = root
    while True:
        tag = node.tag or ""
        descend = False
        if tag == "-text":
            yield (TEXT, "", node.text_content or "", 1, 1)
        elif tag and tag[0] not in "-_!" and tag not in SKIPPED:
            attributes = node.attributes
            if not _hidden(attributes):
                yield _start(tag, attributes)
                descend = True
        if descend and tag not in VOID and node.child is not None:
            node = node.child
            continue
        if descend:
            yield (END, tag, "", 1, 1)
        # to the next sibling, closing the elements climbed out of (no recursion: deep pages are fine)
        while True:
            if node.mem_id == top:
                return
            if node.next is not None:
                node = node.next
                break
            node = node.parent
            if node is None:
                return
            yield (END, node.tag or "", "", 1, 1)


class _EventParser(Protocol):
    events: list[Event]
    rawdata: str

    def feed(self, data: str) -> None: ...
    def close(self) -> None: ...
    def handle_data(self, data: str) -> None: ...


@functools.cache
def _stdlib_parser() -> Callable[[], _EventParser]:
    """The ``html.parser`` front end (built on first use: ``html.parser`` costs 12 ms to import)."""
    from html.parser import HTMLParser  # noqa: PLC0415

    class _StdlibParser(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.events: list[Event] = []
            self.skipping: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if self.skipping:
                if tag == self.skipping[-1] and tag not in VOID:
                    self.skipping.append(tag)
                return
            attributes = dict(attrs)
            if tag in SKIPPED or _hidden(attributes):
                if tag not in VOID:
                    self.skipping.append(tag)
                return
            self.events.append(_start(tag, attributes))
            if tag in VOID:
                self.events.append((END, tag, "", 1, 1))

        def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if not self.skipping and tag not in SKIPPED and not _hidden(dict(attrs)):
                self.events.append(_start(tag, dict(attrs)))
                self.events.append((END, tag, "", 1, 1))

        def handle_endtag(self, tag: str) -> None:
            if self.skipping:
                if tag == self.skipping[-1]:
                    self.skipping.pop()
                return
            if tag not in VOID:
                self.events.append((END, tag, "", 1, 1))

        def handle_data(self, data: str) -> None:
            if not self.skipping:
                self.events.append((TEXT, "", data, 1, 1))

        def parse_html_declaration(self, i: int) -> int:
            try:
                return super().parse_html_declaration(i)
            except AssertionError:  # ``<![foo`` ends in an assertion in _markupbase: read it as text
                self.handle_data(self.rawdata[i : i + 2])
                return i + 2

    return _StdlibParser


def _stdlib_events(markup: str) -> list[Event]:
    parser = _stdlib_parser()()
    try:
        parser.feed(markup)
        parser.close()
    except AssertionError:  # pragma: no cover - a parser state the standard library asserts against
        parser.handle_data(parser.rawdata)
    return parser.events


# --- the writer: events → lines --------------------------------------------------------------


def _layout_tables(events: list[Event]) -> set[int]:
    """Indexes of the START events of layout tables (one pass, a stack of open tables)."""
    layout: set[int] = set()
    open_tables: list[int] = []
    blocks = chars = 0
    for index, (kind, tag, text, _, _) in enumerate(events):
        if kind == START and tag == "table":
            if open_tables:
                layout.add(open_tables[-1])
            open_tables.append(index)
            blocks = chars = 0
        elif kind == END and tag == "table" and open_tables:
            open_tables.pop()
        elif not open_tables:
            continue
        elif kind == START and tag in ("td", "th", "tr"):
            blocks = chars = 0
        elif kind == START and tag in BLOCKS:
            blocks += 1
        elif kind == TEXT:
            chars += len(text)
        if open_tables and (blocks > MAX_CELL_BLOCKS or chars > MAX_CELL_CHARS):
            layout.add(open_tables[-1])
    return layout


@attrs.define
class _Table:
    layout: bool
    row: list[tuple[str, int, int]] | None = None
    cell: list[str] | None = None
    spans: tuple[int, int] = (1, 1)
    rows: int = 0
    """Rows written so far."""
    carry: dict[int, int] = attrs.field(factory=dict)
    """Column → the last row (by number) that a cell of an earlier row covers it in."""


@attrs.define
class _Writer:
    lines: list[str] = attrs.field(factory=list)
    line: list[str] = attrs.field(factory=list)
    tables: list[_Table] = attrs.field(factory=list)
    pre: int = 0
    grid: bool = False

    # lines outside cells
    def text(self, data: str) -> None:
        table = self.tables[-1] if self.tables else None
        if table is not None and table.cell is not None:
            table.cell.append(data if self.pre else _CELL_SPACE.sub(" ", data))
        elif self.pre:
            self.line.append(data)
        else:
            self.line.append(_SPACE.sub(" ", data))

    def brk(self) -> None:
        table = self.tables[-1] if self.tables else None
        if table is not None and table.cell is not None:
            table.cell.append("\n")  # a soft break inside a cell, joined when the cell ends
            return
        self.flush()

    def flush(self) -> None:
        if self.line:
            text = "".join(self.line)
            self.line = []
            # split, not a pattern: ``[ \t]*\n`` would rescan a long run of spaces from each of them
            kept = [part.strip(" ") for part in text.replace("\t", " ").split("\n")]
            self.lines.extend(part for part in kept if part.strip())

    # tables
    def open_table(self, layout: bool) -> None:
        self.flush()
        self.tables.append(_Table(layout=layout))

    def close_table(self) -> None:
        if self.tables:
            if not self.tables[-1].layout:
                self.end_row()
            self.tables.pop()
        self.flush()

    def open_row(self) -> None:
        self.end_row()
        self.flush()
        self.tables[-1].row = []

    def end_row(self) -> None:
        table = self.tables[-1]
        self.end_cell()
        if table.row is not None:
            row = table.row
            table.row = None
            cells = _placed(row, table.carry, table.rows, grid=self.grid)
            table.rows += 1
            if any(cells):
                self.lines.append("\t".join(cells))

    def open_cell(self, colspan: int, rowspan: int) -> None:
        table = self.tables[-1]
        self.end_cell()
        if table.row is None:
            self.flush()
            table.row = []
        table.cell = []
        table.spans = (colspan, rowspan)

    def end_cell(self) -> None:
        table = self.tables[-1]
        if table.cell is None or table.row is None:
            table.cell = None
            return
        pieces = [p for p in ("".join(table.cell).replace("\t", " ").split("\n")) if p.strip()]
        table.cell = None
        joined: list[str] = []
        for piece in pieces:
            piece = piece.strip()  # noqa: PLW2901 - the piece, trimmed
            if joined and _latin(joined[-1][-1]) and _latin(piece[0]):
                joined.append(" ")  # ``Tel<br>123`` keeps a space; Chinese text joins without one
            joined.append(piece)
        table.row.append(("".join(joined), *table.spans))


def _latin(character: str) -> bool:
    return character.isascii() and character.isalnum()


def _placed(row: list[tuple[str, int, int]], carry: dict[int, int], number: int, *, grid: bool) -> list[str]:
    """The cells of row ``number`` with the empty cells that merged cells leave (see the module
    docstring); ``carry`` maps a column to the last row that a cell above covers it in.
    """
    cells: list[str] = []
    column = 0
    for text, colspan, rowspan in row:
        while carry.get(column, -1) >= number:
            if grid or cells:
                cells.append("")
            column += 1
        cells.append(text)
        if grid:
            cells.extend([""] * (colspan - 1))
        if rowspan > 1 and column < MAX_COLUMNS:
            carry.update(dict.fromkeys(range(column, min(column + colspan, MAX_COLUMNS)), number + rowspan - 1))
        column += colspan
    return cells


def _write(events: list[Event], *, grid: bool) -> str:
    layout = _layout_tables(events)
    out = _Writer(grid=grid)
    for index, (kind, tag, text, colspan, rowspan) in enumerate(events):
        table = out.tables[-1] if out.tables else None
        in_grid = table is not None and not table.layout
        if kind == TEXT:
            out.text(text)
        elif tag == "table":
            if kind == START:
                out.open_table(index in layout)
            else:
                out.close_table()
        elif in_grid and tag == "tr":
            if kind == START:
                out.open_row()
            else:
                out.end_row()
        elif in_grid and tag in ("td", "th"):
            if kind == START:
                out.open_cell(colspan, rowspan)
            else:
                out.end_cell()
        elif tag == "br" and kind == START:
            out.brk()
        elif tag == "pre":
            out.brk()
            out.pre = out.pre + 1 if kind == START else max(out.pre - 1, 0)
        elif tag in BLOCKS or tag in ("tr", "td", "th"):
            out.brk()
    while out.tables:
        out.close_table()
    out.flush()
    return "\n".join(out.lines)


def has_lexbor() -> bool:
    """Whether selectolax (the ``[html]`` extra) is installed."""
    try:
        importlib.import_module("selectolax.lexbor")
    except ImportError:
        return False
    return True


def _deeply_nested(markup: str) -> bool:
    lower = markup.lower()
    opened = sum(lower.count(f"<{tag}") - lower.count(f"</{tag}") for tag in NESTING)
    return opened > MAX_OPEN


def to_text(markup: str, *, backend: Backend = "auto", grid: bool = False) -> str:
    """The text of an HTML page, one line per paragraph and per table row, cells tab-separated.

    ``backend`` chooses the HTML parser (``auto``: selectolax when installed, unless the page leaves
    more than ``MAX_OPEN`` blocks open); ``grid`` pads merged cells with empty cells (not what the
    table readers want, see the module docstring).
    """
    if backend == "selectolax" or (backend == "auto" and has_lexbor() and not _deeply_nested(markup)):
        events = list(_lexbor_events(markup))
    else:
        events = _stdlib_events(markup)
    return _write(events, grid=grid)
