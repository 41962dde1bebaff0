import datetime as dt

import pytest

from govdisclosure.text.dates import find_dates, iter_years


@pytest.mark.parametrize(("text", "date"), [
    ("发布时间:2019-03-14 09:17", dt.date(2019, 3, 14)),
    ("2014-12-05 19:36     来源", dt.date(2014, 12, 5)),
    ("（2014年3 月21日）", dt.date(2014, 3, 21)),
    ("二〇一九年三月十四日", dt.date(2019, 3, 14)),
    ("2020/1/31", dt.date(2020, 1, 31)),
    ("发布时间:2019-03-1409:17", dt.date(2019, 3, 14)),  # every space removed: the time glued on
    ("2019-3-509:17:02来源", dt.date(2019, 3, 5)),
])
def test_dates_in_header_forms(text, date):
    """The publication-date shapes seen in real page headers."""
    assert find_dates(text)[0].date == date


@pytest.mark.parametrize("text", ["2019-02-30", "2019-03-1409", "2019-03-14091", "1015日", "201711日至20171231日", "电话:0591-23165385"])
def test_broken_dates_are_ignored(text):
    """Impossible or truncated dates are not read."""
    assert find_dates(text) == []


def test_years():
    """Years followed by 年, Arabic or Chinese."""
    assert [y for y, _, _ in iter_years("2018年度和二〇一九年")] == [2018, 2019]
