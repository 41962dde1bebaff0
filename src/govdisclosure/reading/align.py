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
    """The best chain of ``hits[i] for i in indices`` (in text order) as rows of ``table``."""
    n_rows = len(table.rows)
    best = [float("-inf")] * n_rows
    best_node: list[int | None] = [None] * n_rows
    nodes: list[tuple[int, int, float, int | None]] = []  # (hit, row, score, previous node)
    for h in indices:
        hit = hits[h]
        rows = hit.rows_of(table)
        if not rows:
            continue
        updates = []
        for r in rows:  # the best chain ending above row r: the first maximum of best[:r], if any
            top = max(best[:r], default=0.0)
            previous = best_node[best.index(top, 0, r)] if top > 0 else None
            row = table.rows[r]
            gain = 1.0 + (NUMBER_BONUS if hit.number and hit.number == row.number else 0.0)
            updates.append((r, max(top, 0.0) + gain, previous))
        for r, score, previous in updates:
            nodes.append((h, r, score, previous))
            if score >= best[r]:  # ties go to the later label: tables follow the prose
                best[r], best_node[r] = score, len(nodes) - 1
    if not nodes:
        return Chain(table, (), 0.0)
    end = max(range(len(nodes)), key=lambda i: (nodes[i][2], i))
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
    """The best-scoring chain over every cluster and table, if it matches ``min_rows`` value rows."""
    best: Chain | None = None
    for group in clusters(hits):
        for table in tables:
            chain = align(hits, group, table)
            if chain.value_rows >= min_rows and (best is None or chain.score > best.score):
                best = chain
    return best
