"""Same-length folding: never deletes or inserts, so offsets stay valid.

Full-width ASCII (digits, letters, brackets, colon, comma …) becomes ASCII, every kind of space
becomes a plain space, and carriage returns become line breaks (``\\r\\n`` → `` \\n``). Chinese
punctuation that has no ASCII twin (。、“”) is kept as it is.

Markup left in text that was copied from a page which escaped its own HTML once too often (the
page shows ``&nbsp;`` and ``<br>``): an entity for a space or a quote becomes that character padded
with spaces to the entity's length, and a ``<br>``, ``<p>`` or ``</p>`` tag a line break padded the
same way, so that a table row's cells and lines read as the page meant them; inside a Markdown table's
row (``|…<br>…|``) the tag is a space, so that the row stays on one line.

Text in which every line ends with a tab (a converter that ends each paragraph and each cell with
one): that last tab ends the line rather than separating two cells, and becomes a space, so that a
line of figures separated by spaces is not read as one tab cell.

Tables drawn with box-drawing characters (a text browser's dump, ``│ 12 │ 3 │``): a stroke that
runs through a line (``│``, ``├``, ``┼`` …) becomes ``|``, any other (``─``, ``┬`` …) a space, and a line
drawn only of them (``├──┼──┤``) or of an ASCII grid's ``+---+---+`` becomes spaces, so the table
reads as a pipe table.

>>> fold("（一）收到申请数：１２\\u3000件")
'(一)收到申请数:12 件'
>>> fold("申请数&nbsp;12&nbsp;件<br>")
'申请数      12      件\\n   '
>>> fold("│收到申请数│12│\\n├────┼──┤")
'|收到申请数|12|\\n         '
"""

from __future__ import annotations

import re

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
_CR = re.compile(r"\r\n?")
_MARKUP_CHARS = {
    "nbsp": " ", "ensp": " ", "emsp": " ", "thinsp": " ", "#160": " ", "#xa0": " ", "#12288": " ",
    "#x3000": " ", "ldquo": '"', "rdquo": '"', "quot": '"', "lsquo": "'", "rsquo": "'",
}
"""Entities read as the character they stand for (lower case, without ``&`` and ``;``)."""
# also written double-escaped (``&amp;nbsp;``); ``&amp;`` and ``&lt;`` alone are left as printed
_BREAK_TAG = r"<(?:br\s*/?|/?p)>"
"""A tag that breaks a line: ``<br>``, ``<br/>``, ``<p>``, ``</p>``."""
_MARKUP = re.compile(r"&(?:amp;)?(" + "|".join(sorted(_MARKUP_CHARS, key=len, reverse=True))
                     + r");|" + _BREAK_TAG, re.IGNORECASE)
LINE_BREAK = re.compile(_BREAK_TAG, re.IGNORECASE)
"""A tag that breaks a line (``<br>``, ``</p>`` …): folded to spaces inside a Markdown table's row,
where it breaks a cell's lines."""
_BOX_CHARS = "\u2500-\u257f"
_BOX = re.compile(f"[{_BOX_CHARS}]")
_VERTICAL = "│┃║╎╏┆┇┊┋╽╿"
_THROUGH = frozenset(_VERTICAL + "├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋╞╟╠╡╢╣╪╫╬")
"""Box-drawing characters that separate two cells of a line: a vertical stroke runs through them."""
_ACROSS = "".join(chr(c) for c in range(0x2500, 0x2580) if chr(c) not in _VERTICAL)
_RULE = re.compile(rf"(?m)^[ \t]*(?:[{_BOX_CHARS} \t]*[{_ACROSS}][{_BOX_CHARS} \t]*|\+[-=:]+\+[-=:+]*)[ \t]*$")
"""A rule drawn of box-drawing characters (a row of blank cells, ``│  │  │``, is not one), or an ASCII
grid's rule (``+----+----+``)."""


_LINE_END_TAB = re.compile(r"(?m)\t(?=[ ]*$)")
_TAB_ENDED_SHARE = 0.9
"""The share of a text's lines with content that must end with a tab for that tab to end lines."""
_TAB_ENDED_LINES = 5


def _one(match: re.Match[str]) -> str:
    return _FOLD_CHARS[match.group()]


def fold(text: str) -> str:
    """Fold ``text`` character by character; the result has the same length."""
    folded = _FOLDABLE.sub(_one, text)
    if "\r" in folded:
        folded = _CR.sub(lambda m: " \n" if len(m.group()) == 2 else "\n", folded)
    if "\t" in folded and _tab_ended(folded):
        folded = _LINE_END_TAB.sub(" ", folded)
    if "&" in folded or "<" in folded:
        if "<" in folded and "|" in folded:
            folded = _pipe_row_breaks(folded)
        folded = _MARKUP.sub(_markup, folded)
    if "+-" in folded or "+=" in folded or _BOX.search(folded):
        folded = _RULE.sub(_spaces, folded)
        folded = _BOX.sub(_box, folded)
    return folded


def _tab_ended(text: str) -> bool:
    """Whether (nearly) every line of ``text`` that has content ends with a tab."""
    ended = sum(1 for _ in _LINE_END_TAB.finditer(text))
    if ended < _TAB_ENDED_LINES or ended < _TAB_ENDED_SHARE * (text.count("\n") + 1) / 2:
        return False  # a cheap first look: blank lines are seldom half of a text's lines
    content = ended = 0
    for line in text.split("\n"):
        if not line.isspace() and line:
            content += 1
            ended += line.rstrip(" ").endswith("\t")
    return ended >= _TAB_ENDED_LINES and ended >= _TAB_ENDED_SHARE * content


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _box(match: re.Match[str]) -> str:
    return "|" if match.group() in _THROUGH else " "


def _markup(match: re.Match[str]) -> str:
    entity = match.group(1)
    first = _MARKUP_CHARS[entity.lower()] if entity else "\n"
    return first.ljust(len(match.group()))


def _pipe_row_breaks(text: str) -> str:
    """``text`` with the line break tags inside a Markdown table's rows (a line that starts with
    ``|``, before its last ``|``) made spaces: a cell's lines, not the row's.
    """
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if "<" in line and line.lstrip(" ").startswith("|"):
            last = line.rfind("|")
            lines[index] = LINE_BREAK.sub(_spaces, line[:last]) + line[last:]
    return "\n".join(lines)
