"""Table 三 as pipe rows where a converter wrapped a long label into a row of its own: the first
part of the label beside blank cells, the rest beside the row's numbers. Whatever is read is
right, and where the first part is a label the form knows, the table's sums across rows say which
of the two rows' cells are the row's."""

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import cell_line_rows, standard_reports, table3_rewritten, table3_wrong

import govdisclosure as gd
from govdisclosure.forms import RowKind
from govdisclosure.forms.standard import TABLE3_2021


def _pipe_rows(lines: list[str], data: st.DataObject) -> list[str]:
    out: list[str] = []
    for labels, cells in cell_line_rows(lines):
        label = "".join(labels)
        if not cells:
            out.append(label)
            continue
        values = " | ".join(cells)
        if len(label) >= 8 and data.draw(st.booleans()):
            cut = data.draw(st.integers(3, len(label) - 3))
            out += [f"| {label[:cut]} |" + " |" * len(cells), f"| {label[cut:]} | {values} |"]
        else:
            out.append(f"| {label} | {values} |")
    return out


@given(standard_reports(renderings=("lines",)), st.data())
@settings(max_examples=60)
def test_labels_wrapped_into_rows_of_their_own(case, data):
    text, expected = table3_rewritten(case, lambda lines: _pipe_rows(lines, data))

    assert table3_wrong(text, expected, precision_only=True) == []


_VALUES = {"table3.received": "70 | 3 | 0 | 0 | 1 | 0 | 74", "table3.granted": "3 | 0 | 0 | 0 | 0 | 0 | 3",
           "table3.other.overdue_correction": "67 | 3 | 0 | 0 | 1 | 0 | 71", "table3.total": "70 | 3 | 0 | 0 | 1 | 0 | 74"}


def _table(rows: set[str]) -> str:
    """Table 三 of the 2021 format as pipe rows (the ``rows`` among its value rows), 1、申请人无正当理由
    逾期不补正… wrapped after 逾期不补 into a row of its own."""
    lines = ["某县人民政府2022年政府信息公开工作年度报告", "三、收到和处理政府信息公开申请情况"]
    for row in TABLE3_2021.rows:
        if row.kind is RowKind.GROUP:
            lines.append(f"| {row.number}、{row.labels[0]} |")
        elif row.key in rows:
            values = _VALUES.get(str(row.key), "0 | 0 | 0 | 0 | 0 | 0 | 0")
            label = f"{row.number}、{row.labels[0]}"
            if row.key == "table3.other.overdue_correction":
                lines += [f"| {label[:label.index('补') + 1]} |" + " |" * 7, f"| {label[label.index('补') + 1 :]} | {values} |"]
            else:
                lines.append(f"| {label} | {values} |")
    return "\n".join([*lines, "四、政府信息公开行政复议、行政诉讼情况", "无。"])


_ALL = {str(row.key) for row in TABLE3_2021.rows if row.kind is RowKind.VALUE}


def test_the_sums_across_rows_take_the_numbers_beside_the_rest_of_the_label():
    report = gd.parse(_table(_ALL), strict=True)

    record = report.to_record()
    assert [record[f"table3.other.overdue_correction.{c}"] for c in ("natural_person", "commercial", "total")] == [
        67, 3, 71]
    assert [d.code for d in report.diagnostics if d.code in ("GD205", "GD231", "GD232")] == ["GD232"]


def test_without_the_sums_across_rows_neither_is_read():
    report = gd.parse(_table(_ALL - {"table3.total", "table3.received"}), strict=True)

    assert report.to_record()["table3.other.overdue_correction.total"] is None
    assert [d.code for d in report.diagnostics if d.code == "GD231"] == ["GD231"]
