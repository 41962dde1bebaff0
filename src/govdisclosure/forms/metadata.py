"""Vocabulary of report metadata: title words, agency name endings, document kinds. Data only."""

from __future__ import annotations

HEADER_FIELDS: dict[str, str] = {
    "标题": "标题",
    "发布时间": "发布时间", "发布日期": "发布时间", "时间": "发布时间", "日期": "发布时间", "发布": "发布时间",
    "成文日期": "成文日期", "发文日期": "发文日期",
    "来源": "来源", "信息来源": "来源",
    "发布机构": "发布机构", "发文机关": "发布机构",
    "索引号": "索引号",
    "文号": "文号", "发文字号": "文号",
}
"""Labels of the fields a page prints above a report (``发布日期：2020-01-20``) → the field they name.
成文日期 and 发文日期 are matched so that their 日期 is not read as the publication date."""

HEADER_CELL_FIELDS: dict[str, str] = {**HEADER_FIELDS, "名称": "标题", "文件名称": "标题"}
"""The same where a page's header is a table, each label a cell of its own and its value the next
cell (``| 发布机构 | 某局 | 发布日期 | 2020-01-20 |``); such a table names the title ``名称``."""

TITLE_SUBJECTS: tuple[str, ...] = ("政府信息公开", "政务公开", "信息公开", "政府信息與政務公開", "政府資訊公開",
                                   "政府信息公開", "政務公開")
"""Words that make a title about disclosure work."""

ANNUAL_REPORT_WORDS: tuple[str, ...] = (
    "年度报告", "年报", "年度工作报告", "工作报告", "工作情况报告", "情况报告", "年度報告", "工作報告", "报告", "報告",
)
"""Words that make a title a report (the first ones weigh more)."""

REPORT_ENDINGS: tuple[str, ...] = ("报告", "報告", "年报", "年報")
"""Words a report's title ends with: in a header whose spaces were all removed, a title is cut
after one of them (``…年度报告本报告由…``)."""

TITLE_GOES_ON = "(（[【》\"'“”的之和及与、,，有等编格工撰填报送审"
"""Characters after a report word that carry the title on (``…年度报告的通知``, ``…年度报告编制工作``,
``…报告（2019年）``): no cut there."""

TITLE_GOES_ON_WORDS: tuple[str, ...] = ("目录", "解读", "政策解读", "图解", "说明")
"""Words after a report word that carry the title on (``…年度报告目录``, ``…年度报告解读``): a page
about the year's report, which the title's end shows."""

TITLE_WORDS: tuple[str, ...] = ("报告", "年报", "总结", "通知", "方案", "计划", "意见", "情况", "報告", "要点", "办法",
                                "规定", "指南", "指引", "目录", "制度", "细则")
"""A title candidate has at least one of these."""

NOT_REPORT_ENDINGS: tuple[str, ...] = ("通知", "意见", "办法", "方案", "计划", "要点", "规定", "细则", "批复", "公告",
                                       "通报", "函", "决定", "目录", "指南", "指引", "制度", "规则", "通知书", "解读",
                                       "格式")
"""A title ending with one of these names another kind of document."""

NOT_REPORT_WORDS: tuple[str, ...] = ("自查", "检查", "督查", "评估报告", "考核", "整改", "测评", "评议",
                                     "图解", "一图读懂", "图读", "的解读", "》解读", "政策解读", "编制说明", "的说明")
"""A title with one of these is about an inspection or assessment, or is a page about the year's
report (an infographic, an interpretation, notes on compiling it or on it), not the report itself;
looked for in the whole title, a closing note too (``…年度报告（图解）``)."""

AGENCY_ENDINGS: tuple[str, ...] = (
    "人民政府办公室", "人民政府办公厅", "人民政府", "管理委员会", "管委会", "委员会", "办公室", "办公厅", "办事处",
    "街道", "政府", "局", "委", "厅", "署", "院", "中心", "镇", "乡", "会", "处", "所", "站", "队", "馆", "社",
    "海关", "室", "办",
)
"""How the names of reporting bodies end."""

PLACE_ENDINGS: tuple[str, ...] = (
    "自治区", "自治州", "自治县", "新区", "实验区", "开发区", "省", "市", "县", "区", "州", "盟", "旗",
)
"""How place names end (a title may name only the place: 宣威市2018年…)."""

NOT_IN_AGENCY = '0123456789，。,:：、《》“”"「」；;'
"""Characters no agency name holds: a line with them is a sentence or a citation that happens to end
like one (本报告由某市人民政府办公室根据《中华人民共和国政府 / 信息公开条例》…, wrapped in a PDF)."""
COMPILER_PATTERNS: tuple[str, ...] = (
    r"本(?:年度)?报告由(?P<name>[^{stop}]{{2,40}}?)(?:根据|依据|按照|编制|编写|负责)",
    r"(?P<name>[^{stop}]{{2,40}})(?:负责)?编制(?:了)?本(?:年度)?报告",
)
"""The sentence of a report's opening that names the body compiling it (``本报告由某区卫生健康局编制``,
``…，某局编制本报告``); ``{stop}`` stands for what no name holds. The agency where nothing else names one."""

OPENING_SUBJECT_PATTERN = (
    r"(?m)^[ \t\u3000]*(?:(?:19|20)[0-9]{{2}}\s*年度?\s*[,，]\s*)?(?P<name>(?![本我该全各])[^{stop}]{{2,40}}?)"
    r"(?:认真|深入|全面|严格|坚持|始终|紧紧围绕|高度重视|紧扣|聚焦|扎实)"
)
"""A body's name opening a line's first sentence as its subject, before the verbs reports open with
(``2023年，某县财政局认真贯彻落实…``): the agency where nothing else, the opening compiler included,
names one. Not 本局, 我局, 全县 …"""

SENTENCE_OPENINGS: tuple[str, ...] = ("本报告", "本年度", "本机关", "根据", "依据", "按照")
"""How a sentence about the report opens; an agency name never does."""

PERIOD_WORDS: tuple[str, ...] = ("统计期限", "统计时限", "统计时间", "统计区间", "统计期间", "数据统计期限", "统计周期")
"""Words that introduce the statistical period."""

CITATION_MARKS: tuple[str, ...] = ("》", "依据", "根据", "按照", "参照", "印发", "转发", "要求")
"""A document number after (or starting with) one of these on its line, within ``CITATION_REACH`` characters, cites
another document (《…年度报告格式》（国办公开办函〔2021〕30号）); it is not the report's own."""

CITATION_REACH = 40
