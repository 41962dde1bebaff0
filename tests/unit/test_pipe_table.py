"""Pipe tables in their real shapes, mapped onto the official forms by their headers."""

import pytest

import govdisclosure as gd

TITLE = "某某市2013年政府信息公开年度报告\n八、附表\n"

FAMILY_A = """1. 主动公开情况统计
指 标 | 单位 | 数 量 |
主动公开信息数 | 条 | 138 |
其中:全文电子化的主动公开信息数 | 条 | 120 |
新增的行政规范性文件数 | 条 | 10 |
2.依申请公开情况统计
指 标 | 单位 | 数 量 |
申请总数 | 条 | 3 |
其中:1.当面申请数 | 条 | 1 |
2. 传真申请数 | 条 | 0 |
3. 电子邮件申请数 | 条 | 0 |
4. 网上申请数 | 条 | 2 |
5. 信函申请数 | 条 | 0 |
6. 其他形式申请数 | 条 | 0 |
对申请的答复总数 | 条 | 3 |
其中:1.同意公开答复数 | 条 | 2 |
2. 同意部分公开答复数 | 条 | 0 |
3. 否决公开答复总数 | 条 | 1 |
其中:(1)非《规定》所指政府信息数 | 条 | 0 |
(5)“免予公开范围 1 ” 数 | 条 | 1 |
注:免予公开范围指《规定》第十条所列免予公开的政府信息范围。
(11)其它原因 | 条 | 0 |
4.申诉情况统计表
指 标 | 单位 | 数 量 |
行政复议数 | 件 | 0 |
行政诉讼数 | 件 | 1 |
行政申诉数 | 件 | 0 |
"""

EXPECTED_A = {
    "proactive.total": 138, "proactive.full_text_electronic": 120, "proactive.normative_documents": 10,
    "applications.received": 3, "applications.channel.online": 2, "applications.replied": 3,
    "applications.granted": 2, "applications.denied": 1, "applications.denied_reason.exempt_1": 1,
    "applications.denied_reason.other": 0, "reconsideration.total": 0, "litigation.total": 1,
}


def read(text: str) -> gd.AnnualReport:
    return gd.parse(text, strict=True)


def values(report: gd.AnnualReport, keys) -> dict[str, object]:
    record = report.to_record()
    return {k: record[k] for k in keys}


def test_family_a_tables_with_captions_and_notes():
    """Four small tables with captions between them and a note line inside one, read as one form."""
    report = read(TITLE + FAMILY_A)

    assert values(report, EXPECTED_A) == EXPECTED_A
    assert report.layout is gd.Layout.PIPE_TABLE
    assert report.form is gd.Form.LOCAL_2008


@pytest.mark.parametrize("transform", [
    pytest.param(lambda t: t, id="trailing pipes"),
    pytest.param(lambda t: "\n".join(("| " + line if " | " in line else line) for line in t.splitlines()),
                 id="leading and trailing pipes"),
    pytest.param(lambda t: t.replace(" |\n", "\n"), id="no outer pipes"),
    pytest.param(lambda t: t.replace("指 标 | 单位 | 数 量 |\n", "指 标 | 单位 | 数 量 |\n|---|---|---|\n"),
                 id="separator rows"),
    pytest.param(lambda t: t.replace(" | ", "|"), id="no spaces"),
])
def test_pipe_row_shapes(transform):
    """Outer pipes or none, separator rows, tight or spaced cells: the same values."""
    report = read(TITLE + transform(FAMILY_A))

    assert values(report, EXPECTED_A) == EXPECTED_A


def test_empty_and_marked_cells():
    """An empty cell and a cell holding —— or / are not values; the form's blank means not given."""
    text = TITLE + FAMILY_A.replace("行政诉讼数 | 件 | 1 |", "行政诉讼数 | 件 |  |").replace(
        "行政申诉数 | 件 | 0 |", "行政申诉数 | 件 | —— |")

    report = read(text)

    assert report.statistics.litigation.total is None
    assert report.statistics.appeals.total is None
    assert {"GD204", "GD213"} <= {d.code for d in report.diagnostics}


def test_rows_with_fewer_and_more_cells_than_the_header():
    """A row missing its unit cell, and a table whose header names a cumulative column."""
    text = ("某某市2011年政府信息公开年度报告\n| 指标名称 | 计量单位 | 2011年度 | 历年累计 |\n| --- | --- | --- | --- |\n"
            "| 主动公开文件数 | 条 | 40 | 300 |\n| 其中：1、政府网站公开数 | 38 | 280 |\n| 2、政府公报公开数 | 条 | 2 | 20 |\n"
            "| 受理依申请公开信息总数 | 条 | 1 | 9 |\n")

    got = read(text).to_record()

    assert (got["proactive.total"], got["proactive.channel.website"], got["applications.received"]) == (40, 38, 1)


def test_standard_table3_as_pipes():
    """The 2021 table 三 written as a pipe table, header split over rows, merged group cells."""
    rows = ["| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | | | | | | |",
            "| | 自然人 | 法人或其他组织 | | | | | 总计 |",
            "| | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |",
            "| 一、本年新收政府信息公开申请数量 | 3746 | 63 | 0 | 0 | 19 | 2 | 3830 |",
            "| 二、上年结转政府信息公开申请数量 | 10 | 0 | 0 | 0 | 0 | 0 | 10 |",
            "| 三、本年度办理结果 | （一）予以公开 | 1000 | 20 | 0 | 0 | 5 | 1 | 1026 |",
            "| （七）总计 | 3700 | 63 | 0 | 0 | 19 | 2 | 3784 |",
            "| 四、结转下年度继续办理 | 56 | 0 | 0 | 0 | 0 | 0 | 56 |"]
    text = "某某市2021年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n" + "\n".join(rows)

    report = read(text)
    got = report.to_record()

    assert got["table3.received.total"] == 3830
    assert got["table3.granted.legal_services"] == 5
    assert got["table3.carried_forward.natural_person"] == 56
    assert got["applications.received"] == 3830
    assert report.layout is gd.Layout.PIPE_TABLE


def test_lines_and_pipes_read_alike():
    """The same form written as lines and as pipes gives the same statistics."""
    pipes = read(TITLE + FAMILY_A).to_record()
    lines = read(TITLE + FAMILY_A.replace(" | ", " ").replace(" |", "")).to_record()

    assert {k: v for k, v in pipes.items() if "." in k and v is not None and not k.startswith("diag")} == {
        k: v for k, v in lines.items() if "." in k and v is not None and not k.startswith("diag")}


ROWS = ("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "（一）予以公开", "（七）总计",
        "四、结转下年度继续办理")
VALUES = ([3, 0, 0, 1, 0, 0, 4], [0] * 7, [3, 0, 0, 1, 0, 0, 4], [3, 0, 0, 1, 0, 0, 4], [0] * 7)


@pytest.mark.parametrize("shape", [
    pytest.param(lambda label, cells: label + " |\n" + "\n".join(f"{v} |" for v in cells), id="a cell per line with |"),
    pytest.param(lambda label, cells: label + "\n|\n" + "\n|\n".join(str(v) for v in cells) + "\n|", id="| on its own line"),
    pytest.param(lambda label, cells: "| \n " + label + "  | \n " + "  | \n ".join(str(v) for v in cells) + "  |",
                 id="cells with line breaks inside"),
])
def test_pipe_rows_over_several_lines(shape):
    """A pipe row spread over lines (one cell per line) reads like a row on one line."""
    text = "某局2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n" + "\n".join(
        shape(label, cells) for label, cells in zip(ROWS, VALUES, strict=True))

    got = read(text).to_record()

    assert [got[f"table3.received.{c}"] for c in ("natural_person", "social_welfare", "total")] == [3, 1, 4]
    assert got["applications.received"] == 4
