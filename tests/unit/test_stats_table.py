"""The pre-2019 statistics forms: each line shape real pages produce, and each validation."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govdisclosure as gd
from govdisclosure.forms import HeaderWord
from govdisclosure.forms.national_2014 import HEADER_WORDS
from govdisclosure.reading.form import header_kinds
from govdisclosure.source import compact_text

HEAD = "某某县2016年政府信息公开工作年度报告\n附件\n政府信息公开情况统计表\n（2016年度）\n统 计 指 标 单位 统计数\n"


def record(text: str) -> dict[str, object]:
    return gd.parse(text, strict=True).to_record()


def codes(text: str) -> list[str]:
    return [d.code for d in gd.parse(text, strict=True).diagnostics]


@pytest.mark.parametrize(("name", "body", "expected"), [
    ("label value", "（一）收到申请数 12\n1.当面申请数 2\n2.传真申请数 0\n3.网络申请数 10\n4.信函申请数 0\n",
     {"applications.received": 12, "applications.channel.online": 10}),
    ("label unit value", "（一）收到申请数 件 12\n1.当面申请数 件 12\n2.传真申请数 件 0\n3.网络申请数 件 0\n",
     {"applications.received": 12, "applications.channel.in_person": 12}),
    ("wrapped label, value on the third line",
     "一、主动公开情况 ——\n（一）主动公开政府信息数\n（不同渠道和方式公开相同信息计1条）\n9850\n其中：主动公开规范性文件数 9\n"
     "制发规范性文件总数 9\n",
     {"proactive.total": 9850, "proactive.normative_documents": 9, "proactive.normative_documents_issued": 9}),
    ("tabs", "（一）收到申请数\t件\t7\n1.当面申请数\t件\t7\n2.传真申请数\t件\t0\n3.网络申请数\t件\t0\n",
     {"applications.received": 7, "applications.channel.fax": 0}),
    ("runs of spaces", "（一）收到申请数     7\n1.当面申请数      7\n2.传真申请数    0\n3.网络申请数   0\n",
     {"applications.received": 7}),
    ("full-width digits and brackets", "（一）收到申请数 １２\n１．当面申请数 １２\n２．传真申请数 ０\n３．网络申请数 ０\n",
     {"applications.received": 12, "applications.channel.in_person": 12}),
    ("numbering variants", "(一)收到申请数 3\n1、当面申请数 3\n2、传真申请数 0\n3.网络申请数 0\n",
     {"applications.received": 3, "applications.channel.in_person": 3}),
    ("万元 with decimals and 人次", "七、依申请公开信息收取的费用 万元 0.25\n八、机构建设和保障经费情况 ——\n"
     "（一）政府信息公开工作专门机构数 1\n（三）从事政府信息公开工作人员数 3\n（四）政府信息公开专项经费 万元 1.5\n"
     "九、政府信息公开会议和培训情况 ——\n（三）接受培训人员数 人次 158\n",
     {"fees.total_yuan": 2500, "staffing.budget_yuan": 15000, "training.trainees": 158}),
    ("glued crawler text", "（一）收到申请数件11.当面申请数件12.传真申请数件03.网络申请数件04.信函申请数件0",
     {"applications.received": 1, "applications.channel.in_person": 1, "applications.channel.letter": 0}),
])
def test_line_shapes(name, body, expected):
    """Each shape of real pages reads the same values."""
    got = record(HEAD + body)

    assert {k: got[k] for k in expected} == expected, name


def test_blank_value_is_not_given_not_zero():
    """A row printed with nothing after it is left empty, with an info diagnostic."""
    text = HEAD + "（一）政府信息公开工作专门机构数 1\n（二）设置政府信息公开查阅点数  \n（三）从事政府信息公开工作人员数 2\n"

    report = gd.parse(text, strict=True)

    assert report.statistics.staffing.reading_points is None
    assert report.statistics.staffing.units.value == 1
    assert "GD204" in [d.code for d in report.diagnostics]


def test_header_rows_hold_no_value():
    """Group rows marked —— are not values."""
    got = record(HEAD + "三、依申请公开情况 ——\n（一）收到申请数 4\n1.当面申请数 4\n2.传真申请数 0\n")

    assert got["applications.received"] == 4


def test_year_and_cumulative_columns():
    """With a 本年/历年累计 pair, the year's column is read and the cumulative noted."""
    text = ("某某区2012年政府信息公开工作年度报告\n指标名称 计量单位 2012年度 历年累计\n主动公开文件数 条 120 900\n"
            "其中：1、政府网站公开数 条 100 800\n2、政府公报公开数 条 20 100\n受理依申请公开信息总数 条 3 30\n")

    report = gd.parse(text, strict=True)

    assert report.to_record()["proactive.total"] == 120
    assert report.to_record()["applications.received"] == 3
    assert "GD209" in [d.code for d in report.diagnostics]


def test_year_and_cumulative_glued_together():
    """Crawler text that glued every cell and row together: a split that only one reading allows
    (``035`` is 0 and 35, a number has no leading 0) gives the year's 0, never the running total;
    digits that make one number or two (``254378967``, ``11``) are left empty; and a lone number
    glued to the next row's label is not taken for the year's figure with its total left blank."""
    text = ("某某区2012年政府信息公开工作年度报告指标名称计量单位2012年度历年累计主动公开文件数条254378967"
            "其中：1、政府网站公开数条0352、政府公报公开数条00受理依申请公开信息总数条11其中：1、当面申请数条01")

    report = gd.parse(text, strict=True)
    got = report.to_record()

    assert [got[k] for k in ("proactive.total", "proactive.channel.website", "proactive.channel.gazette",
                             "applications.received", "applications.channel.in_person")] == [None, 0, 0, None, 0]
    assert {"GD202", "GD209"} <= {d.code for d in report.diagnostics}


def test_a_simplified_local_form_of_the_same_order():
    """A local form that asks less, in the 2008 forms' order and words of its own (信息公开申请数,
    同意公开数, 不予公开数): its rows are read, its own rows kept with a diagnostic."""
    text = ("某某县统计局2012年政府信息公开工作年度报告\n附表\n统计指标 单位 统计数\n一、主动公开信息数 条 120\n"
            "1.机构领导、设置及人事类信息 条 10\n二、依申请公开信息目录数 条 3\n信息公开申请数 件 4\n①当面 件 1\n"
            "对申请的答复数 件 4\n①同意公开数 件 2\n②同意部分公开数 件 1\n③不予公开数 件 1\n④其他情况 件 0\n"
            "有关政府信息公开行政复议数 件 0\n")

    got = record(text)

    assert {k: got[k] for k in ("proactive.total", "applications.received", "applications.replied",
                                "applications.granted", "applications.partially_granted", "applications.denied",
                                "reconsideration.total")} == {
        "proactive.total": 120, "applications.received": 4, "applications.replied": 4, "applications.granted": 2,
        "applications.partially_granted": 1, "applications.denied": 1, "reconsideration.total": 0}


def test_unknown_rows_are_kept_with_a_diagnostic():
    """A row no form knows is kept in report.tables and reported, not dropped or misread."""
    text = HEAD + "（一）收到申请数 5\n1.当面申请数 5\n主动公开机构领导信息 条 12\n2.传真申请数 0\n3.网络申请数 0\n"

    report = gd.parse(text, strict=True)

    assert report.to_record()["applications.channel.in_person"] == 5
    assert "GD205" in [d.code for d in report.diagnostics]
    rows = [row for table in report.tables for row in table.rows if row.key is None]
    assert any(row.cells[0].text == "主动公开机构领导信息" for row in rows)


@pytest.mark.parametrize(("body", "code"), [
    ("（一）收到申请数 5\n1.当面申请数 1\n2.传真申请数 0\n3.网络申请数 1\n4.信函申请数 0\n", "GD302"),
    ("（二）申请办结数 5\n1.按时办结数 3\n2.延期办结数 1\n（三）申请答复数 5\n", "GD302"),
    ("（三）从事政府信息公开工作人员数 2\n1.专职人员数 0\n2.兼职人员数 0\n（四）政府信息公开专项经费 万元 1\n", "GD302"),
    ("（三）申请答复数 4\n1.属于已主动公开范围数 1\n2.同意公开答复数 1\n3.同意部分公开答复数 0\n4.不同意公开答复数 0\n"
     "5.不属于本行政机关公开数 0\n6.申请信息不存在数 0\n7.告知作出更改补充数 0\n8.告知通过其他途径办理数 0\n", "GD302"),
])
def test_validations(body, code):
    """The form's own arithmetic is checked; a failure is a warning, values stay as printed."""
    assert code in codes(HEAD + body)


def test_form_date_before_the_year():
    """A 填报日期 before the end of the year the form reports on is flagged."""
    text = HEAD + "（一）收到申请数 1\n1.当面申请数 1\n2.传真申请数 0\n单位负责人：某某\n填报日期：2016年1月25日\n"

    assert "GD305" in codes(text)


def test_table_and_prose_disagree():
    """A prose figure far from the table's is flagged; the table's value is kept."""
    text = HEAD.replace("附件", "全年通过政务公开栏公布政府信息1200余条。\n附件") + (
        "一、主动公开情况 ——\n（一）主动公开政府信息数 9850\n其中：主动公开规范性文件数 9\n制发规范性文件总数 9\n")

    report = gd.parse(text, strict=True)

    assert report.to_record()["proactive.total"] == 9850
    assert "GD304" in [d.code for d in report.diagnostics]


def _header_kinds(compact: str, words: tuple[HeaderWord, ...]) -> tuple[str, ...]:
    """``header_kinds`` written out: at each place a year, else the longest label, else move on."""
    vocabulary = sorted(((compact_text(label), word.kind) for word in words for label in word.labels),
                        key=lambda item: -len(item[0]))
    kinds: list[str] = []
    position = 0
    while position < len(compact):
        year = re.match(r"(?:19|20)[0-9]{2}年度?", compact[position:])
        if year:
            kinds.append("value")
            position += year.end()
            continue
        for label, kind in vocabulary:
            if compact.startswith(label, position):
                kinds.append(kind)
                position += len(label)
                break
        else:
            position += 1
    return tuple(kinds)


@given(st.lists(st.sampled_from([compact_text(label) for word in HEADER_WORDS for label in word.labels]
                                + ["2014年", "2014年度", "2015", "19", "单", "年度", "数", "（", "）"]), max_size=8))
def test_header_kinds_reads_each_head_once_longest_first(pieces):
    """Column heads are read left to right, a year first, else the longest label (labels that contain
    another, years without 年 and stray characters are drawn together)."""
    compact = "".join(pieces)

    assert header_kinds(compact, HEADER_WORDS) == _header_kinds(compact, HEADER_WORDS)


@pytest.mark.parametrize("none", ["无", "暂无", "没有", "零"])
@pytest.mark.parametrize("rendering", ["{label} 件 {value}", "{label}\t件\t{value}", "| {label} | 件 | {value} |"])
def test_a_cell_that_says_none_is_zero_and_a_mark_is_not_applicable(none, rendering):
    """无 in a count's cell says there was none: 0. A mark (/, —, 不适用) leaves the row empty (GD213)."""
    rows = [("（一）收到申请数", none), ("1.当面申请数", "/"), ("2.传真申请数", "—"), ("3.网络申请数", "不适用"),
            ("五、行政复议数量", none)]
    body = "\n".join(rendering.format(label=label, value=value) for label, value in rows) + "\n"

    found = record(HEAD + body)

    assert found["applications.received"] == 0
    assert found["reconsideration.total"] == 0
    assert [found.get(f"applications.channel.{c}") for c in ("in_person", "fax", "online")] == [None] * 3
    assert codes(HEAD + body).count("GD213") == 3
