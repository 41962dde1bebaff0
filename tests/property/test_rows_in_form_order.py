"""Rows of table 三 whose labels text extraction moved away from their values, as ``pdftotext``
does with a PDF's merged and multi-line label cells: their values follow the row before them.
They are read in the form's order (``GD219``), whether their labels are gone or stand later in
the table, where the chain of labels may first take them."""

import re

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import TABLE3_SECTION, rewrite_section, standard_reports, wrong_values

import govdisclosure as gd

_ROW = re.compile(r"^(?P<label>\S.*?) (?P<values>[0-9]+(?: [0-9]+){6})$")


@st.composite
def _moved(draw, text: str, where: str) -> tuple[str, int]:
    """``text`` with the labels of 1-3 consecutive rows of table 三 taken off their values, which
    join the row before; the labels are dropped (``where="gone"``) or printed after the table."""
    moved = 0

    def move(lines: list[str]) -> list[str]:
        nonlocal moved
        rows = [i for i, line in enumerate(lines) if _ROW.match(line)]
        runs = [i for i in rows if i + 1 in rows]
        if not runs:
            return lines
        first = draw(st.sampled_from(runs))
        moved = 1
        while moved < 3 and first + moved + 1 in rows and draw(st.booleans()):
            moved += 1
        matches = [_ROW.match(lines[first + k]) for k in range(1, moved + 1)]
        values = [m["values"] for m in matches if m]
        labels = [m["label"] for m in matches if m] if where == "later" else []
        return [*lines[: first + 1], *values, *lines[first + moved + 1 :], *labels]

    return rewrite_section(text, TABLE3_SECTION, move), moved


@given(standard_reports(renderings=("spaces",)), st.sampled_from(["gone", "later"]), st.data())
@settings(max_examples=80)
def test_values_of_rows_whose_labels_moved_are_read_in_form_order(case, where, data):
    """Labels gone, or printed after the table where the chain of labels may take them: either way
    every value reads back, and the rows so read are reported."""
    text, expected, _ = case
    moved, count = data.draw(_moved(text, where))
    note(moved)

    report = gd.parse(moved, strict=True)

    assert not wrong_values(report.to_record(), expected)
    assert (count > 0) == any(d.code == "GD219" for d in report.diagnostics)
