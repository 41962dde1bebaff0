"""The dev-corpus gate: no wrong value anywhere, and recall per format above its floor.

Reads ``../shared/corpus/dev`` when it is beside the project (skips otherwise). It guards against
regressions; it is not a target to tune against (see ``baseline.json``).
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import govdisclosure as gd

BASELINE = json.loads((Path(__file__).parent / "baseline.json").read_text(encoding="utf-8"))
TABLE3_COLUMNS = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org",
                  "total")
TABLE4_COLUMNS = ("upheld", "corrected", "other", "pending", "total")
META = ("format", "is_annual_report", "year", "agency", "published")


def gold_values(gold: dict[str, Any]) -> dict[str, Any]:
    out = {k: gold[k] for k in META if gold.get(k) is not None}
    out.update({k: v for k, v in (gold.get("stats") or {}).items() if v is not None})
    for table, columns in (("table3", TABLE3_COLUMNS), ("table4", TABLE4_COLUMNS)):
        for row, cells in (gold.get(table) or {}).items():
            out.update({f"{table}.{row}.{c}": v for c, v in zip(columns, cells, strict=False) if v is not None})
    return out


def same(key: str, want: Any, got: Any) -> bool:
    if isinstance(want, list):
        return any(same(key, w, got) for w in want)
    if got is None:
        return False
    if key == "agency":
        a = "".join(unicodedata.normalize("NFKC", str(want)).split())
        b = "".join(unicodedata.normalize("NFKC", str(got)).split())
        return bool(a) and bool(b) and (a in b or b in a)
    if isinstance(want, bool) or isinstance(got, bool):
        return want is got
    if isinstance(want, int | float):
        return abs(float(got) - float(want)) < 1e-6
    return "".join(str(want).split()) == "".join(str(got).split())


def test_dev_corpus_gate(corpus_dir: Path):
    """No wrong value on the real reports, and recall per format at or above the baseline."""
    right: dict[str, int] = defaultdict(int)
    labelled: dict[str, int] = defaultdict(int)
    wrong: list[str] = []
    for gold_path in sorted(corpus_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
        record = gd.parse(text, strict=True).to_record()
        fmt = gold.get("format") or "?"
        fmt = fmt[0] if isinstance(fmt, list) else fmt
        for key, want in gold_values(gold).items():
            group = "meta" if key in META else fmt
            labelled[group] += 1
            got = record.get(key)
            if same(key, want, got):
                right[group] += 1
            elif got is not None:
                wrong.append(f"{gold_path.stem} {key}: want {want!r}, got {got!r}")
    assert len(wrong) <= BASELINE["max_wrong"], "\n".join(wrong)
    for group, floor in BASELINE["recall"].items():
        if labelled[group]:
            assert right[group] / labelled[group] >= floor, f"{group}: {right[group]}/{labelled[group]}"
