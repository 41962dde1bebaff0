"""Bytes to text: UTF-8 (with or without a BOM), UTF-16/32 with a BOM, GB18030/GBK/GB2312 and Big5.

The ladder, measured on the dev corpus in four encodings at three lengths (144/144 right):

1. a byte-order mark decides;
2. bytes that are valid UTF-8 are UTF-8; bytes whose non-ASCII part is almost all valid UTF-8 (at
   most one bad sequence per ``UTF8_NOISE`` non-ASCII bytes: a truncated file, a stray byte) are
   UTF-8 with replacements;
3. otherwise charset-normalizer chooses (short valid GB18030 excepted, see ``SHORT``); GB2312 and
   GBK are read as GB18030, their superset; a UTF-16/32 guess for bytes without a BOM and without
   NUL bytes is not believed (its one failure seen, on 36-byte GB texts), nor a guess outside
   ``CHINESE``: then the fallback that replaces the fewest sequences is used;
4. the bytes are decoded with replacement characters, counted: more than ``MAX_REPLACED`` of the
   characters replaced means the bytes are not text in that encoding, and ``DecodeError`` names the
   first bad byte.

Every decoding says which encoding it used (``GD506``) and how many byte sequences it replaced
(``GD502``).

>>> decode("政府信息公开".encode("gb18030")).encoding
'gb18030'
>>> decode(b"\\xef\\xbb\\xbf\\xe5\\xb9\\xb4").text
'年'
"""

from __future__ import annotations

import codecs
import functools
import re
import threading

import attrs

from govdisclosure.codes import diagnostic
from govdisclosure.errors import DecodeError
from govdisclosure.schema import Diagnostic

UTF8_NOISE = 100
"""Non-ASCII bytes per undecodable sequence up to which bytes are still read as UTF-8 (a Chinese
character is three bytes; GB18030 text read as UTF-8 fails on almost every character)."""

MAX_REPLACED = 0.02
"""Share of replaced characters above which bytes are refused as not text in any encoding."""

MIN_REFUSED = 8
"""Replaced sequences always tolerated, whatever the length (a short text with a cut character)."""

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
"""Byte-order marks, longest first where one starts another."""

GB = frozenset({"gb2312", "gbk", "gb18030", "hz", "euc_cn", "cp936"})
"""Codec names read as ``gb18030``."""

CHINESE = frozenset({"gb18030", "big5", "cp950", "big5hkscs", "utf-8", "ascii"})
"""Detected encodings taken as they are (with UTF-16/32). Another guess (a Japanese, Cyrillic or
Western code page) is overruled: reports are Chinese, so the bytes are read as whichever of
``FALLBACKS`` replaces the fewest sequences."""

FALLBACKS = ("gb18030", "big5", "utf-8")

SHORT = 64
"""Bytes under which text that is valid GB18030 is read as GB18030 without asking the detector:
a few characters say too little, and mainland reports are GB."""

_ASCII = bytes(range(128))
_IMPLAUSIBLE = re.compile("[\ue000-\uf8ff\u3040-\u30ff\ufffd]")
"""Private-use characters and kana: what GB18030 makes of Big5 bytes (and Big5 of GB bytes)."""
_ERRORS = "govdisclosure.count"
_STATE = threading.local()


@attrs.frozen
class Decoded:
    """Text decoded from bytes, with the encoding used and the replaced sequences."""

    text: str
    encoding: str
    replaced: int = 0
    diagnostics: tuple[Diagnostic, ...] = ()


def _count(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):  # pragma: no cover - registered for decoding only
        raise error
    if _STATE.first is None:
        _STATE.first = error.start
    _STATE.count += 1
    return "\ufffd", error.end


@functools.cache
def _register() -> str:
    codecs.register_error(_ERRORS, _count)
    return _ERRORS


def _decode(data: bytes, encoding: str) -> tuple[str, int, int | None]:
    """``data`` decoded with replacements: the text, the number of replaced sequences, the first."""
    try:
        return data.decode(encoding), 0, None
    except UnicodeDecodeError:
        pass
    _STATE.count, _STATE.first = 0, None
    text = data.decode(encoding, _register())
    return text, _STATE.count, _STATE.first


def _canonical(encoding: str) -> str:
    try:
        name = codecs.lookup(encoding).name
        b"0000".decode(name, "replace")  # rejects codecs that are not text encodings (rot13, base64 …)
    except LookupError as error:
        msg = f"unknown encoding {encoding!r}; use a Python codec name such as 'gb18030', 'utf-8' or 'big5'"
        raise DecodeError(msg, encoding=encoding) from error
    return "gb18030" if name in GB else name


def _decodes(data: bytes, encoding: str) -> bool:
    return _strict(data, encoding) is not None


def _strict(data: bytes, encoding: str) -> str | None:
    """``data`` decoded without replacements, or ``None`` when it has bytes ``encoding`` rejects."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _implausible(text: str) -> int:
    """Characters a Chinese report does not print but a wrong double-byte decoding does."""
    return len(_IMPLAUSIBLE.findall(text))


def _gb_or_big5(data: bytes, guess: str) -> str:
    """GB18030 or Big5 for bytes both decode without an error: the decoding with fewer implausible
    characters, ``guess`` on a tie. Repetitive Big5 text fools the detector, and GB18030 reads
    almost any Big5 bytes without an error, into private-use characters and kana.
    """
    other = "big5" if guess == "gb18030" else "gb18030"
    other_text, guess_text = _strict(data, other), _strict(data, guess)
    if other_text is None or guess_text is None:
        return guess
    return other if _implausible(other_text) < _implausible(guess_text) else guess


def _detect(data: bytes) -> tuple[str, tuple[str, int, int | None] | None]:
    """The encoding of ``data`` (not UTF-8), and its decoding when the choice needed one."""
    if len(data) < SHORT and _decodes(data, "gb18030"):
        return _gb_or_big5(data, "gb18030"), None
    import charset_normalizer  # noqa: PLC0415 - imported on the first bytes that are not UTF-8

    best = charset_normalizer.from_bytes(data).best()
    name = _canonical(best.encoding) if best is not None else None
    if name is not None and name.startswith(("utf-16", "utf-32")) and b"\x00" not in data:
        name = None
    if name in ("gb18030", "big5"):
        return _gb_or_big5(data, name), None
    if name is not None and (name in CHINESE or name.startswith(("utf-16", "utf-32"))):
        return name, None
    attempts = [(encoding, _decode(data, encoding)) for encoding in FALLBACKS]
    encoding, attempt = min(attempts, key=lambda attempt: attempt[1][1])
    if encoding in ("gb18030", "big5"):
        chosen = _gb_or_big5(data, encoding)
        return chosen, attempt if chosen == encoding else None
    return encoding, attempt


def _mostly_utf8(data: bytes) -> tuple[str, int, int | None] | None:
    text, count, first = _decode(data, "utf-8")
    if count == 1 and first is not None and first >= len(data) - 3:
        return text, count, first  # a character cut at the end
    non_ascii = len(data.translate(None, _ASCII))
    return (text, count, first) if count * UTF8_NOISE <= non_ascii else None


def decode(data: bytes, *, encoding: str | None = None, declared: str | None = None) -> Decoded:
    """Decode ``data``: with ``encoding`` if given, else by the ladder above.

    ``declared`` is what the document says about itself (an HTML ``<meta charset>``): it is used
    when it is one of ``CHINESE`` and the bytes decode under it without a replacement, else the
    ladder decides.
    """
    body, name = data, None
    for bom, codec in BOMS:
        if data.startswith(bom):
            body, name = data[len(bom) :], codec
            break
    result: tuple[str, int, int | None] | None = None
    if name is None and encoding is not None:
        name = _canonical(encoding)
    if name is None and declared is not None:
        try:
            hint = _canonical(declared)
        except DecodeError:
            hint = None
        if hint in CHINESE:  # a declared UTF-16 or Western code page is a page template's mistake
            attempt = _decode(body, hint)
            if attempt[1] == 0:
                name, result = hint, attempt
    if name is None:
        result = _mostly_utf8(body)
        if result is not None:
            name = "utf-8"
        else:
            name, result = _detect(body)
    if result is None:
        result = _decode(body, name)
    text, count, first = result
    if count > MIN_REFUSED and count > MAX_REPLACED * len(text):
        position = (first or 0) + len(data) - len(body)
        msg = (f"the bytes are not text in {name}: {count} undecodable sequences, the first at byte "
               f"{position}; pass encoding= if you know the encoding")
        raise DecodeError(msg, position=position, encoding=name)
    found = [diagnostic("GD506", span=None, encoding=name)]
    if count:
        found.append(diagnostic("GD502", span=None, count=count, encoding=name))
    return Decoded(text=text, encoding=name, replaced=count, diagnostics=tuple(found))
