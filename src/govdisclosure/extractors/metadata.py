"""The metadata extractor: title, agency, year covered, publication date, document and index
numbers, source, signature date, statistical period, and whether the document is an annual report.

Heuristics, in the order they apply:

- The *header zone* is the first ``HEADER_CHARS`` characters. Lines of page furniture (breadcrumbs,
  sharing and print buttons) are skipped; very long lines (crawler text with the page on one line)
  are cut into segments at spaces.
- Labelled header fields (``标题：``, ``发布时间：``, ``索引号：``, ``文号：``, ``来源：``, ``发布机构：``) are
  read first. The publication date is a labelled date, else a date with a time of day in the header
  zone, or one followed by the page's other fields (``2020年01月15日 来源：…``), else a date in
  parentheses under the title (``（2014年3 月21日）``).
- The title is the ``标题：`` field, else the best-scoring segment of the header zone that names a
  kind of document (报告, 年报, 总结, 通知 …): disclosure words and 年度报告 score, earlier segments win
  ties, a title printed twice is read once. A PDF title whose first line names only the agency
  (``淮安市人民政府`` / ``2024 年政府信息公开工作年度报告``) is joined.
- The agency is a line beside the title that ends like an agency name; else the part of the title
  before ``关于`` or before the year (or after the year when the title starts with it); else the
  signature above the closing date; else ``发布机构``; else ``来源`` where it names a body.
- The year covered is the first year in the title, else the year of the statistical period
  (``统计期限自2013年1月1日起至2013年12月31日``); never the publication date.
- A title ending in 通知/方案/计划 …, or naming a self-inspection, is not an annual report; a title
  naming a report on disclosure work is one; otherwise a document with a statistics table is.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from govdisclosure.codes import diagnostic
from govdisclosure.extractors.base import Detection, Extraction, ExtractorKind
from govdisclosure.forms.furniture import BREADCRUMB_SEPARATORS, FURNITURE_WORDS, HEADER_LABELS, LOCATION_PREFIXES
from govdisclosure.forms.metadata import (
    AGENCY_ENDINGS,
    ANNUAL_REPORT_WORDS,
    CITATION_MARKS,
    CITATION_REACH,
    COMPILER_PATTERNS,
    HEADER_CELL_FIELDS,
    HEADER_FIELDS,
    NOT_IN_AGENCY,
    NOT_REPORT_ENDINGS,
    NOT_REPORT_WORDS,
    OPENING_SUBJECT_PATTERN,
    PERIOD_WORDS,
    PLACE_ENDINGS,
    REPORT_ENDINGS,
    SENTENCE_OPENINGS,
    TITLE_GOES_ON,
    TITLE_GOES_ON_WORDS,
    TITLE_SUBJECTS,
    TITLE_WORDS,
)
from govdisclosure.schema import Diagnostic, Layout, Span, Value
from govdisclosure.source import GLOSS
from govdisclosure.structure import Document, is_furniture
from govdisclosure.text.dates import FoundDate, find_dates, iter_dates, iter_years
from govdisclosure.text.fold import fold
from govdisclosure.text.mojibake import LOST
from govdisclosure.text.patterns import guarded_pattern, lazy_pattern, lazy_re, words_pattern

if TYPE_CHECKING:
    import regex

HEADER_CHARS = 2000
"""How far into the text the title and header fields are looked for."""
MAX_TITLE_GAP_LINES = 3
"""Line breaks (blank lines between) that may part an agency's line from the title under it that
starts with the year (PDF text laid out on the page: ``淮安市人民政府`` / ``2024 年…年度报告``)."""

HEADER_LINES = 40
"""Lines of the header zone looked at for the title (tables further down are not)."""

MAX_CHROME = 80
"""Longer lines are never page furniture (a breadcrumb or a row of buttons is short)."""

LONG_LINE = 200
"""Lines longer than this are crawler text: they are cut into segments at spaces."""

MAX_TITLE = 120
MAX_AGENCY = 40
MAX_FIELD_LINES_UNDER_TITLE = 2
"""Field lines (``发布时间：…``, a date alone) passed over under the title to find the agency's line."""
LINE_UNDER_REACH = 60

_FIELD = guarded_pattern(
    f"(?P<label>{words_pattern(HEADER_FIELDS)})"
    r"[ \t]*(?:[:：]|(?<=【\s*\p{Han}+\s*)】|(?<=\[\s*\p{Han}+\s*)\])[ \t]*"
)
_CELL_FIELD = guarded_pattern(
    r"(?m)(?:^|(?<=[|\t]))[ ]*" f"(?P<label>{words_pattern(HEADER_CELL_FIELDS)})" r"[ ]*[|\t][ \t]*")
"""A field whose label is a table cell of its own, its value the next cell (pipes or tabs)."""
_NEXT_FIELD = guarded_pattern(f"(?:{words_pattern((*HEADER_FIELDS, *HEADER_LABELS))})" r"[ \t]*[:：]")
"""Where a field's value ends when the next field follows on the same line (``…报告 发布时间:``)."""
_LABEL_END = guarded_pattern(f"(?:{words_pattern(HEADER_LABELS)})" r"[ \t]*[:：][ \t]*$")
"""A piece of a header line that ends with a field's label: the next piece is that field's value
(``栏目: 政府信息公开年报``), never the title (a 标题 field is read as a field)."""
_SPACED_SEPARATORS = tuple(f" {mark} " for mark in BREADCRUMB_SEPARATORS)
_CUT_MARKS = (*REPORT_ENDINGS, *BREADCRUMB_SEPARATORS, ":", "：", "-", "—", "–")
_GLUED_CUT = lazy_re(
    f"(?P<after>[{re.escape(''.join(BREADCRUMB_SEPARATORS))}]|^[-—–][0-9]{{1,3}}[-—–]"
    rf"|(?:{words_pattern(REPORT_ENDINGS)})(?:\([^()]{{1,30}}\)|\[[^\[\]]{{1,30}}\]|【[^【】]{{1,30}}】)?"
    rf"(?=[^{re.escape(fold(TITLE_GOES_ON))}])(?!{words_pattern(TITLE_GOES_ON_WORDS)}))"
    f"|(?P<before>(?:{words_pattern((*HEADER_FIELDS, *HEADER_LABELS))})[:：])"
)
"""Where a header with no white space at all (a page's text with every space and line break
removed, as a corpus may be cleaned) is cut into segments: after a breadcrumb's separator, after a
leading page number, after a report word (and the bracket that may close a title: ``…的报告(某政发
〔2014〕2号)``) unless what follows goes on with the title (``…年度报告的通知``, ``…年度报告编制
工作``), and before a field's label."""
_LEADING_CHROME = guarded_pattern(r"(?:\s*\S{1,8}\s)+")
"""Short words at the start of a segment, each followed by a space: page chrome if they all are."""
_CHROME_WORDS = sorted((w for w in FURNITURE_WORDS if len(w) >= 2), key=len, reverse=True)
"""Chrome words that may be glued before a name (one character, like 中, may begin one)."""
_LETTER_SPACING = guarded_pattern(r"(?<=\p{Han})[ \t\u3000]+(?=\p{Han})")
_COMPACT_DATE = guarded_pattern(r"((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?![0-9])")
"""A date of eight digits (``20190314``), taken only right after a 发布时间 label."""
_DATE_WORDS = "年月日度"
"""What no body's name starts with (年政府, the end of a year cut off before 政府信息公开)."""
_TITLE_SPACING = guarded_pattern(r"(?<=\p{Han})[ \t\u3000]+(?=[\p{Han}0-9])|(?<=[0-9])[ \t\u3000]+(?=\p{Han})"
                                 r"|(?<=(?<![0-9])[0-9])[ \t\u3000](?=[0-9](?![0-9]))")
"""Spaces a title is printed with (PDF text of a heading set with letter spacing, 2 0 1 9 年 某 县 …):
between Chinese characters, between them and digits, and between single digits."""
_CELL_END = lazy_re(r"[|\t]")
_FIELD_END = guarded_pattern(r"\s{2,}|\s(?=\S+[:：])")
_AGENCY_STOP = guarded_pattern(f"[{re.escape(NOT_IN_AGENCY)}]")
_LAST_PHRASE = guarded_pattern(r"\n|\s{2,}")
_DOC_NUMBER = guarded_pattern(r"\p{Han}{1,14}\s*[\[(]\s*(?:19|20)[0-9]{2}\s*[\])]\s*[0-9]{1,5}\s*号")
_CITATION = guarded_pattern(words_pattern(CITATION_MARKS))
_PERIOD_TAIL = guarded_pattern(r"(?:至|到|—|-|~)\s*(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*日")
_INDEX_NUMBER = guarded_pattern(r"[A-Za-z0-9][A-Za-z0-9\-/_.]{5,60}")
_HEADER_DATE = r"(?:19|20)[0-9]{2}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}\s*日?"
_STAMP = _HEADER_DATE + r"(?:[ \t]*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
"""A header's date, and the time after it if any."""
_GAP = r"[ \t\u3000]"
_DATE_LINE = guarded_pattern(r"[\[【(（]?\s*" + _STAMP + r"\s*[\]】)）]?\s*")
"""A line that is only a date (and time), as a page prints it under the title."""
_DATE_THEN_GAP = f"{_GAP}*(?P<date>{_STAMP}){_GAP}+"
_LEADING_DATE = guarded_pattern(_DATE_THEN_GAP + r"(?=\S)")
"""A date opening a header line before the title, white space after it."""
_DATE_BEFORE = guarded_pattern(_DATE_THEN_GAP)
"""The same, all that stands before the title on its line (matched whole)."""
_TRAILING_DATE = guarded_pattern(r"(?<=\S)" + f"{_GAP}+(?P<date>{_STAMP}){_GAP}*$")
"""A date ending a header line after the title, white space before it."""
_DATE_AFTER = guarded_pattern(f"{_GAP}+(?P<date>{_STAMP})(?=\\s|$)")
"""A date after the title on its line, white space on both sides (``…报告 2023-01-18 一、总体情况``)."""
_DATETIME = guarded_pattern(_HEADER_DATE + r"\s*[0-9]{1,2}:[0-9]{2}")
"""A date and a time: a page's time stamp (the time may be glued to the day where white space was
removed, ``2014-12-0519:36``; ``find_dates`` reads the day)."""
_DATE_BEFORE_FIELD = guarded_pattern(
    _HEADER_DATE + r"[ \t]+"
    f"(?:{words_pattern(label for label in HEADER_LABELS if '时间' not in label and '日期' not in label)})"
    r"[ \t]*[:：]")
"""An unlabelled date in a page's header, followed by its other fields (``2020年01月15日 来源：…``)."""
_CN_DATE = r"[〇○零一二三四五六七八九]{4}年[元正一二三四五六七八九十]{1,2}月"
_WRITTEN_DATE = guarded_pattern(r"(?:19|20)[0-9]{2}[ \t]*年[ \t]*[0-9]{1,2}[ \t]*月[ \t]*[0-9]{1,2}[ \t]*日|"
                                + _CN_DATE + r"[一二三四五六七八九十]{1,3}日")
"""A date written out, in digits or in Chinese numerals (二〇二四年一月十八日)."""
_SIGNATURE_DATE = guarded_pattern(
    r"(?:19|20)[0-9]{2}[ \t]*(?:年[ \t]*[0-9]{1,2}[ \t]*月(?:[ \t]*[0-9]{1,2}[ \t]*日)?"
    r"|[-/.][0-9]{1,2}[-/.][0-9]{1,2})|" + _CN_DATE + r"(?:[一二三四五六七八九十]{1,3}日)?")
"""A date under a signature: written out, as numbers (2024-01-18), or the month alone (2024年1月)."""
_BARE_YEAR_LAST = guarded_pattern(
    r"(?:[(\[【]\s*(?P<year>(?:19|20)[0-9]{2})\s*[)\]】]|(?<=\S)[ \t\u3000]+(?P<year>(?:19|20)[0-9]{2}))\s*$")
"""A bare year ending a title, in brackets or after a space: ``…报告（2019）``, ``…报告 2019``."""
_OPENING_YEAR = guarded_pattern(r"(?m)^[ \t\u3000]*(?P<year>(?:19|20)[0-9]{2})[ \t]*年度?[ \t]*,")
"""A year opening a line's first sentence (``2023年，我局…``): in a report whose title and period name
no year, the year it covers."""
_TRAILING_NOTE = guarded_pattern(r"(?:\s*(?:[(（][^()（）]{0,20}[)）]|[\[【][^\[\]【】]{0,20}[\]】]))+\s*$")
"""Notes in brackets after a title's last word: ``（2020年版）``, ``（征求意见稿）``, a document number
(``(桂某报[2014]226号)``)."""
_SEGMENT_SPLIT = guarded_pattern(r"[ \t]{2,}+(?![年月日])|\t|[ \t]*\|[ \t]*")  # not 2024  年 (PDF spacing); cells
_LONG_SPLIT = guarded_pattern(r"(?<![0-9])\s+|\s+(?![年月日])")  # not 2024 年 (PDF spacing on one line)
_SPACE = lazy_pattern(r"\s")
_TITLE_WORD = lazy_re(words_pattern(TITLE_WORDS))
"""Any word a title has one of (报告, 年报 …): one search, where a loop over the words cost a tenth
of the metadata's time."""
_OPENING = "([【"
_CLOSING = ")]】"
"""Brackets a page's header may put around its date (``（2023年1月18日）``, ``[2023-01-18]``)."""
_ABOUT = guarded_pattern(r"关于")
_COMPILERS = tuple(guarded_pattern(p.format(stop=re.escape(NOT_IN_AGENCY) + r"\s")) for p in COMPILER_PATTERNS)
_OPENING_SUBJECT = guarded_pattern(OPENING_SUBJECT_PATTERN.format(stop=re.escape(NOT_IN_AGENCY) + r"\s"))
_QUOTED_TITLE = guarded_pattern(r"《([^《》]{4,60})》")
_YEAR_IN_TITLE = guarded_pattern(r"(?:19|20)[0-9]{2}\s*年|[〇○零一二三四五六七八九]{4}年")
_TRAILING_NUMBER = guarded_pattern(
    r"\s*[(（]?\s*\p{Han}{1,14}\s*[\[〔(（]\s*(?:19|20)[0-9]{2}\s*[\]〕)）]\s*[0-9]{1,5}\s*号\s*[)）]?\s*$")


@attrs.define(unsafe_hash=True)  # not frozen: built for every header line (docs/architecture.md)
class Segment:
    """A stretch of header text: a line, or part of a long line."""

    text: str
    span: Span
    step: bool = False
    """It follows a breadcrumb separator: the last step of the navigation, or the title printed after it."""


def _segments(document: Document, limit: int) -> Iterator[Segment]:
    folded = document.source.folded[:limit]
    offset = 0
    for number, line in enumerate(folded.split("\n")):
        if number >= HEADER_LINES:
            return
        start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped or (len(line) <= MAX_CHROME and is_furniture(line) and not _title_after_crumbs(stripped)):
            continue
        crawled = len(line) > LONG_LINE or (" " in line and any(mark in line for mark in _SPACED_SEPARATORS))
        if crawled:  # crawler text: a page's header on one line
            pieces = [cut for piece in _LONG_SPLIT.split(line) if piece.strip() for cut in _glued_cuts(piece)]
        elif "  " in line or "\t" in line or "|" in line:
            pieces = [piece for piece in _SEGMENT_SPLIT.split(line) if piece.strip()]
        else:
            pieces = _glued_cuts(line)  # most lines: nothing to cut
        # a step followed by a separator is navigation; the piece after the last one may be the title
        after_separator = [False, *(p.strip().endswith(BREADCRUMB_SEPARATORS) for p in pieces)]
        before_separator = [*(p.strip().startswith(BREADCRUMB_SEPARATORS) for p in pieces[1:]), False]
        position = 0
        for index, piece in enumerate(pieces):
            at = line.find(piece, position)
            position = at + len(piece)
            kept = piece
            if ":" in piece or "：" in piece:  # 某某报告发布时间:2019-03-14 (crawler text)
                field = _NEXT_FIELD.search(piece, len(piece) - len(piece.lstrip()) + 1)
                if field is not None:
                    kept = piece[: field.start()]
            if (date := _LEADING_DATE.match(kept)) is not None:  # 2023-01-18 某局…报告: the date, then the title
                at += date.end()
                kept = kept[date.end() :]
            if (date := _TRAILING_DATE.search(kept)) is not None:  # 某局…报告 2023-01-18
                kept = kept[: date.start()]
            chrome = _LEADING_CHROME.match(kept) if _SPACE.search(kept) else None  # 分享 微信 微博 某某报告
            if chrome is not None and is_furniture(chrome.group()):
                at += chrome.end()
                kept = kept[chrome.end() :]
            text = kept.strip()
            if len(text) > 1 and text[0] in "[【" and (text[-1] in "]】" or not any(c in text for c in "]】")):
                # 【某局…报告】: the title in brackets (blanked, so that offsets stay)
                kept = kept.replace(text[0], " ", 1)
                if text[-1] in "]】":
                    kept = kept[: kept.rfind(text[-1])] + " " + kept[kept.rfind(text[-1]) + 1 :]
                text = kept.strip()
            crumb = text.endswith(BREADCRUMB_SEPARATORS) or before_separator[index]
            whole_line = text == stripped and len(line) <= MAX_CHROME  # found not to be furniture above
            furniture = not whole_line and len(text) <= MAX_CHROME and is_furniture(text)
            if index and (_LABEL_END.search(pieces[index - 1]) or _is_label_cell(pieces[index - 1])):
                continue  # a field's value (栏目: 政府信息公开年报), never the title
            if text and not crumb and not furniture and not _DATE_LINE.fullmatch(text):  # a date is no title's half
                lead = len(kept) - len(kept.lstrip())
                yield Segment(text, Span(start + at + lead, start + at + lead + len(text)), after_separator[index])


def _is_label_cell(piece: str) -> bool:
    """Whether a piece of a header line is a field's label written as a cell of its own (its value,
    the next piece, is then no title).
    """
    return piece.strip() in HEADER_CELL_FIELDS or piece.strip() in HEADER_LABELS


def _title_after_crumbs(line: str) -> bool:
    """Whether a breadcrumb line goes on past its last step with a dated title glued to it
    (``当前位置：首页 > 年报 > 年度报告某县2019年…报告``): its pieces are read, not skipped whole.
    """
    if not line.startswith(LOCATION_PREFIXES):
        return False
    last = max(line.rfind(mark) for mark in BREADCRUMB_SEPARATORS)
    return last >= 0 and _YEAR_IN_TITLE.search(line, last) is not None


def _glued_cuts(piece: str) -> list[str]:
    """``piece`` cut at ``_GLUED_CUT`` where it holds no white space (a header whose spaces were all
    removed, or a title line run into what follows it).
    """
    if _SPACE.search(piece) or not any(mark in piece for mark in _CUT_MARKS):
        return [piece]
    cuts = [0, *(m.end() if m.lastgroup == "after" else m.start() for m in _GLUED_CUT.finditer(piece)), len(piece)]
    return [piece[a:b] for a, b in itertools.pairwise(cuts) if b > a]


def _value(document: Document, span: Span, value: Any) -> Value[Any]:
    return Value(value=value, span=span, raw=document.text[span.start : span.end], extractor="metadata")


@attrs.frozen
class MetadataExtractor:
    """Reads what a report says about itself (see the module documentation)."""

    name: str = "metadata"
    kind: ExtractorKind = ExtractorKind.METADATA
    layouts: tuple[Layout, ...] = ()
    provides: frozenset[str] = frozenset({
        "title", "agency", "year", "published", "document_number", "index_number", "source", "signed",
        "period_start", "period_end", "is_annual_report",
    })

    def detect(self, document: Document) -> Detection | None:
        """Metadata is always looked for."""
        return Detection(score=1.0)

    def extract(self, document: Document, detection: Detection) -> Extraction:
        """Read the metadata."""
        values: dict[str, Value[Any]] = {}
        diagnostics: list[Diagnostic] = []
        fields = _header_fields(document)
        title = _title(document, fields)
        if title is not None and (" " in title.value or "\t" in title.value or "\u3000" in title.value):
            title = attrs.evolve(title, value=_TITLE_SPACING.sub("", title.value))
        if title is not None:
            values["title"] = title
        dates = list(_standalone_dates(document, _WRITTEN_DATE))
        agency = _agency(document, title, fields, lambda: list(_standalone_dates(document, _SIGNATURE_DATE)))
        if agency is not None:
            values["agency"] = agency
        else:
            diagnostics.append(diagnostic("GD403", span=None, extractor=self.name))
        period = _period(document)
        if period is not None:
            values["period_start"], values["period_end"] = period
        published = _published(document, fields, title)
        if published is not None:
            values["published"] = published
        year = _year(document, title, period, published, diagnostics)
        if year is not None:
            values["year"] = year
        number = _document_number(document, fields, title)
        if number is not None:
            values["document_number"] = number
        for key, label in (("index_number", "索引号"), ("source", "来源")):
            field = fields.get(label)
            if field is not None:
                values[key] = field
        signed = _signed(document, dates)
        if signed is not None:
            values["signed"] = signed
        for key in ("title", "agency", "source"):  # 北 岭 市 财 政 局, 青禾縣(xiàn): names read as written
            if key in values and isinstance(values[key].value, str):
                written = _LETTER_SPACING.sub("", GLOSS.sub("", values[key].value))
                values[key] = attrs.evolve(values[key], value=written)
        if document.source.printed_script is not None:  # 青禾縣人民政府 as the report prints it
            for key in ("title", "agency", "source", "document_number", "index_number"):
                if key in values:
                    values[key] = _as_printed(document.source.printed_script, document.source.folded, values[key])
        is_report, reason = _is_annual_report(document, title)
        if is_report is False:
            diagnostics.append(diagnostic("GD103", span=title.span if title else None, extractor=self.name,
                                          reason=reason))
        return Extraction(values=values, diagnostics=tuple(diagnostics), is_annual_report=is_report)


def _as_printed(printed: str, folded: str, value: Value[Any]) -> Value[Any]:
    """``value``'s text in the characters the report prints them in (traditional in a traditional
    copy): it was read from the simplified view, which maps characters one for one, so each of its
    characters is taken back from where it stands in its span (those not found stay as read).
    """
    seen = folded[value.span.start : value.span.end]
    shown = printed[value.span.start : value.span.end]
    if seen == shown or not isinstance(value.value, str):
        return value
    out: list[str] = []
    at = 0
    for char in value.value:
        found = seen.find(char, at)
        if found < 0:
            out.append(char)
            continue
        out.append(shown[found])
        at = found + 1
    return attrs.evolve(value, value="".join(out))


# --- header fields -------------------------------------------------------------------------------


def _compact_date(match: regex.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _header_fields(document: Document) -> dict[str, Value[Any]]:
    """Labelled fields of the header zone, first occurrence of each (dates parsed)."""
    folded = document.source.folded
    limit = min(len(folded), HEADER_CHARS)
    fields: dict[str, Value[Any]] = {}
    matches = list(_FIELD.finditer(folded, 0, limit))
    if "|" in folded[:limit] or "\t" in folded[:limit]:  # a header table: labels and values in cells
        matches = sorted((*matches, *_CELL_FIELD.finditer(folded, 0, limit)), key=lambda m: m.start("label"))
    for match in matches:
        label = HEADER_CELL_FIELDS[match.group("label")]
        if label in fields:
            continue
        start = match.end()
        line_end = folded.find("\n", start)
        line_end = limit if line_end < 0 else min(line_end, limit)
        rest = folded[start:line_end]
        cell_end = _CELL_END.search(rest)  # a value never spans cells
        if cell_end is not None:
            line_end = start + cell_end.start()
            rest = rest[: cell_end.start()]
        if label == "发布时间":
            dates = find_dates(folded, start, min(line_end, start + 40))
            if dates and dates[0].start - start <= 2:
                found = dates[0]
                fields[label] = _value(document, Span(found.start, found.end), found.date)
            elif (compact := _COMPACT_DATE.match(folded, start + len(rest) - len(rest.lstrip()), line_end)) is not None:
                date = _compact_date(compact)
                if date is not None:
                    fields[label] = _value(document, Span(compact.start(), compact.end()), date)
            continue
        if label == "标题":  # to the end of the line or the next field (crawler text on one line)
            stop = _NEXT_FIELD.search(rest)
            text = (rest[: stop.start()] if stop else rest).strip()
            if text and len(text) <= MAX_TITLE:
                lead = len(rest) - len(rest.lstrip())
                fields[label] = _value(document, Span(start + lead, start + lead + len(text)), text)
            continue
        if label == "索引号":
            token = _INDEX_NUMBER.match(rest.lstrip())
            if token:
                lead = len(rest) - len(rest.lstrip())
                fields[label] = _value(document, Span(start + lead, start + lead + token.end()), token.group())
            continue
        # 来源, 发布机构, 文号: up to the next field or a run of spaces
        stop = _NEXT_FIELD.search(rest)
        text = rest[: stop.start()] if stop else rest
        text = _FIELD_END.split(text.strip())[0].strip() if text.strip() else ""
        if text and len(text) <= MAX_AGENCY and not is_furniture(text):
            at = folded.find(text, start)
            fields[label] = _value(document, Span(at, at + len(text)), text)
    return fields


# --- title and agency ----------------------------------------------------------------------------


TOP_TITLE_SCORE = 6.0
"""The most ``_title_score`` gives: subject words, annual-report words and a year."""


def _title_score(text: str) -> float:
    score = 0.0
    if any(word in text for word in TITLE_SUBJECTS):
        score += 3
    if any(word in text for word in ANNUAL_REPORT_WORDS[:6]):
        score += 2
    elif any(word in text for word in TITLE_WORDS):
        score += 1
    if _YEAR_IN_TITLE.search(text):
        score += 1
    return score


def _title(document: Document, fields: dict[str, Value[Any]]) -> Value[str] | None:
    if "标题" in fields:
        return fields["标题"]
    best: tuple[float, int, Segment] | None = None
    segments: list[Segment] = []
    scores: list[float | None] = []
    for segment in _segments(document, HEADER_CHARS):
        segments.append(segment)
        scores.append(_segment_score(segment))
        if scores[-1] == TOP_TITLE_SCORE:
            # nothing after it can win: a later segment, or a pair, scores at most as much, less a
            # hundredth per place; a pair with this half must score above it
            break
    for index, (segment, score) in enumerate(zip(segments, scores, strict=True)):
        if score is not None and (best is None or score - index * 0.01 > best[0]):
            best = (score - index * 0.01, index, segment)
    # a title wrapped over two lines (PDF text): the pair competes when it scores above both halves
    folded = document.source.folded
    for index, (first, second) in enumerate(itertools.pairwise(segments)):
        between = folded[first.span.end : second.span.start]
        if ("\n" not in between or between.strip() or first.step  # a breadcrumb's step is no half of a title
                or first.text.endswith(("。", "；", ":", "："))):
            continue
        joined = _candidate_score(first.text + second.text)
        if joined is None:
            continue
        # a tie goes to the pair where only the pair ends as a title does (…及2015年工 / 作计划的报告)
        completes = _ends_as_title(first.text + second.text) and not _ends_as_title(first.text)
        if any(half is not None and (half > joined or (half == joined and not completes))
               for half in scores[index : index + 2]):
            continue
        if best is None or joined - index * 0.01 > best[0] or (completes and joined - index * 0.01 == best[0]):
            best = (joined - index * 0.01, index, Segment(first.text + second.text, first.span.union(second.span)))
    if best is None or best[0] < 3:
        return None
    _, index, segment = best
    text = segment.text
    span = segment.span
    if _YEAR_IN_TITLE.match(_TITLE_SPACING.sub("", text)) and index > 0:  # (2 0 2 4 年 …, letter-spaced)
        previous = segments[index - 1]
        between = document.source.folded[previous.span.end : span.start]
        if _looks_like_agency(previous.text) and not between.strip() and between.count("\n") <= MAX_TITLE_GAP_LINES:
            text = previous.text + text
            span = previous.span.union(span)
    return Value(value=text, span=span, raw=document.text[span.start : span.end], extractor="metadata")


def _ends_as_title(text: str) -> bool:
    """Whether ``text`` ends as a document's title does (…报告, …通知; a note in brackets after it)."""
    text = _TRAILING_NOTE.sub("", text).strip() or text
    return text.endswith((*REPORT_ENDINGS, *NOT_REPORT_ENDINGS))


def _segment_score(segment: Segment) -> float | None:
    """``_candidate_score`` of a segment; a breadcrumb's last step loses a tie with a title printed
    after it (首页 > 年度报告 某局2014年…报告), and a step that names no year and no body (a
    column's name: 首页 > 政务公开 > 政府信息公开年报) loses to any title, for the page in that column
    may be another kind of document.
    """
    score = _candidate_score(segment.text)
    if score is None or not segment.step:
        return score
    column = _YEAR_IN_TITLE.search(segment.text) is None and _before_subject(segment.text) is None
    return score - 2 if column else score - 1


def _candidate_score(text: str) -> float | None:
    """How much a header segment looks like the title (``None``: it cannot be one); earlier segments
    win ties (the caller subtracts a hundredth per segment).
    """
    words = "".join(text.split()) if " " in text else text  # letter-spaced or broken (年度 报告)
    if (not 6 <= len(text) <= MAX_TITLE and " " not in text) or not _TITLE_WORD.search(words):
        return None
    if (_FIELD.match(text) or _NEXT_FIELD.match(text) or text.endswith(("。", ":", "："))
            or text.count("，") + text.count(",") > 2):
        return None
    return _title_score(words)


def _after_step(before: str) -> str:
    """The agency in ``before`` (the title up to its year or 关于) without a breadcrumb's last step glued
    before it in crawler text (政府信息公开年报某县某局, 信息公开某县某局), or ``before`` as it is.
    """
    for word in ANNUAL_REPORT_WORDS:
        at = before.rfind(word) + len(word)
        if at >= len(word) and _looks_like_agency(before[at:]):
            return before[at:].strip()
    for word in TITLE_SUBJECTS:  # 首页 > 政府信息公开 > 信息公开某县人民政府2019年…: no body's name starts so
        if before.startswith(word) and _looks_like_agency(before[len(word) :]):
            return before[len(word) :].strip()
    return before


def _without_chrome(name: str) -> str:
    """``name`` without page chrome glued before it (微博某县人民政府 in crawler text)."""
    while True:
        word = next((w for w in _CHROME_WORDS if name.startswith(w) and _looks_like_agency(name[len(w) :])), None)
        if word is None:
            return name
        name = name[len(word) :]


def _looks_like_agency(text: str) -> bool:
    """Whether ``text`` is shaped like a body's name: a name before an agency or place ending.

    政府 or 局 alone is not a name.
    """
    text = text.strip()
    return (2 <= len(text) <= MAX_AGENCY and LOST not in text  # no name with characters lost (GD511)
            and any(text.endswith(end) and len(text) > len(end) for end in AGENCY_ENDINGS + PLACE_ENDINGS)
            and not text.startswith(SENTENCE_OPENINGS) and text[0] not in _DATE_WORDS
            and not _AGENCY_STOP.search(text))


def _is_place(text: str) -> bool:
    return text.endswith(PLACE_ENDINGS) and not text.endswith(AGENCY_ENDINGS)


def _agency_in_title(title: Value[str]) -> str | None:
    """The agency named in the title (in the report's title a notice quotes, 关于印发《…》的通知)."""
    text = title.value
    quoted = _QUOTED_TITLE.search(text)
    if quoted is not None and _YEAR_IN_TITLE.search(quoted.group(1)):
        text = quoted.group(1)
    opening = _ABOUT.match(text)  # 关于某局2020年…报告: the title opens with "about", not a name
    if opening is not None:
        text = text[opening.end() :]
    about = _ABOUT.search(text)
    if about and about.start() >= 2:
        return _after_step(text[: about.start()].strip())
    year = _YEAR_IN_TITLE.search(text)
    if year is None:  # 某县人民政府政府信息公开工作年度报告（2019）
        return _before_subject(text)
    if year.start() >= 2:
        before = text[: year.start()].strip()
        name = _after_step(before)
        if name != before:
            return name
        # 某县政府信息公开工作年度报告（2019年）: the year comes last
        subject_ends = _before_subject(before)
        if subject_ends is not None:
            return subject_ends
        return None if _AGENCY_STOP.search(before) else before
    return _before_subject(text[year.end() :].lstrip("度 "))  # not 政府 of 2021年政府信息公开…


def _before_subject(text: str) -> str | None:
    """The agency before the subject (政府信息公开 …) in ``text``, where it is shaped like one."""
    for subject in TITLE_SUBJECTS:
        at = text.find(subject)
        if at >= 2 and _looks_like_agency(text[:at]):
            return text[:at].strip()
    return None


def _agency(document: Document, title: Value[str] | None, fields: dict[str, Value[Any]],
            signature_dates: Callable[[], list[Span]]) -> Value[str] | None:
    folded = document.source.folded
    candidates: list[Value[str]] = []
    if title is not None:
        # a line right after the title that names an agency (衡阳市2013年…报告 / 衡阳市电子政务管理办公室),
        # or after the page's field lines under it (…报告 / 发布时间：2024-01-18 / 某局)
        line, at = _line_under(folded, title.span.end)
        if line and _looks_like_agency(line) and _CELL_END.search(line) is None:  # not 发布机构 | 某局
            candidates.append(_value(document, Span(at, at + len(line)), line))
        found = _agency_in_title(title)
        if found is not None:
            name = _without_chrome(found.strip(" -—_·"))
            if 2 <= len(name) <= MAX_AGENCY:
                # the title may be joined from two lines; map the name back through the raw text
                span = _find_in(document, name, title.span) or title.span
                candidates.append(Value(value=name, span=span, raw=document.text[span.start : span.end],
                                        extractor="metadata"))
    candidates = [c for c in candidates if LOST not in c.value]  # a name with characters lost (GD511)
    if candidates and not _is_place(candidates[0].value):
        return candidates[0]  # the title's: the signature is looked for (a pass over the text) only where needed
    signature = _signature_agency(document, signature_dates())  # shaped like a name: no lost characters
    if signature is not None:
        candidates.append(signature)
    if "发布机构" in fields and LOST not in fields["发布机构"].value:
        candidates.append(fields["发布机构"])
    if "来源" in fields and _looks_like_agency(fields["来源"].value):  # 信息来源：某县财政局, not 本网
        candidates.append(fields["来源"])
    if not candidates:
        return _named_in_opening(document)
    first = candidates[0]
    if _is_place(first.value):
        for other in candidates[1:]:
            if other.value.startswith(first.value) and len(other.value) > len(first.value):
                return other
    return first


def _line_under(folded: str, end: int) -> tuple[str, int]:
    """The first line below the title line ending at ``end`` that is not one of the page's fields
    (``发布时间：…``) or a date alone; ``("", -1)`` where the title's line goes on or none is found.
    """
    at = end
    for _ in range(1 + MAX_FIELD_LINES_UNDER_TITLE):
        newline = folded.find("\n", at, at + LINE_UNDER_REACH)
        if newline < 0 or folded[at:newline].strip(" \t\u3000"):
            return "", -1
        start = newline + 1
        while start < len(folded) and folded[start] in "\n \t\u3000":
            start += 1
        stop = folded.find("\n", start)
        line = folded[start : stop if stop >= 0 else len(folded)].rstrip()
        if not (_NEXT_FIELD.match(line) or _DATE_LINE.fullmatch(line)):
            if len(line) > 2 and line[0] in "([【" and line[-1] == {"(": ")", "[": "]", "【": "】"}[line[0]]:
                return line[1:-1].strip(), start + 1 + len(line[1:-1]) - len(line[1:-1].lstrip())  # (某局)
            return line, start
        at = start + len(line)
    return "", -1


def _named_in_opening(document: Document) -> Value[str] | None:
    """The body the opening names as compiling the report (本报告由某局编制), else as the subject of
    its first sentence (2023年，某局认真贯彻…), where it is shaped like one.
    """
    folded = document.source.folded
    limit = min(len(folded), HEADER_CHARS)
    for pattern in (*_COMPILERS, _OPENING_SUBJECT):
        found = pattern.search(folded, 0, limit)
        if found is not None and _looks_like_agency(found.group("name")):
            return _value(document, Span(found.start("name"), found.end("name")), found.group("name"))
    return None


def _find_in(document: Document, text: str, span: Span) -> Span | None:
    """Where ``text`` stands inside ``span``: as printed, or letter-spaced (through the compact view)."""
    at = document.source.folded.find(text, span.start, span.end)
    if at >= 0:
        return Span(at, at + len(text))
    source = document.source
    at = source.compact.find(text, source.compact_offset(span.start), source.compact_offset(span.end))
    return source.compact_span(at, at + len(text)) if at >= 0 else None


def _signature_agency(document: Document, dates: list[Span]) -> Value[str] | None:
    """The agency named on the line above the closing date (the signature)."""
    for date in reversed(dates):
        folded = document.source.folded
        before = folded[max(0, date.start - 80) : date.start].rstrip()
        line = _LAST_PHRASE.split(before)[-1].strip() if before else ""
        if _looks_like_agency(line):
            at = folded.rfind(line, 0, date.start)
            return _value(document, Span(at, at + len(line)), line)
    return None


# --- dates and numbers ---------------------------------------------------------------------------


def _standalone_dates(document: Document, pattern: regex.Pattern[str]) -> Iterator[Span]:
    """Dates written on a line of their own, or between runs of spaces in text on one line."""
    folded = document.source.folded
    for match in pattern.finditer(folded):
        start, end = match.start(), match.end()
        before = folded[max(0, start - 1) : start]
        after = folded[end : end + 1]
        if (before in ("", "\n", " ", "\t") and after in ("", "\n", " ", "\t")
                and not document.in_table(start)):
            yield Span(start, end)


def _signed(document: Document, dates: list[Span]) -> Value[dt.date] | None:
    for span in reversed(dates):
        found = find_dates(document.source.folded, span.start, span.end)
        if found:
            return _value(document, span, found[0].date)
    return None


def _published(document: Document, fields: dict[str, Value[Any]], title: Value[str] | None) -> Value[dt.date] | None:
    if "发布时间" in fields:
        return fields["发布时间"]
    folded = document.source.folded
    limit = min(len(folded), HEADER_CHARS)
    stamp = _DATETIME.search(folded, 0, limit) or _DATE_BEFORE_FIELD.search(folded, 0, limit)
    if stamp is not None:
        found = find_dates(folded, stamp.start(), stamp.end() + 10)
        if found:
            return _value(document, Span(found[0].start, found[0].end), found[0].date)
    if title is not None:
        beside = _date_beside_title(folded, title.span)
        if beside is not None:
            return _value(document, Span(beside.start, beside.end), beside.date)
        # a date on the lines right under the title: in brackets, alone on its line, or ending a
        # line after a run of spaces or after a body's name (某区人民政府 2023-01-18), as a page's
        # header prints it
        window_end = min(len(folded), title.span.end + 120)
        for date in iter_dates(folded, title.span.end, window_end):
            before = folded[max(title.span.end, date.start - 3) : date.start]
            after = folded[date.end : date.end + 3]
            line_before = folded[folded.rfind("\n", 0, date.start) + 1 : date.start]
            line_end = folded.find("\n", date.end)
            line_after = folded[date.end : len(folded) if line_end < 0 else line_end]
            if ((any(o in before for o in _OPENING) and any(c in after for c in _CLOSING))
                    or (not line_after.strip(_CLOSING + " ")
                        and (not line_before.strip(_OPENING + " ") or line_before.endswith("  ")
                             or (line_before.endswith(" ") and _looks_like_agency(line_before))))):
                return _value(document, Span(date.start, date.end), date.date)
    return None


def _date_beside_title(folded: str, title: Span) -> FoundDate | None:
    """A date only white space parts from the title, on its line: before it, opening the line
    (``2023-01-18 某局…报告``), or after it (``…报告 2023-01-18 一、总体情况…``, a crawler's one line).
    """
    line_start = folded.rfind("\n", 0, title.start) + 1
    found = _DATE_AFTER.match(folded, title.end) or _DATE_BEFORE.fullmatch(folded, line_start, title.start)
    if found is None:
        return None
    dates = find_dates(folded, found.start("date"), found.end("date"))
    return dates[0] if dates else None


def _document_number(document: Document, fields: dict[str, Value[Any]],
                     title: Value[str] | None) -> Value[str] | None:
    folded = document.source.folded
    windows = []
    if "文号" in fields:
        field = fields["文号"]
        windows.append((field.span.start, field.span.end + 2))
    if title is not None:
        windows.append((title.span.start, min(len(folded), title.span.end + 120)))
    for start, end in windows:
        for match in _DOC_NUMBER.finditer(folded, start, end):
            line_start = folded.rfind("\n", 0, match.start()) + 1
            if _CITATION.search(folded, max(line_start, match.start() - CITATION_REACH), match.end()):
                continue
            span = Span(match.start(), match.end())
            raw = document.text[span.start : span.end]
            return Value(value="".join(raw.split()), span=span, raw=raw, extractor="metadata")
    return None


def _period(document: Document) -> tuple[Value[dt.date], Value[dt.date]] | None:
    folded = document.source.folded
    compact = document.source.compact
    for word in PERIOD_WORDS:
        found = compact.find(word)  # in the compact view: PDF text may wrap a line inside the word
        if found < 0:
            continue
        at = document.source.compact_span(found, found + len(word)).end
        window_end = min(len(folded), at + 60)
        dates = find_dates(folded, at, window_end)
        if not dates:
            continue
        first = dates[0]
        if len(dates) > 1:
            second = dates[1]
            return (_value(document, Span(first.start, first.end), first.date),
                    _value(document, Span(second.start, second.end), second.date))
        tail = _PERIOD_TAIL.search(folded, first.end, window_end)
        if tail is not None:
            try:
                end = dt.date(first.date.year, int(tail.group("m")), int(tail.group("d")))
            except ValueError:
                continue
            span = Span(tail.start("m"), tail.end())
            return (_value(document, Span(first.start, first.end), first.date), _value(document, span, end))
    return None


def _first_year(document: Document, span: Span) -> Value[int] | None:
    """The first year named in ``span`` (``2019年``), as printed or letter-spaced (``2 0 1 9 年``)."""
    source = document.source
    for year, start, end in sorted(iter_years(source.folded, span.start, span.end), key=lambda y: y[1]):
        return _value(document, Span(start, end), year)
    start, end = source.compact_offset(span.start), source.compact_offset(span.end)
    for year, begin, finish in sorted(iter_years(source.compact, start, end), key=lambda y: y[1]):
        return _value(document, source.compact_span(begin, finish), year)
    return None


def _year(document: Document, title: Value[str] | None, period: tuple[Value[dt.date], Value[dt.date]] | None,
          published: Value[dt.date] | None, diagnostics: list[Diagnostic]) -> Value[int] | None:
    title_year: Value[int] | None = None
    if title is not None:
        title_year = _first_year(document, title.span)
        if title_year is None and (bare := _BARE_YEAR_LAST.search(document.source.folded, title.span.start,
                                                                     title.span.end)) is not None:
            # a bare year in brackets ending the title: …报告（2019）
            title_year = _value(document, Span(bare.start("year"), bare.end("year")), int(bare.group("year")))
    period_year = None
    if period is not None:
        last = period[1]
        period_year = Value(value=last.value.year, span=last.span, raw=last.raw, extractor="metadata")
    if title_year is not None:
        if period_year is not None and period_year.value != title_year.value:
            diagnostics.append(diagnostic("GD402", span=period_year.span, extractor="metadata", key="year",
                                          title_year=title_year.value, period_year=period_year.value))
        return title_year
    if period_year is not None:
        return period_year
    opening = _opening_year(document, title, published)
    if opening is not None:
        return opening
    diagnostics.append(diagnostic("GD401", span=None, extractor="metadata", key="year"))
    return None


def _opening_year(document: Document, title: Value[str] | None, published: Value[dt.date] | None) -> Value[int] | None:
    """The year opening the first sentence of a line below the title (``2023年，我局…``), where the
    page's publication date, if any, is that year's or the next.
    """
    start = title.span.end if title is not None else 0
    found = _OPENING_YEAR.search(document.source.folded, start, min(len(document.source), start + HEADER_CHARS))
    if found is None:
        return None
    year = int(found.group("year"))
    if published is not None and year not in (published.value.year - 1, published.value.year):
        return None
    return _value(document, Span(found.start("year"), found.end("year")), year)


# --- is it an annual report? ----------------------------------------------------------------------


def _is_annual_report(document: Document, title: Value[str] | None) -> tuple[bool | None, str]:
    if title is not None and LOST not in title.value:  # characters lost in decoding (GD511): it cannot tell
        for word in NOT_REPORT_WORDS:
            if word in title.value:
                return False, f"its title names a {word}"
        text = _TRAILING_NUMBER.sub("", title.value).strip()
        text = _TRAILING_NOTE.sub("", text).strip() or text  # 指南（2020年版）, 报告（征求意见稿）
        if text.endswith(NOT_REPORT_ENDINGS):
            ending = next(e for e in NOT_REPORT_ENDINGS if text.endswith(e))
            return False, f"its title ends in {ending}"
        if any(s in text for s in TITLE_SUBJECTS) and any(w in text for w in ANNUAL_REPORT_WORDS):
            return True, ""
    if document.standard is not None and not document.standard.blank_template:
        return True, ""
    if document.pre2019 is not None:
        return True, ""
    return None, ""
