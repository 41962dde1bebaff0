"""Patterns compiled once, on first use, and stopped if they ever run away.

The prose and metadata readers hold a few hundred words of vocabulary in large alternations, and
the heading and label finders tries of every label of the national forms; compiling them all costs
about 60 ms, a third of ``import govdisclosure``. ``lazy_pattern`` (for ``regex``) and ``lazy_re``
(for the standard library's ``re``, faster on literal tries) defer that to the first search, so that
importing the package (to load JSON, build a DataFrame or print the data dictionary) does not pay
for patterns it never uses. The ``regex`` module itself (about 20 ms) is imported with the first
``lazy_pattern`` compiled; what runs at import uses ``re``.

The prose, sentence and metadata readers' patterns (``guarded_pattern``: vocabulary with bounded
gaps between words) carry the ``regex`` module's ``timeout`` on strings of ``GUARD_FROM_CHARS`` or
more: ``TIMEOUT_SECONDS`` plus ``TIMEOUT_SECONDS_PER_MB`` for the length of the string searched
(of ``[pos, endpos)`` when a call gives them: a search of a sentence of a long text is a short one).
No pattern of this package is known to need more than a small fraction of that (reading is
linear, about 1 s per MB for a whole parse); the timeout is a last guard, and when it fires the
pipeline reports ``GD505`` and leaves what that step would have read empty. Only extractors use
guarded patterns: the pipeline runs each extractor under a guard that turns ``TimeoutError`` into
``GD505``, so ``parse`` stays total. For ``finditer`` the
time counts until the iteration ends. The table readers' patterns are character classes and
literals, linear by construction, and go unguarded, as do ``lazy_re`` patterns (``re`` offers no
timeout: they are literal tries and anchored alternations, which cannot backtrack).

>>> number = lazy_pattern(r"[0-9]+")
>>> number.pattern
'[0-9]+'
>>> [m.group() for m in number.finditer("收到申请12件，答复10件")]
['12', '10']
>>> number.sub("N", "共12件")
'共N件'
>>> lazy_re(r"[一二三]、").match("一、概述").group()
'一、'
"""

from __future__ import annotations

import re
import threading
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from types import ModuleType

    import regex

__all__ = [
    "GUARD_FROM_CHARS",
    "TIMEOUT_SECONDS",
    "TIMEOUT_SECONDS_PER_MB",
    "WHITE_SPACE",
    "guarded_pattern",
    "lazy_pattern",
    "lazy_re",
    "words_pattern",
]

GUARD_FROM_CHARS = 50_000
"""Strings shorter than this are searched without a timeout: the guarded patterns repeat only
within bounds (``{0,12}?``), so their cost per position is bounded and a short string cannot take
long; the ``regex`` timeout itself costs about 1.6 µs a call and slows matching fourfold, which
on every call would add 12% to a parse. A report is 3-10 thousand characters."""
TIMEOUT_SECONDS = 5.0
"""Wall-clock seconds any one call of a guarded pattern may take, beside the allowance per MB."""
TIMEOUT_SECONDS_PER_MB = 10.0
"""And more per million characters of the string searched: ten times what a whole parse takes."""

WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""What ``regex``'s ``\\s`` matches, for a character class of ``lazy_re``: the standard library's
``\\s`` also takes the separators ``\\x1c``-``\\x1f``, so a pattern moved from ``regex`` to ``re``
writes ``[{WHITE_SPACE}]`` to keep matching the same text."""

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer", "scanner")
_STRING_SECOND = frozenset({"sub", "subn"})
"""Methods whose second argument, not the first, is the string searched."""
_RANGED = frozenset({"search", "match", "fullmatch", "finditer", "findall", "scanner"})
"""Methods whose second and third arguments are ``pos`` and ``endpos``."""
_LOCK = threading.Lock()


def _with_timeout(method: Callable[..., Any], string_second: bool, ranged: bool) -> Callable[..., Any]:
    """``method`` with a ``timeout`` proportional to the part of the string it searches: ``[pos,
    endpos)`` for the methods that take them (a search of a sentence of a long text is a short one).
    """
    index = 1 if string_second else 0

    def call(*args: Any, **kwargs: Any) -> Any:
        string = args[index] if len(args) > index else ""
        if not isinstance(string, str) or len(string) < GUARD_FROM_CHARS or "timeout" in kwargs:
            return method(*args, **kwargs)
        size = len(string)
        if ranged:
            pos = args[1] if len(args) > 1 else kwargs.get("pos")
            endpos = args[2] if len(args) > 2 else kwargs.get("endpos")
            begin = min(max(pos, 0), size) if isinstance(pos, int) else 0
            size = max((min(max(endpos, 0), size) if isinstance(endpos, int) else size) - begin, 0)
            if size < GUARD_FROM_CHARS:
                return method(*args, **kwargs)
        return method(*args, **kwargs, timeout=TIMEOUT_SECONDS + TIMEOUT_SECONDS_PER_MB * size / 1_000_000)

    return call


class _LazyPattern:
    """Stands in for a compiled pattern until a method is first looked up."""

    __slots__ = ("_compiled", "_engine", "_guard", "flags", "pattern", *_METHODS)

    def __init__(self, pattern: str, flags: int, engine: ModuleType | None, *, guard: bool = False) -> None:
        self.pattern = pattern
        self.flags = flags
        self._engine = engine
        self._guard = guard
        self._compiled: regex.Pattern[str] | re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Callable[..., Any]:
        """Compile (once, also across threads), bind every method, return the one asked for."""
        if name not in _METHODS:
            raise AttributeError(name)
        with _LOCK:
            if self._compiled is None:
                if self._engine is None:  # the regex module itself is imported with the first pattern
                    import regex  # noqa: PLC0415

                    self._engine = regex
                compiled = self._engine.compile(self.pattern, self.flags)
                for method in _METHODS:
                    if not hasattr(compiled, method):  # ``re`` has no splititer
                        continue
                    bound = getattr(compiled, method)
                    if self._guard:
                        bound = _with_timeout(bound, method in _STRING_SECOND, method in _RANGED)
                    setattr(self, method, bound)
                self._compiled = compiled
        return cast("Callable[..., Any]", object.__getattribute__(self, name))

    def __repr__(self) -> str:
        maker = "lazy_re" if self._engine is re else "lazy_pattern"
        return f"{maker}({self.pattern!r})"


def lazy_pattern(pattern: str, flags: int = 0, *, guard: bool = False) -> regex.Pattern[str]:
    """A ``regex`` pattern compiled on its first use, typed as the compiled pattern.

    ``guard``: give every call a timeout (``TimeoutError``); for patterns with nested or lazy
    quantifiers over open character classes, where backtracking is conceivable.

    Only the matching methods (``search``, ``finditer``, ``sub`` …), ``pattern`` and ``flags`` are
    available; pass the result to the matching functions, not to ``regex.compile``.
    """
    return cast("regex.Pattern[str]", _LazyPattern(pattern, flags, None, guard=guard))


def guarded_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``lazy_pattern(pattern, flags, guard=True)``: compiled on first use, every call with a timeout."""
    return lazy_pattern(pattern, flags, guard=True)


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The same as ``lazy_pattern`` for the standard library's ``re`` (no timeout)."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags, re))


def words_pattern(words: Iterable[str]) -> str:
    """An alternation of plain words, longest first (for ``regex`` and ``re`` alike).

    >>> words_pattern(["公开", "主动公开"])
    '主动公开|公开'
    """
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


HAN = lazy_pattern(r"\p{Han}")
"""One Chinese character (for words that must hold some: a note, the rest of a label)."""
DIGIT = lazy_re(r"[0-9]")
"""One ASCII digit (a cell or a line that holds a number; stdlib re)."""
