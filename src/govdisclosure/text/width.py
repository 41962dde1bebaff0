"""How many columns a text takes on a terminal or in a text browser's dump: two for a wide
(Chinese) character, one for any other.
"""

from __future__ import annotations

import unicodedata


def width(text: str) -> int:
    """Display columns of ``text``: 2 for wide (CJK) characters, 1 for others.

    >>> width("总计 12")
    7
    """
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
