"""Read Chinese government information disclosure annual reports (政府信息公开工作年度报告) into
typed data.

>>> import govdisclosure as gd
>>> report = gd.parse("某某县2018年政府信息公开工作年度报告\\n今年共收到政府信息公开申请12件。")
>>> report.statistics.applications.received.value
12
>>> report.to_record()["applications.received"]
12
"""

from typing import TYPE_CHECKING

from govdisclosure._pipeline import parse
from govdisclosure.errors import (
    DecodeError,
    DocumentError,
    ExtractorRegistrationError,
    GovDisclosureError,
    SchemaVersionError,
    UnknownExtractorError,
)
from govdisclosure.extractors.base import Detection, Extraction, Extractor, ExtractorKind
from govdisclosure.registry import register_extractor, registry
from govdisclosure.schema import (
    AnnualReport,
    Diagnostic,
    Form,
    Layout,
    Origin,
    Qualifier,
    Section,
    Severity,
    Span,
    Statistics,
    Topic,
    Value,
)
from govdisclosure.serialize import from_json, to_json

if TYPE_CHECKING:
    from govdisclosure.batch import ParseFailure, ParseResult, iter_parse_many, parse_many
    from govdisclosure.export import to_dataframe
    from govdisclosure.inputs import parse_bytes, parse_docx, parse_file, parse_html, parse_pdf
    from govdisclosure.record import DATA_DICTIONARY

__all__ = [
    "DATA_DICTIONARY",
    "AnnualReport",
    "DecodeError",
    "Detection",
    "Diagnostic",
    "DocumentError",
    "Extraction",
    "Extractor",
    "ExtractorKind",
    "ExtractorRegistrationError",
    "Form",
    "GovDisclosureError",
    "Layout",
    "Origin",
    "ParseFailure",
    "ParseResult",
    "Qualifier",
    "SchemaVersionError",
    "Section",
    "Severity",
    "Span",
    "Statistics",
    "Topic",
    "UnknownExtractorError",
    "Value",
    "__version__",
    "from_json",
    "iter_parse_many",
    "parse",
    "parse_bytes",
    "parse_docx",
    "parse_file",
    "parse_html",
    "parse_many",
    "parse_pdf",
    "register_extractor",
    "registry",
    "to_dataframe",
    "to_json",
]


_LAZY = {
    "DATA_DICTIONARY": "govdisclosure.record",
    "ParseFailure": "govdisclosure.batch",
    "ParseResult": "govdisclosure.batch",
    "iter_parse_many": "govdisclosure.batch",
    "parse_many": "govdisclosure.batch",
    "to_dataframe": "govdisclosure.export",
    "parse_bytes": "govdisclosure.inputs",
    "parse_docx": "govdisclosure.inputs",
    "parse_file": "govdisclosure.inputs",
    "parse_html": "govdisclosure.inputs",
    "parse_pdf": "govdisclosure.inputs",
    "__version__": "govdisclosure._version",
}
"""Names imported on first access: the batch, export, input and record modules (and what they import)
are not needed to parse one text, and ``import govdisclosure`` stays quick without them."""


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'govdisclosure' has no attribute {name!r}"
        raise AttributeError(msg)
    import importlib  # noqa: PLC0415 - only on a lazy name's first access

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
