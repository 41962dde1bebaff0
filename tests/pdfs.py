"""Writing small PDF files for tests, with no PDF library: each line of text a line of a page.

The font is a Type 0 font with one CID per character and a ``ToUnicode`` map, and no glyphs: a
viewer shows boxes, but text extraction (which reads the map) gives the text back, as it does for
the PDFs agencies publish. Pages hold ``lines_per_page`` lines, so a long table runs over a page
break, and each page may end with a footer (``- 3 -``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from govdisclosure.text.width import width

_FONT_SIZE = 10
_LEADING = 14


def _cmap(codes: dict[str, int]) -> bytes:
    entries = sorted(codes.items(), key=lambda item: item[1])
    blocks = []
    for start in range(0, len(entries), 100):
        chunk = entries[start : start + 100]
        pairs = "\n".join(f"<{cid:04X}> <{ord(ch):04X}>" for ch, cid in chunk)
        blocks.append(f"{len(chunk)} beginbfchar\n{pairs}\nendbfchar")
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            + "\n".join(blocks) + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").encode()


def pdf_document(lines: Sequence[str], *, lines_per_page: int = 45, footers: bool = False,
                 positioned: bool = False) -> bytes:
    """A PDF whose pages print ``lines`` in order (characters of the Basic Multilingual Plane).

    ``positioned``: each run of characters other than spaces is set where it stands in its line
    (counting a Chinese character two columns, as the font sets it twice as wide as an ASCII one),
    and the spaces are not written, as a PDF's table sets each cell where it stands: text
    extraction must work out the gaps from the glyphs' positions.
    """
    pages = [list(lines[i : i + lines_per_page]) for i in range(0, max(len(lines), 1), lines_per_page)]
    if footers:
        pages = [[*page, "", f"- {number} -"] for number, page in enumerate(pages, 1)]
    codes: dict[str, int] = {}
    for page in pages:
        for line in page:
            for ch in line:
                codes.setdefault(ch, len(codes) + 1)
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    def stream(data: bytes) -> bytes:
        return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"

    catalog = add(b"")  # filled in once the pages are known
    tree = add(b"")
    descriptor = add(b"<< /Type /FontDescriptor /FontName /Boxes /Flags 4 /FontBBox [0 -120 1000 880] "
                     b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>")
    narrow = " ".join(f"{cid} [500]" for ch, cid in codes.items() if width(ch) == 1)  # ASCII half as wide
    cid_font = add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Boxes /CIDSystemInfo << /Registry (Adobe) "
                   b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 /W [%s] >>"
                   % (descriptor, narrow.encode()))
    to_unicode = add(stream(_cmap(codes)))
    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /Boxes /Encoding /Identity-H "
               b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid_font, to_unicode))
    kids = []
    for page in pages:
        ops = [b"BT", b"/F1 %d Tf" % _FONT_SIZE, b"%d TL" % _LEADING, b"40 800 Td"]
        for row, line in enumerate(page):
            if positioned:
                for run in re.finditer(r"[^ ]+", line):
                    hexed = "".join(f"{codes[ch]:04X}" for ch in run.group())
                    x, y = 40 + width(line[: run.start()]) * _FONT_SIZE / 2, 800 - row * _LEADING
                    ops.append(f"1 0 0 1 {x} {y} Tm <{hexed}> Tj".encode())
                continue
            hexed = "".join(f"{codes[ch]:04X}" for ch in line)
            ops.append(f"<{hexed}> Tj T*".encode())
        ops.append(b"ET")
        content = add(stream(b"\n".join(ops)))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R "
                        b">> >> /Contents %d 0 R >>" % (tree, font, content)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
    objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % kid for kid in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)
