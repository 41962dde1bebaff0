"""`import govdisclosure` stays light: the heavy optional libraries load only when used."""

import json
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "reports" / "county_2022_standard.txt"
HEAVY = ("jieba", "pandas", "numpy", "pyarrow", "tqdm", "dask", "distributed", "matplotlib", "IPython",
         "concurrent.futures.process", "multiprocessing", "pypdf", "openpyxl")


def modules_after(code):
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(set(sys.modules) & set({list(HEAVY)!r}))))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.splitlines()[-1])


def test_import_loads_none_of_the_heavy_libraries():
    """A fresh `import govdisclosure` imports no segmenter, DataFrame, progress, process-pool, cluster or PDF library."""
    assert modules_after("import govdisclosure") == []


def test_parsing_a_table_report_needs_none_of_them():
    """Parsing a report in the standard format, and reading and showing it, imports none of them either."""
    code = ("import govdisclosure as gd\n"
            f"r = gd.parse(open({str(EXAMPLE)!r}, encoding='utf-8').read())\n"
            "r.to_record(); r._repr_html_()")

    assert modules_after(code) == []


def test_the_pattern_engine_loads_with_the_first_pattern_used():
    """`regex` is imported by the first search of a pattern, not by `import govdisclosure` (which
    loading JSON or printing the data dictionary is all that needs)."""
    script = ("import sys, govdisclosure as gd\n"
              "before = 'regex' in sys.modules\n"
              "gd.parse('某县2022年政府信息公开工作年度报告')\n"
              "print(before, 'regex' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)

    assert out.stdout.split() == ["False", "True"]
