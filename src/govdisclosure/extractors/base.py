"""The extractor protocol: what an extractor declares, what ``detect`` and ``extract`` return.

An extractor is a small object (a frozen attrs class whose fields are its options) with:

- ``name``: a stable snake_case id, stamped on every value it produces and used as its entry-point name;
- ``kind``: ``metadata`` (always runs), ``table`` (runs when it detects its layout), or ``prose``
  (runs last and fills what the tables left empty);
- ``layouts``: the layouts it can report (empty for metadata);
- ``provides``: the record keys it can fill;
- ``detect(document)``: cheap and pure, ``None`` or a ``Detection`` saying how sure it is;
- ``extract(document, detection)``: the values, tables and diagnostics it read.

Extractors never call each other; they share ``govdisclosure.reading`` and the document's cached
structure.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

import attrs

from govdisclosure.reading.emit import Emitted
from govdisclosure.schema import Diagnostic, Form, Layout, Span, Table, Value
from govdisclosure.structure import Document

MIN_SCORE = 0.3
"""Detections scoring below this do not run: a label or two quoted in prose scores lower."""


class ExtractorKind(str, enum.Enum):
    """When an extractor runs."""

    METADATA = "metadata"
    TABLE = "table"
    PROSE = "prose"


@attrs.frozen(kw_only=True)
class Detection:
    """An extractor's answer to "is my layout here, where, how sure?"."""

    score: float
    """0 to 1."""
    layout: Layout | None = None
    form: Form | None = None
    span: Span | None = None
    evidence: tuple[Span, ...] = ()


@attrs.frozen(kw_only=True)
class Extraction:
    """What an extractor read.

    ``claimed`` are the record keys it examined whether or not it could fill them: a key a table
    claimed and left empty (an ambiguous glued row) is not filled from prose later (``GD306``).
    """

    values: Mapping[str, Value[Any]] = attrs.field(factory=dict)
    diagnostics: tuple[Diagnostic, ...] = ()
    tables: tuple[Table, ...] = ()
    claimed: frozenset[str] = frozenset()
    layout: Layout | None = None
    form: Form | None = None
    is_annual_report: bool | None = None

    @classmethod
    def of(cls, out: Emitted, *, layout: Layout | None, form: Form | None) -> Extraction:
        """An extraction holding what a table reader emitted."""
        return cls(values=out.values, diagnostics=tuple(out.diagnostics), tables=tuple(out.tables),
                   claimed=frozenset(out.claimed), layout=layout, form=form)


@runtime_checkable
class Extractor(Protocol):
    """The protocol every extractor follows (see the module documentation)."""

    @property
    def name(self) -> str:
        """Stable snake_case id."""
        ...

    @property
    def kind(self) -> ExtractorKind:
        """When it runs."""
        ...

    @property
    def layouts(self) -> tuple[Layout, ...]:
        """The layouts it can report."""
        ...

    @property
    def provides(self) -> frozenset[str]:
        """The record keys it can fill."""
        ...

    def detect(self, document: Document) -> Detection | None:
        """Cheap and pure: is the layout here, and how sure is the extractor."""
        ...

    def extract(self, document: Document, detection: Detection) -> Extraction:
        """Read the values."""
        ...
