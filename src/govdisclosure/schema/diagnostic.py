"""Diagnostics: what the parser could not read, or found suspect, said in plain words."""

from __future__ import annotations

import enum

import attrs

from govdisclosure.schema.spans import Span


class Severity(str, enum.Enum):
    """How much a diagnostic matters.

    - ``error``: a value was dropped (left empty) because it could not be read with confidence.
    - ``warning``: a value was kept but is suspect (a total disagrees with its parts).
    - ``info``: an explanation (which layout won, a blank cell read as not given).
    """

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@attrs.frozen(kw_only=True)
class Diagnostic:
    """One finding about a report, with a stable code and the span it concerns.

    >>> d = Diagnostic(code="GD301", severity=Severity.WARNING, message="…", span=Span(3, 9))
    >>> d.code, d.severity.value, d.span
    ('GD301', 'warning', Span(start=3, end=9))
    """

    code: str
    severity: Severity
    message: str
    span: Span | None = None
    extractor: str | None = None
    key: str | None = None
    """The record key the diagnostic is about, when there is one."""
    related: tuple[Span, ...] = ()
    """Other places in the text that the finding involves (the prose figure a table disagrees with)."""

    def sort_key(self) -> tuple[int, str, str]:
        """Order by position, then code: the order ``parse()`` reports diagnostics in."""
        return (self.span.start if self.span is not None else -1, self.code, self.key or "")
