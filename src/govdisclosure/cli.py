"""The ``govdisclosure`` command line.

- ``govdisclosure parse PATHS… -o out.parquet`` parses files, folders (searched recursively for
  ``.txt``, ``.htm`` and ``.html``) and glob patterns on every core, writes one row per file
  (``.jsonl``, ``.csv``, ``.parquet`` or ``.xlsx``; JSON Lines on standard output without ``-o``) and ends
  with a summary of the diagnostics. It exits with 1 when a file could not be read, 2 on a usage
  error, and 0 otherwise: diagnostics are findings about reports, not failures. ``--resume`` goes
  on with a run that was stopped: it appends to a ``.jsonl`` or ``.csv`` output, parsing only the
  files that it does not hold yet.
- ``govdisclosure show FILE`` prints a readable summary of one report: metadata, the statistics
  laid out as the official form, and the diagnostics with the text they concern.
- ``govdisclosure schema`` prints the data dictionary as a table, as JSON Schema
  (``--json-schema``) or as the Markdown page (``--markdown``); with ``--diagnostics``, the
  catalogue of diagnostic codes instead.
"""

from __future__ import annotations

import argparse
import functools
import glob
import json
import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import attrs

from govdisclosure.batch import ParseResult, map_parsed, read_report
from govdisclosure.codes import BY_CODE, CATALOGUE
from govdisclosure.codes import render_markdown as codes_markdown
from govdisclosure.display import report_text
from govdisclosure.errors import GovDisclosureError
from govdisclosure.export import FORMATS, SOURCE_COLUMNS, SOURCE_DESCRIPTIONS, write_table, written_paths
from govdisclosure.record import DATA_DICTIONARY, RECORD_KEYS
from govdisclosure.record import render_markdown as record_markdown
from govdisclosure.schema import Severity
from govdisclosure.serialize import to_json, unstructure
from govdisclosure.text.width import width

SUFFIXES = (".txt", ".htm", ".html", ".pdf", ".docx", ".doc", ".wps")
"""The files a folder given to ``parse`` contributes."""
SHOWN_FAILURES = 20
"""Failures listed by name in the summary; the rest are counted."""
JSON_TYPES = {"int": "integer", "float": "number", "str": "string", "bool": "boolean", "date": "string"}
"""Data dictionary type → JSON Schema type."""

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A mistake in the command line: reported in one line, exit status 2."""


# --- parse ------------------------------------------------------------------------------------------


@attrs.frozen
class Collected:
    """The files to parse, and how many files of other kinds the folders held, by suffix."""

    paths: list[Path]
    passed_over: Counter[str]


def collect(arguments: Iterable[str]) -> Collected:
    """The files named by ``arguments``: files as given, folders searched, glob patterns expanded.

    Each file once, in the order given; a folder's files sorted. Files of other kinds in the folders
    (``.json``, ``.xls``; hidden files aside) are counted by suffix, not collected.
    """
    found: dict[Path, None] = {}
    passed_over: Counter[str] = Counter()

    def search(folder: Path) -> list[Path]:
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        passed_over.update(p.suffix.lower() or "(none)" for p in files
                           if p.suffix.lower() not in SUFFIXES and not p.name.startswith("."))
        return [p for p in files if p.suffix.lower() in SUFFIXES]

    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            matches = search(path)
        elif path.exists():
            matches = [path]
        elif glob.has_magic(argument):
            matches = []
            for name in sorted(glob.glob(argument, recursive=True)):  # noqa: PTH207 - patterns may be absolute
                candidate = Path(name)
                matches.extend(search(candidate) if candidate.is_dir() else [candidate])
        else:
            msg = f"no such file or folder: {argument}"
            raise UsageError(msg)
        found.update(dict.fromkeys(matches))
    return Collected(list(found), passed_over)


@attrs.frozen
class Outcome:
    """What the summary needs to know of one file; small, as it comes back from a worker process."""

    path: str | None
    error: str | None = None
    layout: str | None = None
    diagnostics: tuple[tuple[str, Severity], ...] = ()


def line_of(result: ParseResult, *, full: bool = False) -> tuple[dict[str, object], Outcome]:
    """The row written for ``result`` and its outcome, computed where the file was parsed.

    The row is the flat record, or with ``full`` the whole report as ``to_json`` writes it.
    """
    report = result.report
    error = str(result.error) if result.error else None
    if full:
        row: dict[str, object] = {"path": result.path, "error": error,
                                  "report": unstructure(report) if report is not None else None}
    else:
        row = result.to_record()
    if report is None:
        return row, Outcome(path=result.path, error=error)
    found = tuple((d.code, d.severity) for d in report.diagnostics)
    return row, Outcome(path=result.path, layout=report.layout.value, diagnostics=found)


class Tally:
    """What the summary reports, counted as the rows stream past."""

    def __init__(self) -> None:
        self.parsed = 0
        self.failures: list[Outcome] = []
        self.severities: Counter[Severity] = Counter()
        self.codes: Counter[str] = Counter()
        self.reports_with: Counter[str] = Counter()
        self.layouts: Counter[str] = Counter()

    def count(self, lines: Iterable[tuple[dict[str, object], Outcome]]) -> Iterator[dict[str, object]]:
        """Pass the rows of ``lines`` through, counting their outcomes."""
        for row, outcome in lines:
            if outcome.error is not None or outcome.layout is None:
                self.failures.append(outcome)
            else:
                self.parsed += 1
                self.layouts[outcome.layout] += 1
                self.severities.update(severity for _, severity in outcome.diagnostics)
                self.codes.update(code for code, _ in outcome.diagnostics)
                self.reports_with.update({code for code, _ in outcome.diagnostics})
            yield row

    def summary(self, seconds: float, passed_over: Counter[str] | None = None) -> str:
        """The lines printed at the end of ``parse``; ``passed_over``: files of other kinds in the
        folders, by suffix.
        """
        total = self.parsed + len(self.failures)
        lines = [(f"govdisclosure: {total} file(s) in {seconds:.1f} s: {self.parsed} parsed, "
                  f"{len(self.failures)} could not be read")]
        if passed_over:
            kinds = ", ".join(f"{suffix} {n}" for suffix, n in sorted(passed_over.items(), key=lambda i: (-i[1], i[0])))
            lines.append(f"  not read, of other kinds: {kinds} (folders are searched for {', '.join(SUFFIXES)})")
        if self.layouts:
            lines.append("  layouts: " + ", ".join(f"{name} {n}" for name, n in self.layouts.most_common()))
        lines.append("  diagnostics: " + ", ".join(f"{self.severities[s]} {s.value}" for s in Severity))
        for code, n in sorted(self.codes.items(), key=lambda item: (-item[1], item[0])):
            entry = BY_CODE.get(code)
            name = f"{entry.slug} ({entry.severity.value})" if entry else ""
            lines.append(f"    {code} {name:<32} {n:>7} in {self.reports_with[code]} report(s)")
        lines.extend(f"  failed: {failure.path}: {failure.error}" for failure in self.failures[:SHOWN_FAILURES])
        if len(self.failures) > SHOWN_FAILURES:
            lines.append(f"  … and {len(self.failures) - SHOWN_FAILURES} more")
        return "\n".join(lines)


def _parse(args: argparse.Namespace) -> int:
    collected = collect(args.paths)
    paths = collected.paths
    if not paths:
        msg = "no files to parse (folders are searched for " + ", ".join(SUFFIXES) + ")"
        raise UsageError(msg)
    output = None if args.output in {None, "-"} else Path(args.output)
    if args.full and output is not None and output.suffix.lower() != ".jsonl":
        msg = "--full writes JSON Lines: give an output ending in .jsonl, or none"
        raise UsageError(msg)
    done = 0
    if args.resume:
        paths = _not_yet_written(paths, output, full=args.full)
        done = len(collected.paths) - len(paths)
    tally = Tally()
    started = time.perf_counter()
    lines = map_parsed(functools.partial(line_of, full=args.full), paths, args.workers, progress=args.progress)
    try:
        for _ in write_table(tally.count(lines), output, append=args.resume):
            pass
    except (ValueError, ImportError) as error:  # an output kind we cannot write
        raise UsageError(str(error)) from error
    if not args.quiet:
        summary = tally.summary(time.perf_counter() - started, collected.passed_over)
        if args.resume:
            summary += f"\n  resumed: {done} file(s) already in {output} were not parsed again"
        print(summary, file=sys.stderr)
    return EXIT_FAILED if tally.failures else EXIT_OK


def _not_yet_written(paths: list[Path], output: Path | None, *, full: bool) -> list[Path]:
    """``paths`` less those whose rows ``output`` already holds (as given, or the same file by
    another name: relative or absolute), for ``--resume``.
    """
    if output is None:
        msg = "--resume goes on writing an output file: give one ending in .jsonl or .csv"
        raise UsageError(msg)
    if output.suffix.lower() == ".jsonl" and output.exists():
        with output.open("rb") as stream:
            first = stream.readline()
        if first.endswith(b"\n") and (b'"report": ' in first) != full:  # whole reports, or flat records
            msg = f"{output} holds {'flat records' if full else 'whole reports'}: resume with the same --full as before"
            raise UsageError(msg)
    try:
        written = written_paths(output)
    except (ValueError, OSError) as error:
        raise UsageError(str(error)) from error
    if not written:
        return paths
    written |= {os.path.abspath(name) for name in written}  # noqa: PTH100 - no symlinks resolved: a name's own form
    return [path for path in paths if str(path) not in written and os.path.abspath(path) not in written]  # noqa: PTH100


# --- show -------------------------------------------------------------------------------------------


def _show(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        report = read_report(path)
    except (OSError, GovDisclosureError) as error:
        print(f"govdisclosure: cannot read {path}: {error}", file=sys.stderr)
        return EXIT_FAILED
    print(to_json(report, indent=2) if args.json else report_text(report))
    return EXIT_OK


# --- schema -----------------------------------------------------------------------------------------


def json_schema() -> dict[str, object]:
    """The JSON Schema (draft 2020-12) of a record, and of a line ``govdisclosure parse`` writes."""
    properties: dict[str, object] = {
        name: {"type": ["string", "null"], "description": f"{SOURCE_DESCRIPTIONS[name]} (parse output only)"}
        for name in SOURCE_COLUMNS
    }
    for entry in DATA_DICTIONARY:
        item: dict[str, object] = {"type": [JSON_TYPES[entry.type], "null"], "description": entry.description}
        if entry.type == "date":
            item["format"] = "date"
        if entry.unit:
            item["x-unit"] = entry.unit
        if entry.labels:
            item["x-labels"] = list(entry.labels)
        properties[entry.key] = item
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "govdisclosure record",
        "description": "One report as a flat record: AnnualReport.to_record(), a row of to_dataframe().",
        "type": "object",
        "properties": properties,
        "required": list(RECORD_KEYS),
        "additionalProperties": False,
    }


def _table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = []
    for row in rows:
        cells = [cell + " " * (w - width(cell)) for cell, w in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines)


def schema_text(*, diagnostics: bool = False, markdown: bool = False, as_json_schema: bool = False) -> str:
    """What ``govdisclosure schema`` prints for these options."""
    if diagnostics:
        if markdown:
            return codes_markdown()
        return _table([("code", "name", "severity", "message"),
                       *((c.code, c.slug, c.severity.value, c.template) for c in CATALOGUE)]) + "\n"
    if as_json_schema:
        return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    if markdown:
        return record_markdown()
    return _table([("key", "type", "unit", "description"),
                   *((e.key, e.type, e.unit, e.description) for e in DATA_DICTIONARY)]) + "\n"


def _schema(args: argparse.Namespace) -> int:
    if args.diagnostics and args.json_schema:
        msg = "--json-schema describes the record; it does not combine with --diagnostics"
        raise UsageError(msg)
    text = schema_text(diagnostics=args.diagnostics, markdown=args.markdown, as_json_schema=args.json_schema)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return EXIT_OK


# --- main -------------------------------------------------------------------------------------------


def _positive(text: str) -> int:
    number = int(text)
    if number < 1:
        msg = f"must be at least 1, got {number}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govdisclosure",
        description="Read Chinese government information disclosure annual reports (政府信息公开工作年度报告).")
    commands = parser.add_subparsers(dest="command", required=True, metavar="{parse,show,schema}")

    parse = commands.add_parser("parse", help="parse files and folders into one table",
                                description="Parse files, folders and glob patterns into one row per file.")
    parse.add_argument("paths", nargs="+", metavar="PATH",
                       help="files, folders (searched for " + ", ".join(SUFFIXES) + ") or glob patterns")
    parse.add_argument("-o", "--output", metavar="FILE",
                       help="where to write: " + ", ".join(f"*{s}" for s in FORMATS)
                       + " (default: JSON Lines on standard output)")
    parse.add_argument("-j", "--workers", type=_positive, metavar="N",
                       help="processes that parse, this one included (default: every core)")
    parse.add_argument("--full", action="store_true",
                       help="JSON Lines only: write whole reports (spans, diagnostics), not flat records")
    parse.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                       help="show a progress bar (default: when standard error is a terminal)")
    parse.add_argument("--resume", action="store_true",
                       help="go on with an earlier run: append to the output (.jsonl or .csv), parsing only "
                       "the files it does not hold yet")
    parse.add_argument("-q", "--quiet", action="store_true", help="print no summary")
    parse.set_defaults(run=_parse)

    show = commands.add_parser("show", help="print a readable summary of one report",
                               description="Print the metadata, statistics and diagnostics of one report.")
    show.add_argument("file", metavar="FILE", help="a report: text or HTML, in any Chinese encoding")
    show.add_argument("--json", action="store_true", help="print the whole report as JSON instead")
    show.set_defaults(run=_show)

    schema = commands.add_parser("schema", help="print the data dictionary",
                                 description="Print the data dictionary (or the diagnostic codes).")
    form = schema.add_mutually_exclusive_group()
    form.add_argument("--json-schema", action="store_true", help="as JSON Schema")
    form.add_argument("--markdown", action="store_true", help="as the Markdown page of the documentation")
    schema.add_argument("--diagnostics", action="store_true", help="the catalogue of diagnostic codes instead")
    schema.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    schema.set_defaults(run=_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    # pypdf logs each oddity of a PDF as a warning; what a file lost is in the summary instead
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        status: int = args.run(args)
    except UsageError as error:
        print(f"govdisclosure {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
