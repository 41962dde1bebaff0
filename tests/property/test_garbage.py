"""parse() leaves no reference cycles behind: everything it builds is freed by reference counting.

``parse_many`` pauses the cyclic garbage collector while it works (see ``batch._gc_paused``); that is
safe only because a parse makes no cyclic garbage, which would otherwise pile up for the whole pause.
"""

import gc

from hypothesis import given
from hypothesis import strategies as st
from tests.strategies import standard_reports, stats_reports

import govdisclosure as gd
from govdisclosure.batch import _gc_paused


def _cyclic_garbage(text: str) -> int:
    """Unreachable objects found by a full collection right after parsing ``text`` (the second time:
    what is built once per process, such as the plugin registry, is not per-parse garbage)."""
    gd.parse(text)
    gc.collect()
    with _gc_paused():
        gd.parse(text)
        return gc.collect()


@given(st.one_of(standard_reports(), stats_reports()))
def test_a_report_parses_without_reference_cycles(case):
    """Tables in every rendering (glued ones go through the digit splitter, which recurses) and
    nested sections (built recursively) are freed as soon as the report is dropped."""
    text, _, _ = case

    assert _cyclic_garbage(text) == 0


@given(st.text(max_size=300))
def test_any_text_parses_without_reference_cycles(text):
    assert _cyclic_garbage(text) == 0


def test_the_check_sees_a_cycle():
    """The measure itself can fail: a self-referencing object is found by the collection."""
    gc.collect()
    with _gc_paused():
        loop: list[object] = []
        loop.append(loop)
        del loop
        assert gc.collect() >= 1
