"""Table 三 as a Markdown converter writes a PDF's table (pymupdf4llm): pipe rows whose cells hold
line breaks as ``<br>`` (in a label wrapped over lines, or between two columns' numbers that the
converter put in one cell, leaving an empty cell at the row's end), and its header merged into its
first row (``|自然人<br>979|商业企<br>636|…``). Whatever is read is right, and where every cell is
printed, every cell is read."""

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.strategies import cell_line_rows, standard_reports, table3_rewritten, table3_wrong


def _pipe_rows(lines: list[str], label_of: Callable[[list[str]], str],
               cells_of: Callable[[list[str]], list[str]]) -> list[str]:
    """Table 三's rows (written one cell per line) as pipe rows, label and cells as given."""
    return [f"|{label_of(labels)}|" + "".join(f"{cell}|" for cell in (cells_of(cells) if cells else []))
            for labels, cells in cell_line_rows(lines)]


def _markdown_rows(lines: list[str], data: st.DataObject) -> list[str]:
    def label_of(labels: list[str]) -> str:
        label = "<br>".join(labels)
        if len(label) > 6 and data.draw(st.booleans()):
            cut = data.draw(st.integers(2, len(label) - 2))
            label = label[:cut] + "<br>" + label[cut:]
        return label

    def cells_of(cells: list[str]) -> list[str]:
        if data.draw(st.booleans()):  # two columns' numbers in one cell, an empty cell at the end
            return [f"{cells[0]}<br>{cells[1]}", *cells[2:], ""]
        return cells

    return _pipe_rows(lines, label_of, cells_of)


@given(standard_reports(renderings=("lines",)), st.data())
@settings(max_examples=60)
def test_line_breaks_inside_pipe_cells(case, data):
    printed: list[bool] = []  # whether every cell of table 三 is printed (not blank)

    def rewrite(lines: list[str]) -> list[str]:
        printed.append(all(line.strip() for line in lines))
        return _markdown_rows(lines, data)

    text, expected = table3_rewritten(case, rewrite)

    wrong = table3_wrong(text, expected)
    assert [w for w in wrong if w[2] is not None] == []
    if printed[0]:
        assert wrong == []


def _shifted_rows(lines: list[str], data: st.DataObject) -> list[str]:
    """Zero cells blank, and in some rows a blank cell dropped and an empty one added at the end:
    the row's cells after it shifted a column to the left, its total's cell blank."""
    def cells_of(cells: list[str]) -> list[str]:
        written = ["" if cell == "0" else cell for cell in cells]
        blanks = [i for i, cell in enumerate(written[:-1]) if not cell]
        if blanks and data.draw(st.booleans()):
            del written[data.draw(st.sampled_from(blanks))]
            written.append("")
        return written

    return _pipe_rows(lines, lambda labels: "|" + "".join(labels), cells_of)


@given(standard_reports(renderings=("lines",)), st.data())
@settings(max_examples=60)
def test_cells_shifted_by_a_dropped_blank_are_not_read_in_the_wrong_columns(case, data):
    """A row's 总计 blank beside printed cells is kept only where the columns add up with them."""
    text, expected = table3_rewritten(case, lambda lines: _shifted_rows(lines, data))

    assert table3_wrong(text, expected, precision_only=True) == []


_HEADS = "自然人商业企业科研机构社会公益组织法律服务机构其他总计"


def _header_merged(lines: list[str], data: st.DataObject) -> list[str]:
    """Pipe rows, the column heads' words in the first row's value cells, a line before each number:
    the heads cut into a part for each cell, at any places, each part cut into lines."""
    rows = _pipe_rows(lines, "".join, list)
    label, *cells, _ = rows[0].split("|")[1:]
    cuts = sorted(data.draw(st.lists(st.integers(1, len(_HEADS) - 1), min_size=len(cells) - 1,
                                     max_size=len(cells) - 1, unique=True)))
    parts = [_HEADS[a:b] for a, b in zip([0, *cuts], [*cuts, len(_HEADS)], strict=True)]
    for index, part in enumerate(parts):
        if len(part) > 3 and data.draw(st.booleans()):
            cut = data.draw(st.integers(1, len(part) - 1))
            parts[index] = part[:cut] + "<br>" + part[cut:]
    merged = "".join(f"{part}<br>{cell}|" for part, cell in zip(parts, cells, strict=True))
    return [f"|{label}|{merged}", *rows[1:]]


@given(standard_reports(renderings=("lines",)), st.data())
@settings(max_examples=60)
def test_a_header_merged_into_the_first_row(case, data):
    text, expected = table3_rewritten(case, lambda lines: _header_merged(lines, data))

    assert table3_wrong(text, expected) == []
