"""TableRow keeps its cells as one flat tuple and gives them back as Cell objects."""

import gc
import pickle

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports, stats_reports

import govdisclosure as gd
from govdisclosure.schema import Cell, Span, TableRow

_CELLS = st.lists(st.tuples(st.text(max_size=8), st.integers(0, 10_000), st.integers(0, 50)).map(
    lambda t: (t[0], t[1], t[1] + t[2])), max_size=12)


@given(_CELLS)
def test_cells_come_back_as_given_whichever_way_they_were_given(cells):
    """Cell objects and (text, start, end) tuples make the same row; evolve, pickle and JSON keep it."""
    as_objects = TableRow(span=Span(0, 10_050), cells=tuple(Cell(text=t, span=Span(s, e)) for t, s, e in cells))
    as_tuples = TableRow(span=Span(0, 10_050), cells=cells)

    assert as_objects == as_tuples
    assert hash(as_objects) == hash(as_tuples)
    assert as_tuples.cell_tuples == tuple(cells)
    assert [(c.text, c.span.start, c.span.end) for c in as_tuples.cells] == cells
    assert attrs.evolve(as_tuples, key="table3.received").cells == as_tuples.cells
    assert pickle.loads(pickle.dumps(as_tuples)) == as_tuples


@settings(max_examples=20)
@given(st.one_of(standard_reports(renderings=("lines", "pipes", "tabs")), stats_reports()))
def test_a_parsed_report_keeps_its_cells_out_of_the_garbage_collector(case):
    """A row's cells are one tuple of strings and numbers, which the collector stops tracking."""
    text, _, _ = case
    rows = [row for table in gd.parse(text).tables for row in table.rows]
    gc.collect()

    assert rows
    assert not any(gc.is_tracked(row._cells) for row in rows)
    for row in rows:
        assert all(cell.span.slice(text) == cell.text for cell in row.cells)


def test_the_repr_shows_cells():
    row = TableRow(span=Span(0, 3), cells=(("总计", 0, 2),), key="x")

    assert repr(row) == "TableRow(span=Span(start=0, end=3), cells=(Cell(text='总计', span=Span(start=0, end=2)),), key='x')"


def test_a_flat_tuple_that_is_not_cells_is_refused():
    with pytest.raises(ValueError, match="three by three"):
        TableRow(span=Span(0, 3), cells=("总计", 0))  # type: ignore[arg-type]
