"""Fuzz ``parse``, ``parse_bytes`` and ``parse_html``, and print the figures.

    python tests/fuzz/fuzz_parse.py --engine hypothesis --examples 5000
    python tests/fuzz/fuzz_parse.py --engine atheris --seconds 300      # needs `pip install atheris` (Linux)

Every input goes to the three readers: ``parse(data.decode("utf-8", "replace"))``,
``parse_bytes(data)`` and ``parse_html(data)``. A *crash* is any exception other than
``DecodeError`` (or ``DocumentError``, for PDF and Word bytes) from ``parse_bytes``/``parse_html``
on bytes, or a ``GD901`` diagnostic (an extractor failed); an input still running after ``--hang``
seconds is stopped and is a crash too, with the stack of where it hung (``faulthandler`` prints it
even from inside a C call). Crashing inputs, inputs over ``SLOW`` seconds and the slowest input per
MB are written to ``--crashes``.
The atheris engine is coverage-guided and seeded with our own reports in several encodings and as
HTML (decoding the bytes as UTF-8 keeps the seeds meaningful); the hypothesis engine draws the
mutation strategies of the test suite. Printed: inputs tried, crashes, inputs over ``SLOW``
seconds, the slowest input and the slowest CPU time per MB among inputs of at least ``MIN_TIMED``
bytes (smaller ones measure only the fixed cost of a call; all three readers count). Under atheris
the library runs instrumented, several times slower: time the saved ``slowest-per-mb`` input again
without it before reading anything into its speed.
"""

from __future__ import annotations

import argparse
import contextlib
import faulthandler
import hashlib
import os
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parents[2]
MIN_TIMED = 4096
HANG = 60
"""Seconds after which an input is stopped (``SIGALRM``) and recorded as a crash with its stack."""
SLOW = 5.0
"""Seconds after which an input is a finding too (written to ``--crashes`` as ``slow-…``)."""


@attrs.define
class Figures:
    """What a run found."""

    inputs: int = 0
    crashes: int = 0
    slow: int = 0
    hang: float = HANG
    slowest: tuple[float, int] = (0.0, 0)
    slowest_per_mb: tuple[float, int] = (0.0, 0)
    slowest_input: bytes = b""
    started: float = attrs.field(factory=time.perf_counter)
    crash_dir: Path = Path("fuzz-crashes")

    def report(self) -> str:
        elapsed = time.perf_counter() - self.started
        return (f"inputs tried: {self.inputs} in {elapsed:.0f} s ({self.inputs / max(elapsed, 1e-9):.0f}/s), "
                f"crashes: {self.crashes}, inputs over {SLOW:.0f} s: {self.slow}, slowest input: {self.slowest[0] * 1000:.1f} ms "
                f"({self.slowest[1]} bytes), slowest per MB (inputs >= {MIN_TIMED} B): "
                f"{self.slowest_per_mb[0]:.2f} s/MB ({self.slowest_per_mb[1]} bytes)")


def _hung(signum: int, frame: object) -> None:
    msg = "the input took too long (--hang)"
    raise TimeoutError(msg)


def one_input(data: bytes, figures: Figures) -> None:
    """Run the three readers on ``data``; record time and any crash."""
    import govdisclosure as gd  # here, so that atheris instruments it first

    figures.inputs += 1
    start = time.process_time()  # CPU time: what other processes on the machine do is not the input's cost
    # a hang becomes a crash with the stack of where it hung; the timer repeats because an extractor's
    # TimeoutError is caught by the pipeline (GD901) and the next one may recompute the same thing
    signal.setitimer(signal.ITIMER_REAL, figures.hang, 0.5)
    if figures.crash_dir.is_dir() or figures.crash_dir.parent.is_dir():
        figures.crash_dir.mkdir(parents=True, exist_ok=True)
        (figures.crash_dir / "current").write_bytes(data)  # what is running, should a C call hang
    faulthandler.dump_traceback_later(figures.hang + 5, exit=False)  # a stack even when a C call holds the signal
    try:
        findings = [d for d in gd.parse(data.decode("utf-8", "replace")).diagnostics if d.code == "GD901"]
        for read in (gd.parse_bytes, gd.parse_html):
            with contextlib.suppress(gd.DecodeError, gd.DocumentError):
                findings += [d for d in read(data).diagnostics if d.code == "GD901"]
        if findings:
            msg = "; ".join(d.message for d in findings)
            raise AssertionError(msg)  # noqa: TRY301 - a GD901 is a crash reported as a diagnostic
    except Exception:  # noqa: BLE001 - every other exception is a finding, recorded and the run goes on
        figures.crashes += 1
        figures.crash_dir.mkdir(parents=True, exist_ok=True)
        name = figures.crash_dir / f"crash-{hashlib.sha1(data).hexdigest()[:16]}"
        name.write_bytes(data)
        name.with_suffix(".txt").write_text(traceback.format_exc(), encoding="utf-8")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        faulthandler.cancel_dump_traceback_later()
    seconds = time.process_time() - start
    if seconds > SLOW:
        figures.slow += 1
        figures.crash_dir.mkdir(parents=True, exist_ok=True)
        (figures.crash_dir / f"slow-{hashlib.sha1(data).hexdigest()[:16]}").write_bytes(data)
    if seconds > figures.slowest[0]:
        figures.slowest = (seconds, len(data))
    if len(data) >= MIN_TIMED and seconds / (len(data) / 2**20) > figures.slowest_per_mb[0]:
        figures.slowest_per_mb = (seconds / (len(data) / 2**20), len(data))
        figures.slowest_input = data


def seeds(directory: Path) -> Path:
    """Write the seed corpus: our reports as UTF-8, GB18030 and HTML, and the dev corpus when present."""
    sys.path.insert(0, str(ROOT))
    from tests.inputs.rendering import REPORTS, Page, to_html

    for name, text in REPORTS.items():
        (directory / f"{name}.utf8").write_bytes(text.encode("utf-8"))
        (directory / f"{name}.gb18030").write_bytes(text.encode("gb18030"))
        (directory / f"{name}.html").write_bytes(to_html(text, Page(chrome=True, merge_groups=True)).encode())
    corpus = ROOT.parent / "shared" / "corpus" / "dev"
    for path in sorted(corpus.glob("*.txt")) + sorted(corpus.glob("*.html")):
        (directory / path.name).write_bytes(path.read_bytes())
    return directory


def instrument() -> None:
    """Import the library under atheris' coverage instrumentation (before anything else imports it)."""
    import atheris  # optional, Linux only

    with atheris.instrument_imports(include=["govdisclosure"]):
        import govdisclosure  # noqa: F401 - imported under instrumentation for coverage guidance


def run_atheris(seconds: int, figures: Figures) -> None:
    import atheris

    def test_one_input(data: bytes) -> None:
        one_input(data, figures)
        if figures.inputs % 2000 == 0:
            print(figures.report(), flush=True)  # noqa: T201 - a command-line harness prints its figures
        if time.perf_counter() - figures.started > seconds:  # libFuzzer exits without returning: finish here
            os._exit(finish(figures))

    corpus = seeds(Path(tempfile.mkdtemp(prefix="govdisclosure-fuzz-")))
    atheris.Setup([sys.argv[0], f"-max_total_time={seconds * 2}", "-max_len=65536", "-rss_limit_mb=4096",
                   str(corpus)], test_one_input)
    atheris.Fuzz()


def run_hypothesis(examples: int, figures: Figures) -> None:
    sys.path.insert(0, str(ROOT))
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from tests.fuzz.test_fuzz import encoded, pages
    from tests.property.test_mutations import mutated

    inputs = st.one_of(
        mutated().map(lambda t: t.encode("utf-8", "surrogatepass")), encoded(),
        pages().map(lambda p: p.encode("utf-8", "surrogatepass")), st.binary(max_size=4000),
        st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
    )

    @settings(max_examples=examples, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(inputs)
    def fuzz(data: bytes) -> None:
        one_input(data, figures)
        if figures.inputs % 500 == 0:
            print(figures.report(), flush=True)  # noqa: T201 - a command-line harness prints its figures

    fuzz()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--engine", choices=("hypothesis", "atheris"), default="hypothesis")
    parser.add_argument("--examples", type=int, default=2000, help="hypothesis: inputs to draw")
    parser.add_argument("--seconds", type=int, default=60, help="atheris: how long to fuzz")
    parser.add_argument("--hang", type=float, default=HANG, help="seconds after which an input is stopped")
    parser.add_argument("--crashes", type=Path, default=Path("fuzz-crashes"), help="where crashing inputs go")
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _hung)
    if args.engine == "atheris":
        instrument()
    one_input("某某县2019年政府信息公开工作年度报告\n<p>收到申请数 12</p>".encode("gb18030"), Figures(crash_dir=args.crashes))
    figures = Figures(crash_dir=args.crashes, hang=args.hang)  # after a warm-up call: lazy set-up is not an input's cost
    if args.engine == "atheris":
        run_atheris(args.seconds, figures)
    else:
        run_hypothesis(args.examples, figures)
    return finish(figures)


def finish(figures: Figures) -> int:
    """Print the figures, keep the slowest input, and say whether anything crashed."""
    print(figures.report(), flush=True)  # noqa: T201 - a command-line harness prints its figures
    if figures.slowest_input:
        figures.crash_dir.mkdir(parents=True, exist_ok=True)
        (figures.crash_dir / "slowest-per-mb").write_bytes(figures.slowest_input)
    return 1 if figures.crashes or figures.slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
