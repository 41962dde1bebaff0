"""parse() is total on realistic reports broken in the ways real copies are broken.

Seeds are our own synthetic reports (``tests/inputs/reports``) and the example report; each test
draws a few mutations (deleted, duplicated, swapped, joined or split lines, swapped digits,
truncation mid-table, inserted junk) and checks that parsing neither raises (``strict=True``
re-raises inside extractors) nor loses its grounding.
"""

import contextlib
import signal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from tests.inputs.rendering import REPORTS

import govdisclosure as gd

SEEDS = sorted(REPORTS)
MAX_SECONDS = 30
"""A parse of one of these few-kilobyte texts takes milliseconds; this long is a hang."""
JUNK = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["|", "||||", "\t\t", "（一）", "一、", "１２３４", "\r", "\r\n", "\u3000\u3000", "：", "——", "/",
                     "雷速体育,雷速直播", "<td>", "&nbsp;", "(xiàng)", "總計", "99999999999999999999", "1,2,3",
                     "①", "²", "〇", "万元", "第二十条第（一）项", "（七）总计", "\ufeff", "\x00", "\ud7ff"]),
)


@st.composite
def mutated(draw):
    """A seed report with one to six mutations applied."""
    text = REPORTS[draw(st.sampled_from(SEEDS))]
    for _ in range(draw(st.integers(1, 6))):
        lines = text.split("\n")
        kind = draw(st.sampled_from(["delete", "duplicate", "swap_lines", "join", "split", "digit", "truncate",
                                     "junk", "junk_line"]))
        at = draw(st.integers(0, max(0, len(lines) - 1)))
        if kind == "delete" and len(lines) > 1:
            del lines[at]
        elif kind == "duplicate":
            lines.insert(at, lines[at])
        elif kind == "swap_lines" and at + 1 < len(lines):
            lines[at], lines[at + 1] = lines[at + 1], lines[at]
        elif kind == "join" and at + 1 < len(lines):
            lines[at : at + 2] = [lines[at] + lines[at + 1]]
        elif kind == "split" and lines[at]:
            cut = draw(st.integers(0, len(lines[at])))
            lines[at : at + 1] = [lines[at][:cut], lines[at][cut:]]
        elif kind == "digit":
            digits = [i for i, c in enumerate(text) if c.isdecimal()]
            if digits:
                i = draw(st.sampled_from(digits))
                text = text[:i] + draw(st.sampled_from("0123456789０９")) + text[i + 1 :]
                continue
        elif kind == "truncate":
            text = text[: draw(st.integers(0, len(text)))]
            continue
        elif kind == "junk":
            i = draw(st.integers(0, len(text)))
            text = text[:i] + draw(JUNK) + text[i:]
            continue
        elif kind == "junk_line":
            lines.insert(at, draw(JUNK))
        text = "\n".join(lines)
    return text


@contextlib.contextmanager
def time_limit(seconds):
    """Turn a hang into a failure (``TimeoutError`` with the stack of where it hung) where ``SIGALRM`` exists."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def hung(signum, frame):
        msg = f"parse took more than {seconds} s"
        raise TimeoutError(msg)

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _check(text):
    with time_limit(MAX_SECONDS):
        report = gd.parse(text, strict=True)
    for key, value in report.values():
        assert 0 <= value.span.start <= value.span.end <= len(text), key
        assert text[value.span.start : value.span.end] == value.raw, key
    for item in report.diagnostics:
        assert item.code != "GD901", item.message
        if item.span is not None:
            assert 0 <= item.span.start <= item.span.end <= len(text)
    return report


@given(mutated())
@example(REPORTS["county_2022_standard"][:2000])
@example(REPORTS["district_2019_standard"].replace("\n", ""))
def test_mutated_reports_parse(text):
    """A report with lines deleted, duplicated, swapped, joined or split, digits changed, cut short or with junk
    inserted parses without raising, and every value still points at its text."""
    report = _check(text)

    assert report == gd.parse(text)


@pytest.mark.slow
@settings(max_examples=400, deadline=None)
@given(mutated())
def test_mutated_reports_parse_thoroughly(text):
    """The same property over more examples (CI)."""
    _check(text)
