"""PDF text of tables whose zero cells were left blank: the blank cells leave no trace, and the
extractors' line and paragraph breaks must not stand in for them. Whatever is read is right."""

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports

import govdisclosure as gd

_HEAD = "三、收到和处理政府信息公开申请情况\n"
_TAIL = "\n四、政府信息公开行政复议"


def _table3_lines(text: str, rewrite) -> str:
    head, rest = text.split(_HEAD)
    table, tail = rest.split(_TAIL)
    return head + _HEAD + "\n".join(rewrite(table.split("\n"))) + _TAIL + tail


def _paragraphs(lines: list[str]) -> list[str]:
    """A blank line after every line (``pdftotext``, pdfminer.six), the blank cells gone."""
    return [out for line in lines if line != "0" for out in (line, "")]


def _rows_then_blank_lines(lines: list[str], data: st.DataObject) -> list[str]:
    """Each row on its line with its blank cells gone, and empty lines after some rows."""
    out = []
    for line in lines:
        out.append(" ".join(cell for cell in line.split(" ") if cell != "0"))
        out.extend([""] * data.draw(st.integers(0, 3)))
    return out


def _wrong(record: dict, expected: dict) -> list:
    return [(k, v, record[k]) for k, v in expected.items() if k.startswith("table3.") and record.get(k) not in (None, v)]


@given(standard_reports(renderings=("lines",)))
@settings(max_examples=60)
def test_blank_lines_between_cells_are_not_blank_cells(case):
    text, expected, _ = case
    text = _table3_lines(text, _paragraphs)
    note(text)

    assert _wrong(gd.parse(text, strict=True).to_record(), expected) == []


@given(standard_reports(renderings=("spaces",)), st.data())
@settings(max_examples=60)
def test_empty_lines_after_a_row_on_one_line_are_not_its_cells(case, data):
    text, expected, _ = case
    text = _table3_lines(text, lambda lines: _rows_then_blank_lines(lines, data))
    note(text)

    assert _wrong(gd.parse(text, strict=True).to_record(), expected) == []


def _paragraphs_with_cells_moved(lines: list[str], cut: int) -> list[str]:
    """A blank line after every line, and each row's cells after its ``cut`` first ones moved to
    the table's end (pdfminer.six writes a table's columns as blocks of their own, wherever they fall)."""
    out: list[str] = []
    moved: list[str] = []
    run = 0
    for line in lines:
        is_cell = line.isdigit() or line == ""
        run = run + 1 if is_cell else 0
        (moved if is_cell and run > cut else out).extend((line, ""))
    return out + moved


@given(standard_reports(renderings=("lines",)), st.integers(1, 6))
@settings(max_examples=60)
def test_cells_moved_out_of_their_rows_are_not_blank(case, cut):
    """Rows that keep only their first cells, the others written after the table: their sums may
    hold with blank cells (zeros do), across rows too, but the cells were printed elsewhere."""
    text, expected, _ = case
    text = _table3_lines(text, lambda lines: _paragraphs_with_cells_moved(lines, cut))
    note(text)

    assert _wrong(gd.parse(text, strict=True).to_record(), expected) == []
