"""The checks across years of docs/corpus.md, run as written on the example reports."""

import re
from collections import Counter
from pathlib import Path

import pytest

import govdisclosure as gd

pd = pytest.importorskip("pandas")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "reports"


def recipe() -> str:
    """The Python block of the page's section on checks across years."""
    page = (ROOT / "docs" / "corpus.md").read_text(encoding="utf-8")
    section = page[page.index("### Checks across years"):]
    return re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)


def disagreements(records):
    """The same checks, written as a loop over flat records."""
    reports = [r for r in records if r["is_annual_report"] and r["agency"] and r["year"]]
    counts = Counter((r["agency"], r["year"]) for r in reports)
    by_year = {(r["agency"], r["year"]): r for r in reports if counts[r["agency"], r["year"]] == 1}  # no two of a year
    found = set()
    for (agency, year), record in by_year.items():
        before = by_year.get((agency, year - 1))
        if before is None:
            continue
        pairs = [("carried over", before["applications.carried_forward"], record["applications.carried_over"])]
        for kind in ("regulations", "normative_documents"):
            key = f"table2.{kind}"
            parts = (before[f"{key}.in_force"], record[f"{key}.issued"], record[f"{key}.repealed"])
            expected = None if None in parts else parts[0] + parts[1] - parts[2]
            pairs.append((f"{kind} in force", expected, record[f"{key}.in_force"]))
        found |= {(agency, year, name) for name, expected, got in pairs
                  if expected is not None and got is not None and expected != got}
    return found


def test_the_recipe_finds_what_a_loop_over_the_records_finds():
    """Every pair of consecutive years of one body is compared, and only where both figures are given;
    a year with two reports (here one read twice) is compared with neither year beside it."""
    files = sorted(EXAMPLES.glob("*.txt"))
    results = gd.parse_many([*files, EXAMPLES / "chengzhou_city_2021_standard.txt"], workers=1)
    namespace = {"df": gd.to_dataframe(results)}
    code = recipe().replace("across_years(df)  #", "table = across_years(df)  #")

    exec(compile(code, "docs/corpus.md", "exec"), namespace)
    table = namespace["table"]
    expected = disagreements([r.to_record() for r in results])

    assert list(table.columns) == ["agency", "year", "check", "expected", "found"]
    assert set(zip(table["agency"], table["year"], table["check"], strict=True)) == expected
    assert {"carried over", "regulations in force"} <= {check for _, _, check in expected}
    assert not {year for agency, year, _ in expected if agency == "澄州市人民政府"} & {2021, 2022}
    assert all(table["expected"] != table["found"])
