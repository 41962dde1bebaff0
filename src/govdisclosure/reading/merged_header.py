"""A table's header that a Markdown converter merged into its first row.

A converter that finds no rule between a table's header and its first row (pymupdf4llm on some
PDFs) writes them as one row: each value cell holds the words of its column's head that stood
above it, a line each, then the row's number::

    |一、本年<br>数量|新收政府信息公开申请|自然人<br>979|商业企<br>636|业科研机<br>926|…|总计<br>6294|

Read as printed, the cells' words end the row after its first number, and the label finder takes
the head words ``其他`` and ``总计`` for the labels of rows of their own. Where the words of a row's
value cells, joined in order, are exactly the heads of a table's columns (any label of each, the
words spanning several columns left out), they are passed over: ``head_word_hits`` drops the
label hits among them, ``without_head_words`` the words from the row's cells.
"""

from __future__ import annotations

import functools
import itertools

import attrs

from govdisclosure.forms import FORM_TABLES, FormTable
from govdisclosure.reading.across import cell_lines, table_lines
from govdisclosure.reading.cells import Region
from govdisclosure.reading.labels import LabelHit
from govdisclosure.schema import Rendering
from govdisclosure.source import SourceText, compact_text
from govdisclosure.text.fold import LINE_BREAK
from govdisclosure.text.patterns import DIGIT

MAX_HEAD_RUNS = 64
"""Ways of writing a table's heads one after another (a label variant for each column) kept."""


@functools.cache
def joined_heads(table: FormTable) -> frozenset[str]:
    """The compact text of ``table``'s column heads one after another, each in any of its labels.

    >>> from govdisclosure.forms import TABLE3_2021
    >>> sorted(joined_heads(TABLE3_2021))[0]
    '自然人商业企业科研机构社会公益组织法律服务机构其他合计'
    """
    labels = [[compact_text(label) for label in column.labels] for column in table.columns]
    return frozenset(itertools.islice(("".join(run) for run in itertools.product(*labels)), MAX_HEAD_RUNS))


def _heads(table: FormTable | None, words: str) -> bool:
    """Whether ``words`` (compact) are the heads of ``table``'s columns (of any form table's, for
    ``None``), the words spanning several columns left out.
    """
    for candidate in FORM_TABLES if table is None else (table,):
        if not candidate.columns:
            continue
        kept = words
        for word, _, _ in candidate.spanning_heads:
            kept = kept.replace(compact_text(word), "")
        if kept in joined_heads(candidate):
            return True
    return False


def head_word_hits(source: SourceText, hits: list[LabelHit]) -> list[LabelHit]:
    """``hits`` without those that stand among the head words of a Markdown table row whose value
    cells hold its table's heads (a line of words, then the number, in each).

    >>> from govdisclosure.forms import FORM_TABLES
    >>> from govdisclosure.reading.labels import label_index
    >>> source = SourceText("|（一）予以公开|自然人<br>1|商业企业<br>0|科研机构<br>0|社会公益组织<br>0|"
    ...                     "法律服务机构<br>0|其他<br>0|总计<br>1|")
    >>> [hit.label for hit in head_word_hits(source, label_index(FORM_TABLES).find(source))]
    ['予以公开']
    """
    text = source.original
    if "|" not in text or "<" not in text:
        return hits
    dropped: list[tuple[int, int]] = []
    for start, end in table_lines(text):
        if not LINE_BREAK.search(text, start, end):
            continue
        first = DIGIT.search(text, start, end)
        if first is None:
            continue
        cells_start = text.rfind("|", start, first.start()) + 1
        words = _cell_words(text, cells_start, end)
        if words is not None and _heads(None, "".join(compact_text(text[s:e]) for s, e in words)):
            dropped.append((source.compact_offset(cells_start), source.compact_offset(end)))
    if not dropped:
        return hits
    return [hit for hit in hits if not any(low <= hit.start < high for low, high in dropped)]


def _cell_words(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The lines of words in the Markdown cells from ``start`` to the row's last ``|``, where each
    cell is lines of words then one number (or the number alone); ``None`` otherwise, or where no
    cell holds words.
    """
    words: list[tuple[int, int]] = []
    position = start
    while (bar := text.find("|", position, end)) >= 0:
        lines = cell_lines(text, position, bar)
        if not lines or not text[lines[-1][0] : lines[-1][1]].strip().isdigit():
            return None
        if any(DIGIT.search(text, s, e) for s, e in lines[:-1]):
            return None
        words.extend(lines[:-1])
        position = bar + 1
    return words or None


def without_head_words(table: FormTable, region: Region) -> Region:
    """A Markdown row's ``region`` without the words that its value cells hold before their numbers,
    where those are ``table``'s heads; else ``region`` as it is.

    The row's label ends before the region, so each cell's words come before its number and no
    words follow the last one.
    """
    if region.rendering is not Rendering.PIPES or not table.columns:
        return region
    pieces = region.pieces
    for _, cell in itertools.groupby(pieces, key=lambda p: p.cell):
        kinds = [p.kind for p in cell]
        if kinds[-1] != "number" or any(kind not in ("text", "unit") for kind in kinds[:-1]):
            return region
    words = [p for p in pieces if p.kind in ("text", "unit")]
    if not words or not _heads(table, "".join(compact_text(p.text) for p in words)):
        return region
    return attrs.evolve(region, pieces=tuple(p for p in pieces if p.kind == "number"))

