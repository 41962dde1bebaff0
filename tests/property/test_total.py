"""parse() is total, grounded and deterministic on any text."""

from hypothesis import example, given
from hypothesis import strategies as st

import govdisclosure as gd

FORM_ALPHABET = st.sampled_from([*"0123456789０１２ 　\t\n|（）()一二三四五六七八九十、.:：，。总计条件万元余",
                                 "收到申请数", "予以公开", "本年新收政府信息公开申请数量", "行政复议", "结果维持",
                                   "主动公开政府信息数", "第二十条第（一）项", "政府信息公开工作年度报告", "2019年",
                                   "未收到", "无"])


def _grounded(report: gd.AnnualReport, text: str) -> None:
    for key, value in report.values():
        assert 0 <= value.span.start <= value.span.end <= len(text), key
        assert text[value.span.start : value.span.end] == value.raw, key
    for item in report.diagnostics:
        if item.span is not None:
            assert 0 <= item.span.start <= item.span.end <= len(text)


@given(st.text())
@example("")
@example("\r\n\r")
@example("»\x1f")  # a header piece that strips to nothing: no bracket to take off a title
@example("[")
def test_any_text_parses(text):
    """Arbitrary Unicode never raises, and every value points at the text it came from."""
    report = gd.parse(text, strict=True)

    _grounded(report, text)


@given(st.lists(FORM_ALPHABET, max_size=80).map("".join))
def test_form_like_text_parses(text):
    """Text made of form labels, digits and separators never raises and stays grounded."""
    report = gd.parse(text, strict=True)

    _grounded(report, text)
    assert gd.parse(text) == report
