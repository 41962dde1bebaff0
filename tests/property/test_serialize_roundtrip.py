"""JSON out and back is the identity, for any report."""

from hypothesis import given, settings
from tests.strategies import annual_reports, standard_reports

import govdisclosure as gd
from govdisclosure.serialize import structure, unstructure


@given(annual_reports())
@settings(max_examples=60)
def test_any_report_round_trips(report):
    """structure(unstructure(report)) == report and from_json(to_json(report)) == report."""
    assert structure(unstructure(report)) == report
    assert gd.from_json(gd.to_json(report)) == report


@given(standard_reports(renderings=("tabs", "glued")))
@settings(max_examples=20)
def test_parsed_reports_round_trip(case):
    """Reports as parse() builds them (tables, diagnostics, derived values) survive JSON."""
    report = gd.parse(case[0])

    assert gd.from_json(gd.to_json(report)) == report
