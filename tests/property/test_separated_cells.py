"""Tables whose cells a converter separated by a fixed run of spaces (each tab written as two, four
or eight spaces): a blank cell is one run more, so the gaps between a row's numbers say which cells
they are in. Nothing is read wrong, and every value of tables 三 and 四 is read."""

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports, wrong_values

import govdisclosure as gd


@given(standard_reports(renderings=("tabs",)), st.sampled_from([2, 3, 4, 8]))
@settings(max_examples=60)
def test_cells_separated_by_a_fixed_run_of_spaces(case, width):
    text, expected, _ = case
    spaced = text.replace("\t", " " * width)
    note(spaced)

    record = gd.parse(spaced, strict=True).to_record()

    assert wrong_values(record, expected, precision_only=True) == []
    tables = {k: v for k, v in expected.items() if k.startswith(("table3.", "table4."))}
    assert {k: record[k] for k in tables} == tables
