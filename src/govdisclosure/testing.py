"""Helpers for testing extractors, ours and downstream ones.

>>> import govdisclosure as gd
>>> report = gd.parse("某县2019年政府信息公开工作年度报告\\n全年主动公开政府信息共12条。")
>>> assert_grounded(report)
>>> _ = check_extractor("narrative", "全年主动公开政府信息共12条。", {"proactive.total": 12})
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from govdisclosure._pipeline import parse
from govdisclosure.registry import ExtractorRegistry, builtin_extractors
from govdisclosure.schema import AnnualReport


def assert_grounded(report: AnnualReport) -> None:
    """Every value's ``raw`` is the text at its span, and every span lies inside the text."""
    text = report.text
    for key, value in report.values():
        span = value.span
        if not 0 <= span.start <= span.end <= len(text):
            msg = f"{key}: span {span.start}:{span.end} is outside the text ({len(text)} characters)"
            raise AssertionError(msg)
        if text[span.start : span.end] != value.raw:
            msg = f"{key}: raw {value.raw!r} is not the text at its span {text[span.start : span.end]!r}"
            raise AssertionError(msg)
    for item in report.diagnostics:
        if item.span is not None and not 0 <= item.span.start <= item.span.end <= len(text):
            msg = f"diagnostic {item.code}: span outside the text"
            raise AssertionError(msg)


def check_extractor(
    extractor: Any,
    text: str,
    expected: Mapping[str, object],
    *,
    using: ExtractorRegistry | None = None,
) -> AnnualReport:
    """Parse ``text`` with the metadata extractor and ``extractor`` only, and compare the record.

    ``extractor`` is a built-in's name or an extractor object; it runs on a registry of the
    built-ins only (installed plugins left out), unless ``using`` is given. Each key of
    ``expected`` must have that value in ``to_record()``, and the report's values must be grounded.
    Returns the report for further checks.
    """
    chosen = using or ExtractorRegistry(builtin_extractors(), plugins=False)
    if not isinstance(extractor, str):
        chosen.register(extractor, replace=True)
        extractor = extractor.name
    names = ["metadata", extractor] if extractor != "metadata" else ["metadata"]
    report = parse(text, extractors=names, strict=True, using=chosen)
    assert_grounded(report)
    record = report.to_record()
    wrong = {key: (want, record.get(key)) for key, want in expected.items() if record.get(key) != want}
    if wrong:
        lines = ", ".join(f"{k}: expected {w!r}, got {g!r}" for k, (w, g) in wrong.items())
        msg = f"{extractor} read {lines}"
        raise AssertionError(msg)
    return report
