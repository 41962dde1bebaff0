"""The catalogue of diagnostic codes.

Codes are forever: a code is never renumbered or reused, a new condition gets a new code.
``GD1xx`` document and layout, ``GD2xx`` reading values, ``GD3xx`` consistency, ``GD4xx``
metadata, ``GD5xx`` input, ``GD9xx`` internal. ``docs/diagnostics.md`` is rendered from this table.

>>> d = diagnostic("GD202", span=None, row="（一）予以公开", digits="12345678", readings=2)
>>> d.code, d.severity.value
('GD202', 'error')
>>> d.message.split(";")[0]
"the digits '12345678' of row （一）予以公开 can be split into its cells in 2 ways that fit the form"
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from govdisclosure.schema import Diagnostic, Severity, Span

E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO


@attrs.frozen
class Code:
    """One entry of the catalogue."""

    code: str
    slug: str
    severity: Severity
    template: str
    explanation: str


CATALOGUE: tuple[Code, ...] = (
    # --- document and layout ---
    Code("GD101", "no-table", I, "no statistics table was found; figures were read from prose only",
         "No extractor recognised a statistics table, so the report's layout is `narrative`."),
    Code("GD102", "layout-chosen", I, "read as {layout} (score {score:.2f}); also seen: {others}",
         "Several table extractors recognised something; the best-scoring one was used."),
    Code("GD103", "not-annual-report", W, "this document does not look like an annual report: {reason}",
         "The title or body says it is a notice, plan, self-inspection summary or similar. "
         "Its statistics, if any, are still returned."),
    Code("GD104", "empty-text", I, "the text is empty or has no readable characters",
         "Nothing to parse."),
    Code("GD105", "blank-template", W,
         "the {table} has its labels but no figures: it looks like a blank template",
         "Documents that reproduce the official format (notices issuing it) print every label "
         "without numbers. No values are read from such a table."),
    Code("GD106", "format-year-mismatch", I, "tables follow the {form} format although the report covers {year}",
         "Reports sometimes use an older or newer format than their year calls for; the format is "
         "decided from the tables' content, not from the year."),
    # --- reading values ---
    Code("GD201", "unreadable-cell", E, "cell '{cell}' of row {row} is not a number; the value is left empty",
         "A cell where the form expects a number holds something else."),
    Code("GD202", "ambiguous-digits", E,
         "the digits '{digits}' of row {row} can be split into its cells in {readings} ways that fit "
         "the form; the row is left empty",
         "Crawler text glues adjacent cells together. A run of digits is split into cells only when "
         "exactly one split fits the form: its arithmetic where it has any (each row's total is the "
         "sum of its columns, the outcome rows sum to the total row), and in table 二, whose rows "
         "have no sums, only where no fewer cells could hold the digits."),
    Code("GD203", "blank-as-zero", I, "{cells} blank cell(s) of row {row} read as 0, as the format prescribes",
         "In tables 三 and 四 of the 2019 and 2021 formats a blank cell means 0. The value is 0 "
         "with origin `blank`."),
    Code("GD204", "not-given", I, "row {row} has no value; it is left empty (not 0)",
         "In the pre-2019 forms a blank value means the report does not give it."),
    Code("GD205", "unknown-row", W, "row '{row}' is not a row of the {form}; it is kept in the report's tables",
         "The extractor kept the row's raw cells in `report.tables` so nothing printed is lost."),
    Code("GD206", "cell-count", E,
         "row {row} has {found} value cell(s) where the form has {expected}; the row is left empty",
         "The number of cells does not match the form and no reading is certain."),
    Code("GD207", "approximate", I, "{key} is stated approximately ('{raw}'); it is kept on the value "
                                   "but not put in the record",
         "Approximate figures (余, 多, 约, 近, 左右, 超过) are kept with qualifier `approximate` but the "
         "flat record only carries exact numbers."),
    Code("GD208", "unknown-unit", E, "the amount '{raw}' has no unit the parser can convert; it is left empty",
         "Money is stored in yuan; an amount whose unit is neither 元 nor 万元 is not converted."),
    Code("GD209", "cumulative-ignored", I, "the column '{column}' is not the year's figure; the year's column was read",
         "Some forms print the year's figure beside a cumulative figure since 2008 (历年累计), or the year's "
         "total (本年累计) beside a period's figure (本期)."),
    Code("GD210", "split-number", W, "row {row}: '{raw}' was read as {cells} cells: a number split by a "
                                    "space was rejoined because only that reading satisfies the form's sums",
         "PDF and HTML conversions sometimes split one number in two."),
    Code("GD211", "number-too-long", E, "the number '{raw}' is too long to be a count; it is left empty",
         "Digit runs longer than 15 characters are never converted."),
    Code("GD212", "digits-split", I, "row {row}: the glued digits '{digits}' were split as {cells} by the form's sums",
         "Crawler text glues adjacent cells; this row had exactly one reading."),
    Code("GD213", "not-applicable", I, "row {row} is marked '{raw}' (not applicable); it is left empty",
         "Cells holding /, —, - or 不适用 are not numbers; a cell holding 无 (none) is 0."),
    Code("GD214", "unreadable-row", E, "row {row} could not be read ({reason}); it is left empty",
         "Something about the row's cells prevents a confident reading."),
    Code("GD216", "blank-total", W, "row {row}: its 总计 cell is blank although other cells are not; the total "
                                   "is left empty",
         "A blank total beside printed parts is not read as 0: the report left it out."),
    Code("GD217", "total-only", W, "row {row} prints {found} of its {expected} cells ('{digits}'): its blank "
                                  "cells were dropped, so only its 总计, {total}, the sum of the others, is read",
         "Some conversions drop a table's blank cells; which columns the other numbers stood in is not known, "
         "so they are left empty."),
    Code("GD218", "stray-number", I, "row {row}: '{raw}' after the line of its cells was not read as a cell",
         "The row's cells were all on its own line; a number on the next line is a page number of PDF "
         "text or a stray, not one of them."),
    Code("GD219", "rows-in-form-order", W, "the {rows} rows' worth of values after row {row} are read in the "
                                          "form's order: the labels of {labels} stand elsewhere in the text",
         "Text extraction that follows a PDF's blocks moves the labels of merged or multi-line cells away "
         "from their rows; their values follow the row before them, and are read in the form's order "
         "only where every row's totals are the sums of its parts."),
    Code("GD220", "table-out-of-order", W, "{table}: the numbers of only {in_order} of {rows} rows are their own "
                                           "cells; {dropped} rows read from them are left empty",
         "Some PDF text extraction writes a table column by column or block by block (pdfminer.six's "
         "extract_text with its default layout analysis does); its rows are then read only where a "
         "row's own cells are whole, its totals hold and are not zero. Text extracted keeping the page's "
         "lines reads whole: give the PDF itself to parse_file (or the command line), or extract "
         "with pdftotext -layout, pdfplumber or PyMuPDF."),
    Code("GD221", "stray-line", I, "row {row}: '{raw}', alone on a line among its cells, was not read as a cell",
         "A row written one cell per line had one number too many; only without this one (the page "
         "number of a page break inside the row, in PDF text) are the row's totals the sums of its parts."),
    Code("GD222", "placed-by-layout", I, "row {row}: its {found} numbers were placed among its {expected} cells by "
                                        "where they stand under {under}; the other cells are blank",
         "Text that lays a table out in columns of spaces (a text browser's dump of a table without "
         "borders, pdftotext -layout) shows a blank cell only as a wider gap. The header's words say where "
         "each column starts, or, where a tool packed them together, the numbers of the rows printed whole "
         "do; a row is placed only where one placement fits its sums, and only where the table's "
         "identities across rows bear out every number so placed."),
    Code("GD223", "placement-ambiguous", W, "row {row}: its numbers could stand in {placements} ways under "
                                           "{under} that fit its sums; the row is left empty",
         "In text laid out in columns of spaces, a number near a column boundary, or under a header "
         "word centred over a wider column, may stand in either column. The table's identities across "
         "rows choose where they can; where they cannot, the row is left empty."),
    Code("GD224", "placed-by-sums", I, "row {row}: its {found} numbers were placed among its {expected} cells "
                                      "where the table's sums across rows allow them alone; the other cells are "
                                      "blank",
         "Text that drops a table's blank cells leaves a row fewer numbers than cells. The table's "
         "identities across rows (the outcome rows add up to （七）总计 in every column; 本年新收 plus 上年结转 "
         "equal （七）总计 plus 结转下年度) leave the numbers of all such rows one way to stand; rows they "
         "leave more than one way are not read."),
    Code("GD225", "total-column", I, "row {row} prints one number, {total}, of its {expected} cells: the "
                                   "table's sums across rows show it is the row's 总计; its other cells are "
                                   "left empty",
         "A table that prints only its 总计 column (or whose conversion kept only that column's numbers) "
         "leaves one number a row. It is read as the row's total only where the totals of every row "
         "satisfy the table's identities across rows."),
    Code("GD226", "placed-by-separator", I, "row {row}: its {found} numbers were placed among its {expected} "
                                           "cells by the gaps between them, each cell {width} spaces apart; the "
                                           "other cells are blank",
         "Some conversions separate a table's cells by a fixed run of spaces (each tab written as four "
         "spaces, cells joined by two), so that a blank cell is one run more. Where every gap in the "
         "table is a whole number of runs, a row's gaps say which cells its numbers are in; a row is "
         "placed only where they give exactly its cells and its printed totals are the sums of its parts."),
    Code("GD227", "parallel-columns", E, "row {row}: the form prints {columns} value columns, none of them the "
                                        "year's total; the row is left empty",
         "Some local forms split each figure over columns (区政府统计数, 区直单位统计数, 乡镇街道统计数) or print "
         "two years side by side. No column is the year's figure for the whole body, and the parser does "
         "not add them up; the cells are kept in `report.tables`."),
    Code("GD228", "inline-footer", I, "row {row}: the page footer '{raw}' among its cells was not read as cells",
         "PDF text joined into one line runs a page's footer (- 5 -) into the row that a page break cut; "
         "it is set aside only where the row's sums hold without it."),
    Code("GD229", "placed-by-tab-stops", I, "row {row}: its {found} numbers were placed among its {expected} "
                                           "cells by the tab stops (every {stop} columns) they start at; the "
                                           "other cells are blank",
         "Text whose tabs were expanded to spaces up to the next tab stop starts each cell at a stop, so a "
         "blank cell shows as one stop more. Where every number of a table starts at a stop, a row is "
         "placed only where its cells come to exactly the form's and its printed totals are the sums of "
         "its parts."),
    Code("GD230", "written-by-column", I, "the {rows} rows {first} to {last} were read from the block of "
                                         "numbers after their labels, written column by column",
         "PDF text that follows the page's blocks (pdfminer.six, and the tools built on it) writes a "
         "table's labels first, then each column's cells from top to bottom, page by page. The block is "
         "read so only where it holds exactly the cells of the rows whose labels precede it, every row's "
         "totals are the sums of its parts, and the same numbers read row by row do not also make them so "
         "with other values."),
    Code("GD231", "label-goes-on", E, "row {row}: its label goes on in the next row, which holds {found} numbers "
                                    "but no label; the table's sums across rows do not tell whether they or "
                                    "the blank cells beside the label are the row's",
         "A converter that wraps a long label into a row of its own (`|…逾期不补||||` and then "
         "`|正、行政机关…|67|3|…`) leaves blank cells beside the label's first part. The numbers beside the "
         "rest are the row's where the table's identities across rows hold with them and not with blanks."),
    Code("GD232", "label-went-on", I, "row {row}: its label goes on in the next row, whose {cells} numbers are "
                                    "its cells (the table's sums across rows hold with them, not with the "
                                    "blank cells beside the label)",
         "See GD231: where the table's identities across rows decide, the row is read from the numbers "
         "beside the rest of its label."),
    Code("GD233", "blank-total-unsupported", E, "row {row}: its 总计 cell is blank beside printed cells, "
                                               "which the table's columns do not bear out: they may stand in "
                                               "the wrong columns; the row is left empty",
         "A report may leave a row's 总计 blank (GD216), and its other cells still add up down every column "
         "with the other rows'. Where they do not, or the other rows are not all read, or the row's last "
         "number is the sum of the others (its total, a column early), a converter may have shifted the "
         "row's cells (two columns merged into one), and none of them is read."),
    Code("GD234", "lost-before-shared-label", E, "row {row}: characters were lost in decoding before it, so it may "
         "be another group's row of that name; it is left empty",
         "Several rows of a form share a label (其他情形数 under both 行政复议 and 行政诉讼). Where text before "
         "such a row lost characters in decoding (`GD511`), that text may have been the row's own label, "
         "and the label read another group's, so its figures are not placed."),
    Code("GD215", "prose-fact-skipped", I, "'{raw}' was not read as {key}: {reason}",
         "A figure in prose that looked like a statistic but was set aside."),
    # --- consistency ---
    Code("GD301", "conflict", W, "{key}: {kept} ({kept_by}) kept, {other} ({other_by}) disagrees",
         "Two extractors read different values for the same key; the more reliable one (a table over "
         "prose) is kept and the other is in `related`."),
    Code("GD302", "total-mismatch", W, "{what}: the total {total} is not the sum of its parts ({parts})",
         "The report's own arithmetic does not hold. Values stay as printed."),
    Code("GD303", "balance-mismatch", W,
         "{what}: received {received} + carried over {carried_over} ≠ handled {handled} + carried "
         "forward {carried_forward}",
         "Table 三's own identity (第一项加第二项之和，等于第三项加第四项之和) does not hold."),
    Code("GD304", "table-prose-mismatch", W, "{key}: the table says {table}, the prose says {prose}",
         "The prose states a figure that differs from the table. The table value is kept."),
    Code("GD305", "date-before-period", W, "{what} {date} is before the end of the year reported ({year})",
         "A form's 填报日期 or a signature dated before the year it reports on is usually a typo."),
    Code("GD306", "prose-beside-unread-row", I,
         "{key}: the table's row could not be read; the prose says {prose}, which is not used",
         "A table holds the row but its cells could not be read (see the row's own diagnostic). The "
         "prose states a figure for it, left out of the record: prose may count differently from the "
         "form (applications received with those carried over, a whole city's cases)."),
    # --- metadata ---
    Code("GD401", "no-year", W, "the year the report covers was not found",
         "Neither the title nor the statistical period names the year."),
    Code("GD402", "year-disagrees", W, "the title says {title_year} but the statistical period says {period_year}",
         "The title's year is kept."),
    Code("GD403", "no-agency", I, "the reporting body was not found", "No agency name was recognised."),
    Code("GD404", "broken-date", I, "'{raw}' looks like a date that lost characters in scraping; it is ignored",
         "Scraping drops characters from dates (`1015日`, `201711日`)."),
    # --- input ---
    Code("GD501", "spam", W, "injected text '{raw}' (gambling or betting spam) breaks the report's text",
         "Defaced mirror pages replace words with SEO spam. Numbers are unaffected; the text is not "
         "changed."),
    Code("GD502", "decode-replaced", W, "{count} byte sequence(s) could not be decoded as {encoding} and were "
                                       "replaced",
         "The input bytes were decoded with replacement characters."),
    Code("GD503", "traditional-script", I, "the text is in traditional script; it was matched through a "
                                          "simplified view",
         "Labels are matched on a simplified copy of the same length, so spans still point into the "
         "original text; text values (title, agency, source, numbers) are given as the report prints "
         "them."),
    Code("GD504", "line-too-long", I, "a line of {length} characters was read in chunks",
         "Very long lines are scanned with bounded patterns only."),
    Code("GD505", "timeout", E, "a pattern took too long on this input and was stopped ({what})",
         "A last guard against pathological input; the affected values are left empty."),
    Code("GD506", "decoded", I, "the bytes were decoded as {encoding}", "Which encoding was detected."),
    Code("GD507", "pdf-text", I, "the text was extracted from a PDF of {pages} page(s) with pypdf {version}",
         "The report was read from a PDF; spans point into the extracted text, ``report.text``."),
    Code("GD508", "pdf-page-unread", W, "page(s) {pages} of the PDF could not be read",
         "The PDF's other pages were read; what stood on these is missing."),
    Code("GD509", "pdf-no-text", W, "{count} of the PDF's {pages} page(s) have no text: scanned images need OCR first",
         "A scanned page is an image; this library reads text, not images."),
    Code("GD510", "docx-text", I, "the text was read from a Word document of {paragraphs} paragraph(s) and "
                                  "{tables} table(s)",
         "The report was read from a .docx or .doc file, its tables as a web page's; spans point into that "
         "text, ``report.text``."),
    Code("GD511", "mojibake", W, "the text was UTF-8 misread as {misread_as} (mojibake); {lines} line(s) were "
         "repaired, {lost} character(s) could not be recovered",
         "A crawler decoded the report's UTF-8 bytes as GBK or Windows-1252 (`鏀垮簻淇℃伅鍏紑` for "
         "政府信息公开). The lines that read better re-encoded are repaired before reading, so spans point "
         "into the repaired text (`report.text`); characters whose bytes the crawler could not decode "
         "(`�`) are lost, and a number they belonged to is not read."),
    # --- internal ---
    Code("GD901", "extractor-crashed", E, "extractor {name} failed: {error}",
         "An extractor raised an exception; its values are missing. Please report it."),
    Code("GD902", "plugin-failed", W, "extractor plugin {name} could not be loaded: {error}",
         "An entry point in the group `govdisclosure.extractors` failed to load."),
)

BY_CODE: dict[str, Code] = {c.code: c for c in CATALOGUE}


def diagnostic(
    code: str,
    *,
    span: Span | None,
    extractor: str | None = None,
    key: str | None = None,
    related: Iterable[Span] = (),
    severity: Severity | None = None,
    **fields: Any,
) -> Diagnostic:
    """Build the diagnostic ``code`` with its message filled from ``fields``."""
    entry = BY_CODE[code]
    return Diagnostic(
        code=code,
        severity=severity or entry.severity,
        message=entry.template.format(key=key, **fields),
        span=span,
        extractor=extractor,
        key=key,
        related=tuple(related),
    )


def render_markdown() -> str:
    """The catalogue as the Markdown page ``docs/diagnostics.md``."""
    lines = [
        "# Diagnostic codes",
        "",
        "Generated from `govdisclosure/codes.py`; do not edit by hand.",
        "Severity: `error` = a value was left empty; `warning` = a value kept but suspect;",
        "`info` = an explanation.",
        "",
        "| code | name | severity | message | meaning |",
        "|---|---|---|---|---|",
    ]
    for c in CATALOGUE:
        template = c.template.replace("|", "\\|")
        lines.append(f"| {c.code} | {c.slug} | {c.severity.value} | {template} | {c.explanation} |")
    return "\n".join(lines) + "\n"
