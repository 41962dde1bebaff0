"""Tables 三 and 四 with one cell per line, as HTML-to-text converters write a table, where a blank
cell (which the format reads as 0) is an empty line or a line of a no-break space; and the same
with every cell a paragraph of its own, one blank line after it, as text browsers dump a table
(a blank cell then adds one more blank line)."""

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import TABLES34_SECTION, rewrite_section, standard_reports, wrong_values

import govdisclosure as gd


@st.composite
def _blank_zero_lines(draw, text: str) -> str:
    """Tables 三 and 四 with each zero cell written as an empty line, a no-break space or a space."""
    blanks = st.sampled_from(["", "\u00a0", " ", "0"])
    return rewrite_section(text, TABLES34_SECTION, lambda lines: [draw(blanks) if x == "0" else x for x in lines])


def _paragraphs(text: str) -> str:
    """Tables 三 and 四 with a blank line after every line, and none for a blank (zero) cell."""
    return rewrite_section(text, TABLES34_SECTION, lambda lines: ["" if x == "0" else x + "\n" for x in lines])


@given(standard_reports(renderings=("lines",)), st.data())
@settings(max_examples=60)
def test_blank_cells_as_empty_lines(case, data):
    text, expected, _ = case
    blanked = data.draw(_blank_zero_lines(text))
    note(blanked)

    report = gd.parse(blanked, strict=True)

    assert not wrong_values(report.to_record(), expected)


@given(standard_reports(renderings=("lines",)))
@settings(max_examples=60)
def test_cells_as_paragraphs(case):
    text, expected, _ = case
    dumped = _paragraphs(text)
    note(dumped)

    report = gd.parse(dumped, strict=True)

    assert not wrong_values(report.to_record(), expected)


def test_blank_lines_that_do_not_add_up_leave_table4_empty():
    """A text browser that dropped some blank lines: read one cell per line the fifteen lines give
    fifteen cells, but the groups' sums fail (5 + 0 + 0 ≠ 2), and read as paragraphs they give
    eight. Nothing is read rather than values in the wrong columns."""
    heads = ["行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉",
             *(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2)]
    values = ["5", "", "", "2", "", "7", "", "8", "", "", "1", "", "9", ""]
    text = "\n\n".join(["乙市教育局2020年政府信息公开工作年度报告", "四、政府信息公开行政复议、行政诉讼情况", *heads]) + "\n\n"
    text += "\n".join(values) + "\n五、存在的主要问题及改进情况\n\n无。"

    record = gd.parse(text, strict=True).to_record()

    assert record["table4.reconsideration.total"] is None
    assert record["table4.litigation_direct.total"] is None
