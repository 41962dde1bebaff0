"""Consistency checks: totals against their parts, table 三's balance, dates against the year.

Checks add warnings and never edit a value: a report's own arithmetic errors are reported, not
repaired. Only printed (or blank-as-zero) values are checked; derived sums are not checked against
their own parts.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Collection, Mapping
from typing import Any

from govdisclosure.codes import diagnostic
from govdisclosure.forms import FORM_TABLES, FormTable, Identity
from govdisclosure.schema import Diagnostic, Origin, Span, Value

_CHECKED_ORIGINS = (Origin.PRINTED, Origin.BLANK)
"""Looked up once: on CPython 3.11 an enum member read off its class costs four times a constant."""


def _usable(value: Value[Any] | None) -> bool:
    return value is not None and value.origin in _CHECKED_ORIGINS and value.is_exact


def check_identity(identity: Identity, values: Mapping[str, Value[Any]], what: str) -> Diagnostic | None:
    """A diagnostic when ``identity`` fails on ``values`` (keys are full record keys)."""
    for key in identity.left + identity.right:  # a loop, not all() over a generator: run ~50 times a report
        if not _usable(values.get(key)):
            return None
    left = [values[k] for k in identity.left]
    right = [values[k] for k in identity.right]
    if sum(v.value for v in left) == sum(v.value for v in right):
        return None
    span = left[0].span
    related = [v.span for v in (*left[1:], *right) if len(v.span)]
    if len(identity.left) == 2:
        return diagnostic("GD303", span=span, key=identity.left[0], related=related, what=what,
                          received=left[0].value, carried_over=left[1].value, handled=right[0].value,
                          carried_forward=right[1].value)
    return diagnostic("GD302", span=span, key=identity.left[0], related=related,
                      what=f"{what} ({identity.name})", total=left[0].value,
                      parts=" + ".join(str(v.value) for v in right))


def _table_checks(table: FormTable, values: Mapping[str, Value[Any]]) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for identity, what in _form_identities()[table.name]:
        result = check_identity(identity, values, what)
        if result is not None:
            found.append(result)
    return found


@functools.cache
def _form_identities() -> dict[str, tuple[tuple[Identity, str], ...]]:
    """Every identity of each form table over full record keys, with what a failure names, by table
    name: spelled out once, not for each report.
    """
    return {table.name: _spelled_out(table) for table in FORM_TABLES}


def _spelled_out(table: FormTable) -> tuple[tuple[Identity, str], ...]:
    if not table.columns:
        return tuple((identity, table.title) for identity in table.identities)
    by_column = ((Identity(tuple(f"{k}.{column.key}" for k in identity.left),
                           tuple(f"{k}.{column.key}" for k in identity.right), identity.name),
                  f"{table.title}, column {column.labels[0]}")
                 for identity in table.identities for column in table.columns)
    by_row = ((Identity((f"{row.key}.{total}",), tuple(f"{row.key}.{p}" for p in parts), "总计 = 各列之和"),
               f"row {row.labels[0]}")
              for total, parts in table.row_identities for row in table.value_rows if row.key is not None)
    return (*by_column, *by_row)


def run_checks(statistics: Mapping[str, Value[Any]], metadata: Mapping[str, Value[Any]],
               tables: Collection[str]) -> list[Diagnostic]:
    """Every consistency warning for a report's values; ``tables`` names the form tables read."""
    found: list[Diagnostic] = []
    seen: set[tuple[str, Span | None]] = set()
    for table in FORM_TABLES:
        if table.name not in tables:
            continue
        for item in _table_checks(table, statistics):
            if (item.message, item.span) not in seen:
                seen.add((item.message, item.span))
                found.append(item)
    year = metadata.get("year")
    signed = metadata.get("signed")
    if (year is not None and signed is not None and isinstance(signed.value, dt.date)
            and year.value - 1 <= signed.value.year and signed.value < dt.date(year.value, 12, 31)):
        found.append(diagnostic("GD305", span=signed.span, key="signed", what="the signature date",
                                date=signed.value.isoformat(), year=year.value))
    return found
