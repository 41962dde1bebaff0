"""The ``stats_table`` extractor: the pre-2019 statistics forms printed as lines.

Reads the 2014-2018 national 政府信息公开情况统计表 and the 2008-2013 local forms (Shanghai model,
Fujian) in any rendering but pipes (lines ``label [unit] value``, wrapped labels with the value on a
later line, tab or space separated cells, one cell per line, crawler text on one line). The reading
itself is ``govdisclosure.reading.pre2019``; this extractor decides whether the layout is there and
checks the form's 填报日期 against the year reported.

Score: 0.3 plus 0.05 per row read, capped at 1 (three rows, the minimum, score 0.45).
"""

from __future__ import annotations

import attrs

from govdisclosure.extractors.base import Detection, Extraction, ExtractorKind
from govdisclosure.forms import PRE_2019_TABLES
from govdisclosure.reading.emit import emit, form_date_check, table_score
from govdisclosure.schema import Layout, Rendering
from govdisclosure.structure import Document


@attrs.frozen
class StatsTableExtractor:
    """Reads the pre-2019 statistics forms printed as lines (see the module documentation)."""

    name: str = "stats_table"
    kind: ExtractorKind = ExtractorKind.TABLE
    layouts: tuple[Layout, ...] = (Layout.STATS_TABLE,)
    provides: frozenset[str] = frozenset(
        row.key for table in PRE_2019_TABLES for row in table.rows if row.key is not None)

    def detect(self, document: Document) -> Detection | None:
        """A pre-2019 form whose rows are not pipe cells."""
        read = document.pre2019
        if read is None or read.rendering is Rendering.PIPES:
            return None
        return Detection(score=table_score(read), layout=Layout.STATS_TABLE, form=read.table.form, span=read.span)

    def extract(self, document: Document, detection: Detection) -> Extraction:
        """Read every row of the form."""
        read = document.pre2019
        assert read is not None
        out = emit(read, document.source, self.name)
        out.diagnostics.extend(form_date_check(document.source, read, self.name))
        return Extraction.of(out, layout=Layout.STATS_TABLE, form=read.table.form)
