"""The one home for hypothesis strategies: truths (what a report states) and renderers (how a
report's text writes them).

A *truth* is a dict of record keys → values, internally consistent as the official form requires.
A *renderer* writes a truth as report text in one layout and one rendering, drawing variations:
label variants, numbering styles, separators, blank cells, wrapped labels, page footers, header
variants. The round-trip properties parse the text and compare the record with the truth.

Renderers take the official labels from ``govdisclosure.forms`` but also draw the hand-written
variants kept here (``*_VARIANTS``), so that a property does not only prove the code agrees with
itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import note
from hypothesis import strategies as st

from govdisclosure.forms import FormTable, Row, RowKind
from govdisclosure.forms.local_2008 import FUJIAN, SHANGHAI_MODEL
from govdisclosure.forms.national_2014 import NATIONAL_2014
from govdisclosure.forms.standard import TABLE2_2019, TABLE2_2021, TABLE3_2019, TABLE3_2021

Truth = dict[str, Any]

AGENCIES = ("青禾县人民政府", "东川市交通运输局", "白石镇人民政府", "临江区教育局", "北岭市人民政府办公室",
            "南湾新区管理委员会", "西平县市场监督管理局", "丰谷街道办事处")

CN_NUMBERS = "一二三四五六七八九十"

# --- hand-written label variants (not taken from the forms) ----------------------------------------

TABLE3_VARIANTS: dict[str, tuple[str, ...]] = {
    "table3.received": ("本年新收政府信息公开申请数量", "本年新收政府信息公开申请数"),
    "table3.carried_over": ("上年结转政府信息公开申请数量", "上年结转政府信息公开申请数"),
    "table3.granted": ("予以公开",),
    "table3.partial": ("部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开"),
    "table3.denied.security_stability": ("危及“三安全一稳定”", '危及"三安全一稳定"', "危及三安全一稳定"),
    "table3.denied.law_forbidden": ("其他法律行政法规禁止公开", "其他法律、行政法规禁止公开"),
    "table3.other.overdue_correction": (
        "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请"),
    "table3.other.overdue_fee": (
        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请"),
}

STATS_2014_VARIANTS: dict[str, tuple[str, ...]] = {
    "proactive.total": ("主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "主动公开政府信息数"),
    "applications.channel.online": ("网络申请数", "网上申请数"),
    "response.press_conferences": ("参加或举办新闻发布会总次数",),
    "staffing.staff_full_time": ("专职人员数（不包括政府公报及政府网站工作人员数）", "专职人员数"),
    "staffing.budget_yuan": ("政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）",
                             "政府信息公开专项经费"),
    "applications.denied_reason.security_stability": ("危及国家安全、公共安全、经济安全和社会稳定",),
}


def label_of(draw: st.DrawFn, row: Row, variants: dict[str, tuple[str, ...]]) -> str:
    """A printed label for ``row``: a hand-written variant or the form's official label."""
    options = variants.get(row.key or "", ()) + row.labels[:1]
    return draw(st.sampled_from(options))


# --- numbers --------------------------------------------------------------------------------------


def counts(max_value: int = 60) -> st.SearchStrategy[int]:
    """Mostly zeros and small counts, sometimes large ones (a city's figures)."""
    return st.one_of(st.just(0), st.just(0), st.integers(1, 9), st.integers(10, max_value),
                     st.integers(100, 20000))


# --- metadata -------------------------------------------------------------------------------------


@st.composite
def metadata_truths(draw: st.DrawFn, years: tuple[int, int] = (2008, 2025)) -> Truth:
    """An agency, a report year and a publication date early the next year."""
    year = draw(st.integers(*years))
    published = dt.date(year + 1, draw(st.integers(1, 3)), draw(st.integers(1, 28)))
    return {"agency": draw(st.sampled_from(AGENCIES)), "year": year, "published": published.isoformat()}


@st.composite
def header_text(draw: st.DrawFn, meta: Truth) -> str:
    """Page furniture, title and the publication line."""
    lines = []
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(["当前位置：首页 > 政务公开 > 政府信息公开年报",
                                           "首页 > 信息公开 > 年度报告", "分享 微信 微博"])))
    title = draw(st.sampled_from(["{a}{y}年政府信息公开工作年度报告", "{a}{y}年度政府信息公开工作年度报告",
                                  "{a}{y}年政府信息公开年度报告"]))
    lines.append(title.format(a=meta["agency"], y=meta["year"]))
    date = dt.date.fromisoformat(meta["published"])
    stamp = draw(st.sampled_from(["发布时间：{d} 09:30", "发布日期：{d}", "发布时间:{d} 16:02:11   来源：办公室"]))
    lines.append(stamp.format(d=date.isoformat()))
    lines.append(f"本报告统计期限自{meta['year']}年1月1日起至{meta['year']}年12月31日止。")
    return "\n".join(lines)


# --- the 2019 and 2021 standard tables --------------------------------------------------------------

T3_COLUMNS = 7
T3_OUTCOMES_2019 = [r.key for r in TABLE3_2019.rows if r.key and r.key not in (
    "table3.received", "table3.carried_over", "table3.total", "table3.carried_forward")]
T3_OUTCOMES_2021 = [r.key for r in TABLE3_2021.rows if r.key and r.key not in (
    "table3.received", "table3.carried_over", "table3.total", "table3.carried_forward")]


@st.composite
def table3_truths(draw: st.DrawFn, version: int, *, whole_row: bool = False) -> dict[str, list[int]]:
    """Table 三 rows (seven cells each) that satisfy every identity of the form; ``whole_row``: one
    outcome row at least with a number other than 0 in every cell."""
    outcomes = T3_OUTCOMES_2021 if version == 2021 else T3_OUTCOMES_2019
    rows: dict[str, list[int]] = {}
    active = draw(st.lists(st.sampled_from(outcomes), min_size=int(whole_row), max_size=6, unique=True))
    for key in outcomes:
        if whole_row and key == active[0]:
            cells = [draw(st.integers(1, 400)) for _ in range(6)]
        else:
            cells = [draw(counts()) if key in active else 0 for _ in range(6)]
        if key in active and not (whole_row and key == active[0]) and draw(st.booleans()):
            cells[1:] = [0] * 5  # most requests come from natural persons
        rows[key] = [*cells, sum(cells)]
    total = [sum(rows[k][i] for k in outcomes) for i in range(6)]
    rows["table3.total"] = [*total, sum(total)]
    carried_forward = [draw(st.one_of(st.just(0), st.integers(0, 5))) for _ in range(6)]
    carried_over = [draw(st.integers(0, total[i] + carried_forward[i])) if draw(st.booleans()) else 0
                    for i in range(6)]
    received = [total[i] + carried_forward[i] - carried_over[i] for i in range(6)]
    for key, cells in (("table3.received", received), ("table3.carried_over", carried_over),
                       ("table3.carried_forward", carried_forward)):
        rows[key] = [*cells, sum(cells)]
    return rows


@st.composite
def table4_truths(draw: st.DrawFn) -> dict[str, list[int]]:
    """Table 四: three groups of four results and their total."""
    rows = {}
    for key in ("table4.reconsideration", "table4.litigation_direct", "table4.litigation_after_review"):
        cells = [draw(st.one_of(st.just(0), st.integers(0, 9), st.integers(10, 400))) for _ in range(4)]
        rows[key] = [*cells, sum(cells)]
    return rows


@st.composite
def table2_truths(draw: st.DrawFn, version: int) -> dict[str, dict[str, Any]]:
    """Table 二: each row's columns as the version prints them (money in 万元 with two decimals)."""
    table = TABLE2_2021 if version == 2021 else TABLE2_2019
    rows: dict[str, dict[str, Any]] = {}
    for row in table.value_rows:
        assert row.key is not None
        cells: dict[str, Any] = {}
        for column in table.columns_of(row):
            if column.key == "amount_yuan":
                cells[column.key] = draw(st.sampled_from(["0", "12.5", "318.50", "9116.36", "251000元"]))
            elif column.key == "items_change":
                cells[column.key] = draw(st.integers(-20, 40))
            else:
                cells[column.key] = draw(counts(5000))
        rows[row.key] = cells
    return rows


def table3_record(rows: dict[str, list[int]]) -> Truth:
    """The record keys a table 三 truth fills."""
    names = ("natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total")
    out: Truth = {}
    for key, cells in rows.items():
        out.update({f"{key}.{name}": value for name, value in zip(names, cells, strict=True)})
    return out


def table4_record(rows: dict[str, list[int]]) -> Truth:
    """The record keys a table 四 truth fills, and the cross-layout totals."""
    names = ("upheld", "corrected", "other", "pending", "total")
    out: Truth = {}
    for key, cells in rows.items():
        out.update({f"{key}.{name}": value for name, value in zip(names, cells, strict=True)})
    out["reconsideration.total"] = rows["table4.reconsideration"][4]
    out["litigation.total"] = rows["table4.litigation_direct"][4] + rows["table4.litigation_after_review"][4]
    return out


def table2_record(rows: dict[str, dict[str, Any]]) -> Truth:
    """The record keys a table 二 truth fills (money converted to yuan as the record holds it)."""
    out: Truth = {}
    for key, cells in rows.items():
        for column, value in cells.items():
            if column == "amount_yuan":
                if value.endswith("元"):
                    out[f"{key}.{column}"] = int(value[:-1])
                    continue
                if key.endswith("central_procurement"):
                    continue  # 2019 procurement amounts print no unit: not converted
                yuan = round(float(value) * 10000, 2)
                out[f"{key}.{column}"] = int(yuan) if yuan == int(yuan) else yuan
            else:
                out[f"{key}.{column}"] = value
    return out


STANDARD_RENDERINGS = ("spaces", "tabs", "lines", "pipes", "pdf", "glued")
"""Not drawn by default: ``nbsp`` is ``glued`` as a converter writes HTML whose blank cells hold
``&nbsp;`` (the cells that hold a number glued, each blank cell one no-break space); ``columns``
lays tables 三 and 四 out in columns of spaces under their headers (``_table3_in_columns``)."""

_BLANK_CELL = {"nbsp": "\xa0", "nbsp_rows": "\xa0"}

_TABLE3_HEADS = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
_TABLE4_HEADS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")


def _width(text: str, metric: str) -> int:
    """Columns ``text`` takes: characters, or display columns (two for a Chinese character)."""
    if metric == "chars":
        return len(text)
    return sum(2 if "\u2e80" <= ch <= "\uffef" else 1 for ch in text)


def _aligned(text: str, size: int, align: str, metric: str) -> str:
    pad = max(0, size - _width(text, metric))
    if align == "left":
        return text + " " * pad
    if align == "right":
        return " " * pad + text
    return " " * (pad // 2) + text + " " * (pad - pad // 2)


@st.composite
def column_layouts(draw: st.DrawFn, **fixed: Any) -> dict[str, Any]:
    """How a tool lays a table out in columns of spaces (the ``columns`` rendering): what it counts
    (``metric``: characters or display columns), how it aligns header words (``heads``; ``packed``,
    only where ``fixed``: table 三's words one space apart, wherever their columns stand) and
    numbers, the ``gap`` between columns, and whether zeros are blank cells; any of them ``fixed``."""
    drawn = {"metric": draw(st.sampled_from(["chars", "display"])),
             "heads": draw(st.sampled_from(["left", "centre"])),
             "numbers": draw(st.sampled_from(["left", "right", "centre"])),
             "gap": draw(st.integers(1, 3)), "blank_zero": draw(st.booleans())}
    return {**drawn, **fixed}


def _in_columns(cells: Sequence[str], sizes: Sequence[int], align: str, metric: str) -> str:
    return "".join(_aligned(c, size, align, metric) for c, size in zip(cells, sizes, strict=True)).rstrip()


@st.composite
def _table3_in_columns(draw: st.DrawFn, rows: dict[str, list[int]], table: FormTable,
                       layout: dict[str, Any] | None) -> str:
    """Table 三 laid out in columns of spaces under its header, as a text browser dumps a table drawn
    without borders or ``pdftotext -layout`` writes a PDF's: blank cells show only as wider gaps."""
    layout = layout or draw(column_layouts())
    metric, gap = layout["metric"], layout["gap"]
    lines: list[tuple[str, list[str] | None]] = []
    for row in table.rows:
        label = _number(draw, row, _table3_numbering(row)) + row.labels[0]
        if row.kind is RowKind.GROUP or row.key is None:
            lines.append((label, None))
            continue
        values = [str(v) for v in rows[row.key]]
        lines.append((label, ["" if v == "0" and layout["blank_zero"] else v for v in values]))
    label_size = max(_width(label, metric) for label, _ in lines) + gap
    sizes = [max(_width(h, metric), *(_width(c[j], metric) for _, c in lines if c)) + gap
             for j, h in enumerate(_TABLE3_HEADS)]
    left = " " * label_size
    group = _aligned("法人或其他组织", sum(sizes[1:6]), layout["heads"], metric)
    out = [left + _aligned("自然人", sizes[0], layout["heads"], metric) + group
           + _aligned("总计", sizes[6], layout["heads"], metric).rstrip(),
           left + " " * sizes[0] + _in_columns(_TABLE3_HEADS[1:6], sizes[1:6], layout["heads"], metric)]
    if layout["heads"] == "packed":  # wide words packed one space apart (pdftotext -layout)
        out = [left + " ".join(_TABLE3_HEADS)]
    for label, cells in lines:
        if cells is None:
            out.append(label)
        else:
            out.append(_aligned(label, label_size, "left", metric)
                       + _in_columns(cells, sizes, layout["numbers"], metric))
    return "\n".join(out)


@st.composite
def _table4_in_columns(draw: st.DrawFn, values: list[str], layout: dict[str, Any] | None) -> str:
    """Table 四 laid out in columns of spaces: its three header lines, then the fifteen cells."""
    layout = layout or draw(column_layouts())
    metric, gap = layout["metric"], layout["gap"]
    cells = ["" if v == "0" and layout["blank_zero"] else v for v in values]
    heads = list(_TABLE4_HEADS) * 3
    sizes = [max(_width(h, metric), _width(c, metric)) + gap for h, c in zip(heads, cells, strict=True)]
    groups = [sum(sizes[0:5]), sum(sizes[5:10]), sum(sizes[10:15])]
    return "\n".join([
        _aligned("行政复议", groups[0], layout["heads"], metric) + "行政诉讼",
        " " * groups[0] + _aligned("未经复议直接起诉", groups[1], layout["heads"], metric) + "复议后起诉",
        _in_columns(heads, sizes, layout["heads"], metric),
        _in_columns(cells, sizes, layout["numbers"], metric),
    ])


def _cells_line(cells: Sequence[str], separator: str, *, pipes_outer: bool = True) -> str:
    if separator == "|":
        body = " | ".join(cells)
        return f"| {body} |" if pipes_outer else body
    return separator.join(cells)


def _join_row(label: str, cells: Sequence[str], rendering: str, draw: st.DrawFn) -> str:
    if rendering == "spaces":
        return label + " " + " ".join(cells)
    if rendering == "tabs":
        return label + "\t" + "\t".join(cells)
    if rendering == "pipes":
        shape = draw(st.sampled_from(["row", "row", "cell per line", "pipe per line"]))
        if shape == "cell per line" and "\t" not in label and " | " not in label:
            return label + " |\n" + "\n".join(f"{c} |" for c in cells)
        if shape == "pipe per line" and "\t" not in label and " | " not in label:
            return label + "\n|\n" + "\n|\n".join(cells) + "\n|"
        return _cells_line([label, *cells], "|", pipes_outer=draw(st.booleans()))
    if rendering == "lines":
        return label + "\n" + "\n".join(cells)
    if rendering in ("glued", "nbsp", "nbsp_rows"):
        return label + "".join(cells)
    # pdf: a long label wraps, the values follow on its last line
    if len(label) > 14 and draw(st.booleans()):
        cut = draw(st.integers(6, len(label) - 4))
        label = label[:cut] + "\n" + label[cut:]
    return label + " " + " ".join(cells)


def _number(draw: st.DrawFn, row: Row, style: str) -> str:
    if not row.number:
        return ""
    if row.number.isdigit():
        return row.number + draw(st.sampled_from([".", "、", "．"]))
    if style == "paren":
        return draw(st.sampled_from([f"（{row.number}）", f"({row.number})"]))
    return row.number + "、"


def _table3_numbering(row: Row) -> str:
    """``paren`` for table 三's （一）-numbered rows, ``dun`` for its 一、-numbered ones."""
    if row.key in ("table3.received", "table3.carried_over", "table3.carried_forward") or (
            row.key is None and row.labels[0] == "本年度办理结果"):
        return "dun"
    return "paren" if row.number and row.number in CN_NUMBERS else "dun"


@st.composite
def standard_table3_text(draw: st.DrawFn, rows: dict[str, list[int]], version: int, rendering: str,
                         layout: dict[str, Any] | None = None) -> str:
    """Table 三 written in ``rendering``, with its header, group labels and numbering."""
    table = TABLE3_2021 if version == 2021 else TABLE3_2019
    if rendering == "columns":
        return draw(_table3_in_columns(rows, table, layout))
    blank_zero = rendering in ("tabs", "pipes", "nbsp", "nbsp_rows") and draw(st.booleans())
    lines = []
    if draw(st.booleans()) or rendering in ("glued", "nbsp", "nbsp_rows"):
        lines.append("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
        header = [["申请人情况"], ["自然人", "法人或其他组织", "总计"],
                  ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]]
        sep = {"tabs": "\t", "pipes": "|", "nbsp_rows": ""}.get(rendering, " ")
        lines.extend(_cells_line(cells, sep) if sep == "|" else sep.join(cells) for cells in header)
    pending_group = ""
    for row in table.rows:
        label = _number(draw, row, _table3_numbering(row)) + label_of(draw, row, TABLE3_VARIANTS)
        if row.kind is RowKind.GROUP:
            if rendering in ("tabs", "pipes") and draw(st.booleans()):
                pending_group = label  # printed as the first cell of the next row (merged cell)
            else:
                lines.append(label)
            continue
        assert row.key is not None
        cells = [str(v) for v in rows[row.key]]
        if blank_zero:
            cells = [_BLANK_CELL.get(rendering, "") if c == "0" else c for c in cells]
        if pending_group:
            label = pending_group + ("\t" if rendering == "tabs" else " | ") + label
            pending_group = ""
        lines.append(_join_row(label, cells, rendering, draw))
        if rendering == "pdf" and draw(st.integers(0, 12)) == 0:
            lines.append(f"- {draw(st.integers(2, 9))} -")
    joiner = "" if rendering in ("glued", "nbsp") else "\n"
    return joiner.join(lines)


@st.composite
def standard_table4_text(draw: st.DrawFn, rows: dict[str, list[int]], rendering: str,
                         layout: dict[str, Any] | None = None) -> str:
    """Table 四: the three-level header, then one row of fifteen values."""
    values = [str(v) for key in ("table4.reconsideration", "table4.litigation_direct",
                                 "table4.litigation_after_review") for v in rows[key]]
    if rendering == "columns":
        return draw(_table4_in_columns(values, layout))
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    sep = {"tabs": "\t", "pipes": " | "}.get(rendering, " ")
    if rendering in ("glued", "nbsp"):
        sep = ""
    header = [["行政复议", "行政诉讼"], [*heads, "未经复议直接起诉", "复议后起诉"], [*heads, *heads]]
    if rendering == "pdf" and draw(st.booleans()):
        stacked = ["结 果", "维持", "结 果", "纠正", "其 他", "结果", "尚 未", "审结", "总计"]
        header = [["行政复议", "行政诉讼"], stacked, ["未经复议直接起诉", "复议后起诉"], [" ".join(heads)],
                  [" ".join(heads)]]
    if rendering in ("tabs", "pipes", "nbsp") and draw(st.booleans()):
        values = [_BLANK_CELL.get(rendering, "") if v == "0" else v for v in values]
    joiner = "" if rendering in ("glued", "nbsp") else "\n"
    lines = [sep.join(cells) for cells in header]
    value_line = sep.join(values) if rendering != "lines" else "\n".join(values)
    if rendering == "pipes":
        value_line = "| " + value_line + " |"
    return joiner.join([*lines, value_line])


@st.composite
def standard_table2_text(draw: st.DrawFn, rows: dict[str, dict[str, Any]], version: int, rendering: str) -> str:
    """Table 二: five (2019) or four (2021) blocks, each with its header row."""
    table = TABLE2_2021 if version == 2021 else TABLE2_2019
    sep = {"tabs": "\t", "pipes": " | "}.get(rendering, " ")
    lines = []
    for row in table.rows:
        if row.kind is RowKind.GROUP:
            if row.labels[0] == "信息内容":
                continue
            lines.append(draw(st.sampled_from(row.labels)))
            continue
        assert row.key is not None
        columns = table.columns_of(row)
        if lines and lines[-1].startswith("第二十条"):
            lines.append(sep.join(["信息内容", *(c.labels[0] for c in columns)]))
        cells = [str(rows[row.key][c.key]) for c in columns]
        label = draw(st.sampled_from(row.labels[:2]))
        lines.append(sep.join([label, *cells]) if rendering != "pipes" else "| " + sep.join([label, *cells]) + " |")
    return "\n".join(lines)


@st.composite
def standard_reports(draw: st.DrawFn, version: int | None = None,
                     renderings: Sequence[str] = STANDARD_RENDERINGS,
                     layout: dict[str, Any] | None = None, *, whole_row: bool = False) -> tuple[str, Truth, str]:
    """A whole 2019 or 2021 report: ``(text, expected record values, rendering)``; ``layout`` (from
    ``column_layouts``) for the ``columns`` rendering, else drawn; ``whole_row``: table 三 has a
    row printed whole (``table3_truths``)."""
    version = version or draw(st.sampled_from([2019, 2021]))
    rendering = draw(st.sampled_from(list(renderings)))
    meta = draw(metadata_truths((2019, 2020) if version == 2019 else (2021, 2025)))
    t2 = draw(table2_truths(version))
    t3 = draw(table3_truths(version, whole_row=whole_row))
    t4 = draw(table4_truths())
    parts = [
        draw(header_text(meta)),
        "一、总体情况",
        "本机关认真贯彻落实条例，持续推进政务公开工作。",
        "二、主动公开政府信息情况",
        draw(standard_table2_text(t2, version, rendering if rendering in ("tabs", "pipes") else "spaces")),
        "三、收到和处理政府信息公开申请情况",
        draw(standard_table3_text(t3, version, rendering, layout)),
        "四、政府信息公开行政复议、行政诉讼情况",
        draw(standard_table4_text(t4, "nbsp" if rendering == "nbsp_rows" else rendering, layout)),
        "五、存在的主要问题及改进情况",
        "一是公开内容还需细化；二是解读形式较为单一。",
        "六、其他需要报告的事项",
        "无。",
    ]
    joiner = "" if rendering in ("glued", "nbsp") else "\n"
    expected: Truth = {"format": f"standard_{version}", **meta}
    expected.update(table3_record(t3))
    expected.update(table4_record(t4))
    if rendering not in ("glued", "nbsp"):
        expected.update(table2_record(t2))
    expected["applications.received"] = t3["table3.received"][6]
    return joiner.join(parts), expected, rendering


# --- the pre-2019 forms -------------------------------------------------------------------------------

STATS_RENDERINGS = ("lines", "unit_lines", "tabs", "spaces", "wrapped", "pipes", "oneline")
"""Clean renderings; ``glued`` (cells concatenated, one line) is tested for precision only."""


@st.composite
def form_truths(draw: st.DrawFn, table: FormTable) -> Truth:
    """Values for a pre-2019 form that satisfy its identities; some rows left blank (``None``)."""
    keys = [r.key for r in table.value_rows if r.key]
    truth: Truth = {key: draw(counts(300)) for key in keys}
    for identity in table.identities:
        if len(identity.left) == 1 and all(p in truth for p in identity.right):
            truth[identity.left[0]] = sum(truth[p] for p in identity.right)
    for key in keys:
        if key in ("fees.total_yuan", "staffing.budget_yuan", "fees.waived_yuan"):
            truth[key] = draw(st.sampled_from([0, 0.5, 12, 35, 2.25]))
    blanks = draw(st.lists(st.sampled_from(keys), max_size=3, unique=True))
    protected = {k for identity in table.identities for k in (*identity.left, *identity.right)}
    for key in blanks:
        if key not in protected:
            truth[key] = None
    return truth


def _money_text(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


@st.composite
def stats_form_text(draw: st.DrawFn, table: FormTable, truth: Truth, rendering: str) -> str:
    """A pre-2019 form as report text in ``rendering``."""
    full_width = draw(st.booleans()) and rendering != "pipes"
    header_label = draw(st.sampled_from(["统计指标", "统 计 指 标", "指 标", "指标名称"]))
    unit_head = draw(st.sampled_from(["单位", "计量单位"]))
    value_head = draw(st.sampled_from(["统计数", "数量", "数 量"]))
    lines = [draw(st.sampled_from(["政府信息公开情况统计表", "附表：政府信息公开情况统计表", "附件"]))]
    sep = {"tabs": "\t", "pipes": " | ", "glued": ""}.get(rendering, " ")
    head = [header_label, unit_head, value_head]
    lines.append("| " + sep.join(head) + " |" if rendering == "pipes" else sep.join(head))
    if rendering == "pipes" and draw(st.booleans()):
        lines.append(draw(st.sampled_from(["|---|---|---|", "| --- | :---: | ---: |", "|-|-|-|"])))
    for row in table.rows:
        label = label_of(draw, row, STATS_2014_VARIANTS)
        numbering = _pre2019_number(draw, row)
        if row.kind is RowKind.GROUP:
            cells = [numbering + label, "", "——"] if rendering in ("tabs", "pipes") else [numbering + label, "——"]
            lines.append("| " + sep.join(cells) + " |" if rendering == "pipes" else sep.join(cells))
            continue
        assert row.key is not None
        value = truth.get(row.key)
        text = "" if value is None else _money_text(value) if isinstance(value, float) else str(value)
        if full_width:
            text = text.translate(str.maketrans("0123456789.", "０１２３４５６７８９．"))
        unit = row.unit or ""
        show_unit = rendering in ("unit_lines", "tabs", "pipes") or unit in ("万元", "人次", "元")
        if rendering == "glued":
            lines.append(numbering + label + (unit if show_unit else "") + text)
            continue
        if rendering in ("lines", "unit_lines", "spaces", "wrapped", "oneline"):
            cells = [numbering + label, unit, text] if show_unit else [numbering + label, text]
            if rendering == "wrapped" and "（" in label:
                at = label.index("（")
                lines.append(numbering + label[:at])
                lines.append(label[at:])
                lines.append(" ".join(c for c in cells[1:] if c))
                continue
            lines.append(" ".join(c for c in cells if c) if rendering != "spaces"
                         else "  ".join(c for c in cells if c))
        else:
            cells = [numbering + label, unit, text]
            lines.append("| " + sep.join(cells) + " |" if rendering == "pipes" else sep.join(cells))
        if row.key == "applications.denied_reason.other" and draw(st.booleans()):
            lines.append("注：免予公开范围指《规定》第十条所列免予公开的政府信息范围。")
    lines.append("单位负责人：张某 审核人：李某 填报人：王某")
    return {"oneline": " ", "glued": ""}.get(rendering, "\n").join(lines)


def _pre2019_number(draw: st.DrawFn, row: Row) -> str:
    if not row.number:
        return draw(st.sampled_from(["", "其中："])) if row.key and row.key.count(".") > 1 else ""
    if row.number.isdigit():
        return row.number + draw(st.sampled_from([".", "、", ". "]))
    if row.kind is RowKind.GROUP or row.key in ("reconsideration.total", "litigation.total", "complaints.total",
                                                  "fees.total_yuan"):
        return row.number + "、"
    return draw(st.sampled_from([f"（{row.number}）", f"({row.number})"]))


def stats_record(truth: Truth) -> Truth:
    """The record values a pre-2019 truth expects (money in yuan)."""
    out: Truth = {}
    for key, value in truth.items():
        if key in ("fees.total_yuan", "staffing.budget_yuan") and value is not None:
            yuan = value * 10000
            out[key] = int(yuan) if yuan == int(yuan) else yuan
        else:
            out[key] = value
    return out


@st.composite
def stats_reports(draw: st.DrawFn, tables: Sequence[FormTable] = (NATIONAL_2014, SHANGHAI_MODEL),
                  renderings: Sequence[str] = STATS_RENDERINGS) -> tuple[str, Truth, str]:
    """A whole pre-2019 report ending with its statistics form."""
    table = draw(st.sampled_from(list(tables)))
    rendering = draw(st.sampled_from(list(renderings)))
    meta = draw(metadata_truths((2008, 2013) if table is not NATIONAL_2014 else (2014, 2018)))
    truth = draw(form_truths(table))
    return draw(stats_report_text(table, meta, truth, rendering))


@st.composite
def stats_report_text(draw: st.DrawFn, table: FormTable, meta: Truth, truth: Truth,
                      rendering: str) -> tuple[str, Truth, str]:
    """The report text for a pre-2019 truth in one rendering."""
    parts = [
        draw(header_text(meta)),
        "一、概述",
        "本年度政府信息公开工作有序推进。",
        "二、主要问题和改进措施",
        "一是公开内容不够全面。",
        draw(stats_form_text(table, truth, rendering)),
    ]
    expected: Truth = {"format": "pipe_table" if rendering == "pipes" else "stats_table", **meta}
    if rendering in ("oneline", "glued"):
        parts = [parts[0], " ".join(parts[1:])]
    expected.update(stats_record(truth))
    return "\n".join(parts), expected, rendering


FUJIAN_TABLE = FUJIAN
"""Re-exported for tests of the year/cumulative columns."""

Renderer = Callable[..., st.SearchStrategy[str]]


@st.composite
def fujian_reports(draw: st.DrawFn) -> tuple[str, Truth, str]:
    """The Fujian summary form with the year's figures beside running totals since 2008."""
    meta = draw(metadata_truths((2009, 2014)))
    truth = draw(form_truths(FUJIAN))
    truth = {k: (int(v) if isinstance(v, float) else v) for k, v in truth.items()}
    sep = draw(st.sampled_from([" ", "\t", " | "]))
    in_chinese = "".join("〇一二三四五六七八九"[int(d)] for d in str(meta["year"]))
    year_head = draw(st.sampled_from([f"{meta['year']}年度", f"{in_chinese}年度", "本年度", "本年"]))
    head = sep.join(["指标名称", "计量单位", year_head, "历年累计"])
    lines = [draw(header_text(meta)), "六、政府信息公开情况统计表", head]
    for row in FUJIAN.rows:
        assert row.key is not None
        value = truth.get(row.key)
        numbering = f"{row.number}、" if row.number else ""
        cumulative = "" if value is None else str(value + draw(st.integers(0, 900)))
        cells = [numbering + row.labels[0], row.unit or "", "" if value is None else str(value), cumulative]
        lines.append(sep.join(cells))
    expected: Truth = {"format": "pipe_table" if "|" in sep else "stats_table", **meta}
    expected.update(stats_record(truth))
    return "\n".join(lines), expected, sep


# --- whole reports, built directly (for serialisation properties) -------------------------------------

def _values(kind: type, text: str) -> st.SearchStrategy[Any]:
    """A ``Value`` of ``kind`` grounded in ``text``."""
    from decimal import Decimal

    from govdisclosure import Origin, Qualifier, Span, Value

    if kind is Decimal:
        inner: st.SearchStrategy[Any] = st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False)
    elif kind is dt.date:
        inner = st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))
    elif kind is str:
        inner = st.text(max_size=12)
    else:
        inner = st.integers(-1000, 10**7)

    @st.composite
    def build(draw: st.DrawFn) -> Any:
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        return Value(value=draw(inner), span=Span(start, end), raw=text[start:end],
                     extractor=draw(st.sampled_from(["metadata", "standard", "narrative"])),
                     unit=draw(st.none() | st.sampled_from(["件", "条", "元"])),
                     qualifier=draw(st.sampled_from(list(Qualifier))), origin=draw(st.sampled_from(list(Origin))),
                     scope=draw(st.none() | st.just("全市")), as_of=draw(st.none() | st.just("11月30日")))

    return build()


@st.composite
def annual_reports(draw: st.DrawFn) -> Any:
    """A random ``AnnualReport``: random values for random keys, sections, tables and diagnostics."""
    import attrs

    from govdisclosure import AnnualReport, Diagnostic, Form, Layout, Section, Severity, Span, Topic
    from govdisclosure.schema import Cell, ExtractorRun, Metadata, Rendering, Table, TableRow
    from govdisclosure.schema.keys import STAT_KEYS, build_statistics

    text = draw(st.text(min_size=1, max_size=60))
    keys = draw(st.lists(st.sampled_from(list(STAT_KEYS)), max_size=12, unique=True))
    statistics = build_statistics({k: draw(_values(STAT_KEYS[k].type, text)) for k in keys})
    meta_types = {"title": str, "agency": str, "year": int, "published": dt.date, "document_number": str,
                  "index_number": str, "source": str, "signed": dt.date, "period_start": dt.date,
                  "period_end": dt.date}
    meta_keys = draw(st.lists(st.sampled_from(list(meta_types)), max_size=5, unique=True))
    metadata = Metadata(**{k: draw(_values(meta_types[k], text)) for k in meta_keys})
    span = Span(0, len(text))
    section = Section(marker="一、", level=1, title="概述", topic=draw(st.none() | st.sampled_from(list(Topic))),
                      heading=Span(0, 0), span=span)
    table = Table(span=span, rendering=draw(st.sampled_from(list(Rendering))), name="table3_2021",
                  rows=(TableRow(span=span, cells=(Cell(text=text, span=span),), key="table3.received"),))
    diagnostic = Diagnostic(code="GD202", severity=draw(st.sampled_from(list(Severity))), message="…",
                            span=draw(st.none() | st.just(span)), key="table3.granted", related=(span,))
    return attrs.evolve(AnnualReport(), metadata=metadata, statistics=statistics, text=text,
                        is_annual_report=draw(st.none() | st.booleans()),
                        layout=draw(st.sampled_from(list(Layout))), form=draw(st.none() | st.sampled_from(list(Form))),
                        sections=draw(st.sampled_from([(), (section,)])), tables=(table,), diagnostics=(diagnostic,),
                        extractors=(ExtractorRun(name="standard", score=0.9, ran=True, values=len(keys)),))


# --- comparing and rewriting ----------------------------------------------------------------------

TABLE3_SECTION = ("三、收到和处理政府信息公开申请情况\n", "\n四、政府信息公开行政复议")
"""Where table 三 starts and ends in a standard report's text."""
TABLES34_SECTION = ("三、收到和处理政府信息公开申请情况\n", "\n五、存在的主要问题及改进情况")
"""Where tables 三 and 四 start and end."""


def cell_line_rows(lines: list[str]) -> list[tuple[list[str], list[str]]]:
    """A table written one cell per line (the ``lines`` rendering) as rows of (label lines, cells):
    group labels, and labels wrapped onto the next line, join the label lines of the row after."""
    rows: list[tuple[list[str], list[str]]] = []
    for line in lines:
        if line.isdigit() or not line:
            rows[-1][1].append(line)
        elif rows and not rows[-1][1]:
            rows[-1][0].append(line)
        else:
            rows.append(([line], []))
    return rows


def wrong_values(record: Truth, expected: Truth, *, precision_only: bool = False) -> list[tuple[str, Any, Any]]:
    """``(key, expected, read)`` for every expected value the record does not hold (``format``
    aside; floats to 1e-6); with ``precision_only``, values left empty are not wrong."""
    out = []
    for key, want in expected.items():
        got = record.get(key)
        if key == "format" or (precision_only and got is None):
            continue
        if got != want and not (isinstance(want, float) and got is not None and abs(got - want) < 1e-6):
            out.append((key, want, got))
    return out


def table3_wrong(text: str, expected: Truth, *, precision_only: bool = False) -> list[tuple[str, Any, Any]]:
    """``wrong_values`` of table 三 with ``text`` parsed (strictly): ``(key, expected, read)``."""
    import govdisclosure as gd

    record = gd.parse(text, strict=True).to_record()
    return wrong_values(record, {k: v for k, v in expected.items() if k.startswith("table3.")},
                        precision_only=precision_only)


def table3_rewritten(case: tuple[str, Truth, str], rewrite: Callable[[list[str]], list[str]]) -> tuple[str, Truth]:
    """A ``standard_reports`` case's text with table 三's lines replaced by ``rewrite(lines)``
    (noted for the failure report), and the values expected of it."""
    text, expected, _ = case
    text = rewrite_section(text, TABLE3_SECTION, rewrite)
    note(text)
    return text, expected


def rewrite_section(text: str, section: tuple[str, str], rewrite: Callable[[list[str]], list[str]]) -> str:
    """``text`` with the lines between ``section``'s start and end replaced by ``rewrite(lines)``."""
    start, end = section
    head, rest = text.split(start, 1)
    body, tail = rest.split(end, 1)
    return head + start + "\n".join(rewrite(body.split("\n"))) + end + tail
