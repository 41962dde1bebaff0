import pickle

import attrs
import pytest

from govdisclosure import Span, Value
from govdisclosure.schema import _pickling
from govdisclosure.schema._pickling import install


@attrs.frozen
class _Point:
    x: int
    y: int


install(_Point)


@attrs.frozen
class _WiderSpan(Span):
    label: str = ""


def test_schema_objects_pickle_as_their_field_values():
    """A value pickles as a call of its class's _restore with its fields, its span as two offsets:
    no attrs state, no object of its own for the span, a smaller pickle."""
    value = Value(value=12, span=Span(6, 8), raw="12", extractor="stats_table", unit="件")

    restore, fields = value.__reduce_ex__(pickle.HIGHEST_PROTOCOL)

    assert restore is Value._restore
    assert fields == (12, 6, 8, "12", "stats_table", "件", value.qualifier, value.origin, None, None)
    back = pickle.loads(pickle.dumps(value))  # (the first load replaces _restore with generated code)
    assert back == value
    assert type(back.span) is Span
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        back.span.start = 0  # type: ignore[misc]


def test_install_works_on_any_attrs_class_and_keeps_frozen():
    """install() gives a class the short form; the object loaded is frozen like one built by __init__."""
    point = pickle.loads(pickle.dumps(_Point(1, 2)))

    assert point == _Point(1, 2)
    try:
        point.x = 3  # type: ignore[misc]
    except attrs.exceptions.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a loaded object must stay frozen")


def test_a_subclass_pickles_the_attrs_way_and_keeps_its_own_fields():
    """A subclass of a schema class is not cut down to its parent's fields."""
    span = _WiderSpan(1, 4, label="x")

    back = pickle.loads(pickle.dumps(span))

    assert type(back) is _WiderSpan
    assert back == span
    assert back.label == "x"


def test_a_span_subclass_in_a_span_field_is_kept_whole():
    """A value whose span is a subclass of Span does not lose the subclass's fields to the two offsets."""
    value = Value(value=1, span=_WiderSpan(0, 1, label="x"), raw="1", extractor="test")

    back = pickle.loads(pickle.dumps(value))

    assert back == value
    assert type(back.span) is _WiderSpan
    assert back.span.label == "x"


def test_the_first_pickle_loaded_generates_the_restore_function_once(monkeypatch: pytest.MonkeyPatch):
    """The first pickle a process loads calls the placeholder ``_restore`` for each of its objects
    (pickle looks the name up once per pickle); the code is generated for the first only."""

    @attrs.frozen
    class Pair:
        a: int
        b: str

    Pair.__qualname__ = Pair.__name__ = "_Pair"  # findable by pickle as this module's global
    monkeypatch.setitem(globals(), "_Pair", Pair)
    install(Pair)
    generated = []
    real = _pickling._generate
    monkeypatch.setattr(_pickling, "_generate", lambda *args: generated.append(args) or real(*args))
    data = pickle.dumps([Pair(i, str(i)) for i in range(50)])

    loaded = pickle.loads(data)

    assert loaded == [Pair(i, str(i)) for i in range(50)]
    assert len(generated) == 1
