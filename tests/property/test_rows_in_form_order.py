"""Rows of table 三 whose labels text extraction moved away from their values, as ``pdftotext``
does with a PDF's merged and multi-line label cells: their values follow the row before them.
Where the chain of labels passes over them, they are read in the form's order (``GD219``); where
their labels stand later in the table, nothing is read wrong."""

import re

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports

import govdisclosure as gd

_ROW = re.compile(r"^(?P<label>\S.*?) (?P<values>[0-9]+(?: [0-9]+){6})$")
_START, _END = "三、收到和处理政府信息公开申请情况\n", "\n四、政府信息公开行政复议"


@st.composite
def _moved(draw, text: str, where: str) -> tuple[str, int]:
    """``text`` with the labels of 1-3 consecutive rows of table 三 taken off their values, which
    join the row before; the labels are dropped (``where="gone"``) or printed after the table."""
    head, rest = text.split(_START)
    table, tail = rest.split(_END)
    lines = table.split("\n")
    rows = [i for i, line in enumerate(lines) if _ROW.match(line)]
    runs = [i for i in rows if i + 1 in rows]
    if not runs:
        return text, 0
    first = draw(st.sampled_from(runs))
    count = 1
    while count < 3 and first + count + 1 in rows and draw(st.booleans()):
        count += 1
    moved = [_ROW.match(lines[first + k]) for k in range(1, count + 1)]
    lines[first] += "\n" + "\n".join(m["values"] for m in moved if m)
    labels = [m["label"] for m in moved if m]
    del lines[first + 1 : first + count + 1]
    if where == "later":
        lines.extend(labels)
    body = "\n".join(lines)
    return f"{head}{_START}{body}{_END}{tail}", count


@given(standard_reports(renderings=("spaces",)), st.data())
@settings(max_examples=60)
def test_values_of_rows_whose_labels_are_gone_read_in_form_order(case, data):
    text, expected, _ = case
    moved, count = data.draw(_moved(text, "gone"))
    note(moved)

    report = gd.parse(moved, strict=True)
    record = report.to_record()

    assert not [(k, v, record.get(k)) for k, v in expected.items() if k != "format" and record.get(k) != v]
    assert (count > 0) == any(d.code == "GD219" for d in report.diagnostics)


@given(standard_reports(renderings=("spaces",)), st.data())
@settings(max_examples=60)
def test_values_of_rows_whose_labels_stand_later_are_never_misread(case, data):
    text, expected, _ = case
    moved, _ = data.draw(_moved(text, "later"))
    note(moved)

    record = gd.parse(moved, strict=True).to_record()

    assert not [(k, v, record.get(k)) for k, v in expected.items() if k != "format" and record.get(k) not in (None, v)]
