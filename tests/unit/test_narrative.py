"""The narrative extractor: facts stated in prose, on hand-written fixtures and small cases."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from tests.property.test_narrative_grammar import Fact, assert_facts

import govdisclosure as gd
from govdisclosure import Origin, Topic
from govdisclosure.extractors.narrative import NarrativeExtractor, number_matches
from govdisclosure.sentences import heading_keys, heading_topics, sentence_ranges
from govdisclosure.source import SourceText
from govdisclosure.structure import Document

FIXTURES = Path(__file__).parents[1] / "fixtures" / "narrative" / "facts.txt"
KEYS = tuple(sorted(NarrativeExtractor().provides))
"""Every key the extractor may fill: a fixture's unlisted keys must stay empty."""


@attrs.frozen
class Case:
    title: str
    text: str
    expected: tuple[Fact, ...]


def _expected(line: str) -> Fact:
    key, sign, value, *marks = line.split()
    qualifiers = dict(mark.split("=", 1) for mark in marks)
    amount = Decimal(value) if key == "fees.total_yuan" else int(value)
    return Fact(key, amount, sign == "~", qualifiers.get("as_of"), qualifiers.get("scope"))


def load_cases(path: Path) -> list[Case]:
    """Read a fixture file: title, ".", text, ".", expected facts, "." (blank and # lines between)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    cases: list[Case] = []
    i = 0
    while i < len(lines):
        if not lines[i].strip() or lines[i].startswith("#"):
            i += 1
            continue
        title = lines[i]
        assert lines[i + 1] == ".", title
        end_text = lines.index(".", i + 2)
        end_expected = lines.index(".", end_text + 1)
        text = "\n".join(lines[i + 2 : end_text]) + "\n"
        body = [line for line in lines[end_text + 1 : end_expected] if line.strip()]
        expected = () if body == ["nothing"] else tuple(_expected(line) for line in body)
        cases.append(Case(title, text, expected))
        i = end_expected + 1
    return cases


CASES = load_cases(FIXTURES)


@pytest.mark.parametrize("case", CASES, ids=[case.title for case in CASES])
def test_fixture(case: Case):
    """Each hand-written text yields exactly its facts, with their qualifier, cut-off date and scope."""
    assert_facts(case.text, case.expected, KEYS)


def test_fixture_file_is_well_formed():
    """The fixture file holds many cases, and both facts and distractors."""
    assert len(CASES) >= 40
    assert any(not case.expected for case in CASES)
    assert any(e.approximate for case in CASES for e in case.expected)


def test_negations_are_zero_with_their_origin():
    """A negation gives 0 marked as read from a negation, its span covering the negated words."""
    text = "某某局2013年政府信息公开工作年度报告\n本年度未收到政府信息公开申请，依申请公开政府信息未收取任何费用。\n"

    report = gd.parse(text, strict=True)

    received = report.statistics.applications.received
    fees = report.statistics.fees.total_yuan
    assert received is not None
    assert fees is not None
    assert (received.value, received.origin, received.raw) == (0, Origin.NEGATION, "未收到政府信息公开申请")
    assert (fees.value, fees.origin) == (Decimal(0), Origin.NEGATION)


def test_approximate_values_are_flagged():
    """An approximate figure is kept on the value and noted with GD207."""
    text = "某某局2013年政府信息公开工作年度报告\n本年度我局主动公开政府信息一千二百余条。\n"

    report = gd.parse(text, strict=True)

    assert [(d.code, text[d.span.start : d.span.end]) for d in report.diagnostics if d.span] == [
        ("GD207", "一千二百余条")]


def test_prose_never_overrides_a_table():
    """Where the statistics table gives a value, a disagreeing prose figure becomes GD304."""
    table = (
        "政府信息公开情况统计表\n统计指标 单位 统计数\n一、主动公开情况 ——\n(一)主动公开政府信息数 7460\n"
        "其中:主动公开规范性文件数 9\n制发规范性文件总数 9\n三、依申请公开情况 ——\n(一)收到申请数 1\n"
        "1.当面申请数 1\n2.传真申请数 0\n3.网络申请数 0\n4.信函申请数 0\n四、行政复议数量 0\n"
        "五、行政诉讼数量 0\n六、举报投诉数量 0\n"
    )
    text = f"某某市2018年政府信息公开年度工作报告\n全年主动公开政府信息1200条。\n{table}"

    report = gd.parse(text, strict=True)

    assert report.statistics.proactive.total is not None
    assert report.statistics.proactive.total.value == 7460
    assert "GD304" in [d.code for d in report.diagnostics]


@pytest.mark.parametrize("total", ["800余条", "800条"])
def test_proactive_total_stated_as_a_part(total):
    """``共发布各类信息800条，其中主动公开政府信息356条``: the part named by its own words is the total."""
    text = f"某某局2013年政府信息公开工作年度报告\n2013年，我局共发布各类信息{total}，其中主动公开政府信息356条。\n"

    report = gd.parse(text, strict=True)

    assert report.to_record()["proactive.total"] == 356
    assert "GD207" not in [d.code for d in report.diagnostics]


def test_parts_of_a_strong_total_stay_parts():
    """Parts by sub-body of a total read through 主动公开 are not read."""
    text = ("某某县2016年政府信息公开工作年度报告\n2016年主动公开政府信息3310条。其中，县直各单位主动公开政府信息"
            "2104条；各乡镇主动公开政府信息1206条。\n")

    assert gd.parse(text, strict=True).to_record()["proactive.total"] == 3310


@pytest.mark.parametrize(("title", "topics"), [
    ("主动公开政府信息情况", {Topic.PROACTIVE}),
    ("依申请公开、行政复议和行政诉讼情况", {Topic.APPLICATIONS, Topic.REVIEW_LITIGATION}),
    ("因政府信息公开申请行政复议、提起行政诉讼的情况", {Topic.REVIEW_LITIGATION}),
    ("因政府信息公开工作被申请行政复议、提起行政诉讼情况", {Topic.REVIEW_LITIGATION}),
    ("依申请公开信息收费情况", {Topic.FEES}),
    ("下一步工作打算", {Topic.PLANS}),
    ("强化领导，完善机构", {Topic.ORGANISATION}),
], ids=["proactive", "mixed", "review-2008", "review-2019", "fees-modified", "plans", "organisation"])
def test_heading_topics(title, topics):
    """Every topic a heading names, the longest word winning where words overlap."""
    assert heading_topics(title) == topics


@pytest.mark.parametrize(("title", "keys"), [
    ("复议、诉讼和申诉情况", ("reconsideration.total", "litigation.total")),
    ("政府信息公开的收费及减免情况", ("fees.total_yuan",)),
    ("因政府信息公开申请行政复议、提起行政诉讼的情况", ("reconsideration.total", "litigation.total")),
    ("依申请公开政府信息和不予公开政府信息的情况", ("applications.received",)),
    ("咨询处理情况", ()),
], ids=["review", "fees", "review-2008", "applications", "consultation"])
def test_heading_keys(title, keys):
    """The keys a bare 无 under a heading sets to 0."""
    assert heading_keys(title) == keys


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_ranges(Document(SourceText(text)))]


def test_sentences_end_at_punctuation_headings_and_lines():
    """Lines of page text are sentences of their own, even without a full stop."""
    text = "某某局2013年政府信息公开工作年度报告\n一、概述\n今年工作有序推进，成效明显\n全年无收费。"

    assert _sentences(text) == ["某某局2013年政府信息公开工作年度报告", "一、概述", "今年工作有序推进，成效明显",
                                "全年无收费。"]


def test_wrapped_lines_are_joined():
    """In text wrapped at a fixed width, a full line without punctuation goes on on the next line."""
    lines = ["本报告由某某市人民政府办公室根据条例规定编制完成", "报告所列统计期限自本年一月一日至十二月三十一日止",
             "如对本报告有疑问请与某某市人民政府办公室联系咨询", "全年共受理政府信息公开申请三百一十二件答复三百零",
             "五件均在法定期限内予以答复全年收取信息处理费用三", "百九十四元。"]

    sentences = _sentences("\n".join(lines))

    assert len(sentences) == 1
    assert sentences[0].endswith("五件均在法定期限内予以答复全年收取信息处理费用三\n百九十四元。")


def test_lost_headings_are_recovered():
    """A numbered line ending like a heading is a heading, even when it starts with a form label."""
    text = "某局年度报告\n五、行政复议和行政诉讼情况\n无。\n六、举报投诉数量 0\n"

    assert [h.title for h in Document(SourceText(text)).headings] == ["行政复议和行政诉讼情况"]


@pytest.mark.parametrize(("text", "found"), [
    ("共收到5件申请", ["5件"]),
    ("主动公开信息一千二百余条", ["一千二百余条"]),
    ("收费1.2万元", ["1.2万元"]),
    ("投入35万元", ["35万元"]),
    ("主动公开信息300条左右", ["300条左右"]),
    ("第十三条", []),
    ("数十条", []),
    ("三至五件", []),
    ("15个工作日", []),
    ("50余条次", []),
    ("单位:万元)", []),
], ids=["arabic", "chinese-approx", "wan-yuan", "invested", "zuoyou", "ordinal", "vague", "range",
        "time-limit", "tally", "unit-only"])
def test_number_matches(text, found):
    """Numbers with units, found from the unit back; ordinals, vague numbers, ranges and limits are not."""
    assert [m.group() for m in number_matches(text)] == found
