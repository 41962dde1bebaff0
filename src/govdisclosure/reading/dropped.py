"""Placing the numbers of rows whose blank cells were dropped, by the table's sums across rows.

Text extraction of a PDF, and some HTML converters, leave nothing of a blank cell: a row of table
三 prints ``15 147 162`` for seven cells, and the row's own sum (``162 = 15 + 147``) says only
which number is its 总计. The table's identities across rows say more: in every column, the
outcome rows add up to （七）总计, and 本年新收 plus 上年结转 equal （七）总计 plus 结转下年度. With
every row's numbers in their order, each row has a few ways to stand in the columns; the
identities, column by column, usually leave one way for the whole table.

``solve`` searches those ways depth first, rows with the fewest first, cutting a branch as soon as
an identity cannot hold any more (counts are never negative, so a side already larger than the
other's final sum stays larger). It stops after ``MAX_NODES`` steps or ``MAX_SOLUTIONS`` solutions,
and a row is placed only where every solution found places it alike:

>>> from govdisclosure.forms import Identity
>>> identity = Identity(("t",), ("a", "b"), "t = a + b")
>>> rows = [Unknown("a", (1, 1)), Unknown("b", (2, 2))]  # each one part and its total
>>> solve(3, [identity], {"t": (1, 2, 3)}, rows)
{'a': (0, 2), 'b': (1, 2)}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from govdisclosure.forms import Identity

MAX_NODES = 5_000
"""Search steps per table before giving up (the search is exponential in the worst case)."""
MAX_SOLUTIONS = 50
"""Solutions collected before giving up: beyond them the rows are not placed."""


@attrs.frozen
class Unknown:
    """A row whose numbers (in their printed order) stand in columns not yet known; its last number
    is its total, the sum of the others, in the last column.
    """

    key: str
    numbers: tuple[int, ...]



def solve(n: int, identities: Sequence[Identity], known: Mapping[str, Sequence[int]],
          unknowns: Sequence[Unknown]) -> dict[str, tuple[int, ...]] | None:
    """The columns of each unknown row's numbers that every placement of all of them satisfying
    ``identities`` (in each of the ``n`` columns, with the ``known`` rows' cells) agrees on; rows
    the solutions disagree on are left out. ``None`` where no placement satisfies them, or the
    search gave up.
    """
    keys = {u.key for u in unknowns}
    involved = [i for i in identities if keys & {*i.left, *i.right}]
    if not all(k in known or k in keys for i in involved for k in (*i.left, *i.right)):
        return None  # a row the identities take in is neither read nor placeable: nothing checks
    search = _Search(n, involved, known, unknowns)
    search.column(0, [0] * len(unknowns))
    if search.gave_up or not search.solutions:
        return None
    first = search.solutions[0]
    return {key: columns for key, columns in first.items() if all(s[key] == columns for s in search.solutions[1:])}


class _Search:
    """The search behind ``solve``, column by column: in each part column, which rows' next number
    stands there, such that every identity balances in that column; the totals stand in the last.
    """

    def __init__(self, n: int, identities: Sequence[Identity], known: Mapping[str, Sequence[int]],
                 unknowns: Sequence[Unknown]) -> None:
        self.n = n
        self.rows = list(unknowns)
        # for each identity, the sign of each unknown row in it, and its known rows' balance per column
        self.signs = [[1 if u.key in i.left else -1 if u.key in i.right else 0 for u in unknowns] for i in identities]
        self.fixed = [[sum(known[k][c] for k in i.left if k in known) - sum(known[k][c] for k in i.right if k in known)
                       for c in range(n)] for i in identities]
        # the most a row's cell may hold in each column: what the other side of an identity it is in
        # sums to, where that side is all known (counts are never negative)
        self.cap = [[min((abs(fixed[c]) for signs, fixed, i in zip(self.signs, self.fixed, identities, strict=True)
                          if signs[r] and all(k in known for k in (i.right if signs[r] > 0 else i.left))),
                         default=None) for c in range(n)] for r in range(len(unknowns))]
        self.placed: list[list[int]] = [[] for _ in unknowns]  # the columns chosen so far, per row
        self.solutions: list[dict[str, tuple[int, ...]]] = []
        self.nodes = 0
        self.gave_up = False

    def column(self, c: int, next_part: list[int]) -> None:
        """Place the rows' next numbers in part column ``c`` (and on), ``next_part`` the index of each
        row's next part.
        """
        if self.gave_up:
            return
        if c == self.n - 1:  # every part placed: the totals stand in the last column
            if all(p == len(u.numbers) - 1 for p, u in zip(next_part, self.rows, strict=True)) and self._balanced(
                    c, [u.numbers[-1] for u in self.rows]):
                self.solutions.append({u.key: (*cols, c) for u, cols in zip(self.rows, self.placed, strict=True)})
                self.gave_up = len(self.solutions) > MAX_SOLUTIONS
            return
        left = self.n - 1 - c  # part columns from this one on
        offers = []  # (row, its next number) for rows with a part left; forced where it must stand here
        forced = []
        for r, u in enumerate(self.rows):
            remaining = len(u.numbers) - 1 - next_part[r]
            cap = self.cap[r][c]
            fits = remaining > 0 and (cap is None or u.numbers[next_part[r]] <= cap)
            if remaining > left or (remaining == left and not fits):
                return  # more parts than columns left, or one that must stand here and cannot
            if remaining == left:
                forced.append(r)
            elif fits:
                offers.append(r)
        contribution = [0] * len(self.rows)
        for r in forced:
            contribution[r] = self.rows[r].numbers[next_part[r]]
        self._choose(c, next_part, offers, 0, contribution, picked=forced)

    def _choose(self, c: int, next_part: list[int], offers: list[int], at: int, contribution: list[int], *,
                picked: list[int]) -> None:
        """Decide, offer by offer from ``at``, whether the row's next number stands in column ``c``
        (``picked``, their ``contribution`` to the sums); with all decided, go on to the next column.
        """
        self.nodes += 1
        if self.nodes > MAX_NODES:
            self.gave_up = True
            return
        if not self._reachable(c, next_part, offers, at, contribution):
            return
        if at == len(offers):  # reachable with nothing left to offer: every identity balances here
            for r in picked:
                self.placed[r].append(c)
                next_part[r] += 1
            self.column(c + 1, next_part)
            for r in picked:
                self.placed[r].pop()
                next_part[r] -= 1
            return
        r = offers[at]
        contribution[r] = self.rows[r].numbers[next_part[r]]
        picked.append(r)
        self._choose(c, next_part, offers, at + 1, contribution, picked=picked)
        picked.pop()
        contribution[r] = 0
        self._choose(c, next_part, offers, at + 1, contribution, picked=picked)

    def _balance(self, signs: Sequence[int], fixed: Sequence[int], c: int, contribution: Sequence[int]) -> int:
        """One identity's left minus right in column ``c``, with the rows' ``contribution`` there."""
        return fixed[c] + sum(s * v for s, v in zip(signs, contribution, strict=True))

    def _balanced(self, c: int, contribution: Sequence[int]) -> bool:
        return all(self._balance(signs, fixed, c, contribution) == 0
                   for signs, fixed in zip(self.signs, self.fixed, strict=True))

    def _reachable(self, c: int, next_part: list[int], offers: list[int], at: int, contribution: list[int]) -> bool:
        """Whether each identity can still balance in column ``c`` with the offers not yet decided."""
        for signs, fixed in zip(self.signs, self.fixed, strict=True):
            balance = self._balance(signs, fixed, c, contribution)
            up = sum(self.rows[r].numbers[next_part[r]] for r in offers[at:] if signs[r] > 0)
            down = sum(self.rows[r].numbers[next_part[r]] for r in offers[at:] if signs[r] < 0)
            if not -up <= balance <= down:
                return False
        return True
