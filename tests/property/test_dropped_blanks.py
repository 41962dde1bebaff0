"""Standard tables whose blank (zero) cells were dropped in conversion (``| 3 | 3 |`` for seven
cells): nothing is read wrong, and every row of table 三 with a non-zero part keeps its 总计, unless
its digits could also be cells glued together (``9020 9020``), which is said (``GD202``); where the
table's sums across rows allow the rows' numbers one placement alone, they are placed (``GD224``)."""

from hypothesis import given, note, settings
from tests.strategies import standard_reports

import govdisclosure as gd


def _drop_zero_cells(text: str, rendering: str) -> str:
    """The text with the zero cells of table 三 (its section) dropped."""
    head, rest = text.split("三、收到和处理政府信息公开申请情况\n")
    table, tail = rest.split("\n四、政府信息公开行政复议")
    lines = table.split("\n")
    if rendering == "lines":
        lines = [line for line in lines if line != "0"]
    else:
        separator = "\t" if rendering == "tabs" else " "
        lines = [separator.join(c for c in line.split(separator) if c not in ("0", "")) for line in lines]
    return head + "三、收到和处理政府信息公开申请情况\n" + "\n".join(lines) + "\n四、政府信息公开行政复议" + tail


@given(standard_reports(renderings=("spaces", "tabs", "lines")))
@settings(max_examples=60)
def test_rows_without_their_blank_cells_keep_their_total(case):
    text, expected, rendering = case
    dropped = _drop_zero_cells(text, rendering)
    note(dropped)

    report = gd.parse(dropped, strict=True)
    record = report.to_record()

    wrong = [(k, v, record[k]) for k, v in expected.items() if k != "format" and record.get(k) not in (None, v)]
    assert not wrong
    totals = [k for k, v in expected.items() if k.startswith("table3.") and k.endswith(".total") and v]
    ambiguous = {d.key for d in report.diagnostics if d.code == "GD202"}  # its digits could also be glued cells
    assert [k for k in totals if record.get(k) is None and k.rsplit(".", 1)[0] not in ambiguous] == []
    rows = {k.rsplit(".", 1)[0] for k in totals}
    if any(expected[f"{row}.{column}"] == 0 for row in rows - ambiguous for column in _PARTS):
        # read for their total alone, or placed whole where the table's sums allow one placement
        assert {"GD217", "GD224"} & {d.code for d in report.diagnostics}


_PARTS = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org")
