"""PDF text prints each page's number on a line of its own, wherever the page breaks: after a table
row whose cells are all on its line, that number is not read as one more cell (``GD218``)."""

import re

from hypothesis import assume, given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports, stats_reports

import govdisclosure as gd

_ROW = re.compile(r"^[^\d\s].*\s\d+$")
"""A labelled row ending in a number, with at most eight numbers (not table 四's row of fifteen)."""


@given(st.one_of(stats_reports(renderings=("spaces",)), standard_reports(renderings=("spaces", "pdf"))),
       st.data())
@settings(max_examples=60)
def test_page_number_after_a_row(case, data):
    text, expected, _ = case
    lines = text.split("\n")
    rows = [i for i, line in enumerate(lines) if _ROW.match(line) and len(re.findall(r"\d+", line)) <= 8]
    assume(rows)
    at = data.draw(st.sampled_from(rows))
    page = str(data.draw(st.integers(2, 40)))
    paged = "\n".join([*lines[: at + 1], page, *lines[at + 1 :]])
    note(paged)

    report = gd.parse(paged, strict=True)
    record = report.to_record()

    assert [(k, v, record.get(k)) for k, v in expected.items() if k != "format" and record.get(k) != v] == []
