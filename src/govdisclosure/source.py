"""The text being parsed, in the views the stages need, all mapped to the original offsets.

- ``original``: the caller's ``str``, never modified; every ``Span`` points into it.
- ``folded``: the same length, full-width characters and odd spaces folded (``text.fold``), and
  optionally traditional characters mapped to simplified ones one for one.
- ``compact``: the folded text without white space, quotes and pinyin glosses, for matching labels
  that scraping broke over lines or letter-spaced (``统 计 指 标``); ``compact_span`` maps a match
  back to the original.
"""

from __future__ import annotations

import bisect
import itertools
import re
from array import array
from collections.abc import Callable
from functools import cached_property, lru_cache

from govdisclosure.schema import Span
from govdisclosure.text.fold import fold
from govdisclosure.text.mojibake import LOST
from govdisclosure.text.patterns import WHITE_SPACE, lazy_pattern, lazy_re

_NEWLINE = lazy_pattern(r"\n")

# Characters the compact view drops: white space, quotes, and pinyin glosses that some mirrors
# insert after characters, e.g. 第二十條第(一)項(xiàng).
# (stdlib re, whose \s takes more than regex's: the white space is spelt out)
PINYIN_GLOSS = r"\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[0-9]?)\)"
"""A pinyin gloss some mirrors print after a character (``開(kāi)``), for patterns to compile with
``re.IGNORECASE`` (or to use as ``GLOSS``)."""
GLOSS = lazy_re(PINYIN_GLOSS, re.IGNORECASE)
"""``PINYIN_GLOSS`` compiled: the one pattern every reader that takes glosses out uses."""
_DROPPED_RUN = rf"""[{WHITE_SPACE}"'`]+|{PINYIN_GLOSS}"""
_DROPPED = lazy_re(_DROPPED_RUN, re.IGNORECASE)
_SPLIT = lazy_re(f"({_DROPPED_RUN})", re.IGNORECASE)
"""Splits a text into kept and dropped runs, alternately (the first and last kept runs may be empty)."""


class SourceText:
    """A text with its folded and compact views and a line index.

    >>> src = SourceText("统 计 指 标\\n收到申请数 １２")
    >>> src.folded[-2:]
    '12'
    >>> m = src.compact.find("统计指标")
    >>> src.compact_span(m, m + 4)
    Span(start=0, end=7)
    >>> src.line_col(9)
    (2, 2)
    """

    __slots__ = ("__dict__", "folded", "original")

    def __init__(self, original: str, *, script: Callable[[str], str] | None = None) -> None:
        self.original = original
        folded = fold(original)
        self.printed_script: str | None = None
        """The folded view in the script the text prints, where ``folded`` maps its traditional
        characters to simplified ones (else ``None``): what a value read as text is given back in."""
        if script is not None:
            converted = script(folded)
            if len(converted) == len(folded):
                if converted != folded:
                    self.printed_script = folded
                folded = converted
        if len(folded) != len(original):  # pragma: no cover - fold() guarantees it
            msg = "folding changed the length of the text"
            raise AssertionError(msg)
        self.folded = folded

    def __len__(self) -> int:
        return len(self.original)

    @cached_property
    def lost_characters(self) -> bool:
        """Whether the text holds characters lost in decoding (``�``): the readers that never guess
        across one look for it once, here.
        """
        return LOST in self.folded

    @cached_property
    def line_starts(self) -> array[int]:
        """Offsets where each line starts (line 1 starts at 0), eight bytes a line."""
        starts = array("q", [0])
        starts.extend(m.end() for m in _NEWLINE.finditer(self.folded))
        return starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset``."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def snippet(self, span: Span, context: int = 20) -> str:
        """The text around ``span`` on one line, for messages."""
        start = max(0, span.start - context)
        piece = self.original[start : span.end + context]
        return " ".join(piece.split())

    @cached_property
    def _compact(self) -> tuple[str, list[int], list[int]]:
        """The compact text, and where each kept run starts in it and in the original."""
        parts = _SPLIT.split(self.folded)  # kept, dropped, kept, … (a kept run may be empty)
        starts = list(itertools.accumulate(map(len, parts), initial=0))
        kept = parts[::2]
        original_starts = list(itertools.compress(starts[::2], kept))
        runs = [part for part in kept if part]
        compact_starts = list(itertools.accumulate(map(len, runs), initial=0))
        compact_starts.pop()
        return "".join(runs), compact_starts, original_starts

    @property
    def compact(self) -> str:
        """The folded text without white space, quotes and pinyin glosses."""
        return self._compact[0]

    def _original(self, index: int) -> int:
        """The original offset of compact character ``index`` (which must exist)."""
        _, compact_starts, original_starts = self._compact
        run = bisect.bisect_right(compact_starts, index) - 1
        return original_starts[run] + index - compact_starts[run]

    def compact_span(self, start: int, end: int) -> Span:
        """The original span of ``compact[start:end]``; for ``end <= start``, the empty span at the
        original position of compact character ``start`` (or the end of the text).
        """
        if end <= start:
            point = self._original(start) if start < len(self.compact) else len(self.original)
            return Span(point, point)
        return Span(self._original(start), self._original(end - 1) + 1)

    def compact_offset(self, original_offset: int) -> int:
        """The compact index of the first kept character at or after ``original_offset``."""
        _, compact_starts, original_starts = self._compact
        run = bisect.bisect_right(original_starts, original_offset) - 1
        if run < 0:
            return 0
        inside = original_offset - original_starts[run]
        next_start = compact_starts[run + 1] if run + 1 < len(compact_starts) else len(self.compact)
        return min(compact_starts[run] + inside, next_start)


@lru_cache(maxsize=4096)
def compact_text(text: str) -> str:
    """The compact form of a short string (a label): folded, without white space and quotes.

    Cached: the forms' labels are compacted by several readers, at import and in every parse.

    >>> compact_text("（二）部分公开 “三安全一稳定”")
    '(二)部分公开三安全一稳定'
    """
    return _DROPPED.sub("", fold(text))
