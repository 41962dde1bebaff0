"""Fuzzing the input readers with hypothesis: only ``DecodeError`` may come out of them, on any input.

The same strategies drive ``tests/fuzz/fuzz_parse.py`` (longer runs, with figures, and with atheris).
"""

from hypothesis import example, given
from hypothesis import strategies as st
from tests.inputs.rendering import REPORTS, Page, to_html
from tests.property.test_mutations import mutated

import govdisclosure as gd

ENCODINGS = ("utf-8", "gb18030", "utf-16", "big5")
TAGS = st.sampled_from(["<table>", "</table>", "<tr>", "</tr>", "<td colspan=99999>", "<td rowspan='-1'>", "</td>",
                        "<br>", "<p>", "</div>", "<script>", "</script>", "<!--", "-->", "<meta charset=big5>",
                        "<nav>", "<th colspan=3>", "&nbsp;", "&#0;", "&#xD800;", "<![CDATA[", "<td><table><tr><td>",
                        "<pre>", "\t", "\r", "\x00", "<![foo ", "<!DOCTYPE [", "<!", "</", "<?"])


@st.composite
def encoded(draw):
    """A mutated report as bytes in some encoding, then with some bytes overwritten."""
    data = bytearray(draw(mutated()).encode(draw(st.sampled_from(ENCODINGS)), "replace"))
    for _ in range(draw(st.integers(0, 8))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@st.composite
def pages(draw):
    """A report laid out as HTML, then with tags and junk inserted and characters deleted."""
    page = to_html(draw(mutated()), draw(st.builds(Page, chrome=st.booleans(), wrap_cells=st.booleans(),
                                                   merge_groups=st.booleans(), layout_table=st.booleans())))
    for _ in range(draw(st.integers(0, 10))):
        at = draw(st.integers(0, len(page)))
        if draw(st.booleans()):
            page = page[:at] + draw(st.one_of(TAGS, st.text(max_size=8))) + page[at:]
        else:
            page = page[:at] + page[at + draw(st.integers(1, 40)) :]
    return page


def _grounded(report):
    for key, value in report.values():
        assert report.text[value.span.start : value.span.end] == value.raw, key
    assert all(d.code != "GD901" for d in report.diagnostics)


@given(st.one_of(st.binary(max_size=3000), encoded()))
@example(b"\xef\xbb\xbf")
@example(b"\xff\xfe\x00")
@example(b"<html><meta charset=utf-16>")
@example(b"%PDF-1.7\n%\x00\x01")
@example(b"PK\x03\x04\x14\x00")
@example(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
def test_parse_bytes_raises_only_decode_error(data):
    """``parse_bytes`` on any bytes returns a grounded report or raises ``DecodeError`` (or, for
    bytes that begin as a PDF or Word file does, ``DocumentError``)."""
    try:
        report = gd.parse_bytes(data, strict=True)
    except (gd.DecodeError, gd.DocumentError):
        return

    _grounded(report)


@given(st.one_of(pages(), st.text(max_size=400)))
@example("<td colspan=100000000000000000000>1</td>")
@example("<" * 5000)
@example("<table>" * 2000)
@example("<p>一</p><![if !supportLists]>二<![endif]><![foo bar<p>三</p>")
def test_parse_html_never_raises(page):
    """``parse_html`` on any markup, broken or not, returns a grounded report."""
    _grounded(gd.parse_html(page, strict=True))
    _grounded(gd.parse_html(page.encode("utf-8", "replace"), strict=True))


@given(pages())
def test_parse_takes_markup_as_text(page):
    """``parse`` on a page's markup taken for text (a scraper that kept the tags): markup written out
    in the text (``<br>``) is a line break in the folded view only, and no reader that splits the
    two views into lines may part them differently."""
    _grounded(gd.parse(page, strict=True))


def test_seed_reports_fuzz_cleanly():
    """The fuzz seeds themselves: every report, in every encoding and as a page, reads without a finding."""
    for text in REPORTS.values():
        for encoding in ENCODINGS[:3]:
            _grounded(gd.parse_bytes(text.encode(encoding), strict=True))
        _grounded(gd.parse_html(to_html(text), strict=True))
