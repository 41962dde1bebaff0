"""Section vocabulary: the words that tell a section's topic, and the headings of the formats.

Data only. A heading's topic is the topic whose word occurs first in it (``依申请公开、行政复议和诉讼
情况`` is about applications first); the narrative extractor also reads every topic a heading names,
taking the longest word at each place (``申请行政复议`` is review, not applications).
``TOPIC_WORDS`` lists each topic's words; a word that contains another topic's word and starts at the
same place wins through its row coming first.
"""

from __future__ import annotations

from govdisclosure.schema import Topic

TOPIC_WORDS: tuple[tuple[Topic, tuple[str, ...]], ...] = (
    (Topic.STATISTICS, ("情况统计表", "统计表", "附表", "统计情况", "指标统计")),
    (Topic.OTHER, ("其他需要报告", "其他需报告", "其他事项", "需要说明的事项", "其他报告事项")),
    (Topic.PROBLEMS, ("存在的主要问题", "主要问题", "存在问题", "存在的问题", "问题和不足", "不足", "难点")),
    (Topic.PLANS, ("下一步", "下步工作", "工作计划", "工作打算", "工作安排", "改进措施", "努力方向", "工作思路",
                   "明确目标", "工作设想", "工作建议")),
    (Topic.FEES, ("收费", "费用", "依申请公开收费", "依申请信息公开收费", "依申请公开信息收费")),
    (Topic.REVIEW_LITIGATION, ("行政复议", "复议", "行政诉讼", "诉讼", "申诉", "申请行政复议", "被申请行政复议",
                               "提起行政诉讼")),
    (Topic.COMPLAINTS, ("举报", "投诉")),
    (Topic.CONSULTATION, ("咨询",)),
    (Topic.APPLICATIONS, ("依申请", "收到和处理", "申请")),
    (Topic.RESPONSE, ("回应", "解读", "舆情")),
    (Topic.PROACTIVE, ("主动公开",)),
    (Topic.OVERVIEW, ("总体情况", "概述", "基本情况", "总体", "概况")),
    (Topic.PLATFORMS, ("平台", "载体", "网站", "渠道", "公报")),
    (Topic.SUPERVISION, ("监督", "保障", "考核", "评议", "责任追究")),
    (Topic.ORGANISATION, ("组织", "机构", "领导", "队伍", "制度", "机制", "培训", "会议")),
)
"""Topic → words; earlier rows win when two words start at the same place."""

TOPIC_OF_WORD: dict[str, Topic] = {word: topic for topic, words in reversed(TOPIC_WORDS) for word in words}
"""Each topic word → its topic (the first row of ``TOPIC_WORDS`` to list it)."""

STANDARD_HEADINGS: tuple[tuple[str, Topic], ...] = (
    ("总体情况", Topic.OVERVIEW),
    ("政府信息公开总体情况", Topic.OVERVIEW),
    ("主动公开政府信息情况", Topic.PROACTIVE),
    ("行政机关主动公开政府信息情况", Topic.PROACTIVE),
    ("收到和处理政府信息公开申请情况", Topic.APPLICATIONS),
    ("行政机关收到和处理政府信息公开申请情况", Topic.APPLICATIONS),
    ("政府信息公开行政复议、行政诉讼情况", Topic.REVIEW_LITIGATION),
    ("政府信息公开行政复议及行政诉讼情况", Topic.REVIEW_LITIGATION),
    ("政府信息公开行政复议与行政诉讼情况", Topic.REVIEW_LITIGATION),
    ("因政府信息公开工作被申请行政复议、提起行政诉讼情况", Topic.REVIEW_LITIGATION),
    ("因政府信息公开工作被申请行政复议提起行政诉讼情况", Topic.REVIEW_LITIGATION),
    ("存在的主要问题及改进情况", Topic.PROBLEMS),
    ("政府信息公开工作存在的主要问题及改进情况", Topic.PROBLEMS),
    ("存在问题及改进情况", Topic.PROBLEMS),
    ("存在的主要问题和改进措施", Topic.PROBLEMS),
    ("其他需要报告的事项", Topic.OTHER),
    ("其他事项", Topic.OTHER),
    ("概述", Topic.OVERVIEW),
    ("主动公开政府信息的情况", Topic.PROACTIVE),
    ("依申请公开政府信息情况", Topic.APPLICATIONS),
    ("依申请公开政府信息和不予公开政府信息的情况", Topic.APPLICATIONS),
    ("政府信息公开的收费及减免情况", Topic.FEES),
    ("咨询处理情况", Topic.CONSULTATION),
    ("复议、诉讼和申诉情况", Topic.REVIEW_LITIGATION),
    ("主要问题和改进措施", Topic.PROBLEMS),
)
"""Headings of the official skeletons (2008 条例 第三十二条 and the 2019/2021 formats), used to tell
where a heading ends in text whose line breaks were lost."""

PROSE_HEADING_ENDINGS = ("情况", "工作", "方面", "措施", "问题", "事项", "打算", "计划", "建议", "思路", "不足")
"""How the heading of a section of prose ends (``五、行政复议和行政诉讼情况``). A numbered line ending so,
with no number or cell separator on it, is a section heading even where it starts with a form label
or stands among form labels that prose happens to name."""
