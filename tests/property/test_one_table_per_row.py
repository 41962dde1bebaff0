"""Table 三 converted to Markdown as one pipe table per row, each with a header row of placeholder
heads (项目 | 数据1 | 数据2 …) and its rule: the rows are read, and the header rows are no rows of
the form, nor rows to report as unknown."""

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import cell_line_rows, standard_reports, table3_rewritten, wrong_values

import govdisclosure as gd


def _one_table_per_row(lines: list[str], head: str) -> list[str]:
    out: list[str] = []
    for labels, cells in cell_line_rows(lines):
        if not cells:
            out.extend(labels)  # a group label after the last row: not a row of its own
            continue
        heads = [head.format(i=i) for i in range(1, len(cells) + 1)]
        out += [f"| 项目 | {' | '.join(heads)} |", "|" + "---|" * (len(cells) + 1)]
        out += [f"| {''.join(labels)} | {' | '.join(cells)} |", ""]
    return out


@given(standard_reports(renderings=("lines",)), st.sampled_from(["数据{i}", "列{i}", "Column{i}"]))
@settings(max_examples=40)
def test_one_pipe_table_per_row(case, head):
    text, expected = table3_rewritten(case, lambda lines: _one_table_per_row(lines, head))

    report = gd.parse(text, strict=True)

    table3 = {k: v for k, v in expected.items() if k.startswith("table3.")}
    assert not wrong_values(report.to_record(), table3)
    assert [d.message for d in report.diagnostics if d.code == "GD205"] == []
