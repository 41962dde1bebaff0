"""A text that prints the form twice (a report's tables, then an annex of the same form with other
figures, or the next report on the same page) is read from its first copy: every value of tables 三
and 四 is the first copy's, never a mix of rows from both, however each copy numbers its rows."""

import regex
from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports

import govdisclosure as gd

START = "三、收到和处理政府信息公开申请情况\n"
END = "\n五、存在的主要问题及改进情况"
_NUMBERING = regex.compile(r"^(?:[（(][一二三四五六七][)）]|[一二三四]、|[0-9][.、．])", regex.MULTILINE)


def _unnumbered(tables: str, lines_from: float, lines_to: float) -> str:
    """``tables`` with the row numbers taken off the lines between two fractions of them."""
    lines = tables.split("\n")
    low, high = int(len(lines) * lines_from), int(len(lines) * lines_to)
    return "\n".join(_NUMBERING.sub("", line) if low <= i < high else line for i, line in enumerate(lines))


@given(standard_reports(renderings=("spaces", "tabs", "pipes")), st.sampled_from([(0.0, 0.0), (0.0, 0.5), (0.5, 1.0)]),
       st.data())
@settings(max_examples=60)
def test_the_first_copy_of_the_tables_is_read(first, unnumbered, data):
    text, expected, _ = first
    version = 2021 if expected["format"] == "standard_2021" else 2019
    other, _, _ = data.draw(standard_reports(version=version, renderings=("spaces", "tabs", "pipes")))
    head, rest = text.split(START, 1)
    tables, tail = rest.split(END, 1)
    annex = other.split(START, 1)[1].split(END, 1)[0]
    low, high = unnumbered
    text = (head + START + _unnumbered(tables, low, high) + END + tail
            + "\n附件：全县政府信息公开情况统计\n" + START + _unnumbered(annex, 1 - high, 1 - low))
    note(text)

    record = gd.parse(text, strict=True).to_record()

    wanted = {k: v for k, v in expected.items() if k.startswith(("table3.", "table4."))}
    assert {k: record.get(k) for k in wanted} == wanted
