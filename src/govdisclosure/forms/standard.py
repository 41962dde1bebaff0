"""Tables 二, 三 and 四 of the national formats: 国办公开办函〔2019〕60号 (report years 2019-2020) and
its 2021 revision 国办公开办函〔2021〕30号 (report years 2021 on).

Data only. Rows are listed in printed order; group labels (``三、本年度办理结果``, ``（三）不予公开``)
are rows of kind ``GROUP``. ``CROSS_KEYS`` says which table cells fill the cross-layout record
keys (``applications.received`` …), and which are sums.
"""

from __future__ import annotations

from govdisclosure.forms.model import Column, FormTable, Identity, Row, RowKind
from govdisclosure.schema import Form

G = RowKind.GROUP

# --- table 二 ------------------------------------------------------------------------------------

_MADE = (
    Column("made", ("本年新制作数量", "本年新制作数", "本年制作数量")),
    Column("published", ("本年新公开数量", "本年新公开数", "本年公开数量")),
    Column("public_total", ("对外公开总数量", "对外公开总数")),
)
_ITEMS_2019 = (
    Column("items_prev_year", ("上一年项目数量", "上年项目数量")),
    Column("items_change", ("本年增/减", "本年增/减量", "本年增减", "本年增减量", "本年增/减数量")),
    Column("decisions", ("处理决定数量",)),
)
_FEES_2019 = _ITEMS_2019[:2]
_PROCUREMENT = (
    Column("projects", ("采购项目数量",)),
    Column("amount_yuan", ("采购总金额",)),
)
_ISSUED = (
    Column("issued", ("本年制发件数", "本年制发数量")),
    Column("repealed", ("本年废止件数", "本年废止数量")),
    Column("in_force", ("现行有效件数", "现行有效数量")),
)
_DECISIONS_2021 = (Column("decisions", ("本年处理决定数量", "处理决定数量")),)
_FEES_2021 = (
    Column("amount_yuan", ("本年收费金额(单位:万元)", "本年收费金额（单位：万元）", "本年收费金额"), "万元"),
)

_BLOCK_1 = Row(None, ("第二十条第(一)项", "第二十条第（一）项"), kind=G)
_BLOCK_5 = Row(None, ("第二十条第(五)项", "第二十条第（五）项"), kind=G)
_BLOCK_6 = Row(None, ("第二十条第(六)项", "第二十条第（六）项"), kind=G)
_BLOCK_8 = Row(None, ("第二十条第(八)项", "第二十条第（八）项"), kind=G)
_BLOCK_9 = Row(None, ("第二十条第(九)项", "第二十条第（九）项"), kind=G)
_CONTENT = Row(None, ("信息内容",), kind=G)
TABLE2_BLOCKS = (_BLOCK_1, _BLOCK_5, _BLOCK_6, _BLOCK_8, _BLOCK_9)
"""Table 二's block headings (第二十条第（一）项 …), which prose does not print before the rows' labels."""

TABLE2_2019 = FormTable(
    name="table2_2019",
    form=Form.STANDARD_2019,
    title="二、主动公开政府信息情况（2019）",
    anchors=("本年新制作数量", "对外公开总数量", "其他对外管理服务事项", "政府集中采购", "采购总金额"),
    rows=(
        _BLOCK_1, _CONTENT,
        Row("table2.regulations", ("规章",), columns=_MADE),
        Row("table2.normative_documents", ("规范性文件", "行政规范性文件", "規範性檔案"), columns=_MADE),
        _BLOCK_5, _CONTENT,
        Row("table2.licensing", ("行政许可",), columns=_ITEMS_2019),
        Row("table2.other_services", ("其他对外管理服务事项",), columns=_ITEMS_2019),
        _BLOCK_6, _CONTENT,
        Row("table2.penalty", ("行政处罚",), columns=_ITEMS_2019),
        Row("table2.coercion", ("行政强制",), columns=_ITEMS_2019),
        _BLOCK_8, _CONTENT,
        Row("table2.admin_fees", ("行政事业性收费",), columns=_FEES_2019),
        _BLOCK_9, _CONTENT,
        Row("table2.central_procurement", ("政府集中采购",), columns=_PROCUREMENT),
    ),
)

TABLE2_2021 = FormTable(
    name="table2_2021",
    form=Form.STANDARD_2021,
    title="二、主动公开政府信息情况（2021）",
    anchors=("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额"),
    rows=(
        _BLOCK_1, _CONTENT,
        Row("table2.regulations", ("规章",), columns=_ISSUED),
        Row("table2.normative_documents", ("行政规范性文件", "规范性文件", "規範性檔案"), columns=_ISSUED),
        _BLOCK_5, _CONTENT,
        Row("table2.licensing", ("行政许可",), columns=_DECISIONS_2021),
        _BLOCK_6, _CONTENT,
        Row("table2.penalty", ("行政处罚",), columns=_DECISIONS_2021),
        Row("table2.coercion", ("行政强制",), columns=_DECISIONS_2021),
        _BLOCK_8, _CONTENT,
        Row("table2.admin_fees", ("行政事业性收费",), columns=_FEES_2021),
    ),
)

# --- table 三 ------------------------------------------------------------------------------------

TABLE3_COLUMNS = (
    Column("natural_person", ("自然人",)),
    Column("commercial", ("商业企业",)),
    Column("research", ("科研机构",)),
    Column("social_welfare", ("社会公益组织",)),
    Column("legal_services", ("法律服务机构",)),
    Column("other_org", ("其他",)),
    Column("total", ("总计", "合计")),
)
TABLE3_APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org")
TABLE3_SUBTOTAL = Column("org_subtotal", ("小计", "法人或其他组织小计"))
"""A column some reports add after 其他: the subtotal of legal persons and organisations."""
TABLE3_COLUMNS_WITH_SUBTOTAL = (*TABLE3_COLUMNS[:6], TABLE3_SUBTOTAL, TABLE3_COLUMNS[6])
TABLE3_IDENTITIES_WITH_SUBTOTAL = (("org_subtotal", TABLE3_APPLICANTS[1:]), ("total", TABLE3_APPLICANTS))

TABLE3_HEADER_WORDS = (
    "本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和", "本列数据的勾稽关系为", "申请人情况",
    "法人或其他组织", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "总计",
)
"""Header cells of table 三 (the bracketed note is printed in many variants; its first words suffice)."""

_T3_HEAD = (
    Row("table3.received",
        ("本年新收政府信息公开申请数量", "本年新收政府信息公开申请数", "本年新收申请数量", "本年新收"), "一"),
    Row("table3.carried_over", ("上年结转政府信息公开申请数量", "上年结转政府信息公开申请数", "上年结转申请数量",
                                "上年结转"), "二"),
    Row(None, ("本年度办理结果",), "三", kind=G),
    Row("table3.granted", ("予以公开",), "一"),
    Row("table3.partial", ("部分公开",), "二"),
    Row(None, ("不予公开",), "三", kind=G),
    Row("table3.denied.state_secret", ("属于国家秘密", "不予公开-属于国家秘密"), "1"),
    Row("table3.denied.law_forbidden", ("其他法律行政法规禁止公开", "其他法律、行政法规禁止公开"), "2"),
    Row("table3.denied.security_stability", ("危及三安全一稳定",), "3"),
    Row("table3.denied.third_party", ("保护第三方合法权益",), "4"),
    Row("table3.denied.internal_affairs", ("属于三类内部事务信息",), "5"),
    Row("table3.denied.process_info", ("属于四类过程性信息",), "6"),
    Row("table3.denied.law_enforcement_files", ("属于行政执法案卷",), "7"),
    Row("table3.denied.admin_query", ("属于行政查询事项",), "8"),
    Row(None, ("无法提供",), "四", kind=G),
    Row("table3.unable.not_held", ("本机关不掌握相关政府信息",), "1"),
    Row("table3.unable.need_create", ("没有现成信息需要另行制作",), "2"),
    Row("table3.unable.unclear", ("补正后申请内容仍不明确",), "3"),
    Row(None, ("不予处理",), "五", kind=G),
    Row("table3.not_processed.complaint", ("信访举报投诉类申请",), "1"),
    Row("table3.not_processed.duplicate", ("重复申请",), "2"),
    Row("table3.not_processed.publication", ("要求提供公开出版物",), "3"),
    Row("table3.not_processed.mass_repeat", ("无正当理由大量反复申请",), "4"),
    Row("table3.not_processed.confirm", ("要求行政机关确认或重新出具已获取信息", "要求行政机关确认或重新出具"), "5"),
)
_T3_TAIL = (
    Row("table3.total", ("总计", "合计"), "七"),
    Row("table3.carried_forward", ("结转下年度继续办理", "结转下年度"), "四"),
)
_OUTCOMES = (
    "table3.granted", "table3.partial",
    "table3.denied.state_secret", "table3.denied.law_forbidden", "table3.denied.security_stability",
    "table3.denied.third_party", "table3.denied.internal_affairs", "table3.denied.process_info",
    "table3.denied.law_enforcement_files", "table3.denied.admin_query",
    "table3.unable.not_held", "table3.unable.need_create", "table3.unable.unclear",
    "table3.not_processed.complaint", "table3.not_processed.duplicate", "table3.not_processed.publication",
    "table3.not_processed.mass_repeat", "table3.not_processed.confirm",
)


def _table3(name: str, form: Form, other_rows: tuple[Row, ...], other_keys: tuple[str, ...]) -> FormTable:
    return FormTable(
        name=name,
        form=form,
        title="三、收到和处理政府信息公开申请情况",
        anchors=("本列数据的勾稽关系", "申请人情况", "本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量",
                 "本年度办理结果", "结转下年度继续办理"),
        rows=(*_T3_HEAD, *other_rows, *_T3_TAIL),
        columns=TABLE3_COLUMNS,
        identities=(
            Identity(("table3.total",), (*_OUTCOMES, *other_keys), "（七）总计 = 各项办理结果之和"),
            Identity(("table3.received", "table3.carried_over"), ("table3.total", "table3.carried_forward"),
                     "第一项加第二项之和，等于第三项加第四项之和"),
        ),
        row_identities=(("total", TABLE3_APPLICANTS),),
        blank_is_zero=True,
        spanning_heads=(("法人或其他组织", "commercial", "other_org"),),
    )


TABLE3_2019 = _table3(
    "table3_2019", Form.STANDARD_2019,
    (Row("table3.other", ("其他处理",), "六"),),
    ("table3.other",),
)
TABLE3_2021 = _table3(
    "table3_2021", Form.STANDARD_2021,
    (
        Row(None, ("其他处理",), "六", kind=G),
        Row("table3.other.overdue_correction", (
            "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "申请人无正当理由逾期不补正,行政机关不再处理其政府信息公开申请",
            "申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请",
            "申请人无正当理由逾期不补正", "申请人无正当理由逾期不补", "逾期不补正"), "1"),
        Row("table3.other.overdue_fee", (
            "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "申请人逾期未按收费通知要求缴纳费用,行政机关不再处理其政府信息公开申请",
            "申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请",
            "申请人逾期未按收费通知要求缴纳费用", "申请人逾期未按收费通知", "逾期未缴费", "逾期不缴费"), "2"),
        Row("table3.other.other", ("其他",), "3"),
    ),
    ("table3.other.overdue_correction", "table3.other.overdue_fee", "table3.other.other"),
)

# --- table 四 ------------------------------------------------------------------------------------

TABLE4_COLUMNS = (
    Column("upheld", ("结果维持",)),
    Column("corrected", ("结果纠正",)),
    Column("other", ("其他结果",)),
    Column("pending", ("尚未审结",)),
    Column("total", ("总计", "合计")),
)

TABLE4 = FormTable(
    name="table4",
    form=Form.STANDARD_2019,
    title="四、政府信息公开行政复议、行政诉讼情况",
    anchors=("未经复议直接起诉", "复议后起诉", "结果维持", "尚未审结"),
    rows=(
        Row("table4.reconsideration", ("行政复议",)),
        Row(None, ("行政诉讼",), kind=G),
        Row("table4.litigation_direct", ("未经复议直接起诉",)),
        Row("table4.litigation_after_review", ("复议后起诉",)),
    ),
    columns=TABLE4_COLUMNS,
    row_identities=(("total", ("upheld", "corrected", "other", "pending")),),
    blank_is_zero=True,
)

TABLE4_HEADER_WORDS = ("行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果",
                       "尚未审结", "总计")
"""Every header cell of table 四; the 15 values follow the last of them."""

TABLE4_SPANNING_HEADS = (("行政复议", 0, 4), ("行政诉讼", 5, 14), ("未经复议直接起诉", 5, 9), ("复议后起诉", 10, 14))
"""Header words of table 四 that stand over its groups: the word, and the first and last of the fifteen
cells (five per group) below it."""

# --- cross-layout keys ---------------------------------------------------------------------------

CROSS_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("applications.received", ("table3.received.total",)),
    ("applications.carried_over", ("table3.carried_over.total",)),
    ("applications.granted", ("table3.granted.total",)),
    ("applications.partially_granted", ("table3.partial.total",)),
    ("applications.denied", tuple(f"{k}.total" for k in _OUTCOMES if k.startswith("table3.denied."))),
    ("applications.carried_forward", ("table3.carried_forward.total",)),
    ("reconsideration.total", ("table4.reconsideration.total",)),
    ("reconsideration.upheld", ("table4.reconsideration.upheld",)),
    ("reconsideration.corrected", ("table4.reconsideration.corrected",)),
    ("reconsideration.other", ("table4.reconsideration.other",)),
    ("reconsideration.pending", ("table4.reconsideration.pending",)),
    ("litigation.total", ("table4.litigation_direct.total", "table4.litigation_after_review.total")),
    ("litigation.upheld", ("table4.litigation_direct.upheld", "table4.litigation_after_review.upheld")),
    ("litigation.corrected", ("table4.litigation_direct.corrected", "table4.litigation_after_review.corrected")),
    ("litigation.other", ("table4.litigation_direct.other", "table4.litigation_after_review.other")),
    ("litigation.pending", ("table4.litigation_direct.pending", "table4.litigation_after_review.pending")),
)
"""Cross-layout key → the table cells it equals (one cell) or sums (several: a ``derived`` value)."""

TABLE2_VERSION_SIGNALS: tuple[tuple[Form, tuple[str, ...]], ...] = (
    (Form.STANDARD_2021, ("本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额")),
    (Form.STANDARD_2019, ("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
                          "其他对外管理服务事项", "政府集中采购", "采购项目数量")),
)
"""Words of table 二 that only one version of the format prints (its columns and rows)."""
TABLE3_VERSION_SIGNALS: tuple[tuple[Form, tuple[str, ...]], ...] = (
    (Form.STANDARD_2021, ("逾期不补正", "逾期未按收费通知要求缴纳费用")),
    (Form.STANDARD_2019, ()),
)
"""Words of table 三 that only one version prints (the 2021 rows under （六）其他处理).

A report may print one version's table 二 and the other's table 三 (a 2022 report still printing the
2019 table 二): each table's version is decided by its own words first."""
TABLE3_2019_ROW = r"其他处理[\s|]*(?:[0-9]+(?![0-9.、,，)）])|[(（]七[)）])"
"""The 2019 table 三's （六）其他处理 with its numbers after it, or its blank cells and then （七）总计 (in
the folded text), where the 2021 table prints its rows under it (``其他处理 1.申请人…``)."""
VERSION_SIGNALS = tuple((form, (*words2, *words3)) for (form, words2), (_, words3)
                        in zip(TABLE2_VERSION_SIGNALS, TABLE3_VERSION_SIGNALS, strict=True))
"""Words that only one version of the format prints (table 二's columns, table 三's （六） rows)."""
