"""Text copied from a page that escaped its HTML once too often shows ``&nbsp;`` between cells and
``<br>`` at line ends: the report reads as the same report without them, and spans still point into
the text as given."""

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports, stats_reports

import govdisclosure as gd

SPACES = ("&nbsp;", "&NBSP;", "&amp;nbsp;", "&#160;", "&emsp;")
BREAKS = ("<br>", "<br/>", "<BR />", "</p>", "<br>\n", "</p>\n<p>")


def _escaped(text: str, space: str, line_break: str) -> str:
    return text.replace(" ", space).replace("\n", line_break)


def _numbers(report: gd.AnnualReport) -> dict[str, object]:
    return {key: value.value for key, value in report.values()}


@given(st.one_of(stats_reports(renderings=("spaces", "lines", "wrapped")),
                 standard_reports(renderings=("spaces", "tabs", "lines"))),
       st.sampled_from(SPACES), st.sampled_from(BREAKS))
@settings(max_examples=60)
def test_escaped_spaces_and_line_breaks_read_as_the_page_meant(case, space, line_break):
    text, _, _ = case
    escaped = _escaped(text, space, line_break)
    note(escaped)

    report = gd.parse(escaped, strict=True)

    assert _numbers(report) == _numbers(gd.parse(text, strict=True))
    for _, value in report.values():
        if value.origin is gd.Origin.PRINTED and isinstance(value.value, int):
            assert escaped[value.span.start : value.span.end] == value.raw
