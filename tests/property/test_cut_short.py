"""A report cut short, as a stored page excerpt is (it stops wherever the page store stopped):
the standard tables it keeps are read as far as they go, and the report is known for a standard
one. Labels of the forms that prose names are no table: a cut that leaves too little is not read."""

import re

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports, wrong_values

import govdisclosure as gd
from govdisclosure.forms.standard import TABLE2_2019, TABLE2_2021, TABLE3_2019, TABLE3_2021

_NUMBERS = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?:元)?(?![0-9.])")
_TABLE2 = "二、主动公开政府信息情况"
_TABLE3 = "三、收到和处理政府信息公开申请情况"


def _keys(expected: dict, table2: bool) -> list[str]:
    """The record keys of table 二 or 三 that ``expected`` holds, in the order the form prints them."""
    newer = expected["format"] == "standard_2021"
    table = (TABLE2_2021 if newer else TABLE2_2019) if table2 else (TABLE3_2021 if newer else TABLE3_2019)
    keys = [f"{row.key}.{column.key}" for row in table.value_rows for column in table.columns_of(row)]
    return [key for key in keys if key in expected]


def _value_lines(lines: list[str], start: int, stop: int, cells: int) -> list[int]:
    """Indices of the lines in ``lines[start:stop]`` with a number (``cells`` 1), or with seven
    cells (``cells`` 7: numbers, or tabs where a blank tab cell is a zero): the value rows."""
    return [i for i in range(start, stop)
            if len(_NUMBERS.findall(lines[i])) >= cells or (cells > 1 and lines[i].count("\t") >= cells - 1)]


@given(standard_reports(renderings=("spaces", "tabs")), st.sampled_from(["table2", "table3"]), st.data())
@settings(max_examples=120)
def test_a_report_cut_short_keeps_its_first_rows(case, where, data):
    """Cut after table 二's second row or later, or after table 三's first, second or third row: the
    report is a standard one, every row before the cut is read whole, and no value is wrong."""
    text, expected, _ = case
    lines = text.split("\n")
    two, three = lines.index(_TABLE2), lines.index(_TABLE3)
    if where == "table2":
        rows = _value_lines(lines, two, three, 1)
        keep = data.draw(st.integers(2, len(rows)))
        cut = rows[keep - 1] + 1
        read = _keys(expected, table2=True)[: sum(len(_NUMBERS.findall(lines[i])) for i in rows[:keep])]
    else:
        rows = _value_lines(lines, three, len(lines), 7)
        keep = data.draw(st.integers(1, 3))
        cut = rows[keep - 1] + 1
        read = _keys(expected, table2=False)[: 7 * keep] + _keys(expected, table2=True)
    text = "\n".join(lines[:cut])
    note(text)

    record = gd.parse(text, strict=True).to_record()

    assert record["format"] == expected["format"]
    assert wrong_values(record, {k: v for k, v in expected.items() if k.startswith("table")},
                        precision_only=True) == []
    assert wrong_values(record, {key: expected[key] for key in read}) == []


@given(st.sampled_from(["予以公开{a}件，部分公开{b}件，不予公开{c}件。",
                        "本年新收政府信息公开申请数量{a}件，上年结转政府信息公开申请数量{b}件。",
                        "规章{a}件，行政规范性文件{b}件，行政许可{c}件。"]),
       st.integers(0, 99), st.integers(0, 99), st.integers(0, 99))
def test_labels_in_prose_are_no_table(sentence, a, b, c):
    """A sentence that names a few form labels with figures is prose, not a table cut short."""
    text = f"某县2022年政府信息公开工作年度报告\n一、总体情况\n{sentence.format(a=a, b=b, c=c)}\n"

    report = gd.parse(text, strict=True)

    assert report.layout is gd.Layout.NARRATIVE
    assert not any(key.startswith("table") and value is not None for key, value in report.to_record().items())
