"""How fast govdisclosure reads a corpus, beside two baselines measured in the same run.

For each corpus (the labelled dev corpus beside the project when it is there, and a synthetic
corpus of invented reports written by ``examples/make_reports.py`` with varied figures) it prints:

- milliseconds of CPU per report (median and 90th percentile) and MB/s of UTF-8 text, one process;
- the same for one ``regex`` pass over the digits (``regex.finditer(r"\\d+", text)``, every match
  consumed: the floor any parser pays to look at the numbers) and for ``jieba.lcut`` (what a naive
  script does first), and the ratios to them (per report, then the median). ``parse`` and the
  floor take turns on each text; jieba runs in a pass of its own after them;
- the time to pickle a parsed report and load it back (what a worker pays to send a report home);
- peak memory (RSS) of a process that parses the corpus one report at a time, and what holding
  parsed reports in a list costs (memory and garbage-collector time, ``--holding-count`` of them);
- the speed-up of ``parse_many`` on every core over ``parse_many(workers=1)`` on the same texts
  (``--speedup-count`` of them; a smaller corpus is repeated to that many), and the same when the
  workers send back flat records instead of whole reports, as the command line does.

Once per run: the cold ``import govdisclosure`` time (fresh interpreters, median of several).

    python benchmarks/bench_corpus.py                 # dev corpus + 10,000 synthetic reports
    python benchmarks/bench_corpus.py --count 1000    # a quicker run
    python benchmarks/bench_corpus.py --json out.json # the figures as JSON too

Timings depend on the machine and on what else runs on it: the load average before and after
is printed, and comparisons are meant within one run.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import pickle
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
HEAVY = ("jieba", "pandas", "numpy", "pyarrow", "tqdm", "dask", "pypdf")


def load_make_reports() -> Any:
    spec = importlib.util.spec_from_file_location("make_reports", ROOT / "examples" / "make_reports.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_reports"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def corpus(kind: str, count: int, folder: Path) -> list[str]:
    if kind == "dev":
        return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    return list(load_make_reports().synthetic(count, seed=2024))


def time_each(functions: Sequence[Callable[[str], object]], texts: Sequence[str]) -> list[list[float]]:
    """CPU seconds per text for each function, the functions taking turns on each text.

    CPU time of this process (``time.process_time``), not wall time: on a machine shared with
    other work it still measures the work done, and taking turns exposes every function to the
    same conditions, so their ratios hold.
    """
    times: list[list[float]] = [[] for _ in functions]
    clock = time.process_time
    for text in texts:
        for function, bucket in zip(functions, times, strict=True):
            started = clock()
            function(text)
            bucket.append(clock() - started)
    return times


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def regex_pass(text: str) -> int:
    import regex

    return sum(1 for _ in regex.finditer(r"\d+", text))


def import_time(runs: int) -> dict[str, Any]:
    """Cold ``import govdisclosure`` in fresh interpreters: median of ``runs`` after one warm-up.

    As installed packages are imported: from their bytecode cache. The warm-up writes it, even
    where ``PYTHONDONTWRITEBYTECODE`` is set (which would otherwise have every run compile every
    module changed since the cache was last written).
    """
    code = ("import time, sys; t, c = time.perf_counter(), time.process_time(); import govdisclosure; "
            "d, e = time.perf_counter() - t, time.process_time() - c; import json; "
            f"print(json.dumps([d, e, sorted(set(sys.modules) & set({list(HEAVY)!r}))]))")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    results = []
    for _ in range(runs + 1):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
        results.append(json.loads(out.stdout))
    times = [seconds for seconds, _, _ in results[1:]]
    cpu = [seconds for _, seconds, _ in results[1:]]
    return {"median_ms": 1000 * statistics.median(times), "min_ms": 1000 * min(times),
            "cpu_median_ms": 1000 * statistics.median(cpu),
            "heavy_modules_loaded": sorted({m for _, _, mods in results for m in mods})}


def peak_memory(kind: str, count: int, folder: Path) -> dict[str, float]:
    """Peak RSS of a fresh process parsing the corpus one report at a time (reports not kept)."""
    out = subprocess.run([sys.executable, __file__, "--peak-memory", kind, "--count", str(count),
                          "--corpus", str(folder)], capture_output=True, text=True, check=True)
    result: dict[str, float] = json.loads(out.stdout.splitlines()[-1])
    return result


def _rss_mb(field: str = "VmHWM") -> float:
    """Peak (``VmHWM``) or current (``VmRSS``) resident memory of this process, in MB.

    ``ru_maxrss`` is the fallback where there is no ``/proc``; on Linux it would also count the
    memory of the parent this process was forked from before it started Python.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def _peak_memory_child(kind: str, count: int, folder: Path) -> None:
    import govdisclosure as gd

    texts = corpus(kind, count, folder)
    gd.parse(texts[0])
    before = _rss_mb("VmRSS")
    for text in texts:
        gd.parse(text)
    print(json.dumps({"before_mb": before, "peak_mb": _rss_mb()}))


def holding(count: int) -> dict[str, float]:
    """What keeping parsed reports costs: a fresh process parses ``count`` synthetic reports into a list."""
    out = subprocess.run([sys.executable, __file__, "--holding", str(count)], capture_output=True, text=True,
                         check=True)
    result: dict[str, float] = json.loads(out.stdout.splitlines()[-1])
    return result


def _holding_child(count: int) -> None:
    """Memory, objects the garbage collector tracks, and its time, for a list of parsed reports."""
    import govdisclosure as gd

    texts = corpus("synthetic", count, DEV_CORPUS)
    gd.parse(texts[0])
    gc.collect()
    before_mb, before_objects = _rss_mb("VmRSS"), len(gc.get_objects())
    in_gc = 0.0
    started_gc = 0.0

    def clock_gc(phase: str, _info: dict[str, int]) -> None:
        nonlocal in_gc, started_gc
        if phase == "start":
            started_gc = time.process_time()
        else:
            in_gc += time.process_time() - started_gc

    gc.callbacks.append(clock_gc)
    started = time.process_time()
    reports = [gd.parse(text) for text in texts]
    spent = time.process_time() - started
    gc.callbacks.remove(clock_gc)
    started = time.perf_counter()
    gc.collect()
    full = time.perf_counter() - started
    print(json.dumps({"reports": len(reports), "mb_per_1000": (_rss_mb("VmRSS") - before_mb) * 1000 / len(reports),
                      "tracked_per_report": (len(gc.get_objects()) - before_objects) / len(reports),
                      "gc_share": in_gc / spent, "full_collection_s": full}))


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def speedup(texts: Sequence[str], rounds: int, *, records: bool = False) -> dict[str, Any]:
    """``parse_many`` on every core against ``parse_many(workers=1)``, same texts; best of ``rounds``.

    With ``records``, ``batch.map_parsed(ParseResult.to_record, …)`` instead: the workers send back
    flat records rather than whole reports (what the command line does).

    CPU time is counted too (this process, and the worker processes once they have exited), so a
    run disturbed by other work on the machine still shows what the parallel run cost. On idle
    cores the parallel run cannot take less than its CPU time spread over the cores, nor less than
    the main process's share, so ``estimate = one-core CPU / max(parallel CPU / cores, main CPU)``.
    """
    import govdisclosure as gd
    from govdisclosure.batch import ParseResult, map_parsed

    def run(workers: int) -> list[Any]:
        if records:
            return list(map_parsed(ParseResult.to_record, texts, workers, progress=False))
        return gd.parse_many(texts, workers=workers, progress=False)

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    runs: dict[int, list[tuple[float, float, float]]] = {1: [], cores: []}
    for _ in range(rounds):
        for workers, bucket in runs.items():
            gc.collect()
            main_cpu, children_cpu = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            results = run(workers)
            wall = time.perf_counter() - started
            bucket.append((wall, _cpu(resource.RUSAGE_SELF) - main_cpu, _cpu(resource.RUSAGE_CHILDREN) - children_cpu))
            assert len(results) == len(texts)
            del results
    one, every = min(runs[1]), min(runs[cores])
    estimate = one[1] / max((every[1] + every[2]) / cores, every[1])
    return {"cores": cores, "reports": len(texts), "one_core_s": one[0], "all_cores_s": every[0],
            "speedup": one[0] / every[0], "rounds": rounds, "one_core_cpu_s": one[1],
            "all_cores_main_cpu_s": every[1], "all_cores_workers_cpu_s": every[2], "idle_estimate": estimate}


def measure(texts: list[str], *, with_jieba: bool) -> dict[str, Any]:
    """Per-report times of the parser and the baselines, in this process."""
    import govdisclosure as gd

    size = sum(len(t.encode("utf-8")) for t in texts)
    for text in texts[:20]:  # warm up: lazy tables, plugin discovery
        gd.parse(text)
    parse_times, floor_times = time_each([gd.parse, regex_pass], texts)
    rest = []
    if with_jieba:  # a pass of its own: taking turns, its dictionary would evict parse's data from the caches
        import jieba

        jieba.setLogLevel(60)
        jieba.initialize()
        rest = time_each([jieba.lcut], texts)
    rows: dict[str, Any] = {"reports": len(texts), "megabytes": size / 1e6}

    def summary(times: list[float]) -> dict[str, float]:
        return {"median_ms": 1000 * statistics.median(times), "p90_ms": 1000 * percentile(times, 0.9),
                "mb_per_s": size / 1e6 / sum(times)}

    rows["govdisclosure.parse"] = summary(parse_times)
    rows["regex \\d+ pass"] = summary(floor_times)
    ratios = [p / f for p, f in zip(parse_times, floor_times, strict=True) if f > 0]
    rows["ratio_to_floor_median"] = statistics.median(ratios)
    if rest:
        [jieba_times] = rest
        rows["jieba.lcut"] = summary(jieba_times)
        rows["jieba_ratio_to_parse_median"] = statistics.median(
            j / p for j, p in zip(jieba_times, parse_times, strict=True))
    for label in ("govdisclosure.parse", "regex \\d+ pass", "jieba.lcut"):
        if label in rows:
            r = rows[label]
            print(f"  {label:<22} {r['median_ms']:9.3f} ms median {r['p90_ms']:9.3f} ms p90 {r['mb_per_s']:9.2f} MB/s")
    print(f"  parse / regex floor    {rows['ratio_to_floor_median']:9.1f}x (median over reports)")
    if with_jieba:
        print(f"  jieba.lcut / parse     {rows['jieba_ratio_to_parse_median']:9.2f}x (median over reports)")
    rows["pickle_round_trip"] = pickle_round_trip(texts[:200])
    r = rows["pickle_round_trip"]
    print(f"  pickle dump + load     {r['median_ms']:9.3f} ms median ({r['ratio_to_parse_median']:.2f}x parse; what "
          f"a worker's report costs to send back)")
    return rows


def pickle_round_trip(texts: Sequence[str]) -> dict[str, float]:
    """Time to pickle a parsed report and load it back, alone and as a fraction of its parse."""
    import govdisclosure as gd

    times, ratios = [], []
    for text in texts:
        started = time.perf_counter()
        report = gd.parse(text)
        parsed = time.perf_counter() - started
        started = time.perf_counter()
        pickle.loads(pickle.dumps(report))
        times.append(time.perf_counter() - started)
        ratios.append(times[-1] / parsed if parsed else 0.0)
    return {"median_ms": 1000 * statistics.median(times), "ratio_to_parse_median": statistics.median(ratios)}


def machine() -> dict[str, Any]:
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    import govdisclosure as gd

    return {"python": platform.python_version(), "implementation": platform.python_implementation(),
            "system": f"{platform.system()} {platform.machine()}", "cpu": model,
            "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
            "govdisclosure": gd.__version__}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="synthetic reports (default 10,000)")
    parser.add_argument("--corpus", type=Path, default=DEV_CORPUS, help="folder of .txt reports (the dev corpus)")
    parser.add_argument("--speedup-count", type=int, default=2000, help="reports in the parse_many comparison")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the parse_many comparison (best kept)")
    parser.add_argument("--import-runs", type=int, default=9)
    parser.add_argument("--no-jieba", action="store_true", help="skip the jieba baseline")
    parser.add_argument("--only", choices=("timing", "speedup"), help="measure only per-report timings "
                        "(one core) or only the parse_many speed-up (every core; wants an otherwise idle machine)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--holding-count", type=int, default=3000, help="synthetic reports held in one list to "
                        "measure what keeping reports costs (memory, garbage collection); 0 skips it")
    parser.add_argument("--peak-memory", choices=("dev", "synthetic"), help=argparse.SUPPRESS)
    parser.add_argument("--holding", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.peak_memory:
        _peak_memory_child(args.peak_memory, args.count, args.corpus)
        return
    if args.holding:
        _holding_child(args.holding)
        return
    os.environ.setdefault("GOVDISCLOSURE_DISABLE_PLUGINS", "1")
    figures: dict[str, Any] = {"machine": machine(), "load_before": os.getloadavg()}
    print("machine:", ", ".join(f"{k} {v}" for k, v in figures["machine"].items()))
    print(f"load average before: {figures['load_before'][0]:.2f}")
    figures["import"] = import_time(args.import_runs)
    imp = figures["import"]
    print(f"cold import govdisclosure: {imp['median_ms']:.0f} ms median, {imp['min_ms']:.0f} ms min "
          f"({imp['cpu_median_ms']:.0f} ms CPU); "
          f"heavy modules loaded: {imp['heavy_modules_loaded'] or 'none'}")
    kinds = [("dev", "dev corpus")] if args.corpus.is_dir() else []
    kinds.append(("synthetic", f"synthetic corpus ({args.count})"))
    for kind, name in kinds:
        texts = corpus(kind, args.count, args.corpus)
        size = sum(len(t.encode("utf-8")) for t in texts)
        print(f"\n== {name}: {len(texts)} reports, {size / 1e6:.1f} MB, "
              f"median {statistics.median(len(t.encode('utf-8')) for t in texts) / 1000:.1f} KB", flush=True)
        rows: dict[str, Any] = {}
        if args.only != "speedup":
            rows = measure(texts, with_jieba=not args.no_jieba)
            rows["memory"] = peak_memory(kind, args.count, args.corpus)
            m = rows["memory"]
            print(f"  peak RSS               {m['peak_mb']:.0f} MB ({m['before_mb']:.0f} MB after import, texts and "
                  "one parse)")
            if kind == "synthetic" and args.holding_count:
                rows["holding"] = h = holding(args.holding_count)
                print(f"  holding {h['reports']:.0f} reports    {h['mb_per_1000']:.0f} MB per 1,000, "
                      f"{h['tracked_per_report']:.0f} objects tracked by the garbage collector each; building "
                      f"the list spent {100 * h['gc_share']:.0f}% of its time collecting, a full collection "
                      f"then takes {h['full_collection_s']:.2f} s")
        if args.only != "timing":
            cycled = [texts[i % len(texts)] for i in range(args.speedup_count)]  # a small corpus is repeated
            for label, records in (("parse_many", False), ("records only", True)):
                rows[label] = s = speedup(cycled, args.rounds, records=records)
                print(f"  {label:<22} {s['one_core_s']:.2f} s on 1 core, {s['all_cores_s']:.2f} s on "
                      f"{s['cores']}: {s['speedup']:.2f}x ({s['reports']} reports, best of {s['rounds']})")
                print(f"    CPU: 1 core {s['one_core_cpu_s']:.2f} s; {s['cores']} cores: workers "
                      f"{s['all_cores_workers_cpu_s']:.2f} s + main process {s['all_cores_main_cpu_s']:.2f} s "
                      f"(estimate on idle cores {s['idle_estimate']:.2f}x)", flush=True)
        figures[kind] = rows
    figures["load_after"] = os.getloadavg()
    print(f"\nload average after: {figures['load_after'][0]:.2f} (more than {figures['machine']['cores']} "
          "means other work shared the cores)")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
