"""Recall and precision of table 三 and 四 on synthetic reports typeset as PDF, per text extractor.

Each report is a 2021-format table 三 with random counts (consistent sums), typeset with
reportlab the way publishers set it: a narrow label column in which long labels wrap over two to
six lines, group labels in cells merged down their rows, and table 四's three-level header. Its
text is then extracted with every tool that is installed (pypdf, PyMuPDF and its pymupdf4llm,
pypdfium2, pdfplumber, pdfminer.six and poppler's ``pdftotext`` in its three modes) and parsed;
every value of tables 三 and 四 is compared with what was typeset.

Needs what the library does not: ``pip install reportlab pypdf pymupdf pymupdf4llm pypdfium2
pdfplumber pdfminer.six``, poppler's ``pdftotext`` and a CJK TrueType font (``fonts-wqy-microhei``
on Debian, or give ``--font``). Tools that are missing are skipped. Run from the project root:
``python benchmarks/bench_pdf_text.py [--reports N] [--seed S] [--blank-zeros]``.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import importlib.util
import os
import random
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import govdisclosure as gd

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

ROWS: list[tuple[str | None, str | None, str]] = [  # (group cell, label cell, record key)
    (None, "一、本年新收政府信息公开申请数量", "received"),
    (None, "二、上年结转政府信息公开申请数量", "carried_over"),
    ("三、本年度办理结果", "（一）予以公开", "granted"),
    ("三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partial"),
    *(("（三）不予公开", label, key) for label, key in [
        ("1.属于国家秘密", "state_secret"), ("2.其他法律行政法规禁止公开", "law_forbidden"),
        ("3.危及“三安全一稳定”", "security_stability"), ("4.保护第三方合法权益", "third_party"),
        ("5.属于三类内部事务信息", "internal_affairs"), ("6.属于四类过程性信息", "process_info"),
        ("7.属于行政执法案卷", "law_enforcement_files"), ("8.属于行政查询事项", "admin_query")]
      for key in [f"denied.{key}"]),
    ("（四）无法提供", "1.本机关不掌握相关政府信息", "unable.not_held"),
    ("（四）无法提供", "2.没有现成信息需要另行制作", "unable.need_create"),
    ("（四）无法提供", "3.补正后申请内容仍不明确", "unable.unclear"),
    ("（五）不予处理", "1.信访举报投诉类申请", "not_processed.complaint"),
    ("（五）不予处理", "2.重复申请", "not_processed.duplicate"),
    ("（五）不予处理", "3.要求提供公开出版物", "not_processed.publication"),
    ("（五）不予处理", "4.无正当理由大量反复申请", "not_processed.mass_repeat"),
    ("（五）不予处理", "5.要求行政机关确认或重新出具已获取信息", "not_processed.confirm"),
    ("（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other.overdue_correction"),
    ("（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other.overdue_fee"),
    ("（六）其他处理", "3.其他", "other.other"),
    ("（七）总计", None, "total"),
    (None, "四、结转下年度继续办理", "carried_forward"),
]
COLUMNS = ["natural_person", "commercial", "research", "social_welfare", "legal_services", "other_org", "total"]
T4_ROWS = ["reconsideration", "litigation_direct", "litigation_after_review"]
T4_COLUMNS = ["upheld", "corrected", "other", "pending", "total"]


def typeset(path: Path, rnd: random.Random, font: str, *, blank_zeros: bool = False) -> dict[str, int]:
    """Write one report as a PDF at ``path``; the values typeset, by record key. ``blank_zeros``:
    zeros are left blank, as many reports print them (the format reads a blank cell as 0)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "cjk" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("cjk", font, subfontIndex=0))
    cell = ParagraphStyle("cell", fontName="cjk", fontSize=9, leading=11)
    heading = ParagraphStyle("heading", fontName="cjk", fontSize=12, leading=16)
    values: dict[str, list[int]] = {}
    outcomes = [key for _, _, key in ROWS[2:23]]
    for _, _, key in ROWS:
        if key != "total":
            parts = [rnd.choice([0, 0, 0, rnd.randint(1, 30), rnd.randint(1, 400)]) for _ in range(6)]
            values[key] = [*parts, sum(parts)]
    values["total"] = [sum(values[key][c] for key in outcomes) for c in range(7)]
    # 本年新收 + 上年结转 = （七）总计 + 结转下年度, column by column, as the form requires
    carried_over = [min(values["carried_over"][c], values["total"][c] + values["carried_forward"][c]) for c in range(6)]
    received = [values["total"][c] + values["carried_forward"][c] - carried_over[c] for c in range(6)]
    values["carried_over"] = [*carried_over, sum(carried_over)]
    values["received"] = [*received, sum(received)]
    head = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
    data: list[list[object]] = [["", "", *head]]
    style: list[tuple[object, ...]] = [("FONT", (0, 0), (-1, -1), "cjk", 9), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
    groups: dict[str, list[int]] = {}
    for index, (group, label, key) in enumerate(ROWS, start=1):
        numbers = ["" if blank_zeros and not v else str(v) for v in values[key]]
        if group is None or label is None:  # one cell across both label columns
            data.append([Paragraph(label or group or "", cell), "", *numbers])
            style.append(("SPAN", (0, index), (1, index)))
        else:
            data.append([Paragraph(group, cell), Paragraph(label, cell), *numbers])
            groups.setdefault(group, []).append(index)
    for rows in groups.values():  # the group's cell merged down its rows
        style.append(("SPAN", (0, rows[0]), (0, rows[-1])))
        for index in rows[1:]:
            data[index][0] = ""
    table3 = Table(data, colWidths=[45, rnd.choice([60, 75, 95]), *[38] * 7])
    table3.setStyle(TableStyle(style))
    table4_values = []
    for _ in T4_ROWS:
        parts = [rnd.choice([0, 0, rnd.randint(1, 9)]) for _ in range(4)]
        table4_values += [*parts, sum(parts)]
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    table4 = Table([["行政复议", *[""] * 4, "行政诉讼", *[""] * 9],
                    [*[""] * 5, "未经复议直接起诉", *[""] * 4, "复议后起诉", *[""] * 4],
                    [Paragraph(h, cell) for h in heads * 3],
                    ["" if blank_zeros and not v else str(v) for v in table4_values]], colWidths=[32] * 15)
    table4.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "cjk", 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                ("SPAN", (0, 0), (4, 1)), ("SPAN", (5, 0), (14, 0)), ("SPAN", (5, 1), (9, 1)),
                                ("SPAN", (10, 1), (14, 1))]))
    story = [Paragraph("青禾县人民政府2022年政府信息公开工作年度报告", heading),
             Paragraph("本报告统计期限自2022年1月1日起至2022年12月31日止。", cell),
             Paragraph("一、总体情况", heading), Paragraph("本机关认真贯彻落实条例，持续推进政务公开工作。" * 8, cell),
             Paragraph("三、收到和处理政府信息公开申请情况", heading), table3,
             Paragraph("四、政府信息公开行政复议、行政诉讼情况", heading), table4,
             Paragraph("五、存在的主要问题及改进情况", heading), Paragraph("一是公开内容还需细化。", cell)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    truth = {f"table3.{key}.{column}": v for key, row in values.items() for column, v in zip(COLUMNS, row, strict=True)}
    truth.update({f"table4.{T4_ROWS[i // 5]}.{T4_COLUMNS[i % 5]}": v for i, v in enumerate(table4_values)})
    return truth


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Standard output sent to the null device, at the level of the file descriptor (a library's
    native code writes there too)."""
    sys.stdout.flush()
    saved, null = os.dup(1), os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    try:
        yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)
        os.close(null)


def extractors() -> dict[str, Callable[[Path], str]]:
    """The text extractors installed here, by name."""
    found: dict[str, Callable[[Path], str]] = {}
    if importlib.util.find_spec("pypdf"):
        import pypdf

        found["pypdf"] = lambda p: "\n".join(page.extract_text() for page in pypdf.PdfReader(p).pages)
        found["pypdf layout"] = lambda p: "\n".join(
            page.extract_text(extraction_mode="layout") for page in pypdf.PdfReader(p).pages)
    if importlib.util.find_spec("pymupdf"):
        import pymupdf

        found["PyMuPDF"] = lambda p: "".join(page.get_text() for page in pymupdf.open(p))
    if importlib.util.find_spec("pymupdf4llm"):
        import pymupdf4llm

        def markdown(path: Path) -> str:
            with _quiet():  # it prints notes on its layout analysis
                return str(pymupdf4llm.to_markdown(str(path)))

        found["pymupdf4llm"] = markdown
    if importlib.util.find_spec("pypdfium2"):
        import pypdfium2

        found["pypdfium2"] = lambda p: "\n".join(
            page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(p))
    if importlib.util.find_spec("pdfplumber"):
        import pdfplumber

        def plumber(path: Path, **options: bool) -> str:
            with pdfplumber.open(path) as pdf:
                return "\n".join(page.extract_text(**options) or "" for page in pdf.pages)

        found["pdfplumber"] = plumber
        found["pdfplumber layout"] = lambda p: plumber(p, layout=True)
    if importlib.util.find_spec("pdfminer"):
        from pdfminer.high_level import extract_text

        found["pdfminer.six"] = lambda p: extract_text(str(p))
    if shutil.which("pdftotext"):
        for name, options in (("pdftotext", []), ("pdftotext -layout", ["-layout"]), ("pdftotext -raw", ["-raw"])):
            found[name] = lambda p, o=options: subprocess.run(  # type: ignore[misc]
                ["pdftotext", *o, str(p), "-"], capture_output=True, text=True, check=True).stdout
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=40)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--font", default=FONT, help="a CJK TrueType font (.ttf or .ttc)")
    parser.add_argument("--blank-zeros", action="store_true", help="leave zero cells blank, as many reports do")
    args = parser.parse_args()
    if not importlib.util.find_spec("reportlab") or not Path(args.font).exists():
        sys.exit("needs reportlab and a CJK font (see the module's docstring)")
    tools = extractors()
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])  # right, wrong, missing
    rnd = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        for index in range(args.reports):
            path = Path(folder) / f"report{index}.pdf"
            truth = typeset(path, rnd, args.font, blank_zeros=args.blank_zeros)
            for name, extract in tools.items():
                record = gd.parse(extract(path)).to_record()
                for key, want in truth.items():
                    got = record.get(key)
                    counts[name][0 if got == want else 2 if got is None else 1] += 1
    zeros = ", zero cells blank" if args.blank_zeros else ""
    print(f"{args.reports} synthetic reports typeset as PDF{zeros}, {len(truth)} values of tables 三 and 四 each")
    print(f"{'extractor':20} {'recall':>7} {'precision':>9} {'wrong':>6}")
    for name, (right, wrong, missing) in sorted(counts.items(), key=lambda item: -item[1][0]):
        print(f"{name:20} {right / (right + wrong + missing):7.3f} {right / max(1, right + wrong):9.3f} {wrong:6}")


if __name__ == "__main__":
    main()
