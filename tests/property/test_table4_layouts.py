"""Table 四 printed other than as one row of fifteen: as three sub-tables, each a caption
(``行政复议``, ``行政诉讼（未经复议直接起诉）``…) over a header of its own and one row of five values, or
as three rows of five whose labels name the litigation in brackets. The converters' renderings of
both (pipes with separator rows, a caption as a table row with blank cells, tabs, one cell per line,
spaces) read every value; a caption's own blank cells are never read as zeros."""

from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports

import govdisclosure as gd

HEADS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
KEYS = ("table4.reconsideration", "table4.litigation_direct", "table4.litigation_after_review")
CAPTIONS = {
    "table4.reconsideration": ("行政复议",),
    "table4.litigation_direct": ("行政诉讼（未经复议直接起诉）", "行政诉讼(未经复议直接起诉)", "未经复议直接起诉"),
    "table4.litigation_after_review": ("行政诉讼（复议后起诉）", "行政诉讼(复议后起诉)", "复议后起诉"),
}
SECTION = ("四、政府信息公开行政复议、行政诉讼情况\n", "\n五、存在的主要问题及改进情况")


def _row(cells: list[str], rendering: str) -> str:
    if rendering == "pipes":
        return "| " + " | ".join(cells) + " |"
    if rendering == "lines":
        return "\n".join(cells)
    return {"tabs": "\t", "spaces": "  "}[rendering].join(cells)


@st.composite
def subtables(draw: st.DrawFn, values: dict[str, list[int]]) -> str:
    rendering = draw(st.sampled_from(["pipes", "tabs", "spaces", "lines"]))
    caption_in_table = rendering in ("pipes", "tabs") and draw(st.booleans())
    separator = rendering == "pipes" and draw(st.booleans())
    parts = []
    for key in KEYS:
        caption = draw(st.sampled_from(CAPTIONS[key]))
        lines = [_row([caption, *[""] * 4], rendering) if caption_in_table else caption]
        lines.append(_row(list(HEADS), rendering))
        if separator:
            lines.append("|" + "---|" * 5)
        lines.append(_row([str(v) for v in values[key]], rendering))
        parts.append("\n".join(lines))
    return draw(st.sampled_from(["\n", "\n\n"])).join(parts)


@st.composite
def labelled_rows(draw: st.DrawFn, values: dict[str, list[int]]) -> str:
    rendering = draw(st.sampled_from(["pipes", "tabs", "spaces"]))
    lines = [_row(["项目", *HEADS], rendering)]
    if rendering == "pipes":
        lines.append("|" + "---|" * 6)
    lines += [_row([draw(st.sampled_from(CAPTIONS[key])), *map(str, values[key])], rendering) for key in KEYS]
    return "\n".join(lines)


@given(standard_reports(renderings=("spaces", "tabs", "pipes")), st.data())
@settings(max_examples=80)
def test_table4_as_subtables_or_rows_of_five(case, data):
    text, expected, _ = case
    values = {key: [expected[f"{key}.{name}"] for name in ("upheld", "corrected", "other", "pending", "total")]
              for key in KEYS}
    table = data.draw(st.one_of(subtables(values), labelled_rows(values)))
    head, rest = text.split(SECTION[0], 1)
    _, tail = rest.split(SECTION[1], 1)
    text = head + SECTION[0] + table + SECTION[1] + tail
    note(text)

    record = gd.parse(text, strict=True).to_record()

    wanted = {k: v for k, v in expected.items() if k.startswith("table4.")}
    assert {k: record.get(k) for k in wanted} == wanted
