"""Patterns compiled once, on first use.

The prose and metadata readers hold a few hundred words of vocabulary in large alternations;
compiling them costs about 50 ms, a third of ``import govdisclosure``. ``lazy_pattern`` defers that
to the first search, so that importing the package (to load JSON, build a DataFrame or print the
data dictionary) does not pay for patterns it never uses. After the first use a lazy pattern costs
nothing more: its methods are the compiled pattern's own bound methods.

>>> number = lazy_pattern(r"[0-9]+")
>>> number.pattern
'[0-9]+'
>>> [m.group() for m in number.finditer("收到申请12件，答复10件")]
['12', '10']
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, cast

import regex

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["lazy_pattern"]

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer", "scanner")
_LOCK = threading.Lock()


class _LazyPattern:
    """Stands in for a compiled ``regex`` pattern until a method is first looked up."""

    __slots__ = ("_compiled", "flags", "pattern", *_METHODS)

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: regex.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Callable[..., Any]:
        """Compile (once, also across threads), bind every method, return the one asked for."""
        if name not in _METHODS:
            raise AttributeError(name)
        with _LOCK:
            if self._compiled is None:
                compiled = regex.compile(self.pattern, self.flags)
                for method in _METHODS:
                    setattr(self, method, getattr(compiled, method))
                self._compiled = compiled
        return cast("Callable[..., Any]", getattr(self._compiled, name))

    def __repr__(self) -> str:
        return f"lazy_pattern({self.pattern!r})"


def lazy_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """A ``regex`` pattern compiled on its first use, typed as the compiled pattern.

    Only the matching methods (``search``, ``finditer``, ``sub`` …), ``pattern`` and ``flags`` are
    available; pass the result to the matching functions, not to ``regex.compile``.
    """
    return cast("regex.Pattern[str]", _LazyPattern(pattern, flags))
