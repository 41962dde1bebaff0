"""A number of table 三 whose last digits wrapped onto the next line, as a narrow cell of a PDF table
gives it (``… 0 3`` and then ``0``, for a total of 30): where the row's numbers on its line break its
sums and one join alone mends them, the number is joined again (``GD210``); where two joins do,
the row is left empty; nothing is read wrong."""

import re

from hypothesis import assume, given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports, wrong_values

import govdisclosure as gd

_NUMBER = re.compile(r"(?<![\d.])\d{2,}(?![\d.])")


def _split_number(text: str, data: st.DataObject, separator: str) -> str:
    """``text`` with ``separator`` inside one number of table 三 (of two digits or more)."""
    return _split_at(text, data, separator)[0]


def _split_at(text: str, data: st.DataObject, separator: str) -> tuple[str, int]:
    """``_split_number``'s text, and where the separator went in."""
    start, end = text.index("三、收到和处理"), text.index("四、政府信息公开行政复议")
    numbers = list(_NUMBER.finditer(text, start, end))
    assume(numbers)
    number = data.draw(st.sampled_from(numbers))
    cut = number.start() + data.draw(st.integers(1, len(number.group()) - 1))
    split = text[:cut] + separator + text[cut:]
    note(split[start : end + len(separator)])
    return split, cut


_ROW_END = re.compile(r"(?: [0-9]+)+$")


def _mending_joins(text: str, cut: int) -> int:
    """How many joins of two neighbouring numbers of the row wrapped at ``cut`` (its label's line and
    the next) give seven cells whose last is the sum of the others: only one tells the row's cells."""
    line_start = text.rfind("\n", 0, cut) + 1
    next_end = text.find("\n", cut + 1)
    tail = _ROW_END.search(text, line_start, cut)
    numbers = [*(tail.group().split() if tail else []), *text[cut + 1 : next_end].split()]
    count = 0
    for i in range(len(numbers) - 1):
        cells = [*numbers[:i], numbers[i] + numbers[i + 1], *numbers[i + 2 :]]
        count += len(cells) == 7 and int(cells[6]) == sum(map(int, cells[:6]))
    return count


@given(standard_reports(renderings=("pdf", "lines", "spaces")), st.data())
@settings(max_examples=60)
def test_a_number_wrapped_onto_the_next_line(case, data):
    text, expected, rendering = case
    wrapped, cut = _split_at(text, data, "\n")

    report = gd.parse(wrapped, strict=True)
    record = report.to_record()

    assert wrong_values(record, expected, precision_only=True) == []
    if rendering == "pdf" and _mending_joins(wrapped, cut) == 1:
        # the row's numbers stand on its label's line, the wrapped digits after them, and one join
        # alone mends its sums (``0 0 0 1`` / ``1 1 0 12`` may be 11 and 1, or 1 and 11: left empty)
        row = {k: v for k, v in expected.items() if k.startswith("table3.")}
        assert {k: record[k] for k in row} == row


@given(standard_reports(renderings=("tabs", "pipes")), st.data())
@settings(max_examples=60)
def test_a_number_split_by_a_space_inside_its_cell(case, data):
    """A tab or pipe cell holding ``3 0`` (a converter's stray space inside a number): the cell says
    the two are one number, taken where the row's sums hold with it (``GD210``)."""
    text, expected, _ = case
    split = _split_number(text, data, " ")

    record = gd.parse(split, strict=True).to_record()

    row = {k: v for k, v in expected.items() if k.startswith("table3.")}
    assert {k: record[k] for k in row} == row
