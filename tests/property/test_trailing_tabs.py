"""Tab tables as some HTML-to-text converters write them, a tab after every cell (the last one too),
read as the same tables with tabs between cells only; and a blank last cell before a row's closing
``|`` or tab is still a cell of table 四."""

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports, stats_reports, wrong_values

import govdisclosure as gd


def _tab_after_every_cell(text: str) -> str:
    return "\n".join(line + "\t" if "\t" in line else line for line in text.split("\n"))




@given(st.one_of(stats_reports(renderings=("tabs",)), standard_reports(renderings=("tabs",))))
@settings(max_examples=80)
def test_tables_with_a_tab_after_every_cell(case):
    """Pre-2019 forms (a unit column, then the figure) and standard tables 二, 三 and 四 (blank
    cells included) read back whole."""
    text, expected, _ = case
    tabbed = _tab_after_every_cell(text)
    note(tabbed)

    report = gd.parse(tabbed, strict=True)

    assert not wrong_values(report.to_record(), expected)
    assert not [d for d in report.diagnostics if d.code == "GD206"]


def test_blank_last_cell_of_table4_before_the_closing_separator():
    """Fifteen cells, the last one blank, then the row's closing ``|`` or tab: the blank is the 15th."""
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    values = ["1", "", "", "", "1", "2", "", "", "", "2", "", "", "", "", ""]
    for sep, close in (("\t", "\t"), (" | ", " |")):
        text = "\n".join([
            "甲县民政局2020年政府信息公开工作年度报告",
            "四、政府信息公开行政复议、行政诉讼情况",
            sep.join(["行政复议", "行政诉讼"]),
            sep.join([*heads, "未经复议直接起诉", "复议后起诉"]),
            sep.join(heads * 3),
            ("| " if close == " |" else "") + sep.join(values) + close,
            "五、存在的主要问题及改进情况",
        ])

        record = gd.parse(text, strict=True).to_record()

        assert record["reconsideration.total"] == 1, repr(close)
        assert record["litigation.total"] == 2, repr(close)
