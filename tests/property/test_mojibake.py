"""Mojibake: a report's UTF-8 misread as Latin-1, Windows-1252 or GBK is repaired before reading."""

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import standard_reports, stats_reports

import govdisclosure as gd
from govdisclosure.text.mojibake import _filled_from_labels, repair

REPORTS = st.one_of(standard_reports(renderings=("spaces", "tabs", "lines", "pipes")), stats_reports())


def _stats(record):
    return {k: v for k, v in record.items() if k.split(".")[0] in {"table2", "table3", "table4", "proactive",
                                                                    "applications", "reconsideration",
                                                                    "litigation", "fees"} and v is not None}


@given(REPORTS)
@settings(max_examples=40)
def test_utf8_read_as_latin1_is_read_as_the_report(case):
    """Latin-1 loses no byte: the repaired text is the report's, and so is every value."""
    text = case[0]
    misread = text.encode("utf-8").decode("latin-1")
    note(misread[:300])

    report = gd.parse(misread, strict=True)
    clean = gd.parse(text, strict=True)

    assert report.text == text
    repaired_only = {"diagnostics.warnings": 0, "diagnostics.codes": None}  # GD511, a warning, says it was repaired
    assert report.to_record() | repaired_only == clean.to_record() | repaired_only
    assert "GD511" in {d.code for d in report.diagnostics}


@given(REPORTS, st.sampled_from(["cp1252", "gbk"]))
@settings(max_examples=40)
def test_lossy_misreadings_never_give_a_wrong_value(case, codec):
    """Windows-1252 and GBK drop bytes they cannot map (``�``): what is read is still right, and the
    diagnostic counts what was lost."""
    text = case[0]
    misread = text.encode("utf-8").decode(codec, errors="replace")

    report = gd.parse(misread, strict=True)
    clean = _stats(gd.parse(text, strict=True).to_record())

    wrong = {k: (v, clean.get(k)) for k, v in _stats(report.to_record()).items() if clean.get(k) != v}
    assert not wrong
    assert "GD511" in {d.code for d in report.diagnostics}
    assert report.metadata.agency is None or "\ufffd" not in report.metadata.agency.value


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300))
def test_a_text_that_was_read_right_is_left_alone(text):
    """Text with no telltales is never touched; with some, a line changes only where it reads better."""
    fixed = repair(text)

    assert fixed is None or fixed.text.count("\n") == text.count("\n")


def test_lines_read_right_beside_misread_ones_are_kept():
    """A crawler's own header in good Chinese above a body it misread: only the body is repaired."""
    body = "一、总体情况\n2023年，本局主动公开政府信息1234条，收到政府信息公开申请12件。\n二、主动公开政府信息情况\n"
    header = "标题：青禾县财政局2023年政府信息公开工作年度报告\n"

    fixed = repair(header + body.encode("utf-8").decode("gbk", errors="replace"))

    assert fixed is not None
    assert fixed.misread_as == "GBK"
    assert fixed.text.startswith(header)
    assert "政府信息1234条" in fixed.text  # GBK lost bytes of 公开 (鍏�寮�): the characters after come back


FORM_TAIL = ("四、行政复议数量 3\n（一）维持具体行政行为数 1\n（二）被依法纠错数 1\n（三）其他情形数 1\n"
             "五、行政诉讼数量 2\n（一）维持具体行政行为或者驳回原告诉讼请求数 1\n（二）被依法纠错数 0\n（三）其他情形数 1\n"
             "六、举报投诉数量 0\n")


def test_a_shared_label_after_lost_characters_is_not_placed():
    """行政复议's 其他情形数 and 五、行政诉讼数量 lost characters: the 其他情形数 read next may be 行政诉讼's,
    so it is not taken for 行政复议's (``GD234``); rows before the loss are read."""
    lost = (FORM_TAIL.replace("（三）其他情形数 1\n五、行政诉讼数量", "（三）其他\ufffd形数 1\n五、行政诉讼数\ufffd", 1)
            .replace("驳回原告诉讼请求数", "驳回原告诉讼请求\ufffd"))
    text = ("某某县2015年政府信息公开工作年度报告\n政府信息公开情况统计表\n三、依申请公开情况 ——\n（一）收到申请数 5\n"
            + lost)

    report = gd.parse(text, strict=True)
    record = report.to_record()

    assert record["applications.received"] == 5
    assert record["reconsideration.total"] == 3
    assert record["reconsideration.other"] is None
    assert record["litigation.other"] is None
    assert record["complaints.total"] == 0
    assert "GD234" in {d.code for d in report.diagnostics}


@given(st.sampled_from(["\ufffd5", "5\ufffd", "\ufffd.5", "1\ufffd5"]))
def test_a_number_beside_a_lost_character_is_not_read(cell):
    """A digit may have been lost with the character beside it (``�.5`` for 0.5): no value is read."""
    text = "某某县2015年政府信息公开工作年度报告\n政府信息公开情况统计表\n三、依申请公开情况 ——\n（一）收到申请数 " + cell + "\n"

    assert gd.parse(text, strict=True).to_record()["applications.received"] is None


@pytest.mark.parametrize(("line", "filled"), [
    ("（三）其他\ufffd形数 1", "（三）其他情形数 1"),
    ("| 2.重复\ufffd请 | 0 |", "| 2.重复申请 | 0 |"),
    ("1\ufffd同意公开答复数 9", "1\ufffd同意公开答复数 9"),  # the lost 。 or . before it: no label's first character
    ("4.无正当理由大量反复\ufffd请", "4.无正当理由大量反复申请"),  # the whole label, not 重复申请 inside it
    ("本机关重复\ufffd请处理", "本机关重复\ufffd请处理"),  # 重复申请 inside a sentence does not stand apart
])
def test_a_lost_character_inside_a_label_standing_apart_is_filled_from_it(line, filled):
    assert _filled_from_labels(line) == filled
