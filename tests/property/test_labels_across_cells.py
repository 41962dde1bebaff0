"""Table 三 as a converter that assigns words to columns by where they stand writes it (pymupdf4llm):
a label cell spanning the label columns wraps, and each of its lines is cut where the next columns
start, so that ``一、本年新收政府信息公开申请数量`` becomes ``|一、本年<br>数量|新收政府信息公开申请|``.
The rows so cut are read whole, and nothing is read wrong."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import cell_line_rows, standard_reports, table3_rewritten, table3_wrong

import govdisclosure as gd

_SPANNING = ("一、", "二、", "四、", "（七）")
"""The numbering of table 三's rows whose label spans the label columns."""
_CUT_ROWS = ("table3.received.", "table3.carried_over.", "table3.carried_forward.", "table3.total.")


def _cut(label: str, width: int, columns: list[int]) -> list[str]:
    """The cells of ``label`` wrapped every ``width`` characters, each line cut at ``columns``."""
    lines = [label[i : i + width] for i in range(0, len(label), width)]
    bounds = [0, *columns, width]
    return ["<br>".join(line[a:b] for line in lines if line[a:b]) for a, b in itertools.pairwise(bounds)]


def _rows(lines: list[str], data: st.DataObject) -> list[str]:
    out: list[str] = []
    for labels, cells in cell_line_rows(lines):
        label = "".join(labels)
        values = "|".join(cells)
        if not cells:
            out.append(f"|{label}||")
        elif label.startswith(_SPANNING):
            width = data.draw(st.integers(6, 12), label="width")
            columns = data.draw(st.lists(st.integers(4, width - 1), min_size=1, max_size=2, unique=True), label="columns")
            out.append(f"|{'|'.join(_cut(label, width, sorted(columns)))}|{values}|")
        else:
            out.append(f"||{label}|{values}|")
    return out


@given(standard_reports(version=2021, renderings=("lines",)), st.data())
@settings(max_examples=60)
def test_labels_cut_across_cells(case, data):
    text, expected = table3_rewritten(case, lambda lines: _rows(lines, data))

    assert table3_wrong(text, expected, precision_only=True) == []
    cut = {k: v for k, v in expected.items() if k.startswith(_CUT_ROWS)}
    assert table3_wrong(text, cut) == []


_REST = "\n".join(f"||{label}|0|0|0|0|0|0|0|" for label in (
    "二、上年结转政府信息公开申请数量", "（一）予以公开", "（二）部分公开", "1.属于国家秘密", "2.其他法律行政法规禁止公开"))


def _report(first_row: str) -> gd.AnnualReport:
    text = f"某县2022年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n{first_row}\n{_REST}\n"
    return gd.parse(text, strict=True)


def test_a_line_that_does_not_reach_the_second_column_has_no_part_there():
    # 一、本年新收 / 政府 / 信息公开申请数量, cut after four characters: the second line is all in the first cell
    report = _report("|一、本年<br>政府<br>信息公开|新收<br>申请数量|3|0|0|0|0|0|3|")

    assert report.to_record()["table3.received.total"] == 3


def test_words_before_the_label_that_are_not_its_numbering_keep_it_unread():
    report = _report("|注：本年<br>数量|新收政府信息公开申请|3|0|0|0|0|0|3|")

    assert report.to_record()["table3.granted.total"] == 0  # the table is read
    assert report.to_record()["table3.received.total"] is None
