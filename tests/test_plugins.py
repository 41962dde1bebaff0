"""A downstream package's extractor, found through the entry-point group, runs in parse()."""

import sys
from importlib import metadata
from pathlib import Path

import pytest

import govdisclosure as gd
from govdisclosure.registry import ENTRY_POINT_GROUP, ExtractorRegistry, builtin_extractors

PLUGIN = Path(__file__).resolve().parents[1] / "examples" / "extractor-plugin"


@pytest.fixture
def plugin_on_path(monkeypatch):
    """The example plugin importable and advertised in the entry-point group."""
    monkeypatch.syspath_prepend(str(PLUGIN / "src"))
    entry = metadata.EntryPoint(name="page_views", value="govdisclosure_page_views:PageViewsExtractor",
                                group=ENTRY_POINT_GROUP)
    monkeypatch.setattr(metadata, "entry_points", lambda group=None: [entry] if group == ENTRY_POINT_GROUP else [])
    yield
    sys.modules.pop("govdisclosure_page_views", None)


def test_entry_point_plugin_runs(plugin_on_path):
    """A registry that loads plugins finds the example and parse() stamps its values."""
    mine = ExtractorRegistry(builtin_extractors())

    report = gd.parse("某局2014年政府信息公开工作年度报告。政府信息公开专栏访问量达69598人次。", using=mine, strict=True)

    assert "page_views" in mine.names()
    assert report.statistics.consultation.page_views.value == 69598
    assert report.statistics.consultation.page_views.extractor == "page_views"


def test_plugins_can_be_disabled(plugin_on_path, monkeypatch):
    """GOVDISCLOSURE_DISABLE_PLUGINS=1 leaves plugins out, for reproducible corpus runs."""
    monkeypatch.setenv("GOVDISCLOSURE_DISABLE_PLUGINS", "1")

    assert "page_views" not in ExtractorRegistry(builtin_extractors()).names()


def test_a_broken_plugin_is_reported_not_fatal(monkeypatch):
    """A plugin that fails to import is recorded with a warning; parsing goes on."""
    entry = metadata.EntryPoint(name="broken", value="no_such_module:Nothing", group=ENTRY_POINT_GROUP)
    monkeypatch.setattr(metadata, "entry_points", lambda group=None: [entry])
    mine = ExtractorRegistry(builtin_extractors())

    with pytest.warns(RuntimeWarning, match="broken"):
        names = mine.names()

    assert "broken" not in names
    assert mine.plugin_errors[0][0] == "broken"


def test_the_example_plugins_own_tests(plugin_on_path):
    """The example package's tests pass against this version of the library."""
    assert pytest.main(["-q", "-p", "no:cacheprovider", str(PLUGIN / "tests")]) == 0
