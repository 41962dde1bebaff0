"""The text of a Word 97-2003 report (``.doc``, or WPS Office's ``.wps``, which stores the same
document in the same compound file), with the standard library only: its paragraphs and
tables, written as HTML for the HTML writer (``markup``), as a ``.docx`` file's are.

A ``.doc`` file is a compound file (``[MS-CFB]``: a small file system of sectors) whose
``WordDocument`` stream starts with the File Information Block (``[MS-DOC]``). The text is a list of
pieces (the piece table, in the ``0Table`` or ``1Table`` stream), each stored as UTF-16 or, for
pieces of Latin text, one byte a character. In it ``\\r`` ends a paragraph and ``\\x07`` ends a table
cell, or a table row where the paragraph properties mark it as a row's end (``sprmPFTtp``); those
are read from the paragraph property pages (``PlcBtePapx``). Field codes (``\\x13 … \\x14``) are left
out, their results kept. Merged cells are not told apart from blank ones: each cell of a row's grid
is written, the text in the first.
"""

from __future__ import annotations

import bisect
import html
import struct
from collections.abc import Iterator

from govdisclosure.errors import DocumentError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The header of a compound file: Word 97-2003 (``.doc``) and other Office binary files."""
_MAX_STREAM = 256 * 2**20
"""The largest stream read (256 MB): a report's text is well under one."""
_WORD_IDENT = 0xA5EC
_F_WHICH_TABLE = 0x0200
_F_ENCRYPTED = 0x0100
_FC_PLCF_BTE_PAPX = 13
"""Index of ``fcPlcfBtePapx`` among the FIB's (fc, lcb) pairs."""
_FC_CLX = 33
"""Index of ``fcClx`` among the FIB's (fc, lcb) pairs."""
_SPRM_TABLE_IN = 0x2416
_SPRM_TABLE_ROW_END = 0x2417
_SPRM_HUGE = 0x6646
"""sprmPHugePapx: the paragraph's properties are in the ``Data`` stream, at the operand's offset."""
_SPRM_LONG = frozenset((0xD608, 0xD606))
"""sprmTDefTable and sprmTDefTable10, whose operand's length takes two bytes."""
_SPRM_OPERAND = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}
"""Operand bytes of a sprm by its ``spra`` (6: variable, its length in the first byte)."""
_SPECIAL = {"\x0b": "<br>", "\x0c": "<br>", "\x0e": "<br>", "\x1e": "-", "\xa0": " ", "\t": " "}
"""Characters written otherwise: line, page and column breaks, a non-breaking hyphen; tabs as spaces
(a tab separates the cells of the HTML writer's rows)."""
_DROPPED = frozenset("\x01\x02\x03\x04\x05\x06\x08\x1f")
"""Anchors of pictures, footnotes, comments and drawn objects, and optional hyphens."""


def looks_like_doc(data: bytes) -> bool:
    """Whether ``data`` is a compound file, as a Word 97-2003 document is.

    >>> looks_like_doc(OLE_MAGIC + bytes(504)), looks_like_doc(b"PK\\x03\\x04")
    (True, False)
    """
    return data.startswith(OLE_MAGIC)


def doc_html(data: bytes) -> tuple[str, int, int]:
    """The body of the Word 97-2003 document ``data`` as HTML, with how many paragraphs and tables
    it has. Raises ``DocumentError`` when it cannot be read.
    """
    try:
        streams = _CompoundFile(data)
        word = streams.read("WordDocument")
    except (struct.error, IndexError, ValueError, KeyError) as error:
        raise _unreadable(error) from error
    if word is None:
        names = ", ".join(sorted("".join(c for c in n if c.isprintable()) for n in streams.names)) or "none"
        msg = f"the file is an Office binary file, not a Word document (its streams: {names})"
        raise DocumentError(msg)
    try:
        text, row_ends, in_table = _word_text(word, streams)
    except DocumentError:
        raise
    except (struct.error, IndexError, ValueError, KeyError) as error:
        raise _unreadable(error) from error
    return _html(text, row_ends, in_table)


def _unreadable(error: Exception) -> DocumentError:
    return DocumentError(f"the Word 97-2003 document could not be read: {type(error).__name__}: {error}")


# --- the compound file ----------------------------------------------------------------------------


class _CompoundFile:
    """The streams of a compound file, read on demand ([MS-CFB] 2.2-2.6)."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(OLE_MAGIC) or len(data) < 512:
            msg = "not a compound file"
            raise ValueError(msg)
        self.data = data
        shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
        if not 7 <= shift <= 16 or not 2 <= mini_shift < shift:
            msg = f"sector size 2**{shift}"
            raise ValueError(msg)
        self.size: int = 1 << int(shift)
        self.mini_size: int = 1 << int(mini_shift)
        fat_sectors, first_directory = struct.unpack_from("<II", data, 0x2C)
        self.cutoff, first_mini_fat, _, first_difat, difat_sectors = struct.unpack_from("<IIIII", data, 0x38)
        self.sectors = max(0, (len(data) - self.size) // self.size)
        difat = [s for s in struct.unpack_from("<109I", data, 0x4C) if s < self.sectors]
        sector = first_difat
        for _ in range(min(difat_sectors, self.sectors)):
            if sector >= self.sectors:
                break
            entries = struct.unpack_from(f"<{self.size // 4}I", data, self._offset(sector))
            difat.extend(s for s in entries[:-1] if s < self.sectors)
            sector = entries[-1]
        self.fat: list[int] = []
        for sector in difat[:fat_sectors]:
            self.fat.extend(struct.unpack_from(f"<{self.size // 4}I", data, self._offset(sector)))
        directory = self._chain(first_directory)
        self.entries: dict[str, tuple[int, int]] = {}  # stream name → (first sector, size)
        self.mini_stream = b""
        for at in range(0, len(directory) - 127, 128):
            name_length, kind = struct.unpack_from("<HB", directory, at + 64)
            first, size = struct.unpack_from("<IQ", directory, at + 116)
            name = directory[at : at + max(0, min(64, name_length) - 2)].decode("utf-16-le", "replace").rstrip("\0")
            if kind == 5:  # the root: its stream is the mini stream
                self.mini_stream = self._chain(first)[: min(size, _MAX_STREAM)]
            elif kind == 2:
                self.entries.setdefault(name, (first, size & 0xFFFFFFFF if self.size == 512 else size))
        self.mini_fat = [] if first_mini_fat >= self.sectors else list(
            struct.unpack(f"<{len(chain) // 4}I", chain) if (chain := self._chain(first_mini_fat)) else ())

    @property
    def names(self) -> list[str]:
        return list(self.entries)

    def read(self, name: str) -> bytes | None:
        """The stream ``name``, or ``None`` when there is none."""
        if name not in self.entries:
            return None
        first, size = self.entries[name]
        if size > _MAX_STREAM:
            msg = f"stream {name} of {size:,} bytes"
            raise ValueError(msg)
        if size < self.cutoff:
            return self._mini_chain(first)[:size]
        return self._chain(first)[:size]

    def _offset(self, sector: int) -> int:
        return (sector + 1) * self.size

    def _chain(self, first: int) -> bytes:
        return b"".join(self.data[self._offset(s) : self._offset(s) + self.size]
                        for s in self._walk(first, self.fat, self.sectors))

    def _mini_chain(self, first: int) -> bytes:
        count = len(self.mini_stream) // self.mini_size
        return b"".join(self.mini_stream[s * self.mini_size : (s + 1) * self.mini_size]
                        for s in self._walk(first, self.mini_fat, count))

    @staticmethod
    def _walk(sector: int, fat: list[int], count: int) -> Iterator[int]:
        """The sectors of a chain, ending at its end mark; a chain that loops ends after ``count``."""
        for _ in range(count):
            if sector >= count:  # the end mark, a free sector, or one past the file
                return
            yield sector
            if sector >= len(fat):
                return
            sector = fat[sector]


# --- the Word document ----------------------------------------------------------------------------


def _word_text(word: bytes, streams: _CompoundFile) -> tuple[str, set[int], set[int]]:
    """The main text, and the places (offsets into it) of the ``\\x07`` that end table rows and of
    the ``\\r`` that end paragraphs inside table cells.
    """
    ident, _, _, _, _, flags = struct.unpack_from("<HHHHHH", word, 0)
    if ident != _WORD_IDENT:
        msg = f"not a Word 97-2003 document (identifier {ident:#06x})"
        raise ValueError(msg)
    if flags & _F_ENCRYPTED:
        msg = "the document is encrypted"
        raise DocumentError(msg)
    table = streams.read("1Table" if flags & _F_WHICH_TABLE else "0Table")
    if table is None:
        msg = "no table stream"
        raise ValueError(msg)
    csw = struct.unpack_from("<H", word, 32)[0]
    lw_at = 34 + 2 * csw
    cslw = struct.unpack_from("<H", word, lw_at)[0]
    text_length = struct.unpack_from("<i", word, lw_at + 2 + 3 * 4)[0]  # ccpText
    pairs_at = lw_at + 2 + 4 * cslw + 2
    clx = _pair(word, pairs_at, _FC_CLX)
    papx = _pair(word, pairs_at, _FC_PLCF_BTE_PAPX)
    chars: list[str] = []
    file_offsets: list[tuple[int, int, int]] = []  # (text offset, file offset, bytes per character)
    for cp_start, cp_end, fc, compressed in _pieces(table[clx[0] : clx[0] + clx[1]]):
        end = min(cp_end, max(text_length, 0))
        if end <= cp_start:
            continue
        count = end - cp_start
        file_offsets.append((len(chars), fc, 1 if compressed else 2))
        raw = word[fc : fc + count] if compressed else word[fc : fc + 2 * count]
        chars.extend(raw.decode("cp1252", "replace") if compressed else raw.decode("utf-16-le", "replace"))
    text = "".join(chars)
    runs = _paragraph_runs(word, table[papx[0] : papx[0] + papx[1]], streams.read("Data") or b"")
    starts = [start for start, _, _ in runs]
    row_ends: set[int] = set()
    in_table: set[int] = set()
    for index, ch in enumerate(text):
        if ch not in "\x07\r":
            continue
        fc = _file_offset(file_offsets, index)
        run = bisect.bisect_right(starts, fc) - 1
        if run < 0 or fc >= runs[run][1]:
            continue
        cell, row_end = runs[run][2]
        if ch == "\x07" and row_end:
            row_ends.add(index)
        elif ch == "\r" and cell:
            in_table.add(index)
    return text, row_ends, in_table


def _pair(word: bytes, at: int, index: int) -> tuple[int, int]:
    return struct.unpack_from("<II", word, at + 8 * index)


def _pieces(clx: bytes) -> Iterator[tuple[int, int, int, bool]]:
    """``(first character, end, file offset, one byte a character)`` of each piece of the text."""
    at = 0
    while at < len(clx) and clx[at] == 1:  # Prc: formatting of pieces, passed over
        at += 3 + struct.unpack_from("<h", clx, at + 1)[0]
    if at >= len(clx) or clx[at] != 2:
        msg = "no piece table"
        raise ValueError(msg)
    size = struct.unpack_from("<I", clx, at + 1)[0]
    plc = clx[at + 5 : at + 5 + size]
    count = (len(plc) - 4) // 12
    positions = struct.unpack_from(f"<{count + 1}I", plc, 0)
    for i in range(count):
        fc = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * i + 2)[0]
        compressed = bool(fc & 0x40000000)
        fc &= 0x3FFFFFFF
        yield positions[i], positions[i + 1], fc // 2 if compressed else fc, compressed


def _file_offset(offsets: list[tuple[int, int, int]], index: int) -> int:
    """Where character ``index`` of the text is stored in the ``WordDocument`` stream."""
    at = bisect.bisect_right(offsets, (index, 1 << 62, 0)) - 1
    start, fc, width = offsets[at]
    return fc + (index - start) * width


def _paragraph_runs(word: bytes, plc: bytes, data: bytes) -> list[tuple[int, int, tuple[bool, bool]]]:
    """``(first file offset, end, (in a table, ends a table row))`` of each run of paragraph
    properties, from the paragraph property pages the ``PlcBtePapx`` lists.
    """
    count = (len(plc) - 4) // 8
    if count <= 0:
        return []
    pages = struct.unpack_from(f"<{count}I", plc, 4 * (count + 1))
    runs: list[tuple[int, int, tuple[bool, bool]]] = []
    for page in pages:
        at = (page & 0x3FFFFF) * 512
        fkp = word[at : at + 512]
        if len(fkp) < 512:
            continue
        crun = fkp[511]
        bounds = struct.unpack_from(f"<{crun + 1}I", fkp, 0)
        for i in range(crun):
            offset = fkp[4 * (crun + 1) + 13 * i] * 2
            runs.append((bounds[i], bounds[i + 1], _table_flags(fkp, offset, data) if offset else (False, False)))
    runs.sort()
    return runs


def _table_flags(fkp: bytes, at: int, data: bytes) -> tuple[bool, bool]:
    """Whether the paragraph whose properties (``PapxInFkp``) start at ``at`` is in a table, and
    whether it ends a table row; properties too large for the page are in the ``Data`` stream.
    """
    cb = fkp[at]
    if cb == 0:
        length, at = 2 * fkp[at + 1], at + 2
    else:
        length, at = 2 * cb - 1, at + 1
    return _sprm_flags(fkp, at + 2, min(len(fkp), at + length), data)  # after the paragraph's style


def _sprm_flags(grpprl: bytes, at: int, end: int, data: bytes) -> tuple[bool, bool]:
    cell = row_end = False
    while at + 2 <= end:
        sprm = struct.unpack_from("<H", grpprl, at)[0]
        at += 2
        size = _SPRM_OPERAND.get(sprm >> 13)
        if sprm in _SPRM_LONG:  # a table's cell definitions: a two-byte length, counting itself as 1
            size = struct.unpack_from("<H", grpprl, at)[0] + 1 if at + 2 <= end else 2
        elif size is None:  # variable: the operand's length first
            size = grpprl[at] + 1 if at < end else 1
        if at >= end:
            break
        if sprm == _SPRM_TABLE_IN:
            cell = grpprl[at] != 0
        elif sprm == _SPRM_TABLE_ROW_END:
            row_end = grpprl[at] != 0
        elif sprm == _SPRM_HUGE and at + 4 <= end:  # the properties are in the Data stream
            offset = struct.unpack_from("<I", grpprl, at)[0]
            if offset + 2 <= len(data):
                count = struct.unpack_from("<H", data, offset)[0]
                huge = _sprm_flags(data, offset + 2, min(len(data), offset + 2 + count), b"")
                cell, row_end = cell or huge[0], row_end or huge[1]
        at += size
    return cell, row_end


# --- HTML ---------------------------------------------------------------------------------------------


def _html(text: str, row_ends: set[int], in_table: set[int]) -> tuple[str, int, int]:
    """The text as HTML paragraphs and tables; field codes left out, their results kept."""
    out: list[str] = []
    paragraphs = tables = 0
    buffer: list[str] = []
    row: list[str] = []
    in_rows = False
    fields: list[bool] = []  # per open field: whether its result has started
    for index, ch in enumerate(text):
        if ch == "\x13":
            fields.append(False)
            continue
        if ch == "\x14":
            if fields:
                fields[-1] = True
            continue
        if ch == "\x15":
            if fields:
                fields.pop()
            continue
        if fields and not fields[-1]:
            continue  # a field's code (HYPERLINK "…", PAGE)
        if ch == "\r" and index in in_table:
            buffer.append("<br>")
        elif ch == "\x07" and index in row_ends:
            if not in_rows:
                out.append("<table>")
                tables += 1
                in_rows = True
            out.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>")
            row = []
        elif ch == "\x07":
            row.append("".join(buffer))
            buffer = []
        elif ch == "\r":
            if in_rows:
                out.append("</table>")
                in_rows = False
            out.append(f"<p>{''.join(buffer)}</p>")
            paragraphs += 1
            buffer = []
        elif ch in _SPECIAL:
            buffer.append(_SPECIAL[ch])
        elif ch not in _DROPPED:
            buffer.append(html.escape(ch, quote=False))
    if in_rows:
        out.append("</table>")
    if buffer:
        out.append(f"<p>{''.join(buffer)}</p>")
        paragraphs += 1
    return "<html><body>" + "".join(out) + "</body></html>", paragraphs, tables
