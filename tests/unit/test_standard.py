"""Tables 二, 三 and 四 of the 2019 and 2021 formats in each textual rendering."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import govdisclosure as gd
from govdisclosure.forms.standard import TABLE3_2021
from govdisclosure.reading import standard as reading_standard

TITLE = "某某区人民政府2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
T3_HEADER = ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n申请人情况\n自然人\n法人或其他组织\n总计\n"
             "商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n")


ZERO_ROWS = ("二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n（三）不予公开\n1.属于国家秘密 0 0 0 0 0 0 0\n"
             "2.其他法律行政法规禁止公开 0 0 0 0 0 0 0\n四、结转下年度继续办理 0 0 0 0 0 0 0\n")
"""Rows of zeros that make a snippet a table (fewer than four rows of table 三 is prose quoting labels)."""


def read(text: str) -> dict[str, object]:
    return gd.parse(text, strict=True).to_record()


def test_one_cell_per_line_with_merged_header_cells():
    """An HTML table flattened to one cell per line: spanning cells once, group labels on their own line."""
    cells = ["一、本年新收政府信息公开申请数量", "3", "0", "0", "0", "0", "0", "3",
             "二、上年结转政府信息公开申请数量", "0", "0", "0", "0", "0", "0", "0",
             "三、本年度办理结果", "（一）予以公开", "2", "0", "0", "0", "0", "0", "2",
             "（三）不予公开", "1.属于国家秘密", "0", "0", "0", "0", "0", "0", "0",
             "（七）总计", "3", "0", "0", "0", "0", "0", "3",
             "四、结转下年度继续办理", "0", "0", "0", "0", "0", "0", "0"]
    got = read(TITLE + T3_HEADER + "\n".join(cells))

    assert got["table3.received.natural_person"] == 3
    assert got["table3.granted.total"] == 2
    assert got["table3.denied.state_secret.total"] == 0
    assert got["applications.received"] == 3


def test_header_missing_values_in_official_order():
    """Without a header the values are read in the official column order, recognised by row labels."""
    text = TITLE + "一、本年新收政府信息公开申请数量 5 1 0 0 0 2 8\n" + ZERO_ROWS

    got = read(text)

    assert (got["table3.received.commercial"], got["table3.received.other_org"], got["table3.received.total"]) == (
        1, 2, 8)


def test_blank_cells_are_zero_and_noted():
    """Tab cells left blank read as 0 with origin ``blank`` and an info diagnostic."""
    text = (TITLE + T3_HEADER.replace("\n", "\t") + "\n一、本年新收政府信息公开申请数量\t4\t\t\t\t1\t\t5\n"
            + ZERO_ROWS.replace(" ", "\t"))

    report = gd.parse(text, strict=True)
    cells = report.statistics.table3.received

    assert (cells.natural_person.value, cells.research.value, cells.total.value) == (4, 0, 5)
    assert cells.research.origin is gd.Origin.BLANK
    assert "GD203" in [d.code for d in report.diagnostics]


def _blank_total_table(natural_persons: int) -> str:
    """Table 三 of the 2021 format in tab cells, 予以公开 printed with its 总计 blank (258 natural
    persons), every other row blank throughout but 本年新收 and （七）总计 (``natural_persons``)."""
    whole = f"{natural_persons}\t12\t\t\t1\t1\t{natural_persons + 14}"
    printed = {"table3.received": whole, "table3.granted": "258\t12\t\t\t1\t1\t", "table3.total": whole}
    lines = [f"{row.number}、{row.labels[0]}" + ("\t" + printed.get(str(row.key), "\t" * 6) if row.key else "")
             for row in TABLE3_2021.rows]
    return TITLE + "\n".join(lines) + "\n"


def test_blank_total_beside_printed_parts_is_left_empty():
    """A blank 总计 is not read as 0 when the row's other cells hold counts; they are read where
    the table's columns add up with them."""
    report = gd.parse(_blank_total_table(258), strict=True)

    assert report.statistics.table3.granted.total is None
    assert report.statistics.table3.granted.natural_person.value == 258
    assert "GD216" in [d.code for d in report.diagnostics]


def test_blank_total_beside_parts_the_columns_do_not_bear_out_leaves_the_row_empty():
    """Where the columns do not add up with them (258 natural persons 予以公开, 259 in all), the cells
    beside a blank 总计 may stand in the wrong columns: none is read (``GD233``)."""
    report = gd.parse(_blank_total_table(259), strict=True)

    assert report.statistics.table3.granted.natural_person is None
    assert "GD233" in [d.code for d in report.diagnostics]


def test_number_split_by_a_stray_space_is_rejoined():
    """When only joining two pieces satisfies the row's sum, the split number is rejoined."""
    report = gd.parse(TITLE + "一、本年新收政府信息公开申请数量 30 01 53 0 0 61 4 3119\n" + ZERO_ROWS, strict=True)

    assert report.to_record()["table3.received.natural_person"] == 3001
    assert "GD210" in [d.code for d in report.diagnostics]


GLUED_ROWS = (
    ("一、本年新收政府信息公开申请数量", "300020133"), ("二、上年结转政府信息公开申请数量", "0000000"),
    ("三、本年度办理结果（一）予以公开", "270020130"),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "3000003"),
    ("（三）不予公开1.属于国家秘密", "0000000"), ("2.其他法律行政法规禁止公开", "0000000"),
    ("3.危及“三安全一稳定”", "0000000"), ("4.保护第三方合法权益", "0000000"), ("5.属于三类内部事务信息", "0000000"),
    ("6.属于四类过程性信息", "0000000"), ("7.属于行政执法案卷", "0000000"), ("8.属于行政查询事项", "0000000"),
    ("（四）无法提供1.本机关不掌握相关政府信息", "0000000"), ("2.没有现成信息需要另行制作", "0000000"),
    ("3.补正后申请内容仍不明确", "0000000"), ("（五）不予处理1.信访举报投诉类申请", "0000000"), ("2.重复申请", "0000000"),
    ("3.要求提供公开出版物", "0000000"), ("4.无正当理由大量反复申请", "0000000"),
    ("5.要求行政机关确认或重新出具已获取信息", "0000000"), ("（六）其他处理", "0000000"), ("（七）总计", "300020133"),
    ("四、结转下年度继续办理", "0000000"),
)


def test_glued_rows_resolved_by_the_tables_sums():
    """Crawler text: 予以公开270020130 has two readings by its own sum; the 总计 row leaves one."""
    glued = "".join(label + digits for label, digits in GLUED_ROWS)

    got = read(TITLE + glued)

    assert [got[f"table3.granted.{c}"] for c in ("natural_person", "commercial", "social_welfare", "other_org",
                                                 "total")] == [27, 0, 2, 1, 30]
    assert got["applications.partially_granted"] == 3
    assert got["applications.received"] == 33


def test_glued_row_with_several_readings_is_left_empty():
    """When the sums leave more than one reading, the row is left empty and the readings counted."""
    report = gd.parse(TITLE + "（一）予以公开270020130（二）部分公开0000000" + ZERO_ROWS.replace(" ", ""), strict=True)

    assert report.statistics.table3.granted.total is None
    assert any(d.code == "GD202" and "in 2 ways" in d.message for d in report.diagnostics)


def test_eight_columns_with_a_subtotal():
    """A header with 小计 adds the 法人或其他组织 subtotal column."""
    text = (TITLE + T3_HEADER.replace("其他\n", "其他\n小计\n") + "一、本年新收政府信息公开申请数量 5 2 0 0 1 0 3 8\n"
            + ZERO_ROWS.replace(" 0 0 0 0 0 0 0", " 0 0 0 0 0 0 0 0"))

    got = read(text)

    assert (got["table3.received.org_subtotal"], got["table3.received.total"]) == (3, 8)


TABLE4_HEADER = ("四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n"
                 "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n")


@pytest.mark.parametrize("values", [
    "72 64 178 37 351 13 4 8 1 26 12 1 1 6 20",
    "72\n64\n178\n37\n351\n13\n4\n8\n1\n26\n12\n1\n1\n6\n20",
    "| 72 | 64 | 178 | 37 | 351 | 13 | 4 | 8 | 1 | 26 | 12 | 1 | 1 | 6 | 20 |",
    "72 64 178 37 351 13 4 81 26 12 1 1 6 20",
])
def test_table4_renderings(values):
    """Fifteen values under the header: spaces, one per line, pipes, two cells glued."""
    got = read("某某市2020年政府信息公开工作年度报告\n" + TABLE4_HEADER + values + "\n五、存在的主要问题及改进情况\n")

    assert (got["reconsideration.total"], got["table4.litigation_direct.other"], got["litigation.total"]) == (
        351, 8, 46)


@pytest.mark.parametrize("values", [
    "72 64 178 37 351 13 4 8 1 26 12 1 1 6 20",
    "72 64 178 37 351 13 4 8 1 26 12 1 1 6 20 （单位：件）",
    "72 64 178 37 351 13 4 81 26 12 1 1 6 20",
    "0 0 0 0 0 / / / / 0 1 0 0 0 1",
])
def test_table4_without_its_header(values):
    """Fifteen numbers right under the section's heading, with no header row, are read when the
    groups' sums hold; prose naming 行政复议 before them is not taken for the table.
    """
    got = read("某某市2020年政府信息公开工作年度报告\n全年未发生因政府信息公开引起的行政复议12起。\n"
               "四、政府信息公开行政复议、行政诉讼情况\n" + values + "\n五、存在的主要问题及改进情况\n")

    expected = (351, 46) if values[0] == "7" else (0, 1)
    assert (got["reconsideration.total"], got["litigation.total"]) == expected


_GROUP = st.lists(st.integers(0, 120), min_size=4, max_size=4).map(lambda parts: [*parts, sum(parts)])
_SEPARATORS = st.sampled_from([" ", " ", "\n", "", "  "])


@settings(max_examples=60, deadline=None)
@given(groups=st.lists(_GROUP, min_size=3, max_size=3), separators=st.lists(_SEPARATORS, min_size=14, max_size=14),
       blanks=st.sets(st.integers(0, 14), max_size=2), tail=st.sampled_from(["", "（单位：件）", "共计", "- 3 -"]))
@example(groups=[[72, 64, 178, 37, 351], [13, 4, 8, 1, 26], [12, 1, 1, 6, 20]], separators=[" "] * 7 + [""] + [" "] * 6,
         blanks=set(), tail="")
def test_the_quick_look_for_a_headerless_table4_never_rejects_a_read(groups, separators, blanks, tail):
    """``_may_hold_fifteen`` only skips what the full read would not accept: the report is the same
    with the quick look and without it, whatever the cells (glued, blank as /, split over lines).
    """
    cells = [("/" if i in blanks else str(v)) for i, v in enumerate(v for g in groups for v in g)]
    values = cells[0] + "".join(sep + cell for sep, cell in zip(separators, cells[1:], strict=True)) + tail
    text = ("某某市2020年政府信息公开工作年度报告\n全年因政府信息公开引起行政复议12起。\n"
            "四、政府信息公开行政复议、行政诉讼情况\n" + values + "\n五、存在的主要问题及改进情况\n")

    with_look = gd.parse(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(reading_standard, "_may_hold_fifteen", lambda _source, _span: True)
        without_look = gd.parse(text)

    assert with_look == without_look


def test_table4_glued_with_several_readings_is_left_empty():
    """Glued table-四 digits that several splits satisfy are not read."""
    report = gd.parse("某某市2020年政府信息公开工作年度报告\n" + TABLE4_HEADER + "72641783735113481261211620\n",
                      strict=True)

    assert report.statistics.table4.is_empty()
    assert any(d.code == "GD202" for d in report.diagnostics)


def test_prose_beside_an_unreadable_row_is_reported_not_used():
    """Where glued table-四 digits have several readings, the figures the prose states for the row
    are given in ``GD306`` and left out of the record: prose may count differently."""
    prose = ("2020年，发生政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；"
             "政府信息公开行政诉讼46件。\n")
    report = gd.parse("某某市2020年政府信息公开工作年度报告\n" + prose + TABLE4_HEADER
                      + "72641783735113481261211620\n", strict=True)
    record = report.to_record()

    assert report.statistics.table4.is_empty()
    assert (record["reconsideration.total"], record["reconsideration.upheld"], record["litigation.total"]) == (
        None, None, None)
    reported = {d.message.split(":")[0]: d.message for d in report.diagnostics if d.code == "GD306"}
    assert {"reconsideration.total", "reconsideration.upheld", "litigation.total"} <= set(reported)
    assert "351件" in reported["reconsideration.total"]


def test_table4_as_three_labelled_rows():
    """Some reports print table 四 as three rows labelled by group."""
    text = ("某某市2020年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n项目 结果维持 结果纠正 其他结果 尚未审结 总计\n"
            "行政复议 5 0 0 2 7\n未经复议直接起诉 8 0 0 1 9\n复议后起诉 0 0 0 0 0\n")

    got = read(text)

    assert (got["table4.reconsideration.total"], got["table4.litigation_direct.pending"]) == (7, 1)


def test_2019_and_2021_told_apart_by_content():
    """The version is decided by what table 二 prints, not by the year."""
    text_2021 = ("某某镇2020年政府信息公开工作年度报告\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n"
                 "规章 0 0 0\n行政规范性文件 2 0 9\n" + TITLE.split("\n", 1)[1]
                 + "一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1\n二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n"
                 "（一）予以公开 1 0 0 0 0 0 1\n（七）总计 1 0 0 0 0 0 1\n四、结转下年度继续办理 0 0 0 0 0 0 0\n")

    report = gd.parse(text_2021, strict=True)

    assert report.form is gd.Form.STANDARD_2021
    assert report.to_record()["table2.normative_documents.in_force"] == 9


def test_a_blank_template_yields_no_values():
    """The notice issuing the format prints every label and no number: nothing is read."""
    labels = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果", "（一）予以公开",
              "（二）部分公开", "（三）不予公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "（七）总计",
              "四、结转下年度继续办理"]
    text = "关于政府信息公开工作年度报告有关事项的通知\n" + "".join(labels)

    report = gd.parse(text, strict=True)

    assert report.statistics.table3.is_empty()
    assert "GD105" in [d.code for d in report.diagnostics]
    assert report.is_annual_report is False


def test_table4_under_a_header_laid_out_in_padded_columns():
    """PDF text laid out in columns pads every line of table 四's header with spaces and breaks its
    words across lines (``其他结`` / ``果``): the values are still read, however far the padding
    puts them after the last header word that was recognised."""
    pad = " " * 70
    text = "\n".join([
        "某某区人民政府2022年政府信息公开工作年度报告",
        "四、政府信息公开行政复议、行政诉讼情况" + pad,
        "          行政复议                 行政诉讼" + pad,
        "                               未经复议直接起诉            复议后起诉" + pad,
        "          结果  结果  其他结  尚未" + pad,
        "                           总计" + pad,
        "                               结 果 结果  其他  尚未      结果  结果  其他  尚未审" + pad,
        "          维持  纠正  果    审结" + pad,
        "                                               总计                   总计" + pad,
        "                               维持  纠正  结果  审结      维持  纠正  结果  结" + pad,
        pad,
        "          72  64  178  37  351 13  4   8   1   26  12  1   1   6    20" + pad,
        "五、存在的主要问题及改进情况",
    ])

    record = read(text)

    assert (record["reconsideration.total"], record["litigation.total"]) == (351, 46)
    assert record["table4.litigation_after_review.total"] == 20


def test_rows_whose_labels_pdf_text_moved_are_read_in_form_order_and_not_from_table4_header():
    """2021 table 三 as text extraction that follows a PDF's blocks prints it: the labels of its
    last rows moved away, their values after the row before. The values are read in the form's
    order (GD219), and 其他/总计 in table 四's header (其他结果, 总计) are not taken for those rows."""
    rows = [("一、本年新收政府信息公开申请数量", "5 1 0 0 0 0 6"), ("二、上年结转政府信息公开申请数量", "0 0 0 0 0 0 0"),
            ("（一）予以公开", "3 1 0 0 0 0 4"), ("（二）部分公开", "1 0 0 0 0 0 1"),
            ("1.本机关不掌握相关政府信息", "1 0 0 0 0 0 1"),
            ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "0 0 0 0 0 0 0\n0 0 0 0 0 0 0\n"
             "0 0 0 0 0 0 0\n5 1 0 0 0 0 6")]
    table3 = "\n".join(f"{label}\n{values}" for label, values in rows)
    heads = "结果维持 结果纠正 其他结果 尚未审结 总计"
    text = (TITLE + table3 + "\n四、结转下年度继续办理 0 0 0 0 0 0 0\n四、政府信息公开行政复议、行政诉讼情况\n"
            f"行政复议 行政诉讼\n{heads} 未经复议直接起诉 复议后起诉\n{heads} {heads}\n" + " ".join(["0"] * 15)
            + "\n五、存在的主要问题及改进情况\n无。")

    report = gd.parse(text, strict=True)
    record = report.to_record()

    assert record["table3.total.total"] == 6
    assert record["table3.total.commercial"] == 1
    assert record["table3.carried_forward.total"] == 0
    assert any(d.code == "GD219" for d in report.diagnostics)


def test_moved_labels_that_the_chain_took_give_way_to_the_rows_after_their_values():
    """pdftotext prints the labels of 2021 table 三's 其他处理 rows after the table, and the chain
    of labels takes them there instead of （七）总计 and 四、结转…: their values are read in the
    form's order, and the table is aligned again without them so that the last two rows are read."""
    text = (TITLE
            + "一、本年新收政府信息公开申请数量\n9 0 0 0 0 0 9\n二、上年结转政府信息公开申请数量\n0 0 0 0 0 0 0\n"
            "（一）予以公开\n4 0 0 0 0 0 4\n（二）部分公开\n1 0 0 0 0 0 1\n4.无正当理由大量反复申请\n"
            + "0 0 0 0 0 0 0\n1 0 0 0 0 0 1\n2 0 0 0 0 0 2\n0 0 0 0 0 0 0\n1 0 0 0 0 0 1"
            + "\n（七）总计\n9 0 0 0 0 0 9\n四、结转下年度继续办理\n0 0 0 0 0 0 0\n"
            "5.要求行政机关确认或重新出具已获取信息\n（六）其他处理\n"
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\n"
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\n3.其他\n"
            "四、政府信息公开行政复议、行政诉讼情况\n")

    record = read(text)

    assert record["table3.not_processed.confirm.total"] == 1
    assert record["table3.other.overdue_fee.total"] == 0
    assert record["table3.other.other.total"] == 1
    assert record["table3.total.total"] == 9
    assert record["table3.carried_forward.total"] == 0


def test_numbers_after_another_rows_cut_label_are_not_a_total():
    """PDF text that wraps the next row's label around its numbers (``（一）予以 … 公开``): the numbers
    after the words are not the previous row's, blank cells dropped (``GD217``), so neither row's
    total is read from them."""
    text = (TITLE + "二、上年结转政府信息公开申请\n数量\n（一）予以 29 338 10 377\n公开\n"
            + ZERO_ROWS.split("\n", 1)[1])

    got = read(text)

    assert got["table3.carried_over.total"] is None


def test_a_group_label_printed_beside_its_second_row():
    """A text browser prints a group cell merged down its rows beside their middle: ``（四）无法提供``
    after the first row's label. The first row is read; the group label only bounds rows."""
    rows = ["一、本年新收政府信息公开申请数量 7 0 0 0 0 0 7", "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
            "三、本年度办理结果", "（一）予以公开 2 0 0 0 0 0 2", "（三）不予公开", "1.属于国家秘密 0 0 0 0 0 0 0",
            "1.本机关不掌握相关政府信息 5 0 0 0 0 0 5", "（四）无法提供 2.没有现成信息需要另行制作 0 0 0 0 0 0 0",
            "3.补正后申请内容仍不明确 0 0 0 0 0 0 0", "（七）总计 7 0 0 0 0 0 7", "四、结转下年度继续办理 0 0 0 0 0 0 0"]

    got = read(TITLE + "\n".join(rows))

    assert (got["table3.unable.not_held.natural_person"], got["table3.unable.not_held.total"]) == (5, 5)
    assert got["table3.unable.need_create.total"] == 0


def test_a_label_cut_by_its_group_cells_second_half():
    """PDF text laid out (``pdftotext -layout``) prints a group cell's two lines beside a row's
    wrapped label, so that the group's second half stands inside the label
    (``2、申请人逾期未按收费通知要`` / ``他处理`` / ``求缴纳费用…``): the row is found by its label's first
    line and read."""
    rows = ["一、本年新收政府信息公开申请数量 7 0 0 0 0 0 7", "三、本年度办理结果", "（一）予以公开 1 0 0 0 0 0 1",
            "1、申请人无正当理由逾期不补", "正、行政机关不再处理其政府信           0 0 0 0 0 0 0", "息公开申请",
            "（六）其", "2、申请人逾期未按收费通知要", "他处理",
            "求缴纳费用、行政机关不再处理           6 0 0 0 0 0 6", "其政府信息公开申请", "",
            "3、其他                  0 0 0 0 0 0 0", "（七）总计 7 0 0 0 0 0 7"]

    got = read(TITLE + "\n".join(rows))

    assert (got["table3.other.overdue_fee.natural_person"], got["table3.other.overdue_fee.total"]) == (6, 6)
    assert got["table3.other.overdue_correction.total"] == 0


def test_labels_cut_by_a_group_cells_words_in_pdf_text_laid_out():
    """A narrow label column beside merged group cells (``pdftotext -layout``): a label's note runs on
    past its values, or a label of two lines ends right before them; the group's words stand between
    the label's lines."""
    zeros = " 0 0 0 0 0 0 0"
    bare = [re.sub(r"( [0-9]+)+$", "", line) for line in DROPPED_BLANKS_2021.split("\n") if line]
    rows = [line if line.startswith(("三、", "（三）", "（四）", "（五）", "（六）")) else line + zeros for line in bare]
    rows[0] = "一、本年新收政府信息公开申请数量 7 0 0 0 0 0 7"
    rows[rows.index("（七）总计" + zeros)] = "（七）总计 7 0 0 0 0 0 7"
    partial = next(i for i, line in enumerate(rows) if line.startswith("（二）部分公开"))
    rows[partial : partial + 1] = ["    三、本   （二）部分公", "    年度办   开（区分处理",
                                   "    理结果   的，只计这一     3 0 0 0 0 0 3", "          情形，不计其", "          他情形）"]
    create = next(i for i, line in enumerate(rows) if line.startswith("2.没有现成信息"))
    rows[create : create + 1] = ["   （四）     2.没有现成信息需要", "   无法提     另行制作           4 0 0 0 0 0 4",
                                 "   供"]

    got = read(TITLE + "\n".join(rows))

    assert (got["table3.partial.total"], got["table3.unable.need_create.total"]) == (3, 4)
    assert got["table3.unable.not_held.total"] == 0


def test_a_row_label_inside_a_parted_note_is_no_row():
    """A group cell's words between a label and its note (``（二）部分公开`` / ``不予 （区分处理的，…不计其他
    情形）  3 0 …``): the note's ``其他`` is not the row ``其他``, and the values are the labelled row's."""
    from govdisclosure.forms import STANDARD_TABLES
    from govdisclosure.reading.labels import label_index
    from govdisclosure.source import SourceText

    text = "（二）部分公开\n不予 （区分处理的，只计这一情形，不计其他情形）    3 0 0 0 0 0 3\n3.其他 0 0 0 0 0 0 0"

    hits = label_index(STANDARD_TABLES).find(SourceText(text))

    assert [hit.label for hit in hits] == ["部分公开", "其他"]
    assert hits[1].span.start == text.index("3.其他")


@pytest.mark.parametrize(("secret", "expected"), [(["56", "57"], (56, 57, "GD210")), (["5", "6"], (5, 6, "GD221"))])
def test_a_stray_number_or_a_wrapped_one_decided_by_the_other_rows(secret, expected):
    """One cell per line, one line too many (``… 1`` / ``5`` / ``6`` / ``57``): a number wrapped onto the
    next line (56) or a page number left among the cells (57): both give a row whose sums hold, and
    the other rows' sums (each column's outcomes add up to （七）总计's) decide which."""
    rows = ["一、本年新收政府信息公开申请数量", "0", "0", "0", "0", "1", "5", "6", "57",
            "二、上年结转政府信息公开申请数量", *["0"] * 7, "三、本年度办理结果", "（一）予以公开", *["0"] * 7,
            "（三）不予公开", "1.属于国家秘密", "0", "0", "0", "0", "1", *secret,
            "（七）总计", "0", "0", "0", "0", "1", *secret, "四、结转下年度继续办理", *["0"] * 7]

    report = gd.parse(TITLE + "\n".join(rows), strict=True)
    got = report.to_record()

    assert (got["table3.received.other_org"], got["table3.received.total"]) == expected[:2]
    assert expected[2] in {d.code for d in report.diagnostics if d.key == "table3.received"}


DROPPED_BLANKS_2021 = (
    "一、本年新收政府信息公开申请数量 10 20 30 40 50 60 210\n二、上年结转政府信息公开申请数量\n三、本年度办理结果\n"
    "（一）予以公开 10 20 30\n（二）部分公开（区分处理的，只计这一情形，不计其他情形） 30 40 70\n（三）不予公开\n"
    "1.属于国家秘密\n2.其他法律行政法规禁止公开\n3.危及“三安全一稳定”\n4.保护第三方合法权益\n5.属于三类内部事务信息\n"
    "6.属于四类过程性信息\n7.属于行政执法案卷\n8.属于行政查询事项\n（四）无法提供\n1.本机关不掌握相关政府信息 50 60 110\n"
    "2.没有现成信息需要另行制作\n3.补正后申请内容仍不明确\n（五）不予处理\n1.信访举报投诉类申请\n2.重复申请\n"
    "3.要求提供公开出版物\n4.无正当理由大量反复申请\n5.要求行政机关确认或重新出具已获取信息\n（六）其他处理\n"
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\n"
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\n3.其他\n"
    "（七）总计 10 20 30 40 50 60 210\n四、结转下年度继续办理\n")
"""A 2021 table 三 whose blank cells were dropped (PDF text): rows print only their non-zero cells."""


def test_rows_without_their_blank_cells_placed_by_the_tables_sums():
    """Each column's outcome rows must add up to （七）总计's: only one placement of the rows' numbers
    does, so each number is read in its column, and the rows with nothing after them are 0."""
    report = gd.parse(TITLE + DROPPED_BLANKS_2021, strict=True)
    got = report.to_record()

    assert [got[f"table3.partial.{c}"] for c in ("natural_person", "research", "social_welfare", "total")] == [
        0, 30, 40, 70]
    assert (got["table3.unable.not_held.other_org"], got["table3.denied.state_secret.total"]) == (60, 0)
    assert "GD224" in {d.code for d in report.diagnostics}


def test_rows_the_sums_leave_two_ways_are_not_placed():
    """Two rows of one count each, 10, and two columns whose totals are 10: either row may stand in
    either column, so those rows keep only their totals; the rows the sums place alike are placed."""
    text = (DROPPED_BLANKS_2021.replace("10 20 30 40 50 60 210", "10 10 30 40 50 60 200")
            .replace("（一）予以公开 10 20 30", "（一）予以公开 10 10").replace("2.重复申请", "2.重复申请 10 10"))

    got = gd.parse(TITLE + text, strict=True).to_record()

    assert (got["table3.granted.natural_person"], got["table3.granted.total"]) == (None, 10)
    assert (got["table3.not_processed.duplicate.commercial"], got["table3.not_processed.duplicate.total"]) == (None, 10)
    assert got["table3.partial.social_welfare"] == 40



def test_label_wrapped_over_three_lines_beside_a_group_cell():
    """PDF text laid out in columns: a label of three lines, its values before the last, a merged
    group cell's words to the left of the first and last (``（五） 1.申请`` … ``（五 逾期不补正…``);
    only the label's last words are found, and the values before them are the row's."""
    rows = ZERO_ROWS.replace("四、结转下年度继续办理 0 0 0 0 0 0 0\n", "")
    text = (TITLE + rows + "（六）其他处理\n（五） 1.申请\n人无正当理由\n                    0 0 1 0 0 0 1\n"
            "（五 逾期不补正、行政机关不再处理其政府信息公开申请\n"
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0\n"
            "3.其他 0 0 0 0 0 0 0\n四、结转下年度继续办理 0 0 0 0 0 0 0\n")

    got = read(text)

    assert (got["table3.other.overdue_correction.research"], got["table3.other.overdue_correction.total"]) == (1, 1)


@pytest.mark.parametrize("glue", ["", "\n"])
def test_table4_of_fifteen_no_break_spaces_is_fifteen_zeros(glue):
    """Glued text (``get_text()`` of a page) of a table 四 with nothing to report: each blank cell left
    one no-break space, and nothing else, between its header and the next heading."""
    text = ("某县人民政府2021年政府信息公开工作年度报告" + glue + TABLE4_HEADER.replace("\n", glue).replace(" ", "")
            + "\xa0" * 15 + "五、存在的主要问题及改进情况" + glue + "2022年将新增栏目3个。")

    record = gd.parse(text, strict=True).to_record()

    assert [record[f"table4.{row}.{column}"] for row in ("reconsideration", "litigation_direct")
            for column in ("upheld", "total")] == [0, 0, 0, 0]


@pytest.mark.parametrize("separator", ["\t", " | "])
def test_table4_of_blank_cells_before_prose_with_numbers(separator):
    """Table 四's row of fifteen blank tab or pipe cells is fifteen zeros, though the next numbers in
    the text (the next section's prose, another table) come within its reach."""
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    text = ("某县人民政府2021年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n"
            + separator.join(["行政复议", "行政诉讼"]) + "\n"
            + separator.join([*heads, "未经复议直接起诉", "复议后起诉"]) + "\n"
            + separator.join(heads * 3) + "\n" + ("|" + "  |" * 15 if "|" in separator else "\t" * 14) + "\n"
            + "五、存在的主要问题及改进情况\n2022年将在12个方面加强公开，新增栏目3个。\n")

    record = gd.parse(text, strict=True).to_record()

    assert [record[f"table4.{row}.total"] for row in ("reconsideration", "litigation_direct",
                                                     "litigation_after_review")] == [0, 0, 0]
