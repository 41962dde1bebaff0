"""Injected gambling spam is reported with its span; the numbers around it are read as printed."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.inputs.rendering import REPORTS, values_of

import govdisclosure as gd
from govdisclosure.forms.spam import SPAM_WORDS
from govdisclosure.source import SourceText
from govdisclosure.text.spam import MAX_REPORTED, find_spam


def _spans(text):
    return [(d.span.start, d.span.end) for d in find_spam(SourceText(text))]


def test_spam_replacing_a_word_is_one_run():
    """``雷速体育,雷速直播`` in place of a word is one GD501 warning spanning both spam words."""
    text = "二是主动公开雷速体育,雷速直播。信息公开联络员每个工作日整理信息。"

    report = gd.parse(text, strict=True)

    spam = [d for d in report.diagnostics if d.code == "GD501"]
    assert [(d.span.start, d.span.end) for d in spam] == [(6, 15)]
    assert spam[0].severity.value == "warning"
    assert "雷速体育,雷速直播" in spam[0].message


def test_spam_in_traditional_text():
    """Spam written in traditional script is found through the simplified view, its span in the original."""
    text = "某某縣政府資訊公開工作年度報告。二是主動公開雷速體育,雷速直播。"

    report = gd.parse(text, strict=True)

    assert [text[d.span.start : d.span.end] for d in report.diagnostics if d.code == "GD501"] == ["雷速體育,雷速直播"]


@pytest.mark.parametrize("text", [
    "依法打击赌博违法犯罪活动，查处赌博案件3起。",
    "福利彩票公益金和体育彩票公益金使用情况已按规定公开。",
    "规范棋牌室经营，市体育局组织全民健身活动。",
    "通过政府网站直播新闻发布会6场，并开展在线访谈。",
    *REPORTS.values(),
])
def test_report_words_are_not_spam(text):
    """Words a report may print about enforcement, lotteries or sport are not spam."""
    assert _spans(text) == []


@given(st.sampled_from(sorted(SPAM_WORDS)), st.sampled_from(["upper", "capitalize", "lower", "fullwidth"]))
def test_every_word_is_found_in_any_case_and_width(word, style):
    """Each spam word is found whether its Latin letters are upper case, capitalised or full width."""
    written = {"upper": word.upper(), "capitalize": word.capitalize(), "lower": word,
               "fullwidth": word.translate({c: c + 0xFEE0 for c in range(0x21, 0x7F)})}[style]
    text = f"全年主动公开{written}政府信息1200条。"

    assert [(6, 6 + len(written))] == _spans(text)


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_spam_does_not_change_the_numbers(name):
    """Spam put into a report's sentences and as a keyword line at the end changes no value."""
    text = REPORTS[name]
    clean = values_of(gd.parse(text, strict=True))
    defaced = text.replace("。", "。雷速体育,雷速直播", 1) + "\n真人视讯 | 体育投注 | 开云体育\n"

    report = gd.parse(defaced, strict=True)

    assert clean == values_of(report)
    assert sum(d.code == "GD501" for d in report.diagnostics) == 2


def test_reported_runs_are_bounded():
    """A page made of spam is reported at most ``MAX_REPORTED`` times."""
    text = "雷速直播。" * 10_000

    assert len(_spans(text)) == MAX_REPORTED
