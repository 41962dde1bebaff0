from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.source import SourceText, compact_text
from govdisclosure.text.fold import fold


def test_full_width_and_spaces_fold_to_ascii():
    """Full-width digits, brackets and colons become ASCII; odd spaces become plain spaces."""
    assert fold("（一）收到申请数：１２\u3000件") == "(一)收到申请数:12 件"


def test_carriage_returns_keep_the_length():
    """\\r\\n becomes a space and a line break, so offsets are unchanged."""
    assert fold("a\r\nb\rc") == "a \nb\nc"


@given(st.text())
def test_fold_never_changes_the_length(text):
    """Folding is one character for one character, whatever the text."""
    assert len(fold(text)) == len(text)


@given(st.text(alphabet=st.sampled_from("统计指标 \n\t单位“”数量（）12")))
def test_compact_spans_point_back_into_the_original(text):
    """Every compact character maps to an original character that folds to it."""
    source = SourceText(text)
    for i, ch in enumerate(source.compact):
        span = source.compact_span(i, i + 1)
        assert source.folded[span.start : span.end] == ch


def test_compact_text_drops_spaces_quotes_and_pinyin():
    """Letter-spaced labels, quotes and pinyin glosses do not stand between a label and its match."""
    assert compact_text("统 计 指 标") == "统计指标"
    assert compact_text("危及“三安全一稳定”") == "危及三安全一稳定"
    assert compact_text("第二十條第(一)項(xiàng)") == "第二十條第(一)項"


def test_a_line_break_tag_inside_a_pipe_row_keeps_the_row_on_one_line():
    """``<br>`` is a line break, except inside a Markdown table's row, where it parts a cell's lines."""
    assert fold("|2<br>0|5|") == "|2    0|5|"
    assert fold("申请<br>数") == "申请\n   数"
    assert fold("|申请<br>") == "|申请\n   "  # no cell closed after it: not inside a row
