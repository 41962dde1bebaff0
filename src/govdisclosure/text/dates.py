"""Dates as reports print them: ``2019-03-14 09:17``, ``2019年3月14日``, ``（2014年3 月21日）``,
``二〇一九年三月十四日``, and years (``2018年度``).

>>> [(d.date.isoformat(), d.start, d.end) for d in find_dates("发布时间:2019-03-12 15:17:14")]
[('2019-03-12', 5, 24)]
>>> find_dates("发布时间:2019-03-1409:17")[0].date  # a time glued to the day (white space removed)
datetime.date(2019, 3, 14)
>>> find_dates("（2014年3 月21日）")[0].date
datetime.date(2014, 3, 21)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs

from govdisclosure.text.numbers import chinese_to_int
from govdisclosure.text.patterns import lazy_pattern

MIN_YEAR = 1990
MAX_YEAR = 2100

_CN = "〇○零一二三四五六七八九十"
_DATE = lazy_pattern(
    rf"""
    (?<![0-9])
    (?:
        (?P<y>(?:19|20)[0-9]{{2}})\s*(?P<s>[-/.])\s*(?P<m>[0-9]{{1,2}})\s*(?P=s)\s*(?P<d>[0-9]{{1,2}})(?:(?![0-9])|(?=[0-9]{{2}}:[0-5][0-9]))
        (?:\s*(?:[T ]\s*)?[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?)?
      |
        (?P<y2>(?:19|20)[0-9]{{2}})\s*年\s*(?P<m2>[0-9]{{1,2}})\s*月\s*(?P<d2>[0-9]{{1,2}})\s*[日号]
      |
        (?P<y3>[{_CN}]{{4}})\s*年\s*(?P<m3>[{_CN}]{{1,3}}|元)\s*月\s*(?P<d3>[{_CN}]{{1,3}})\s*[日号]
    )
    """,
    re.VERBOSE,  # the same flag in regex
)
_YEAR = lazy_pattern(r"(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])\s*年")
_CN_YEAR = lazy_pattern(rf"([{_CN}]{{4}})\s*年")


@attrs.frozen
class FoundDate:
    """A date found in text, with its offsets in that text."""

    date: dt.date
    start: int
    end: int


def _make(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    if year is None or month is None or day is None or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def iter_dates(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[FoundDate]:
    """Yield every valid date in ``text[pos:endpos]`` in order."""
    for m in _DATE.finditer(text, pos, endpos if endpos is not None else len(text)):
        if m.group("y"):
            date = _make(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        elif m.group("y2"):
            date = _make(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
        else:
            month = 1 if m.group("m3") == "元" else chinese_to_int(m.group("m3"))  # 元月: January
            date = _make(chinese_to_int(m.group("y3")), month, chinese_to_int(m.group("d3")))
        if date is not None:
            yield FoundDate(date, m.start(), m.end())


def find_dates(text: str, pos: int = 0, endpos: int | None = None) -> list[FoundDate]:
    """Every valid date in ``text[pos:endpos]``."""
    return list(iter_dates(text, pos, endpos))


def iter_years(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, int, int]]:
    """Yield ``(year, start, end)`` for each ``2018年`` / ``二〇一八年`` in the text."""
    stop = endpos if endpos is not None else len(text)
    for m in _YEAR.finditer(text, pos, stop):
        yield int(m.group(1)), m.start(1), m.end(1)
    for m in _CN_YEAR.finditer(text, pos, stop):
        year = chinese_to_int(m.group(1))
        if year is not None and MIN_YEAR <= year <= MAX_YEAR:
            yield year, m.start(1), m.end(1)
