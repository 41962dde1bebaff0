"""Bytes are decoded by the measured ladder: BOM, UTF-8, detection, GB18030 for the GB family."""

import codecs
import functools

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from tests.inputs.rendering import REPORTS

import govdisclosure as gd
from govdisclosure.inputs.decoding import SHORT, decode

LINES = sorted({line for text in REPORTS.values() for line in text.splitlines()
                if sum("\u4e00" <= c <= "\u9fff" for c in line) >= 8})
SIMPLIFIED_ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-32")


def report_like(min_lines=4):
    """Report lines drawn from our own reports, at least a few hundred bytes."""
    return st.lists(st.sampled_from(LINES), min_size=min_lines, max_size=30).map("\n".join)


@given(report_like(), st.sampled_from(SIMPLIFIED_ENCODINGS))
@example("\n".join(LINES[:4]), "gbk")
def test_simplified_text_round_trips(text, encoding):
    """Report text encoded in any supported encoding decodes to exactly the same text."""
    decoded = decode(text.encode(encoding))

    assert text == decoded.text
    assert decoded.replaced == 0


@functools.cache
def _s2tw():
    return pytest.importorskip("opencc").OpenCC("s2tw").convert


@given(report_like())
@example("4.无正当理由大量反复申请 0 0 0 0 0 0 0\n4.无正当理由大量反复申请 0 0 0 0 0 0 0\n"
         "（一）召开政府信息公开工作会议或专题会议数 次 2\n（一）召开政府信息公开工作会议或专题会议数 次 2")
def test_big5_round_trips(text):
    """Traditional report text in Big5 is not mistaken for GB18030 (which would decode it without an error)."""
    traditional = _s2tw()(text)
    data = traditional.encode("big5", "replace")

    decoded = decode(data)

    assert decoded.encoding in ("big5", "cp950", "big5hkscs")
    assert data.decode("big5") == decoded.text


def test_bom_decides():
    """A byte-order mark wins over everything and is not part of the text."""
    text = "某某县政府信息公开工作年度报告"

    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le")):
        decoded = decode(bom + text.encode(codec))
        assert (text, codec) == (decoded.text, decoded.encoding)


def test_explicit_encoding_is_used():
    """``encoding=`` overrides detection; GBK is read as GB18030, its superset."""
    data = "政府信息公开".encode("gbk")

    assert decode(data, encoding="GBK").encoding == "gb18030"
    for wrong in ("no-such-codec", "rot13", "base64"):
        with pytest.raises(gd.DecodeError, match="unknown encoding"):
            decode(data, encoding=wrong)


def test_declared_charset_is_used_when_it_fits():
    """A page's declared charset is believed when the bytes decode under it, else detection decides."""
    text = "政府信息公开工作年度报告" * 20

    assert decode(text.encode("gb18030"), declared="gb2312").encoding == "gb18030"
    assert decode(text.encode("gb18030"), declared="utf-8").encoding == "gb18030"
    assert decode(text.encode("utf-8"), declared="x-unknown").encoding == "utf-8"


def test_a_cut_or_stray_byte_keeps_utf8():
    """A UTF-8 text cut inside its last character, or with one stray byte, stays UTF-8, replaced and counted."""
    text = "政府信息公开工作年度报告" * 30
    cut = text.encode()[:-1]
    stray = text.encode()[:300] + b"\xff" + text.encode()[300:]

    for data in (cut, stray, "年度报告".encode()[:-1]):
        decoded = decode(data)
        assert (decoded.encoding, decoded.replaced) == ("utf-8", 1)
        assert sorted(d.code for d in decoded.diagnostics) == ["GD502", "GD506"]


def test_short_gb_text_is_gb():
    """A few characters of valid GB18030 are read as GB18030 without asking the detector."""
    data = "政府".encode("gb18030")

    assert len(data) < SHORT
    assert (decode(data).text, decode(data).encoding) == ("政府", "gb18030")


@pytest.mark.parametrize("data", [b"\xff" * 100, b"\x81\x7f" * 300, bytes([0x80, 0xFF]) * 200])
def test_bytes_that_are_not_text_raise_a_typed_error(data):
    """Bytes that no supported encoding reads raise ``DecodeError`` naming the first bad byte, never a bare
    ``UnicodeDecodeError``."""
    with pytest.raises(gd.DecodeError) as raised:
        decode(data)

    assert raised.value.position is not None
    assert 0 <= raised.value.position < len(data)
    assert raised.value.encoding
    assert not isinstance(raised.value, UnicodeDecodeError)


@given(st.binary(max_size=2000))
@example(b"")
@example(b"\x00")
@example(codecs.BOM_UTF16_LE + b"\x00")
def test_any_bytes_decode_or_raise_decode_error(data):
    """Arbitrary bytes either decode (with a GD506 diagnostic) or raise ``DecodeError``: nothing else."""
    refused = None
    try:
        decoded = decode(data)
    except gd.DecodeError as error:
        refused = error
    if refused is not None:
        assert refused.position is not None
        assert 0 <= refused.position <= len(data)
        return

    assert "GD506" in {d.code for d in decoded.diagnostics}
    assert (decoded.replaced > 0) == ("GD502" in {d.code for d in decoded.diagnostics})


def test_parse_bytes_reports_the_encoding():
    """``parse_bytes`` says which encoding it used, and rejects ``str`` with a pointer to ``parse``."""
    report = gd.parse_bytes(REPORTS["county_2022_standard"].encode("gb18030"), strict=True)

    assert [d.message for d in report.diagnostics if d.code == "GD506"] == ["the bytes were decoded as gb18030"]
    with pytest.raises(TypeError, match=r"govdisclosure\.parse\(\)"):
        gd.parse_bytes("text")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not int"):
        gd.parse_bytes(3)  # type: ignore[arg-type]
