"""Write the synthetic example reports in ``examples/reports/`` (and, for benchmarks, many more).

Every text here is invented for the examples: the agencies (青禾县, 云岭市, 澄州市) do not exist and
the figures are drawn from a seeded random generator, so that each report is consistent with
itself the way a real one is (table 三's columns sum to its 总计 column, 收到 + 结转 = 办结 + 结转下年,
the pre-2019 form's channels sum to its 收到申请数 …).

Three layouts are written, as the reports of each period print them:

- 2016-2018: the national 政府信息公开情况统计表 as lines ``label unit value`` (澄州市 prints it as a
  pipe table);
- 2019-2020: the 2019 standard format, tables 二, 三 and 四;
- 2021 on: the 2021 revision of the standard format.

Run ``python examples/make_reports.py`` to rewrite the files (the output is the same every time);
``synthetic(n, seed)`` yields any number of further reports for benchmarks.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORTS = HERE / "reports"

APPLICANTS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
APPLICANT_SHARES = (0.8, 0.1, 0.004, 0.016, 0.06, 0.02)

DENIED = ("属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益",
          "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项")
UNABLE = ("本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确")
NOT_PROCESSED = ("信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请",
                 "要求行政机关确认或重新出具已获取信息")
OTHER_2021 = ("申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
              "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他")

# outcome → weight of the handled applications it takes (the rest of table 三's rows share 0)
WEIGHTS = {"granted": 40, "partial": 9, "denied": (0.1, 0.6, 0.2, 1.5, 0.8, 1.4, 0.3, 1.2),
           "unable": (19, 4, 1.5), "not_processed": (2.5, 1.5, 0.2, 0.3, 0.6), "other": (1.2, 0.1, 1.4)}


@dataclass(frozen=True)
class Agency:
    """An invented reporting body and the scale of its work."""

    name: str
    slug: str
    office: str
    applications: int
    """Applications received in a typical year after 2019."""
    proactive: int
    issues_rules: bool = False
    """Whether it may make 规章 (only governments of cities with districts do)."""
    pipes: bool = False
    """Whether its pre-2019 statistics table is printed with ``|`` between cells."""


AGENCIES = (
    Agency("青禾县人民政府", "qinghe_county", "青禾县人民政府办公室", 55, 3300),
    Agency("云岭市自然资源局", "yunling_land", "云岭市自然资源局办公室", 160, 1400),
    Agency("澄州市人民政府", "chengzhou_city", "澄州市人民政府办公室", 320, 8600, issues_rules=True, pipes=True),
)
YEARS = range(2016, 2024)
SKIP = {("qinghe_county", 2022)}
"""Reports already in ``examples/reports`` written by hand."""
PROSE_SLIPS = {("yunling_land", 2020): 3}
"""Reports whose prose misstates the applications received by this much, as real reports sometimes
do (the parser keeps the table's figure and reports the disagreement)."""


@dataclass
class Figures:
    """One year's figures for one agency, consistent with each other."""

    agency: Agency
    year: int
    proactive: int
    normative: int
    received: list[int]
    carried_over: list[int]
    carried_forward: list[int]
    outcomes: dict[str, list[list[int]]] = field(default_factory=dict)
    review: list[list[int]] = field(default_factory=list)
    """Table 四: reconsideration, litigation directly, litigation after reconsideration × 4 outcomes."""
    complaints: int = 0
    fees_wan: str = "0"
    decisions: dict[str, int] = field(default_factory=dict)
    documents: dict[str, int] = field(default_factory=dict)
    prose_slip: int = 0

    def column(self, key: str) -> list[int]:
        """The column sums of a group of outcome rows."""
        rows = self.outcomes[key]
        return [sum(row[i] for row in rows) for i in range(len(APPLICANTS))]

    @property
    def handled(self) -> list[int]:
        return [r + c - f for r, c, f in zip(self.received, self.carried_over, self.carried_forward, strict=True)]


def _split(total: int, weights: Sequence[float], rng: random.Random) -> list[int]:
    """``total`` shared among ``weights`` at random, exactly."""
    if total <= 0:
        return [0] * len(weights)
    picks = rng.choices(range(len(weights)), weights=weights, k=total)
    return [picks.count(i) for i in range(len(weights))]


def figures(agency: Agency, year: int, rng: random.Random) -> Figures:
    """Invent one year of ``agency``'s work."""
    growth = 0.55 if year < 2019 else 1.0 + 0.08 * (year - 2019)
    received_total = max(3, round(agency.applications * growth * rng.uniform(0.8, 1.25)))
    received = _split(received_total, APPLICANT_SHARES, rng)
    carried_over = _split(rng.randint(0, max(1, received_total // 15)), APPLICANT_SHARES, rng)
    carried_forward = [rng.randint(0, max(0, (r + c) // 12)) for r, c in zip(received, carried_over, strict=True)]
    fig = Figures(agency, year, proactive=round(agency.proactive * rng.uniform(0.8, 1.2)),
                  normative=rng.randint(3, 25 if agency.issues_rules else 9), received=received,
                  carried_over=carried_over, carried_forward=carried_forward)
    groups = list(WEIGHTS.items())
    flat = [w for _, ws in groups for w in (ws if isinstance(ws, tuple) else (ws,))]
    columns = [_split(handled, flat, rng) for handled in fig.handled]
    position = 0
    for key, ws in groups:
        width = len(ws) if isinstance(ws, tuple) else 1
        fig.outcomes[key] = [[columns[c][position + i] for c in range(len(APPLICANTS))] for i in range(width)]
        position += width
    for group in range(3):
        cases = rng.choices((0, 0, 1, 1, 2, 3, 5), k=1)[0] * (2 if agency.applications > 100 else 1)
        if group == 2:
            cases //= 2
        fig.review.append(_split(cases, (6, 1.5, 1, 1), rng))
    fig.complaints = rng.choice((0, 0, 0, 1, 2))
    fig.fees_wan = f"{rng.uniform(20, 400) if agency.name.endswith('政府') else rng.uniform(0, 40):.1f}"
    fig.decisions = {"licensing": rng.randint(800, 9000), "other_services": rng.randint(50, 900),
                     "penalty": rng.randint(40, 1500), "coercion": rng.randint(0, 60)}
    fig.documents = {"rules": rng.randint(1, 4) if agency.issues_rules else 0, "normative": fig.normative,
                     "repealed": rng.randint(0, 6), "in_force": rng.randint(30, 180)}
    return fig


# --- text ----------------------------------------------------------------------------------------------

OPENINGS = (
    ("{year}年，{name}坚持以公开为常态、不公开为例外，围绕优化营商环境、重点民生领域和政策解读持续推进政务公开，"
     "全年共主动公开政府信息{proactive}条。"),
    ("{year}年，{name}认真贯彻落实上级关于政务公开工作的部署要求，健全工作机制，规范公开流程，"
     "全年主动公开政府信息{proactive}条。"),
    ("{year}年，{name}按照政务公开工作要点，以门户网站为第一平台，加强信息发布、解读和回应，"
     "全年共主动公开政府信息{proactive}条，公开及时率和准确率进一步提高。"),
)
APPLICATION_LINES = (
    "全年共收到政府信息公开申请{received}件，上年结转{carried_over}件，均在法定期限内予以答复。",
    "本年度共收到政府信息公开申请{received}件，另有上年结转申请{carried_over}件，已全部依法办理。",
)
PROBLEMS = (
    ("一是政策解读形式较为单一，图解、视频等解读方式运用不够；二是个别单位信息发布不够及时。"
     "下一步将加强业务培训，完善信息发布审核机制。"),
    ("一是基层政务公开标准化规范化建设仍需深化；二是依申请公开答复文书的规范性有待提高。"
     "下一步将组织专题培训，定期开展答复文书评查。"),
    "依申请公开工作压力持续加大，部分申请涉及历史档案，检索难度较大。下一步将推进档案数字化，提高办理效率。",
)


def _header(fig: Figures, published: str) -> list[str]:
    agency, year = fig.agency, fig.year
    return [
        "首页 > 政务公开 > 政府信息公开年报",
        f"{agency.name}{year}年政府信息公开工作年度报告",
        f"发布时间：{published}   来源：{agency.office}",
    ]


def _table3(fig: Figures, *, version: int) -> list[str]:
    def row(label: str, cells: Sequence[int]) -> str:
        return f"{label} {' '.join(str(c) for c in cells)} {sum(cells)}"

    lines = [
        "三、收到和处理政府信息公开申请情况",
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        "申请人情况",
        "自然人 法人或其他组织 总计",
        " ".join(APPLICANTS[1:]),
        row("一、本年新收政府信息公开申请数量", fig.received),
        row("二、上年结转政府信息公开申请数量", fig.carried_over),
        "三、本年度办理结果",
        row("（一）予以公开", fig.outcomes["granted"][0]),
        row("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", fig.outcomes["partial"][0]),
        "（三）不予公开",
        *(row(f"{i}.{label}", cells) for i, (label, cells) in enumerate(zip(DENIED, fig.outcomes["denied"],
                                                                             strict=True), 1)),
        "（四）无法提供",
        *(row(f"{i}.{label}", cells) for i, (label, cells) in enumerate(zip(UNABLE, fig.outcomes["unable"],
                                                                             strict=True), 1)),
        "（五）不予处理",
        *(row(f"{i}.{label}", cells) for i, (label, cells) in enumerate(zip(NOT_PROCESSED,
                                                                             fig.outcomes["not_processed"],
                                                                             strict=True), 1)),
    ]
    if version == 2021:
        lines.append("（六）其他处理")
        lines.extend(row(f"{i}.{label}", cells) for i, (label, cells) in enumerate(zip(OTHER_2021,
                                                                                      fig.outcomes["other"],
                                                                                      strict=True), 1))
    else:
        lines.append(row("（六）其他处理", fig.column("other")))
    lines.append(row("（七）总计", fig.handled))
    lines.append(row("四、结转下年度继续办理", fig.carried_forward))
    return lines


def _table4(fig: Figures) -> list[str]:
    cells = [str(c) for group in fig.review for c in (*group, sum(group))]
    return [
        "四、政府信息公开行政复议、行政诉讼情况",
        "行政复议 行政诉讼",
        "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉",
        "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计",
        " ".join(cells),
    ]


def _table2(fig: Figures, rng: random.Random, *, version: int) -> list[str]:
    d, docs = fig.decisions, fig.documents
    lines = ["二、主动公开政府信息情况", "第二十条第（一）项"]
    if version == 2021:
        lines += ["信息内容 本年制发件数 本年废止件数 现行有效件数",
                  f"规章 {docs['rules']} 0 {docs['rules'] * 6}",
                  f"行政规范性文件 {docs['normative']} {docs['repealed']} {docs['in_force']}",
                  "第二十条第（五）项", "信息内容 本年处理决定数量", f"行政许可 {d['licensing']}",
                  "第二十条第（六）项", "信息内容 本年处理决定数量", f"行政处罚 {d['penalty']}",
                  f"行政强制 {d['coercion']}",
                  "第二十条第（八）项", "信息内容 本年收费金额（单位：万元）", f"行政事业性收费 {fig.fees_wan}"]
        return lines
    lines += ["信息内容 本年新制作数量 本年新公开数量 对外公开总数量",
              f"规章 {docs['rules']} {docs['rules']} {docs['rules'] * 6}",
              f"规范性文件 {docs['normative']} {docs['normative']} {docs['in_force']}",
              "第二十条第（五）项", "信息内容 上一年项目数量 本年增/减 处理决定数量",
              f"行政许可 {rng.randint(40, 260)} {rng.randint(-12, 8)} {d['licensing']}",
              f"其他对外管理服务事项 {rng.randint(5, 60)} {rng.randint(-3, 3)} {d['other_services']}",
              "第二十条第（六）项", "信息内容 上一年项目数量 本年增/减 处理决定数量",
              f"行政处罚 {rng.randint(60, 900)} {rng.randint(-20, 20)} {d['penalty']}",
              f"行政强制 {rng.randint(5, 40)} {rng.randint(-2, 2)} {d['coercion']}",
              "第二十条第（八）项", "信息内容 上一年项目数量 本年增/减",
              f"行政事业性收费 {rng.randint(2, 30)} {rng.randint(-4, 0)}",
              "第二十条第（九）项", "信息内容 采购项目数量 采购总金额",
              f"政府集中采购 {rng.randint(5, 80)} {rng.uniform(50, 3000):.1f}万元"]
    return lines


def standard(fig: Figures, rng: random.Random) -> str:
    """A report in the 2019 (report years 2019-2020) or 2021 (2021 on) standard format."""
    version = 2021 if fig.year >= 2021 else 2019
    agency, year = fig.agency, fig.year
    number = "国办公开办函〔2021〕30号" if version == 2021 else "国办公开办函〔2019〕60号"
    received, carried_over = sum(fig.received), sum(fig.carried_over)
    lines = [
        *_header(fig, f"{year + 1}-01-{rng.randint(12, 31):02d} {rng.randint(8, 17):02d}:{rng.choice(('00', '30'))}"),
        (f"本报告依据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》（{number}）编制。"
         f"本报告中所列数据统计期限自{year}年1月1日至{year}年12月31日。"),
        "一、总体情况",
        rng.choice(OPENINGS).format(year=year, name=agency.name, proactive=fig.proactive),
        "（一）主动公开",
        f"全年通过政府门户网站发布政策解读材料{rng.randint(12, 80)}篇，召开新闻发布会{rng.randint(2, 15)}场。",
        "（二）依申请公开",
        rng.choice(APPLICATION_LINES).format(received=received + fig.prose_slip, carried_over=carried_over),
        "（三）政府信息管理",
        "持续开展规范性文件清理，及时更新政府信息公开指南和目录。",
        *_table2(fig, rng, version=version),
        *_table3(fig, version=version),
        *_table4(fig),
        "五、存在的主要问题及改进情况",
        rng.choice(PROBLEMS),
        "六、其他需要报告的事项",
        "本年度未收取政府信息公开信息处理费。" if version == 2021 else "无。",
        agency.office,
        f"{year + 1}年1月{rng.randint(5, 25)}日",
    ]
    return "\n".join(lines) + "\n"


def _national_rows(fig: Figures, rng: random.Random) -> list[tuple[str, str, str]]:
    """The 2014-2018 national form's rows as ``(label, unit, value)``; ``value`` empty for a group row."""
    received = sum(fig.received)
    channels = _split(received, (3, 0.1, 5, 2), rng)
    handled = sum(fig.handled)
    denied = sum(sum(row) for row in fig.outcomes["denied"])
    reasons = _split(denied, (0.2, 0.8, 2, 0.3, 1.2, 1), rng)
    granted, partial = sum(fig.outcomes["granted"][0]), sum(fig.outcomes["partial"][0])
    rest = handled - granted - partial - denied
    replies = _split(rest, (2, 4, 3, 1.5, 1), rng)  # already public, not this body, not exist, amend, other route
    review, direct = fig.review[0], [a + b for a, b in zip(fig.review[1], fig.review[2], strict=True)]
    staff = rng.randint(2, 12)
    full = rng.randint(1, staff)
    weibo, wechat = rng.randint(300, 3000), rng.randint(200, 2500)
    return [
        ("一、主动公开情况", "——", ""),
        ("（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", str(fig.proactive)),
        ("其中：主动公开规范性文件数", "条", str(fig.normative)),
        ("制发规范性文件总数", "件", str(fig.normative + rng.randint(0, 4))),
        ("（二）通过不同渠道和方式公开政府信息的情况", "——", ""),
        ("1.政府公报公开政府信息数", "条", str(rng.randint(0, 150))),
        ("2.政府网站公开政府信息数", "条", str(fig.proactive)),
        ("3.政务微博公开政府信息数", "条", str(weibo)),
        ("4.政务微信公开政府信息数", "条", str(wechat)),
        ("5.其他方式公开政府信息数", "条", str(rng.randint(0, 200))),
        ("二、回应解读情况", "——", ""),
        ("（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次", str(rng.randint(2, 30))),
        ("（二）通过不同渠道和方式回应解读的情况", "——", ""),
        ("1.参加或举办新闻发布会总次数", "次", str(rng.randint(2, 20))),
        ("其中：主要负责同志参加新闻发布会次数", "次", str(rng.randint(0, 4))),
        ("2.政府网站在线访谈次数", "次", str(rng.randint(1, 12))),
        ("其中：主要负责同志参加政府网站在线访谈次数", "次", str(rng.randint(0, 3))),
        ("3.政策解读稿件发布数", "篇", str(rng.randint(10, 90))),
        ("4.微博微信回应事件数", "次", str(rng.randint(0, 40))),
        ("5.其他方式回应事件数", "次", str(rng.randint(0, 10))),
        ("三、依申请公开情况", "——", ""),
        ("（一）收到申请数", "件", str(received)),
        ("1.当面申请数", "件", str(channels[0])),
        ("2.传真申请数", "件", str(channels[1])),
        ("3.网络申请数", "件", str(channels[2])),
        ("4.信函申请数", "件", str(channels[3])),
        ("（二）申请办结数", "件", str(handled)),
        ("1.按时办结数", "件", str(handled - min(handled, 2))),
        ("2.延期办结数", "件", str(min(handled, 2))),
        ("（三）申请答复数", "件", str(handled)),
        ("1.属于已主动公开范围数", "件", str(replies[0])),
        ("2.同意公开答复数", "件", str(granted)),
        ("3.同意部分公开答复数", "件", str(partial)),
        ("4.不同意公开答复数", "件", str(denied)),
        ("其中：涉及国家秘密", "件", str(reasons[0])),
        ("涉及商业秘密", "件", str(reasons[1])),
        ("涉及个人隐私", "件", str(reasons[2])),
        ("危及国家安全、公共安全、经济安全和社会稳定", "件", str(reasons[3])),
        ("不是《条例》所指政府信息", "件", str(reasons[4])),
        ("法律法规规定的其他情形", "件", str(reasons[5])),
        ("5.不属于本行政机关公开数", "件", str(replies[1])),
        ("6.申请信息不存在数", "件", str(replies[2])),
        ("7.告知作出更改补充数", "件", str(replies[3])),
        ("8.告知通过其他途径办理数", "件", str(replies[4])),
        ("四、行政复议数量", "件", str(sum(review[:3]))),
        ("（一）维持具体行政行为数", "件", str(review[0])),
        ("（二）被依法纠错数", "件", str(review[1])),
        ("（三）其他情形数", "件", str(review[2])),
        ("五、行政诉讼数量", "件", str(sum(direct[:3]))),
        ("（一）维持具体行政行为或者驳回原告诉讼请求数", "件", str(direct[0])),
        ("（二）被依法纠错数", "件", str(direct[1])),
        ("（三）其他情形数", "件", str(direct[2])),
        ("六、举报投诉数量", "件", str(fig.complaints)),
        ("七、依申请公开信息收取的费用", "万元", "0"),
        ("八、机构建设和保障经费情况", "——", ""),
        ("（一）政府信息公开工作专门机构数", "个", "1"),
        ("（二）设置政府信息公开查阅点数", "个", str(rng.randint(1, 6))),
        ("（三）从事政府信息公开工作人员数", "人", str(staff)),
        ("1.专职人员数", "人", str(full)),
        ("2.兼职人员数", "人", str(staff - full)),
        ("（四）政府信息公开专项经费", "万元", f"{rng.uniform(2, 60):.1f}"),
        ("九、政府信息公开会议和培训情况", "——", ""),
        ("（一）召开政府信息公开工作会议或专题会议数", "次", str(rng.randint(1, 8))),
        ("（二）举办各类培训班数", "次", str(rng.randint(1, 6))),
        ("（三）接受培训人员数", "人次", str(rng.randint(30, 400))),
    ]


def national(fig: Figures, rng: random.Random) -> str:
    """A 2014-2018 report: prose sections, then the national statistics form as an attachment."""
    agency, year = fig.agency, fig.year
    received = sum(fig.received)
    rows = _national_rows(fig, rng)
    if agency.pipes:
        table = ["| 统计指标 | 单位 | 统计数 |", "| --- | --- | --- |"]
        table += [f"| {label} | {unit} | {value or '——'} |" for label, unit, value in rows]
    else:
        table = ["统计指标 单位 统计数"]
        table += [f"{label} {unit} {value}".rstrip() if value else label for label, unit, value in rows]
    lines = [
        *_header(fig, f"{year + 1}-03-{rng.randint(10, 31):02d}"),
        ("本年度报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括概述、主动公开政府信息情况、"
         "依申请公开政府信息情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议和提起行政诉讼的情况、"
         f"存在的主要问题及改进措施等内容。本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"),
        "一、概述",
        rng.choice(OPENINGS).format(year=year, name=agency.name, proactive=fig.proactive),
        "二、依申请公开政府信息情况",
        f"全年共收到政府信息公开申请{received}件，按时办结率保持较高水平。",
        "三、存在的主要问题及改进措施",
        rng.choice(PROBLEMS),
        agency.office,
        f"{year + 1}年3月{rng.randint(1, 9)}日",
        "附件：政府信息公开情况统计表",
        *table,
    ]
    return "\n".join(lines) + "\n"


def render(agency: Agency, year: int, seed: object = None) -> str:
    """The text of ``agency``'s report on ``year``, the same for the same ``seed``."""
    rng = random.Random(f"{agency.slug}-{year}-{seed}")  # noqa: S311 - invented figures, not secrets
    fig = figures(agency, year, rng)
    fig.prose_slip = PROSE_SLIPS.get((agency.slug, year), 0)
    return national(fig, rng) if year < 2019 else standard(fig, rng)


def file_name(agency: Agency, year: int) -> str:
    """``qinghe_county_2019_standard.txt`` and the like."""
    layout = "standard" if year >= 2019 else ("pipe" if agency.pipes else "stats")
    return f"{agency.slug}_{year}_{layout}.txt"


PLACES = ("青禾", "云岭", "澄州", "石渠", "临川", "柳溪", "白沙", "丰宁", "安平", "长汀", "桐江", "松原")
LEVELS = (("县", 40), ("区", 70), ("市", 280))
BODIES = ("人民政府", "自然资源局", "生态环境局", "市场监督管理局", "住房和城乡建设局", "教育局",
          "人力资源和社会保障局")


def synthetic(count: int, seed: int = 0) -> Iterator[str]:
    """``count`` further reports of invented agencies and years, for benchmarks."""
    rng = random.Random(seed)  # noqa: S311 - invented figures, not secrets
    for index in range(count):
        place, (level, scale), body = rng.choice(PLACES), rng.choice(LEVELS), rng.choice(BODIES)
        name = f"{place}{level}{body}"
        agency = Agency(name, f"a{index}", f"{name}办公室", applications=round(scale * rng.uniform(0.2, 2.5)),
                        proactive=rng.randint(300, 9000), issues_rules=level == "市" and body == "人民政府",
                        pipes=rng.random() < 0.2)
        yield render(agency, rng.choice(YEARS), seed=index)


def main() -> None:
    """Write every example report."""
    REPORTS.mkdir(exist_ok=True)
    for agency in AGENCIES:
        for year in YEARS:
            if (agency.slug, year) in SKIP:
                continue
            path = REPORTS / file_name(agency, year)
            path.write_text(render(agency, year), encoding="utf-8")
            print(path.relative_to(HERE))


if __name__ == "__main__":
    main()
