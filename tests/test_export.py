import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govdisclosure as gd
from govdisclosure.export import DTYPES, write_table
from govdisclosure.record import RECORD_KEYS as DATA_DICTIONARY_KEYS

pd = pytest.importorskip("pandas")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "reports"
TEXTS = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))[:6]]
SHORT = "某某县2018年政府信息公开工作年度报告\n今年共收到政府信息公开申请12件。"


def _plain(value):
    """A DataFrame cell as the record would hold it."""
    if pd.isna(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def test_one_row_per_report_with_the_dictionary_dtypes():
    """Columns are the data dictionary's keys in order; each has the dtype its type calls for."""
    df = gd.to_dataframe(gd.parse(text) for text in TEXTS)

    assert list(df.columns) == [entry.key for entry in gd.DATA_DICTIONARY]
    assert len(df) == len(TEXTS)
    for entry in gd.DATA_DICTIONARY:
        assert str(df[entry.key].dtype) == DTYPES[entry.type], entry.key
    assert df["published"].iloc[0] == pd.Timestamp(dt.date(2017, 3, 27))


@settings(max_examples=15)
@given(st.lists(st.sampled_from([*TEXTS, SHORT, "", "2019年度报告"]), min_size=1, max_size=4))
def test_cells_equal_the_records(texts):
    """Every cell holds what to_record() holds for that report: None as <NA>/NaT, dates as the same day."""
    reports = [gd.parse(text) for text in texts]

    df = gd.to_dataframe(reports)

    for row, report in zip(df.itertuples(index=False), reports, strict=True):
        assert [_plain(cell) for cell in row] == list(report.to_record().values())


def test_results_keep_a_row_per_item_with_path_and_error(tmp_path):
    """Given parse_many's results, path and error lead, and a failed file keeps its (empty) row."""
    good = tmp_path / "good.txt"
    good.write_text(SHORT, encoding="utf-8")
    results = gd.parse_many([good, tmp_path / "missing.txt", SHORT], workers=1)

    df = gd.to_dataframe(results)

    assert list(df.columns[:3]) == ["path", "error", "format"]
    assert df["path"].tolist()[:2] == [str(good), str(tmp_path / "missing.txt")]
    assert df["path"].isna().tolist() == [False, False, True]
    assert df["error"].isna().tolist() == [True, False, True]
    assert df.loc[1, "error"].startswith("FileNotFoundError")
    assert df.loc[1].drop(["path", "error"]).isna().all()
    assert int(df.loc[0, "applications.received"]) == 12


def test_empty_input_gives_the_columns():
    """No reports: no rows, but every column with its dtype."""
    df = gd.to_dataframe([])

    assert df.shape == (0, len(gd.DATA_DICTIONARY))
    assert str(df["applications.received"].dtype) == "Int64"


def test_other_items_are_refused():
    """Only reports and results make rows."""
    with pytest.raises(TypeError, match="not str"):
        gd.to_dataframe(["text"])


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet", ".xlsx"])
def test_files_hold_one_row_per_result_readable_by_pandas(tmp_path, suffix):
    """write_table writes every result, in order, and pandas reads back the same values."""
    pytest.importorskip({".parquet": "pyarrow", ".xlsx": "openpyxl"}.get(suffix, "pandas"))
    results = gd.parse_many([*TEXTS, tmp_path / "missing.txt"], workers=1)
    target = tmp_path / f"out{suffix}"

    rows = [result.to_record() for result in results]
    passed = list(write_table(rows, target))
    read = {".jsonl": lambda p: pd.read_json(p, lines=True, dtype=False),
            ".csv": pd.read_csv, ".parquet": pd.read_parquet, ".xlsx": pd.read_excel}[suffix](target)

    assert passed == rows
    assert list(read.columns) == ["path", "error", *(entry.key for entry in gd.DATA_DICTIONARY)]
    assert len(read) == len(results)
    assert read["applications.received"].tolist()[:-1] == [r.report.to_record()["applications.received"]
                                                          for r in results[:-1]]
    assert read["error"].notna().tolist() == [False] * len(TEXTS) + [True]


def test_parquet_keeps_the_dtypes(tmp_path):
    """Parquet written in several row groups reads back with the same dtypes and values."""
    pytest.importorskip("pyarrow")
    results = gd.parse_many(TEXTS * 3, workers=1)
    target = tmp_path / "out.parquet"

    from govdisclosure import export

    original, export.PARQUET_ROWS = export.PARQUET_ROWS, 5
    try:
        list(write_table((result.to_record() for result in results), target))
    finally:
        export.PARQUET_ROWS = original
    read = pd.read_parquet(target)
    expected = gd.to_dataframe(results)

    assert len(read) == len(expected)
    for column in ("applications.received", "fees.total_yuan", "is_annual_report", "agency"):
        assert read[column].dtype == expected[column].dtype, column
        assert read[column].tolist() == expected[column].tolist()
    assert read["published"].dt.date.tolist() == expected["published"].dt.date.tolist()


def test_empty_parquet_has_the_columns(tmp_path):
    """A run with no results still writes a Parquet file with every column."""
    pytest.importorskip("pyarrow")
    target = tmp_path / "empty.parquet"

    list(write_table([], target))

    assert pd.read_parquet(target).shape == (0, 2 + len(gd.DATA_DICTIONARY))


def test_csv_is_plain_text(tmp_path):
    """CSV cells are the record's values; missing values are empty. The file opens with a UTF-8 byte
    order mark (Excel reads Chinese text right only then), which pandas leaves out of the header.
    """
    [result] = gd.parse_many([SHORT], workers=1)
    target = tmp_path / "out.csv"

    list(write_table([result.to_record()], target))
    with target.open(encoding="utf-8-sig", newline="") as stream:
        header, row = list(csv.reader(stream))

    assert target.read_bytes().startswith("\ufeffpath,".encode())
    assert pd.read_csv(target).columns[0] == "path"

    cells = dict(zip(header, row, strict=True))
    assert cells["applications.received"] == "12"
    assert cells["complaints.total"] == ""
    assert cells["path"] == ""


def test_unknown_suffix_is_refused(tmp_path):
    """Only .jsonl, .csv, .parquet and .xlsx are written."""
    with pytest.raises(ValueError, match="must end in"):
        write_table([], tmp_path / "out.xls")


def test_excel_keeps_types_and_text(tmp_path):
    """In the workbook counts are numbers and dates dates; a title that starts with = stays text,
    not a formula, and the control characters a workbook cannot hold (a file name may have them)
    are left out.
    """
    openpyxl = pytest.importorskip("openpyxl")
    [result] = gd.parse_many(['=HYPERLINK("x") 青禾县2019年政府信息公开工作年度报告\n发布时间：2020-01-20\n'
                              "今年共收到政府信息公开申请12件。"], workers=1)
    record = result.to_record() | {"path": "reports/a\x01b\x0c.txt"}
    target = tmp_path / "out.xlsx"

    list(write_table([record], target))
    sheet = openpyxl.load_workbook(target)["reports"]
    header = [cell.value for cell in sheet[1]]
    cells = dict(zip(header, sheet[2], strict=True))

    assert header[:3] == ["path", "error", DATA_DICTIONARY_KEYS[0]]
    assert sheet.freeze_panes == "A2"
    assert cells["applications.received"].value == 12
    assert cells["published"].value.date() == dt.date(2020, 1, 20)  # Excel holds a date as a day and time
    assert cells["title"].value == record["title"]
    assert cells["title"].value.startswith("=")
    assert cells["title"].data_type == "s"
    assert cells["path"].value == "reports/ab.txt"
    assert cells["complaints.total"].value is None
    dictionary = {row[0]: row for row in openpyxl.load_workbook(target)["dictionary"].iter_rows(values_only=True)}
    assert list(dictionary) == ["column", *header]  # every column of the reports explained, in their order
    assert "其他法律行政法规禁止公开" in dictionary["table3.denied.law_forbidden.total"][4]


def test_excel_goes_on_in_another_sheet(tmp_path, monkeypatch):
    """Past the rows a sheet holds, the reports go on in a second sheet under the same header;
    with no reports the workbook holds the header alone."""
    openpyxl = pytest.importorskip("openpyxl")
    from govdisclosure import export

    monkeypatch.setattr(export, "EXCEL_ROWS", 2)
    results = gd.parse_many(TEXTS[:3], workers=1)
    list(write_table([r.to_record() for r in results], tmp_path / "out.xlsx"))
    list(write_table([], tmp_path / "empty.xlsx"))
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")

    assert book.sheetnames == ["reports", "reports 2", "dictionary"]
    assert [book[name].max_row for name in book.sheetnames[:2]] == [3, 2]
    assert [c.value for c in book["reports 2"][1]] == [c.value for c in book["reports"][1]]
    title = [c.value for c in book["reports"][1]].index("title")
    assert [row[title].value for name in book.sheetnames[:2] for row in book[name].iter_rows(min_row=2)] == [
        r.report.metadata.title.value for r in results]
    assert openpyxl.load_workbook(tmp_path / "empty.xlsx")["reports"].max_row == 1
    assert openpyxl.load_workbook(tmp_path / "empty.xlsx").sheetnames == ["reports", "dictionary"]
