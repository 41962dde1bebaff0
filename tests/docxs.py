"""Writing small Word (.docx) files for tests, with the standard library: paragraphs and tables.

A block is a paragraph (``str``) or a table (a list of rows). A row is a list of cells; a cell is
its text, or a ``Cell`` that spans columns (``span``) or continues a vertical merge (``merged``,
the cell above starting it with ``merge=True``).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>')


@dataclass
class Cell:
    text: str = ""
    span: int = 1
    merge: bool = False
    merged: bool = False


Block = str | Sequence[Sequence[str | Cell]]


def _paragraph(text: str) -> str:
    runs = "<w:r><w:br/></w:r>".join(f'<w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r>'
                                      for line in text.split("\n"))
    return f"<w:p>{runs}</w:p>"


def _cell(cell: str | Cell) -> str:
    cell = Cell(cell) if isinstance(cell, str) else cell
    properties = (f'<w:gridSpan w:val="{cell.span}"/>' if cell.span > 1 else "") + (
        '<w:vMerge w:val="restart"/>' if cell.merge else "<w:vMerge/>" if cell.merged else "")
    text = "" if cell.merged else cell.text
    return f"<w:tc><w:tcPr>{properties}</w:tcPr>{_paragraph(text)}</w:tc>"


def docx_document(blocks: Sequence[Block]) -> bytes:
    """A .docx file whose body holds ``blocks`` in order."""
    body = []
    for block in blocks:
        if isinstance(block, str):
            body.append(_paragraph(block))
        else:
            rows = "".join("<w:tr>" + "".join(_cell(c) for c in row) + "</w:tr>" for row in block)
            body.append(f"<w:tbl><w:tblPr/>{rows}</w:tbl>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_NS}">'
                f"<w:body>{''.join(body)}<w:sectPr/></w:body></w:document>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)
    return out.getvalue()


def tables_from_tabs(text: str) -> list[Block]:
    """The blocks of a text whose table rows are tab-separated lines: each run of such lines a table."""
    blocks: list[Block] = []
    for line in text.split("\n"):
        if "\t" in line:
            if blocks and not isinstance(blocks[-1], str):
                blocks[-1].append(line.split("\t"))  # type: ignore[union-attr]
            else:
                blocks.append([line.split("\t")])
        else:
            blocks.append(line)
    return blocks
