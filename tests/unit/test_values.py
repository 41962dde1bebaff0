import inspect

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure import Span, Value
from govdisclosure.schema import Origin, Qualifier


def test_constructor_takes_every_field_by_keyword_with_its_default():
    """Value's written-out __init__ has the fields attrs knows, keyword-only, with their defaults."""
    parameters = list(inspect.signature(Value.__init__).parameters.values())[1:]

    assert [p.name for p in parameters] == [f.name for f in attrs.fields(Value)]
    assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters)
    for parameter, field in zip(parameters, attrs.fields(Value), strict=True):
        expected = inspect.Parameter.empty if field.default is attrs.NOTHING else field.default
        assert parameter.default == expected, field.name


@given(value=st.integers(), start=st.integers(0, 99), size=st.integers(0, 9), unit=st.none() | st.text(max_size=2),
       qualifier=st.sampled_from(Qualifier), origin=st.sampled_from(Origin), scope=st.none() | st.text(max_size=3))
def test_every_field_is_set_and_evolve_keeps_the_rest(*, value, start, size, unit, qualifier, origin, scope):
    """Each keyword lands in its own field; attrs.evolve goes through the same constructor."""
    span = Span(start, start + size)
    made = Value(value=value, span=span, raw="x" * size, extractor="test", unit=unit, qualifier=qualifier,
                 origin=origin, scope=scope, as_of="11月30日")

    assert attrs.astuple(made, recurse=False) == (value, span, "x" * size, "test", unit, qualifier, origin,
                                                  scope, "11月30日")
    assert attrs.evolve(made, unit="件") == Value(value=value, span=span, raw="x" * size, extractor="test",
                                                  unit="件", qualifier=qualifier, origin=origin, scope=scope,
                                                  as_of="11月30日")


def test_a_value_stays_frozen():
    """The written-out constructor does not make values mutable."""
    value = Value(value=1, span=Span(0, 1), raw="1", extractor="test")

    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        value.unit = "件"  # type: ignore[misc]
