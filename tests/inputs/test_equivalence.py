"""The same report read as UTF-8 text, as GB18030/Big5 bytes, as an HTML page and in traditional script gives
the same statistics (the issue's done-when check, on our own reports)."""

import codecs

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from tests.inputs.rendering import REPORTS, Page, statistics_of, to_html, values_of

import govdisclosure as gd
from govdisclosure.text import script

NAMES = sorted(REPORTS)
PAGES = st.builds(Page, **{field.name: st.booleans() for field in attrs.fields(Page)})


@pytest.fixture(scope="module")
def expected():
    return {name: gd.parse(text, strict=True) for name, text in REPORTS.items()}


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize(("encoding", "read_as"), [
    ("gb18030", "gb18030"), ("gbk", "gb18030"), ("utf-8-sig", "utf-8"), ("utf-16-le", "utf-16-le"),
    ("utf-32-be", "utf-32-be"),
])
def test_bytes_copy(expected, name, encoding, read_as):
    """A bytes copy in any encoding gives the same values, and names the encoding it was read as."""
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-32-be": codecs.BOM_UTF32_BE}.get(encoding, b"")

    report = gd.parse_bytes(bom + REPORTS[name].encode(encoding), strict=True)

    assert values_of(expected[name]) == values_of(report)
    assert REPORTS[name] == report.text
    assert [f"the bytes were decoded as {read_as}"] == [d.message for d in report.diagnostics if d.code == "GD506"]


@given(name=st.sampled_from(NAMES), page=PAGES)
@example(name="county_2022_standard", page=Page(**dict.fromkeys((f.name for f in attrs.fields(Page)), True)))
def test_html_copy(expected, name, page):
    """An HTML copy, laid out with any mix of what real pages do, gives the same values."""
    report = gd.parse_html(to_html(REPORTS[name], page), strict=True)

    assert values_of(expected[name]) == values_of(report)


@pytest.mark.parametrize("name", NAMES)
def test_html_bytes_copy_in_gb18030(expected, name):
    """An HTML page in GB18030 that declares gb2312 gives the same values."""
    page = to_html(REPORTS[name], Page(chrome=True)).replace("charset='utf-8'", "charset='gb2312'")

    report = gd.parse_html(page.encode("gb18030"), strict=True)

    assert values_of(expected[name]) == values_of(report)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("converter", ["opencc", "table"])
def test_traditional_copy(monkeypatch, expected, name, converter):
    """An OpenCC s2t copy gives the same statistics, read through OpenCC or through the built-in table."""
    opencc = pytest.importorskip("opencc")
    if converter == "table":
        monkeypatch.setattr(script, "_opencc", lambda: None)
    traditional = opencc.OpenCC("s2t").convert(REPORTS[name])

    report = gd.parse(traditional, strict=True)

    assert statistics_of(expected[name]) == statistics_of(report)
    assert "GD503" in {d.code for d in report.diagnostics}


@pytest.mark.parametrize("name", NAMES)
def test_big5_html_copy(expected, name):
    """A Taiwan-script copy as a Big5 HTML page gives the same statistics."""
    opencc = pytest.importorskip("opencc")
    page = to_html(REPORTS[name], Page(wrap_cells=True, merge_groups=True)).replace("charset='utf-8'", "charset='big5'")

    report = gd.parse_html(opencc.OpenCC("s2tw").convert(page).encode("big5"), strict=True)

    assert statistics_of(expected[name]) == statistics_of(report)


def test_file_copies(tmp_path, expected):
    """``parse_file`` tells HTML from text by content, whatever the file is called."""
    text = REPORTS["county_2022_standard"]
    (tmp_path / "report.txt").write_bytes(text.encode("gb18030"))
    (tmp_path / "page.txt").write_bytes(to_html(text).encode("utf-8"))
    (tmp_path / "page.htm").write_bytes(text.encode("utf-8"))
    (tmp_path / "page-utf32.html").write_bytes(codecs.BOM_UTF32_LE + to_html(text).encode("utf-32-le"))

    for path in sorted(tmp_path.iterdir()):
        assert values_of(expected["county_2022_standard"]) == values_of(gd.parse_file(path, strict=True)), path
