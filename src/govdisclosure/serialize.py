"""JSON in and out, losslessly: ``from_json(to_json(report)) == report``.

Spans are ``[start, end]``, dates ISO strings, money decimal strings, enums their values; fields
holding their default (``None`` statistics, empty tuples) are left out, so a report's JSON holds
what was read. ``schema_version`` is written at the top and checked on load.

>>> import govdisclosure as gd
>>> report = gd.parse("某某局2019年政府信息公开工作年度报告\\n全年主动公开政府信息共1200条。")
>>> gd.from_json(gd.to_json(report)) == report
True
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from govdisclosure.errors import SchemaVersionError
from govdisclosure.schema import AnnualReport, Span, TableRow

if TYPE_CHECKING:
    import cattrs

SCHEMA_VERSION = 1
"""Bumped when the JSON of a report changes incompatibly."""


def configure_converter(converter: cattrs.Converter) -> cattrs.Converter:
    """Register the hooks this schema needs on ``converter`` (for downstream converters)."""
    converter.register_unstructure_hook(Span, lambda span: [span.start, span.end])
    converter.register_structure_hook(Span, lambda data, _: Span(int(data[0]), int(data[1])))
    converter.register_unstructure_hook(dt.date, lambda date: date.isoformat())
    converter.register_structure_hook(dt.date, lambda data, _: dt.date.fromisoformat(data))
    converter.register_unstructure_hook(Decimal, str)
    converter.register_structure_hook(Decimal, lambda data, _: Decimal(str(data)))
    converter.register_unstructure_hook(TableRow, functools.partial(_unstructure_row, converter))
    converter.register_structure_hook(TableRow, functools.partial(_structure_row, converter))
    return converter


def _unstructure_row(converter: cattrs.Converter, row: TableRow) -> dict[str, Any]:
    """A table row as attrs fields would give it: cells as ``{"text", "span"}`` objects."""
    cells = [{"text": text, "span": converter.unstructure(Span(start, end))} for text, start, end in row.cell_tuples]
    data: dict[str, Any] = {"span": converter.unstructure(row.span), "cells": cells}
    if row.key is not None:
        data["key"] = row.key
    return data


def _structure_row(converter: cattrs.Converter, data: dict[str, Any], _: object) -> TableRow:
    spans = (converter.structure(cell["span"], Span) for cell in data["cells"])
    cells = [(str(cell["text"]), span.start, span.end) for cell, span in zip(data["cells"], spans, strict=True)]
    key = data.get("key")
    return TableRow(span=converter.structure(data["span"], Span), cells=cells, key=None if key is None else str(key))


def make_converter() -> cattrs.Converter:
    """A converter for reports, leaving out fields that hold their default."""
    import cattrs  # noqa: PLC0415 - 20 ms at import; loaded with the first report (un)structured

    return configure_converter(cattrs.Converter(omit_if_default=True))


_converter = functools.cache(make_converter)
"""The shared converter, made on first use."""


def unstructure(report: AnnualReport) -> dict[str, Any]:
    """The report as plain data, ``schema_version`` first."""
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    data.update(_converter().unstructure(report))
    return data


def structure(data: dict[str, Any]) -> AnnualReport:
    """A report from plain data written by ``unstructure``."""
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        msg = f"this data has schema_version {version!r}; this version of govdisclosure reads {SCHEMA_VERSION}"
        raise SchemaVersionError(msg)
    body = {k: v for k, v in data.items() if k != "schema_version"}
    import cattrs  # noqa: PLC0415 - see make_converter

    try:
        return _converter().structure(body, AnnualReport)
    except cattrs.BaseValidationError as error:
        problems = "; ".join(cattrs.transform_error(error))
        msg = f"the data does not fit the report schema: {problems}"
        raise SchemaVersionError(msg) from error


def to_json(report: AnnualReport, *, indent: int | None = None) -> str:
    """The report as a JSON string (UTF-8 text, Chinese kept as is)."""
    return json.dumps(unstructure(report), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes) -> AnnualReport:
    """A report from ``to_json`` output; ``SchemaVersionError`` if it does not fit."""
    return structure(json.loads(text))
