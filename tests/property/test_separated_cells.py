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


def _expand_wide(line: str, stop: int) -> str:
    """``line.expandtabs(stop)`` counting a Chinese character as two columns, as an editor does."""
    out, column = [], 0
    for char in line:
        if char == "\t":
            pad = stop - column % stop
            out.append(" " * pad)
            column += pad
        else:
            out.append(char)
            column += 2 if "\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef" else 1
    return "".join(out)


@given(standard_reports(renderings=("tabs",)), st.sampled_from([4, 8]), st.booleans())
@settings(max_examples=60)
def test_tabs_expanded_to_tab_stops(case, stop, wide):
    """Tabs expanded to spaces up to the next tab stop (``str.expandtabs``, or an editor counting a
    Chinese character as two columns): each cell starts at a stop, so a blank cell is one stop more.
    Nothing is read wrong, and every value of tables 三 and 四 is read."""
    text, expected, _ = case
    expanded = "\n".join(_expand_wide(line, stop) if wide else line.expandtabs(stop) for line in text.split("\n"))
    note(expanded)

    record = gd.parse(expanded, strict=True).to_record()

    assert wrong_values(record, expected, precision_only=True) == []
    tables = {k: v for k, v in expected.items() if k.startswith(("table3.", "table4."))}
    assert {k: record[k] for k in tables} == tables
