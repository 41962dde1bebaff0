import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govdisclosure as gd
from govdisclosure.display import Columns, Heading, Line, blocks, report_html, report_text
from govdisclosure.text.width import width

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "reports"
STANDARD_2021 = gd.parse((EXAMPLES / "county_2022_standard.txt").read_text(encoding="utf-8"))
STANDARD_2019 = gd.parse((EXAMPLES / "yunling_land_2020_standard.txt").read_text(encoding="utf-8"))
STATS_2014 = gd.parse((EXAMPLES / "qinghe_county_2017_stats.txt").read_text(encoding="utf-8"))
VOID = {"br", "hr", "img", "meta", "input", "col", "wbr"}


class Balance(HTMLParser):
    """Checks that every element is closed in order, and collects text and start tags."""

    def __init__(self):
        super().__init__()
        self.stack, self.tags, self.text = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack.pop() == tag

    def handle_data(self, data):
        self.text.append(data)


def _parsed(markup):
    checker = Balance()
    checker.feed(markup)
    checker.close()
    assert checker.stack == []
    return checker


def _grid(report, title_part):
    return next(grid for grid in blocks(report) if title_part in grid.title)


def test_table3_is_the_seven_column_grid():
    """Table 三 shows its rows in the form's order under the 7 applicant columns, values in place."""
    grid = _grid(STANDARD_2021, "收到和处理")
    [header] = [row for row in grid.rows if isinstance(row, Columns)]
    lines = [row for row in grid.rows if isinstance(row, Line)]

    assert header.labels == ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
    assert lines[0].label == "本年新收政府信息公开申请数量"
    assert [cell.value for cell in lines[0].cells] == [49, 6, 0, 1, 2, 0, 58]
    assert lines[-1].keys[-1] == "table3.carried_forward.total"
    assert Heading("不予公开") in grid.rows


def test_table4_is_three_rows_of_five_outcomes():
    """Table 四: reconsideration, and the two kinds of litigation, each with 5 outcome columns."""
    grid = _grid(STANDARD_2021, "行政复议")
    lines = [row for row in grid.rows if isinstance(row, Line)]

    assert [line.label for line in lines] == ["行政复议", "未经复议直接起诉", "复议后起诉"]
    assert [[cell.value for cell in line.cells] for line in lines] == [[2, 1, 0, 0, 3], [1, 0, 0, 1, 2],
                                                                     [0, 0, 0, 0, 0]]


def test_the_2019_format_gets_its_own_tables():
    """A 2019-format report is shown with the 2019 table 二 (本年新制作数量 …) and the single 其他处理 row."""
    titles = [grid.title for grid in blocks(STANDARD_2019)]
    table3 = _grid(STANDARD_2019, "收到和处理")

    assert any("（2019）" in title for title in titles)
    assert "其他处理" in [row.label for row in table3.rows if isinstance(row, Line)]


def test_pre_2019_rows_are_label_and_value():
    """The 2014-2018 form is shown row by row, one value each, with its unit."""
    grid = _grid(STATS_2014, "统计表")
    lines = [row for row in grid.rows if isinstance(row, Line)]

    assert all(len(line.cells) == 1 for line in lines)
    assert lines[0].keys == ("proactive.total",)
    assert "收到申请数" in [line.label for line in lines]


def test_values_outside_the_form_are_listed_once():
    """Every value is shown once: the title as the heading, the rest in a form table or under 'Other values'."""
    grids = blocks(STANDARD_2021)
    keys = [key for grid in grids for row in grid.rows if isinstance(row, Line) for key in row.keys]

    assert grids[0].title == STANDARD_2021.metadata.title.value
    assert len(keys) == len(set(keys))
    assert {key for key, _ in STANDARD_2021.values()} - {"title"} <= set(keys)
    assert "proactive.total" in [key for row in grids[-1].rows if isinstance(row, Line) for key in row.keys]


def test_html_is_well_formed_and_shows_the_report():
    """The HTML balances its tags, has the title, the grids and a hover text naming each cell's key."""
    markup = STANDARD_2021._repr_html_()
    checker = _parsed(markup)
    text = "".join(checker.text)

    assert markup == report_html(STANDARD_2021)
    assert "青禾县人民政府2022年政府信息公开工作年度报告" in text
    assert "社会公益组织" in text
    titles = [attrs.get("title", "") for tag, attrs in checker.tags if tag == "td"]
    assert any(t.startswith("table3.received.total: «58»") for t in titles)


def test_diagnostics_show_their_text():
    """Each diagnostic is listed with its code, message and the text it concerns, marked."""
    checker = _parsed(report_html(STANDARD_2019))
    text = "".join(checker.text)
    terminal = report_text(STANDARD_2019)

    assert "GD304" in text
    assert "the prose says 189件" in text
    assert "mark" in [tag for tag, _ in checker.tags]
    assert "GD304 warning" in terminal
    assert "[186]" in terminal


@given(st.text(alphabet="<>&\"'/ab年 \n", max_size=40))
def test_everything_from_the_text_is_escaped(noise):
    """Text from the report never becomes markup: no tag or attribute comes from it."""
    report = gd.parse(f"<script>alert(1)</script>{noise}\n某某县2018年政府信息公开工作年度报告\n共收到申请12件。")

    checker = _parsed(report_html(report))

    assert "script" not in [tag for tag, _ in checker.tags]
    assert {tag for tag, _ in checker.tags} <= {"div", "style", "h4", "h5", "p", "table", "tr", "td", "th",
                                                "mark", "details", "summary", "pre"}


def test_terminal_view_aligns_wide_characters():
    """Rows of the table 三 grid all end at the same terminal column."""
    lines = report_text(STANDARD_2021).splitlines()
    start = lines.index("三、收到和处理政府信息公开申请情况")
    rows = [line for line in lines[start + 1 : start + 8] if line.startswith("    ")]

    assert len({width(line) for line in rows}) == 1


@pytest.mark.parametrize("report", [gd.parse(""), gd.parse("随便写点什么")], ids=["empty", "prose"])
def test_reports_without_tables_still_show(report):
    """A report with no title and no table shows its metadata and diagnostics without failing."""
    assert "(no title found)" in report_text(report)
    _parsed(report_html(report))


def test_ipython_is_not_imported():
    """Showing a report never imports IPython."""
    code = ("import sys, govdisclosure as gd; gd.parse('2019年度报告')._repr_html_(); "
            "print('IPython' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert out.stdout.strip() == "False"
