"""The unit a money column's header prints, where a report prints one other than the form's.

The 2021 form's fee column says ``本年收费金额（单位：万元）``, and a report may print
``本年收费金额（单位：元）`` over amounts in yuan; the 2019 form's ``采购总金额`` names no unit, and a
report may add one (``采购总金额（万元）``). Read with the form's unit, or with none, such an amount
would be ten thousand times too large, or not read at all (``GD208``). The header stands just before
the row's label, in every rendering of a table (a line, cells, one cell per line).
"""

from __future__ import annotations

from collections.abc import Sequence

from govdisclosure.forms import Column
from govdisclosure.reading.labels import LabelHit
from govdisclosure.source import SourceText, compact_text
from govdisclosure.text.mojibake import LOST
from govdisclosure.text.numbers import YUAN_PER_UNIT
from govdisclosure.text.patterns import lazy_re, words_pattern

HEADER_REACH = 40
"""Compact characters before a row's label where its column's header is looked for."""

_UNIT = lazy_re(rf"\((?:单位:?)?({words_pattern(YUAN_PER_UNIT)})\)")
"""A money unit in brackets (compact view), ``(单位:元)`` or ``(万元)``."""
_LOST_UNIT = lazy_re(rf"\([^()]{{0,6}}{LOST}[^()]{{0,6}}\)")
"""Brackets after a money column's header with a character lost in decoding (``GD511``): its unit
may be 元 or 万元, and is not guessed."""


def header_units(source: SourceText, columns: Sequence[Column], hit: LabelHit) -> dict[str, str]:
    """The money unit each column's header prints right before ``hit``, where it is not the
    column's own (the form's); empty for columns that hold no money or whose header says nothing.
    """
    units: dict[str, str] = {}
    compact = source.compact
    start = max(0, hit.start - HEADER_REACH)
    for column in columns:
        if not column.key.endswith("_yuan"):
            continue
        for label in column.labels:
            head = compact_text(label).split("(")[0]
            at = compact.rfind(head, start, hit.start)
            if at < 0:
                continue
            found = _UNIT.match(compact, at + len(head), hit.start)
            if found is not None and found.group(1) != column.unit:
                units[column.key] = found.group(1)
            elif found is None and (lost := _LOST_UNIT.match(compact, at + len(head), hit.start)) is not None:
                units[column.key] = lost.group()  # (�元), (单位:�): no unit to convert with (GD208)
            break
    return units
