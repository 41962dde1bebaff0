"""The parsed report: metadata, sections, statistics, tables found and diagnostics."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from govdisclosure.schema.diagnostic import Diagnostic, Severity
from govdisclosure.schema.spans import Span
from govdisclosure.schema.stats import Statistics, count
from govdisclosure.schema.values import Value


class Layout(str, enum.Enum):
    """How a report prints its statistics (the record's ``format``)."""

    STATS_TABLE = "stats_table"
    """The pre-2019 statistics form printed as plain lines ``label [unit] value``."""
    PIPE_TABLE = "pipe_table"
    """Any statistics table whose cells are separated by ``|``."""
    STANDARD_2019 = "standard_2019"
    """The 2019 national format (tables 二, 三, 四), report years 2019-2020."""
    STANDARD_2021 = "standard_2021"
    """The 2021 revision of the national format, report years 2021 on."""
    NARRATIVE = "narrative"
    """No statistics table: figures only in prose, or none."""


class Form(str, enum.Enum):
    """Which official form the statistics follow, whatever their rendering."""

    LOCAL_2008 = "local_2008"
    """The 2008-2013 local statistics forms (Shanghai model, Fujian, monthly systems)."""
    NATIONAL_2014 = "national_2014"
    """The 2014-2018 national 政府信息公开情况统计表."""
    STANDARD_2019 = "standard_2019"
    STANDARD_2021 = "standard_2021"


class Topic(str, enum.Enum):
    """What a section of the report is about, from its heading and words."""

    OVERVIEW = "overview"
    ORGANISATION = "organisation"
    PROACTIVE = "proactive"
    RESPONSE = "response"
    APPLICATIONS = "applications"
    CONSULTATION = "consultation"
    REVIEW_LITIGATION = "review_litigation"
    COMPLAINTS = "complaints"
    FEES = "fees"
    PLATFORMS = "platforms"
    SUPERVISION = "supervision"
    PROBLEMS = "problems"
    PLANS = "plans"
    OTHER = "other"
    STATISTICS = "statistics"


@attrs.frozen(kw_only=True)
class Section:
    """A numbered section of the report (一、 （一） ㈠ 1. （1）), with its subsections.

    ``heading`` covers the marker and the heading text; ``span`` runs from the heading to the
    start of the next section of the same or a higher level.
    """

    marker: str
    level: int
    title: str
    topic: Topic | None
    heading: Span
    span: Span
    children: tuple[Section, ...] = ()

    def walk(self) -> Iterator[Section]:
        """This section and all its descendants, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()


class Rendering(str, enum.Enum):
    """How the cells of a table were written in the text."""

    PIPES = "pipes"
    TABS = "tabs"
    SPACES = "spaces"
    LINES = "lines"
    """One cell per line."""
    GLUED = "glued"
    """Cells concatenated with no separator."""


@attrs.frozen(kw_only=True)
class Cell:
    """One cell of a table as printed."""

    text: str
    span: Span


CellTuple = tuple[str, int, int]
"""A cell as ``(text, start, end)``."""


def _flat_cells(cells: Iterable[Cell | CellTuple] | tuple[str | int, ...]) -> tuple[str | int, ...]:
    """Cells (``Cell`` objects or ``(text, start, end)`` tuples) as one flat tuple, as ``TableRow`` keeps them;
    a tuple that is already flat is kept as it is.
    """
    if type(cells) is tuple and (not cells or type(cells[0]) is str):  # already flat (attrs.evolve, the readers)
        if len(cells) % 3:
            msg = f"a flat tuple of cells holds (text, start, end) three by three, got {len(cells)} items"
            raise ValueError(msg)
        return cells
    flat: list[str | int] = []
    for cell in cells:
        flat.extend(cell if type(cell) is tuple else (cell.text, cell.span.start, cell.span.end))  # type: ignore[union-attr]
    return tuple(flat)


@attrs.frozen(kw_only=True, repr=False)
class TableRow:
    """One row of a table; ``key`` is the form row it was read as, if any.

    >>> label, value = Cell(text="收到申请数", span=Span(0, 5)), Cell(text="12", span=Span(7, 9))
    >>> row = TableRow(span=Span(0, 9), cells=(label, value))
    >>> row.cells[1]
    Cell(text='12', span=Span(start=7, end=9))
    >>> row.cell_tuples
    (('收到申请数', 0, 5), ('12', 7, 9))

    The cells are kept in one flat tuple, ``(text, start, end, text, start, end, …)``, and made
    into ``Cell`` objects when ``cells`` is read: a report prints hundreds of cells, and a tuple of
    strings and numbers is cheaper to build, to pickle and to hold than two objects a cell (the
    garbage collector does not even track it). ``cells`` also takes ``(text, start, end)`` tuples.
    """

    span: Span
    _cells: tuple[str | int, ...] = attrs.field(converter=_flat_cells, alias="cells")
    key: str | None = None

    @property
    def cells(self) -> tuple[Cell, ...]:
        """The cells, label cell first."""
        return tuple(Cell(text=text, span=Span(start, end)) for text, start, end in self.cell_tuples)

    @property
    def cell_tuples(self) -> tuple[CellTuple, ...]:
        """The cells as ``(text, start, end)`` tuples, without building ``Cell`` objects."""
        flat = iter(self._cells)
        return tuple(zip(flat, flat, flat, strict=True))  # type: ignore[arg-type]

    def __repr__(self) -> str:
        return f"TableRow(span={self.span!r}, cells={self.cells!r}, key={self.key!r})"


def flat_table_row(span: Span, cells: tuple[str | int, ...], key: str | None) -> TableRow:
    """A ``TableRow`` from cells already flat, for the table readers.

    attrs' ``__init__`` sets each slot through ``object.__setattr__`` and runs the converter: twice as
    long, and a report prints a hundred rows.

    >>> flat_table_row(Span(0, 9), ("收到申请数", 0, 5, "12", 7, 9), None).cell_tuples[1]
    ('12', 7, 9)
    """
    row = _new(TableRow)
    _set_row_span(row, span)
    _set_row_cells(row, cells)
    _set_row_key(row, key)
    return row


# the slots' own setters: a frozen class's __setattr__ refuses every assignment
_new = object.__new__
_set_row_span: Callable[[TableRow, Span], None] = TableRow.__dict__["span"].__set__
_set_row_cells: Callable[[TableRow, tuple[str | int, ...]], None] = TableRow.__dict__["_cells"].__set__
_set_row_key: Callable[[TableRow, str | None], None] = TableRow.__dict__["key"].__set__


@attrs.frozen(kw_only=True)
class Table:
    """A table as the parser saw it, kept so that nothing it printed is lost."""

    span: Span
    rendering: Rendering
    rows: tuple[TableRow, ...]
    name: str | None = None
    """The form table it was read as (``table3``, ``stats_2014`` …), if any."""


@attrs.frozen(kw_only=True)
class Metadata:
    """What the report says about itself. Every field is ``None`` when the text does not say."""

    title: Value[str] | None = attrs.field(default=None, metadata={"doc": "title of the report"})
    agency: Value[str] | None = attrs.field(
        default=None, metadata={"doc": "the reporting body, as the report names it"})
    year: Value[int] | None = count("the calendar year whose work the report covers", "年")
    published: Value[dt.date] | None = attrs.field(
        default=None, metadata={"doc": "publication date given by the page (发布时间)"})
    document_number: Value[str] | None = attrs.field(
        default=None, metadata={"doc": "document number (文号), e.g. 桂新广报〔2014〕226号"})
    index_number: Value[str] | None = attrs.field(
        default=None, metadata={"doc": "index number (索引号) of the disclosure catalogue"})
    source: Value[str] | None = attrs.field(
        default=None, metadata={"doc": "source (来源) named by the page"})
    signed: Value[dt.date] | None = attrs.field(
        default=None, metadata={"doc": "the date under the signature or title"})
    period_start: Value[dt.date] | None = attrs.field(
        default=None, metadata={"doc": "first day of the statistical period"})
    period_end: Value[dt.date] | None = attrs.field(
        default=None, metadata={"doc": "last day of the statistical period"})

    def __repr__(self) -> str:
        parts = [f"{f.name}={getattr(self, f.name).value!r}" for f in attrs.fields(Metadata)
                 if getattr(self, f.name) is not None]
        return f"Metadata({', '.join(parts)})"


@attrs.frozen(kw_only=True)
class ExtractorRun:
    """What one extractor made of a report: its detection score and whether it ran."""

    name: str
    score: float
    ran: bool
    values: int = 0
    """How many values it produced (before merging)."""


@attrs.frozen(kw_only=True)
class AnnualReport:
    """A parsed 政府信息公开工作年度报告.

    >>> import govdisclosure as gd
    >>> report = gd.parse("某某县2018年政府信息公开工作年度报告\\n今年主动公开政府信息共138条。")
    >>> report.metadata.year.value
    2018
    >>> report.statistics.proactive.total.value
    138
    >>> report.to_record()["proactive.total"]
    138
    """

    metadata: Metadata = attrs.field(factory=Metadata)
    is_annual_report: bool | None = None
    layout: Layout = Layout.NARRATIVE
    form: Form | None = None
    sections: tuple[Section, ...] = ()
    statistics: Statistics = attrs.field(factory=Statistics)
    tables: tuple[Table, ...] = attrs.field(default=(), repr=False)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), repr=False)
    extractors: tuple[ExtractorRun, ...] = attrs.field(default=(), repr=False)
    text: str = attrs.field(default="", repr=False)

    def __repr__(self) -> str:
        meta = self.metadata
        title = meta.title.value if meta.title else None
        agency = meta.agency.value if meta.agency else None
        year = meta.year.value if meta.year else None
        counts = {s: sum(1 for d in self.diagnostics if d.severity is s) for s in Severity}
        return (f"AnnualReport(title={title!r}, agency={agency!r}, year={year!r}, "
                f"layout={self.layout.value}, values={sum(1 for _ in self.values())}, "
                f"errors={counts[Severity.ERROR]}, warnings={counts[Severity.WARNING]})")

    def values(self) -> Iterator[tuple[str, Value[Any]]]:
        """Every value read, with its record key, in data-dictionary order."""
        from govdisclosure.record import iter_values  # noqa: PLC0415 - the sanctioned upward reference

        return iter_values(self)

    def get(self, key: str) -> Value[Any] | None:
        """The value stored under a record key (``"applications.received"``), or ``None``."""
        for name, value in self.values():
            if name == key:
                return value
        return None

    def quote(self, item: Value[Any] | Diagnostic | Span, context: int = 0) -> str:
        """The text a value, diagnostic or span rests on, with ``context`` characters around it."""
        span = item if isinstance(item, Span) else item.span
        if span is None:
            return ""
        return self.text[max(0, span.start - context) : span.end + context]

    def to_record(self) -> dict[str, object]:
        """A flat ``dict`` keyed by the data dictionary (see ``govdisclosure.record``)."""
        from govdisclosure.record import to_record  # noqa: PLC0415 - the sanctioned upward reference

        return to_record(self)

    def _repr_html_(self) -> str:
        from govdisclosure.display import report_html  # noqa: PLC0415 - the sanctioned upward reference

        return report_html(self)

