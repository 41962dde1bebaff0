"""The flat record of a report and the data dictionary that documents it.

``DATA_DICTIONARY`` is generated from the schema (``schema.keys.STAT_KEYS`` and ``Metadata``) and
the form vocabulary (the Chinese labels of each key, and which layouts print it), so it cannot
drift. ``to_record()`` emits exactly its keys, always all of them (``None`` where the report does
not give a value), so that a corpus becomes a DataFrame with stable columns.

Record values are plain: ``int`` counts, ``float`` money in yuan, ISO date strings, ``str``,
``bool``. Approximate figures (``1200余条``) are not put in the record; they stay on the report.

>>> entry = DICTIONARY_BY_KEY["applications.received"]
>>> entry.type, entry.unit
('int', '件')
>>> "收到申请数" in entry.labels
True
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from govdisclosure.forms import FORM_TABLES, FormTable
from govdisclosure.forms.narrative import INDICATORS, NEGATIONS
from govdisclosure.forms.standard import CROSS_KEYS
from govdisclosure.schema import Form, Layout, Metadata, Value
from govdisclosure.schema.keys import STAT_KEYS, iter_statistics

if TYPE_CHECKING:
    from govdisclosure.schema import AnnualReport


@attrs.frozen
class Entry:
    """One key of the record."""

    key: str
    type: str
    """``int``, ``float``, ``str``, ``bool`` or ``date`` (an ISO string in the record)."""
    unit: str
    description: str
    labels: tuple[str, ...] = ()
    """Chinese labels the official forms print for it."""
    layouts: tuple[str, ...] = ()
    """Where it comes from: ``2008-2013 forms``, ``2014-2018 form``, ``2019 format``, ``2021 format``, ``prose``."""


_FORM_NAMES = {
    Form.LOCAL_2008: "2008-2013 forms",
    Form.NATIONAL_2014: "2014-2018 form",
    Form.STANDARD_2019: "2019 format",
    Form.STANDARD_2021: "2021 format",
}


def _cell_sources() -> dict[str, tuple[list[str], list[str]]]:
    """Record key → (labels, layouts) from the form tables."""
    sources: dict[str, tuple[list[str], list[str]]] = {}

    def add(key: str, label: str, table: FormTable) -> None:
        labels, layouts = sources.setdefault(key, ([], []))
        if label not in labels:
            labels.append(label)
        name = _FORM_NAMES[table.form]
        if table.name.startswith(("table3_2019", "table3_2021", "table2_2019", "table2_2021")):
            name = _FORM_NAMES[table.form]
        elif table.name == "table4":
            for form in (Form.STANDARD_2019, Form.STANDARD_2021):
                if _FORM_NAMES[form] not in layouts:
                    layouts.append(_FORM_NAMES[form])
            return
        if name not in layouts:
            layouts.append(name)

    for table in FORM_TABLES:
        for row in table.rows:
            if row.key is None:
                continue
            columns = table.columns_of(row)
            if not columns:
                add(row.key, row.labels[0], table)
                continue
            for column in columns:
                add(f"{row.key}.{column.key}", f"{row.labels[0]} / {column.labels[0]}", table)
    for key, parts in CROSS_KEYS:
        for part in parts:
            if part in sources:
                labels, layouts = sources[part]
                target_labels, target_layouts = sources.setdefault(key, ([], []))
                label = ("Σ " if len(parts) > 1 else "") + labels[0]
                if label not in target_labels and len(target_labels) < 4:
                    target_labels.append(label)
                for layout in layouts:
                    if layout not in target_layouts:
                        target_layouts.append(layout)
    for key in sorted({i.key for i in INDICATORS} | {n.key for n in NEGATIONS}):
        sources.setdefault(key, ([], []))[1].append("prose")
    return sources


def _build() -> tuple[Entry, ...]:
    entries = [
        Entry("format", "str", "", "the layout of the statistics: " + ", ".join(layout.value for layout in Layout)),
        Entry("form", "str", "", "the official form the statistics follow: " + ", ".join(f.value for f in Form)),
        Entry("is_annual_report", "bool", "", "whether the document is a yearly disclosure work report"),
    ]
    types = {"title": "str", "agency": "str", "year": "int", "published": "date", "document_number": "str",
             "index_number": "str", "source": "str", "signed": "date", "period_start": "date", "period_end": "date"}
    entries.extend(Entry(field.name, types[field.name], "年" if field.name == "year" else "",
                         field.metadata.get("doc", "")) for field in attrs.fields(Metadata))
    sources = _cell_sources()
    for key, leaf in STAT_KEYS.items():
        labels, layouts = sources.get(key, ([], []))
        kind = "float" if leaf.type is Decimal else "int"
        description = leaf.doc
        context = [d for d in leaf.group_docs if d]
        if context:
            description = f"{description} ({' › '.join(context)})"
        entries.append(Entry(key, kind, leaf.unit, description, tuple(labels), tuple(layouts)))
    entries.append(Entry("diagnostics.errors", "int", "", "diagnostics of severity error (values left empty)"))
    entries.append(Entry("diagnostics.warnings", "int", "", "diagnostics of severity warning (suspect values)"))
    entries.append(Entry("diagnostics.codes", "str", "", "the codes of those errors and warnings, each once, in "
                         "order (`GD202 GD216`), to select reports by what was found in them; the report's "
                         "`diagnostics` say where"))
    return tuple(entries)


DATA_DICTIONARY: tuple[Entry, ...] = _build()
DICTIONARY_BY_KEY: dict[str, Entry] = {e.key: e for e in DATA_DICTIONARY}
RECORD_KEYS: tuple[str, ...] = tuple(e.key for e in DATA_DICTIONARY)


def plain(value: Value[Any]) -> object:
    """A value as it goes into the record: int, float, ISO date string, str or bool."""
    item = value.value
    if isinstance(item, Decimal):
        return int(item) if item == item.to_integral_value() else float(item)
    if isinstance(item, dt.date):
        return item.isoformat()
    return item


def iter_values(report: AnnualReport) -> Iterator[tuple[str, Value[Any]]]:
    """``(record key, value)`` for every value a report holds, metadata first."""
    for field in attrs.fields(Metadata):
        value = getattr(report.metadata, field.name)
        if value is not None:
            yield field.name, value
    yield from iter_statistics(report.statistics)


def to_record(report: AnnualReport) -> dict[str, object]:
    """The flat record of ``report``: every key of the data dictionary, ``None`` where not given."""
    from govdisclosure.schema import Severity  # noqa: PLC0415 - keep the module header about records

    record: dict[str, object] = dict.fromkeys(RECORD_KEYS)
    record["format"] = report.layout.value
    record["form"] = report.form.value if report.form is not None else None
    record["is_annual_report"] = report.is_annual_report
    for key, value in iter_values(report):
        if value.is_exact:
            record[key] = plain(value)
    severities: Counter[Severity] = Counter()
    codes: set[str] = set()
    for found in report.diagnostics:
        severities[found.severity] += 1
        if found.severity is not Severity.INFO:
            codes.add(found.code)
    record["diagnostics.errors"] = severities[Severity.ERROR]
    record["diagnostics.warnings"] = severities[Severity.WARNING]
    record["diagnostics.codes"] = " ".join(sorted(codes)) if codes else None
    return record


def render_markdown() -> str:
    """The data dictionary as the Markdown page ``docs/data-dictionary.md``."""
    lines = [
        "# Data dictionary",
        "",
        "Generated from the schema and the form vocabulary by `python -m govdisclosure schema --markdown`;",
        "do not edit by hand. Every key is present in `report.to_record()` (`None` where the report does",
        "not give the value). Counts are `int`; money is `float` in yuan (万元 amounts are converted);",
        "dates are ISO strings. Approximate figures (余, 约 …) are kept on the report but not in the record.",
        "",
        "| key | type | unit | description | Chinese labels | layouts |",
        "|---|---|---|---|---|---|",
    ]
    for entry in DATA_DICTIONARY:
        labels = "; ".join(entry.labels).replace("|", "\\|")
        lines.append(f"| `{entry.key}` | {entry.type} | {entry.unit} | {entry.description} | {labels} | "
                     f"{', '.join(entry.layouts)} |")
    return "\n".join(lines) + "\n"
