"""Merging what the extractors read into one value per key.

Precedence: the metadata extractor for metadata; for statistics, table extractors in the order of
their detection scores, then prose. The first source with a value wins. A later source that
disagrees is not used and the disagreement becomes a diagnostic carrying both spans: ``GD301``
between two tables, ``GD304`` between a table and the prose (an approximate prose figure disagrees
when the table's figure is outside ``[N, 1.5 N]``). A key a table claimed but left empty (an
ambiguous glued row, a blank total) is not filled from prose, which may count differently (收到申请75件
where the table's new applications are 74 and one was carried over); ``GD306`` gives the prose's
figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs

from govdisclosure.codes import diagnostic
from govdisclosure.extractors.base import Extraction, ExtractorKind
from govdisclosure.schema import Diagnostic, Table, Value
from govdisclosure.schema.keys import STAT_KEYS

APPROXIMATE_SLACK = 1.5
"""An approximate prose figure N (``1200余条``) agrees with a table figure in ``[N, 1.5 N]``."""


@attrs.define
class Merged:
    """One value per key, and what merging found."""

    metadata: dict[str, Value[Any]] = attrs.field(factory=dict)
    statistics: dict[str, Value[Any]] = attrs.field(factory=dict)
    diagnostics: list[Diagnostic] = attrs.field(factory=list)
    tables: list[Table] = attrs.field(factory=list)
    is_annual_report: bool | None = None


def _agrees(kept: Value[Any], other: Value[Any]) -> bool:
    if kept.value == other.value:
        return True
    if not other.is_exact and isinstance(kept.value, int | float) and isinstance(other.value, int | float):
        return float(other.value) <= float(kept.value) <= float(other.value) * APPROXIMATE_SLACK
    return False


def merge(extractions: Sequence[tuple[ExtractorKind, float, Extraction]]) -> Merged:
    """Merge ``(kind, detection score, extraction)`` triples (see the module documentation)."""
    ordered = sorted(enumerate(extractions), key=lambda item: (
        {ExtractorKind.METADATA: 0, ExtractorKind.TABLE: 1, ExtractorKind.PROSE: 2}[item[1][0]],
        -item[1][1], item[0]))
    merged = Merged()
    claimed: set[str] = set()
    kinds: dict[str, ExtractorKind] = {}
    for _, (kind, _score, extraction) in ordered:
        merged.diagnostics.extend(extraction.diagnostics)
        merged.tables.extend(extraction.tables)
        if kind is ExtractorKind.METADATA and merged.is_annual_report is None:
            merged.is_annual_report = extraction.is_annual_report
        for key, value in extraction.values.items():
            target = merged.statistics if key in STAT_KEYS else merged.metadata
            kept = target.get(key)
            if kept is None:
                if key in claimed:  # a table read the row and could not fill it
                    merged.diagnostics.append(diagnostic("GD306", span=value.span, extractor=value.extractor,
                                                         key=key, prose=value.raw))
                    continue
                target[key] = value
                kinds[key] = kind
                continue
            if _agrees(kept, value):
                continue
            code = "GD304" if kinds[key] is ExtractorKind.TABLE and kind is ExtractorKind.PROSE else "GD301"
            if code == "GD304":
                merged.diagnostics.append(diagnostic(code, span=kept.span, extractor=value.extractor, key=key,
                                                     related=[value.span], table=kept.value, prose=value.raw))
            else:
                merged.diagnostics.append(diagnostic(code, span=kept.span, extractor=value.extractor, key=key,
                                                     related=[value.span], kept=kept.value, kept_by=kept.extractor,
                                                     other=value.value, other_by=value.extractor))
        claimed |= extraction.claimed
    return merged
