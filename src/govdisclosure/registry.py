"""The registry of extractors: the built-ins, plugins from the entry-point group
``govdisclosure.extractors``, and the order they run in.

>>> from govdisclosure.registry import registry
>>> registry.names()
('metadata', 'standard', 'stats_table', 'pipe_table', 'narrative')
>>> registry.get("pipe-table")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
govdisclosure.errors.UnknownExtractorError: no extractor named 'pipe-table'; available: metadata, standard, ...
"""

from __future__ import annotations

import inspect
import os
import re
import warnings
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from govdisclosure.errors import ExtractorRegistrationError, UnknownExtractorError
from govdisclosure.extractors.base import Extractor, ExtractorKind
from govdisclosure.extractors.metadata import MetadataExtractor
from govdisclosure.extractors.narrative import NarrativeExtractor
from govdisclosure.extractors.pipe_table import PipeTableExtractor
from govdisclosure.extractors.standard import StandardExtractor
from govdisclosure.extractors.stats_table import StatsTableExtractor

ENTRY_POINT_GROUP = "govdisclosure.extractors"
DISABLE_PLUGINS = "GOVDISCLOSURE_DISABLE_PLUGINS"
"""Set this environment variable to ``1`` to ignore installed plugins (reproducible corpus runs)."""

_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
_KIND_ORDER = {ExtractorKind.METADATA: 0, ExtractorKind.TABLE: 1, ExtractorKind.PROSE: 2}

E = TypeVar("E")


class ExtractorRegistry:
    """Extractors by name, in the order they run: metadata first, then tables, then prose.

    With ``plugins=True`` the extractors of the entry-point group are loaded on first use.
    """

    def __init__(self, extractors: Iterable[Any] = (), *, plugins: bool = True) -> None:
        self._extractors: dict[str, Extractor] = {}
        self._plugins_loaded = not plugins
        self.plugin_errors: list[tuple[str, str]] = []
        """``(entry point name, error)`` for every plugin that failed to load."""
        for extractor in extractors:
            self.register(extractor)

    def register(self, extractor: Any, *, replace: bool = False) -> Any:
        """Add ``extractor``, checking it follows the protocol; returns it (usable as a decorator).

        A class is instantiated with no arguments. The same object registered twice is fine; a
        different one under a taken name needs ``replace=True``.
        """
        instance: Any = extractor() if inspect.isclass(extractor) else extractor
        _verify(instance)
        name = instance.name
        existing = self._extractors.get(name)
        if existing is not None and existing is not instance and existing != instance and not replace:
            msg = (f"an extractor named {name!r} is already registered ({type(existing).__name__}); "
                   "pass replace=True to replace it")
            raise ExtractorRegistrationError(msg)
        self._extractors[name] = instance
        return extractor

    def unregister(self, name: str) -> None:
        """Remove the extractor called ``name``."""
        self.get(name)
        del self._extractors[name]

    def get(self, name: str) -> Extractor:
        """The extractor called ``name``; ``UnknownExtractorError`` lists the available names."""
        self.load_plugins()
        try:
            return self._extractors[name]
        except KeyError:
            msg = f"no extractor named {name!r}; available: {', '.join(self.names())}"
            raise UnknownExtractorError(msg) from None

    def names(self) -> tuple[str, ...]:
        """The registered names in execution order."""
        self.load_plugins()
        return tuple(e.name for e in self._ordered(self._extractors.values()))

    def extractors(self, names: Sequence[str] | None = None) -> tuple[Extractor, ...]:
        """The extractors to run: all of them, or those named (always in execution order)."""
        self.load_plugins()
        if names is None:
            return self._ordered(self._extractors.values())
        return self._ordered([self.get(n) for n in names])

    def copy(self) -> ExtractorRegistry:
        """An independent registry with the same extractors (for tests and notebooks)."""
        self.load_plugins()
        other = ExtractorRegistry()
        other._extractors = dict(self._extractors)
        other._plugins_loaded = True
        return other

    def load_plugins(self) -> None:
        """Load extractors from the entry-point group once; a failing plugin is recorded, not fatal."""
        if self._plugins_loaded:
            return
        self._plugins_loaded = True
        if os.environ.get(DISABLE_PLUGINS, "") not in ("", "0"):
            return
        from importlib import metadata  # noqa: PLC0415 - 40 ms, paid only when parsing starts

        for entry in metadata.entry_points(group=ENTRY_POINT_GROUP):
            try:
                self.register(entry.load())
            except Exception as error:  # noqa: BLE001 - a broken plugin must not stop parsing
                self.plugin_errors.append((entry.name, f"{type(error).__name__}: {error}"))
                warnings.warn(f"govdisclosure: extractor plugin {entry.name!r} failed to load: {error}",
                              RuntimeWarning, stacklevel=2)

    @staticmethod
    def _ordered(extractors: Iterable[Extractor]) -> tuple[Extractor, ...]:
        items = list(extractors)
        return tuple(sorted(items, key=lambda e: _KIND_ORDER[ExtractorKind(e.kind)]))


def _verify(extractor: Any) -> None:
    label = type(extractor).__name__
    for attribute in ("name", "kind", "layouts", "provides", "detect", "extract"):
        if not hasattr(extractor, attribute):
            msg = f"extractor {label} has no attribute {attribute!r}; see govdisclosure.extractors.base"
            raise ExtractorRegistrationError(msg)
    name = extractor.name
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        msg = f"extractor {label} has name {name!r}; a name is snake_case ASCII, e.g. 'my_table'"
        raise ExtractorRegistrationError(msg)
    try:
        ExtractorKind(extractor.kind)
    except ValueError:
        msg = f"extractor {name!r} has kind {extractor.kind!r}; use one of {[k.value for k in ExtractorKind]}"
        raise ExtractorRegistrationError(msg) from None
    for method in ("detect", "extract"):
        function = getattr(extractor, method)
        if not callable(function):
            msg = f"extractor {name!r}: {method} is not callable"
            raise ExtractorRegistrationError(msg)
        expected = 1 if method == "detect" else 2
        try:
            parameters = inspect.signature(function).parameters
        except (TypeError, ValueError):  # pragma: no cover - builtins without signatures
            continue
        positional = [p for p in parameters.values()
                      if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD) and p.default is p.empty]
        if len(positional) != expected and not any(p.kind is p.VAR_POSITIONAL for p in parameters.values()):
            msg = (f"extractor {name!r}: {method}() takes {len(positional)} required argument(s), "
                   f"the protocol passes {expected}")
            raise ExtractorRegistrationError(msg)


def builtin_extractors() -> list[Extractor]:
    """New instances of the built-in extractors, in their execution order."""
    return [MetadataExtractor(), StandardExtractor(), StatsTableExtractor(), PipeTableExtractor(),
            NarrativeExtractor()]


registry = ExtractorRegistry(builtin_extractors())
"""The default registry ``parse()`` uses. Built-ins are registered like plugins are."""


def register_extractor(extractor: E | None = None, *, replace: bool = False) -> Any:
    """Register an extractor with the default registry; usable as a class decorator.

    >>> import attrs
    >>> from govdisclosure.extractors.base import Detection, Extraction, ExtractorKind
    >>> @register_extractor
    ... @attrs.frozen
    ... class Nothing:
    ...     name: str = "nothing"
    ...     kind: ExtractorKind = ExtractorKind.PROSE
    ...     layouts: tuple = ()
    ...     provides: frozenset = frozenset()
    ...     def detect(self, document): return None
    ...     def extract(self, document, detection): return Extraction()
    >>> "nothing" in registry.names()
    True
    >>> registry.unregister("nothing")
    """
    if extractor is None:
        def decorator(item: E) -> E:
            registry.register(item, replace=replace)
            return item
        return decorator
    registry.register(extractor, replace=replace)
    return extractor

