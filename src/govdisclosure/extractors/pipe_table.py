"""The ``pipe_table`` extractor: any official form written as a table with ``|`` between cells.

Pages converted to Markdown, tables pasted from Word and many HTML and PDF converters write
tables as pipe rows (``主动公开信息数 | 条 | 138 |``). The rows are found by their labels, exactly
as in the other renderings (the form tables in ``govdisclosure.forms`` are shared), and the cells
are the pipe cells: an empty cell is a blank cell, a trailing ``|`` ends the row, header rows say
which columns hold the year's figures. The same report written as lines and as pipes gives equal
statistics.

Score: as ``stats_table`` and ``standard`` for the form it finds, plus 0.05, so that a form written
as a pipe table is reported as ``pipe_table``.
"""

from __future__ import annotations

import attrs

from govdisclosure.extractors.base import Detection, Extraction, ExtractorKind
from govdisclosure.forms import FORM_TABLES
from govdisclosure.forms.standard import CROSS_KEYS
from govdisclosure.reading.emit import emit, emit_standard, form_date_check, mostly_pipes, standard_score, table_score
from govdisclosure.schema import Layout, Rendering
from govdisclosure.structure import Document

PIPE_BONUS = 0.05


@attrs.frozen
class PipeTableExtractor:
    """Reads any official form written as a pipe table."""

    name: str = "pipe_table"
    kind: ExtractorKind = ExtractorKind.TABLE
    layouts: tuple[Layout, ...] = (Layout.PIPE_TABLE,)
    provides: frozenset[str] = frozenset(
        {row.key for table in FORM_TABLES for row in table.rows if row.key is not None}
        | {key for key, _ in CROSS_KEYS})

    def detect(self, document: Document) -> Detection | None:
        """A pre-2019 form or the standard tables whose cells are pipe cells."""
        pre = document.pre2019
        if pre is not None and pre.rendering is Rendering.PIPES:
            return Detection(score=min(1.0, table_score(pre) + PIPE_BONUS), layout=Layout.PIPE_TABLE,
                             form=pre.table.form, span=pre.span)
        standard = document.standard
        if standard is not None and mostly_pipes(standard):
            return Detection(score=min(1.0, standard_score(standard) + PIPE_BONUS), layout=Layout.PIPE_TABLE,
                             form=standard.form)
        return None

    def extract(self, document: Document, detection: Detection) -> Extraction:
        """Read the pipe table's rows."""
        pre = document.pre2019
        if pre is not None and pre.rendering is Rendering.PIPES:
            out = emit(pre, document.source, self.name)
            out.diagnostics.extend(form_date_check(document.source, pre, self.name))
            return Extraction.of(out, layout=Layout.PIPE_TABLE, form=pre.table.form)
        standard = document.standard
        assert standard is not None
        return Extraction.of(emit_standard(document.source, standard, self.name), layout=Layout.PIPE_TABLE,
                             form=standard.form)
