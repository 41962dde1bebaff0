"""Reading traditional-script text: detect it cheaply, convert it one character for one.

Mirror sites republish reports in traditional script (``規範性文件``, ``行政複議``). Labels are
matched on a simplified view of the same length (``SourceText(text, script=...)``), so every span
still points into the original text.

- Detection counts the frequent traditional-only characters of ``forms.script.DETECTORS`` against
  their simplified forms in the first ``SAMPLE`` characters: a text is traditional when it prints
  at least ``MIN_TRADITIONAL`` of them and more of them than of their simplified forms (a
  simplified report quoting a traditional name is not). Text without any of them costs one regex
  search.
- Conversion uses OpenCC's ``t2s`` (the ``[traditional]`` extra) when it is installed and keeps the
  length, else the built-in character table; then the same-length word fixes of
  ``forms.script.PHRASES``.

>>> to_simplified("第二十條第（一）項 行政複議 答覆")
'第二十条第（一）项 行政复议 答复'
>>> is_traditional("某某縣2019年政府信息公開工作年度報告"), is_traditional("某某县2019年政府信息公开工作年度报告")
(True, False)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Protocol

from govdisclosure.forms.script import DETECTOR_COUNTERPARTS, DETECTORS, PHRASES, SIMPLIFIED, TRADITIONAL
from govdisclosure.text.patterns import lazy_pattern, lazy_re, words_pattern

MIN_TRADITIONAL = 3
"""Fewest traditional-only characters that make a text traditional: a title (``縣…公開…報告``) has
three; a simplified report quoting one traditional name has one or two."""

SAMPLE = 50_000
"""Characters looked at to tell the script: a mirror is traditional throughout, and counting stays
bounded however long the text."""

# stdlib re: a class of literal characters, searched in a fifth of the time regex takes
_TRADITIONAL = lazy_re(f"[{re.escape(DETECTORS)}]")
_SIMPLIFIED = lazy_re(f"[{re.escape(DETECTOR_COUNTERPARTS)}]")
_PHRASES = dict(PHRASES)
_PHRASE = lazy_pattern(words_pattern(phrase for phrase, _ in PHRASES))


class _Converter(Protocol):
    def convert(self, text: str) -> str: ...


def is_traditional(text: str) -> bool:
    """Whether ``text`` is written in traditional script (judged on its first ``SAMPLE`` characters)."""
    if _TRADITIONAL.search(text, 0, SAMPLE) is None:
        return False
    sample = text[:SAMPLE]
    traditional = sum(1 for _ in _TRADITIONAL.finditer(sample))
    return traditional >= MIN_TRADITIONAL and traditional > sum(1 for _ in _SIMPLIFIED.finditer(sample))


@functools.cache
def _table() -> dict[int, int]:
    return str.maketrans(TRADITIONAL, SIMPLIFIED)


@functools.cache
def _opencc() -> _Converter | None:
    try:
        import opencc  # noqa: PLC0415 - optional extra, imported on first traditional text

        converter: _Converter = opencc.OpenCC("t2s")
    except Exception:  # noqa: BLE001 - missing, or another package shadowing the name: use the table
        return None
    return converter


def to_simplified(text: str) -> str:
    """``text`` in simplified characters, with exactly the same length."""
    converted = None
    opencc = _opencc()
    if opencc is not None:
        try:
            converted = opencc.convert(text)
        except Exception:  # noqa: BLE001 - e.g. lone surrogates OpenCC cannot encode: use the table
            converted = None
    if converted is None or len(converted) != len(text):
        converted = text.translate(_table())
    return _PHRASE.sub(lambda m: _PHRASES[m.group()], converted)


def simplifier(text: str) -> Callable[[str], str] | None:
    """The converter to give ``SourceText`` for ``text``: ``to_simplified`` when it is traditional."""
    return to_simplified if is_traditional(text) else None
