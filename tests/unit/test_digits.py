"""The glued-digit splitter finds exactly the splits a plain enumeration finds, in the same order."""

from hypothesis import given
from hypothesis import strategies as st

from govdisclosure.reading.digits import MAX_PART_DIGITS, readings


def _every_split(pieces, n, groups, limit):
    """Every split of ``pieces`` into ``n`` cells that satisfies ``groups``, with no pruning by sums:
    part lengths ascending, piece by piece (the order ``readings`` searches in); the first ``limit + 1``."""
    found = []

    def split(p, offset, cells):
        if len(found) > limit or len(cells) > n:
            return  # the first limit + 1 are found, or too many cells: the rest cannot change the result
        if p == len(pieces):
            if len(cells) == n and all(cells[t] == sum(cells[j] for j in members) for t, members in groups):
                found.append(tuple(cells))
            return
        piece = pieces[p]
        if not isinstance(piece, str):
            split(p + 1, 0, [*cells, piece])
            return
        for length in range(1, min(MAX_PART_DIGITS, len(piece) - offset) + 1):
            digits = piece[offset : offset + length]
            if length > 1 and digits[0] == "0":
                break
            if offset + length == len(piece):
                split(p + 1, 0, [*cells, int(digits)])
            else:
                split(p, offset + length, [*cells, int(digits)])

    split(0, 0, [])
    return found[: limit + 1]


@st.composite
def _rows(draw):
    """Cells that satisfy a row's sum (the last cell the total of some before it), glued into one to
    three digit strings, sometimes with a cell already known as a number."""
    n = draw(st.integers(2, 7))
    cells = draw(st.lists(st.integers(0, 3000) | st.sampled_from([0, 0, 1, 10, 100]), min_size=n - 1, max_size=n - 1))
    members = draw(st.sets(st.integers(0, n - 2), min_size=1)) if draw(st.booleans()) else set(range(n - 1))
    cells.append(sum(cells[j] for j in members))
    texts: list[str | int] = [str(c) for c in cells]
    if draw(st.booleans()):
        known = draw(st.integers(0, n - 1))
        texts[known] = cells[known]
    pieces: list[str | int] = []
    for text in texts:
        if isinstance(text, str) and pieces and isinstance(pieces[-1], str) and draw(st.integers(0, 3)):
            pieces[-1] += text
        else:
            pieces.append(text)
    return pieces, n, [(n - 1, tuple(sorted(members)))]


@given(_rows(), st.integers(0, 3))
def test_the_search_finds_what_plain_enumeration_finds(row, limit):
    pieces, n, groups = row

    found = [r.values for r in readings(pieces, n, groups, limit=limit)]

    assert found == _every_split(pieces, n, groups, limit)
    assert found  # the row's own cells are one split


@given(st.lists(st.text("0123456789", min_size=1, max_size=9) | st.integers(0, 99), min_size=1, max_size=3),
       st.integers(1, 6), st.booleans())
def test_any_digits_give_the_splits_plain_enumeration_gives(pieces, n, summed):
    groups = [(n - 1, tuple(range(n - 1)))] if summed and n > 1 else []

    assert [r.values for r in readings(pieces, n, groups, limit=3)] == _every_split(pieces, n, groups, 3)


def test_a_long_glued_row_gets_its_one_split():
    """27 digits into seven cells whose last is the sum of the others: one reading (it took 0.2 s of
    search before the total's possible endings bounded it; speed is measured in the benchmarks)."""
    [reading] = readings(["104944133134173187898326453"], 7, [(6, (0, 1, 2, 3, 4, 5))])

    assert reading.values == (10494, 41, 331, 3417, 3187, 8983, 26453)
