"""Traditional-script text is matched through a simplified view of the same length."""

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import govdisclosure as gd
from govdisclosure.forms import FORM_TABLES
from govdisclosure.forms.script import DETECTOR_COUNTERPARTS, DETECTORS, PHRASES, SIMPLIFIED, TRADITIONAL
from govdisclosure.forms.sections import STANDARD_HEADINGS
from govdisclosure.source import SourceText
from govdisclosure.text import script
from govdisclosure.text.script import is_traditional, to_simplified

LABELS = sorted({label for table in FORM_TABLES for item in (*table.rows, *table.columns) for label in item.labels
                 if not set(label) & set(TRADITIONAL)} | {heading for heading, _ in STANDARD_HEADINGS})
"""Every label of every form, column head and standard heading (but the traditional variants some list)."""


def test_table_is_one_for_one():
    """The built-in table maps each traditional character to one simplified character, once."""
    assert len(TRADITIONAL) == len(SIMPLIFIED)
    assert len(set(TRADITIONAL)) == len(TRADITIONAL)
    assert all(t != s for t, s in zip(TRADITIONAL, SIMPLIFIED, strict=True))


def test_detectors_are_traditional_only():
    """Every detector character is outside GB2312 (simplified text never needs it) and has a simplified form."""
    for character, counterpart in zip(DETECTORS, DETECTOR_COUNTERPARTS, strict=True):
        with pytest.raises(UnicodeEncodeError):
            character.encode("gb2312")
        assert counterpart == to_simplified(character)


def test_phrases_keep_the_length():
    """Word fixes never change the length, so spans stay valid."""
    assert all(len(a) == len(b) for a, b in PHRASES)


def test_table_agrees_with_opencc():
    """The built-in table is OpenCC's t2s, character by character (regenerate it if this fails)."""
    opencc = pytest.importorskip("opencc")

    assert opencc.OpenCC("t2s").convert(TRADITIONAL) == SIMPLIFIED


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk", "s2twp"])
def test_table_reads_every_form_label(monkeypatch, config):
    """Every form label and column head, written in traditional script by OpenCC, reads back through the
    built-in table and its word fixes (labels Taiwan phrasing lengthens are left to OpenCC)."""
    opencc = pytest.importorskip("opencc")
    monkeypatch.setattr(script, "_opencc", lambda: None)
    convert = opencc.OpenCC(config).convert

    for label in LABELS:
        traditional = convert(label)
        if len(traditional) == len(label):
            assert label == to_simplified(traditional), traditional


@pytest.mark.parametrize("with_opencc", [True, False], ids=["opencc", "table"])
def test_conversion(monkeypatch, with_opencc):
    """Both converters read labels, 覆/複/復 and Taiwan words as the forms print them."""
    if with_opencc:
        pytest.importorskip("opencc")
    else:
        monkeypatch.setattr(script, "_opencc", lambda: None)

    assert to_simplified(
        "第二十條第（一）項 行政覆議 答覆 規範性檔案 政府資訊公開") == "第二十条第（一）项 行政复议 答复 规范性文件 政府信息公开"
    assert to_simplified("行政複議 復議後起訴") == "行政复议 复议后起诉"


@pytest.mark.parametrize(("text", "expected"), [
    ("某某縣2019年政府信息公開工作年度報告", True),
    ("某某县2019年政府信息公开工作年度报告", False),
    ("本局于2019年收到來函一件，主动公开政府信息共计1200条，其中规范性文件12件。", False),
    ("", False),
    ("國", False),
])
def test_detection(text, expected):
    """A text is traditional when it prints more traditional-only characters than their simplified forms."""
    assert expected is is_traditional(text)


@given(st.text())
@example("國會說這\ud800個們")
@example("國會說這個們\udfff")
def test_conversion_keeps_the_length(text):
    """Any text, lone surrogates included, converts to a text of the same length."""
    assert len(text) == len(to_simplified(text))


def test_traditional_report_reads_with_gd503():
    """A traditional copy is flagged GD503 and its values point into the traditional original."""
    text = "某某縣2019年政府信息公開工作年度報告\n全年主動公開政府信息共1200條。\n收到申請數 12件"

    report = gd.parse(text, strict=True)

    assert "GD503" in {d.code for d in report.diagnostics}
    assert report.metadata.year.value == 2019
    for _, value in report.values():
        assert text[value.span.start : value.span.end] == value.raw


@given(st.sampled_from(["青禾縣人民政府", "東川市交通運輸局", "白石鎮人民政府", "臨江區教育局"]),
       st.sampled_from(["{a}{y}年政府信息公開工作年度報告", "{a}{y}年度政府資訊公開年報", "{a} {y}年政府信息公開工作年度報告"]),
       st.integers(2008, 2025))
def test_a_traditional_copy_names_its_agency_as_it_prints_it(agency, title, year):
    """Text values are given back in the characters the report prints (traditional in a traditional
    copy), as the report names its agency, though they are read through the simplified view; the
    title's spacing is dropped as in a simplified report."""
    text = f"{title.format(a=agency, y=year)}\n來源：縣政府辦公室  發布時間：{year + 1}-01-20\n一、總體情況\n本機關認真貫徹落實條例。"

    metadata = gd.parse(text, strict=True).metadata

    assert metadata.agency.value == agency
    assert metadata.title.value == title.format(a=agency, y=year).replace(" ", "")
    assert metadata.source.value == "縣政府辦公室"
    assert metadata.year.value == year


def test_pinyin_glosses_are_no_part_of_names_and_headings():
    """A mirror's pinyin glosses (縣(xiàn), 六(liù)、) are left out of the title and the agency, and a
    heading glossed after its number is still a heading, whose section's statements are read."""
    text = ("青禾縣(xiàn)人民政府2022年政府信息公開(kāi)工作年度報告\n一、總體情況\n本機關認真貫徹落實條例。\n"
            "六(liù)、舉報(bào)投訴(sù)情況(kuàng)\n全年收到舉報0件。\n")

    report = gd.parse(text, strict=True)

    assert report.metadata.agency.value == "青禾縣人民政府"
    assert report.metadata.title.value == "青禾縣人民政府2022年政府信息公開工作年度報告"
    assert len(report.sections) == 2
    assert report.to_record()["complaints.total"] == 0


def test_pinyin_glosses_are_dropped_for_matching():
    """Mirror pages' pinyin after characters (``項(xiàng)``) does not hide a label from the matcher."""
    source = SourceText("第二十條第(一)項(xiàng)", script=to_simplified)

    assert source.compact == "第二十条第(一)项"
    assert "項(xiàng)" in source.original
