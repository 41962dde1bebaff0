"""Sentences drawn from a grammar of real report phrasings parse to exactly the facts they state.

The phrasings are written here by hand (not taken from ``govdisclosure.forms``), so the property
checks the extractor against an independent statement of what the prose means: each drawn document
states some facts (a number in a random written form, or a negation) among distractor sentences
(plans, other years, time limits, dates, phone numbers, investments, percentages, other bodies),
and the parsed record must hold exactly those facts, with their qualifier, cut-off date and scope.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from decimal import Decimal

import attrs
from hypothesis import example, given, note
from hypothesis import strategies as st

import govdisclosure as gd
from govdisclosure import Qualifier

KEYS = (
    "proactive.total",
    "proactive.normative_documents",
    "applications.received",
    "applications.granted",
    "applications.partially_granted",
    "applications.denied",
    "reconsideration.total",
    "reconsideration.upheld",
    "reconsideration.corrected",
    "reconsideration.other",
    "reconsideration.pending",
    "litigation.total",
    "litigation.upheld",
    "litigation.corrected",
    "litigation.other",
    "litigation.pending",
    "complaints.total",
    "fees.total_yuan",
)

# --- numbers in their written forms -------------------------------------------------------------

_DIGITS = "零一二三四五六七八九"
_FULL_WIDTH = str.maketrans("0123456789,", "０１２３４５６７８９，")


def chinese(n: int) -> str:
    """``1200`` → ``一千二百``, ``105`` → ``一百零五``, ``12`` → ``十二`` (1 ≤ n < 10000)."""
    text = ""
    gap = False
    for size, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // size % 10
        if digit == 0:
            gap = gap or bool(text)
            continue
        if gap:
            text += "零"
            gap = False
        text += unit if (unit == "十" and digit == 1 and not text) else _DIGITS[digit] + unit
    return text


@attrs.frozen
class Written:
    """A number as the prose writes it, and what it means."""

    text: str
    value: int
    approximate: bool = False


@st.composite
def counts(draw: st.DrawFn, *, allow_zero: bool = True) -> Written:
    value = draw(st.integers(0 if allow_zero else 1, 30_000))
    form = draw(st.sampled_from(["arabic", "comma", "full", "chinese", "two"]))
    if form == "chinese" and 1 <= value < 10_000:
        text = chinese(value)
    elif form == "two" and value == 2:
        text = "两"
    elif form == "comma" and value >= 1000:
        text = f"{value:,}"
    elif form == "full":
        text = str(value).translate(_FULL_WIDTH)
    else:
        text = str(value)
    return Written(text, value)


@st.composite
def amounts(draw: st.DrawFn, unit: str) -> tuple[Written, str]:
    """A count with its unit, possibly approximate (余/多 before the unit, 约/近 before, 左右 after)."""
    written = draw(counts())
    marker = draw(st.sampled_from(["", "", "", "余", "多", "约", "近", "左右"]))
    if not marker or written.value < 10:
        return written, f"{written.text}{unit}"
    approximate = attrs.evolve(written, approximate=True)
    if marker in ("余", "多"):
        return approximate, f"{written.text}{marker}{unit}"
    if marker == "左右":
        return approximate, f"{written.text}{unit}左右"
    return approximate, f"{marker}{written.text}{unit}"


# --- facts ---------------------------------------------------------------------------------------

@attrs.frozen
class Fact:
    """What a text states about a key: the value, whether approximately, its cut-off date and scope."""

    key: str
    value: int | Decimal
    approximate: bool = False
    as_of: str | None = None
    scope: str | None = None


@attrs.frozen
class Case:
    text: str
    facts: tuple[Fact, ...]


# Each phrasing states one key; "{n}" is the number with its unit.
PHRASINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "proactive.total": (
        ("主动公开政府信息{n}", "条"), ("共主动公开政府信息{n}", "条"), ("主动公开政府信息共{n}", "条"),
        ("主动公开信息共计{n}", "条"), ("通过门户网站主动公开各类信息{n}", "条"), ("主动公开政务信息{n}", "条"),
        ("主动公开各类政府信息{n}", "条"), ("累计主动公开政府信息{n}", "条"), ("主动公开政府信息，共计{n}", "条"),
        ("主动公开政府信息{n}，其中工作动态类信息{a}条", "条"),
        ("累计主动公开政府信息{c}条，其中{this}主动公开{n}", "条"), ("主动公开政府信息{n}，累计主动公开{c}条", "条"),
    ),
    "proactive.normative_documents": (
        ("公布规范性文件{n}", "件"), ("主动公开规范性文件{n}", "件"), ("公开行政规范性文件{n}", "件"),
    ),
    "applications.received": (
        ("收到政府信息公开申请{n}", "件"), ("共收到{n}政府信息公开申请", "件"),
        ("收到政府信息公开申请{n}，其中当面申请{a}件，网上申请{b}件", "件"), ("共受理依申请公开申请{n}", "件"), ("受理政府信息公开申请{n}", "件"),
        ("接到信息公开申请{n}", "件"), ("共收到公民、法人和其他组织提出的政府信息公开申请{n}", "件"),
        ("受理政府信息公开申请共计{n}", "条"),
    ),
    "reconsideration.total": (
        ("因政府信息公开申请行政复议{n}", "件"), ("发生政府信息公开行政复议案件{n}", "起"),
        ("政府信息公开行政复议{n}", "件"), ("涉及政府信息公开的行政复议{n}", "起"),
        ("被申请政府信息公开行政复议{n}", "件"),
    ),
    "litigation.total": (
        ("政府信息公开行政诉讼{n}", "件"), ("因政府信息公开被提起行政诉讼{n}", "起"),
        ("发生政府信息公开行政诉讼案件{n}", "起"),
    ),
    "complaints.total": (
        ("收到有关政府信息公开的举报投诉{n}", "件"), ("收到政府信息公开方面的投诉{n}", "起"),
        ("政府信息公开工作受到举报{n}", "次"),
    ),
    "fees.total_yuan": (
        ("收取政府信息公开信息处理费{n}", "元"), ("依申请公开收取检索、复制费用{n}", "元"),
        ("共收取政府信息公开费用{n}", "元"),
    ),
}

# A sentence stating several keys at once: received, then its parts by outcome.
OUTCOMES = "共受理政府信息公开申请{n}件，已全部办结，其中同意公开{a}件，部分公开{b}件，不予公开{c}件。"
OUTCOME_KEYS = ("applications.received", "applications.granted", "applications.partially_granted",
                "applications.denied")

# A sentence stating the reviews (or the lawsuits) and, as their parts, their outcomes:
# {a} upheld, {b} corrected, {c} other, {d} pending.
REVIEW_OUTCOMES = (
    ("发生政府信息公开行政复议{n}件，其中维持{a}件，纠正{b}件，其他结果{c}件，尚未审结{d}件。", "reconsideration"),
    ("因政府信息公开申请行政复议{n}起，其中结果维持{a}起，依法纠错{b}起。", "reconsideration"),
    ("被申请政府信息公开行政复议{n}件，其中维持原具体行政行为{a}件，被依法纠错{b}件，未审结{d}件。", "reconsideration"),
    ("因政府信息公开被提起行政诉讼{n}起，其中结果维持{a}起，结果纠正{b}起，其他结果{c}起，尚未审结{d}起。", "litigation"),
    ("政府信息公开行政诉讼{n}件，其中维持{a}件，纠正{b}件。", "litigation"),
)
OUTCOME_FIELDS = {"a": "upheld", "b": "corrected", "c": "other", "d": "pending"}

# Sections whose whole body says that nothing of its heading's keys happened.
SECTION_NEGATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("五、行政复议、诉讼和申诉情况\n无。", ("reconsideration.total", "litigation.total")),
    ("四、政府信息公开的收费及减免情况\n无", ("fees.total_yuan",)),
    ("三、依申请公开政府信息情况\n无。", ("applications.received",)),
    ("五、因政府信息公开申请行政复议、提起行政诉讼的情况：无。", ("reconsideration.total", "litigation.total")),
    ("五、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度未发生此类情况。",
     ("reconsideration.total", "litigation.total")),
    ("六、举报投诉情况\n本年度无。", ("complaints.total",)),
)

# Sections whose heading gives the context a bare sentence needs ("{n}" is an exact count).
SECTION_FACTS: tuple[tuple[str, str], ...] = (
    ("二、主动公开政府信息情况\n全年共公开信息{n}条。", "proactive.total"),
    ("三、依申请公开情况\n本年度共受理申请{n}件，均已按时答复。", "applications.received"),
    ("四、政府信息公开的收费及减免情况\n全年共收取检索、复制费用{n}元。", "fees.total_yuan"),
    ("五、因政府信息公开申请行政复议、提起行政诉讼的情况\n本年度发生行政复议{n}件。", "reconsideration.total"),
    ("六、举报投诉情况\n全年收到举报{n}件。", "complaints.total"),
    ("五、行政复议和行政诉讼情况\n本年度共发生行政诉讼{n}起。", "litigation.total"),
)

# Each negation says that nothing of its keys happened in the year.
NEGATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("未收到政府信息公开申请", ("applications.received",)),
    ("没有收到依申请公开申请", ("applications.received",)),
    ("未收到一起依申请公开申请", ("applications.received",)),
    ("没有收到公民、法人或其他组织提出的政府信息公开申请", ("applications.received",)),
    ("无依申请公开事项", ("applications.received",)),
    ("依申请公开申请数为零", ("applications.received",)),
    ("没有发生因政府信息公开引起的行政复议", ("reconsideration.total",)),
    ("未发生政府信息公开行政复议案件", ("reconsideration.total",)),
    ("未发生政府信息公开行政诉讼案件", ("litigation.total",)),
    ("没有因政府信息公开被提起行政诉讼", ("litigation.total",)),
    ("未发生因政府信息公开申请行政复议、提起行政诉讼的情况", ("reconsideration.total", "litigation.total")),
    ("没有发生政府信息公开行政复议和行政诉讼案件", ("reconsideration.total", "litigation.total")),
    ("政府信息公开行政复议和行政诉讼均为零", ("reconsideration.total", "litigation.total")),
    ("未收到有关政府信息公开的举报投诉", ("complaints.total",)),
    ("没有收到政府信息公开方面的投诉", ("complaints.total",)),
    ("无政府信息公开举报投诉", ("complaints.total",)),
    ("依申请公开政府信息未收取任何费用", ("fees.total_yuan",)),
    ("依申请提供政府信息没有收费", ("fees.total_yuan",)),
    ("未向申请人收取检索、复制、邮寄等费用", ("fees.total_yuan",)),
    ("依申请公开政府信息不收取费用", ("fees.total_yuan",)),
    ("未发生因政府信息公开申请收费情况", ("fees.total_yuan",)),
    ("未收取政府信息公开申请费用", ("fees.total_yuan",)),
)

SUBJECTS = (("", None), ("我局", None), ("本机关", None), ("我办", None), ("全市各级各部门", "全市各级各部门"),
            ("全县", "全县"), ("全区各级行政机关", "全区各级行政机关"))

# Sentences that state nothing about the report year's statistics; {y} is the report year.
DISTRACTORS = (
    "下一步，我局将继续主动公开政府信息{n}条。",
    "{next}年，我局计划主动公开信息{n}条。",
    "今后将进一步做好依申请公开工作，力争按时办结申请{n}件。",
    "{prev}年，我局主动公开政府信息{n}条。",
    "{prev}年共收到政府信息公开申请{n}件。",
    "去年共收到政府信息公开申请{n}件。",
    "与上年相比，主动公开信息增加{n}条。",
    "对收到的申请，在{small}个工作日内予以答复。",
    "自收到申请之日起{small}个工作日内作出答复。",
    "{y}年{month}月{day}日，召开政府信息公开工作会议。",
    "联系电话：{phone}。",
    "咨询电话：0731-{phone}。",
    "投入{small}万元用于门户网站改版。",
    "政府信息公开专项经费{small}万元。",
    "依申请公开答复率达{percent}%。",
    "主动公开率为{percent}%。",
    "市政府办公厅转来政府信息公开申请{n}件。",
    "门户网站全年受理群众投诉{n}件。",
    "举办政府信息公开培训班{small}期，培训{n}人次。",
    "召开新闻发布会{small}次，发布政策解读{n}篇。",
    "全年受理行政审批事项{n}件。",
    "《条例》第{small}条规定了依申请公开的程序。",
    "网站累计访问量达{n}人次。",
    "各乡镇共主动公开政府信息{n}条。",
    "协助上级部门办理政府信息公开申请{n}件。",
    "依申请公开工作未出现延期答复情况。",
    "未收到政府信息公开申请方面的咨询电话。",
    "没有因政府信息公开申请引发的信访事件。",
    "行政复议决定均未发生被撤销的情形。",
    "政府信息公开申请数量较上年增加{n}件。",
    "近年来共开展各类政务公开活动数十次。",
    "全年办理人大代表建议和政协委员提案{n}件。",
    "{cn_prev}年，我局主动公开政府信息{n}条。",
    "上半年共受理政府信息公开申请{n}件。",
    "近年来共收到政府信息公开申请{n}件。",
    "截至{y}年底，累计主动公开政府信息{n}条。",
    "全县共设置政府信息公开申请受理点{small}个。",
    "共受理政府信息公开申请{n}件（含上年结转申请{small}件）。",
    "因政府信息公开被提起的行政诉讼，法院判决维持{small}件。",
    "全年纠正不规范公开行为{small}次。",
    "政府信息公开行政复议、行政诉讼案件共{n}件，其中维持{small}件。",
)


@st.composite
def fact_sentences(draw: st.DrawFn, key: str, year: int) -> tuple[str, Fact]:
    """A sentence stating ``key``, and its fact."""
    as_of = None
    time = draw(st.sampled_from(["", f"{year}年，", f"{year}年度，", "今年，", "本年度，", "全年", "cutoff"]))
    if time == "cutoff":
        month, day = draw(st.integers(1, 11)), draw(st.integers(1, 28))
        time = draw(st.sampled_from([f"截至{month}月{day}日，", f"截至{year}年{month}月{day}日，"]))
        as_of = f"{month}月{day}日"
    subject, scope = draw(st.sampled_from(SUBJECTS))
    template, unit = draw(st.sampled_from(PHRASINGS[key]))
    if template.startswith("累计") and "其中" in template:  # the year's figure is the part
        time, as_of = draw(st.sampled_from(["", f"截至{year}年底，", "截至目前，"])), None
    if key == "fees.total_yuan" and draw(st.booleans()):
        tenths = draw(st.integers(1, 99))
        written = Written(f"{tenths / 10:g}", 0)
        number = f"{written.text}万元"
        fact = Fact(key, Decimal(tenths) * 1000, as_of=as_of, scope=scope)
    else:
        written, number = draw(amounts(unit))
        value: int | Decimal = Decimal(written.value) if key == "fees.total_yuan" else written.value
        fact = Fact(key, value, approximate=written.approximate, as_of=as_of, scope=scope)
    if template.startswith("累计") and time.startswith(f"截至{year}年"):
        time = time.replace(f"{year}年", "", 1)  # 截至2009年3月1日，累计… counts over the years to that day
    if template.startswith("累计") and "其中" not in template and not any(word in time for word in (str(year), "今年", "本年", "全年")):
        time = "今年，" + time  # a cumulative figure is the year's only when the year is named
    parts = {"a": draw(counts()).text, "b": draw(counts()).text, "c": draw(counts()).text,
             "this": draw(st.sampled_from([f"{year}年", f"{year}年度", "本年度", "今年", "，本年"]))}
    sentence = f"{time}{subject}{template.format(n=number, **parts)}。"
    return sentence, fact


def negation_sentence(negation: tuple[str, tuple[str, ...]], time: str) -> tuple[str, list[Fact]]:
    text, keys = negation
    return f"{time}{text}。", [Fact(key, Decimal(0) if key == "fees.total_yuan" else 0) for key in keys]


@st.composite
def distractors(draw: st.DrawFn, year: int) -> str:
    template = draw(st.sampled_from(DISTRACTORS))
    previous = year - draw(st.integers(1, 5))
    return template.format(
        n=draw(counts(allow_zero=False)).text, y=year, prev=previous, next=year + 1,
        cn_prev="".join("〇一二三四五六七八九"[int(d)] for d in str(previous)),
        small=draw(st.integers(1, 60)), month=draw(st.integers(1, 12)), day=draw(st.integers(1, 28)),
        phone=draw(st.integers(2_000_000, 89_999_999)), percent=draw(st.integers(1, 100)),
    )


@st.composite
def cases(draw: st.DrawFn) -> Case:
    year = draw(st.integers(2009, 2018))
    chosen = draw(st.lists(st.sampled_from(sorted(PHRASINGS)), unique=True, max_size=4))
    sentences: list[str] = []
    facts: list[Fact] = []
    for key in chosen:
        stated_keys = {f.key for f in facts}
        if key in stated_keys:
            continue
        negations = [n for n in NEGATIONS if key in n[1] and not stated_keys & set(n[1])]
        if negations and draw(st.booleans()):
            time = draw(st.sampled_from(["", f"{year}年，", f"{year}年度，", "本年度", "全年", "我局"]))
            text, stated = negation_sentence(draw(st.sampled_from(negations)), time)
        else:
            text, fact = draw(fact_sentences(key, year))
            stated = [fact]
        sentences.append(text)
        facts.extend(stated)
    if not {f.key for f in facts} & set(OUTCOME_KEYS) and draw(st.integers(0, 4)) == 0:
        numbers = [draw(st.integers(0, 50)) for _ in range(3)]
        total = sum(numbers)
        sentences.append(f"{year}年，" + OUTCOMES.format(n=total, a=numbers[0], b=numbers[1], c=numbers[2]))
        facts.extend(Fact(key, value) for key, value in zip(OUTCOME_KEYS, (total, *numbers), strict=True))
    if draw(st.integers(0, 3)) == 0:
        template, kind = draw(st.sampled_from(REVIEW_OUTCOMES))
        if not any(f.key.startswith(kind) for f in facts):
            outcomes = {field: draw(st.integers(0, 20)) for field in OUTCOME_FIELDS}
            total = sum(outcomes.values())
            sentences.append(f"{year}年，" + template.format(n=total, **outcomes))
            facts.append(Fact(f"{kind}.total", total))
            facts.extend(Fact(f"{kind}.{name}", outcomes[field]) for field, name in OUTCOME_FIELDS.items()
                         if f"{{{field}}}" in template)
    sentences.extend(draw(st.lists(distractors(year), max_size=3)))
    order = draw(st.permutations(range(len(sentences))))
    body = "\n".join(sentences[i] for i in order)
    for template, key in draw(st.lists(st.sampled_from(SECTION_FACTS), max_size=2, unique=True)):
        if key not in {f.key for f in facts}:
            number = draw(st.integers(0, 5000))
            body += "\n" + template.format(n=number)
            facts.append(Fact(key, Decimal(number) if key == "fees.total_yuan" else number))
    sections = [n for n in SECTION_NEGATIONS if not {f.key for f in facts} & set(n[1])]
    chosen_sections = draw(st.lists(st.sampled_from(sections), max_size=2, unique_by=lambda n: n[1])) if sections else []
    for heading, keys in chosen_sections:
        if not {f.key for f in facts} & set(keys):
            body += f"\n{heading}"
            facts.extend(Fact(key, Decimal(0) if key == "fees.total_yuan" else 0) for key in keys)
    return Case(f"某某市某某局{year}年政府信息公开工作年度报告\n{body}\n", tuple(facts))


def assert_facts(text: str, facts: Iterable[Fact], keys: Iterable[str]) -> None:
    """``text`` parses to exactly ``facts`` among ``keys``: values, qualifiers, cut-off dates, scopes."""
    report = gd.parse(text, strict=True)
    record = report.to_record()
    values = dict(report.values())
    expected = {f.key: f for f in facts}
    for key in keys:
        fact = expected.get(key)
        if fact is None:
            assert record[key] is None, (key, values.get(key))
            assert key not in values, (key, values.get(key))
            continue
        value = values.get(key)
        assert value is not None, (key, fact)
        assert value.value == fact.value, (key, value, fact)
        assert (value.qualifier is Qualifier.APPROXIMATE) == fact.approximate, (key, value)
        assert record[key] == (None if fact.approximate else fact.value), key
        assert (value.as_of, value.scope) == (fact.as_of, fact.scope), (key, value.as_of, value.scope)
        assert text[value.span.start : value.span.end] == value.raw, key
        assert value.extractor == "narrative", key


@given(cases())
@example(Case("某某市某某局2014年政府信息公开工作年度报告\n截至11月30日，我局主动公开政府信息一千二百余条。\n"
              "2014年，我局未收到一起依申请公开申请。\n对收到的申请，在15个工作日内予以答复。\n",
              (Fact("proactive.total", 1200, approximate=True, as_of="11月30日"), Fact("applications.received", 0))))
@example(Case("某某市某某局2013年政府信息公开工作年度报告\n全市各级各部门共受理政府信息公开申请１，２３４件。\n"
              "投入35万元用于门户网站改版。\n",
              (Fact("applications.received", 1234, scope="全市各级各部门"),)))
def test_grammar_sentences_parse_to_their_facts(case: Case) -> None:
    """Every fact a drawn sentence states is read with its qualifiers; distractors yield nothing."""
    assert_facts(case.text, case.facts, KEYS)


_NUMBER_CHARS = set("0123456789０１２３４５６７８９,，.．")
_HEADING = re.compile(r"^[一二三四五六七八九十]+、")


_CLAUSES = ["本机关认真贯彻落实条例要求，", "持续推进政务公开工作，", "不断提升公开质量和实效，",
            "围绕中心工作聚焦社会关切及时回应公众关注的热点问题，", "进一步规范公开流程，",
            "加强平台建设和队伍建设并健全工作机制，", "推动公开工作制度化规范化标准化，"]
_FILLER = "".join(random.Random(0).choices(_CLAUSES, k=80)) + "成效明显。"
"""Prose that states nothing, so that the paragraph is long enough to look wrapped (its lines of full
width outnumber nine to one the few longer ones, such as the title); clauses in no fixed order, so
that the lines do not all end at the same place of one."""


def _wrapped(text: str, width: int) -> str:
    """``text`` with the sentences before its first heading run into one paragraph (after some prose
    that states nothing) and wrapped every ``width`` characters as PDF text is, never inside a run
    of digits."""
    lines = text.split("\n")
    end = next((i for i, line in enumerate(lines[1:], 1) if _HEADING.match(line)), len(lines))
    paragraph = _FILLER + "".join(lines[1:end])
    cuts = [0]
    while len(paragraph) - cuts[-1] > width:
        cut = cuts[-1] + width
        while cut < len(paragraph) and paragraph[cut - 1] in _NUMBER_CHARS and paragraph[cut] in _NUMBER_CHARS:
            cut += 1
        cuts.append(cut)
    wrapped = [paragraph[a:b] for a, b in zip(cuts, [*cuts[1:], len(paragraph)], strict=True)]
    return "\n".join([lines[0], *wrapped, *lines[end:]])


@given(cases(), st.integers(24, 44))  # A4 text runs 35-40 Chinese characters a line
def test_sentences_wrapped_as_pdf_text_parse_to_their_facts(case: Case, width: int) -> None:
    """PDF text breaks lines wherever the width runs out, inside words too (政府信\\n息): the same facts."""
    text = _wrapped(case.text, width)
    note(text)
    assert_facts(text, case.facts, KEYS)


_ASCII_PUNCTUATION = str.maketrans("，。；：（）！？", ",.;:()!?")


def _ascii_paragraph(text: str) -> str:
    """``text`` with the sentences before its first heading run into one paragraph and every
    punctuation mark made ASCII, as stored page excerpts write them (``…3件.全年共受理…``)."""
    lines = text.split("\n")
    end = next((i for i, line in enumerate(lines[1:], 1) if _HEADING.match(line)), len(lines))
    return "\n".join([lines[0], "".join(lines[1:end]), *lines[end:]]).translate(_ASCII_PUNCTUATION)


@given(cases())
def test_sentences_with_ascii_punctuation_run_together_parse_to_their_facts(case: Case) -> None:
    """An ASCII full stop after a word ends a sentence as 。 does, so that a part (其中…) or a time
    word of one sentence does not reach into the next: the same facts."""
    text = _ascii_paragraph(case.text)
    note(text)
    assert_facts(text, case.facts, KEYS)


_GLOSSES = ("(kāi)", "(gōng)", "(xìn)", "(shēn)", "(qǐng)", "(jiàn)", "(tiáo)", "(wèi)", "(yī)", "(èr)")


@given(cases(), st.randoms(use_true_random=False), st.floats(0.02, 0.3))
def test_sentences_with_pinyin_glosses_parse_to_their_facts(case: Case, rng: random.Random, share: float) -> None:
    """Mirror pages print a pinyin gloss after some characters (公開(kāi)政府信息, 一千二(èr)百): the
    prose reads through them, and the facts are the same, their spans still the printed text."""
    title, body = case.text.split("\n", 1)
    body = re.sub(r"[\u4e00-\u9fff]", lambda m: m.group() + (rng.choice(_GLOSSES) if rng.random() < share else ""),
                  body)
    text = f"{title}\n{body}"
    note(text)
    assert_facts(text, case.facts, KEYS)
