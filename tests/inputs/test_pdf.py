"""PDF reports read with pypdf: a report typeset over several pages, each ending
with its footer, reads as its text does; damaged, encrypted and scanned PDFs are said so."""

import io
import json
import sys

import pypdf
import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.inputs.test_corpus import _score
from tests.pdfs import pdf_document
from tests.strategies import column_layouts, standard_reports, stats_reports, wrong_values

import govdisclosure as gd
from govdisclosure.batch import ParseResult
from govdisclosure.cli import main

REPORT = ["甲县人民政府2021年政府信息公开工作年度报告", "一、总体情况", "全年主动公开政府信息1200条。",
          "三、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请36件。"]


@given(st.one_of(standard_reports(renderings=("spaces", "pdf")), stats_reports(renderings=("spaces", "lines"))),
       st.integers(12, 60), st.booleans())
@settings(max_examples=30)
def test_a_report_typeset_over_pages_reads_as_its_text(case, lines_per_page, footers):
    text, expected, _ = case
    data = pdf_document(text.split("\n"), lines_per_page=lines_per_page, footers=footers)
    note(f"{lines_per_page} lines a page, footers: {footers}")

    report = gd.parse_pdf(data, strict=True)

    assert wrong_values(report.to_record(), expected) == []
    assert [d.code for d in report.diagnostics if d.code.startswith("GD50")] == ["GD507"]
    assert report.text.startswith(text.split("\n")[0])


def test_files_and_bytes_that_are_pdfs_are_read_as_pdfs(tmp_path):
    data = pdf_document(REPORT)
    (tmp_path / "report.pdf").write_bytes(data)
    (tmp_path / "no-extension").write_bytes(data)

    records = [gd.parse_pdf(data).to_record(), gd.parse_bytes(data).to_record(),
               gd.parse_file(tmp_path / "report.pdf").to_record(), gd.parse_file(tmp_path / "no-extension").to_record()]

    assert records[0]["year"] == 2021
    assert records[0]["applications.received"] == 36
    assert all(record == records[0] for record in records)


@pytest.mark.parametrize("data", [b"%PDF-1.4\n1 0 obj << /Type /Catalog", b"%PDF-", pdf_document(REPORT)[:300]])
def test_a_damaged_pdf_raises_a_typed_error(data):
    with pytest.raises(gd.DocumentError, match="could not be read"):
        gd.parse_pdf(data)


def test_an_encrypted_pdf_raises_a_typed_error():
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf_document(REPORT))))
    writer.encrypt("secret", algorithm="RC4-128")
    locked = io.BytesIO()
    writer.write(locked)

    with pytest.raises(gd.DocumentError, match="encrypted"):
        gd.parse_pdf(locked.getvalue())


def test_pages_without_text_are_reported():
    """A scanned page is an image, with no text to read: the report says how many such pages there were."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf_document(REPORT))))
    writer.add_blank_page(595, 842)
    scanned = io.BytesIO()
    writer.write(scanned)

    report = gd.parse_pdf(scanned.getvalue())

    assert report.to_record()["applications.received"] == 36
    assert [d.message for d in report.diagnostics if d.code == "GD509"] == [
        "1 of the PDF's 2 page(s) have no text: scanned images need OCR first"]


def test_without_pypdf_the_error_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pypdf", None)

    with pytest.raises(ImportError, match="pip install pypdf"):
        gd.parse_pdf(pdf_document(REPORT))


def test_a_batch_and_the_command_line_read_pdfs_and_go_on_past_a_damaged_one(tmp_path, capsys):
    (tmp_path / "a.pdf").write_bytes(pdf_document(REPORT))
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.7 truncated")

    results: list[ParseResult] = list(gd.iter_parse_many(sorted(tmp_path.glob("*.pdf")), workers=1, progress=False))
    code = main(["parse", str(tmp_path), "-o", str(tmp_path / "out.jsonl")])

    assert results[0].report is not None
    assert results[0].report.to_record()["applications.received"] == 36
    assert results[1].error is not None
    assert results[1].error.kind == "DocumentError"
    assert code == 1  # a file could not be read
    assert (tmp_path / "out.jsonl").read_text(encoding="utf-8").count("\n") == 2
    assert "b.pdf" in capsys.readouterr().err


def test_the_published_pdf_reads_as_well_as_its_text(corpus_dir):
    """The corpus's published PDF, read by ``parse_file``, scores as its text does."""
    gold = json.loads((corpus_dir / "ogi_021.json").read_text(encoding="utf-8"))
    text = gd.parse((corpus_dir / "ogi_021.txt").read_text(encoding="utf-8"), strict=True)

    right, wrong, labelled = _score(gold, gd.parse_file(corpus_dir / "ogi_021.pdf", strict=True).to_record())

    assert (right, wrong) >= (_score(gold, text.to_record())[0], 0), f"{right}/{labelled}, {wrong} wrong"


@given(st.data())
@settings(max_examples=20)
def test_blank_cells_of_a_table_set_cell_by_cell_are_read_from_their_places(data):
    """A PDF that sets each cell where it stands, zero cells blank (no glyphs at all): the text is
    taken in pypdf's layout mode, whose gaps say which columns the numbers stand in."""
    layout = data.draw(column_layouts(metric="display", heads="left", numbers="left", blank_zero=True))
    text, expected, _ = data.draw(standard_reports(renderings=("columns",), layout=layout, whole_row=True))
    pdf = pdf_document(text.split("\n"), lines_per_page=80, positioned=True)

    report = gd.parse_pdf(pdf, strict=True)
    note(report.text)

    table3 = {k: v for k, v in expected.items() if k.startswith("table3.")}
    assert {k: report.to_record().get(k) for k in table3} == table3


def test_a_page_the_layout_mode_cannot_read_is_read_in_the_default_mode(monkeypatch):
    extract = pypdf.PageObject.extract_text

    def layout_fails(page, *args, **kwargs):
        if kwargs.get("extraction_mode") == "layout":
            raise ValueError("no layout")
        return extract(page, *args, **kwargs)

    monkeypatch.setattr(pypdf.PageObject, "extract_text", layout_fails)

    report = gd.parse_pdf(pdf_document(REPORT))

    assert report.to_record()["applications.received"] == 36
    assert not [d for d in report.diagnostics if d.code == "GD508"]
