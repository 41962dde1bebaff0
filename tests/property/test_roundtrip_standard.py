"""Round trip: a random, consistent 2019/2021 report rendered as text parses back to its values."""

from hypothesis import assume, given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports

import govdisclosure as gd


def _mismatches(record, expected, *, precision_only=False):
    wrong = []
    for key, want in expected.items():
        got = record.get(key)
        if got is None and precision_only:
            continue
        if got != want and not (isinstance(want, float) and got is not None and abs(got - want) < 1e-6):
            wrong.append((key, want, got))
    return wrong


@given(standard_reports(renderings=("spaces", "tabs", "lines", "pipes", "pdf")))
@settings(max_examples=80)
def test_standard_reports_parse_back(case):
    """Every cell of tables 二, 三 and 四 is read back in every clean rendering."""
    text, expected, rendering = case
    note(text)

    report = gd.parse(text, strict=True)

    wrong = _mismatches(report.to_record(), {k: v for k, v in expected.items() if k != "format"})
    assert not wrong, (rendering, wrong[:5])
    assert report.layout.value == ("pipe_table" if rendering == "pipes" else expected["format"])
    assert report.form.value == expected["format"]


@given(standard_reports(renderings=("glued",)))
@settings(max_examples=60)
def test_glued_reports_never_give_a_wrong_value(case):
    """In crawler text with glued cells, a value is read only when the form's sums leave one reading."""
    text, expected, _ = case

    report = gd.parse(text, strict=True)

    assert not _mismatches(report.to_record(), expected, precision_only=True)


@given(standard_reports(renderings=("spaces", "tabs")), st.data())
@settings(max_examples=40)
def test_a_corrupted_cell_is_caught(case, data):
    """Changing one printed count of table 三 breaks an identity, and a check says so."""
    text, _, _ = case
    report = gd.parse(text, strict=True)
    values = [v for k, v in report.values() if k.startswith("table3.") and v.origin is gd.Origin.PRINTED]
    assume(values)
    target = data.draw(st.sampled_from(values))
    corrupted = text[: target.span.start] + str(target.value + 1) + text[target.span.end :]

    diagnostics = gd.parse(corrupted, strict=True).diagnostics

    assert any(d.code in ("GD302", "GD303") for d in diagnostics)
