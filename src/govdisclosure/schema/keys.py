"""Record keys: the dotted name of every leaf of the statistics, derived from the schema itself.

>>> leaf = STAT_KEYS["table3.denied.state_secret.total"]
>>> leaf.path, leaf.type.__name__, leaf.unit
(('table3', 'denied_state_secret', 'total'), 'int', '件')
>>> build_statistics({}).applications.received is None
True
"""

from __future__ import annotations

import typing
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

import attrs

from govdisclosure.schema.stats import Statistics
from govdisclosure.schema.values import Value


@attrs.frozen
class Leaf:
    """One leaf of the statistics: its record key, attribute path, value type and documentation."""

    key: str
    path: tuple[str, ...]
    type: type
    unit: str
    doc: str
    group_docs: tuple[str, ...]


def _value_type(annotation: Any) -> type | None:
    """``Value[int] | None`` → ``int``; anything else → ``None``."""
    for arg in typing.get_args(annotation) or (annotation,):
        if typing.get_origin(arg) is Value:
            inner = typing.get_args(arg)[0]
            return inner if isinstance(inner, type) else None
    return None


def _walk(cls: type, key_prefix: str, path: tuple[str, ...], docs: tuple[str, ...]) -> Iterator[Leaf]:
    attrs.resolve_types(cls)
    for field in attrs.fields(cls):
        segment = field.metadata.get("key", field.name)
        key = f"{key_prefix}{segment}"
        inner = _value_type(field.type)
        if inner is not None:
            yield Leaf(key, (*path, field.name), inner, field.metadata.get("unit", ""),
                       field.metadata.get("doc", ""), docs)
        elif isinstance(field.type, type) and attrs.has(field.type):
            yield from _walk(field.type, f"{key}.", (*path, field.name), (*docs, field.metadata.get("doc", "")))


STAT_KEYS: dict[str, Leaf] = {leaf.key: leaf for leaf in _walk(Statistics, "", (), ())}
"""Every statistic's record key → its leaf, in schema order."""

MONEY_KEYS = frozenset(k for k, leaf in STAT_KEYS.items() if leaf.type is Decimal)


def build_statistics(values: Mapping[str, Value[Any]]) -> Statistics:
    """Assemble ``Statistics`` from values keyed by record key. Unknown keys raise ``KeyError``."""
    tree: dict[str, Any] = {}
    for key, value in values.items():
        path = STAT_KEYS[key].path
        node = tree
        for name in path[:-1]:
            node = node.setdefault(name, {})
        node[path[-1]] = value
    return typing.cast("Statistics", _instantiate(Statistics, tree))


def _instantiate(cls: type, tree: dict[str, Any]) -> Any:
    types = _FIELD_TYPES.get(cls)
    if types is None:
        types = _FIELD_TYPES[cls] = {field.name: field.type for field in attrs.fields(cls)}
    return cls(**{name: _instantiate(types[name], item) if isinstance(item, dict) else item
                  for name, item in tree.items()})


_FIELD_TYPES: dict[type, dict[str, Any]] = {}
"""Each statistics class's field types by name, for ``_instantiate`` (which visits only the fields set)."""


def iter_statistics(stats: Statistics) -> Iterator[tuple[str, Value[Any]]]:
    """Yield ``(record key, value)`` for every value set, in schema order."""
    for key, leaf in STAT_KEYS.items():
        node: Any = stats
        for name in leaf.path:
            node = getattr(node, name)
            if node is None:
                break
        if node is not None:
            yield key, node
