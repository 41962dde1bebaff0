"""Tables laid out in columns of spaces under their headers, blank cells only wider gaps: a text
browser's dump of a table drawn without borders (``w3m -dump``), ``pdftotext -layout``. Numbers are
placed by where they stand under the header's words (``reading/layout.py``); nothing is read wrong,
whatever the tool counts (characters or display columns) and however it aligns headers and cells,
and with header words and numbers set left (or numbers centred), every value is read."""

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import column_layouts, standard_reports

import govdisclosure as gd


@given(standard_reports(renderings=("columns",)))
@settings(max_examples=60)
def test_numbers_placed_under_the_header_are_never_wrong(case):
    text, expected, _ = case
    note(text)

    record = gd.parse(text, strict=True).to_record()

    assert [(k, v, record[k]) for k, v in expected.items() if k != "format" and record.get(k) not in (None, v)] == []


@given(st.data())
@settings(max_examples=60)
def test_left_set_headers_place_every_number(data):
    layout = data.draw(column_layouts(heads="left", numbers=data.draw(st.sampled_from(["left", "centre"]))))
    text, expected, _ = data.draw(standard_reports(renderings=("columns",), layout=layout))
    note(text)

    record = gd.parse(text, strict=True).to_record()

    for table in ("table3.", "table4."):
        wanted = {k: v for k, v in expected.items() if k.startswith(table)}
        if any(wanted.values()) or not layout["blank_zero"]:  # a table with no number at all is not read
            assert {k: record.get(k) for k in wanted} == wanted



@given(st.data())
@settings(max_examples=80)
def test_rows_printed_whole_place_the_others_where_the_header_does_not(data):
    # the header's words packed one space apart (pdftotext -layout writes wide Chinese words so)
    # say nothing of where the columns stand; a row printed whole does
    layout = data.draw(column_layouts(heads="packed", blank_zero=True))
    text, expected, _ = data.draw(standard_reports(renderings=("columns",), layout=layout, whole_row=True))
    note(text)

    record = gd.parse(text, strict=True).to_record()

    table3 = {k: v for k, v in expected.items() if k.startswith("table3.")}
    assert {k: record.get(k) for k in table3} == table3


@given(st.data())
@settings(max_examples=60)
def test_a_packed_header_places_nothing_wrong(data):
    layout = data.draw(column_layouts(heads="packed"))
    text, expected, _ = data.draw(standard_reports(renderings=("columns",), layout=layout))
    note(text)

    record = gd.parse(text, strict=True).to_record()

    assert [(k, v, record[k]) for k, v in expected.items() if k.startswith("table3.") and record.get(k) not in (None, v)] == []
