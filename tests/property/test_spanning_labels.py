"""Pipe tables whose row labels span several columns, as HTML-to-Markdown converters write them
(trafilatura, markdownify): the label cell is followed by an empty cell for each further column it
spans (``| 一、本年新收政府信息公开申请数量 |  |  | 821 | 35 | …``). Every value is read in place."""

import regex
from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports

import govdisclosure as gd

_LABEL_CELL = regex.compile(r"^(\|? ?[^|\d\n][^|\n]*?) \|(?= )", regex.MULTILINE)
"""A row written on one line whose first cell is a label (not a number)."""


@given(standard_reports(renderings=("pipes",)), st.data())
@settings(max_examples=60)
def test_empty_cells_after_a_spanning_label_are_passed_over(case, data):
    text, expected, _ = case
    head, rest = text.split("三、收到和处理政府信息公开申请情况\n")
    table, tail = rest.split("\n四、政府信息公开行政复议")
    padded = _LABEL_CELL.sub(lambda m: m.group(1) + " |" + "  |" * data.draw(st.integers(0, 2)), table)
    text = head + "三、收到和处理政府信息公开申请情况\n" + padded + "\n四、政府信息公开行政复议" + tail
    note(text)

    record = gd.parse(text, strict=True).to_record()

    wanted = {k: v for k, v in expected.items() if k.startswith("table3.")}
    assert {k: record.get(k) for k in wanted} == wanted
