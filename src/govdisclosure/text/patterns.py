"""Patterns compiled once, on first use.

The prose and metadata readers hold a few hundred words of vocabulary in large alternations, and
the heading and label finders tries of every label of the national forms; compiling them all costs
about 60 ms, a third of ``import govdisclosure``. ``lazy_pattern`` (for ``regex``) and ``lazy_re``
(for the standard library's ``re``, faster on literal tries) defer that to the first search, so that
importing the package (to load JSON, build a DataFrame or print the data dictionary) does not pay
for patterns it never uses. After the first use a lazy pattern costs nothing more: its methods are
the compiled pattern's own bound methods.

>>> number = lazy_pattern(r"[0-9]+")
>>> number.pattern
'[0-9]+'
>>> [m.group() for m in number.finditer("收到申请12件，答复10件")]
['12', '10']
>>> lazy_re(r"[一二三]、").match("一、概述").group()
'一、'
"""

from __future__ import annotations

import re
import threading
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

import regex

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["lazy_pattern", "lazy_re"]

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer", "scanner")
_LOCK = threading.Lock()


class _LazyPattern:
    """Stands in for a compiled ``regex`` pattern until a method is first looked up."""

    __slots__ = ("_compiled", "_engine", "flags", "pattern", *_METHODS)

    def __init__(self, pattern: str, flags: int, engine: ModuleType) -> None:
        self.pattern = pattern
        self.flags = flags
        self._engine = engine
        self._compiled: regex.Pattern[str] | re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Callable[..., Any]:
        """Compile (once, also across threads), bind every method, return the one asked for."""
        if name not in _METHODS:
            raise AttributeError(name)
        with _LOCK:
            if self._compiled is None:
                compiled = self._engine.compile(self.pattern, self.flags)
                for method in _METHODS:
                    if hasattr(compiled, method):  # ``re`` has no splititer
                        setattr(self, method, getattr(compiled, method))
                self._compiled = compiled
        return cast("Callable[..., Any]", getattr(self._compiled, name))

    def __repr__(self) -> str:
        maker = "lazy_re" if self._engine is re else "lazy_pattern"
        return f"{maker}({self.pattern!r})"


def lazy_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """A ``regex`` pattern compiled on its first use, typed as the compiled pattern.

    Only the matching methods (``search``, ``finditer``, ``sub`` …), ``pattern`` and ``flags`` are
    available; pass the result to the matching functions, not to ``regex.compile``.
    """
    return cast("regex.Pattern[str]", _LazyPattern(pattern, flags, regex))


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The same as ``lazy_pattern`` for the standard library's ``re``."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags, re))
