"""Splitting glued digits into cells by the form's arithmetic.

Crawler text concatenates a row's cells: ``（一）予以公开270020130`` is the row 27, 0, 0, 2, 0, 1, 30.
Only the form's identities tell the cells apart: in table 三 every row's 总计 is the sum of its six
applicant columns; in table 四 every group's 总计 is the sum of its four results. ``readings``
enumerates every split of the digit runs into the expected number of cells (no leading zeros,
each run split into consecutive parts) that satisfies the identities. A caller takes a reading only
when exactly one survives — often only after the identities across rows (the outcome rows sum to
（七）总计, column by column) have ruled the others out:

>>> [r.values for r in readings(["270020130"], 7, [(6, (0, 1, 2, 3, 4, 5))])]
[(2, 7, 0, 0, 20, 1, 30), (27, 0, 0, 2, 0, 1, 30)]
>>> [r.values for r in readings(["713000074"], 7, [(6, (0, 1, 2, 3, 4, 5))])]
[(71, 3, 0, 0, 0, 0, 74)]
>>> len(readings(["8855698"], 3, []))
15
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import attrs

MAX_PART_DIGITS = 7
"""Longest cell, in digits, a glued run is split into (ten million cases is beyond any report)."""

LIMIT = 50
"""Readings beyond this many are not enumerated: the row is ambiguous anyway."""

MAX_MERGES = 3
"""At most this many digit runs more than cells are joined (a number split by a stray space or
two); beyond it the row has extra numbers, not split ones, and trying every join would cost
C(runs - 1, cells - 1)."""


@attrs.define(unsafe_hash=True)  # not frozen: built by the thousand in a search (docs/architecture.md)
class Part:
    """One cell of a reading: the pieces it is made of (``first`` to ``last``) and where in them it
    starts and ends (``start`` is an offset in piece ``first``, ``end`` in piece ``last``).
    """

    first: int
    last: int
    start: int
    end: int
    value: int


@attrs.define(unsafe_hash=True)  # not frozen, like Part
class Reading:
    """One way to split the pieces into cells."""

    parts: tuple[Part, ...]

    @property
    def values(self) -> tuple[int, ...]:
        """The cell values."""
        return tuple(p.value for p in self.parts)


def readings(
    pieces: Sequence[str | int],
    n: int,
    groups: Sequence[tuple[int, Sequence[int]]],
    *,
    limit: int = LIMIT,
) -> list[Reading]:
    """Every split of ``pieces`` into ``n`` cells that satisfies ``groups``.

    ``pieces`` are digit strings (to be split into one or more consecutive parts) or ints (a cell
    already known, such as a blank read as 0). ``groups`` are ``(total index, part indices)``:
    cell ``total`` must equal the sum of the cells at ``part indices``, all of which come before it.
    At most ``limit + 1`` readings are returned, in the order of their cells' lengths (shorter
    first, cell by cell).
    """
    if n <= 0:
        return []
    capped, totals = _final_totals(pieces, n, groups)
    if totals and capped == frozenset(range(n - 1)):
        totals = _congruent(pieces, totals)
        if not totals:
            return []
    ranges: dict[tuple[int, int, int], tuple[int, int]] = {}
    if len(totals) <= 1 or capped != frozenset(range(n - 1)):
        search = _Search(pieces, n, groups, limit, capped, totals, ranges)
        search.visit(0, 0, 0)
        return search.out
    # the row's last cell is the sum of all the others and one of the last piece's endings: a
    # search for each ending bounds every cell by that one total, not by the largest of them
    found: list[Reading] = []
    for total in totals:
        search = _Search(pieces, n, groups, limit, capped, (total,), ranges)
        search.visit(0, 0, 0)
        found.extend(search.out)
    found.sort(key=lambda reading: tuple(part.end - part.start for part in reading.parts))
    return found[: limit + 1]


class _Search:
    """The depth-first search behind ``readings``: the cells chosen so far, and the readings found.

    A class rather than nested functions: a nested function that calls itself is a reference
    cycle, left for the garbage collector after every call.
    """

    def __init__(self, pieces: Sequence[str | int], n: int, groups: Sequence[tuple[int, Sequence[int]]],  # noqa: PLR0917
                 limit: int, capped: frozenset[int], totals: tuple[tuple[int, int], ...],
                 ranges: dict[tuple[int, int, int], tuple[int, int]]) -> None:
        self.pieces = pieces
        self.n = n
        self.groups = groups
        self.limit = limit
        self.total_of = {total: tuple(members) for total, members in groups}
        self.checks_after: dict[int, list[tuple[int, tuple[int, ...]]]] = {}
        for total, members in groups:
            last = max((total, *members))
            if last != total:
                self.checks_after.setdefault(last, []).append((total, tuple(members)))
        count = len(pieces)
        self.remaining_chars = [0] * (count + 1)
        self.fixed_after = [0] * (count + 1)
        self.strings_after = [0] * (count + 1)  # digit strings after piece i (i + 1 …)
        for i in range(count - 1, -1, -1):
            piece = pieces[i]
            self.remaining_chars[i] = self.remaining_chars[i + 1] + (len(piece) if isinstance(piece, str) else 0)
            self.fixed_after[i] = self.fixed_after[i + 1] + (not isinstance(piece, str))
            self.strings_after[i] = self.strings_after[i + 1] + (i + 1 < count and isinstance(pieces[i + 1], str))
        self.out: list[Reading] = []
        self.parts: list[Part] = []
        # the row's last cell as the sum of cells before it: its possible values bound the search
        self.capped, self.totals = capped, totals
        self.in_capped = [k in capped for k in range(n + 1)]
        self.cap = max((value for value, _ in totals), default=0)
        self.whole_row = bool(totals) and capped == frozenset(range(n - 1))
        # with one total, a reading must end with it: another ending found on the way is another search's
        self.only = totals[0][0] if self.whole_row and len(totals) == 1 and isinstance(pieces[-1], str) else None
        self.ranges = ranges

    def ok_so_far(self, k: int) -> bool:
        parts = self.parts
        for total, group_parts in self.checks_after.get(k, ()):
            if parts[total].value != sum(parts[j].value for j in group_parts):
                return False
        return True

    def bounded(self, k: int, chars_left: int) -> bool:
        """Whether the totals still ahead can reach the sums already assigned to their groups."""
        room = chars_left - (self.n - k - 1)  # the most digits one cell can still take
        for total, group_parts in self.groups:
            if total < k:
                continue
            partial = sum(self.parts[j].value for j in group_parts if j < k)
            if partial and len(str(partial)) > room:
                return False
        return True

    def total_reachable(self, offset: int, k: int, so_far: int) -> bool:
        """Whether the last piece from ``offset`` on can still make cells ``k`` … ``n - 2`` and the
        total after them, the total being one of the piece's endings and the sum of every cell
        before it (``so_far`` for cells ``0`` … ``k - 1``).

        The sum the cells still need must lie between the least and the most that the digits before
        that ending can make in that many cells (``_sum_range``).
        """
        m = self.n - 1 - k
        end = self.remaining_chars[len(self.pieces) - 1]  # the last piece's length
        for total, length in self.totals:
            need = total - so_far
            if need < 0:
                continue
            low, high = self._sum_range(offset, end - length, m)
            if low <= need <= high:
                return True
        return False

    def _sum_range(self, start: int, end: int, m: int) -> tuple[int, int]:
        """The least and the most ``m`` cells can sum to when split from the last piece's digits
        ``start`` … ``end`` (``(1, 0)``, an empty range, where they cannot be split so).

        Computed once for each ``(start, end, m)`` a search asks about: a long glued row asks about
        the same tails again and again, and bounds by the digits themselves, not only by how many
        there are, cut the search off where no split of the rest can reach the total.
        """
        key = (start, end, m)
        known = self.ranges.get(key)
        if known is not None:
            return known
        digits = end - start
        if m == 0 or not m <= digits <= m * MAX_PART_DIGITS:
            found = (0, 0) if m == 0 and digits == 0 else (1, 0)
        else:
            text = self.pieces[-1]
            assert isinstance(text, str)
            low, high = None, None
            longest = 1 if text[start] == "0" else min(MAX_PART_DIGITS, digits - m + 1)
            for length in range(1, longest + 1):
                rest_low, rest_high = self._sum_range(start + length, end, m - 1)
                if rest_low > rest_high:
                    continue
                value = int(text[start : start + length])
                low = value + rest_low if low is None else min(low, value + rest_low)
                high = value + rest_high if high is None else max(high, value + rest_high)
            found = (1, 0) if low is None or high is None else (low, high)
        self.ranges[key] = found
        return found

    def visit(self, p: int, offset: int, so_far: int) -> None:
        """Choose cell ``len(parts)`` from piece ``p`` at ``offset``; ``so_far`` is the sum of the
        chosen cells the row's total sums (``capped``).
        """
        pieces, parts, n = self.pieces, self.parts, self.n
        if len(self.out) > self.limit:
            return
        k = len(parts)
        if p == len(pieces):
            if k == n and (self.only is None or parts[-1].value == self.only):
                self.out.append(Reading(tuple(parts)))
            return
        if k == n:
            return
        piece = pieces[p]
        capped = self.in_capped[k]
        room = self.cap - so_far if capped else None
        if not isinstance(piece, str):
            if room is not None and piece > room:
                return
            parts.append(Part(p, p, 0, 0, piece))
            if _total_ok(parts, self.total_of) and self.ok_so_far(k):
                self.visit(p + 1, 0, so_far + piece if capped else so_far)
            parts.pop()
            return
        if (self.whole_row and capped and p == len(pieces) - 1
                and not self.total_reachable(offset, k, so_far)):
            return
        fixed_after = self.fixed_after[p + 1]
        chars_left = len(piece) - offset + self.remaining_chars[p + 1]
        cells_left = n - k - fixed_after
        if cells_left < self.strings_after[p] + 1 or chars_left < cells_left:
            return
        if chars_left > cells_left * MAX_PART_DIGITS:
            return
        if not fixed_after and not self.bounded(k, chars_left):
            return  # (with numbers still ahead, a total may be one of them: its digits are not in chars_left)
        forced = None
        total_of = self.total_of
        if k in total_of and all(j < k for j in total_of[k]):
            forced = str(sum(parts[j].value for j in total_of[k]))
        for length in range(1, min(MAX_PART_DIGITS, len(piece) - offset) + 1):
            digits = piece[offset : offset + length]
            if length > 1 and digits[0] == "0":
                break
            if forced is not None and digits != forced:
                continue
            value = int(digits)
            if room is not None and value > room:
                break  # a longer part is larger still
            parts.append(Part(p, p, offset, offset + length, value))
            if self.ok_so_far(k):
                after = so_far + value if capped else so_far
                if offset + length == len(piece):
                    self.visit(p + 1, 0, after)
                else:
                    self.visit(p, offset + length, after)
            parts.pop()


def marked_readings(
    runs: Sequence[str | None], n: int, groups: Sequence[tuple[int, Sequence[int]]],
) -> list[Reading] | None:
    """``readings`` of glued digit runs among marked blank cells (``None``, each one cell), or
    ``None`` where no split of the runs makes ``n`` cells with the marks. A total among the trailing
    blanks is not checked: a blank total beside printed parts is the report's, not a sum of 0.

    >>> [r.values for r in marked_readings(["82135", None, None, "21859"], 7, [(6, (0, 1, 2, 3, 4, 5))])]
    [(821, 35, 0, 0, 2, 1, 859)]
    >>> len(marked_readings(["25812", None, None, "11", None], 7, [(6, (0, 1, 2, 3, 4, 5))]))  # total blank
    10
    """
    digits = [run for run in runs if run is not None]
    blanks = len(runs) - len(digits)
    if not blanks + len(digits) <= n <= blanks + sum(len(run) for run in digits):
        return None
    trailing = len(runs) - len(list(itertools.dropwhile(lambda run: run is None, reversed(runs))))
    checked = [(total, parts) for total, parts in groups if total < n - trailing]
    return readings([0 if run is None else run for run in runs], n, checked)


def _final_totals(pieces: Sequence[str | int], n: int,
                  groups: Sequence[tuple[int, Sequence[int]]]) -> tuple[frozenset[int], tuple[tuple[int, int], ...]]:
    """The cells whose sum is the row's last cell, and that cell's possible ``(value, digits)``.

    The last cell ends the last piece: it is that piece when the piece is a number, else one of
    the piece's last ``MAX_PART_DIGITS`` digits. No sum of its parts can exceed it, and the digits
    before it must make its parts, which cuts the search short on long glued rows (a 27-digit row
    of table 三 took 0.2 s without it).
    """
    members = next((m for t, m in groups if t == n - 1 and all(j < t for j in m)), None)
    if members is None or not pieces or pieces[-1] == "":
        return frozenset(), ()
    last = pieces[-1]
    if not isinstance(last, str):
        return frozenset(members), ((last, 0),)
    return frozenset(members), tuple((int(last[-length:]), length)
                                     for length in range(1, min(MAX_PART_DIGITS, len(last)) + 1)
                                     if length == 1 or last[-length] != "0")


def _congruent(pieces: Sequence[str | int], totals: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The possible totals of a row whose last cell is the sum of all the others that agree with
    its digits modulo 9.

    However a digit run is split, its parts sum to its digit sum modulo 9 (10 ≡ 1), so the cells
    before the total sum to the digit sum of the digits before it (numbers already known count
    as they are). A total of another residue has no split: about eight endings in nine are ruled
    out before any search.

    >>> _congruent(["270020130"], ((0, 1), (30, 2), (130, 3)))
    ((30, 2),)
    """
    known = sum(piece for piece in pieces[:-1] if not isinstance(piece, str))
    digits = sum(sum(map(int, piece)) for piece in pieces[:-1] if isinstance(piece, str))
    last = pieces[-1]
    if not isinstance(last, str):
        return totals if (known + digits - last) % 9 == 0 else ()
    ending = [int(c) for c in last]
    kept = []
    for total, length in totals:
        before = digits + sum(ending[: len(ending) - length])
        if (known + before - total) % 9 == 0:
            kept.append((total, length))
    return tuple(kept)


def _total_ok(parts: list[Part], total_of: dict[int, tuple[int, ...]]) -> bool:
    k = len(parts) - 1
    if k in total_of and all(j < k for j in total_of[k]):
        return parts[k].value == sum(parts[j].value for j in total_of[k])
    return True


def merged_readings(
    pieces: Sequence[str], n: int, groups: Sequence[tuple[int, Sequence[int]]], *, limit: int = 1,
) -> list[Reading]:
    """Readings that join adjacent digit strings into ``n`` cells (a number split by a stray space).

    None when there are more than ``MAX_MERGES`` strings too many.

    >>> [r.values for r in merged_readings(["1", "2", "3", "15"], 3, [(2, (0, 1))])]
    [(12, 3, 15)]
    """
    out: list[Reading] = []
    k = len(pieces)
    if n <= 0 or k < n or k - n > MAX_MERGES:
        return out
    for cuts in itertools.combinations(range(1, k), n - 1):
        bounds = (0, *cuts, k)
        parts: list[Part] = []
        for a, b in itertools.pairwise(bounds):
            text = "".join(pieces[a:b])
            if b - a > 1 and text.startswith("0"):
                break
            parts.append(Part(a, b - 1, 0, len(pieces[b - 1]), int(text)))
        else:
            values = [p.value for p in parts]
            if all(values[t] == sum(values[j] for j in ps) for t, ps in groups):
                out.append(Reading(tuple(parts)))
                if len(out) > limit:
                    break
    return out
