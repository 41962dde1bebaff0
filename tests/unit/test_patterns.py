"""Patterns moved from the ``regex`` module to the standard library's ``re`` match what they matched."""

import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from govdisclosure import structure
from govdisclosure.reading import cells, labels
from govdisclosure.text import script
from govdisclosure.text.patterns import WHITE_SPACE

# digits, numbering, separators, units, Chinese text, and every kind of white space both engines know
_TEXT = st.lists(st.sampled_from([
    *"0123456789,.+-－—/／\\_|\"'“”‘’:：、()（）【】[]>。；;!！?？",
    "其中", "一", "二", "十", "①", "㈢", "件", "万元", "人次", "合计", "收到申请", "國", "这",
    " ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u2003", "\u3000",
]), max_size=30).map("".join)


def _as_regex(pattern: re.Pattern[str]) -> regex.Pattern[str]:
    """The same pattern for the ``regex`` module, with ``\\s`` where it spells out regex's white space."""
    source = pattern.pattern.replace(f"[{WHITE_SPACE}]", r"\s").replace(WHITE_SPACE, r"\s")
    return regex.compile(source, regex.VERBOSE if pattern.flags & re.VERBOSE else 0)


def test_white_space_is_what_regex_calls_white_space():
    """``WHITE_SPACE`` holds exactly the characters ``regex``'s ``\\s`` matches (re's adds \\x1c-\\x1f)."""
    ours = re.compile(f"[{WHITE_SPACE}]")
    theirs = regex.compile(r"\s")

    assert [c for c in map(chr, range(0x3001)) if bool(ours.match(c)) != bool(theirs.match(c))] == []


@pytest.mark.parametrize("pattern", [
    cells._PIECE, cells._UNIT, labels._DECORATION, structure._TITLE_END, structure._TITLE_CUT,
    structure._FURNITURE_SPLIT, structure._GLUED_HEADING, script._TRADITIONAL, script._SIMPLIFIED,
], ids=lambda p: p.pattern[:24])
@given(text=_TEXT)
def test_a_pattern_on_re_finds_what_it_found_on_regex(pattern, text):
    """Every match, and every named group of it, is the same on both engines."""
    theirs = _as_regex(pattern)

    assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == [
        (m.span(), m.groupdict()) for m in theirs.finditer(text)]
