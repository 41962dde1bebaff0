"""Read Chinese government information disclosure annual reports (政府信息公开工作年度报告) into
typed data.

>>> import govdisclosure as gd
>>> report = gd.parse("某某县2018年政府信息公开工作年度报告\\n今年共收到政府信息公开申请12件。")
>>> report.statistics.applications.received.value
12
>>> report.to_record()["applications.received"]
12
"""

from govdisclosure._pipeline import parse
from govdisclosure.batch import ParseFailure, ParseResult, iter_parse_many, parse_many
from govdisclosure.errors import (
    DecodeError,
    ExtractorRegistrationError,
    GovDisclosureError,
    SchemaVersionError,
    UnknownExtractorError,
)
from govdisclosure.export import to_dataframe
from govdisclosure.extractors.base import Detection, Extraction, Extractor, ExtractorKind
from govdisclosure.inputs import parse_bytes, parse_file, parse_html
from govdisclosure.record import DATA_DICTIONARY
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

__all__ = [
    "DATA_DICTIONARY",
    "AnnualReport",
    "DecodeError",
    "Detection",
    "Diagnostic",
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
    "parse_file",
    "parse_html",
    "parse_many",
    "register_extractor",
    "registry",
    "to_dataframe",
    "to_json",
]


def __getattr__(name: str) -> str:
    if name == "__version__":
        from govdisclosure._version import __version__  # noqa: PLC0415 - read only when asked

        return __version__
    msg = f"module 'govdisclosure' has no attribute {name!r}"
    raise AttributeError(msg)
