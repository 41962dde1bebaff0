"""Placing a row's numbers in their columns by where they stand under the table's header.

Text that lays a table out in columns of spaces shows a blank cell only as a wider gap: a text
browser's dump of a table drawn without borders (``w3m -dump``), ``pdftotext -layout``. Read as
white-space separated cells, such a row has fewer numbers than columns, and only its total can be
placed (``GD217``). Its header still says where each column is:

    自然人                    总计
         商业企业 科研机构 社会公益组织 法律服务机构 其他
    一、本年新收政府信息公开申请数量   821  35       2   1  859

A ``Grid`` is where each column starts, found from the header words of the form's columns
(``Column.labels``, or their first two characters: PDF text breaks ``商业企业`` over two lines) on
the lines above the table's rows. Positions are counted two ways, for the two kinds of tools:
characters (``pdftotext -layout`` puts one character in each column of its grid) and display
columns (a text browser gives a Chinese character two). A grid is taken only where the header words
stand in the form's order, each column once, and the words over several columns (法人或其他组织,
复议后起诉) over theirs; ``likeliest`` keeps the metric in which the rows' numbers stack into the
fewest columns. Where a number stands by one rule and another differ
(left-aligned numbers under centred headers, short numbers at the right of wide columns), it may
stand in either; a row is placed only where one placement fits its sums, the table's identities
across rows, or stands in its columns clearly steadier than the others (``steadiest``).

Where the header's words do not say where the columns are (a tool packed them one after another,
``unpacked``), the numbers of a row printed whole do (``number_grids``): another row's numbers
stand in its columns where their starts, ends or middles are where its numbers' are
(``aligned_placements``), and that is taken as a layout only where rows whose labels end at
different places stand so (``shown_apart``): text with one space between cells puts the numbers
of rows whose labels are as long in the same places, too.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import attrs

from govdisclosure.source import SourceText
from govdisclosure.text.patterns import lazy_re
from govdisclosure.text.width import width

_TOKEN = lazy_re(r"[^ \t\n]+")
HEADER_LINES = 12
"""Lines above a table's first row searched for its header."""
STEADIER = 2.0
"""How much steadier (in characters or display columns) one placement's numbers must stand in
their columns than any other's to be taken (``steadiest``)."""
SLACK = 1.0
"""How near a column boundary (in characters or display columns) a number's middle may be and
still belong to either column."""

ALIGNED = 0.5
"""How far (in characters or display columns) a number's start, end or middle may be from a row
printed whole's and stand as it does (``aligned_placements``): the middles of centred numbers one
digit longer or shorter stand half a column apart."""

_Words = list[tuple[int, int]]
"""Header words' starts and ends, in one metric."""
Metric = str
"""``chars`` or ``display``."""
METRICS: tuple[Metric, ...] = ("chars", "display")


@attrs.frozen
class Grid:
    """Where each column of a table starts, and where its header word's middle is, in one metric."""

    metric: Metric
    starts: tuple[float, ...]
    middles: tuple[float, ...]
    ends: tuple[float, ...]

    @property
    def gaps(self) -> list[float]:
        """The middles of the gaps between header words (the cells' bounds, for centred words)."""
        return [(end + start) / 2 for end, start in zip(self.ends, self.starts[1:], strict=False)]

    def columns_of(self, start: int, end: int) -> tuple[int, ...]:
        """The columns a number from ``start`` to ``end`` (in this metric) may stand in, by three
        rules, each right for some way of aligning headers and cells: the column whose start is the
        last before the number's middle (and the next, where that starts within ``SLACK`` after it);
        the one whose header word's middle is nearest (and the next nearest, within ``SLACK`` as
        near); the one between the gaps around it. One column where all agree; none left of the
        first column.
        """
        middle = (start + end) / 2
        if middle < self.starts[0] - SLACK:
            return ()
        index = max(0, bisect.bisect_right(self.starts, middle) - 1)
        out = {index}
        if index + 1 < len(self.starts) and self.starts[index + 1] - middle <= SLACK:
            out.add(index + 1)
        distances = sorted((abs(m - middle), i) for i, m in enumerate(self.middles))
        out.add(distances[0][1])
        if len(distances) > 1 and distances[1][0] - distances[0][0] <= SLACK:
            out.add(distances[1][1])
        out.add(bisect.bisect_right(self.gaps, middle))
        return tuple(sorted(out))


def position_in(line: str, start: int, end: int, metric: Metric) -> tuple[int, int]:
    """Where ``line[start:end]`` stands in ``line``, in ``metric``."""
    if metric == "chars":
        return start, end
    before = width(line[:start])
    return before, before + width(line[start:end])


def grids(header: Sequence[tuple[str, str]], columns: Sequence[Sequence[str]],
          spanning: Sequence[tuple[str, int, int]] = ()) -> list[Grid]:
    """The grids the ``header`` lines (each folded, to match words, and as written, to measure
    them: a folded full-width bracket is narrower) give for ``columns`` (each a tuple of header
    labels), one per metric in which every column's words stand at one place of their own, in the
    columns' order, and every ``spanning`` word found (a word, and the first and last column it
    stands over: 法人或其他组织) stands over its columns.
    """
    out: list[Grid] = []
    for metric in METRICS:
        found: dict[int, tuple[set[int], _Words]] = {}  # start → the columns named there, their words
        over: list[tuple[float, int, int]] = []  # where spanning words stand, and their columns
        for folded, line in header:
            for m in _TOKEN.finditer(folded):
                start, end = position_in(line, m.start(), m.end(), metric)
                over.extend(((start + end) / 2, first, last) for word, first, last in spanning if m.group() == word)
                matched = {i for i, labels in enumerate(columns) if any(_names(m.group(), label) for label in labels)}
                if matched:
                    named, words = found.setdefault(start, (set(), []))
                    named.update(matched)
                    words.append((start, end))
        starts = _merged(found)
        if len(starts) != len(columns) or not all(i in named for i, (_, named, _) in enumerate(starts)):
            continue
        widest = [max(words, key=lambda w: w[1] - w[0]) for _, _, words in starts]
        grid = Grid(metric, tuple(float(p) for p, _, _ in starts), tuple((s + e) / 2 for s, e in widest),
                    tuple(float(e) for _, e in widest))
        if all(grid.starts[first] - SLACK <= middle <= grid.ends[last] + SLACK for middle, first, last in over):
            out.append(grid)
    return out


def unpacked(found: Sequence[Grid], rows: Sequence[tuple[str, Sequence[tuple[int, int]]]]) -> list[Grid]:
    """The grids of ``found`` except those whose header words stand packed together (no more than
    ``SLACK`` apart) while numbers of ``rows`` (each a line and the numbers' offsets in it) stand
    to the right of the last word: a tool wrote wide words one after another there
    (``pdftotext -layout`` packs Chinese words so), and they do not say where the columns stand.

    >>> packed = Grid("chars", (0.0, 4.0), (1.5, 5.5), (3.0, 7.0))
    >>> unpacked([packed], [("7         9", [(0, 1), (10, 11)])])
    []
    """
    def packed(grid: Grid) -> bool:
        return all(start - end <= SLACK for end, start in zip(grid.ends, grid.starts[1:], strict=False))

    def beyond(grid: Grid) -> bool:
        return any(sum(position_in(line, start, end, grid.metric)) / 2 > grid.ends[-1] + SLACK
                   for line, spans in rows for start, end in spans)
    return [grid for grid in found if not (packed(grid) and beyond(grid))]


def number_grids(rows: Sequence[tuple[str, Sequence[tuple[int, int]]]], n: int) -> list[Grid]:
    """The grids the rows printed whole give: where a row's ``n`` numbers stand on one line (a line
    as written, and the numbers' offsets in it), each marks its column, in each metric; one grid for
    each place such rows put their numbers (a PDF's text laid out page by page may shift them from
    one page to the next). Header words a tool packed together, or wrote over each other, do not
    say where the columns are; the numbers of a full row do.

    >>> [grid.starts for grid in number_grids([("一、新收  3   12  15", [(6, 7), (10, 12), (14, 16)])], 3)]
    [(6.0, 10.0, 14.0), (10.0, 14.0, 18.0)]
    """
    out: list[Grid] = []
    for metric in METRICS:
        for line, spans in rows:
            if len(spans) != n:
                continue
            places = [position_in(line, start, end, metric) for start, end in spans]
            grid = Grid(metric, tuple(float(a) for a, _ in places), tuple((a + b) / 2 for a, b in places),
                        tuple(float(b) for _, b in places))
            if grid not in out:
                out.append(grid)
    return out


def best_aligned(found: Sequence[Grid], rows: Sequence[tuple[str, Sequence[tuple[int, int]]]]) -> list[Grid]:
    """The grids of ``found`` (from rows printed whole, ``number_grids``) in whose metric the most
    numbers of ``rows`` (each a line and the numbers' offsets in it) stand where a grid's numbers
    do, by their starts, ends or middles: counted the other way, the numbers on a line with a
    label stand shifted by its Chinese characters.
    """
    def aligned(metric: Metric) -> int:
        grids_in = [grid for grid in found if grid.metric == metric]
        return sum(1 for line, spans in rows for start, end in spans
                   if any(_at_mark(grid, *position_in(line, start, end, metric)) for grid in grids_in))
    counts = {metric: aligned(metric) for metric in {grid.metric for grid in found}}
    most = max(counts.values(), default=0)
    return [grid for grid in found if counts[grid.metric] == most]


def aligned_placements(line: str, spans: Sequence[tuple[int, int]], found: Sequence[Grid]) -> set[tuple[int, ...]]:
    """The ways the numbers at ``spans`` of ``line`` stand as the numbers of a row printed whole do
    (grids ``found`` by ``number_grids``): by one edge for all of them (their starts, ends or
    middles), each within ``ALIGNED`` of one column's, left to right, and any text before them on
    the line (a label) ending left of the first column.

    >>> grid = number_grids([("3   12  15", [(0, 1), (4, 6), (8, 10)])], 3)
    >>> sorted(aligned_placements("    7   7", [(4, 5), (8, 9)], grid))
    [(1, 2)]
    """
    out: set[tuple[int, ...]] = set()
    for grid in found:
        places = [position_in(line, start, end, grid.metric) for start, end in spans]
        label_end = _label_end(line, spans[0][0], grid.metric)
        if label_end is not None and label_end >= grid.starts[0]:
            continue  # a label on the numbers' line stands left of every column
        for edge, marks in enumerate((grid.starts, grid.ends, grid.middles)):
            columns = []
            for a, b in places:
                place = (a, b, (a + b) / 2)[edge]
                near = [j for j, mark in enumerate(marks) if abs(place - mark) <= ALIGNED]
                if len(near) != 1:
                    break
                columns.append(near[0])
            else:
                if all(a < b for a, b in itertools.pairwise(columns)):
                    out.add(tuple(columns))
    return out


def shown_apart(found: Sequence[Grid], rows: Sequence[tuple[str, Sequence[tuple[int, int]]]]) -> list[Grid]:
    """The grids of ``found`` (``number_grids``) under which two rows at least of ``rows`` (each a
    line and its numbers' offsets) stand as a row printed whole does (``aligned_placements``) with
    their numbers at different distances from the text before them: text joined with a space or
    a run of spaces between cells puts rows whose labels are as long in the same places, a table
    laid out in columns puts the numbers of rows with labels of any length there.

    >>> grid = number_grids([("甲 1 2 3", [(2, 3), (4, 5), (6, 7)])], 3)
    >>> shown_apart(grid, [("甲 1 2 3", [(2, 3), (4, 5), (6, 7)]), ("乙 1 2", [(2, 3), (4, 5)])])
    []
    >>> len(shown_apart(grid, [("甲 1 2 3", [(2, 3), (4, 5), (6, 7)]), ("    2", [(4, 5)])]))
    1
    """
    out: list[Grid] = []
    for grid in found:
        distances = {position_in(line, *spans[0], grid.metric)[0] - (_label_end(line, spans[0][0], grid.metric) or 0)
                     for line, spans in rows if aligned_placements(line, spans, [grid])}
        if len(distances) > 1:
            out.append(grid)
    return out


def _label_end(line: str, first: int, metric: Metric) -> int | None:
    """Where the text before offset ``first`` of ``line`` (a row's label) ends, in ``metric``;
    ``None`` where there is none.
    """
    label = line[:first].rstrip()
    return position_in(line, 0, len(label), metric)[1] if label else None


def _at_mark(grid: Grid, start: int, end: int) -> bool:
    """Whether a number from ``start`` to ``end`` stands where one of ``grid``'s columns does, by its
    start, end or middle (within ``ALIGNED``).
    """
    middle = (start + end) / 2
    return any(abs(start - a) <= ALIGNED or abs(end - b) <= ALIGNED or abs(middle - m) <= ALIGNED
               for a, m, b in zip(grid.starts, grid.middles, grid.ends, strict=True))


def _names(token: str, label: str) -> bool:
    """Whether a header ``token`` is (the start of) ``label``: its first two characters at least, or
    the first alone for a two-character label (``总`` over ``计`` in a narrow column).
    """
    return token.startswith(label[:2]) or (len(label) == 2 and token == label[0])


def _merged(found: dict[int, tuple[set[int], _Words]]) -> list[tuple[int, set[int], _Words]]:
    """Starts one apart that name the same column are one (words centred in a column)."""
    out: list[tuple[int, set[int], _Words]] = []
    for place in sorted(found):
        named, words = found[place]
        if out and place - out[-1][0] <= 1 and out[-1][1] & named:
            out[-1][1].update(named)
            out[-1][2].extend(words)
            continue
        out.append((place, set(named), list(words)))
    return out


def placements(line: str, spans: Sequence[tuple[int, int]], found: Sequence[Grid]) -> set[tuple[int, ...]]:
    """The ways the numbers at ``spans`` of ``line`` (as written; offsets in it, in order) stand in
    the columns of any of the grids ``found``: one column each, left to right.
    """
    out: set[tuple[int, ...]] = set()
    for grid in found:
        options = [grid.columns_of(*position_in(line, start, end, grid.metric)) for start, end in spans]
        out.update(c for c in itertools.product(*options) if all(a < b for a, b in itertools.pairwise(c)))
    return out


def steadiest(options: Sequence[tuple[int, ...]], line: str, spans: Sequence[tuple[int, int]],
              found: Sequence[Grid]) -> list[tuple[int, ...]]:
    """Of several placements of the numbers at ``spans`` of ``line``, the one in which they stand
    the same way in their columns, where one does clearly best: a tool aligns every cell of a table
    alike (left, right or centred), so each number's start, end or middle keeps one distance from
    its header word's, or its end from the next column's start (in whichever metric is steadier).
    Else all of them.
    """
    if len(options) < 2 or len(spans) < 2:
        return list(options)
    scored = sorted((min(_spread(c, line, spans, grid) for grid in found), c) for c in options)
    return [scored[0][1]] if scored[1][0] - scored[0][0] >= STEADIER else list(options)


def _spread(columns: tuple[int, ...], line: str, spans: Sequence[tuple[int, int]], grid: Grid) -> float:
    """How far the numbers' distances from their header words differ, by the steadiest edge: their
    starts, ends or middles against their header words', or their ends against the next column's
    start (numbers set right under headers set left; the last column is left out of that one).
    """
    places = [position_in(line, start, end, grid.metric) for start, end in spans]
    best = float("inf")
    for edge, marks in enumerate((grid.starts, grid.ends, grid.middles, (*grid.starts[1:], None))):
        offsets = [(a, b, (a + b) / 2, b)[edge] - mark for column, (a, b) in zip(columns, places, strict=True)
                   if (mark := marks[column]) is not None]
        if len(offsets) > 1:
            best = min(best, max(offsets) - min(offsets))
    return best


def line_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The line of ``text`` that holds ``start`` to ``end`` whole (its start and end), or ``None``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    return (line_start, line_end) if end <= line_end else None


def header_lines(source: SourceText, top: int, floor: int = 0) -> list[tuple[str, str]]:
    """The ``HEADER_LINES`` lines of ``source`` before the line that starts at ``top``, none of them
    starting before the line that holds ``floor``: each folded, and as written.
    """
    text = source.folded
    floor = text.rfind("\n", 0, floor) + 1
    start = top
    for _ in range(HEADER_LINES):
        if start <= floor:
            break
        start = text.rfind("\n", 0, start - 1) + 1
    start = max(start, floor)
    lines = []
    for line in text[start:top].split("\n"):  # the folded view's lines: a <br> written out is one there
        lines.append((line, source.original[start : start + len(line)]))
        start += len(line) + 1
    return lines


def likeliest(found: Sequence[Grid], rows: Sequence[tuple[str, Sequence[tuple[int, int]]]]) -> list[Grid]:
    """The grids of ``found`` in whose metric the numbers of ``rows`` (each a line and the numbers'
    offsets in it) stand in the fewest columns: a tool that lays a table out counts one way, and
    counted the other way, the numbers under one header word stand apart, shifted by the Chinese
    characters of each row's label. Where no metric stacks them into fewer columns, all of them.
    """
    if len(found) < 2:
        return list(found)
    stacks = {grid.metric: _stacks(rows, grid.metric) for grid in found}
    fewest = min(stacks.values())
    return [grid for grid in found if stacks[grid.metric] == fewest]


def _stacks(rows: Sequence[tuple[str, Sequence[tuple[int, int]]]], metric: Metric) -> int:
    """Into how few columns the numbers of ``rows`` stack, aligned by their starts, ends or middles
    (whichever is fewest; places one apart are one column).
    """
    counts = []
    for edge in (0, 1, 2):
        places: set[float] = set()
        for line, spans in rows:
            for start, end in spans:
                a, b = position_in(line, start, end, metric)
                places.add((a, b, (a + b) / 2)[edge])
        columns = 0
        last = None
        for place in sorted(places):
            if last is None or place - last > 1:
                columns += 1
            last = place
        counts.append(columns)
    return min(counts)
