"""Reading the cells after a row label: the cheap first look agrees with the full read."""

from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.reading.cells import Rendering, leading_values, read_region
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
