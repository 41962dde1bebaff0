"""Tab tables as some HTML-to-text converters write them, a tab after every cell (the last one too),
read as the same tables with tabs between cells only; and a blank last cell before a row's closing
``|`` or tab is still a cell of table 四. Text in which every line ends with a tab, prose too, reads
as the text without them."""

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import STANDARD_RENDERINGS, STATS_RENDERINGS, standard_reports, stats_reports, wrong_values

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


_LINED = [r for r in STANDARD_RENDERINGS if r not in ("glued", "nbsp")]


@given(st.one_of(stats_reports(renderings=[r for r in STATS_RENDERINGS if r != "oneline"]),
                 standard_reports(renderings=_LINED)),
       st.sampled_from(["\t", "  \t", "\t "]))
@settings(max_examples=80)
def test_every_line_ended_by_a_tab(case, end):
    """A converter that ends every paragraph and every cell with a tab: a row of figures separated
    by spaces (PDF text) is not one tab cell, and a tab row keeps its blank cells."""
    text, expected, _ = case
    ended = "\n".join(line + end for line in text.split("\n"))
    note(ended)

    record = gd.parse(ended, strict=True).to_record()

    assert wrong_values(record, expected) == []
    plain = gd.parse(text, strict=True).to_record()
    assert {k: v for k, v in record.items() if "." in k} == {k: v for k, v in plain.items() if "." in k}


@given(standard_reports(renderings=("tabs",)))
@settings(max_examples=60)
def test_tab_rows_joined_into_one_line_by_spaces(case):
    """A crawler that joins a converted page's lines with spaces, keeping the cells' tabs: a row's
    blank last cell is followed by a space and the next row or heading, and is still a cell."""
    text, expected, _ = case
    joined = text.replace("\n", " ")
    note(joined)

    record = gd.parse(joined, strict=True).to_record()

    assert not wrong_values(record, expected, precision_only=True)
    t4 = {k: v for k, v in expected.items() if k.startswith("table4.")}
    assert not wrong_values(record, t4)


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


@given(st.sampled_from(["", "\t"]), st.sampled_from([" ", "\u3000", "  "]))
def test_blank_last_cell_of_table4_before_the_next_row_on_the_same_line(close, joiner):
    """Rows joined into one line by spaces, tabs kept: the last cell is blank, then a space and the
    next heading; the blank is still the 15th cell."""
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    values = ["5", "", "", "2", "7", "8", "", "", "1", "9", "", "", "", "", ""]
    text = joiner.join([
        "甲县民政局2020年政府信息公开工作年度报告",
        "四、政府信息公开行政复议、行政诉讼情况",
        "行政复议\t行政诉讼",
        "\t".join([*heads, "未经复议直接起诉", "复议后起诉"]),
        "\t".join(heads * 3),
        "\t".join(values) + close,
        "五、存在的主要问题及改进情况",
    ])

    record = gd.parse(text, strict=True).to_record()

    assert (record["reconsideration.total"], record["litigation.total"]) == (7, 9)
    assert record["table4.litigation_after_review.total"] == 0
