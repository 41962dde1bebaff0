"""Visits to the disclosure column, stated in prose: ``专栏访问量达69598人次``."""

from __future__ import annotations

import attrs
import regex

from govdisclosure import Detection, Extraction, ExtractorKind, Layout, Span, Value
from govdisclosure.structure import Document

_VISITS = regex.compile(
    r"(?:专栏|网站|栏目)[^。；，,]{0,12}?(?:访问量|浏览量|点击量)[^0-9。；]{0,4}(?P<n>[0-9]{1,9})\s*人次")


@attrs.frozen
class PageViewsExtractor:
    """Reads ``consultation.page_views`` from a sentence giving the column's visits."""

    name: str = "page_views"
    kind: ExtractorKind = ExtractorKind.PROSE
    layouts: tuple[Layout, ...] = ()
    provides: frozenset[str] = frozenset({"consultation.page_views"})

    def detect(self, document: Document) -> Detection | None:
        """Cheap: is there a sentence about visits at all?"""
        return Detection(score=0.5) if _VISITS.search(document.source.folded) else None

    def extract(self, document: Document, detection: Detection) -> Extraction:
        """The first such figure, with its span."""
        match = _VISITS.search(document.source.folded)
        if match is None:
            return Extraction()
        span = Span(match.start("n"), match.end("n"))
        value = Value(value=int(match.group("n")), span=span, raw=document.text[span.start : span.end],
                      extractor=self.name, unit="人次")
        return Extraction(values={"consultation.page_views": value})
