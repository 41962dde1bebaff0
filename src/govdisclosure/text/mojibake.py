"""Mojibake: a report's UTF-8 bytes decoded as GBK or as Windows-1252 by a crawler and saved so.

``政府信息公开`` then reads ``鏀垮簻淇℃伅鍏紑`` (UTF-8 read as GBK) or ``æ”¿åºœä¿¡æ¯å…¬å¼€`` (read
as Windows-1252 or Latin-1). ``repair`` undoes it line by line: it encodes the line back the way it
was misread and decodes the bytes as UTF-8, and keeps the result only where the bytes are UTF-8 (but
where the misreading lost one) and it holds as many of the characters every report is full of
(``COMMON``), so a line that was never misread stays as it is. Read as Latin-1, nothing is lost. A
byte Windows-1252 or GBK could not decode (printed ``�``) is put back where exactly one of the bytes
that decoder drops there makes a character of the forms' vocabulary (``_restored``), and a character
still lost inside a form's label standing apart is filled from the label (``_filled_from_labels``);
else it stays lost, and the characters after it come back.

It runs only where the text holds the characters such misreadings are made of (``TELLTALES``), so
a report that was decoded right costs a few counts of its first characters.

>>> repair("2023年主动公开政府信息120条。".encode("utf-8").decode("latin-1")).text
'2023年主动公开政府信息120条。'
>>> repair("2023年主动公开政府信息120条。") is None
True
"""

from __future__ import annotations

import codecs
import functools
import importlib

import attrs

from govdisclosure.text.patterns import lazy_re

COMMON = frozenset("的年月日政府信息公开工作申请部门度报告情况主动依法行政复议诉讼本局县市区"
                   "一二三四五六七八九十件条，。、：；（）")
"""Characters every report is full of: a line repaired holds no fewer of them."""

TELLTALES = {
    "GBK": "鐨锛銆鍏寮鏀淇鎭涓鍙璇宸骞搴闄",
    "Latin-1/Windows-1252": "äåæçèéï",
}
"""Characters that UTF-8 Chinese turns into when misread, and a report decoded right hardly has:
``的`` read as GBK starts ``鐨``, ``，`` ``锛``; a Chinese character read as Windows-1252 starts
with one of ``ä``-``é``, full-width punctuation with ``ï``."""

MIN_TELLTALES = 4
"""Fewer telltales than this in the text's first ``LOOK_AHEAD`` characters: no repair is tried."""

LOOK_AHEAD = 1500

_TELLTALE_PATTERNS = {name: lazy_re(f"[{chars}]") for name, chars in TELLTALES.items()}
_FIRST_SIGNS = "鐨锛銆åæç"
"""The commonest telltales (of 的, ，, 。 and of most Chinese characters): without one, nothing more is looked for."""

LOST = "\ufffd"
"""What a decoder prints for bytes it could not decode: the character they stood for is lost."""
MAX_NEW_LOST = 4
"""A line's bytes are UTF-8 misread where decoding them gives at most one ``�`` the misreading did not
already print for each four characters it gives back: text that was read right gives mostly ``�``."""
_LOST_RUN = lazy_re(LOST + "{2,}")


def _encoded_back(error: UnicodeError, *, latin: bool) -> tuple[bytes, int]:
    """What the codec could not encode back: ``�`` is an unknown byte the misreading dropped (``0xff``,
    never UTF-8); with ``latin``, a character below 256 is the byte Latin-1 read it from (a crawler
    that used Latin-1, where Windows-1252 maps nothing).
    """
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chunk = error.object[error.start : error.end]
    if all(c == LOST or (latin and ord(c) < 256) for c in chunk):
        return bytes(0xFF if c == LOST else ord(c) for c in chunk), error.end
    raise error


codecs.register_error("govdisclosure.latin-byte", functools.partial(_encoded_back, latin=True))
codecs.register_error("govdisclosure.lost-byte", functools.partial(_encoded_back, latin=False))

_CODECS = {"GBK": ("gbk", "govdisclosure.lost-byte"), "Latin-1/Windows-1252": ("cp1252", "govdisclosure.latin-byte")}


@attrs.frozen
class Repair:
    """A text repaired: what it became, what it had been misread as, and how much came back."""

    text: str
    misread_as: str
    """``GBK`` or ``Latin-1/Windows-1252``."""
    lines: int
    """Lines repaired."""
    lost: int
    """Characters that could not be recovered (``�`` in ``text``)."""


def _common(text: str) -> int:
    return sum(1 for c in text if c in COMMON)


def _misread_as(text: str) -> str | None:
    head = text[:LOOK_AHEAD]
    if not any(sign in head for sign in _FIRST_SIGNS):
        return None
    counts = {name: len(pattern.findall(head)) for name, pattern in _TELLTALE_PATTERNS.items()}
    name = max(counts, key=lambda n: counts[n])
    return name if counts[name] >= MIN_TELLTALES else None


_VOCABULARY_MODULES = ("cells", "furniture", "local_2008", "metadata", "narrative", "national_2014", "qualifiers",
                       "sections", "standard")


@functools.cache
def _vocabulary() -> frozenset[str]:
    """The Han characters of the forms' data (labels, headings, the prose's words) and ``COMMON``: the
    characters a byte lost from a report is likeliest to have belonged to.
    """
    chars: set[str] = set(COMMON)

    def walk(value: object) -> None:
        if isinstance(value, str):
            chars.update(c for c in value if c > "\u3000")  # not ASCII, Latin or the regex syntax
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, tuple | list | frozenset | set):
            for item in value:
                walk(item)
        elif (fields := getattr(type(value), "__attrs_attrs__", None)) is not None:  # a form's rows, columns
            for field in fields:
                walk(getattr(value, field.name))

    for name in _VOCABULARY_MODULES:
        module = importlib.import_module(f"govdisclosure.forms.{name}")
        for attribute, value in vars(module).items():
            if attribute.isupper():
                walk(value)
    return frozenset(chars)


@functools.cache
def _gbk_drops(byte: int, following: int | None) -> bool:
    """Whether GBK decoding drops ``byte`` (prints ``�`` for it alone) when ``following`` comes next."""
    pair = bytes([byte]) if following is None else bytes([byte, following])
    return pair.decode("gbk", errors="replace")[0] == LOST


_CP1252_UNDEFINED = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))
"""The bytes Windows-1252 maps to nothing: the only ones it drops."""


def _dropped(codec: str, byte: int, following: int | None) -> bool:
    """Whether decoding as ``codec`` drops ``byte`` (prints ``�`` for it) when ``following`` comes next."""
    return byte in _CP1252_UNDEFINED if codec == "cp1252" else _gbk_drops(byte, following)


def _restored(raw: bytes, codec: str) -> bytes:
    """``raw`` (a line's bytes, ``0xff`` for each byte the misreading dropped) with each dropped byte
    put back where, of the bytes ``codec`` would have dropped there, exactly one makes a character of
    ``_vocabulary`` (GBK drops a byte whose pair with the next is unmapped: 公 = e5 85 ac reads 鍏�;
    Windows-1252 drops only five bytes).
    """
    if b"\xff" not in raw:
        return raw
    out = bytearray(raw)
    for i, byte in enumerate(raw):
        if byte != 0xFF:
            continue
        start = i
        while start > max(0, i - 3) and 0x80 <= out[start - 1] <= 0xBF:
            start -= 1
        if start > 0 and 0xC0 <= out[start - 1] <= 0xF7:
            start -= 1
        out[i] = _dropped_byte(bytes(out[start:i]), raw[i + 1 : i + 4], codec)
    return bytes(out)


@functools.lru_cache(maxsize=4096)
def _dropped_byte(before: bytes, after: bytes, codec: str) -> int:
    """The byte dropped between ``before`` (the start of its character) and ``after``: the one byte
    ``codec`` would have dropped there that makes a character of ``_vocabulary``, else ``0xff``.
    Cached: a report repeats its characters, and so its contexts.
    """
    vocabulary = _vocabulary()
    following = after[0] if after else None
    found: set[int] = set()
    for candidate in range(0x80, 0xF8):
        if not _dropped(codec, candidate, following):
            continue
        sequence = before + bytes([candidate]) + after
        lead = sequence[0]
        size = 2 if 0xC0 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if lead >= 0xF0 else 0
        if size <= len(before):
            continue
        try:
            char = sequence[:size].decode("utf-8")
        except UnicodeDecodeError:
            continue
        if char in vocabulary:
            found.add(candidate)
    return found.pop() if len(found) == 1 else 0xFF


MIN_LABEL = 3
"""Shortest form label that fills a lost character (a shorter one fits too many places)."""


@functools.cache
def _masked_labels() -> tuple[dict[str, frozenset[str]], tuple[int, ...]]:
    """Each form label of at least ``MIN_LABEL`` characters with one character inside it lost
    (``其他�形数``) → the characters it may have been, and the labels' lengths, longest first.
    """
    from govdisclosure.forms import FORM_TABLES  # noqa: PLC0415 - data, needed only for a text that lost bytes
    from govdisclosure.source import compact_text  # noqa: PLC0415

    labels = {compact_text(label) for table in FORM_TABLES for row in table.rows
              for label in (*row.labels, *(label for column in (row.columns or table.columns)
                                           for label in column.labels))}
    masked: dict[str, set[str]] = {}
    for label in labels:
        if len(label) >= MIN_LABEL and label.isprintable() and " " not in label:
            for k in range(1, len(label) - 1):  # inside it: a lost first or last one may be another's (1.)
                masked.setdefault(label[:k] + LOST + label[k + 1 :], set()).add(label[k])
    lengths = tuple(sorted({len(key) for key in masked}, reverse=True))
    return {key: frozenset(chars) for key, chars in masked.items()}, lengths


def _in_word(line: str, at: int) -> bool:
    """Whether ``at`` falls between two Han characters (or lost ones) of ``line``: inside a word."""
    return 0 < at < len(line) and all("\u4e00" <= c <= "\u9fff" or c == LOST for c in line[at - 1 : at + 1])


def _filled_from_labels(line: str) -> str:
    """``line`` with each lost character (``�``) that stands in a form's label filled from it, where
    every label that fits there, standing apart from the characters around it, says the same character
    (``（三）其他�形数`` → 其他情形数; not 重复申请 in ``大量反�复申请``).
    """
    if LOST not in line:
        return line
    masked, lengths = _masked_labels()
    p = line.find(LOST)
    while p >= 0:
        found: set[str] = set()
        for n in lengths:
            for start in range(max(0, p - n + 1), min(p, len(line) - n) + 1):
                chars = masked.get(line[start : start + n])
                if chars is not None and not _in_word(line, start) and not _in_word(line, start + n):
                    found |= chars
        if len(found) == 1:
            line = line[:p] + found.pop() + line[p + 1 :]
        p = line.find(LOST, p + 1)
    return line


def _repaired_line(line: str, codec: str, errors: str) -> str | None:
    """``line`` encoded back as it was misread and decoded as UTF-8, where that reads better: its bytes
    are UTF-8 but where the misreading lost one (``MAX_NEW_LOST`` new ``�`` for each character gained),
    and it holds as many ``COMMON`` characters.
    """
    try:
        raw = line.encode(codec, errors=errors)
    except UnicodeError:
        return None  # a character the misreading could not have produced: the line was not misread
    raw = _restored(raw, codec)
    fixed = _LOST_RUN.sub(LOST, raw.decode("utf-8", errors="replace"))  # a lost byte: up to three �, one lost
    gained = sum(1 for c in fixed if c > "\x7f" and c != LOST)
    new_lost = fixed.count(LOST) - line.count(LOST)
    if not gained or new_lost * MAX_NEW_LOST > gained or _common(fixed) < _common(line) or fixed == line:
        return None
    return _filled_from_labels(fixed)


def repair(text: str) -> Repair | None:
    """``text`` repaired where it is UTF-8 misread as GBK or Windows-1252, else ``None``."""
    misread_as = _misread_as(text)
    if misread_as is None:
        return None
    codec, errors = _CODECS[misread_as]
    lines = text.split("\n")
    repaired = lost = 0
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        fixed = _repaired_line(line, codec, errors)
        if fixed is not None:
            lines[i] = fixed
            repaired += 1
            lost += fixed.count(LOST)
    if not repaired:
        return None
    return Repair("\n".join(lines), misread_as, repaired, lost)
