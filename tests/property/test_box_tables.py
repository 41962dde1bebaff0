"""Tables drawn with box-drawing characters, as a text browser dumps an HTML table (``│ 12 │``
between rules such as ``├────┼────┤``), or as an ASCII grid (``+----+----+``), read back as the
same pipe tables."""

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports, stats_reports, wrong_values

import govdisclosure as gd

_RULES = {
    "box": lambda width: "├" + "─" * width + "┼" + "─" * 3 + "┤",
    "heavy": lambda width: "┣" + "━" * width + "╋" + "━" * 3 + "┫",
    "ascii": lambda width: "+" + "-" * width + "+" + "=" * 3 + "+",
}


def _drawn(text: str, style: str) -> str:
    """``text`` with a rule between two whole pipe rows and, in the box styles, ``│`` for ``|``."""
    lines = text.split("\n")
    out: list[str] = []
    for previous, line in zip(["", *lines], lines, strict=False):
        whole = line.startswith("|") and line.endswith("|")
        if whole and previous.startswith("|") and previous.endswith("|"):
            out.append(_RULES[style](len(line) // 2))
        out.append(line.replace("|", "│" if style == "box" else "┃") if style != "ascii" and "|" in line else line)
    return "\n".join(out)




@given(st.one_of(stats_reports(renderings=("pipes",)), standard_reports(renderings=("pipes",))),
       st.sampled_from(sorted(_RULES)))
@settings(max_examples=80)
def test_box_drawn_tables_read_as_pipe_tables(case, style):
    text, expected, _ = case
    drawn = _drawn(text, style)
    note(drawn)

    report = gd.parse(drawn, strict=True)

    assert not wrong_values(report.to_record(), expected)


def test_a_header_of_blank_cells_between_box_strokes_still_ends_at_the_values():
    """Table 四's header as a text browser draws it: words wrapped inside narrow columns, and a
    run of blank header cells (``│     │     │``) before 未经复议直接起诉."""
    heads = "│结果 │结果 │其他 │尚未 │总│"
    text = "\n".join([
        "甲县民政局2020年政府信息公开工作年度报告",
        "四、政府信息公开行政复议、行政诉讼情况",
        "┌──────────────────────────┬──────────────────────────┐",
        "│行政复议                  │行政诉讼                  │",
        "├─────┬─────┬─────┬─────┬──┼─────────────┬────────────┤",
        "│     │     │     │     │  │未经复议直接起诉│复议后起诉  │",
        heads + "结果 │结果 │其他 │尚未 │总│结果 │结果 │其他 │尚未 │总│",
        "│维持 │纠正 │结果 │审结 │计│维持 │纠正 │结果 │审结 │计│维持 │纠正 │结果 │审结 │计│",
        "├─────┼─────┼─────┼─────┼──┼─────┼─────┼─────┼─────┼──┼─────┼─────┼─────┼─────┼──┤",
        "│5    │     │     │2    │7 │8    │     │     │1    │9 │     │     │     │     │  │",
        "└─────┴─────┴─────┴─────┴──┴─────┴─────┴─────┴─────┴──┴─────┴─────┴─────┴─────┴──┘",
        "五、存在的主要问题及改进情况",
    ])

    record = gd.parse(text, strict=True).to_record()

    assert (record["reconsideration.total"], record["reconsideration.upheld"], record["litigation.total"]) == (7, 5, 9)
