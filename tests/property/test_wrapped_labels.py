"""Row labels that PDF text wraps around their row's values, as extractors that keep the page's
lines print a label cell of two or three lines beside one line of values: the values between the
label's parts (``5.要求行政机关确认或重新出`` / ``1 0 0 0 0 0 1`` / ``具已获取信息``), or after the
first or the middle line of three, or after the second of two, with a merged group cell's words to the left of
some lines (``（五）``), which the text then holds between the label's parts; or a label wrapped in
a narrow column over up to eight lines, the group cell's words on lines of their own between them.
Every such row of table 三 reads back whole, and nothing is read wrong."""

import re

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import TABLE3_SECTION, rewrite_section, standard_reports, wrong_values

import govdisclosure as gd

_ROW = re.compile(r"^(?P<label>\S.*?) (?P<values>[0-9]+(?: [0-9]+){6})$")


@st.composite
def _wrapped(draw, text: str) -> tuple[str, int]:
    """``text`` with some long row labels of table 三 wrapped around their values; how many."""
    wrapped = 0

    def wrap(lines: list[str]) -> list[str]:
        nonlocal wrapped
        out: list[str] = []
        for line in lines:
            match = _ROW.match(line)
            if match is None or len(match["label"]) < 10 or not draw(st.booleans()):
                out.append(line)
                continue
            label, values = match["label"], match["values"]
            cut = draw(st.integers(4, len(label) - 3))
            indent = " " * draw(st.sampled_from([0, 0, 8]))
            # a merged group cell's words to the left of some lines, after a gap of one space or more
            group = draw(st.sampled_from([None, "（五）", "不予处"]))
            gap = " " * draw(st.sampled_from([1, 3]))
            left = [indent, indent, indent] if group is None else [group + gap, " " * 6, group[:2] + gap]
            shape = draw(st.sampled_from(["between", "middle", "three", "before", "first"]))
            if shape == "first":  # the values after the first line, the rest of the label on the next
                out += [indent + label[:cut] + "    " + values, indent + label[cut:]]
            elif shape == "before" and group == "（五）":  # two lines, the values after the second: the
                # group cell's number between the label's halves in the text
                out += [left[0] + label[:cut], left[2] + label[cut:] + "    " + values]
            elif shape == "middle" and len(label) - cut >= 6:  # the values after the middle line of three
                second = draw(st.integers(cut + 2, len(label) - 2))
                out += [indent + label[:cut], indent + label[cut:second] + "    " + values, indent + label[second:]]
            elif shape == "three" and len(label) - cut >= 6:  # a label of three lines, values before the last
                second = draw(st.integers(cut + 2, len(label) - 2))
                out += [left[0] + label[:cut], indent + label[cut:second], " " * 20 + values, left[2] + label[second:]]
            else:  # the values on a line of their own between the label's halves
                out += [left[0] + label[:cut], " " * 20 + values, left[2] + label[cut:]]
            wrapped += 1
        return out

    return rewrite_section(text, TABLE3_SECTION, wrap), wrapped


@given(standard_reports(renderings=("spaces",)), st.data())
@settings(max_examples=80)
def test_labels_wrapped_around_their_values_read_back(case, data):
    text, expected, _ = case
    wrapped_text, wrapped = data.draw(_wrapped(text))
    note(wrapped_text)

    record = gd.parse(wrapped_text, strict=True).to_record()

    assert not wrong_values(record, expected), f"{wrapped} rows wrapped"


_GROUP = re.compile(r"^（[三四五六]）\S+$")


@st.composite
def _narrow(draw, text: str) -> str:
    """``text`` with the long labels of table 三 wrapped in a narrow column over up to eight lines,
    the values after any of the first four, and where such a row is a group's first, the group
    cell's words on lines of their own between the label's (``（六）`` / ``其他处`` / ``理``)."""

    def wrap(lines: list[str]) -> list[str]:
        out: list[str] = []
        for index, line in enumerate(lines):
            match = _ROW.match(line)
            if _GROUP.match(line) and index + 1 < len(lines) and (after := _ROW.match(lines[index + 1])) and (
                    len(after["label"]) >= 10):
                continue  # its words stand between the next row's label lines
            if match is None or len(match["label"]) < 10:
                out.append(line)
                continue
            label, values = match["label"], match["values"]
            width = max(draw(st.integers(4, 7)), -(-len(label) // 8))
            parts = [" " * 16 + label[i : i + width] for i in range(0, len(label), width)]
            cut = draw(st.integers(max(1, len(parts) - 4), min(4, len(parts) - 1)))
            parts.insert(cut, " " * 28 + values)
            if index > 0 and _GROUP.match(lines[index - 1]):
                group = lines[index - 1]
                for at, words in enumerate(group[i : i + 3] for i in range(0, len(group), 3)):
                    parts.insert(min(len(parts), 1 + 2 * at), " " * 10 + words)
            out.extend(parts)
        return out

    return rewrite_section(text, TABLE3_SECTION, wrap)


@given(standard_reports(renderings=("spaces",)), st.data())
@settings(max_examples=80)
def test_labels_wrapped_in_a_narrow_column_read_back(case, data):
    text, expected, _ = case
    narrow = data.draw(_narrow(text))
    note(narrow)

    record = gd.parse(narrow, strict=True).to_record()

    table3 = {k: v for k, v in expected.items() if k.startswith("table3.")}
    assert {k: record.get(k) for k in table3} == table3
