"""The typed schema of a parsed report: pure data, importing nothing outside this package."""

import attrs

from govdisclosure.schema import diagnostic, keys, report, spans, stats, values
from govdisclosure.schema._pickling import install
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

for _module in (diagnostic, keys, report, spans, stats, values):  # every class of the schema
    for _cls in vars(_module).values():
        if isinstance(_cls, type) and attrs.has(_cls) and _cls.__module__ == _module.__name__:
            install(_cls)
del _module, _cls
