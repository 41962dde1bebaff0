"""Row labels that a Markdown table writes across several cells, a part of each line in each.

A label cell that spans the label columns of a form and wraps over lines is cut by a converter
that assigns words to columns by where they stand (pymupdf4llm): each line's first part goes to
the first cell, the rest to the next ones, and the lines become ``<br>``::

    |一、本年<br>数量|新收政府信息公开申请|自然人<br>979|…     一、本年新收政府信息公开申请数量
    |四、结转<br>理|下|年度继续办|0|0|…                       四、结转下年度继续办理
    |（七）总|计||413|432|…                                    （七）总计

The label finder, which reads the text as printed, finds none of them. Only the rows where it
found nothing in the cells before the values are looked at again: each way of giving each cell's
lines to the label's lines is tried (a line that does not reach a column has no part there), and
a label is taken where all the ways that find one find the same, the whole label, with only its
numbering before it.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Iterator, Sequence

from govdisclosure.reading.labels import NUMBERING_WINDOW, LabelHit, LabelIndex, decoration
from govdisclosure.source import SourceText
from govdisclosure.text.fold import LINE_BREAK
from govdisclosure.text.patterns import DIGIT

LABEL_CELLS = 4
"""Cells before a row's values that a label may be cut across."""
MAX_ARRANGEMENTS = 256
"""Ways of giving the label cells' lines to the label's lines tried for one row."""

Part = tuple[int, int]
"""A line's part of a cell: its (start, end) in the original text, or in the compact view."""


def labels_across_cells(source: SourceText, index: LabelIndex, hits: list[LabelHit]) -> list[LabelHit]:
    """``hits`` with the labels that Markdown table rows write across their first cells, in order.

    >>> from govdisclosure.forms import FORM_TABLES
    >>> from govdisclosure.reading.labels import label_index
    >>> source = SourceText("|一、本年<br>数量|新收政府信息公开申请|3|0|0|0|0|0|3|")
    >>> index = label_index(FORM_TABLES)
    >>> [hit.label for hit in labels_across_cells(source, index, index.find(source))]
    ['本年新收政府信息公开申请数量']
    """
    text = source.original
    if "|" not in text:
        return hits
    starts = [hit.start for hit in hits]
    found: list[LabelHit] = []
    for start, end in table_lines(text):
        digit = DIGIT.search(text, start, end)
        head_end = end if digit is None else digit.start()
        if text.count("|", start, head_end) < 3:  # two cells before any digit
            continue
        head = source.compact_offset(start), source.compact_offset(head_end)
        if bisect.bisect_left(starts, head[0]) != bisect.bisect_left(starts, head[1]):
            continue  # the finder found a label there
        cells = [[(source.compact_offset(s), source.compact_offset(e)) for s, e in cell]
                 for cell in _label_cells(text, start, end)]
        if len(cells) < 2:
            continue
        labels = {hit.label: hit for parts in _arrangements(cells)
                  if (hit := _label_of(source, index, parts, cells[-1][-1][1])) is not None}
        if len(labels) == 1:
            found.extend(labels.values())
    if not found:
        return hits
    return sorted([*hits, *found], key=lambda hit: hit.start)


def table_lines(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each line of ``text`` that starts with ``|`` (after spaces or tabs)."""
    bar = text.find("|")
    while bar >= 0:
        start = text.rfind("\n", 0, bar) + 1
        end = text.find("\n", bar)
        end = len(text) if end < 0 else end
        if not text[start:bar].strip(" \t"):
            yield start, end
        bar = text.find("|", end)


def _label_cells(text: str, start: int, end: int) -> list[list[Part]]:
    """The lines of each cell with text before the first cell with a digit in the Markdown table
    row at ``text[start:end]`` (up to ``LABEL_CELLS`` of them; empty cells left out).
    """
    cells: list[list[Part]] = []
    position = text.index("|", start) + 1
    while len(cells) < LABEL_CELLS:
        bar = text.find("|", position, end)
        if bar < 0 or DIGIT.search(text, position, bar):
            break
        lines = cell_lines(text, position, bar)
        if lines:
            cells.append(lines)
        position = bar + 1
    return cells


def cell_lines(text: str, start: int, end: int) -> list[Part]:
    """The (start, end) of each line with text in the Markdown cell ``text[start:end]``, its lines
    broken by ``<br>`` tags (``LINE_BREAK``).

    >>> text = "自然人<br>979"
    >>> [text[s:e] for s, e in cell_lines(text, 0, len(text))]
    ['自然人', '979']
    """
    bounds = [start]
    for tag in LINE_BREAK.finditer(text, start, end):
        bounds.extend(tag.span())
    bounds.append(end)
    return [(s, e) for s, e in zip(bounds[::2], bounds[1::2], strict=True) if text[s:e].strip()]


def _arrangements(cells: Sequence[Sequence[Part]]) -> Iterator[list[Part]]:
    """Each way the cells' lines make the label's lines (as many as the cell with most has), in
    reading order: each line's part in the first cell, then in the next ones; none where there are
    more than ``MAX_ARRANGEMENTS``.
    """
    count = max(map(len, cells))
    if math.prod(math.comb(count, len(cell)) for cell in cells) > MAX_ARRANGEMENTS:
        return
    choices = [list(itertools.combinations(range(count), len(cell))) for cell in cells]
    for slots in itertools.product(*choices):
        lines: list[list[Part]] = [[] for _ in range(count)]
        for cell, cell_slots in zip(cells, slots, strict=True):
            for part, slot in zip(cell, cell_slots, strict=True):
                lines[slot].append(part)
        yield [part for line in lines for part in line]


def _label_of(source: SourceText, index: LabelIndex, ranges: Sequence[Part], end: int) -> LabelHit | None:
    """The hit of the label that ends the compact ``ranges`` joined (in reading order), with nothing
    but its numbering before it in the first range, or ``None``; the hit runs to compact offset ``end``.
    """
    compact = source.compact
    if sum(b - a for a, b in ranges) > index.longest + NUMBERING_WINDOW:
        return None
    joined = "".join(compact[a:b] for a, b in ranges)
    first_start, first_end = ranges[0]
    for at in range(min(first_end - first_start, NUMBERING_WINDOW + 1)):
        label = joined[at:]
        if label not in index.by_label:
            continue
        hit_start, number = decoration(source, first_start, first_start + at, index.numbers[label])
        if hit_start != first_start:
            continue  # words before the label that are not its numbering
        return index.hit(source, label, (hit_start, first_start + at, end), number)
    return None
