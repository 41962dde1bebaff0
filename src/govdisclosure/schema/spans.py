"""Character spans into the caller's original text."""

from __future__ import annotations

from collections.abc import Iterable

import attrs


def _check_order(instance: Span, _attribute: attrs.Attribute[int], end: int) -> None:
    if not 0 <= instance.start <= end:
        msg = f"a span needs 0 <= start <= end, got start={instance.start}, end={end}"
        raise ValueError(msg)


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into the original ``str``.

    >>> text = "收到申请数 12"
    >>> span = Span(6, 8)
    >>> span.slice(text)
    '12'
    >>> len(span)
    2
    """

    start: int
    end: int = attrs.field(validator=_check_order)

    def __len__(self) -> int:
        return self.end - self.start

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and self.start <= offset < self.end

    def contains(self, other: Span) -> bool:
        """Whether ``other`` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """Whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def union(self, *others: Span) -> Span:
        """The smallest span covering this one and ``others``."""
        return Span(min([self.start, *(o.start for o in others)]), max([self.end, *(o.end for o in others)]))

    def slice(self, text: str) -> str:
        """The substring of ``text`` this span covers."""
        return text[self.start : self.end]

    @classmethod
    def covering(cls, spans: Iterable[Span]) -> Span | None:
        """The smallest span covering all of ``spans``, or ``None`` when there are none."""
        items = list(spans)
        if not items:
            return None
        return items[0].union(*items[1:])
