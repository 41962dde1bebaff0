"""Adversarial inputs: parse time per shape at growing sizes, and the input readers' costs.

    python benchmarks/bench_adversarial.py [--sizes 64,256] [--timeout 60] [--shapes a,b] [--readers]

Each shape of ``tests/property/test_linear.py`` (text for ``parse``, pages for ``parse_html``,
bytes for ``parse_bytes``) is made at each size (KB) and read in a fresh process, so a quadratic
shape is stopped at ``--timeout`` instead of hanging the run. Prints CPU seconds per size, the
growth for each 4x step (4.0 is linear), seconds per MB at the largest size, and the peak memory of
the process. ``--readers`` also times ``parse_bytes``'s decoding and ``parse_html``'s conversion
per page, with selectolax and with the standard library.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.property.test_linear import BYTES_SHAPES, HTML_SHAPES, SHAPES  # noqa: E402 - after the path is set

CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
import govdisclosure as gd
from tests.property.test_linear import BYTES_SHAPES, html_of, read_bytes, text_of
kind, shape, size = {kind!r}, {shape!r}, {size}
read, data = {{
    "parse": lambda: (gd.parse, text_of(shape, size)),
    "parse_html": lambda: (gd.parse_html, html_of(shape, size)),
    "parse_bytes": lambda: (read_bytes, BYTES_SHAPES[shape](size)),
}}[kind]()
gd.parse_html("<p>warm up</p>")
read_bytes("warm up".encode("gb18030"))
start = time.process_time()
read(data)
print(json.dumps([time.process_time() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]))
"""


def measure(kind: str, shape: str, size: int, timeout: float) -> tuple[float | None, float | None]:
    """CPU seconds and peak MB to read ``shape`` at ``size`` bytes, or ``(None, None)`` past ``timeout``."""
    code = CHILD.format(root=str(ROOT), kind=kind, shape=shape, size=size)
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout,
                             check=True)
    except subprocess.TimeoutExpired:
        return None, None
    except subprocess.CalledProcessError as error:
        print(f"{kind} {shape} {size}: the reader failed\n{error.stderr[-2000:]}", file=sys.stderr)
        return None, None
    seconds, peak = json.loads(out.stdout.strip().splitlines()[-1])
    return seconds, peak


def shapes_table(sizes: list[int], timeout: float, shapes: list[tuple[str, str]]) -> None:
    head = " ".join(f"{s:>8d}K" for s in sizes)
    print(f"{'reader':12s} {'shape':22s} {head}  growth(4x)   s/MB  peak MB")
    for kind, shape in shapes:
        times: list[float | None] = []
        peak = None
        for size in sizes:
            seconds, peak_mb = measure(kind, shape, size * 1024, timeout) if not times or times[-1] is not None \
                else (None, None)
            times.append(seconds)
            peak = peak_mb if peak_mb is not None else peak
        cells = " ".join(f"{t:9.3f}" if t is not None else f"{'>' + str(int(timeout)):>9s}" for t in times)
        growth = [b / a for a, b in itertools.pairwise(times) if a and b]
        last = next((t / (s / 1024) for t, s in zip(reversed(times), reversed(sizes), strict=True) if t), None)
        print(f"{kind:12s} {shape:22s} {cells}  {' '.join(f'{g:4.1f}' for g in growth):>10s}"
              f"  {last if last is not None else float('nan'):5.2f}  {peak or float('nan'):7.0f}", flush=True)


def readers_table() -> None:
    from tests.inputs.rendering import REPORTS, Page, to_html

    import govdisclosure as gd
    from govdisclosure.inputs import markup
    from govdisclosure.inputs.decoding import decode

    text = REPORTS["county_2022_standard"]
    print("\ndecode (per call)")
    for encoding in ("utf-8", "gb18030", "utf-16"):
        data = text.encode(encoding)
        start, n = time.perf_counter(), 200
        for _ in range(n):
            decode(data)
        print(f"  {encoding:8s} {len(data):6d} B  {(time.perf_counter() - start) / n * 1000:6.2f} ms")
    print("\nHTML → text (per page)")
    page = to_html(text, Page(chrome=True, wrap_cells=True, merge_groups=True))
    backends = ["stdlib", *(["selectolax"] if markup.has_lexbor() else [])]
    for backend in backends:
        start, n = time.perf_counter(), 100
        for _ in range(n):
            markup.to_text(page, backend=backend)
        print(f"  {backend:10s} {len(page.encode()):6d} B  {(time.perf_counter() - start) / n * 1000:6.2f} ms")
    start, n = time.perf_counter(), 20
    for _ in range(n):
        gd.parse_html(page)
    print(f"  parse_html total {(time.perf_counter() - start) / n * 1000:6.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="64,256", help="sizes in KB, comma-separated")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a parse is given up")
    parser.add_argument("--shapes", default=None, help="only these shapes (comma-separated)")
    parser.add_argument("--readers", action="store_true", help="also time decoding and HTML conversion")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    every = [("parse", s) for s in SHAPES] + [("parse_html", s) for s in HTML_SHAPES] + [
        ("parse_bytes", s) for s in BYTES_SHAPES]
    shapes = [(k, s) for k, s in every if not args.shapes or s in args.shapes.split(",")]
    shapes_table(sizes, args.timeout, shapes)
    if args.readers:
        readers_table()


if __name__ == "__main__":
    main()
