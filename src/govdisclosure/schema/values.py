"""A value read from a report, never separated from where it came from."""

from __future__ import annotations

import enum
from typing import Generic, TypeVar

import attrs

from govdisclosure.schema.spans import Span

T = TypeVar("T")


class Qualifier(str, enum.Enum):
    """How exactly the report states a number.

    ``approximate`` covers 余/多/近/约/左右; ``at_least`` 超过/以上; ``at_most`` 不足/以内.
    """

    EXACT = "exact"
    APPROXIMATE = "approximate"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"


class Origin(str, enum.Enum):
    """What in the text a value rests on.

    - ``printed``: the number is printed at the span (``raw`` is the number as printed).
    - ``blank``: an empty cell of a standard table, which the format reads as 0.
    - ``negation``: a sentence saying nothing of the kind happened (未收到, 没有发生), read as 0.
    - ``derived``: computed by a rule of the record (the sum of printed parts); the span
      covers the parts.
    """

    PRINTED = "printed"
    BLANK = "blank"
    NEGATION = "negation"
    DERIVED = "derived"


@attrs.frozen(kw_only=True, repr=False)
class Value(Generic[T]):
    """One value of a report: the number (or text or date), its unit and its provenance.

    ``raw`` is always ``text[span.start:span.end]`` of the text that was parsed, so a value can
    be quoted and highlighted without any other bookkeeping.

    >>> v = Value(value=12, span=Span(6, 8), raw="12", extractor="stats_table", unit="件")
    >>> v
    <Value 12 件 at 6:8 by stats_table>
    >>> v.is_exact
    True
    """

    value: T
    span: Span
    raw: str
    extractor: str
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    origin: Origin = Origin.PRINTED
    scope: str | None = None
    """Whose figure it is when the prose says so, e.g. ``全市`` for a whole jurisdiction."""
    as_of: str | None = None
    """The cut-off date as printed when a figure stops before the year's end (``11月30日``)."""

    @property
    def is_exact(self) -> bool:
        """Whether the report states the value exactly (not 余/约/超过 …)."""
        return self.qualifier is Qualifier.EXACT

    def __repr__(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        marks = [m for m in (self.qualifier.value if not self.is_exact else "",
                             self.origin.value if self.origin is not Origin.PRINTED else "") if m]
        extra = f" ({', '.join(marks)})" if marks else ""
        return (f"<Value {self.value!r}{unit}{extra} at {self.span.start}:{self.span.end} "
                f"by {self.extractor}>")
