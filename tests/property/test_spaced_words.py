"""Words broken by a space, as PDF text letter-spaces short cells and titles and web pages slip in
zero-width spaces: a title read whole (not glued to the breadcrumb before it), a unit ``万 元`` read
as 万元 (not as yuan), a decimal ``12. 5`` as 12.5 (not as 12), a period sentence wrapped inside a
word still read."""

import re

from hypothesis import assume, given, note, settings
from hypothesis import strategies as st
from tests.strategies import header_text, metadata_truths, standard_reports, stats_reports

import govdisclosure as gd


@given(metadata_truths(), st.data(), st.sampled_from([" ", "\u200b"]))
@settings(max_examples=60)
def test_title_broken_by_a_space(meta, data, space):
    header = data.draw(header_text(meta))
    lines = header.split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith(meta["agency"]))
    title = lines[index]
    cut = data.draw(st.integers(1, len(title) - 1))
    assume(not (title[cut - 1].isdigit() and title[cut].isdigit()))  # a year split in two is another matter
    lines[index] = title[:cut] + space + title[cut:]
    text = "\n".join([*lines, "一、总体情况", "全年主动公开政府信息120条。"])
    note(text)

    report = gd.parse(text, strict=True)

    assert report.metadata.title is not None
    assert "".join(report.metadata.title.value.split()).replace("\u200b", "") == title
    assert report.metadata.agency is not None
    assert report.metadata.agency.value == meta["agency"]


@given(stats_reports(renderings=("spaces", "tabs", "lines", "pipes")), st.sampled_from([" ", "  ", "\u200b"]))
@settings(max_examples=60)
def test_letter_spaced_unit(case, space):
    text, expected, rendering = case
    assume("万元" in text)
    spaced = text.replace("万元", f"万{space}元")
    note(spaced)

    record = gd.parse(spaced, strict=True).to_record()

    money = {k: v for k, v in expected.items() if k.endswith("_yuan")}
    assert money
    assert {k: record.get(k) for k in money} == money, rendering


@given(standard_reports(renderings=("spaces", "tabs", "pipes")), st.sampled_from([". ", " .", " . ", "\u200b.\u200b"]))
@settings(max_examples=60)
def test_decimal_broken_at_its_point(case, point):
    """Table 二's amounts in 万元 (12.5, 9116.36) read whole."""
    text, expected, _ = case
    assume(re.search(r"\d\.\d", text))
    broken = re.sub(r"(\d)\.(\d)", lambda m: m.group(1) + point + m.group(2), text)
    note(broken)

    record = gd.parse(broken, strict=True).to_record()

    assert [(k, v, record.get(k)) for k, v in expected.items() if k != "format" and record.get(k) != v] == []


@given(metadata_truths(), st.data(), st.sampled_from(["\n", " ", "\u200b"]))
@settings(max_examples=60)
def test_period_sentence_wrapped_anywhere(meta, data, brake):
    """PDF text wraps lines inside words (统计期\\n限): the statistical period is still read."""
    year = meta["year"]
    sentence = f"本报告中所列数据统计期限自{year}年1月1日起至{year}年12月31日止。"
    cut = data.draw(st.integers(1, len(sentence) - 1))
    assume(not (sentence[cut - 1].isdigit() and sentence[cut].isdigit()))
    text = f"{meta['agency']}{year}年政府信息公开工作年度报告\n{sentence[:cut]}{brake}{sentence[cut:]}\n一、总体情况"
    note(text)

    metadata = gd.parse(text, strict=True).metadata

    assert metadata.period_start is not None
    assert metadata.period_end is not None
    assert (metadata.period_start.value.isoformat(), metadata.period_end.value.isoformat()) == (
        f"{year}-01-01", f"{year}-12-31")
