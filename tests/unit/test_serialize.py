import json
from pathlib import Path

import pytest

import govdisclosure as gd

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "reports" / "county_2022_standard.txt"


def test_json_round_trip_is_lossless():
    """A report survives JSON and back unchanged: spans, dates, enums, money, diagnostics."""
    report = gd.parse(EXAMPLE.read_text(encoding="utf-8"))

    text = gd.to_json(report)

    assert gd.from_json(text) == report
    data = json.loads(text)
    assert data["schema_version"] == 1
    assert data["metadata"]["published"]["value"] == "2023-01-18"
    assert data["layout"] == "standard_2021"


def test_wrong_version_and_bad_data_raise_typed_errors():
    """Loading data of another schema version or shape raises SchemaVersionError, saying why."""
    report = gd.parse("某县2019年政府信息公开工作年度报告")
    data = json.loads(gd.to_json(report))

    with pytest.raises(gd.SchemaVersionError, match="schema_version 99"):
        gd.from_json(json.dumps({**data, "schema_version": 99}))
    with pytest.raises(gd.SchemaVersionError, match="does not fit"):
        gd.from_json(json.dumps({**data, "layout": "no_such_layout"}))
