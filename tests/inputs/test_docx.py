"""Word reports (.docx): paragraphs and real tables, merged cells included, read as a web page's; a
damaged one raises ``DocumentError`` (Word 97-2003 files: ``test_doc.py``)."""

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.docxs import Cell, docx_document, tables_from_tabs
from tests.strategies import standard_reports, stats_reports, wrong_values

import govdisclosure as gd
from govdisclosure.cli import collect

COLUMNS = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total")


@given(st.one_of(standard_reports(renderings=("tabs",)), stats_reports(renderings=("tabs",))))
@settings(max_examples=30)
def test_a_report_with_word_tables_reads_as_its_text(case):
    text, expected, _ = case
    data = docx_document(tables_from_tabs(text))
    note(text)

    report = gd.parse_docx(data, strict=True)

    assert wrong_values(report.to_record(), expected) == []
    assert "GD510" in {d.code for d in report.diagnostics}


def _table3() -> list[list[str | Cell]]:
    """Table 三 as agencies set it in Word: a three-row header, and the group labels 三、本年度办理结果
    and （三）不予公开 merged down their rows, beside labels merged across the columns they span."""
    zeros = ["0"] * 7
    return [
        [Cell("", span=3), Cell("申请人情况", span=7)],
        [Cell("", span=3, merge=True), Cell("自然人", merge=True), Cell("法人或其他组织", span=5), Cell("总计", merge=True)],
        [Cell(span=3, merged=True), Cell(merged=True), "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他",
         Cell(merged=True)],
        [Cell("一、本年新收政府信息公开申请数量", span=3), "5", "1", "0", "0", "0", "0", "6"],
        [Cell("二、上年结转政府信息公开申请数量", span=3), *zeros],
        [Cell("三、本年度办理结果", merge=True), Cell("（一）予以公开", span=2), "3", "1", "0", "0", "0", "0", "4"],
        [Cell(merged=True), Cell("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", span=2), *zeros],
        [Cell(merged=True), Cell("（三）不予公开", merge=True), "1.属于国家秘密", "1", "0", "0", "0", "0", "0", "1"],
        [Cell(merged=True), Cell(merged=True), "2.其他法律行政法规禁止公开", *zeros],
        [Cell(merged=True), Cell(merged=True), "3.危及“三安全一稳定”", *zeros],
        [Cell(merged=True), Cell("（七）总计", span=2), "5", "1", "0", "0", "0", "0", "6"],
        [Cell("四、结转下年度继续办理", span=3), *zeros],
    ]


def test_merged_cells_of_a_word_table():
    """Cells merged down rows and across columns: each row's cells still fall in their columns."""
    data = docx_document(["甲县人民政府2022年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况", _table3()])

    report = gd.parse_docx(data, strict=True)
    record = report.to_record()

    assert [record[f"table3.received.{c}"] for c in COLUMNS] == [5, 1, 0, 0, 0, 0, 6]
    assert [record[f"table3.granted.{c}"] for c in COLUMNS] == [3, 1, 0, 0, 0, 0, 4]
    assert [record[f"table3.denied.state_secret.{c}"] for c in COLUMNS] == [1, 0, 0, 0, 0, 0, 1]
    assert record["table3.total.total"] == 6
    assert [d.message for d in report.diagnostics if d.code == "GD510"] == [
        "the text was read from a Word document of 2 paragraph(s) and 1 table(s)"]


def test_files_and_bytes_that_are_word_documents_are_read_as_such(tmp_path):
    data = docx_document(["甲县人民政府2021年政府信息公开工作年度报告", "本年新收政府信息公开申请36件。"])
    (tmp_path / "report.docx").write_bytes(data)

    records = [gd.parse_docx(data).to_record(), gd.parse_bytes(data).to_record(),
               gd.parse_file(tmp_path / "report.docx").to_record()]

    assert records[0]["applications.received"] == 36
    assert all(record == records[0] for record in records)
    assert collect([str(tmp_path)]).paths == [tmp_path / "report.docx"]


@pytest.mark.parametrize(("data", "message"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), r"Word 97-2003 document could not be read"),
    (docx_document(["x"])[:200], "could not be read"),
    (docx_document(["x"]).replace(b"word/document.xml", b"word/document.xmk", 1), "could not be read"),
])
def test_word_files_that_cannot_be_read_raise_a_typed_error(data, message):
    with pytest.raises(gd.DocumentError, match=message):
        gd.parse_docx(data)
