"""The ``standard`` extractor: tables 二, 三 and 四 of the 2019 and 2021 national formats.

Reads every textual rendering but pipes: one cell per line, tab or space separated cells, PDF text
with wrapped labels and page footers, and crawler text whose cells are glued together (split by the
form's sums, see ``govdisclosure.reading.digits``). The version is told by content
(``govdisclosure.reading.standard.decide_version``). Cross-layout keys (``applications.received`` …)
are filled from the tables per ``forms.standard.CROSS_KEYS``.

Score: 0.5 plus 0.02 per row read, capped at 1; a blank template scores 0.5 so that its diagnostic
is reported, and yields no values.
"""

from __future__ import annotations

import attrs

from govdisclosure.extractors.base import Detection, Extraction, ExtractorKind
from govdisclosure.forms import STANDARD_TABLES
from govdisclosure.forms.standard import CROSS_KEYS
from govdisclosure.reading.emit import emit_standard, mostly_pipes, standard_score
from govdisclosure.schema import Form, Layout, Span
from govdisclosure.structure import Document

LAYOUT_OF = {Form.STANDARD_2019: Layout.STANDARD_2019, Form.STANDARD_2021: Layout.STANDARD_2021}


@attrs.frozen
class StandardExtractor:
    """Reads the 2019/2021 standard tables in every rendering but pipes."""

    name: str = "standard"
    kind: ExtractorKind = ExtractorKind.TABLE
    layouts: tuple[Layout, ...] = (Layout.STANDARD_2019, Layout.STANDARD_2021)
    provides: frozenset[str] = frozenset(
        {row.key for table in STANDARD_TABLES for row in table.rows if row.key is not None}
        | {key for key, _ in CROSS_KEYS})

    def detect(self, document: Document) -> Detection | None:
        """Tables 三 or 四 of the standard formats, not written as pipe tables."""
        read = document.standard
        if read is None or mostly_pipes(read):
            return None
        span = Span.covering(t.span for t in read.tables)
        return Detection(score=standard_score(read), layout=LAYOUT_OF[read.form], form=read.form, span=span)

    def extract(self, document: Document, detection: Detection) -> Extraction:
        """Read tables 二, 三, 四."""
        read = document.standard
        assert read is not None
        out = emit_standard(document.source, read, self.name)
        return Extraction.of(out, layout=LAYOUT_OF[read.form], form=read.form)
