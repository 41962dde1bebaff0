"""The prose view with PDF line wraps moved out of words (``sentences.unwrapped``) only ever moves
letters and white space inside the ranges it reports: digits and punctuation keep their offsets, so
a number read in the view is a number of the text."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from govdisclosure.sentences import unwrapped, widened

WORDS = ["政府信息", "公开", "申请", "主动", "本机关", "办理", "答复", "年度", "工作", "二〇一九年"]
PIECES = st.one_of(st.sampled_from(WORDS), st.integers(0, 99999).map(str), st.sampled_from(["，", "。", "、", " "]))


@st.composite
def wrapped_paragraphs(draw: st.DrawFn) -> str:
    """A paragraph of words, numbers and punctuation, wrapped every ``width`` characters anywhere."""
    paragraph = "".join(draw(st.lists(PIECES, min_size=60, max_size=200)))
    width = draw(st.integers(12, 40))
    lines = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
    return "\n".join(lines)


@given(wrapped_paragraphs())
@settings(max_examples=200)
def test_only_letters_move_within_the_reported_ranges(text):
    view, moved = unwrapped(text)

    assert len(view) == len(text)
    assert moved == sorted(moved)
    assert all(a < b <= c for (a, b), (c, _) in itertools.pairwise(moved))
    inside = {i for start, end in moved for i in range(start, end)}
    for i, (char, seen) in enumerate(zip(text, view, strict=True)):
        if i not in inside or not (char.isalpha() or char in "〇 \t\n"):
            assert seen == char, i
    for start, end in moved:
        assert sorted(view[start:end]) == sorted(text[start:end])


@given(wrapped_paragraphs(), st.data())
@settings(max_examples=100)
def test_a_span_of_the_view_widens_over_the_ranges_it_touches(text, data):
    _, moved = unwrapped(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))

    wide = widened((start, end), moved)

    assert wide[0] <= start <= end <= wide[1]
    for first, last in moved:
        if first < end and start < last:
            assert wide[0] <= first
            assert last <= wide[1]
