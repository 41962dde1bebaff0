import pickle

import attrs

from govdisclosure import Span, Value
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
    """A value pickles as a call of its class's _restore with its fields: no attrs state, a smaller pickle."""
    value = Value(value=12, span=Span(6, 8), raw="12", extractor="stats_table", unit="件")

    restore, fields = value.__reduce_ex__(pickle.HIGHEST_PROTOCOL)

    assert restore is Value._restore
    assert fields == (12, Span(6, 8), "12", "stats_table", "件", value.qualifier, value.origin, None, None)
    assert pickle.loads(pickle.dumps(value)) == value


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
