import attrs
import pytest

import govdisclosure as gd
from govdisclosure import structure
from govdisclosure.extractors.base import Detection, Extraction, ExtractorKind
from govdisclosure.registry import ExtractorRegistry, registry
from govdisclosure.schema import Span, Value


@attrs.frozen
class Shouting:
    """A plugin-style extractor that reads one made-up value."""

    name: str = "shouting"
    kind: ExtractorKind = ExtractorKind.PROSE
    layouts: tuple = ()
    provides: frozenset = frozenset({"complaints.total"})

    def detect(self, document):
        return Detection(score=0.9) if "投诉" in document.text else None

    def extract(self, document, detection):
        at = document.text.index("投诉")
        value = Value(value=7, span=Span(at, at + 2), raw="投诉", extractor=self.name)
        return Extraction(values={"complaints.total": value})


def test_builtins_run_in_order():
    """Metadata first, tables next, prose last."""
    assert registry.names() == ("metadata", "standard", "stats_table", "pipe_table", "narrative")


def test_unknown_name_lists_the_available_ones():
    """The error says what would have worked."""
    with pytest.raises(gd.UnknownExtractorError, match="available: metadata"):
        registry.get("pipe-table")


def test_a_registered_extractor_runs_and_stamps_its_values():
    """A downstream extractor registered on a copy runs without touching the default registry."""
    mine = registry.copy()
    mine.register(Shouting())

    report = gd.parse("某局2020年政府信息公开工作年度报告。收到投诉。", using=mine, strict=True)

    assert report.statistics.complaints.total.value == 7
    assert report.statistics.complaints.total.extractor == "shouting"
    assert "shouting" not in registry.names()


def test_registration_is_validated():
    """Missing attributes, bad names, wrong signatures and taken names are refused at once."""
    fresh = ExtractorRegistry()
    with pytest.raises(gd.ExtractorRegistrationError, match="no attribute 'kind'"):
        fresh.register(type("Bare", (), {"name": "bare"})())
    with pytest.raises(gd.ExtractorRegistrationError, match="snake_case"):
        fresh.register(attrs.evolve(Shouting(), name="Bad Name"))
    fresh.register(Shouting())
    fresh.register(Shouting())  # an equal object again is fine
    with pytest.raises(gd.ExtractorRegistrationError, match="already registered"):
        fresh.register(attrs.evolve(Shouting(), provides=frozenset()))


def test_a_crashing_extractor_becomes_a_diagnostic():
    """An exception inside an extractor is reported as GD901, or re-raised with strict=True."""

    @attrs.frozen
    class Broken(Shouting):
        name: str = "broken"

        def extract(self, document, detection):
            raise RuntimeError("boom")

    mine = registry.copy()
    mine.register(Broken())
    text = "收到投诉"

    report = gd.parse(text, using=mine)

    assert [d.code for d in report.diagnostics if d.extractor == "broken"] == ["GD901"]
    with pytest.raises(RuntimeError, match="boom"):
        gd.parse(text, using=mine, strict=True)


def test_choose_extractors_by_name():
    """parse(text, extractors=[...]) runs only those."""
    report = gd.parse("某县2019年政府信息公开工作年度报告\n全年主动公开政府信息共12条。", extractors=["metadata"])

    assert report.metadata.year.value == 2019
    assert report.statistics.proactive.total is None
    assert [r.name for r in report.extractors] == ["metadata"]


def test_a_crash_in_reading_the_tables_becomes_a_diagnostic(monkeypatch):
    """An exception in reading the form tables, which the extractors and the sections share, is
    reported (GD901) and the report still returned: parse never raises on text."""

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(structure, "read_standard", broken)
    text = ("某县2021年政府信息公开工作年度报告\n一、重点工作\n全年主动公开政府信息12条。\n"
            "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1")

    report = gd.parse(text)

    assert {d.extractor for d in report.diagnostics if d.code == "GD901"} >= {"standard", "structure"}
    assert report.metadata.year.value == 2021
    with pytest.raises(RuntimeError, match="boom"):
        gd.parse(text, strict=True)
