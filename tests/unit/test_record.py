from pathlib import Path

import govdisclosure as gd
from govdisclosure.forms import FORM_TABLES
from govdisclosure.record import DATA_DICTIONARY, RECORD_KEYS, render_markdown
from govdisclosure.schema.keys import STAT_KEYS

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "reports" / "county_2022_standard.txt"
REQUIRED = (
    "format", "is_annual_report", "year", "agency", "published", "proactive.total", "proactive.normative_documents",
    "applications.received", "applications.carried_over", "applications.granted", "applications.partially_granted",
    "applications.denied", "applications.carried_forward", "reconsideration.total", "reconsideration.upheld",
    "reconsideration.corrected", "litigation.total", "complaints.total", "fees.total_yuan",
    "table3.denied.state_secret.natural_person", "table3.other.overdue_fee.total", "table3.other.total",
    "table4.litigation_after_review.pending",
)


def test_record_has_exactly_the_dictionary_keys():
    """to_record() emits every dictionary key, in order, whatever was read."""
    record = gd.parse(EXAMPLE.read_text(encoding="utf-8")).to_record()

    assert tuple(record) == RECORD_KEYS
    assert set(REQUIRED) <= set(record)


def test_record_values_are_plain():
    """Counts are ints, money floats or ints in yuan, dates ISO strings; missing values are None."""
    record = gd.parse(EXAMPLE.read_text(encoding="utf-8")).to_record()

    assert record["applications.received"] == 58
    assert record["table2.admin_fees.amount_yuan"] == 3185000
    assert record["published"] == "2023-01-18"
    assert record["complaints.total"] is None


def test_diagnostic_codes_name_the_errors_and_warnings_once_each():
    """The record names each code of error and warning once, sorted; info diagnostics are not named,
    and a report with none of those has no codes."""
    text = ("青禾县2019年政府信息公开工作年度报告\n全年主动公开政府信息1200余条。\n"
            "政府信息公开情况统计表\n主动公开政府信息数 | 条 | 980\n"
            "收到申请数 | 件 | 1x\n其中：当面申请数 | 件 | 1x\n")
    report = gd.parse(text)
    record = report.to_record()
    severe = [d.code for d in report.diagnostics if d.severity is not gd.Severity.INFO]

    assert record["diagnostics.codes"] == " ".join(sorted(set(severe)))
    assert len(severe) > len(set(severe)) >= 2  # a code found twice is named once
    assert record["diagnostics.errors"] + record["diagnostics.warnings"] == len(severe)
    assert gd.parse(EXAMPLE.read_text(encoding="utf-8")).to_record()["diagnostics.codes"] is None


def test_every_form_row_maps_to_a_schema_key():
    """The form vocabulary and the schema agree: each row's cells are record keys."""
    for table in FORM_TABLES:
        for row in table.rows:
            if row.key is None:
                continue
            for column in table.columns_of(row) or (None,):
                key = table.cell_key(row, column)
                assert key in STAT_KEYS, f"{table.name}: {key}"


def test_dictionary_documents_every_key_and_renders():
    """Each entry has a type and a description; the Markdown page lists every key."""
    page = render_markdown()
    for entry in DATA_DICTIONARY:
        assert entry.type in {"int", "float", "str", "bool", "date"}
        assert entry.description
        assert f"`{entry.key}`" in page
    assert "收到申请数" in DATA_DICTIONARY[[e.key for e in DATA_DICTIONARY].index("applications.received")].labels
