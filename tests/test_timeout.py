"""The last guard: a pattern that runs out of time becomes ``GD505`` and empty values, never a traceback."""

from pathlib import Path

import attrs
import pytest
import regex

import govdisclosure as gd
from govdisclosure.extractors.base import Detection, Extraction, ExtractorKind
from govdisclosure.registry import ExtractorRegistry, builtin_extractors
from govdisclosure.text import patterns

REPORT = (Path(__file__).resolve().parents[1] / "examples" / "reports" / "county_2022_standard.txt").read_text(
    encoding="utf-8")


def codes(report: gd.AnnualReport) -> list[str]:
    return [d.code for d in report.diagnostics]


@attrs.frozen
class RunawayExtractor:
    """An extractor whose pattern always runs out of time."""

    name: str = "runaway"
    kind: ExtractorKind = ExtractorKind.PROSE
    layouts: tuple[gd.Layout, ...] = ()
    provides: frozenset[str] = frozenset({"consultation.page_views"})

    def detect(self, document) -> Detection:
        return Detection(score=0.9)

    def extract(self, document, detection) -> Extraction:
        regex.compile(r"[0-9]").search(document.source.folded * 50, timeout=0)
        return Extraction()


def test_a_timed_out_extractor_is_a_diagnostic_and_the_rest_is_read():
    """The extractor's timeout becomes GD505 naming it; the other extractors' values stand."""
    mine = ExtractorRegistry([*builtin_extractors(), RunawayExtractor()])

    report = gd.parse(REPORT, using=mine)

    [timeout] = [d for d in report.diagnostics if d.code == "GD505"]
    assert "runaway extract" in timeout.message
    assert "GD901" not in codes(report)
    assert report.statistics.applications.received.value == 58


def test_strict_parsing_raises_the_timeout():
    """``strict=True`` lets the TimeoutError through, for extractor authors."""
    mine = ExtractorRegistry([*builtin_extractors(), RunawayExtractor()])

    with pytest.raises(TimeoutError):
        gd.parse(REPORT, using=mine, strict=True)


@pytest.mark.parametrize("text", [REPORT, REPORT * 20, "收到申请12件", "一、" * 5000])
def test_with_no_time_at_all_parse_still_returns_a_report(monkeypatch, text):
    """With every guarded pattern's budget at zero, parse is still total: a report, GD505 for each step
    stopped, and nothing read by those steps (metadata, prose)."""
    monkeypatch.setattr(patterns, "GUARD_FROM_CHARS", 0)
    monkeypatch.setattr(patterns, "TIMEOUT_SECONDS", 0.0)
    monkeypatch.setattr(patterns, "TIMEOUT_SECONDS_PER_MB", 0.0)

    report = gd.parse(text)

    stopped = {d.message.rsplit("(", 1)[-1].rstrip(")") for d in report.diagnostics if d.code == "GD505"}
    assert report.text == text
    assert {"metadata extract", "narrative extract"} <= stopped
    assert report.metadata.title is None
    assert report.metadata.year is None
    assert report.statistics.proactive.total is None


def test_the_guard_does_not_fire_on_reports():
    """The default budget leaves every realistic report alone."""
    report = gd.parse(REPORT * 20)

    assert "GD505" not in codes(report)
    assert report.statistics.applications.received.value == 58


def test_lazy_patterns_pass_a_timeout_proportional_to_the_string(monkeypatch):
    """A call on a long string gets the base budget plus the per-MB budget for its length (sub: its second
    argument; search: of ``[pos, endpos)``); a short string, or a short range of a long one, none."""
    seen = []
    pattern = patterns.lazy_pattern(r"[0-9]")
    pattern.search("1")  # compiled and bound
    monkeypatch.setattr(patterns, "TIMEOUT_SECONDS", 1.0)
    monkeypatch.setattr(patterns, "TIMEOUT_SECONDS_PER_MB", 2.0)
    original = regex.compile(r"[0-9]")
    for name in ("search", "sub"):
        method = getattr(original, name)

        def spy(*args, _method=method, **kwargs):
            seen.append(kwargs.get("timeout"))
            return _method(*args, **kwargs)

        monkeypatch.setattr(pattern, name, patterns._with_timeout(spy, name == "sub", name == "search"))

    long = "x" * 500_000
    pattern.search(long)
    pattern.sub("y", "x" * 250_000)
    pattern.search("x" * (patterns.GUARD_FROM_CHARS - 1))
    pattern.search(long, 100, 400)  # a few hundred characters of a long string: a short search
    pattern.search(long, 250_000)
    pattern.search(long, endpos=125_000)
    pattern.search(long, 0, 1_000_000)  # endpos past the end: the whole string

    assert seen == [pytest.approx(2.0), pytest.approx(1.5), None, None, pytest.approx(1.5), pytest.approx(1.25),
                    pytest.approx(2.0)]
