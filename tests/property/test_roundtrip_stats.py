"""Round trip: random pre-2019 statistics forms rendered as text parse back to their values."""

import re

from hypothesis import assume, given, note, settings
from hypothesis import strategies as st
from tests.strategies import (
    STATS_RENDERINGS,
    form_truths,
    fujian_reports,
    metadata_truths,
    stats_report_text,
    stats_reports,
    wrong_values,
)

import govdisclosure as gd
from govdisclosure.forms.local_2008 import SHANGHAI_MODEL
from govdisclosure.forms.national_2014 import NATIONAL_2014


@given(stats_reports(renderings=STATS_RENDERINGS))
@settings(max_examples=80)
def test_stats_forms_parse_back(case):
    """Every row of the 2014 national form and the 2008-2013 form is read back; blanks stay empty."""
    text, expected, rendering = case

    report = gd.parse(text, strict=True)

    assert not wrong_values(report.to_record(), expected), rendering
    assert report.layout.value == expected["format"]


@given(stats_reports(renderings=("glued",)))
@settings(max_examples=40)
def test_glued_forms_give_no_wrong_value(case):
    """Crawler text with every cell glued to the next: whatever is read is right."""
    text, expected, _ = case

    assert not wrong_values(gd.parse(text, strict=True).to_record(), expected, precision_only=True)


@given(fujian_reports())
@settings(max_examples=40)
def test_year_column_is_read_never_the_cumulative(case):
    """Forms with the year's figure beside a running total since 2008 give the year's figure."""
    text, expected, _ = case

    report = gd.parse(text, strict=True)

    assert not wrong_values(report.to_record(), expected)
    assert any(d.code == "GD209" for d in report.diagnostics)


@given(fujian_reports())
@settings(max_examples=40)
def test_crawler_text_gluing_the_year_to_its_running_total_reads_no_sum_of_both(case):
    """Crawler text with every space and line break taken out (指标名称计量单位2014年度历年累计主动公开
    文件数条254378967其中：…): the year's figure and the running total stand glued, so which digits
    are the year's is not known; nothing is read wrong."""
    text, expected, _ = case
    glued = "".join(text.replace("|", "").split())
    note(glued)

    record = gd.parse(glued, strict=True).to_record()

    assert not wrong_values(record, expected, precision_only=True)


@given(st.data())
@settings(max_examples=30)
def test_lines_and_pipes_give_equal_statistics(data):
    """The same report written as lines and as a pipe table gives the same statistics."""
    table = data.draw(st.sampled_from([NATIONAL_2014, SHANGHAI_MODEL]))
    meta = data.draw(metadata_truths((2010, 2016)))
    truth = data.draw(form_truths(table))
    records = []
    for rendering in ("lines", "pipes"):
        text, _, _ = data.draw(stats_report_text(table, meta, truth, rendering))
        record = gd.parse(text, strict=True).to_record()
        records.append({k: v for k, v in record.items() if "." in k and not k.startswith("diagnostics.")})

    assert records[0] == records[1]


@given(stats_reports(renderings=("lines", "unit_lines")), st.data())
@settings(max_examples=60)
def test_a_row_without_its_value_never_takes_the_next_unknown_rows(case, data):
    """A row printed without its value, followed by a numbered row the forms do not know
    (``（一）收到申请数`` / ``1.某某事项数 7``): the row is left empty, never given the unknown row's
    number or value."""
    text, expected, _ = case
    lines = text.split("\n")
    start = lines.index("一是公开内容不够全面。")  # the form follows (stats_report_text)
    rows = [i for i in range(start, len(lines)) if re.fullmatch(r"(?:（[一二三四五六七八九十]+）|[0-9]+\.)?\D+\s+[0-9０-９]+",
                                                                  lines[i])]
    assume(rows)
    at = data.draw(st.sampled_from(rows))
    number = data.draw(st.integers(1, 9))
    value = data.draw(st.integers(100, 999))
    lines[at] = re.sub(r"\s+[0-9０-９]+$", "", lines[at])
    lines.insert(at + 1, f"{number}.某某未列明事项数 {value}")
    mutated = "\n".join(lines)
    note(mutated)

    wrong = wrong_values(gd.parse(mutated, strict=True).to_record(), expected, precision_only=True)

    assert not [w for w in wrong if w[2] in (number, value)], wrong
