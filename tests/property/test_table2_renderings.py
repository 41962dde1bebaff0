"""Table 二 (proactive disclosure) in the renderings of a flattened HTML table: one cell per line,
with blank cells as empty lines or dropped, and crawler text with every cell glued to the next.
Its rows have no sums to check a split of glued digits by, so a value is read only where the text
allows one reading: no value is ever wrong, and every value of a table printed whole one cell per
line is read. A money column holds amounts in the unit its header prints."""

from typing import Any

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports, table2_record, table2_truths, wrong_values

import govdisclosure as gd
from govdisclosure.forms import RowKind
from govdisclosure.forms.standard import TABLE2_2019, TABLE2_2021

SECTION = ("二、主动公开政府信息情况\n", "\n三、收到和处理政府信息公开申请情况")


def table2_cells(rows: dict[str, dict[str, Any]], version: int) -> list[list[str]]:
    """Table 二's lines of cells: block headings, each block's header row, the value rows."""
    table = TABLE2_2021 if version == 2021 else TABLE2_2019
    lines: list[list[str]] = []
    for row in table.rows:
        if row.kind is RowKind.GROUP:
            if row.labels[0] != "信息内容":
                lines.append([row.labels[0]])
            continue
        assert row.key is not None
        columns = table.columns_of(row)
        if lines[-1][0].startswith("第二十条"):
            lines.append(["信息内容", *(c.labels[0] for c in columns)])
        lines.append([row.labels[0], *(str(rows[row.key][c.key]) for c in columns)])
    return lines


@given(standard_reports(renderings=("spaces",)), st.data())
@settings(max_examples=80)
def test_table2_one_cell_per_line_or_glued(case, data):
    text, expected, _ = case
    version = 2021 if expected["format"] == "standard_2021" else 2019
    truth = data.draw(table2_truths(version))
    for cells in truth.values():  # sparse rows: one number among blank cells
        for key, value in cells.items():
            if isinstance(value, int) and value >= 0 and data.draw(st.booleans()):
                cells[key] = data.draw(st.sampled_from([0, 0, 7, 36, 195, 2459]))
    rendering = data.draw(st.sampled_from(["lines", "glued"]))
    blanks = data.draw(st.booleans())
    lines = table2_cells(truth, version)
    if blanks:
        lines = [[line[0], *("" if cell == "0" else cell for cell in line[1:])] for line in lines]
    table = ("\n" if rendering == "lines" else "").join(cell for line in lines for cell in line)
    head, rest = text.split(SECTION[0], 1)
    _, tail = rest.split(SECTION[1], 1)
    text = head + SECTION[0] + table + SECTION[1] + tail
    note(text)

    record = gd.parse(text, strict=True).to_record()

    wanted = table2_record(truth)
    assert wrong_values(record, wanted, precision_only=True) == []
    if rendering == "lines" and not blanks:
        assert wrong_values(record, wanted) == []


_YUAN_PER = {"元": 1, "千元": 1000, "万元": 10000}


@given(standard_reports(renderings=("spaces",)), st.sampled_from(["spaces", "lines", "pipes"]),
       st.sampled_from(["（单位：{u}）", "(单位:{u})", "（{u}）", ""]), st.sampled_from(sorted(_YUAN_PER)),
       st.integers(0, 9_999_999))
@settings(max_examples=80)
def test_a_money_column_in_the_unit_its_header_prints(case, rendering, head, unit, yuan):
    """A money column whose header prints a unit (``本年收费金额（单位：元）``, ``采购总金额（万元）``) holds
    amounts in that unit, whatever the form's; where the header prints none, the form's unit holds
    (万元 for the 2021 fee), and a 2019 procurement amount with no unit anywhere is not read."""
    text, expected, _ = case
    version = 2021 if expected["format"] == "standard_2021" else 2019
    key = "table2.admin_fees.amount_yuan" if version == 2021 else "table2.central_procurement.amount_yuan"
    column = "本年收费金额" if version == 2021 else "采购总金额"
    unit = unit if head else "万元"
    amount = f"{yuan / _YUAN_PER[unit]:.4f}".rstrip("0").rstrip(".")
    table = TABLE2_2021 if version == 2021 else TABLE2_2019
    lines = table2_cells({str(row.key): {c.key: 3 for c in table.columns_of(row)} for row in table.value_rows},
                         version)
    for line in lines:
        if line[0] == "信息内容" and line[-1].startswith(column):
            line[-1] = column + head.format(u=unit)
        if line[0] in ("行政事业性收费", "政府集中采购"):
            line[-1] = amount
    sep = {"spaces": " ", "lines": "\n", "pipes": " | "}[rendering]
    rows = [sep.join(line) if rendering != "pipes" else f"| {sep.join(line)} |" for line in lines]
    head_part, rest = text.split(SECTION[0], 1)
    _, tail = rest.split(SECTION[1], 1)
    text = head_part + SECTION[0] + "\n".join(rows) + SECTION[1] + tail
    note(text)

    record = gd.parse(text, strict=True).to_record()

    if version == 2019 and not head:
        assert record[key] is None
    else:
        assert record[key] == yuan
