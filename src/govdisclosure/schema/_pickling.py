"""Pickling the schema as tuples of field values, so that a report crosses processes cheaply.

``parse_many`` and every distributed run (Dask, Spark) send parsed reports from worker processes
home as pickles; a report is some 800 small frozen objects. attrs pickles a slotted class through
``__getstate__``/``__setstate__``, a Python loop per object on both sides. Here each class gets a
``__reduce_ex__`` that returns its field values as one tuple (``operator.attrgetter``, in C) and a
``_restore`` that sets the slots directly, without ``__init__``'s validators: the values were
valid when the object was built. On the synthetic corpus this takes a report's dump and load from
2.1 to 1.0 ms and its pickle from 35 to 21 KB (``benchmarks/bench_corpus.py`` prints the time).

A field annotated ``Span`` (a value's, a row's, a section's) goes into that tuple as its two
offsets, and ``_restore`` builds the span: a report holds some 230 spans, and pickling each as an
object of its own cost a call on each side. Dump and load went from 0.9 to 0.65 ms a report.

``_restore`` is generated code, one assignment per field, as attrs builds ``__init__``; it is
generated the first time a process loads an object of the class (generating all of them at import
cost 4 ms of it): the first ``_restore`` replaces itself on the class, and pickle looks it up by
name. A subclass defined elsewhere pickles the attrs way: only the class itself uses the short form.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

import attrs

from govdisclosure.schema.spans import Span, _set_end, _set_start

_RESTORE = """\
def _restore({args}):
    obj = new(cls)
{sets}    return obj
"""

_SPAN = "Span"
"""The annotation of the fields pickled inline, as their two offsets (``_restore`` rebuilds the span).
An object whose span field holds a subclass of ``Span`` pickles the attrs way, whole."""


def install(cls: type) -> None:
    """Give the attrs class ``cls`` the short pickled form (a ``_restore`` and a ``__reduce_ex__``).

    >>> import pickle
    >>> @attrs.frozen
    ... class Point:
    ...     x: int
    ...     y: int
    >>> install(Point)
    >>> Point(1, 2).__reduce_ex__(pickle.HIGHEST_PROTOCOL)[1]
    (1, 2)
    >>> Point._restore(1, 2)
    Point(x=1, y=2)
    """
    fields = attrs.fields(cls)
    if not fields:
        return
    names = [field.name for field in fields]
    spans = {field.name for field in fields if field.type in (_SPAN, Span)}
    getter = operator.attrgetter(*(part for name in names for part in (
        (f"{name}.start", f"{name}.end") if name in spans else (name,))))
    single = len(names) == 1 and not spans
    plain = _plain_spans(spans)

    def first_restore(*values: Any) -> Any:
        # a pickle looks ``_restore`` up once and calls what it found for every object of the
        # class it holds: in the first pickle a process loads, that is this function each time
        restore = cls._restore  # type: ignore[attr-defined]
        if restore is first_restore:
            restore = _generate(cls, names, spans)
        return restore(*values)

    _name(first_restore, cls)
    cls._restore = staticmethod(first_restore)  # type: ignore[attr-defined]

    def __reduce_ex__(self: Any, protocol: int) -> Any:  # noqa: N807 - the pickle protocol's name
        if type(self) is not cls or not plain(self):  # a subclass would lose what it adds
            return object.__reduce_ex__(self, protocol)
        return cls._restore, (getter(self),) if single else getter(self)

    cls.__reduce_ex__ = __reduce_ex__  # type: ignore[method-assign,assignment]


def _plain_spans(names: set[str]) -> Callable[[Any], bool]:
    """A test that the fields ``names`` all hold a ``Span`` itself, which two offsets rebuild."""
    if not names:
        return lambda _obj: True
    get: Callable[[Any], Any] = operator.attrgetter(*sorted(names))
    if len(names) == 1:
        return lambda obj: type(get(obj)) is Span
    return lambda obj: all(type(span) is Span for span in get(obj))


def _generate(cls: type, names: list[str], spans: set[str]) -> Callable[..., Any]:
    """Build ``cls._restore`` for good: set each slot through its descriptor (frozen-proof).

    A field in ``spans`` arrives as two arguments, its start and end, and is rebuilt here.
    """
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls, "Span": Span,
                                 "set_start": _set_start, "set_end": _set_end}
    args: list[str] = []
    sets: list[str] = []
    for i, name in enumerate(names):
        namespace[f"set_{i}"] = getattr(cls, name).__set__
        if name in spans:
            args += [f"v{i}_start", f"v{i}_end"]
            sets += [f"    v{i} = new(Span)\n", f"    set_start(v{i}, v{i}_start)\n", f"    set_end(v{i}, v{i}_end)\n"]
        else:
            args.append(f"v{i}")
        sets.append(f"    set_{i}(obj, v{i})\n")
    source = _RESTORE.format(args=", ".join(args), sets="".join(sets))
    exec(source, namespace)  # noqa: S102 - our own template, as attrs builds its methods
    restore: Callable[..., Any] = namespace["_restore"]
    _name(restore, cls)
    cls._restore = staticmethod(restore)  # type: ignore[attr-defined]
    return restore


def _name(function: Callable[..., Any], cls: type) -> None:
    """Name ``function`` as ``cls._restore``, which is what pickle stores and looks up."""
    function.__module__ = cls.__module__
    function.__qualname__ = f"{cls.__qualname__}._restore"
