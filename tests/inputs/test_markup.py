"""HTML becomes text with one line per table row and tab-separated cells, from either parser."""

import html

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import govdisclosure as gd
from govdisclosure.inputs import markup
from govdisclosure.inputs.markup import to_text

BACKENDS = ["stdlib", pytest.param("selectolax", marks=pytest.mark.skipif(not markup.has_lexbor(),
                                                                          reason="selectolax not installed"))]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(("page", "text"), [
    pytest.param("<table><tr><td>规章</td><td>13</td><td></td></tr></table>", "规章\t13\t", id="blank-last-cell"),
    pytest.param("<table><tr><td>a</td><td>&nbsp;</td><td>\u3000</td><td>1</td></tr></table>", "a\t\t\t1",
                 id="white-cells-are-blank"),
    pytest.param("<table><tr><td>本年新<br>制作数量</td><td>本年新<br/>公开数量</td></tr></table>",
                 "本年新制作数量\t本年新公开数量", id="br-in-cell"),
    pytest.param("<table><tr><td><p>行政</p><p>许可</p></td><td><p>5</p></td></tr></table>", "行政许可\t5",
                 id="paragraphs-in-cell"),
    pytest.param("<table><tr><td colspan=2>（一）予以公开</td><td>3</td></tr></table>", "（一）予以公开\t3",
                 id="colspan-not-padded"),
    pytest.param("<table><tr><td rowspan=2>三、本年度办理结果</td><td>（一）予以公开</td><td>1</td></tr>"
                 "<tr><td>（二）部分公开</td><td>2</td></tr></table>",
                 "三、本年度办理结果\t（一）予以公开\t1\n（二）部分公开\t2", id="group-label-rowspan"),
    pytest.param("<table><tr><td>甲</td><td rowspan=2>9</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table>",
                 "甲\t9\t1\n乙\t\t2", id="value-rowspan-keeps-columns"),
    pytest.param("<table><tr><td>a\tb</td><td>c\nd</td></tr></table>", "a b\tc d", id="tabs-and-breaks-in-cells"),
    pytest.param("<table><tr><td>a<td>b<tr><td>c<td>d</table>after", "a\tb\nc\td\nafter", id="unclosed-cells"),
    pytest.param("<p>a  b\n c</p><div>d<br>e</div><ul><li>f<li>g</ul>", "a b c\nd\ne\nf\ng", id="blocks"),
    pytest.param("<head><title>t</title><style>p{}</style></head><nav>首页</nav><script>x='<td>'</script>"
                 "<div hidden>h</div><div style='display: none'>n</div><div role=navigation>m</div><p>正文</p>",
                 "正文", id="dropped"),
    pytest.param("<table><tr><td><p>一、总体情况</p><table><tr><td>规章</td><td>1</td></tr></table><p>二</p></td></tr>"
                 "</table>", "一、总体情况\n规章\t1\n二", id="layout-table"),
    pytest.param("<table><tr><td>" + "".join(f"<p>第{i}段。</p>" for i in range(9)) + "</td></tr></table>",
                 "\n".join(f"第{i}段。" for i in range(9)), id="one-cell-page"),
    pytest.param("", "", id="empty"),
    pytest.param("<<<>>>&amp;", "<<<>>>&", id="not-html"),
])
def test_examples(backend, page, text):
    """Each construct is written as the table readers expect it."""
    assert text == to_text(page, backend=backend)


def test_grid_pads_merged_cells():
    """``grid=True`` pads merged cells as a spreadsheet shows them (for comparison; not what the readers want)."""
    page = ("<table><tr><td rowspan=2>G</td><td colspan=2>a</td><td>1</td></tr>"
            "<tr><td>b</td><td>c</td><td>2</td></tr></table>")

    assert to_text(page, grid=True) == "G\ta\t\t1\n\tb\tc\t2"


@pytest.mark.parametrize("backend", BACKENDS)
def test_deep_nesting_does_not_recurse(backend):
    """A page nested thousands of elements deep is walked without recursion."""
    depth = 5000
    page = "<div>" * depth + "深处" + "</div>" * depth

    assert to_text(page, backend=backend) == "深处"


CELL = st.one_of(
    st.sampled_from(["", "0", "12", "3.5", "/", "—", "规章", "行政许可", "本年新收政府信息公开申请数量", "a b", "一、总体情况"]),
    st.text(alphabet="政府信息公开年度报告0123456789 ,，、()（）", max_size=12),
)


@st.composite
def tables(draw):
    """A table as rows of (text, colspan, rowspan) cells, drawn with odd markup around the texts."""
    rows = draw(st.lists(st.lists(st.tuples(CELL, st.integers(1, 3), st.integers(1, 3)), min_size=1, max_size=6),
                         min_size=1, max_size=8))
    parts = []
    for row in rows:
        cells = []
        for text, colspan, rowspan in row:
            body = html.escape(text)
            wrap = draw(st.sampled_from(["{}", "<p>{}</p>", "<span>{}</span>", "<b>{}</b>", " {} "]))
            spans = (f' colspan="{colspan}"' if colspan > 1 else "") + (f" rowspan={rowspan}" if rowspan > 1 else "")
            cells.append(f"<td{spans}>{wrap.format(body)}</td>")
        parts.append(f"<tr>{''.join(cells)}</tr>")
    return rows, f"<table><tbody>{''.join(parts)}</tbody></table>"


@pytest.mark.skipif(not markup.has_lexbor(), reason="selectolax not installed")
@given(tables())
@example(([[("a", 2, 2)], [("b", 1, 1)]], '<table><tr><td colspan="2" rowspan=2>a</td></tr><tr><td>b</td></tr></table>'))
def test_both_parsers_agree(case):
    """selectolax and html.parser give the same text for the same (well-formed) table."""
    _, page = case

    assert to_text(page, backend="selectolax") == to_text(page, backend="stdlib")


@given(tables())
def test_rows_and_cells_survive(case):
    """Without row spans, every row with a non-blank cell is one line holding its cells, in order, tab-separated."""
    rows, page = case
    rows = [[(text, colspan, 1) for text, colspan, _ in row] for row in rows]
    page = page.replace(" rowspan=2", "").replace(" rowspan=3", "")
    expected = ["\t".join(" ".join(text.split()) for text, _, _ in row) for row in rows]

    text = to_text(page)

    assert [line for line in expected if line.strip("\t")] == (text.split("\n") if text else [])


def test_parse_html_without_selectolax(monkeypatch):
    """When selectolax is absent the standard library's parser is used, with the same result."""
    page = ("<html><body><p>某某县2019年政府信息公开工作年度报告</p><table><tr><td>收到申请数</td><td>12</td></tr>"
            "</table></body></html>")
    with_lexbor = gd.parse_html(page, strict=True)

    monkeypatch.setattr(markup, "has_lexbor", lambda: False)

    assert with_lexbor.text == gd.parse_html(page, strict=True).text


def test_meta_charset_is_respected():
    """HTML bytes are decoded with their declared charset, and ``report.text`` is the converted text."""
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'></head>"
            "<body><p>某某县2019年政府信息公开工作年度报告</p></body></html>")

    report = gd.parse_html(page.encode("gb2312"), strict=True)

    assert report.text == "某某县2019年政府信息公开工作年度报告"
    assert [d.message for d in report.diagnostics if d.code == "GD506"] == ["the bytes were decoded as gb18030"]
