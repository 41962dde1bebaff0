"""Metadata from the text alone: title, agency, year covered, dates, numbers, kind of document."""

import datetime as dt

import pytest
from hypothesis import given, note, settings
from hypothesis import strategies as st
from tests.strategies import AGENCIES, metadata_truths

import govdisclosure as gd
from govdisclosure.extractors.metadata import TOP_TITLE_SCORE, _title_score


def meta(text: str) -> gd.AnnualReport:
    return gd.parse(text, extractors=["metadata"], strict=True)


def test_breadcrumb_and_furniture_before_the_title():
    """Navigation and sharing lines are not the title; the title printed twice is read once."""
    text = ("页面\n配色\n简体版|繁体版\n当前位置:首页 > 政府信息公开 > 年度报告\n\n"
            "北岭市交通运输局关于报送2014年政府信息公开工作情况的报告(北交报〔2014〕26号)\n\n"
            "北岭市交通运输局关于报送2014年政府信息公开工作情况的报告(北交报〔2014〕26号)\n\n"
            "2014-12-05 19:36     来源:北岭市交通运输局办公室\n分享 微信\n【字体: 打印\n正文。")

    report = meta(text)
    m = report.metadata

    assert m.title.value.startswith("北岭市交通运输局关于报送2014年")
    assert m.title.span.start == text.index("北岭市交通运输局关于")
    assert m.agency.value == "北岭市交通运输局"
    assert m.year.value == 2014
    assert m.published.value == dt.date(2014, 12, 5)
    assert m.document_number.value == "北交报〔2014〕26号"
    assert report.is_annual_report is True


@pytest.mark.parametrize(("header", "date"), [
    ("发布时间:2019-03-14 09:17来源:办公室", dt.date(2019, 3, 14)),
    ("发布日期：2020-01-31", dt.date(2020, 1, 31)),
    ("来源: 时间:2019-09-19 16:47", dt.date(2019, 9, 19)),
    ("2014-12-05 19:36     来源:某某局", dt.date(2014, 12, 5)),
    ("【发布时间】2020-01-20【来源】某某局", dt.date(2020, 1, 20)),
    ("[发布日期] 2020年1月20日", dt.date(2020, 1, 20)),
    ("2020年01月15日 来源：县政府办公室 浏览次数：100", dt.date(2020, 1, 15)),
    ("2020-01-15\t信息来源: 某某局", dt.date(2020, 1, 15)),
    ("发布时间:20110314 18:20:44", dt.date(2011, 3, 14)),
    ("发布日期：20200131 来源：办公室", dt.date(2020, 1, 31)),
    ("2020-01-31", dt.date(2020, 1, 31)),
    ("[2020-01-31]", dt.date(2020, 1, 31)),
    ("【2020年1月31日】", dt.date(2020, 1, 31)),
    ("东川县人民政府    2020-01-31", dt.date(2020, 1, 31)),
    ("东川县人民政府 2020-01-31", dt.date(2020, 1, 31)),
    ("发布：2020-01-31  来源：某某局", dt.date(2020, 1, 31)),
])
def test_publication_date_header_forms(header, date):
    """The header shapes real pages print for the publication time."""
    report = meta(f"东川县2018年政府信息公开工作年度报告\n{header}\n正文。")

    assert report.metadata.published.value == date


@pytest.mark.parametrize("header", ["发布时间:20191332", "发布时间:201903141", "20190314 来源：办公室"])
def test_eight_digits_are_a_date_only_right_after_the_label_and_when_valid(header):
    report = meta(f"东川县2018年政府信息公开工作年度报告\n{header}\n正文。")

    assert report.metadata.published is None


@pytest.mark.parametrize(("text", "published"), [
    ("东川县2018年政府信息公开工作年度报告 2019-01-31\n正文。", dt.date(2019, 1, 31)),
    ("2019-01-31 东川县2018年政府信息公开工作年度报告\n正文。", dt.date(2019, 1, 31)),
    ("2019-01-31 09:30 东川县2018年政府信息公开工作年度报告\n正文。", dt.date(2019, 1, 31)),
    ("【东川县2018年政府信息公开工作年度报告】\n【发布时间】2019-01-31\n正文。", dt.date(2019, 1, 31)),
    ("东川县人民政府    2019-01-31\n东川县2018年政府信息公开工作年度报告\n正文。", None),
    ("东川县2018年政府信息公开工作年度报告 " + "正文。" * 80 + " 2019-01-31 ", None),
])
def test_a_date_beside_the_title_is_not_part_of_it(text, published):
    """A date only white space parts from the title on its line is the page's date, never part of
    the title; a title in brackets is read without them; a date far from the title is not taken."""
    report = meta(text)

    assert report.metadata.title.value == "东川县2018年政府信息公开工作年度报告"
    assert report.metadata.agency.value.startswith("东川县")
    assert (report.metadata.published.value if report.metadata.published else None) == published


def test_date_in_parentheses_under_the_title():
    """A date in parentheses on the line under the title, with a stray space, is the publication date."""
    report = meta("临江市2013年政府信息公开年度报告\n临江市电子政务管理办公室\n(2014年3 月21日)\n编制说明。")

    assert report.metadata.published.value == dt.date(2014, 3, 21)
    assert report.metadata.agency.value == "临江市电子政务管理办公室"
    assert report.metadata.year.value == 2013


@pytest.mark.parametrize("line", ["本报告统计期限自2018年1月1日至2018年12月31日", "2018年1月1日至2018年12月31日",
                                  "截至2018年12月31日", "东川县人民政府 2019年1月20日印发"])
def test_a_date_under_the_title_in_a_sentence_is_not_the_publication_date(line):
    """Under the title, only a date in brackets, alone on its line, or after a run of spaces at
    the line's end is the page's date; a date inside a phrase is not."""
    report = meta(f"东川县2018年政府信息公开工作年度报告\n{line}\n正文。")

    assert report.metadata.published is None


def test_year_comes_from_the_title_not_the_publication_date():
    """The year covered is the title's year even when the page was published the next year."""
    report = meta("发布时间：2020-01-06 14:31\n某区文化体育局2019年度政府信息公开工作年度报告\n正文。")

    assert report.metadata.year.value == 2019


def test_year_from_the_statistical_period_when_the_title_has_none():
    """Without a year in the title, the statistical period names it."""
    report = meta("某某县人民政府政府信息公开工作年度报告\n本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。")

    assert report.metadata.year.value == 2016
    assert report.metadata.period_end.value == dt.date(2016, 12, 31)


@given(st.integers(2008, 2025), st.sampled_from(["none", "next", "same", "later"]), st.sampled_from(["年", "年度"]),
       st.sampled_from(["", "一、总体情况\n", "  "]))
def test_year_from_the_opening_sentence_when_title_and_period_name_none(year, published, word, before):
    """Without a year in the title or a period, a line whose first sentence opens with a year
    (``2023年，我局…``) names it, unless the page's publication date is neither that year nor the next."""
    dates = {"none": "", "next": f"发布时间：{year + 1}-01-18\n", "same": f"发布时间：{year}-06-30\n",
             "later": f"发布时间：{year + 3}-01-18\n"}
    report = meta(f"某某县人民政府政府信息公开工作年度报告\n{dates[published]}{before}{year}{word}，我县认真贯彻落实《条例》。")

    expected = None if published == "later" else year
    assert (report.metadata.year.value if report.metadata.year else None) == expected


@pytest.mark.parametrize("title", ["某某县人民政府政府信息公开工作年度报告 2019", "某某县人民政府政府信息公开工作年度报告（2019）"])
def test_a_bare_year_ending_the_title(title):
    assert meta(title + "\n正文。").metadata.year.value == 2019


def test_agency_after_the_year_and_on_the_line_above_a_pdf_title():
    """Titles that start with the year name the agency after it; PDF titles put it on a line above."""
    assert meta("2019年上海某区人民政府办公室政府信息公开工作年度报告\n正文").metadata.agency.value == "上海某区人民政府办公室"
    report = meta("- 1 -\n淮东市人民政府\n2024 年政府信息公开工作年度报告\n本报告由淮东市人民政府办公室编制。")
    assert report.metadata.agency.value == "淮东市人民政府"
    assert report.metadata.year.value == 2024


@given(st.text(" \u3000", max_size=4), st.sampled_from(["年", "年度"]))
def test_pdf_spacing_between_the_year_and_its_character(gap, year_word):
    """However many spaces a PDF puts between ``2024`` and ``年``, the title keeps its year (two spaces
    also separate the fields of a header line, but never a year from its 年)."""
    title = f"2024{gap}{year_word}政府信息公开工作年度报告"
    report = meta(f"- 1 -\n淮东市人民政府\n{title}\n本报告由淮东市人民政府办公室编制。")

    assert report.metadata.title.value == "淮东市人民政府2024" + year_word + "政府信息公开工作年度报告"  # as meant
    assert gap in report.quote(report.metadata.title)  # as printed
    assert report.metadata.agency.value == "淮东市人民政府"
    assert report.metadata.year.value == 2024


@pytest.mark.parametrize(("head", "title", "agency"), [
    ("东 川 市 财 政 局\n2020年政府信息公开工作年度报告", "东川市财政局2020年政府信息公开工作年度报告", "东川市财政局"),
    ("东川市财政局\n2020 年度政府信息公开\n工作年度报告", "东川市财政局2020年度政府信息公开工作年度报告", "东川市财政局"),
    ("2 0 2 0 年 东 川 市 财 政 局\n政 府 信 息 公 开 工 作 年 度 报 告", "2020年东川市财政局政府信息公开工作年度报告",
     "东川市财政局"),
    ("政府信息公开工作年度报告\n（2020年度）\n东川市财政局", "政府信息公开工作年度报告(2020年度)", "东川市财政局"),
    ("东川市财政局关于报送2020年推进政府信息公开工作情况及2021年工\n作计划的报告（东财报〔2020〕12号）",
     "东川市财政局关于报送2020年推进政府信息公开工作情况及2021年工作计划的报告(东财报[2020]12号)", "东川市财政局"),
])
def test_pdf_titles_wrapped_or_letter_spaced(head, title, agency):
    """PDF text: a title wrapped over two lines is joined (also where the line breaks inside a word and
    the first line scores as high: the pair ends as a title does), letter-spaced names are read
    without the spaces."""
    report = meta(head + "\n一、总体情况\n本年度认真贯彻落实《条例》。")

    assert report.metadata.title.value == title
    assert report.metadata.agency.value == agency
    assert report.metadata.year.value == 2020
    assert report.quote(report.metadata.agency).replace(" ", "") == agency


def test_pdf_text_on_one_line_keeps_the_year_with_its_character():
    """PDF text whose line breaks became spaces (one long line): the space a PDF puts between 2024
    and 年 does not cut the title there, so neither 年政府 nor a title without its year is read."""
    text = ("- 1 - 淮东市人民政府 2024 年政府信息公开工作年度报告 本报告由淮东市人民政府办公室根据《中华人民共和国政府 "
            "信息公开条例》规定编 制。报告所列统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。 一、总体情况 "
            + "本机关认真贯彻落实条例，持续推进政务公开工作。" * 4)

    metadata = meta(text).metadata

    assert metadata.title.value == "淮东市人民政府2024年政府信息公开工作年度报告"
    assert metadata.agency.value == "淮东市人民政府"
    assert metadata.year.value == 2024


def test_a_breadcrumb_is_not_joined_to_the_title():
    """A navigation line above the title adds nothing to it, so the two are not joined."""
    report = meta("首页 > 政务公开 > 政府信息公开年报\n东川县人民政府2022年政府信息公开工作年度报告\n正文。")

    assert report.metadata.title.value == "东川县人民政府2022年政府信息公开工作年度报告"


@pytest.mark.parametrize("crumbs", ["首页 > 政务公开 > 政府信息公开年报", "当前位置：首页 > 信息公开 > 年度报告"])
def test_a_column_named_in_the_breadcrumb_is_not_the_title_of_another_document(crumbs):
    """A page in the annual-reports column that is something else (a self-inspection summary): the
    breadcrumb's last step names the column, not the page; the page's own title is the title."""
    report = meta(f"{crumbs}\n东川县文化和旅游局关于网站政府信息公开专栏建设情况的自查总结\n"
                  "来源：办公室 时间：2019-09-19\n我局严格按照政务公开要求设置信息公开专栏。")

    assert report.metadata.title.value == "东川县文化和旅游局关于网站政府信息公开专栏建设情况的自查总结"
    assert report.is_annual_report is False


@pytest.mark.parametrize(("title", "agency"), [
    ("东川县政府信息公开工作年度报告（2019年）", "东川县"),
    ("东川市人民政府信息公开工作年度报告（2019年）", "东川市人民政府"),
    ("东川县人民政府政府信息公开工作年度报告（2019年度）", "东川县人民政府"),
    ("东川市交通运输局政务公开工作年度报告（2020年）", "东川市交通运输局"),
    ("东川县人民政府政府信息公开工作年度报告（2019）", "东川县人民政府"),
    ("东川市交通运输局政务公开工作年度报告 [2020]", "东川市交通运输局"),
])
def test_agency_of_a_title_with_the_year_last(title, agency):
    """When the year closes the title (with or without 年), the agency ends where the subject
    (政府信息公开 …) begins."""
    report = meta(title + "\n正文。")

    assert report.metadata.agency.value == agency
    assert report.metadata.year.value in {2019, 2020}


@pytest.mark.parametrize(("text", "agency"), [
    ("关于2020年度政府信息公开工作年度报告\n正文。", None),
    ("关于2020年度政府信息公开工作年度报告\n正文。\n淮东市水利局\n2021年1月20日\n", "淮东市水利局"),
    ("关于淮东市水利局2020年度政府信息公开工作年度报告\n正文。", "淮东市水利局"),
    ("关于2020年度政府信息公开工作年度报告\n信息来源：淮东市水利局  发布时间：2021-01-20\n正文。", "淮东市水利局"),
])
def test_a_title_opening_with_about_does_not_name_about(text, agency):
    """关于 ("about") opening a title is not the agency: the name after it is, or another source's."""
    report = meta(text)

    assert (report.metadata.agency.value if report.metadata.agency else None) == agency
    assert report.metadata.year.value == 2020


@pytest.mark.parametrize("line", [
    "本报告由淮东市人民政府办公室根据《中华人民共和国政府",
    "根据《条例》规定，由淮东市人民政府",
    "本年度报告由淮东市人民政府",
    "“淮东市人民政府",
])
def test_a_wrapped_sentence_after_a_pdf_title_is_not_the_agency(line):
    """A sentence wrapped so that its first line ends like an agency name (政府) is not the agency."""
    report = meta(f"- 1 -\n淮东市人民政府\n2024 年政府信息公开工作年度报告\n{line}\n信息公开条例》规定编制。")

    assert report.metadata.agency.value == "淮东市人民政府"


@given(st.sampled_from(AGENCIES), st.integers(2008, 2025),
       st.sampled_from(["above", "below", "signature", "field", "notice", "compiled", "compiles", "subject"]),
       st.sampled_from(["{y}年政府信息公开工作年度报告", "{y}年度政府信息公开工作报告", "{y} 年政府信息公开年度报告"]),
       st.data())
@settings(max_examples=60)
def test_agency_of_a_title_that_does_not_name_it(agency, year, where, title, data):
    """A title that starts with the year and names no body takes the agency from the line above it
    (PDF text laid out on the page, blank lines between) or below it (past the page's field lines:
    ``发布时间：…``, a date alone), the signature, a ``来源`` field, or the
    report's title quoted by the notice that issues it, or the opening that names who compiled it
    (本报告由某局根据…编制, …某局编制本报告), or the subject of the opening sentence (2023年，某局认真贯彻…);
    never the 政府 of 政府信息公开."""
    title = title.format(y=year)
    body = "\n一、总体情况\n本年度认真贯彻落实《条例》。\n"
    if where == "above":
        blank_lines, indent = data.draw(st.integers(0, 2)), data.draw(st.text(" ", max_size=12))
        text = f"{indent}{agency}\n" + f"{indent}\n" * blank_lines + f"{indent}{title}{body}"
    elif where == "below":
        fields = data.draw(st.lists(st.sampled_from([f"发布时间：{year + 1}-01-20", f"{year + 1}-01-20",
                                                     f"时间：{year + 1}年01月20日 10:30", "浏览次数：35",
                                                     f"[{year + 1}-01-20]"]), max_size=2))
        name = data.draw(st.sampled_from([agency, f"（{agency}）"]))
        text = "\n".join([title, *fields, name]) + body
    elif where == "signature":
        text = f"{title}{body}{agency}\n{year + 1}年1月20日\n"
    elif where == "field":
        text = f"{title}\n信息来源：{agency}  发布时间：{year + 1}-01-20{body}"
    elif where == "compiled":
        text = f"{title}\n本报告由{agency}根据《中华人民共和国政府信息公开条例》要求编制。{body}"
    elif where == "subject":
        verb = data.draw(st.sampled_from(["认真贯彻落实《条例》", "高度重视政务公开工作", "坚持以公开为常态"]))
        text = f"{title}\n一、总体情况\n{year}年，{agency}{verb}。\n二、主动公开政府信息情况\n"
    elif where == "compiles":
        text = f"{title}\n根据《中华人民共和国政府信息公开条例》要求，{agency}编制本年度报告。{body}"
    else:
        text = f"关于印发《{agency}{title.replace(' ', '')}》的通知\n各有关单位：{body}"
    note(text)

    report = meta(text)

    assert report.metadata.agency is not None
    assert report.metadata.agency.value == agency
    assert report.metadata.year.value == year


@pytest.mark.parametrize("opening", ["2023年，本局认真贯彻落实《条例》。", "2023年，在县委县政府的正确领导下，认真贯彻落实。",
                                     "全县各级各部门认真贯彻落实《条例》。", "我镇深入贯彻落实《条例》。"])
def test_an_opening_sentence_whose_subject_is_no_name_gives_no_agency(opening):
    report = meta(f"2023年政府信息公开工作年度报告\n一、总体情况\n{opening}\n")

    assert report.metadata.agency is None


@pytest.mark.parametrize("agency", ["东川海关", "东川市人民政府研究室", "东川市委网信办", "东川市政府办",
                                    "东川市公共资源交易中心", "东川市消防救援支队"])
def test_signature_agency_of_each_kind_of_body(agency):
    """A body's name above the closing date is the agency, however the body's name ends."""
    report = meta(f"2022年政府信息公开工作年度报告\n一、总体情况\n正文。\n{agency}\n2023年1月20日\n")

    assert report.metadata.agency.value == agency


def test_signature_date_and_agency():
    """The date under the closing signature is recorded; a place-only title agency takes the signature's."""
    text = "宣平市2018年政府信息公开年度工作报告\n正文。\n宣平市人民政府办公室\n2018年12月28日\n"

    report = meta(text)

    assert report.metadata.signed.value == dt.date(2018, 12, 28)
    assert report.metadata.agency.value == "宣平市人民政府办公室"


@pytest.mark.parametrize(("date", "signed"), [
    ("2023年1月20日", dt.date(2023, 1, 20)), ("二〇二三年一月二十日", dt.date(2023, 1, 20)),
    ("二○二三年元月二十日", dt.date(2023, 1, 20)), ("2023年1月", None), ("2023-01-20", None), ("  2023年1月20日", dt.date(2023, 1, 20)),
])
def test_signature_dates_of_each_shape(date, signed):
    """Under the signature a date may be written in Chinese numerals, as numbers or with the month
    only: the line above it is the agency; a whole written date is the date signed."""
    report = meta(f"2022年政府信息公开工作年度报告\n一、总体情况\n正文。\n东川市财政局\n{date}\n")

    assert report.metadata.agency.value == "东川市财政局"
    assert (report.metadata.signed.value if report.metadata.signed else None) == signed


@pytest.mark.parametrize(("title", "expected"), [
    ("某市文化和旅游局关于网站政府信息公开专栏建设情况自查情况总结", False),
    ("关于政府信息公开工作年度报告有关事项的通知", False),
    ("某县2020年政务公开工作要点", False),
    ("图解：某县2021年政府信息公开工作年度报告", False),
    ("一图读懂某县2021年政府信息公开工作年度报告", False),
    ("关于某县2021年政府信息公开工作年度报告的解读", False),
    ("某市2021年度政府信息公开工作年度报告编制说明", False),
    ("《某县2021年政府信息公开工作年度报告》解读", False),
    ("某县2021年政府信息公开工作年度报告解读", False),
    ("某县2021年政府信息公开工作年度报告（图解）", False),
    ("关于某县2021年政府信息公开工作年度报告的说明", False),
    ("2021年政府信息公开工作年度报告目录", False),
    ("某县2021年政府信息公开工作年度报告（更正版）", True),
    ("某县人民政府关于印发2021年政府信息公开工作方案的通知", False),
    ("某县2020年政府信息公开工作年度报告", True),
    ("某区政府信息公开指南（2020年版）", False),
    ("某区2019年政府信息公开工作年度报告（2019年度）", True),
    ("某局关于报送2014年推进政府信息公开工作情况及2015年工作计划的报告(某报〔2014〕2号)", True),
    ("某县人民政府办公室关于印发2021年政务公开工作要点的通知(某政办〔2021〕3号)", False),
    ("某县2021年政府信息公开工作年度报告政策解读", False),
    ("某县政府信息公开工作年度报告编制指引", False),
])
def test_is_it_an_annual_report(title, expected):
    """Notices, plans and self-inspections are not annual reports; a report on the year's work is."""
    report = meta(title + "\n正文。")

    assert report.is_annual_report is expected
    assert ("GD103" in [d.code for d in report.diagnostics]) is not expected


def test_index_number_and_source():
    """索引号 and 来源 from the header block."""
    report = meta("某县2022年政府信息公开工作年度报告\n索引号：000014349/2023-00012   来源：某县人民政府办公室\n正文。")

    assert report.metadata.index_number.value == "000014349/2023-00012"
    assert report.metadata.source.value == "某县人民政府办公室"


def test_nothing_found_is_none_with_diagnostics():
    """Text without a title names no year or agency, and says so."""
    report = meta("今天天气很好。")

    assert report.metadata.year is None
    assert {"GD401", "GD403"} <= {d.code for d in report.diagnostics}


@pytest.mark.parametrize(("after_title", "number"), [
    ("本报告依据《政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制。", None),
    ("按照国办公开办函〔2021〕30号要求编制。", None),
    ("东川府办〔2020〕7号\n本报告依据《政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）编制。", "东川府办〔2020〕7号"),
])
def test_a_cited_document_number_is_not_the_reports(after_title, number):
    """The number of the guideline a report cites is not the report's own document number."""
    report = gd.parse(f"东川县人民政府2020年政府信息公开工作年度报告\n{after_title}\n一、总体情况\n")

    found = report.metadata.document_number
    assert (found.value if found else None) == number


_CRUMBS = ("当前位置：首页 > 政务公开 > 政府信息公开年报", "首页 > 信息公开 > 年度报告", "分享 微信 微博",
           "首页 > 政府信息公开 > 政府信息公开年度报告", "当前位置：首页 > 政府信息公开 > 信息公开", "")
_TITLES = ("{a}{y}年政府信息公开工作年度报告", "{a}{y}年度政府信息公开工作年度报告", "{a}{y}年政府信息公开年度报告",
           "{a}关于报送{y}年政府信息公开工作情况的报告")
_STAMPS = ("发布时间：{d} 09:30", "发布日期：{d}", "发布时间:{d} 16:02:11   来源：办公室",
           "发布时间: {d} 15:07 文号:  发布机构:  栏目: 政府信息公开年报")


@st.composite
def crawler_headers(draw: st.DrawFn) -> tuple[str, dict, str, bool]:
    """``(text, truth, title, whether the title can be read whole)``: a header on one line."""
    meta = draw(metadata_truths())
    joiner = draw(st.sampled_from([" ", "  ", ""]))
    labelled = draw(st.booleans())
    title = draw(st.sampled_from(_TITLES)).format(a=meta["agency"], y=meta["year"])
    parts = [draw(st.sampled_from(_CRUMBS)), f"标题: {title}" if labelled else title,
             draw(st.sampled_from(_STAMPS)).format(d=meta["published"]),
             f"本报告统计期限自{meta['year']}年1月1日起至{meta['year']}年12月31日止。", "一、总体情况", "本机关认真贯彻落实条例。"]
    if draw(st.booleans()):  # the header's line ends after the title or the time stamp
        at = draw(st.sampled_from([2, 3]))
        parts = [joiner.join(part for part in parts[:at] if part), "\n".join(parts[at:])]
    text = joiner.join(part for part in parts if part)
    if draw(st.booleans()):  # every space and line break removed, as a corpus may be cleaned
        return "".join(text.split()), meta, "".join(title.split()), False
    return text, meta, title, bool(joiner) or labelled


@given(crawler_headers())
@settings(max_examples=150)
def test_crawler_headers_on_one_line(case):
    """Crawlers write a page's header on one line, its parts joined by spaces or by nothing: breadcrumb
    steps and chrome are not the title, a field ends where the next begins (``标题: … 发布时间: …``), and
    the agency is found even when a breadcrumb is glued to the title (whose title then keeps the step),
    or when every space was removed (``…年度报告发布时间:2020-01-3016:02:11来源:…``)."""
    text, meta, title, whole = case
    note(text)

    m = gd.parse(text).metadata

    read = (m.agency and m.agency.value, m.year and m.year.value, m.published and m.published.value.isoformat())
    assert read == (meta["agency"], meta["year"], meta["published"])
    if whole:
        assert (m.title and m.title.value) == title


_HEADER_LINES = [
    "北岭市交通运输局2019年政府信息公开工作年度报告", "北岭市交通运输局", "2019年政府信息公开工作年度报告",
    "政府信息公开工作年度报告", "关于2019年度政府信息公开工作的报告", "首页 > 政务公开 > 年度报告",
    "当前位置:首页 > 信息公开 > 北岭市2019年政府信息公开年报", "分享 微信 微博", "发布时间：2020-01-30",
    "北岭市交通运输局2019年政府信息", "公开工作年度报告", "年度报告", "一、总体情况", "收到申请12件。",
    "2019年政府信息公开年报  北岭市财政局", "标题：北岭市财政局2019年政府信息公开工作年度报告", "",
]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_HEADER_LINES), max_size=12))
def test_the_title_search_stops_only_where_nothing_later_can_win(lines):
    """The title search stops at the first segment with the top score; reading every header line gives
    the same title (a later segment, a later pair, or a pair with that segment never wins)."""
    text = "\n".join(lines)

    found = meta(text).metadata.title
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("govdisclosure.extractors.metadata.TOP_TITLE_SCORE", float("inf"))
        every = meta(text).metadata.title

    assert found == every


@given(st.lists(st.sampled_from(_HEADER_LINES), max_size=4).map("".join))
def test_no_title_scores_above_the_top(text):
    """``TOP_TITLE_SCORE`` is the most a title can score, so stopping there loses nothing."""
    assert _title_score(text) <= TOP_TITLE_SCORE


_INDEX = "000014349/{p}-00012"


@st.composite
def header_tables(draw: st.DrawFn) -> tuple[str, dict]:
    """A page whose header is a table (pipe rows, or tab cells as HTML converted to text), each
    field's label a cell and its value the next cell, fields in any order, two or one to a row."""
    meta = draw(metadata_truths())
    title = f"{meta['agency']}{meta['year']}年政府信息公开工作年度报告"
    fields = [("索引号", _INDEX.format(p=meta["year"] + 1)), ("发布机构", meta["agency"]),
              (draw(st.sampled_from(["发布日期", "发布时间"])), meta["published"]), ("分类", "政府信息公开年报")]
    in_cell = draw(st.booleans())
    if in_cell:
        fields.append((draw(st.sampled_from(["名称", "标题"])), title))
    fields = draw(st.permutations(fields))
    per_row = draw(st.sampled_from([1, 2]))
    pipes = draw(st.booleans())
    lines = []
    for at in range(0, len(fields), per_row):
        cells = [part for field in fields[at : at + per_row] for part in field]
        lines.append(("| " + " | ".join(cells) + " |") if pipes else "\t".join(cells))
    if not in_cell or draw(st.booleans()):
        lines.append(title)
    lines += ["一、总体情况", f"{meta['year']}年，本机关认真贯彻落实条例。"]
    return "\n".join(lines), {**meta, "title": title}


@given(header_tables())
@settings(max_examples=100)
def test_header_fields_written_as_a_table(case):
    """A header written as a table's cells (``| 发布机构 | 某局 | 发布日期 | 2020-01-20 |``) gives its
    fields as ``发布机构：某局`` would: the date, the agency and the index number, and a 名称 cell's
    value as the title; a value stops at its cell's end, and no label cell is taken for a title."""
    text, meta = case
    note(text)

    m = gd.parse(text).metadata

    assert m.published is not None
    assert m.published.value.isoformat() == meta["published"]
    assert m.agency is not None
    assert m.agency.value == meta["agency"]
    assert m.year is not None
    assert m.year.value == meta["year"]
    assert m.index_number is not None
    assert m.index_number.value == _INDEX.format(p=meta["year"] + 1)
    assert m.title is not None
    assert m.title.value == meta["title"]
