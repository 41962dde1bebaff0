"""The typed schema of a parsed report: pure data, importing nothing outside this package."""

from govdisclosure.schema.diagnostic import Diagnostic, Severity
from govdisclosure.schema.report import (
    AnnualReport,
    Cell,
    ExtractorRun,
    Form,
    Layout,
    Metadata,
    Rendering,
    Section,
    Table,
    TableRow,
    Topic,
)
from govdisclosure.schema.spans import Span
from govdisclosure.schema.stats import Statistics
from govdisclosure.schema.values import Origin, Qualifier, Value

__all__ = [
    "AnnualReport",
    "Cell",
    "Diagnostic",
    "ExtractorRun",
    "Form",
    "Layout",
    "Metadata",
    "Origin",
    "Qualifier",
    "Rendering",
    "Section",
    "Severity",
    "Span",
    "Statistics",
    "Table",
    "TableRow",
    "Topic",
    "Value",
]
