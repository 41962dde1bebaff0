"""JSON out and back, and pickle out and back, are the identity, for any report."""

import copy
import pickle

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


@given(annual_reports())
@settings(max_examples=60)
def test_any_report_pickles_and_copies(report):
    """pickle (every protocol from 2) and deepcopy give back an equal report of the same classes."""
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(report, protocol=protocol))
        assert back == report
        assert type(back.statistics) is type(report.statistics)
    assert copy.deepcopy(report) == report
