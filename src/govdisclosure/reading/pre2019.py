"""Reading the pre-2019 statistics forms (the 2014-2018 national form, the 2008-2013 local forms).

The best chain of labels over all pre-2019 form tables decides which form a report printed; the
header just before its first row says which column holds the year's figure (a ``历年累计`` column
is never read as the year's); the signature block (``单位负责人`` … ``填报日期``) ends the form.
"""

from __future__ import annotations

from collections.abc import Sequence

from govdisclosure.forms import PRE_2019_TABLES
from govdisclosure.forms.national_2014 import FOOTER_WORDS, HEADER_WORDS
from govdisclosure.reading.align import best_chain
from govdisclosure.reading.form import TableRead, read_table, value_columns_before
from govdisclosure.reading.labels import LabelHit, hits_of
from govdisclosure.source import SourceText, compact_text
from govdisclosure.text.patterns import lazy_pattern, words_pattern

MIN_ROWS = 3
"""Fewer matched value rows is prose that quotes a label or two, not a form."""

_FOOTER = lazy_pattern(words_pattern(compact_text(w) for w in FOOTER_WORDS))


def read_pre2019(source: SourceText, hits: Sequence[LabelHit]) -> TableRead | None:
    """The pre-2019 form in ``source``, or ``None`` when there is none.

    ``hits`` are the labels found in the text; only those of pre-2019 tables are used.
    """
    mine = hits_of(hits, PRE_2019_TABLES)
    chain = best_chain(mine, PRE_2019_TABLES, MIN_ROWS)
    if chain is None:
        return None
    first = mine[chain.pairs[0][0]]
    last = mine[chain.pairs[-1][0]]
    previous_end = mine[chain.pairs[0][0] - 1].end if chain.pairs[0][0] > 0 else 0
    columns = value_columns_before(source, first.start, HEADER_WORDS, floor=previous_end)
    footer = _FOOTER.search(source.compact, last.end)
    end = footer.start() if footer else None
    return read_table(source, mine, chain, end=end, value_columns=columns)
