"""The 2008-2013 local statistics forms (no national form existed before 2014).

Two families as data:

- ``SHANGHAI_MODEL`` (family A): four small tables, 主动公开 / 依申请公开 / 咨询 / 申诉, used by the
  Shanghai-model 规定 and copied in Hunan, Gansu and elsewhere; the refusal reasons are numbered
  exemption ranges (``免予公开范围N`` / ``不予公开范围N``) whose meaning depends on the local rules.
  Simplified local forms of the same order (信息公开申请数, 对申请的答复数: 同意公开数, 同意部分公开数,
  不予公开数) read through its label variants.
- ``FUJIAN`` (family B): one summary table, often with a year column beside a running total
  since 2008, used in Fujian from 2009 to 2014.
"""

from __future__ import annotations

from govdisclosure.forms.model import FormTable, Identity, Row, RowKind
from govdisclosure.schema import Form

G = RowKind.GROUP

_EXEMPT = tuple(
    Row(f"applications.denied_reason.exempt_{n}",
        (f"免予公开范围{n}数", f"不予公开范围{n}数", f"免予公开范围{n}", f"不予公开范围{n}"), str(n + 4), "条")
    for n in range(1, 8)
)

SHANGHAI_MODEL = FormTable(
    name="local_2008",
    form=Form.LOCAL_2008,
    title="政府信息公开情况统计（2008-2013 地方表式）",
    anchors=("主动公开情况统计", "依申请公开情况统计", "否决公开答复总数", "免予公开范围", "不予公开范围",
             "全文电子化的主动公开信息数", "咨询情况统计", "申诉情况统计", "行政申诉数"),
    rows=(
        Row(None, ("主动公开情况统计",), "1", kind=G),
        Row("proactive.total", ("主动公开信息数", "主动公开政府信息数"), None, "条"),
        Row("proactive.full_text_electronic", ("全文电子化的主动公开信息数",), None, "条"),
        Row("proactive.normative_documents",
            ("新增的行政规范性文件数", "新增的规范性文件数", "新增行政规范性文件数"), None, "条"),
        Row(None, ("依申请公开情况统计",), "2", kind=G),
        Row("applications.catalogue_items", ("依申请公开信息目录数",), None, "条"),
        Row("applications.received", ("申请总数", "依申请公开申请总数", "信息公开申请数"), None, "条"),
        Row("applications.channel.in_person", ("当面申请数",), "1", "条"),
        Row("applications.channel.fax", ("传真申请数",), "2", "条"),
        Row("applications.channel.email", ("电子邮件申请数",), "3", "条"),
        Row("applications.channel.online", ("网上申请数", "网络申请数"), "4", "条"),
        Row("applications.channel.letter", ("信函申请数",), "5", "条"),
        Row("applications.channel.other", ("其他形式申请数", "其它形式申请数"), "6", "条"),
        Row("applications.replied", ("对申请的答复总数", "对申请的答复数"), None, "条"),
        Row("applications.granted", ("同意公开答复数", "同意公开数"), "1", "条"),
        Row("applications.partially_granted", ("同意部分公开答复数", "同意部分公开数"), "2", "条"),
        Row("applications.denied", ("否决公开答复总数", "否决公开答复数", "不予公开数"), "3", "条"),
        Row("applications.denied_reason.not_government_info",
            ("非《规定》所指政府信息数", "非《条例》所指政府信息数",
             "非《规定》所指政府信息", "非《条例》所指政府信息"), "1", "条"),
        Row("applications.denied_reason.not_exist", ("信息不存在数", "信息不存在"), "2", "条"),
        Row("applications.denied_reason.not_held", ("非本部门掌握数", "非本部门掌握"), "3", "条"),
        Row("applications.denied_reason.unclear", ("申请内容不明确数", "申请内容不明确"), "4", "条"),
        *_EXEMPT,
        Row("applications.denied_reason.other", ("其它原因", "其他原因"), "11", "条"),
        Row(None, ("咨询情况统计",), "3", kind=G),
        Row("consultation.service_items", ("提供服务类信息数",), None, "条"),
        Row("consultation.online", ("网上咨询数",), None, "人次"),
        Row("consultation.on_site", ("现场接待人数",), None, "人次"),
        Row("consultation.phone", ("咨询电话接听数",), None, "人次"),
        Row("consultation.page_views", ("网站专栏页面访问量",), None, "人次"),
        Row(None, ("申诉情况统计表", "申诉情况统计"), "4", kind=G),
        Row("reconsideration.total", ("行政复议数",), None, "件"),
        Row("litigation.total", ("行政诉讼数",), None, "件"),
        Row("appeals.total", ("行政申诉数",), None, "件"),
        Row("appeals.first_handling_unsatisfied", ("对本部门首次处理不满意的行政申诉数",), None, "件"),
    ),
    identities=(
        Identity(("applications.received",), (
            "applications.channel.in_person", "applications.channel.fax", "applications.channel.email",
            "applications.channel.online", "applications.channel.letter", "applications.channel.other"),
            "申请总数 = 各种形式申请之和"),
        Identity(("applications.replied",), (
            "applications.granted", "applications.partially_granted", "applications.denied"),
            "对申请的答复总数 = 同意 + 部分同意 + 否决"),
    ),
)

FUJIAN = FormTable(
    name="fujian_2008",
    form=Form.LOCAL_2008,
    title="政府信息公开情况统计表（福建表式）",
    anchors=("主动公开文件数", "受理依申请公开信息总数", "不予公开答复数", "政府信息公开收费减免金额", "历年累计"),
    rows=(
        Row("proactive.total", ("主动公开文件数", "主动公开信息数"), None, "条"),
        Row("proactive.channel.website", ("政府网站公开数", "政府网站"), "1", "条"),
        Row("proactive.channel.gazette", ("政府公报公开数", "政府公报"), "2", "条"),
        Row("applications.received", ("受理依申请公开信息总数", "受理依申请公开申请总数", "受理依申请公开信息数"),
            None, "条"),
        Row("applications.channel.in_person", ("当面申请数",), "1", "条"),
        Row("applications.channel.fax", ("传真申请数",), None, "条"),
        Row("applications.channel.email", ("电子邮件申请数",), None, "条"),
        Row("applications.channel.online", ("网上申请数",), None, "条"),
        Row("applications.channel.letter_or_fax", ("信函、传真申请数", "信函传真申请数"), None, "条"),
        Row("applications.channel.letter", ("信函申请数",), None, "条"),
        Row("applications.channel.other", ("其它形式申请数", "其他形式申请数"), None, "条"),
        Row("applications.replied", ("本年度对申请的答复总数", "对申请的答复总数"), None, "条"),
        Row("applications.granted", ("同意公开答复数",), "1", "条"),
        Row("applications.partially_granted", ("同意部分公开答复数",), "2", "条"),
        Row("applications.denied", ("不予公开答复数", "否决公开答复总数"), "3", "条"),
        Row("applications.other_replies", ("其他类型答复数",), "4", "条"),
        Row("fees.waived_yuan", ("政府信息公开收费减免金额", "收费减免金额"), None, "元"),
        Row("reconsideration.total", ("行政复议数",), None, "件"),
        Row("litigation.total", ("行政诉讼数",), None, "件"),
        Row("appeals.total", ("行政申诉数",), None, "件"),
    ),
    identities=(
        Identity(("applications.replied",), (
            "applications.granted", "applications.partially_granted", "applications.denied",
            "applications.other_replies"), "对申请的答复总数 = 各类答复之和"),
    ),
)
