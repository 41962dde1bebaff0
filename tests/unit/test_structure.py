import re

from hypothesis import given
from hypothesis import strategies as st

from govdisclosure import Topic
from govdisclosure.forms.furniture import FURNITURE_PREFIXES, FURNITURE_WORDS
from govdisclosure.forms.sections import TOPIC_WORDS
from govdisclosure.source import SourceText
from govdisclosure.structure import Document, is_furniture, topic_of

REPORT = """\
当前位置:首页 > 政务公开 > 年度报告
某某市2018年政府信息公开工作年度报告
一、概述
今年工作有序推进。
（一）主动公开情况
全年主动公开信息12条。
（二）依申请公开情况
未收到申请。
二、政府信息公开的收费及减免情况
无
三、主要问题和改进措施
一是需要加强。
"""


def test_sections_nest_by_level_and_get_topics():
    """Numbered headings become a section tree; each section runs to the next of its level."""
    document = Document(SourceText(REPORT))

    top = document.sections

    assert [s.title for s in top] == ["概述", "政府信息公开的收费及减免情况", "主要问题和改进措施"]
    assert [s.topic for s in top] == [Topic.OVERVIEW, Topic.FEES, Topic.PROBLEMS]
    assert [c.title for c in top[0].children] == ["主动公开情况", "依申请公开情况"]
    assert top[0].span.end == top[1].span.start
    assert REPORT[top[1].heading.start : top[1].heading.end] == "二、政府信息公开的收费及减免情况"


def test_table_rows_are_not_sections():
    """A marker followed by a row label of table 三 is a table row, not a heading."""
    text = ("三、收到和处理政府信息公开申请情况\n三、本年度办理结果\n四、结转下年度继续办理 0 0 0 0 0 0 0\n"
            "四、政府信息公开行政复议、行政诉讼情况\n")

    titles = [s.title for s in Document(SourceText(text)).sections]

    assert titles == ["收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况"]


def test_headings_in_glued_text():
    """In crawler text on one line, an official section heading after a marker is found anywhere."""
    text = "政府集中采购1个246900元二、收到和处理政府信息公开申请情况（本列数据…）六、其他需要报告的事项无。"

    titles = [s.title for s in Document(SourceText(text)).sections]

    assert titles == ["收到和处理政府信息公开申请情况", "其他需要报告的事项"]


def test_furniture_and_topics():
    """Chrome lines are recognised; topics come from the first topic word of a heading."""
    assert is_furniture("分享 微信 头条 微博 空间 qq")
    assert is_furniture("【字体: 打印")
    assert not is_furniture("一、概述")
    assert topic_of("政府信息依申请公开、行政复议和诉讼情况") is Topic.APPLICATIONS
    assert topic_of("存在的主要问题及改进情况") is Topic.PROBLEMS
    assert topic_of("工作动态") is None


def _first_topic(title: str) -> Topic | None:
    """``topic_of`` written out: the word found first in ``title``, the earlier row on a tie."""
    found = [(title.find(word), rank, topic) for rank, (topic, words) in enumerate(TOPIC_WORDS) for word in words
             if word in title]
    return min(found)[2] if found else None


@given(st.lists(st.sampled_from([w for _, words in TOPIC_WORDS for w in words] + ["情况", "、", "和", "及", "一"]),
                max_size=6))
def test_topic_of_is_the_first_topic_word(pieces):
    """The topic of the word that starts first, and of the earliest row of ``TOPIC_WORDS`` where two start at
    the same character (words that overlap and words that contain another are drawn together)."""
    title = "".join(pieces)

    assert topic_of(title) == _first_topic(title)


def _furniture(line: str) -> bool:
    """``is_furniture`` written out: a chrome prefix, or every word a chrome word."""
    stripped = line.strip()
    if stripped.startswith(FURNITURE_PREFIXES):
        return True
    words = [w for w in re.split(r"[\s|>:：【】\[\]]+", stripped) if w]
    return bool(words) and all(w in FURNITURE_WORDS for w in words)


@given(st.lists(st.sampled_from([*FURNITURE_WORDS, "一、概述", "年度报告", "某某局", "12"]), max_size=5),
       st.lists(st.sampled_from([" ", "  ", "|", " > ", "：", "【", "】", "\t", ""]), min_size=6, max_size=6))
def test_furniture_is_a_line_of_chrome_words_only(words, separators):
    """A line is furniture when all its words are chrome words, whatever separates them and however it
    starts (the first word decides most lines, so a separator before it must not hide it)."""
    line = separators[0] + "".join(w + s for w, s in zip(words, separators[1:], strict=False))

    assert is_furniture(line) == _furniture(line)
