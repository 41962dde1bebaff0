"""The README's Python examples run as written, and the values their comments show are the values.

The examples use five names they do not define: ``text`` (the example report's text), ``data``
(its bytes in GB18030), ``page`` (a web page holding it), ``pdf_bytes`` (a PDF of it) and
``docx_bytes`` (a Word document of it). They run in a folder holding
``report.html`` and ``reports/`` with example reports, as a reader would have them.
"""

import ast
import html
import os
from pathlib import Path

import pytest
import regex

import govdisclosure as gd
from tests.docxs import docx_document
from tests.pdfs import pdf_document

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLE = ROOT / "examples" / "reports" / "county_2022_standard.txt"
BLOCKS = regex.findall(r"```python\n(.*?)```", README, flags=regex.DOTALL)
SHOWN = regex.compile(r"^(?P<expr>[^#\n]+?)\s+#\s+(?P<value>'[^']*'|-?[0-9]+)(?:[ ,]|$)", flags=regex.MULTILINE)
"""A line ``expression  # value``: the comment shows what the expression gives."""


@pytest.fixture
def reader_folder(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    (tmp_path / "reports").mkdir()
    for path in sorted(EXAMPLE.parent.glob("*.txt"))[:4]:
        (tmp_path / "reports" / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    page = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines()) + "</body></html>"
    (tmp_path / "report.html").write_text(page, encoding="utf-8")
    before = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield {"text": text, "data": text.encode("gb18030"), "page": page,
               "pdf_bytes": pdf_document(text.splitlines(), footers=True),
               "docx_bytes": docx_document(text.splitlines())}
    finally:
        os.chdir(before)


def test_readme_has_python_examples():
    """The examples this test runs are there (a renamed fence would skip them silently)."""
    assert len(BLOCKS) >= 3
    assert len(SHOWN.findall(BLOCKS[0])) >= 4


def test_readme_examples_run(reader_folder):
    """Every Python block runs, in order, in one namespace, as a reader would paste them."""
    namespace = dict(reader_folder)
    for block in BLOCKS:
        exec(compile(block, "README.md", "exec"), namespace)  # our own README

    assert namespace["report"].statistics.applications.received.value == 58
    assert len(namespace["df"]) == len(namespace["paths"]) == 4
    assert Path("reports.parquet").stat().st_size > 0


def test_readme_comments_show_the_values(reader_folder):
    """``expr  # value`` lines of the first example give exactly the value shown."""
    namespace = {"gd": gd, "report": gd.parse(reader_folder["text"])}
    shown = [(m["expr"].strip(), ast.literal_eval(m["value"])) for m in SHOWN.finditer(BLOCKS[0])
             if not m["expr"].strip().startswith(("report =", "for "))]

    assert shown
    for expression, value in shown:
        assert eval(expression, namespace) == value, expression  # our own README


def test_readme_repr_is_the_repr():
    """The one-line repr the README prints is the report's repr."""
    report = gd.parse(EXAMPLE.read_text(encoding="utf-8"))
    flat = " ".join(README.split())

    assert repr(report) in flat
