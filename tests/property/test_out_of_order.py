"""Tables that text extraction wrote out of order, as pdfminer writes a PDF's table: the row labels
first, then the numbers column by column, the header's words in between. Nothing is read wrong
from them: where most rows' numbers are not their own cells, only rows whose own cells are whole,
with totals that hold and are not zero, are read (``GD220``)."""

import re

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import TABLES34_SECTION, rewrite_section, standard_reports, wrong_values

import govdisclosure as gd

_ROW = re.compile(r"^(?P<label>\S.*?) (?P<values>[0-9]+(?: [0-9]+)+)$")


@st.composite
def _by_columns(draw, text: str) -> str:
    """Tables 三 and 四 with each run of rows written as its labels, then its numbers column by column."""

    def transpose(lines: list[str]) -> list[str]:
        out: list[str] = []
        labels: list[str] = []
        cells: list[list[str]] = []
        for line in [*lines, ""]:
            match = _ROW.match(line)
            if match is not None and (not cells or len(match["values"].split()) == len(cells[0])):
                labels.append(match["label"])
                cells.append(match["values"].split())
                continue
            if cells:
                columns = [[row[c] for row in cells] for c in range(len(cells[0]))]
                out += labels + (["自然人", "总计"] if draw(st.booleans()) else []) + [v for col in columns for v in col]
                labels, cells = [], []
            if line:
                out.append(line)
        return out

    return rewrite_section(text, TABLES34_SECTION, transpose)


@given(standard_reports(renderings=("spaces",)), st.data())
@settings(max_examples=80)
def test_tables_written_column_by_column_give_no_wrong_value(case, data):
    text, expected, _ = case
    scrambled = data.draw(_by_columns(text))
    note(scrambled)

    record = gd.parse(scrambled).to_record()

    assert not wrong_values(record, expected, precision_only=True)
