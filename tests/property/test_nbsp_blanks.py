"""Glued text whose blank cells are no-break spaces, as HTML with ``&nbsp;`` in its blank cells reads
through a converter that writes nothing between cells (BeautifulSoup's ``get_text()``), the rows run
together or each on its line (``nbsp_rows``: the page's source breaks its lines between rows): nothing
is read wrong, and a row whose numbers stand each between blank cells (no two glued together) is
read whole."""

import itertools

from hypothesis import given, note, settings
from tests.strategies import standard_reports

import govdisclosure as gd

_TABLE3_PARTS = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org")
_TABLE4_GROUPS = ("reconsideration", "litigation_direct", "litigation_after_review")
_TABLE4_COLUMNS = ("upheld", "corrected", "other", "pending", "total")


def _glued_to_a_neighbour(values: list[int]) -> bool:
    """Whether two printed (non-zero) cells stand side by side, their digits glued together."""
    return any(a and b for a, b in itertools.pairwise(values))


@given(standard_reports(renderings=("nbsp", "nbsp_rows")))
@settings(max_examples=80)
def test_blank_cells_marked_by_no_break_spaces_place_the_numbers(case):
    text, expected, _ = case
    note(repr(text))

    report = gd.parse(text, strict=True)
    record = report.to_record()

    wrong = [(k, v, record[k]) for k, v in expected.items() if k != "format" and record.get(k) not in (None, v)]
    assert not wrong
    ambiguous = {d.key for d in report.diagnostics if d.code == "GD202"}  # the digits read unmarked too
    table3, table4 = text.split("三、收到和处理政府信息公开申请情况")[1].split("四、政府信息公开行政复议")
    rows = {k.rsplit(".", 1)[0] for k in expected if k.startswith("table3.") and k.endswith(".total")}
    for row in rows - ambiguous:
        values = [expected[f"{row}.{c}"] for c in (*_TABLE3_PARTS, "total")]
        if "\xa0" in table3 and not _glued_to_a_neighbour(values):
            assert [record.get(f"{row}.{c}") for c in (*_TABLE3_PARTS, "total")] == values, row
    fifteen = [expected[f"table4.{g}.{c}"] for g in _TABLE4_GROUPS for c in _TABLE4_COLUMNS]
    if "\xa0" in table4 and not _glued_to_a_neighbour(fifteen) and not any(k.startswith("table4") for k in ambiguous):
        assert [record.get(f"table4.{g}.{c}") for g in _TABLE4_GROUPS for c in _TABLE4_COLUMNS] == fifteen
