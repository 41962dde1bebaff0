"""Milliseconds per document for each layout and rendering, on synthetic reports.

Reports are drawn with the test suite's renderers (``tests/strategies.py``): internally
consistent tables written as lines, tabs, one cell per line, pipes, PDF-like text and glued crawler
text. Each line prints the median and 90th percentile parse time, the characters per report, and
the ratio to one ``regex`` pass over the same texts (``\\d+``, all matches consumed: the floor).

Run from the project root: ``python benchmarks/bench_layouts.py [--reports N]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import regex
from hypothesis import HealthCheck, Phase, given, seed, settings

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.strategies import standard_reports, stats_reports

import govdisclosure as gd

_DIGITS = regex.compile(r"\d+")


def draw(strategy: object, count: int) -> list[str]:
    """``count`` report texts from a strategy (deterministic)."""
    texts: list[str] = []

    @seed(20261123)
    @settings(max_examples=count, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def collect(case: tuple[str, dict[str, object], str]) -> None:
        texts.append(case[0])

    collect()
    return texts[:count]


def timed(function: object, texts: list[str], repeat: int = 3) -> list[float]:
    """The best of ``repeat`` runs of ``function(text)`` for each text, in milliseconds."""
    out = []
    for text in texts:
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            function(text)  # type: ignore[operator]
            best = min(best, time.perf_counter() - start)
        out.append(best * 1000)
    return out


def main() -> None:
    """Print one line per layout and rendering."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=40, help="reports per layout and rendering")
    args = parser.parse_args()
    cases = [(f"standard {r}", standard_reports(renderings=(r,)))
             for r in ("spaces", "tabs", "lines", "pipes", "pdf", "glued")]
    cases += [(f"stats_table {r}", stats_reports(renderings=(r,)))
              for r in ("lines", "tabs", "wrapped", "pipes", "oneline", "glued")]
    print(f"{'layout / rendering':24s} {'median ms':>10s} {'p90 ms':>8s} {'chars':>7s} {'× floor':>8s}")
    for name, strategy in cases:
        texts = draw(strategy, args.reports)
        parse_ms = timed(gd.parse, texts)
        floor_ms = timed(lambda t: sum(1 for _ in _DIGITS.finditer(t)), texts)
        median = statistics.median(parse_ms)
        p90 = statistics.quantiles(parse_ms, n=10)[-1]
        chars = statistics.median(len(t) for t in texts)
        print(f"{name:24s} {median:10.2f} {p90:8.2f} {chars:7.0f} {median / statistics.median(floor_ms):8.0f}")


if __name__ == "__main__":
    main()
