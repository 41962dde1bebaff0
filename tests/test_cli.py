import functools
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govdisclosure as gd
from govdisclosure import codes, record
from govdisclosure.batch import read_report
from govdisclosure.cli import SUFFIXES, collect, json_schema, main
from govdisclosure.serialize import structure

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "reports"
EXAMPLE = EXAMPLES / "county_2022_standard.txt"
COLUMNS = ["path", "error", *record.RECORD_KEYS]
PYTHON_TYPES = {"integer": int, "number": (int, float), "string": str, "boolean": bool}


def test_parse_a_folder_to_parquet(tmp_path, capsys):
    """A folder becomes a Parquet file with one row per report and every column; the summary goes to stderr."""
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    target = tmp_path / "out.parquet"

    status = main(["parse", str(EXAMPLES), "-o", str(target)])
    df = pd.read_parquet(target)

    files = sorted(EXAMPLES.glob("*.txt"))
    assert status == 0
    assert list(df.columns) == COLUMNS
    assert df["path"].tolist() == [str(p) for p in files]
    assert df["error"].isna().all()
    assert df["applications.received"].notna().all()
    assert f"{len(files)} file(s)" in capsys.readouterr().err


def test_parse_a_folder_to_excel(tmp_path):
    """The same folder as an Excel workbook: one row per report under a header of every column."""
    pd = pytest.importorskip("pandas")
    pytest.importorskip("openpyxl")
    target = tmp_path / "out.xlsx"

    status = main(["parse", str(EXAMPLES), "-o", str(target), "--quiet", "-j", "1"])
    df = pd.read_excel(target, sheet_name="reports")

    assert status == 0
    assert list(df.columns) == COLUMNS
    assert df["path"].tolist() == [str(p) for p in sorted(EXAMPLES.glob("*.txt"))]
    assert df["applications.received"].notna().all()


def test_parse_the_dev_corpus(corpus_dir, tmp_path):
    """The labelled corpus parses to one row per text with the expected columns."""
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    target = tmp_path / "out.parquet"

    status = main(["parse", str(corpus_dir), "-o", str(target), "--quiet"])
    df = pd.read_parquet(target)

    assert status == 0
    assert len(df) == sum(1 for p in corpus_dir.iterdir() if p.suffix in SUFFIXES)
    assert list(df.columns) == COLUMNS
    assert df["format"].notna().all()


def test_globs_and_json_lines_on_stdout(capsys):
    """A glob pattern is expanded; without -o each file is a JSON line on standard output."""
    status = main(["parse", str(EXAMPLES / "qinghe_*_201[67]_*.txt"), "--quiet", "-j", "1"])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]

    assert status == 0
    assert [Path(line["path"]).name for line in lines] == ["qinghe_county_2016_stats.txt",
                                                           "qinghe_county_2017_stats.txt"]
    assert list(lines[0]) == COLUMNS
    assert [line["year"] for line in lines] == [2016, 2017]


def test_a_file_that_cannot_be_read_fails_the_run_but_not_the_others(tmp_path, capsys):
    """An unreadable file gets its row with the error, is listed in the summary, and the exit status is 1."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\xff" * 50 + bytes(range(256)) * 4)
    target = tmp_path / "out.csv"

    status = main(["parse", str(EXAMPLE), str(bad), "-o", str(target)])
    err = capsys.readouterr().err
    rows = target.read_text(encoding="utf-8").splitlines()

    assert status == 1
    assert len(rows) == 3
    assert f"failed: {bad}: DecodeError" in err
    assert "1 could not be read" in err


def test_full_json_lines_hold_whole_reports(tmp_path):
    """With --full each JSON line holds the whole report, which loads back equal to the one read directly."""
    files = sorted(EXAMPLES.glob("qinghe_*.txt"))[:3]
    target = tmp_path / "out.jsonl"

    main(["parse", *map(str, files), "--full", "-o", str(target), "--quiet"])
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]

    assert [line["path"] for line in lines] == [str(p) for p in files]
    assert [structure(line["report"]) for line in lines] == [read_report(p) for p in files]


def test_diagnostics_are_summarised_by_code(capsys):
    """The summary counts diagnostics by severity and lists each code with its name."""
    main(["parse", str(EXAMPLES / "yunling_land_2020_standard.txt"), "-o", "-"])
    err = capsys.readouterr().err

    assert "0 error, 1 warning" in err
    assert "GD304 table-prose-mismatch (warning)" in err


@pytest.mark.parametrize("argv", [["parse", "no/such/folder"], ["parse", str(EXAMPLE), "-o", "out.xls"],
                                  ["parse", "no/such/*.txt"], ["parse", str(EXAMPLE), "--full", "-o", "out.csv"]],
                         ids=["missing", "suffix", "empty-glob", "full-csv"])
def test_usage_errors_exit_2_without_output(argv, capsys, tmp_path, monkeypatch):
    """A missing input or an output we cannot write is reported in one line, with exit status 2."""
    monkeypatch.chdir(tmp_path)

    status = main(argv)

    assert status == 2
    assert capsys.readouterr().err.startswith("govdisclosure parse: ")
    assert list(tmp_path.iterdir()) == []


def test_collect_searches_folders_and_keeps_each_file_once(tmp_path):
    """Folders are searched recursively for text, HTML, PDF and Word files; a file named twice is
    collected once; files of other kinds are counted by suffix (hidden files aside)."""
    (tmp_path / "a").mkdir()
    for name in ("a/x.txt", "a/y.HTML", "a/z.pdf", "a/w.wps", "a/u.xls", "a/v.XLS", "a/.hidden", "b.htm", "c.json"):
        (tmp_path / name).write_text("x", encoding="utf-8")

    found = collect([str(tmp_path), str(tmp_path / "b.htm")])

    assert [p.relative_to(tmp_path).as_posix() for p in found.paths] == ["a/w.wps", "a/x.txt", "a/y.HTML", "a/z.pdf",
                                                                        "b.htm"]
    assert found.passed_over == {".xls": 2, ".json": 1}


def test_the_summary_names_the_files_of_other_kinds(tmp_path, capsys):
    """A folder's spreadsheets are not read; the summary says how many there were."""
    (tmp_path / "r.txt").write_text("某县人民政府2019年政府信息公开工作年度报告", encoding="utf-8")
    (tmp_path / "s.xls").write_bytes(b"\xd0\xcf\x11\xe0")

    status = main(["parse", str(tmp_path), "-o", str(tmp_path / "out.csv")])

    assert status == 0
    err = capsys.readouterr().err
    assert "1 file(s)" in err
    assert "not read, of other kinds: .xls 1" in err


def test_show_prints_metadata_statistics_and_diagnostics(capsys):
    """show prints the title, the metadata, table 三 as a grid and each diagnostic with its text."""
    status = main(["show", str(EXAMPLES / "yunling_land_2020_standard.txt")])
    out = capsys.readouterr().out

    assert status == 0
    assert out.startswith("云岭市自然资源局2020年政府信息公开工作年度报告\n")
    assert "published" in out
    assert "自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计" in out
    assert "GD304 warning applications.received: the table says 186" in out


def test_show_json_is_the_whole_report(capsys):
    """show --json prints the report's JSON, which loads back to the same report."""
    main(["show", "--json", str(EXAMPLE)])

    assert gd.from_json(capsys.readouterr().out) == read_report(EXAMPLE)


def test_show_a_missing_file(capsys):
    """A file that cannot be read is reported, with exit status 1."""
    assert main(["show", "no/such/file.txt"]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_schema_table_lists_every_key(capsys):
    """schema prints one line per data dictionary key, after a header."""
    main(["schema"])
    lines = capsys.readouterr().out.splitlines()

    assert lines[0].split() == ["key", "type", "unit", "description"]
    assert [line.split()[0] for line in lines[1:]] == list(record.RECORD_KEYS)


def test_json_schema_describes_the_records():
    """Every record of the example reports fits the JSON Schema's types, and it requires exactly the record's keys."""
    schema = json_schema()
    properties = schema["properties"]

    assert schema["required"] == list(record.RECORD_KEYS)
    for path in sorted(EXAMPLES.glob("*.txt")):
        for key, value in gd.parse_many([path], workers=1)[0].to_record().items():
            assert key in properties
            kind, _ = properties[key]["type"]
            assert value is None or isinstance(value, PYTHON_TYPES[kind]), (key, value)


@pytest.mark.parametrize(("argv", "expected"), [
    (["schema", "--markdown"], record.render_markdown),
    (["schema", "--diagnostics", "--markdown"], codes.render_markdown),
], ids=["data-dictionary", "diagnostics"])
def test_schema_markdown_is_the_generated_page(argv, expected, tmp_path, capsys):
    """--markdown prints the page, and -o writes the same text to a file."""
    main(argv)
    printed = capsys.readouterr().out
    main([*argv, "-o", str(tmp_path / "page.md")])

    assert printed == expected()
    assert (tmp_path / "page.md").read_text(encoding="utf-8") == printed


@pytest.mark.parametrize(("page", "render"), [("data-dictionary.md", record.render_markdown),
                                              ("diagnostics.md", codes.render_markdown)])
def test_checked_in_pages_are_up_to_date(page, render):
    """docs/ holds exactly the generated pages; regenerate with `python -m govdisclosure schema [--diagnostics]
    --markdown -o docs/<page>`."""
    assert (ROOT / "docs" / page).read_text(encoding="utf-8") == render()


def test_schema_options_that_do_not_combine(capsys):
    """--json-schema describes the record only."""
    assert main(["schema", "--diagnostics", "--json-schema"]) == 2
    assert "does not combine" in capsys.readouterr().err


def test_python_dash_m_runs_the_command_line():
    """`python -m govdisclosure` is the same command line."""
    out = subprocess.run([sys.executable, "-m", "govdisclosure", "schema", "--diagnostics"],
                         capture_output=True, text=True, check=True)

    assert out.stdout.splitlines()[1].startswith(codes.CATALOGUE[0].code)


RESUMED = sorted(EXAMPLES.glob("qinghe_*.txt"))[:4]


@functools.cache
def _whole_run(suffix: str, folder: Path) -> bytes:
    """The output of a run over ``RESUMED`` that nothing stopped."""
    target = folder / f"whole{suffix}"
    assert main(["parse", *map(str, RESUMED), "-o", str(target), "-q", "-j", "1"]) == 0
    return target.read_bytes()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(suffix=st.sampled_from([".jsonl", ".csv"]), cut=st.floats(0, 1))
def test_resume_writes_what_a_whole_run_writes(tmp_path_factory, suffix, cut):
    """A run stopped anywhere, even inside a row or a character, and then resumed leaves the file a
    run that nothing stopped writes, byte for byte."""
    whole = _whole_run(suffix, tmp_path_factory.getbasetemp())
    target = tmp_path_factory.mktemp("resumed") / f"out{suffix}"
    target.write_bytes(whole[: int(len(whole) * cut)])

    status = main(["parse", *map(str, RESUMED), "-o", str(target), "--resume", "-q", "-j", "1"])

    assert status == 0
    assert target.read_bytes() == whole


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
@pytest.mark.parametrize("where", ["in-the-mark", "after-the-mark", "in-the-header", "in-a-character", "after-a-row",
                                   "at-the-end"])
def test_resume_after_cuts_that_matter(tmp_path_factory, suffix, where):
    """The cuts a random one seldom hits: inside CSV's byte order mark or header, inside a character
    of several bytes, right after a row, and none at all."""
    whole = _whole_run(suffix, tmp_path_factory.getbasetemp())
    first_row = whole.index(b"\n") + 1
    cut = {"in-the-mark": 1, "after-the-mark": 3, "in-the-header": 10, "after-a-row": first_row, "at-the-end": len(whole),
           "in-a-character": next(i for i in range(first_row, len(whole)) if whole[i] >= 0xC0) + 1}[where]
    target = tmp_path_factory.mktemp("resumed") / f"out{suffix}"
    target.write_bytes(whole[:cut])

    assert main(["parse", *map(str, RESUMED), "-o", str(target), "--resume", "-q", "-j", "1"]) == 0
    assert target.read_bytes() == whole


def test_resume_parses_only_the_files_not_written(tmp_path, capsys):
    """The summary counts the files already written; those are not parsed again, the others are
    appended after them."""
    target = tmp_path / "out.jsonl"
    main(["parse", *map(str, RESUMED[:2]), "-o", str(target), "-q", "-j", "1"])

    status = main(["parse", *map(str, RESUMED), "-o", str(target), "--resume", "-j", "1"])
    err = capsys.readouterr().err

    assert status == 0
    assert "2 file(s) in" in err
    assert "resumed: 2 file(s) already in" in err
    assert [json.loads(line)["path"] for line in target.read_text(encoding="utf-8").splitlines()] == [
        str(p) for p in RESUMED]


@pytest.mark.parametrize(("output", "content", "message"), [
    ("out.parquet", None, "give one ending in .jsonl or .csv"),
    (None, None, "give one ending in .jsonl or .csv"),
    ("out.csv", "path,error,year\r\n", "does not have the columns"),
    ("out.jsonl", 'not json\n{"path": "a.txt"}\n', "line 1 is not a row"),
    ("out.jsonl", '{"path": "a.txt", "error": null, "report": {}}\n', "resume with the same --full"),
], ids=["parquet", "stdout", "other-columns", "not-jsonl", "full-reports"])
def test_resume_refuses_what_it_cannot_go_on_with(tmp_path, capsys, output, content, message):
    """--resume needs an output it can append to, written by this package; otherwise exit 2 and the
    file is left as it was."""
    argv = ["parse", str(RESUMED[0]), "--resume", "-q"]
    if output is not None:
        argv += ["-o", str(tmp_path / output)]
        if content is not None:
            (tmp_path / output).write_bytes(content.encode())

    assert main(argv) == 2
    assert message in capsys.readouterr().err
    if content is not None:
        assert (tmp_path / output).read_bytes() == content.encode()
