"""Reports as a table: ``to_dataframe()`` (pandas), and the files the command line writes.

One row per report, one column per key of the data dictionary (``govdisclosure.DATA_DICTIONARY``),
in its order. The column types follow the dictionary:

=========  ==================================  ====================================================
type       pandas dtype                        notes
=========  ==================================  ====================================================
``int``    ``Int64``                           nullable: a count the report does not give is ``<NA>``
``float``  ``Float64``                         money, in yuan (万元 amounts converted)
``date``   ``datetime64[s]``                   midnight of the day; ``NaT`` when not given
``bool``   ``boolean``                         nullable
``str``    ``string``                          nullable
=========  ==================================  ====================================================

Given the results of ``parse_many`` rather than bare reports, the table starts with two more
columns, ``path`` (the file, for files) and ``error`` (why an item failed, or ``<NA>``), and keeps
a row for every item, failed or not, so row ``i`` is input ``i``.

pandas and pyarrow are the ``[pandas]`` extra; they are imported when a table is built, never at
``import govdisclosure``. JSON Lines and CSV need neither: ``write_table`` writes them with the
standard library, record by record. CSV is written in UTF-8 with a byte order mark, so that
Excel opens the Chinese text as written. An Excel workbook (``.xlsx``) needs openpyxl, the
``[excel]`` extra, and is written row by row too.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeAlias

from govdisclosure.batch import ParseResult
from govdisclosure.record import DATA_DICTIONARY, RECORD_KEYS
from govdisclosure.schema import AnnualReport

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped, unused-ignore]  # the optional [pandas] extra ships no types

Reportish: TypeAlias = "AnnualReport | ParseResult"

SOURCE_COLUMNS = ("path", "error")
"""The columns that lead a table built from ``parse_many`` results."""
SOURCE_DESCRIPTIONS = {"path": "the file the report was read from", "error": "why the file could not be read"}
"""What the source columns hold, for the data dictionary's readers (JSON Schema, the workbook)."""
DTYPES: dict[str, str] = {"int": "Int64", "float": "Float64", "bool": "boolean", "str": "string",
                          "date": "datetime64[s]"}
"""Data dictionary type → pandas dtype."""
FORMATS = (".jsonl", ".csv", ".parquet", ".xlsx")
"""The file kinds ``write_table`` writes, by suffix."""
PARQUET_ROWS = 2000
"""Rows per Parquet row group: the records of that many reports are held in memory at once."""
INSTALL_HINT = "pip install 'govdisclosure[pandas]'"
EXCEL_ROWS = 1_048_575
"""Reports per Excel sheet: a sheet holds 1,048,576 rows, the first of them the header."""


def _rows(items: Iterable[Reportish]) -> tuple[list[dict[str, object]], bool]:
    """The records of ``items``, and whether they carry the source columns."""
    rows: list[dict[str, object]] = []
    sourced = False
    for item in items:
        if isinstance(item, ParseResult):
            sourced = True
            rows.append(item.to_record())
        elif isinstance(item, AnnualReport):
            rows.append(item.to_record())
        else:
            msg = f"to_dataframe() takes AnnualReport or ParseResult items, not {type(item).__name__}"
            raise TypeError(msg)
    if sourced:  # bare reports mixed with results get empty source columns
        rows = [row if "path" in row else dict.fromkeys(SOURCE_COLUMNS) | row for row in rows]
    return rows, sourced


def to_dataframe(reports: Iterable[Reportish]) -> pd.DataFrame:
    """A ``pandas.DataFrame`` with one row per report and the dtypes of the data dictionary.

    Accepts ``AnnualReport`` objects or the ``ParseResult`` objects of ``parse_many`` (then the
    ``path`` and ``error`` columns lead, and failed items keep their row). Write it on with pandas:
    ``df.to_parquet("reports.parquet")``, ``df.to_csv("reports.csv", index=False)``.

    >>> import govdisclosure as gd
    >>> df = gd.to_dataframe([gd.parse("某某县2018年政府信息公开工作年度报告\\n今年共收到政府信息公开申请12件。")])
    >>> int(df.loc[0, "applications.received"]), str(df["applications.received"].dtype), len(df)
    (12, 'Int64', 1)
    """
    rows, sourced = _rows(reports)
    return frame(rows, sourced=sourced)


def frame(rows: Sequence[Mapping[str, object]], *, sourced: bool) -> pd.DataFrame:
    """The DataFrame of flat records (``to_record()`` dicts; ``path`` and ``error`` first if ``sourced``)."""
    try:
        import numpy as np  # noqa: PLC0415 - optional extra, imported on use
        import pandas as pd  # noqa: PLC0415
    except ImportError as error:
        msg = f"a DataFrame needs pandas: {INSTALL_HINT}"
        raise ImportError(msg) from error
    columns: dict[str, Any] = {}
    if sourced:
        for name in SOURCE_COLUMNS:
            columns[name] = pd.array([row[name] for row in rows], dtype="string")
    for entry in DATA_DICTIONARY:
        values = [row[entry.key] for row in rows]
        if entry.type == "date":  # numpy reads ISO dates and None (NaT) directly, for any year
            columns[entry.key] = np.array(values, dtype="datetime64[s]")
        else:
            columns[entry.key] = pd.array(values, dtype=DTYPES[entry.type])
    return pd.DataFrame(columns, index=pd.RangeIndex(len(rows)))


# --- files ------------------------------------------------------------------------------------------


Row: TypeAlias = "dict[str, object]"


def _json_default(value: object) -> object:
    msg = f"cannot write {type(value).__name__} to JSON"
    raise TypeError(msg)


def _jsonl(rows: Iterable[Row], stream: IO[str]) -> Iterator[Row]:
    for row in rows:
        stream.write(json.dumps(row, ensure_ascii=False, default=_json_default) + "\n")
        yield row


def _csv(rows: Iterable[Row], stream: IO[str], *, header: bool = True) -> Iterator[Row]:
    import csv  # noqa: PLC0415 - keeps `import govdisclosure` light

    writer = csv.writer(stream)
    columns = (*SOURCE_COLUMNS, *RECORD_KEYS)
    if header:
        writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row[key] is None else row[key] for key in columns])
        yield row


def _parquet(rows: Iterable[Row], path: Path) -> Iterator[Row]:
    try:
        import pyarrow as pa  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415 - optional extra, untyped
        import pyarrow.parquet as pq  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415
    except ImportError as error:
        msg = f"writing Parquet needs pyarrow: {INSTALL_HINT}"
        raise ImportError(msg) from error
    writer: Any = None
    iterator = iter(rows)
    try:
        while batch := list(islice(iterator, PARQUET_ROWS)):
            table = pa.Table.from_pandas(frame(batch, sourced=True), preserve_index=False)
            if writer is None:
                writer = pq.ParquetWriter(path, table.schema)
            writer.write_table(table)
            yield from batch
        if writer is None:  # no rows: the file still has every column
            pq.write_table(pa.Table.from_pandas(frame([], sourced=True), preserve_index=False), path)
    finally:
        if writer is not None:
            writer.close()


def _xlsx(rows: Iterable[Row], path: Path) -> Iterator[Row]:
    """A workbook of one sheet of reports (another after every ``EXCEL_ROWS``), its header row frozen,
    and a last sheet, ``dictionary``, that says what each column holds.

    Numbers are numbers, dates are dates, and text stays text: a title that starts with ``=`` is not
    a formula, and the control characters a workbook cannot hold (a PDF's form feed) are left out.
    """
    try:
        from openpyxl import Workbook  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415 - optional extra
        from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # type: ignore[import-untyped, unused-ignore]  # noqa: PLC0415
    except ImportError as error:
        msg = "writing Excel needs openpyxl: pip install 'govdisclosure[excel]'"
        raise ImportError(msg) from error
    header = (*SOURCE_COLUMNS, *RECORD_KEYS)
    dates = frozenset(entry.key for entry in DATA_DICTIONARY if entry.type == "date")
    book = Workbook(write_only=True)
    sheet: Any = None
    filled = EXCEL_ROWS

    def cell(key: str, value: object) -> object:
        if value is None:
            return None
        if key in dates and isinstance(value, str):
            return dt.date.fromisoformat(value)
        if not isinstance(value, str):
            return value
        text = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
        text.data_type = "s"  # never a formula
        return text

    try:
        for row in rows:
            if filled == EXCEL_ROWS:
                sheet = book.create_sheet("reports" if sheet is None else f"reports {len(book.worksheets) + 1}")
                sheet.freeze_panes = "A2"
                sheet.append(header)
                filled = 0
            sheet.append([cell(key, row[key]) for key in header])
            filled += 1
            yield row
    finally:  # a run stopped early (Ctrl-C) keeps the rows written, as Parquet's row groups are kept
        if sheet is None:  # no rows: the sheet still has every column
            book.create_sheet("reports").append(header)
        _dictionary_sheet(book.create_sheet("dictionary"))
        book.save(path)


def _dictionary_sheet(sheet: Any) -> None:
    """The data dictionary, for a reader of the workbook: each column's key, type, unit, meaning, the
    labels the official forms print for it and the layouts it comes from.
    """
    sheet.freeze_panes = "A2"
    sheet.append(("column", "type", "unit", "description", "Chinese labels", "layouts"))
    for name in SOURCE_COLUMNS:
        sheet.append((name, "str", "", SOURCE_DESCRIPTIONS[name], "", ""))
    for entry in DATA_DICTIONARY:
        sheet.append((entry.key, entry.type, entry.unit, entry.description.replace("`", ""),
                      "; ".join(entry.labels), ", ".join(entry.layouts)))


APPENDABLE = (".jsonl", ".csv")
"""The file kinds a run can go on writing (``write_table(..., append=True)``, ``parse --resume``)."""


def written_paths(path: str | os.PathLike[str]) -> set[str]:
    """The ``path`` of every whole row of a JSON Lines or CSV file that ``write_table`` wrote, for a
    run to go on where an earlier one stopped; a row cut short (a run killed while writing it) is
    taken off the file's end. No file, or an empty one: no paths.

    Raises ``ValueError`` for a file that is not such a table (another kind of file, CSV columns of
    another version of the data dictionary).
    """
    target = _appendable(Path(path))
    if not target.exists() or target.stat().st_size == 0:
        return set()
    if target.suffix.lower() == ".csv":
        return _csv_paths(target)
    return _jsonl_paths(target)


class _Lines:
    """A file's lines as text, counting the bytes read and whether the last line read is whole (ends
    with its newline). A line cut inside a character is decoded with a replacement character.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.read = 0
        self.whole = True

    def __iter__(self) -> Iterator[str]:
        with self.path.open("rb") as stream:
            for raw in stream:
                text = raw.decode("utf-8", errors="replace")
                self.read, self.whole = self.read + len(raw), raw.endswith(b"\n")
                yield text.removeprefix("\ufeff") if self.read == len(raw) else text  # CSV's byte order mark


def _appendable(target: Path) -> Path:
    """``target``, where it is a kind of file a run can go on writing; else ``ValueError``."""
    if target.suffix.lower() not in APPENDABLE:
        msg = f"cannot go on writing {target.name!r}: give one ending in {' or '.join(APPENDABLE)}"
        raise ValueError(msg)
    return target


def _jsonl_paths(path: Path) -> set[str]:
    paths: set[str] = set()
    lines = _Lines(path)
    end = 0  # where the last whole row ends
    for number, line in enumerate(lines, 1):
        try:
            row = json.loads(line) if lines.whole else None
        except ValueError:
            row = None
        if not isinstance(row, dict) or "path" not in row:
            if lines.read < path.stat().st_size:  # a bad line before the last: not a file this package wrote
                msg = f"{path.name!r} line {number} is not a row of a table of reports"
                raise ValueError(msg)
            break
        if row["path"] is not None:
            paths.add(str(row["path"]))
        end = lines.read
    _cut_at(path, end)
    return paths


def _csv_paths(path: Path) -> set[str]:
    """Read row by row: a file of a million reports is not held in memory."""
    import csv  # noqa: PLC0415 - keeps `import govdisclosure` light

    header = [*SOURCE_COLUMNS, *RECORD_KEYS]
    lines = _Lines(path)
    rows = csv.reader(lines)
    first = next(rows, [])
    if not lines.whole and first[:-1] == header[: max(len(first) - 1, 0)]:
        path.write_bytes(b"")  # cut short inside the header: begin again
        return set()
    if first != header:
        msg = (f"{path.name!r} does not have the columns this version writes; "
               "write to a new file (or convert the old one)")
        raise ValueError(msg)
    paths: set[str] = set()
    end = lines.read  # where the last whole row ends
    for row in rows:
        if len(row) != len(header) or not lines.whole:
            break  # the last row, cut short (a row before the last is never)
        if row[0]:
            paths.add(row[0])
        end = lines.read
    _cut_at(path, end)
    return paths


def _cut_at(path: Path, end: int) -> None:
    """Take a row cut short off the end of ``path``: what follows byte ``end``."""
    if end < path.stat().st_size:
        with path.open("r+b") as stream:
            stream.truncate(end)


def write_table(rows: Iterable[Row], path: str | os.PathLike[str] | None, *, append: bool = False) -> Iterator[Row]:
    """Write flat records to ``path`` while passing them through, one row each.

    ``rows`` are ``ParseResult.to_record()`` dicts: ``path``, ``error``, then every key of the
    data dictionary. The kind of file follows the suffix (``.jsonl``, ``.csv``, ``.parquet``, ``.xlsx``);
    ``path=None`` writes JSON Lines to standard output, and a JSON line may be any JSON object.
    Nothing is written until the returned iterator is consumed; the file is complete when it is
    exhausted. ``append``: add the rows to the end of an existing ``.jsonl`` or ``.csv`` file (see
    ``written_paths``) rather than replace it.
    """
    if path is None:
        return _jsonl(rows, _stdout())
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        msg = f"cannot write {target.name!r}: the output must end in {', '.join(FORMATS)}"
        raise ValueError(msg)
    if append:
        _appendable(target)
    if suffix == ".parquet":
        return _parquet(rows, target)
    if suffix == ".xlsx":
        return _xlsx(rows, target)
    return _to_file(rows, target, suffix, append=append and target.exists() and target.stat().st_size > 0)


def _stdout() -> IO[str]:
    import sys  # noqa: PLC0415 - only the command line writes to standard output

    return sys.stdout


def _to_file(rows: Iterable[Row], path: Path, suffix: str, *, append: bool) -> Iterator[Row]:
    # CSV starts with a byte order mark: Excel reads a CSV without one in the system's code page
    # (GBK on Chinese Windows), so agency names and titles would open as mojibake; pandas, polars
    # and duckdb skip the mark. JSON Lines is UTF-8 without one, as its specification asks. Rows
    # appended go after the file's mark and header.
    encoding = "utf-8-sig" if suffix == ".csv" and not append else "utf-8"
    with path.open("a" if append else "w", encoding=encoding, newline="") as stream:
        yield from _csv(rows, stream, header=not append) if suffix == ".csv" else _jsonl(rows, stream)
