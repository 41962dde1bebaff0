"""Aligning found labels with a form's row order.

Reports mention form labels in prose too, and several rows share a label (``被依法纠错数`` is a row
of both 行政复议 and 行政诉讼). A table is the longest run of labels, close together, whose rows
follow the form's order. Labels are grouped into clusters wherever the gap between two of them is
more than ``MAX_GAP`` compact characters, and in each cluster the chain of labels whose row numbers
increase with their position is found by dynamic programming (a longest increasing subsequence
over the candidates of each label).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from govdisclosure.forms import FormTable
from govdisclosure.reading.labels import LabelHit

MAX_GAP = 300
"""Compact characters between two labels beyond which they belong to different tables: a row's
values and an unknown row or two fit in it, a paragraph of prose does not."""

NUMBER_BONUS = 0.25
"""Extra score for a label printed with the number the form gives its row."""
FIRST_COPY_SHARE = 0.9
"""The share of a later chain's value rows that a chain before it must match to be read instead: a
text that prints a table twice is read from its first copy."""
SKIP_PENALTY = 0.3
"""Score lost for each label of the table a chain passes over between two of its rows."""


@attrs.frozen
class Chain:
    """Labels read as rows of ``table``: ``pairs`` of (index into the hits, row index)."""

    table: FormTable
    pairs: tuple[tuple[int, int], ...]
    score: float

    @property
    def value_rows(self) -> int:
        """How many rows that hold values the chain matched."""
        return sum(1 for _, r in self.pairs if self.table.rows[r].key is not None)


def clusters(hits: Sequence[LabelHit], max_gap: int = MAX_GAP) -> list[list[int]]:
    """Group hit indices into runs whose consecutive gaps are at most ``max_gap``."""
    groups: list[list[int]] = []
    for index, hit in enumerate(hits):
        if groups and hit.start - hits[groups[-1][-1]].end <= max_gap:
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


def align(hits: Sequence[LabelHit], indices: Sequence[int], table: FormTable) -> Chain:
    """The best chain of ``hits[i] for i in indices`` (in text order) as rows of ``table``.

    A chain scores a point a row (more for the row's own number) less ``SKIP_PENALTY`` for each
    label of the table it passes over between two of its rows: where a text prints the table twice
    (a report and an annex), a chain goes from one copy's rows to the other's only at that cost, and
    the first copy wins a tie.
    """
    n_rows = len(table.rows)
    best = [float("-inf")] * n_rows  # per row: the best score ending there, plus SKIP_PENALTY x its ordinal
    best_node: list[int | None] = [None] * n_rows
    nodes: list[tuple[int, int, float, int | None]] = []  # (hit, row, score, previous node)
    ordinal = 0  # how many of the table's labels came before this one
    for h in indices:
        hit = hits[h]
        rows = hit.rows_of(table)
        if not rows:
            continue
        passed = SKIP_PENALTY * (ordinal - 1)  # the labels passed over since the one of ordinal 0
        updates = []
        for r in rows:  # the best chain ending above row r: the first maximum of best[:r], if any
            top = max(best[:r], default=float("-inf"))
            kept = top - passed
            previous = best_node[best.index(top, 0, r)] if kept > 0 else None
            row = table.rows[r]
            gain = 1.0 + (NUMBER_BONUS if hit.number and hit.number == row.number else 0.0)
            updates.append((r, max(kept, 0.0) + gain, previous))
        for r, score, previous in updates:
            nodes.append((h, r, score, previous))
            adjusted = score + SKIP_PENALTY * ordinal
            if adjusted >= best[r]:  # ties go to the later label: tables follow the prose
                best[r], best_node[r] = adjusted, len(nodes) - 1
        ordinal += 1
    if not nodes:
        return Chain(table, (), 0.0)
    end = max(range(len(nodes)), key=lambda i: (nodes[i][2], -i))
    pairs: list[tuple[int, int]] = []
    node: int | None = end
    while node is not None:
        h, r, _, node = nodes[node]
        pairs.append((h, r))
    pairs.reverse()
    return Chain(table, _rows_before_their_group(hits, indices, table, pairs), nodes[end][2])


def _rows_before_their_group(hits: Sequence[LabelHit], indices: Sequence[int], table: FormTable,
                             pairs: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """``pairs`` with a group label traded for the label of the group's first row, where that label
    stands just before the group's and was left out: a text browser prints a group cell merged down
    its rows beside their middle, after the first row's label (``1.本机关不掌握…`` then ``（四）无法
    提供 2.没有现成…``). The group label only bounds rows; the row holds values.
    """
    chained = {h for h, _ in pairs}
    rows = {r for _, r in pairs}
    out = list(pairs)
    for index, (h, r) in enumerate(pairs):
        before = h - 1
        if (table.rows[r].key is None and r + 1 < len(table.rows) and r + 1 not in rows
                and before in indices and before not in chained and r + 1 in hits[before].rows_of(table)
                and (index == 0 or pairs[index - 1][0] < before)):
            out[index] = (before, r + 1)
    return tuple(out)


def best_chain(hits: Sequence[LabelHit], tables: Sequence[FormTable], min_rows: int) -> Chain | None:
    """The best chain, if it matches ``min_rows`` value rows: in each cluster the best-scoring over
    ``tables``; of the clusters, the one with the most value rows (the first, where a text prints a
    table twice: a report and an annex of the same form).
    """
    best: Chain | None = None
    for group in clusters(hits):
        here: Chain | None = None
        for table in tables:
            chain = _first_copy(hits, group, align(hits, group, table))
            if chain.value_rows >= min_rows and (here is None or chain.score > here.score):
                here = chain
        if here is not None and (best is None or here.value_rows > best.value_rows):
            best = here
    return best


def _first_copy(hits: Sequence[LabelHit], group: Sequence[int], chain: Chain) -> Chain:
    """The first copy of a table printed more than once in ``group``: where the labels before
    ``chain``'s first make a chain of nearly as many value rows (``FIRST_COPY_SHARE``), that one (a
    report's table before an annex of the same form, whatever the numbers printed before their
    labels, and though a label of its may be missed where the annex's is not).
    """
    while chain.pairs:
        before = [i for i in group if i < chain.pairs[0][0]]
        needed = FIRST_COPY_SHARE * chain.value_rows
        earlier = align(hits, before, chain.table) if len(before) >= needed else None
        if earlier is None or earlier.value_rows < needed:
            break
        chain = earlier
    return chain
