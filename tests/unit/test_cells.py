"""Reading the cells after a row label: the cheap first look agrees with the full read."""

import re

from hypothesis import example, given
from hypothesis import strategies as st

from govdisclosure.reading.cells import Rendering, _first_line, _skipped, leading_values, read_region
from govdisclosure.schema import Span
from govdisclosure.source import SourceText

# what follows a label in white-space rendered text: numbers (some with units glued on), marks
# for not applicable, unit and other words, page footers, notes, line breaks
_TOKENS = st.sampled_from([
    "0", "12", "3069", "1,204", "２５", "-", "/", "—", "无", "件", "12件", "个", "万元", "其他", "结果维持",
    "合计", "(单位：件)", "（注）", "- 3 -", "第2页", "“", "”", " ", "  ", "\n", "\n\n", "。",
])


@given(st.lists(_TOKENS, max_size=30).map(" ".join))
def test_leading_values_are_the_value_pieces_read_region_reads(region_text):
    """Numbers and marks before the first word after them, as the full read of the region gives them."""
    text = "标签" + region_text + "下一个标签"
    source = SourceText(text)
    span = Span(2, 2 + len(region_text))
    region = read_region(source, span, after_label=False)
    expected = []
    for piece in region.pieces:
        if piece.kind == "text":
            if expected:
                break
        elif piece.kind != "unit":
            expected.append((piece.kind, piece.span, piece.value))

    found = leading_values(source, span)

    assert region.rendering in (Rendering.SPACES, Rendering.GLUED)
    assert found is not None
    assert [(p.kind, p.span, p.value) for p in found] == expected


def test_pipes_and_tabs_are_left_to_the_full_read():
    source = SourceText("标签 | 1 | 2 |\n标签\t3\t4\n")
    assert leading_values(source, Span(2, 15)) is None
    assert leading_values(source, Span(16, 20)) is None


def _written_out_first_line(folded, span, skipped):
    """``_first_line`` written out: the first line with a cell in it (a quote alone is not one),
    unless it starts in a skipped footer or note."""
    for line in re.compile(r"[^\n]*").finditer(folded, span.start, span.end):
        text = line.group()
        if (text.strip(" \"'“”‘’") or "\t" in text or "|" in text) and not any(
                a <= line.start() + len(text) - len(text.lstrip()) < b for a, b in skipped):
            return line.span()
    return None


@given(st.lists(_TOKENS | st.sampled_from(["|", "\t", "||", " | "]), max_size=20).map("".join),
       st.integers(0, 5), st.integers(0, 5))
@example("  (单位：件)\n12", 3, 0)  # a note after spaces: the line starts in it
def test_first_line_is_the_first_line_with_a_cell(region_text, before, after):
    """The line that decides how a region's cells are separated: blank, quote-only and footer lines
    before it are passed over, wherever the region starts and ends within its lines."""
    text = "标签\n" + region_text + "\n下一个标签"
    folded = SourceText(text).folded
    start = min(before, len(text))
    span = Span(start, max(start, len(text) - after))
    skipped = _skipped(folded[span.start : span.end], span.start)

    assert _first_line(folded, span, skipped) == _written_out_first_line(folded, span, skipped)

