"""The text of a Word report (``.docx``), with the standard library only: its paragraphs and tables,
written as HTML for the HTML writer (``markup``), so that a Word table reads as a web page's does.

A ``.docx`` file is a zip archive whose ``word/document.xml`` holds the body: paragraphs (``w:p``)
and tables (``w:tbl``) in order. A cell merged across columns (``w:gridSpan``) becomes a
``colspan`` cell, one merged down rows (``w:vMerge``) a ``rowspan`` cell, as HTML writes them.
Deleted text (tracked changes) and field codes are left out; inserted text is kept.
"""

from __future__ import annotations

import html
import io
import zipfile
from xml.etree import ElementTree as ET

from govdisclosure.errors import DocumentError

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BODY = "word/document.xml"
MAX_XML_BYTES = 64 * 2**20
"""The largest ``document.xml`` read (64 MB unpacked): a report's is well under one."""
ZIP_MAGIC = b"PK\x03\x04"


def looks_like_docx(data: bytes) -> bool:
    """Whether ``data`` is a Word document (a zip archive holding ``word/document.xml``).

    >>> looks_like_docx(b"PK\\x03\\x04 not an archive"), looks_like_docx("2019年".encode())
    (False, False)
    """
    if not data.startswith(ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return BODY in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def docx_html(data: bytes) -> tuple[str, int, int]:
    """The body of the Word document ``data`` as HTML, with how many paragraphs and tables it has.

    Raises ``DocumentError`` when it cannot be read.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo(BODY)
            xml = archive.read(info) if info.file_size <= MAX_XML_BYTES else None
        root = ET.fromstring(xml) if xml is not None else None  # noqa: S314 - expat expands no external entities
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, ET.ParseError, EOFError) as error:
        msg = f"the Word document could not be read: {type(error).__name__}: {error}"
        raise DocumentError(msg) from error
    if root is None:
        msg = f"the Word document's text is too large ({info.file_size:,} bytes unpacked)"
        raise DocumentError(msg)
    body = root.find(f"{_W}body")
    writer = _Writer()
    if body is not None:
        writer.blocks(body)
    return "<html><body>" + "".join(writer.out) + "</body></html>", writer.paragraphs, writer.tables


class _Writer:
    """Writes the body's blocks as HTML, counting paragraphs and tables."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.paragraphs = 0
        self.tables = 0

    def blocks(self, parent: ET.Element, *, cell: bool = False, started: bool = False) -> bool:
        """Paragraphs and tables in document order (content controls, ``w:sdt``, opened); in a
        ``cell``, paragraphs are separated by ``<br>`` and not counted. Returns whether anything was
        written (``started``: something was before).
        """
        for child in parent:
            if child.tag == f"{_W}p":
                if cell:
                    self.out.append(("<br>" if started else "") + _paragraph(child))
                else:
                    self.paragraphs += 1
                    self.out.append(f"<p>{_paragraph(child)}</p>")
                started = True
            elif child.tag == f"{_W}tbl":
                self.tables += not cell
                self.table(child)
                started = True
            elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins"):
                started = self.blocks(child, cell=cell, started=started)
        return started

    def table(self, table: ET.Element) -> None:
        """A table, merged cells as ``colspan`` and ``rowspan``."""
        rows: list[list[_Cell]] = []
        merging: dict[int, _Cell] = {}  # grid column -> the cell a vertical merge started there
        for tr in table.findall(f"{_W}tr"):  # its own rows: a nested table's are inside a cell
            column = _int(tr.find(f"{_W}trPr/{_W}gridBefore"), 0)
            row: list[_Cell] = []
            for tc in tr.findall(f"{_W}tc") + tr.findall(f"{_W}sdt/{_W}sdtContent/{_W}tc"):
                span = max(1, _int(tc.find(f"{_W}tcPr/{_W}gridSpan"), 1))
                merge = tc.find(f"{_W}tcPr/{_W}vMerge")
                if merge is not None and merge.get(f"{_W}val", "continue") == "continue" and column in merging:
                    merging[column].rowspan += 1
                else:
                    cell = _Cell(tc, span)
                    row.append(cell)
                    if merge is not None:
                        merging[column] = cell
                    else:
                        merging.pop(column, None)
                column += span
            rows.append(row)
        self.out.append("<table>")
        for row in rows:
            self.out.append("<tr>")
            for cell in row:
                self.out.append(cell.start_tag())
                self.blocks(cell.element, cell=True)
                self.out.append("</td>")
            self.out.append("</tr>")
        self.out.append("</table>")


class _Cell:
    """A table cell and the grid cells it covers."""

    __slots__ = ("colspan", "element", "rowspan")

    def __init__(self, element: ET.Element, colspan: int) -> None:
        self.element = element
        self.colspan = colspan
        self.rowspan = 1

    def start_tag(self) -> str:
        colspan = f' colspan="{self.colspan}"' if self.colspan != 1 else ""
        rowspan = f' rowspan="{self.rowspan}"' if self.rowspan != 1 else ""
        return f"<td{colspan}{rowspan}>"


def _int(element: ET.Element | None, default: int) -> int:
    value = element.get(f"{_W}val") if element is not None else None
    return int(value) if value is not None and value.isdigit() else default


def _paragraph(p: ET.Element) -> str:
    """A paragraph's text, escaped: its runs' text (deleted text and field codes are other tags),
    tabs as spaces, line breaks as ``<br>``.
    """
    parts: list[str] = []
    for element in p.iter():
        tag = element.tag
        if tag == f"{_W}t":
            parts.append(html.escape(element.text or ""))
        elif tag in (f"{_W}tab", f"{_W}ptab"):
            parts.append(" ")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("<br>")
    return "".join(parts)
