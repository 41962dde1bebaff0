"""The 2014-2018 national 政府信息公开情况统计表 (国办发〔2014〕32号), row by row.

Labels as printed (full-width brackets as the official form uses them); numbering is not part of a
label. Parenthetical notes after a label (``（不同渠道和方式公开相同信息计1条）``) are read as part of
the label by the reader, so they are not repeated here.
"""

from __future__ import annotations

from govdisclosure.forms.model import FormTable, HeaderWord, Identity, Row, RowKind
from govdisclosure.schema import Form

G = RowKind.GROUP

NATIONAL_2014 = FormTable(
    name="national_2014",
    form=Form.NATIONAL_2014,
    title="政府信息公开情况统计表",
    anchors=("政府信息公开情况统计表", "统计指标", "回应解读情况", "举报投诉数量", "主动公开政府信息数",
             "依申请公开信息收取的费用", "机构建设和保障经费情况"),
    rows=(
        Row(None, ("主动公开情况",), "一", kind=G),
        Row("proactive.total", ("主动公开政府信息数", "主动公开政府信息条数"), "一", "条"),
        Row("proactive.normative_documents", ("主动公开规范性文件数", "主动公开规范性文件"), None, "条"),
        Row("proactive.normative_documents_issued", ("制发规范性文件总数", "制发规范性文件数"), None, "件"),
        Row(None, ("通过不同渠道和方式公开政府信息的情况",), "二", kind=G),
        Row("proactive.channel.gazette", ("政府公报公开政府信息数",), "1", "条"),
        Row("proactive.channel.website", ("政府网站公开政府信息数",), "2", "条"),
        Row("proactive.channel.weibo", ("政务微博公开政府信息数",), "3", "条"),
        Row("proactive.channel.wechat", ("政务微信公开政府信息数",), "4", "条"),
        Row("proactive.channel.other", ("其他方式公开政府信息数",), "5", "条"),
        Row(None, ("回应解读情况",), "二", kind=G),
        Row("response.hot_topics", ("回应公众关注热点或重大舆情数",), "一", "次"),
        Row(None, ("通过不同渠道和方式回应解读的情况",), "二", kind=G),
        Row("response.press_conferences", ("参加或举办新闻发布会总次数", "参加或举办新闻发布会次数"), "1", "次"),
        Row("response.press_conferences_head", ("主要负责同志参加新闻发布会次数",), None, "次"),
        Row("response.online_interviews", ("政府网站在线访谈次数",), "2", "次"),
        Row("response.online_interviews_head", ("主要负责同志参加政府网站在线访谈次数",), None, "次"),
        Row("response.interpretations", ("政策解读稿件发布数",), "3", "篇"),
        Row("response.weibo_wechat", ("微博微信回应事件数",), "4", "次"),
        Row("response.other", ("其他方式回应事件数",), "5", "次"),
        Row(None, ("依申请公开情况",), "三", kind=G),
        Row("applications.received", ("收到申请数",), "一", "件"),
        Row("applications.channel.in_person", ("当面申请数",), "1", "件"),
        Row("applications.channel.fax", ("传真申请数",), "2", "件"),
        Row("applications.channel.online", ("网络申请数", "网上申请数"), "3", "件"),
        Row("applications.channel.letter", ("信函申请数",), "4", "件"),
        Row("applications.closed", ("申请办结数",), "二", "件"),
        Row("applications.closed_on_time", ("按时办结数",), "1", "件"),
        Row("applications.closed_extended", ("延期办结数",), "2", "件"),
        Row("applications.replied", ("申请答复数",), "三", "件"),
        Row("applications.already_public", ("属于已主动公开范围数",), "1", "件"),
        Row("applications.granted", ("同意公开答复数",), "2", "件"),
        Row("applications.partially_granted", ("同意部分公开答复数",), "3", "件"),
        Row("applications.denied", ("不同意公开答复数",), "4", "件"),
        Row("applications.denied_reason.state_secret", ("涉及国家秘密",), None, "件"),
        Row("applications.denied_reason.commercial_secret", ("涉及商业秘密",), None, "件"),
        Row("applications.denied_reason.privacy", ("涉及个人隐私",), None, "件"),
        Row("applications.denied_reason.security_stability",
            ("危及国家安全、公共安全、经济安全和社会稳定", "危及国家安全公共安全经济安全和社会稳定"), None, "件"),
        Row("applications.denied_reason.not_government_info",
            ("不是《条例》所指政府信息", "不是条例所指政府信息"), None, "件"),
        Row("applications.denied_reason.other_law", ("法律法规规定的其他情形",), None, "件"),
        Row("applications.not_this_agency", ("不属于本行政机关公开数",), "5", "件"),
        Row("applications.not_exist", ("申请信息不存在数",), "6", "件"),
        Row("applications.told_to_amend", ("告知作出更改补充数",), "7", "件"),
        Row("applications.told_other_route", ("告知通过其他途径办理数",), "8", "件"),
        Row("reconsideration.total", ("行政复议数量",), "四", "件"),
        Row("reconsideration.upheld", ("维持具体行政行为数",), "一", "件"),
        Row("reconsideration.corrected", ("被依法纠错数",), "二", "件"),
        Row("reconsideration.other", ("其他情形数",), "三", "件"),
        Row("litigation.total", ("行政诉讼数量",), "五", "件"),
        Row("litigation.upheld", ("维持具体行政行为或者驳回原告诉讼请求数",), "一", "件"),
        Row("litigation.corrected", ("被依法纠错数",), "二", "件"),
        Row("litigation.other", ("其他情形数",), "三", "件"),
        Row("complaints.total", ("举报投诉数量",), "六", "件"),
        Row("fees.total_yuan", ("依申请公开信息收取的费用",), "七", "万元"),
        Row(None, ("机构建设和保障经费情况",), "八", kind=G),
        Row("staffing.units", ("政府信息公开工作专门机构数",), "一", "个"),
        Row("staffing.reading_points", ("设置政府信息公开查阅点数",), "二", "个"),
        Row("staffing.staff", ("从事政府信息公开工作人员数",), "三", "人"),
        Row("staffing.staff_full_time", ("专职人员数",), "1", "人"),
        Row("staffing.staff_part_time", ("兼职人员数",), "2", "人"),
        Row("staffing.budget_yuan", ("政府信息公开专项经费",), "四", "万元"),
        Row(None, ("政府信息公开会议和培训情况",), "九", kind=G),
        Row("training.meetings", ("召开政府信息公开工作会议或专题会议数",), "一", "次"),
        Row("training.courses", ("举办各类培训班数",), "二", "次"),
        Row("training.trainees", ("接受培训人员数",), "三", "人次"),
    ),
    identities=(
        Identity(("applications.received",), (
            "applications.channel.in_person", "applications.channel.fax",
            "applications.channel.online", "applications.channel.letter"), "收到申请数 = 四种渠道之和"),
        Identity(("applications.closed",), ("applications.closed_on_time", "applications.closed_extended"),
                 "申请办结数 = 按时办结数 + 延期办结数"),
        Identity(("applications.replied",), (
            "applications.already_public", "applications.granted", "applications.partially_granted",
            "applications.denied", "applications.not_this_agency", "applications.not_exist",
            "applications.told_to_amend", "applications.told_other_route"), "申请答复数 = 各类答复之和"),
        Identity(("applications.denied",), (
            "applications.denied_reason.state_secret", "applications.denied_reason.commercial_secret",
            "applications.denied_reason.privacy", "applications.denied_reason.security_stability",
            "applications.denied_reason.not_government_info", "applications.denied_reason.other_law"),
            "不同意公开答复数 = 各项理由之和"),
        Identity(("staffing.staff",), ("staffing.staff_full_time", "staffing.staff_part_time"),
                 "从事政府信息公开工作人员数 = 专职 + 兼职"),
        Identity(("reconsideration.total",), (
            "reconsideration.upheld", "reconsideration.corrected", "reconsideration.other"),
            "行政复议数量 = 其下三项之和"),
        Identity(("litigation.total",), ("litigation.upheld", "litigation.corrected", "litigation.other"),
                 "行政诉讼数量 = 其下三项之和"),
    ),
)

HEADER_WORDS: tuple[HeaderWord, ...] = (
    HeaderWord(("统计指标", "指标名称", "指标", "项目", "统计项目", "内容"), "label"),
    HeaderWord(("计量单位", "单位"), "unit"),
    HeaderWord(("序号",), "number"),
    HeaderWord(("统计数", "数量", "数值", "本年度", "本年", "本期", "本期实际", "本年数", "全年", "年度数"), "value"),
    HeaderWord(("本年累计", "全年累计", "年度累计"), "year_total"),
    HeaderWord(("历年累计", "累计数", "累计", "合计累计", "总累计"), "cumulative"),
)
"""Column heads of the pre-2019 forms. A ``YYYY年度`` head is a ``value`` column too (read by the
reader's year pattern). Beside a ``year_total`` column (本年累计), a ``value`` column holds a
period's figures (本期实际, a monthly system's last month)."""

FOOTER_WORDS: tuple[str, ...] = ("单位负责人", "审核人", "填报人", "联系电话", "填报日期", "制表人", "统计人")
"""Words of the signature block under the form: the form ends where they start."""
