"""Word 97-2003 reports (.doc): paragraphs and tables read as a .docx file's are, merged cells as
blank ones; a damaged file, an encrypted one or another Office binary file raises ``DocumentError``.

The fixtures are our own example reports, set as Word tables and saved as .doc by LibreOffice
(``tests/fixtures/doc/make.py``)."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govdisclosure as gd
from govdisclosure.cli import collect, main

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "doc"


def _without_counts(record: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in record.items() if not k.startswith("diagnostics.")}


@pytest.mark.parametrize("name", ["county_2022_standard", "qinghe_county_2018_stats"])
def test_a_doc_report_reads_as_its_text(name):
    """Every value of the report, its statistics tables included, is read from the .doc as from its text."""
    from_doc = gd.parse_file(FIXTURES / f"{name}.doc", strict=True)
    from_text = gd.parse_file(ROOT / "examples" / "reports" / f"{name}.txt", strict=True)

    assert _without_counts(from_doc.to_record()) == _without_counts(from_text.to_record())
    assert sum(1 for v in from_doc.to_record().values() if isinstance(v, int) and not isinstance(v, bool)) > 40
    assert "GD510" in {d.code for d in from_doc.diagnostics}


def test_merged_cells_of_a_doc_table():
    """Group labels merged down their rows and labels merged across columns: the values stay in place."""
    report = gd.parse_docx((FIXTURES / "table3_merged.doc").read_bytes(), strict=True)
    record = report.to_record()

    assert [record[f"table3.received.{c}"] for c in ("natural_person", "commercial", "total")] == [5, 1, 6]
    assert [record[f"table3.granted.{c}"] for c in ("natural_person", "commercial", "total")] == [3, 1, 4]
    assert record["table3.denied.state_secret.total"] == 1
    assert record["table3.total.total"] == 6
    assert "三、本年度办理结果\t（一）予以公开\t3\t1" in report.text
    blocks = next(d for d in report.diagnostics if d.code == "GD510")
    assert "1 table(s)" in blocks.message


def test_files_and_folders_take_doc(tmp_path):
    """parse_file and parse_bytes know a .doc by its bytes; the command line collects .doc files."""
    data = (FIXTURES / "table3_merged.doc").read_bytes()
    (tmp_path / "report.doc").write_bytes(data)

    assert gd.parse_bytes(data).to_record()["table3.total.total"] == 6
    assert gd.parse_file(tmp_path / "report.doc").to_record()["table3.total.total"] == 6
    assert collect([str(tmp_path)]).paths == [tmp_path / "report.doc"]


def test_wps_files_holding_a_word_document_read_as_doc(tmp_path):
    """WPS Office's .wps files keep a Word 97-2003 document in the same compound file: folders
    contribute them and they read as the .doc they hold."""
    data = (FIXTURES / "county_2022_standard.doc").read_bytes()
    (tmp_path / "report.wps").write_bytes(data)

    found = collect([str(tmp_path)])
    record = gd.parse_file(found.paths[0], strict=True).to_record()

    assert found.paths == [tmp_path / "report.wps"]
    assert record == gd.parse_docx(data, strict=True).to_record()
    assert record["table3.total.total"] is not None


def test_a_wps_file_without_a_word_document_is_a_failure_in_a_batch(tmp_path, capsys):
    """A .wps of Microsoft Works (a compound file with no WordDocument stream) cannot be read: the
    command line reports it and parses the rest, exiting with 1."""
    data = (FIXTURES / "table3_merged.doc").read_bytes()
    (tmp_path / "works.wps").write_bytes(data.replace("WordDocument".encode("utf-16-le"),
                                                      "MatOST\0\0\0\0\0\0".encode("utf-16-le")))
    (tmp_path / "report.wps").write_bytes(data)

    status = main(["parse", str(tmp_path), "-o", str(tmp_path / "out.csv")])

    assert status == 1
    err = capsys.readouterr().err
    assert "works.wps" in err
    assert "not a Word document" in err
    assert "1 parsed, 1 could not be read" in err


def _fib_offset(data: bytes) -> int:
    """Where the WordDocument stream (its identifier 0xA5EC) starts in a fixture: at a sector."""
    return next(at for at in range(512, len(data), 512) if data[at : at + 2] == b"\xec\xa5")


def test_an_encrypted_doc_raises():
    data = bytearray((FIXTURES / "table3_merged.doc").read_bytes())
    at = _fib_offset(bytes(data))
    data[at + 11] |= 0x01  # fEncrypted, bit 8 of the flags at offset 10

    with pytest.raises(gd.DocumentError, match="encrypted"):
        gd.parse_docx(bytes(data))


def test_an_office_file_that_is_not_a_word_document_raises():
    data = (FIXTURES / "table3_merged.doc").read_bytes()
    renamed = data.replace("WordDocument".encode("utf-16-le"), "Workbook\0\0\0\0".encode("utf-16-le"))

    with pytest.raises(gd.DocumentError, match="not a Word document"):
        gd.parse_docx(renamed)


@given(st.sampled_from(["county_2022_standard", "table3_merged"]), st.data())
@settings(max_examples=120)
def test_a_damaged_doc_reads_or_raises_document_error(name, data):
    """Bytes cut off or overwritten anywhere: a report, or DocumentError; never another exception."""
    original = (FIXTURES / f"{name}.doc").read_bytes()
    damaged = bytearray(original[: data.draw(st.integers(8, len(original)))])
    for _ in range(data.draw(st.integers(0, 8))):
        at = data.draw(st.integers(0, len(damaged) - 1))
        damaged[at] = data.draw(st.integers(0, 255))
    try:
        report = gd.parse_docx(bytes(damaged))
    except gd.DocumentError:
        return
    assert isinstance(report.text, str)
