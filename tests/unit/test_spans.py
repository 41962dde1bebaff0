import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure import Span


def test_slice_and_length():
    """A span slices the text it points into and knows its length."""
    text = "收到申请数 12"

    span = Span(6, 8)

    assert span.slice(text) == "12"
    assert len(span) == 2


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 4)])
def test_invalid_spans_are_refused(start, end):
    """A span needs 0 <= start <= end."""
    with pytest.raises(ValueError, match="0 <= start <= end"):
        Span(start, end)


def test_union_contains_overlaps():
    """Union covers both spans; containment and overlap are exact at the edges."""
    a, b = Span(2, 5), Span(4, 9)

    assert a.union(b) == Span(2, 9)
    assert a.overlaps(b)
    assert not Span(0, 2).overlaps(Span(2, 3))
    assert Span(0, 10).contains(a)
    assert 4 in a
    assert 5 not in a
    assert Span.covering([]) is None
    assert Span.covering([b, a]) == Span(2, 9)


_SPANS = st.tuples(st.integers(0, 5), st.integers(0, 3)).map(lambda p: Span(p[0], p[0] + p[1]))


@given(_SPANS, _SPANS)
def test_spans_order_as_their_start_and_end(a, b):
    """Spans compare as (start, end) pairs, with every operator."""
    key_a, key_b = (a.start, a.end), (b.start, b.end)

    assert (a < b, a <= b, a > b, a >= b, a == b) == (
        key_a < key_b, key_a <= key_b, key_a > key_b, key_a >= key_b, key_a == key_b)
