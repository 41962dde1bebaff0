"""Reading takes time and memory proportional to the size of the input, on the shapes that break
regex engines and HTML tree builders.

Each shape is one unit repeated to 16 KB and to 256 KB (of UTF-8 for text and HTML): 16 times the
input. The larger read may take at most ``MAX_GROWTH`` times the smaller one (16 would be exactly
linear, a quadratic 256) and at most ``MAX_SECONDS_PER_MB``. A wide ratio of sizes with a loose
bound catches a quadratic term as early as a narrow one with a tight bound (both fail once it is
about a tenth of the small input's time), while tolerating the constant factors a busy machine and
its caches add to one of the two runs. Timings are CPU seconds with the garbage collector paused,
the best of ``REPEAT`` runs, measured again up to ``RETRIES`` times while the ratio looks too large;
under ``NOISE`` seconds the ratio is not judged (scheduling noise would dominate it). Peak memory
(``tracemalloc``), which does not depend on the machine's load, is held to ``MAX_MEMORY_GROWTH``.
``benchmarks/bench_adversarial.py`` prints the same measurements as a table, at larger sizes too.
"""

from __future__ import annotations

import contextlib
import gc
import random
import time
import tracemalloc
from collections.abc import Callable

import pytest
from tests.inputs.rendering import REPORTS

import govdisclosure as gd

SMALL, LARGE = 16 * 1024, 256 * 1024
SCALE = LARGE // SMALL
MAX_GROWTH = 2.5 * SCALE
"""Largest allowed time ratio for 16× the input (2.5× linear; a quadratic would be 256×). Times are taken with
CPython's cyclic garbage collector paused: its full passes walk every live object of the process (a whole test
session's), which is the test session's cost, not the parser's."""
MAX_MEMORY_GROWTH = 1.25 * SCALE
"""Largest allowed ratio of peak memory for 16× the input."""
MAX_ROW_COST = 5.0
"""Largest allowed time ratio between a report and the same report with a longer table row."""
MAX_SECONDS_PER_MB = 6.0
"""Absolute cap on adversarial input, against a linear but very slow path; the point is that no input takes
minutes. A normal report parses at about 1 s per MB, the slowest shapes here at under 2 (``bench_adversarial``
prints them); a shared CI machine's CPU time varies by half again, so the cap leaves three times the room."""
NOISE = 0.05
"""Seconds under which the larger run's time is not compared with the smaller one's."""
REPEAT = 2
RETRIES = 3
MAX_MEMORY_RATIO = 200
"""Peak traced bytes per input byte (Python objects per line and per sentence cost about a hundred)."""

SHAPES: dict[str, str] = {
    "digits": "1234567890",
    "digit-words": "12345678901234567890 ",
    "headings": "一、总体情况\n",
    "headings-inline": "一、总体情况。",
    "pipes": "|",
    "pipe-cells": "| 1 ",
    "pipe-rows": "| 收到申请数 | 件 | 12 |\n",
    "endless-line": "本机关全年主动公开政府信息共计条其中规范性文件",
    "form-labels": "本年新收政府信息公开申请数量 1 2 3 4 5 6 7\n",
    "glued-row": "（一）予以公开270020130",
    "marked-blanks": "（一）予以公开27\xa0\xa020\xa013\xa0",
    "dropped-blanks": "1.本机关不掌握相关政府信息 50 60 110\n2.没有现成信息需要另行制作\n（七）总计 10 20 30 40 50 60 210\n",
    "no-break-spaces": "\xa0",
    "tabs": "\t",
    "tab-cells": "\t1",
    "parentheses": "（一）",
    "ascii-parentheses": "(1)",
    "open-brackets": "((((",
    "ideographic-spaces": "\u3000",
    "spaces": " ",
    "newlines": "\n",
    "carriage-returns": "\r",
    "crlf-rows": "收到申请数 12\r\n",
    "colons": "：",
    "dashes": "——",
    "circled": "①",
    "chinese-numerals": "二十三",
    "dates": "2019年1月1日",
    "pinyin": "項(xiàng)",
    "spam": "雷速体育,",
    "traditional": "政府資訊公開工作年度報告第二十條",
    "html-cells": "<td>1</td>",
    "prose-facts": "收到申请1件",
    "prose-negations": "未收到申请",
    "box-rows": "│ 收到申请数 │ 12 │\n├──────┼───┤\n",
    "wrapped-labels": "4.无正当理由大量反复申请 0 0 0 0 0 0 0\n5.要求行政机关确认或重新出\n  1 0 0 0 0 0 1\n具已获取信息\n",
    "row-blocks": "（七）总计\n1 0 0 0 0 0 1\n1 0 0 0 0 0 1\n",
    "cell-paragraphs": "\n\n5\n",
    "page-breaks": "1.属于国家秘密\n0\n- 3 -\n\n甲县人民政府2021年政府信息公开工作年度报告\n0\n",
    "cut-labels": "2.申请人逾\n第4页\n期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 1 0 0 0 0 1\n",
    "stray-lines": "（一）予以公开\n3\n1\n0\n0\n2\n7\n0\n6\n",
    "late-values": "（一）主动公开政府信息数\n2\n\n甲县2015年政府信息公开工作年度报告\n4\n",
    "pipe-line-breaks": "|申请<br>数|2<br>0",
    "pipe-break-rows": "|1.申请人无正当理由逾期不补||||||||\n|正、行政机关<br>不再处理|67|3|0|0|1|0|71|\n",
    "column-blocks": "1.本机关不掌握相关政府信息\n\n自然人\n\n总计\n\n3\n\n0\n\n",
    "labels-across-cells": "|一、本年<br>数量|新收政府信息<br>公开申请|本<br>年<br>新|3|0|\n|（七）总|计||1|\n",
    "cells-across": "|<br>本年",
    "report": REPORTS["district_2019_standard"],
    "mojibake-gbk": REPORTS["district_2019_standard"].encode("utf-8").decode("gbk", errors="replace"),
    "mojibake-latin": REPORTS["district_2019_standard"].encode("utf-8").decode("latin-1"),
    "lost-characters": "（三）其他\ufffd形数 1\n五、行政诉讼数\ufffd 2\n（二）被依法纠错数 0\n",
}
"""Text shapes for ``parse``: name → the unit repeated."""

HTML_SHAPES: dict[str, tuple[str, str, str]] = {
    "nested-divs": ("", "<div>", ""),
    "nested-tables": ("", "<table><tr><td>", ""),
    "cells": ("<table><tr>", "<td>1</td>", "</tr></table>"),
    "rows": ("<table>", "<tr><td>收到申请数</td><td>1</td></tr>", "</table>"),
    "spans": ("<table>", "<tr><td colspan=64 rowspan=64>x</td><td>1</td></tr>", "</table>"),
    "breaks": ("<table><tr><td>", "a<br>", "</td></tr></table>"),
    "angle-brackets": ("", "<", ""),
    "unclosed-inline": ("", "<p><b><i><span>", ""),
    "pre-spaces": ("<pre>", " ", "</pre>"),
    "marked-sections": ("", "<![foo ", ""),
    "paragraphs": ("", "<p>全年主动公开政府信息共1200条。</p>", ""),
}
"""HTML shapes for ``parse_html``: name → (head, unit repeated, tail)."""

_NOISE_BYTES = random.Random(7).randbytes(LARGE)
BYTES_SHAPES: dict[str, Callable[[int], bytes]] = {
    "gb18030-report": lambda n: (REPORTS["county_2022_standard"] * (n // 3000 + 1)).encode("gb18030")[:n],
    "utf8-with-stray-bytes": lambda n: (REPORTS["county_2022_standard"] * (n // 3000 + 1)).encode()[:n] + b"\xff",
    "random-bytes": lambda n: _NOISE_BYTES[:n],
    "gbk-lead-bytes": lambda n: b"\x81" * n,
    "nul-bytes": lambda n: b"\x00" * n,
}
"""Byte shapes for ``parse_bytes`` (``DecodeError`` is a valid outcome): name → the bytes of a size."""


def text_of(shape: str, size: int) -> str:
    """The text shape's unit repeated to ``size`` bytes of UTF-8."""
    unit = SHAPES[shape]
    return unit * (size // len(unit.encode("utf-8")) + 1)


def html_of(shape: str, size: int) -> str:
    """The HTML shape at ``size`` bytes of UTF-8."""
    head, unit, tail = HTML_SHAPES[shape]
    return head + unit * (size // len(unit.encode("utf-8")) + 1) + tail


def read_bytes(data: bytes) -> None:
    """``parse_bytes``, with ``DecodeError`` as an answer."""
    with contextlib.suppress(gd.DecodeError):
        gd.parse_bytes(data)


def seconds(read: Callable[[object], object], data: object) -> float:
    """Best CPU time of ``REPEAT`` reads (CPU time of this process: other processes on a busy machine
    do not count)."""
    gc.collect()
    gc.disable()  # the cyclic collector's passes cost in proportion to every object of the test session
    try:
        best = float("inf")
        for _ in range(REPEAT):
            start = time.process_time()
            read(data)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


def growth(read: Callable[[object], object], small_input: object, large_input: object) -> tuple[float, float]:
    """Times of the small and the large input, measured again while the ratio looks too large."""
    small, large = seconds(read, small_input), seconds(read, large_input)
    for _ in range(RETRIES):
        if large <= NOISE or large <= MAX_GROWTH * small:
            break
        small, large = min(small, seconds(read, small_input)), min(large, seconds(read, large_input))
    return small, large


def _assert_linear(read: Callable[[object], object], small_input: object, large_input: object) -> None:
    small, large = growth(read, small_input, large_input)

    assert large <= MAX_SECONDS_PER_MB * LARGE / 2**20, f"{large:.2f} s for 256 KB"
    assert large <= NOISE or large <= MAX_GROWTH * small, f"{small:.3f} s → {large:.3f} s"


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(SHAPES))
def test_parse_time_is_linear(shape):
    """A 16× larger text of the shape takes ``parse`` at most ``MAX_GROWTH`` times the time, and never more than the cap per MB."""
    _assert_linear(gd.parse, text_of(shape, SMALL), text_of(shape, LARGE))


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(HTML_SHAPES))
def test_parse_html_time_is_linear(shape):
    """``parse_html`` is linear on deep nesting, huge spans, broken markup and long runs."""
    _assert_linear(gd.parse_html, html_of(shape, SMALL), html_of(shape, LARGE))


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(BYTES_SHAPES))
def test_parse_bytes_time_is_linear(shape):
    """``parse_bytes`` (detection included) is linear on text, noise and degenerate bytes."""
    _assert_linear(read_bytes, BYTES_SHAPES[shape](SMALL), BYTES_SHAPES[shape](LARGE))


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(SHAPES))
def test_memory_is_bounded(shape):
    """Peak memory of ``parse`` grows at most ``MAX_MEMORY_GROWTH`` times for 16× the text and stays under ``MAX_MEMORY_RATIO`` bytes
    per byte."""
    peaks = []
    for size in (SMALL, LARGE):
        text = text_of(shape, size)
        gc.collect()
        tracemalloc.start()
        try:
            gd.parse(text)
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()

    assert peaks[1] <= MAX_MEMORY_RATIO * LARGE, f"{peaks[1] / 2**20:.0f} MB for 256 KB"
    assert peaks[1] <= MAX_MEMORY_GROWTH * max(peaks[0], 2**20), f"{peaks[0] / 2**20:.1f} MB → {peaks[1] / 2**20:.1f} MB"


@pytest.mark.slow
def test_long_table4_row_is_not_combinatorial():
    """A table-四 data row with a few digit runs too many costs about what the row costs, not C(k-1, 14) tries."""
    report = REPORTS["county_2022_standard"]
    row = "2 1 0 0 3 1 0 0 1 2 0 0 0 0 0"
    assert row in report

    plain = seconds(gd.parse, report.replace(row, row + " 0 0"))
    longer = seconds(gd.parse, report.replace(row, row + " 0 0 0 0 0 0 0 0"))

    assert longer <= NOISE or longer <= MAX_ROW_COST * plain, f"{plain:.3f} s → {longer:.3f} s"


def test_realistic_report_is_linear():
    """A realistic report repeated 16× more takes at most ``MAX_GROWTH`` times the time (the everyday case, not marked slow)."""
    report = REPORTS["district_2019_standard"]

    small, large = growth(gd.parse, report * 2, report * 2 * SCALE)

    assert large <= NOISE or large <= MAX_GROWTH * small, f"{small:.3f} s → {large:.3f} s"


def test_a_quadratic_reader_fails_the_check():
    """The check itself tells a quadratic reader from a linear one at these sizes."""
    def quadratic(text: object) -> None:
        assert isinstance(text, str)
        for end in range(0, len(text), 128):
            sum(1 for char in text[:end:8] if char == "一")

    with pytest.raises(AssertionError, match="→"):
        _assert_linear(quadratic, text_of("headings", SMALL), text_of("headings", LARGE))
