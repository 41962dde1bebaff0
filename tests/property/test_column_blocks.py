"""Table 三 as PDF text that follows the page's blocks (pdfminer.six and the tools built on it):
each page's row labels, then the columns' heads, then every column's cells from top to bottom, a
blank line after each. Whatever is read is right; where the block cannot also be read row by row
(with other values), every cell is read."""

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import cell_line_rows, standard_reports

import govdisclosure as gd

_HEAD = "三、收到和处理政府信息公开申请情况\n"
_TAIL = "\n四、政府信息公开行政复议"
_HEADS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")


def _by_columns(rows: list[tuple[list[str], list[str]]], pages: list[int]) -> str:
    out: list[str] = []
    for page, (start, end) in enumerate(zip([0, *pages], [*pages, len(rows)], strict=True), start=3):
        chunk = rows[start:end]
        out.extend(line for labels, _ in chunk for line in labels)
        out.extend(_HEADS)
        for column in range(7):
            out.extend(cell for _, cells in chunk if cells for cell in (cells[column], ""))
        out.append(f"- {page} -\n\f")
    return "\n".join(out)


def _rows_hold(cells: list[list[int]]) -> bool:
    return all(row[6] == sum(row[:6]) for row in cells)


@given(standard_reports(renderings=("lines",)), st.data())
@settings(max_examples=80)
def test_columns_written_as_blocks(case, data):
    text, expected, _ = case
    head, rest = text.split(_HEAD)
    table, tail = rest.split(_TAIL)
    rows = cell_line_rows(table.split("\n"))
    cut = data.draw(st.sampled_from([[], [len(rows) // 2], [5, 18]]))
    text = head + _HEAD + _by_columns(rows, cut) + _TAIL + tail
    note(text)

    record = gd.parse(text, strict=True).to_record()

    table3 = {k: v for k, v in expected.items() if k.startswith("table3.")}
    assert [(k, v, record[k]) for k, v in table3.items() if record.get(k) not in (None, v)] == []
    cells = [[int(c) for c in cells] for _, cells in rows if cells]
    printed = all(len(c) == 7 for _, c in rows if c) and all(c.isdigit() for _, cs in rows for c in cs)
    blocks = [cells[a:b] for a, b in zip([0, *cut], [*cut, len(rows)], strict=True)]
    flat = [[v for column in zip(*block, strict=True) for v in column] for block in blocks]
    as_rows = [[f[i * 7 : i * 7 + 7] for i in range(len(f) // 7)] for f in flat]
    if printed and not any(_rows_hold(r) and r != b for r, b in zip(as_rows, blocks, strict=True)):
        assert {k: record.get(k) for k in table3} == table3
