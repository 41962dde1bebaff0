"""One-to-one character folding: never deletes or inserts, so offsets stay valid.

Full-width ASCII (digits, letters, brackets, colon, comma …) becomes ASCII, every kind of space
becomes a plain space, and carriage returns become line breaks (``\\r\\n`` → `` \\n``). Chinese
punctuation that has no ASCII twin (。、“”) is kept as it is.

>>> fold("（一）收到申请数：１２\\u3000件")
'(一)收到申请数:12 件'
"""

from __future__ import annotations

import re

import regex

_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_SPACES = dict.fromkeys(
    [0x00A0, 0x1680, *range(0x2000, 0x200C), 0x202F, 0x205F, 0x3000, 0xFEFF, 0x2028, 0x2029, 0x0B, 0x0C],
    0x20,
)
_OTHER = {
    ord("〔"): ord("["),
    ord("〕"): ord("]"),
    ord("【"): ord("["),
    ord("】"): ord("]"),
    ord("﹝"): ord("["),
    ord("﹞"): ord("]"),
    ord("‘"): ord("'"),
    ord("’"): ord("'"),
    ord("“"): ord('"'),
    ord("”"): ord('"'),
    ord("「"): ord('"'),
    ord("」"): ord('"'),
    ord("｛"): ord("{"),
    ord("﹙"): ord("("),
    ord("﹚"): ord(")"),
    ord("∶"): ord(":"),
    ord("﹕"): ord(":"),
    ord("︰"): ord(":"),
}
FOLD = str.maketrans({**_FULL_WIDTH, **_SPACES, **_OTHER})
_FOLD_CHARS = {chr(k): chr(v) for k, v in FOLD.items() if isinstance(v, int)}
# stdlib re: a substitution per foldable character is six times faster than str.translate on
# Chinese text (most characters need no folding); see docs/architecture.md
_FOLDABLE = re.compile("[" + re.escape("".join(_FOLD_CHARS)) + "]")
_CR = regex.compile(r"\r\n?")


def _one(match: re.Match[str]) -> str:
    return _FOLD_CHARS[match.group()]


def fold(text: str) -> str:
    """Fold ``text`` character by character; the result has the same length."""
    folded = _FOLDABLE.sub(_one, text)
    if "\r" in folded:
        folded = _CR.sub(lambda m: " \n" if len(m.group()) == 2 else "\n", folded)
    return folded
