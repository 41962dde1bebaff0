"""Vocabulary for facts stated in prose: which words make a number which statistic. Data only.

A fact is a number with a unit in a clause (``主动公开政府信息共217条``), or a clause saying that
nothing of a kind happened (``未收到政府信息公开申请``). ``INDICATORS`` say what a number counts:
the *object* written nearest before it (or right after it) names the candidates, and a candidate
holds when one of its ``verbs`` occurs earlier in the clause, none of its ``excludes`` occurs in
the phrase it counts, and the sentence is about disclosure work. ``NEGATIONS`` say which objects a
negated clause is about. Word lists ending in ``_PATTERNS`` hold ``regex`` fragments; every other
list holds plain words.
"""

from __future__ import annotations

import attrs

from govdisclosure.schema import Topic

COUNT_UNITS = ("件", "条", "起", "宗", "例", "次", "个", "项", "份", "篇")
MONEY_UNITS = ("万元", "元")

BETWEEN_NUMBER_AND_UNIT = ("余", "多", "以上", "许")
"""Between a number and its unit, these make it approximate or a bound (1200余件, 100多条); the
qualifier each gives is in ``forms.qualifiers``."""

AFTER_UNIT = ("左右", "上下", "以上", "之多")
"""After a unit, these make the number approximate or a bound (50件左右, 300条以上)."""

UNIT_FOLLOWER_PATTERNS = (r"次", r"工作日", r"自然日", r"月", r"小时", r"日", r"天", r"年", r"季度", r"周",
                          r"百分点", r"性", r"人", r"栏目", r"专栏", r"部门", r"单位", r"方面", r"环节")
"""After a unit, these make the number something else: 条次/件次 are tallies, 15个工作日 a time limit."""

NUMBER_BLOCKER_PATTERNS = (r"第", r"数", r"几", r"上", r"成", r"每", r"逐", r"[0-9]\s")
"""Right before a number, these make it an ordinal (第三条), vague (数十条, 上百件, 每件) or the end of a
number split by a space (1 200条)."""

RANGE_BEFORE_PATTERNS = (r"[0-9〇零一二两三四五六七八九十百千万]\s*(?:至|到|~|-|—|或)",)
"""Right before a number, these make it the upper end of a range (三至五件, 3-5件)."""

NUMBER_AFTER_BLOCKER_PATTERNS = (r"几", r"来", r"至", r"到", r"-", r"~", r"—")
"""Right after a number, these make it vague or a range (十几件, 三至五件)."""


@attrs.frozen
class Indicator:
    """Words that make a number in prose a statistic."""

    key: str
    objects: tuple[str, ...]
    """What is counted; the object nearest before the number (or right after it) picks the indicator."""
    units: tuple[str, ...]
    verbs: tuple[str, ...] = ()
    """When given, one must occur in the clause before the number (主动公开, 收到, 收取 …)."""
    topics: tuple[Topic, ...] = ()
    """Sections of these topics are about this indicator: they give the disclosure context, and a
    figure read in one of them wins over a figure read elsewhere."""
    only_in_topics: bool = False
    """Read only inside a section of ``topics`` (a bare ``公开信息N条`` counts in a proactive section)."""
    context: bool = True
    """The sentence, or its section, must be about disclosure (``DISCLOSURE_WORDS``)."""
    excludes: tuple[str, ...] = ()
    """``regex`` fragments; none may occur in the phrase counted (from the clause or the previous
    number up to this one): 其他形式, 类信息, 转办 …"""
    sentence_excludes: tuple[str, ...] = ()
    """``regex`` fragments; none may occur anywhere in the sentence (审批服务 for applications)."""
    part: bool = False
    """A part stated after ``其中`` may still be read (规范性文件 is the form's own ``其中`` row)."""
    weak: bool = False
    """Read through a general verb (公开, 发布): a figure of the key read through its own words
    (主动公开) wins over it, even one stated as its part (共发布各类信息800条，其中主动公开政府信息356条)."""


_CHANNELS = (r"当面", r"网上", r"网络", r"在线", r"信函", r"来信", r"传真", r"电子邮件", r"邮件", r"电话",
             r"现场", r"其他形式", r"其它形式")
_PROACTIVE_EXCLUDES = (r"(?<!各)类", r"依申请", r"申请", r"解读", r"舆情", r"回应", r"目录", r"指南", r"资料",
                       r"招标", r"采购", r"动态", r"新闻", r"宣传", r"稿", r"简报", r"转载", r"上报", r"报送",
                       r"采用", r"浏览", r"访问", r"点击", r"相关", r"规范性文件", r"规章", r"文件", r"事项",
                       r"项目", r"历年", r"全文电子化", r"栏目", r"部分",
                       r"征求意见", r"公示", r"公告", r"其他", r"其它", r"应当?主动公开")
_TOPICAL = (r"财政", r"预算", r"决算", r"人事", r"公共服务", r"公共资源", r"重点领域")
"""Subjects that make a bare 公开/发布 figure a part of the proactive total."""
_SOCIAL = (r"微博", r"微信", r"公众号", r"客户端", r"新媒体")
"""Outlets whose posts are counted apart from the disclosure total."""
_INFORMATION = ("信息", "政府信息", "政务信息", "各类信息", "各类政府信息", "各类政务信息", "政府信息公开信息")
_APPLICATION_EXCLUDES = (*_CHANNELS, r"复议", r"诉讼", r"举报", r"投诉", r"申诉", r"咨询", r"(?<!并)答复", r"回复",
                         r"办结", r"转办", r"结转", r"上年", r"审批", r"许可", r"窗口", r"办件", r"不予处理",
                         r"信访", r"重复", r"延期", r"撤回", r"补正", r"(?<!依)申请人", r"服务",
                         r"受理点", r"查阅点", r"场所")
_WITH_CARRIED_OVER = (r"(?:含|包括|包含|其中)\s*(?:上年度?|上一年度?)?结转",)
"""In a sentence, these make its count of applications new ones and last year's together (收到申请12件
（含上年结转2件）), not the year's new applications the record holds."""
_REVIEW_EXCLUDES = (r"维持", r"纠正", r"其他结果", r"审结", r"撤回", r"驳回", r"败诉", r"胜诉", r"复议后",
                    r"直接起诉", r"%")

_REVIEW_UNITS = ("件", "起", "宗", "个", "例", "次")
_OUTCOMES = (
    ("upheld", ("维持", "结果维持", "予以维持", "维持原行政行为", "维持原具体行政行为")),
    ("corrected", ("纠正", "结果纠正", "纠错", "依法纠错", "被依法纠错")),
    ("other", ("其他结果",)),
    ("pending", ("尚未审结", "未审结", "正在审理", "尚在审理")),
)
"""The outcomes of reviews and lawsuits (table 四's columns), stated as parts of their count
(行政复议3起，其中维持2起，纠正1起): read in a sentence about reviews alone, or lawsuits alone."""
_OUTCOME_EXCLUDES = (r"撤回", r"驳回", r"终止", r"%")
"""In the phrase an outcome counts, these (or another outcome's words) make it another outcome."""

INDICATORS: tuple[Indicator, ...] = (
    Indicator("proactive.total", _INFORMATION, ("条", "件"),
              verbs=("主动公开", "主动发布", "主动向社会公开"),
              topics=(Topic.PROACTIVE,), context=False, excludes=_PROACTIVE_EXCLUDES),
    Indicator("proactive.total", ("各类信息", "各类政府信息", "各类政务信息"), ("条",),
              verbs=("公开", "发布", "公布"), topics=(Topic.PROACTIVE,), weak=True, context=False,
              excludes=(*_PROACTIVE_EXCLUDES, *_TOPICAL, *_SOCIAL)),
    Indicator("proactive.total", ("政府信息", "政务信息"), ("条",),
              verbs=("公开", "发布", "公布"), topics=(Topic.PROACTIVE,), weak=True, context=False,
              excludes=(*_PROACTIVE_EXCLUDES, *_TOPICAL, *_SOCIAL)),
    Indicator("proactive.total", ("信息",), ("条",),
              verbs=("公开", "发布", "公布"), topics=(Topic.PROACTIVE,), weak=True, only_in_topics=True,
              excludes=(*_PROACTIVE_EXCLUDES, *_TOPICAL, *_SOCIAL)),
    Indicator("proactive.normative_documents", ("规范性文件", "行政规范性文件"), ("件", "条", "份", "个"),
              verbs=("公开", "公布", "发布"), topics=(Topic.PROACTIVE,), part=True, context=False,
              excludes=(r"现行有效", r"累计", r"制发", r"印发", r"出台", r"清理", r"废止", r"失效", r"起草",
                        r"备案", r"审查", r"审核", r"解读", r"征求", r"修订", r"草案", r"%", r"占",
                        r"规章", r"政策性文件")),
    Indicator("proactive.normative_documents", ("规范性文件数", "规范性文件数量", "规范性文件件数"),
              ("件", "条", "份", "个"), topics=(Topic.PROACTIVE,), part=True, context=False,
              excludes=(r"现行有效", r"累计", r"制发", r"印发", r"出台", r"清理", r"废止", r"失效", r"%")),
    Indicator("applications.received", ("申请", "政府信息公开申请", "信息公开申请", "依申请公开申请", "依申请公开信息",
                                        "依申请公开政府信息", "依申请公开事项", "依申请公开件"),
              ("件", "条", "个", "份", "宗", "起"),
              verbs=("收到", "受理", "接到", "接收", "新收", "共有"), topics=(Topic.APPLICATIONS,),
              excludes=_APPLICATION_EXCLUDES,
              sentence_excludes=(r"审批服务", r"行政服务中心", r"政务服务中心", *_WITH_CARRIED_OVER)),
    Indicator("applications.received", ("申请数", "申请总数", "申请数量", "申请件数", "申请量"),
              ("件", "条", "个", "份"), topics=(Topic.APPLICATIONS,), excludes=_APPLICATION_EXCLUDES,
              sentence_excludes=_WITH_CARRIED_OVER),
    Indicator("applications.granted", ("同意公开", "予以公开", "全部公开"), ("件", "条", "个", "份"),
              topics=(Topic.APPLICATIONS,), part=True,
              excludes=(r"部分", r"不予", r"不同意", r"主动公开", r"%", r"答复数")),
    Indicator("applications.partially_granted", ("部分公开", "同意部分公开", "予以部分公开"),
              ("件", "条", "个", "份"), topics=(Topic.APPLICATIONS,), part=True,
              excludes=(r"不予", r"不同意", r"%", r"答复数")),
    Indicator("applications.denied", ("不予公开", "不同意公开"), ("件", "条", "个", "份"),
              topics=(Topic.APPLICATIONS,), part=True,
              excludes=(r"范围", r"%", r"答复数", r"国家秘密", r"商业秘密", r"个人隐私")),
    Indicator("reconsideration.total", ("行政复议", "复议", "复议案件", "行政复议案件", "复议申请"),
              ("件", "起", "宗", "个", "例", "次"),
              topics=(Topic.REVIEW_LITIGATION,), excludes=(*_REVIEW_EXCLUDES, r"诉讼")),
    *(Indicator(f"{kind}.{outcome}", words, _REVIEW_UNITS, verbs=verbs, topics=(Topic.REVIEW_LITIGATION,),
                part=True, excludes=(*_OUTCOME_EXCLUDES, *(w for o, ws in _OUTCOMES if o != outcome for w in ws)),
                sentence_excludes=other_kind)
      for kind, verbs, other_kind in (("reconsideration", ("复议",), (r"诉讼", r"起诉", r"法院")),
                                      ("litigation", ("诉讼", "起诉"), (r"复议",)))
      for outcome, words in _OUTCOMES),
    Indicator("litigation.total", ("行政诉讼", "诉讼", "诉讼案件", "行政诉讼案件"),
              ("件", "起", "宗", "个", "例", "次"), topics=(Topic.REVIEW_LITIGATION,),
              excludes=(*_REVIEW_EXCLUDES, r"复议")),
    Indicator("complaints.total", ("举报", "投诉", "举报投诉", "投诉举报", "举报、投诉", "投诉、举报"),
              ("件", "起", "次", "个", "例", "宗"),
              topics=(Topic.COMPLAINTS, Topic.REVIEW_LITIGATION),
              excludes=(r"转办", r"12345", r"热线", r"信访", r"效能", r"网站", r"网上", r"%", r"办结", r"答复",
                        r"回复", r"复议", r"诉讼", r"申请")),
    Indicator("fees.total_yuan", ("费", "费用", "收费", "处理费", "信息处理费", "成本费", "检索费", "复制费",
                                  "邮寄费"), MONEY_UNITS,
              verbs=("收取", "收费", "收缴"), topics=(Topic.FEES,),
              excludes=(r"减免", r"免收", r"免除", r"投入", r"经费", r"预算", r"资金", r"行政事业性", r"罚",
                        r"税", r"采购", r"%")),
)
"""Tried in order for the object nearest the number; the first that holds names the key."""


@attrs.frozen
class Negation:
    """What a negated clause (未收到…, 没有发生…, 无…, …均为零) is about: any of ``objects`` in it."""

    key: str
    objects: tuple[str, ...]
    topics: tuple[Topic, ...] = ()
    """Sections of these topics give the disclosure context."""
    excludes: tuple[str, ...] = ()
    """``regex`` fragments that make the clause about something else (未收到…行政复议的申请 is
    not about applications)."""


_FEE_OBJECTS = ("收费", "费用", "处理费", "成本费")
"""What a negated fee is (未发生收费情况): the fee's negation's objects, and in a clause negating an
application they make it the fee's (未发生因政府信息公开申请收费情况)."""

NEGATIONS: tuple[Negation, ...] = (
    Negation("applications.received", ("申请",), (Topic.APPLICATIONS,),
             excludes=(r"复议", r"诉讼", r"投诉", r"举报", r"申诉", r"(?<!依)申请人", r"审批", r"许可",
                       r"不予处理", r"重复", r"补正", r"延期", r"撤回", r"答复", r"逾期",
                       *_FEE_OBJECTS, r"收取")),
    Negation("reconsideration.total", ("复议",), (Topic.REVIEW_LITIGATION,),
             excludes=(r"复议后", r"维持", r"纠正", r"纠错", r"败诉")),
    Negation("litigation.total", ("诉讼",), (Topic.REVIEW_LITIGATION,),
             excludes=(r"复议后", r"维持", r"纠正", r"纠错", r"败诉")),
    Negation("complaints.total", ("举报", "投诉"), (Topic.COMPLAINTS, Topic.REVIEW_LITIGATION),
             excludes=(r"12345", r"热线", r"信访", r"效能")),
    Negation("fees.total_yuan", (*_FEE_OBJECTS, "费"), (Topic.FEES,),
             excludes=(r"减免", r"免收", r"乱收费", r"违规", r"违法", r"擅自", r"行政事业性", r"经费",
                       r"不得", r"超标准")),
)

NEGATOR_PATTERNS = (r"均未", r"从未", r"并未", r"尚未", r"未曾", r"也未", r"亦未", r"都未", r"未", r"没有", r"没")
"""Negators that need one of ``NEGATION_VERBS`` after them: 未收到, 没有发生."""

EXISTENTIAL_NEGATOR_PATTERNS = (r"没有", r"未有", r"不存在", r"并无", r"均无", r"尚无", r"暂无", r"也无", r"亦无",
                                r"(?<![有并])无(?!论|法|障碍|纸|正当|证|人|偿|缝|关|误|需|须|效|条件|异议|不|疑|序|私|限)")
"""Negators that take their object directly: 无依申请公开事项, 没有行政复议案件."""

NEGATION_INDIRECT_PATTERNS = (r"(?:向|对|为|给|就)[^,;。]{1,10}?",)
"""A phrase allowed between a negator and its verb (未向申请人收取费用)."""

NEGATION_FILLERS = ("任何", "一起", "一件", "一例", "一宗", "一次", "一份", "过", "曾", "再", "有")
"""Words allowed between a negator and its verb or object (未收到一起…, 没有发生过…)."""

NEGATION_VERBS = ("收到", "接到", "受理", "接收", "发生", "出现", "产生", "涉及", "被申请", "被提起", "提起",
                  "收取", "收费", "有", "遇到", "引发", "引起", "办理")
"""Verbs a negator of ``NEGATOR_PATTERNS`` must take: 未收到, 没有发生."""

ZERO_AFTER_PATTERNS = (r"(?:未|没有)(?:发生|出现|收到|产生|涉及)", r"(?:为|是)(?:零|0(?![0-9]|\.[0-9]))")
"""Said after the object: ``行政复议和行政诉讼均为零``, ``举报投诉均未发生``."""

NEGATED_HEADS = ("情况", "情形", "现象", "案件", "事件")
"""Nouns that only name what a negation is of (未发生行政复议的情况): no other thing negated."""
LISTING_MARKS = "、,和及或与"
"""What lists another thing negated after an object (行政复议案、行政诉讼案和…)."""

NEGATION_TAIL_PATTERN = (rf"(?:过)?(?:此类|该类|这类|相关|任何)?(?:的)?(?:{'|'.join(NEGATED_HEADS)})?"
                         rf"(?:[{LISTING_MARKS}].*)?")
"""All that may follow a zero said after its object in its clause (…均未发生过, …为零的情况), up to
what is listed with it: anything more is what did not happen (依申请公开工作未出现延期答复情况 says
nothing of the number of applications)."""

NEGATION_TAIL_REACH = 20
"""How far after a negated object, or after a zero said after its object, the rest of the clause is
looked at (the words that tell what is negated stand right there; a bound keeps reading linear)."""

NEGATION_QUALIFIER_PATTERN = rf"的(?!(?:{'|'.join((*NEGATED_HEADS, '事项'))})?$)"
"""After the last object of a negated clause, up to what is listed with it: a 的 that introduces
what the clause negates, which the object only qualifies (未收到政府信息公开申请方面的咨询电话,
没有因政府信息公开申请引发的信访事件 say nothing of the number of applications)."""

NEGATION_WINDOW = 40
"""How far (in characters, inside one clause) the object may stand after the negator."""

ZERO_BEFORE_WINDOW = 30
"""How far before ``均为零`` / ``均未发生`` the object may stand."""

NEGATION_BLOCKER_PATTERNS = (r"其他(?!组织)", r"其它(?!组织)", r"另外", r"新的", r"更多", r"再次", r"之外", r"以外",
                             r"除")
"""In a negated clause, these make it a partial statement (未收到其他申请)."""

DEICTIC_PATTERNS = (r"(?:此类|该类|这类|上述|类似|以上)(?:情况|事项|案件|情形|问题|申请)?",)
"""Objects that point at the section's own indicators (本年度未发生此类情况)."""

NO_FEE_PHRASES = ("暂不收费", "不收费", "未收费", "无收费", "零收费", "没有收费", "不收取", "未收取", "未产生费用",
                  "未发生费用", "没有产生费用", "均未收费")
"""Phrases that say no fee was charged (read as fees 0 where the sentence is about disclosure)."""

FEE_CONTEXT_WORDS = ("申请", "处理费", "检索", "复制", "邮寄", "信息公开", "政府信息")
"""A fee (or a no-fee phrase) counts only in a sentence naming one of these, or in a fees section."""

DISCLOSURE_WORDS = ("信息公开", "政府信息", "政务信息", "依申请", "公开申请", "条例", "公开工作")
"""A sentence naming one of these is about disclosure work."""

FUTURE_PATTERNS = (r"下一步", r"下步", r"计划(?!类|、|总结|信息|和|及|等)", r"(?<!草)拟(?:定|订)?(?!稿)",
                   r"预计", r"力争", r"争取", r"今后", r"明年", r"将要", r"打算", r"即将",
                   (r"将(?:继续|进一步|加大|加强|着力|不断|积极|努力|认真|全面|重点|更加|力争|持续|逐步|切实|"
                    r"完成|实现|达到|公开|发布|建立|推进|做好)"),
                   r"应当", r"必须")
"""Words that make a sentence about plans or duties, not facts of the year."""

OTHER_YEAR_PATTERNS = (r"去年", r"上年(?!度?结转)", r"上一年(?!度?结转)", r"前年", r"往年", r"历年", r"明年",
                       r"下年(?!度?继续)", r"以往", r"同比",
                       r"环比", r"近年来", r"近几年", r"多年来", r"上半年", r"下半年", r"(?:第[一二三四])?季度",
                       r"[0-9一二三四五六七八九十]{1,2}月份")
"""Time words that move what follows to another year than the report's, or to a part of it; not
上年结转 or 结转下年度继续办理, the form's words for this year's applications carried over."""

THIS_YEAR_PATTERNS = (r"今年", r"本年", r"全年", r"年内", r"年度内", r"当年")
"""Time words that bring what follows back to the report year."""

REPORT_YEAR_PATTERN = (r"(?P<year>(?:19|20)[0-9]{2})\s*年度?\s*(?:[^\n,。]{0,12}?)"
                       r"(?:政府信息公开|信息公开|政务公开)")
"""In the first lines, the year whose disclosure work the report covers (``2013年政府信息公开工作年度报告``,
``关于报送2014年推进政府信息公开工作情况``)."""

REPORT_YEAR_REACH = 600
"""How far into the text the report year is looked for."""

SINCE_PATTERNS = (r"以来", r"起至今", r"至今")
"""After an earlier year, these make a clause cover the report year too (自2008年以来未发生…)."""

CHANGE_PATTERNS = (r"增加", r"增长", r"减少", r"下降", r"提高", r"上升", r"降低", r"多出", r"翻番", r"较", r"比上",
                   r"平均", r"每月", r"每天", r"每周", r"日均", r"月均", r"人均", r"最多", r"最高", r"超额")
"""In the phrase counted, these make a number a change, a rate or an extreme, not a count."""

OTHER_BODY_PATTERNS = (r"转来", r"转交", r"转送", r"转办", r"协助", r"配合", r"代为", r"上级", r"下级", r"所属",
                       r"下属", r"直属", r"各乡镇", r"各街道", r"各县", r"县区", r"各区", r"各科室", r"各处室",
                       r"兄弟", r"[市区县]直", r"市本级", r"区本级", r"县本级")
"""Before a number, these make it another body's figure (or a part of the whole), unless a scope word
(``SCOPE_PATTERNS``) says the figure covers the whole jurisdiction."""

PART_PATTERNS = (r"其中",)
"""From one of these on, a sentence states parts of a figure stated before them."""

PART_START_PATTERNS = (r"包括", r"包含", r"分别", r"含", r"占")
"""A clause starting with one of these (and the rest of its sentence) states parts."""

TOTAL_PATTERNS = (r"共", r"总计", r"合计", r"总共", r"一共", r"总数", r"累计")
"""Words that mark a figure as the year's total (preferred when a key is stated twice)."""

CUMULATIVE_PATTERNS = (r"累计", r"总量")
"""A cumulative figure counts as the year's only when a time word of the report year precedes it."""

UNTIL_PATTERNS = (r"截[至止]",)
"""Before a cumulative figure, these make its year the end of a count over the years (截至2018年底，
累计主动公开…), not the report year's own."""

CONTINUATION_PATTERNS = (r"共", r"共计", r"合计", r"总计", r"累计", r"计", r"达", r"数量为", r"为")
"""A clause starting with one of these continues the clause before it (主动公开政府信息，共计217条)."""

SCOPE_PATTERNS = (r"全(?:市|区|县|省|州|镇|乡|旗|盟|系统)(?:各级各部门|各级行政机关|各级政府|各部门|各单位)?",
                  r"各级各部门", r"各级行政机关", r"各级工作部门")
"""A figure whose subject is one of these covers a whole jurisdiction, not only the reporting office."""

AS_OF_PATTERN = (r"截[至止](?:到)?\s*(?:今年|本年|(?:19|20)[0-9]{2}\s*年)?\s*"
                 r"(?P<md>[0-9]{1,2}\s*月\s*(?:[0-9]{1,2}\s*[日号]|底|末))")
"""A cut-off date; recorded on the value unless it is the year's end (``FULL_YEAR_ENDS``)."""

FULL_YEAR_ENDS = ("12月31日", "12月31号", "12月底", "12月末")
"""Cut-off dates that are the year's end: the figure covers the whole year."""

BARE_NONE_PATTERN = (r"(?:(?:本|今)年度?|(?:19|20)[0-9]{2}\s*年度?|全年|本机关|我[局办委厅镇乡街]|本单位)?"
                     r"[,，]?\s*(?:无|没有|暂无|无此情况|无此类情况|无相关情况|无相关数据|无此项|无此类事项|"
                     r"未发生|未发生此类情况|没有发生|零)[。.]?")
"""A section body (or the text after ``情况：``) that is only this says the section's indicators were 0."""

HEADING_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ((r"(?<!被|因政府信息公开|因信息公开)(?:依申请|申请(?!行政复议|复议|人)|收到和处理)"
      r"(?![^、和及与,，]{0,8}?(?:收费|费用))"), ("applications.received",)),
    (r"复议", ("reconsideration.total",)),
    (r"诉讼", ("litigation.total",)),
    (r"举报|投诉", ("complaints.total",)),
    (r"收费|费用", ("fees.total_yuan",)),
)
"""Heading words (``regex``) → the keys a bare ``无`` under that heading sets to 0."""
