"""Finding the structure of a report: page furniture, numbered headings, the section tree.

Headings are the numbered markers reports use (``一、`` ``（一）`` ``㈠`` ``1.`` ``（1）`` ``①``) at the
start of a line, or after a sentence end or a run of spaces in text whose line breaks were lost. A
marker followed by a row label of a form (``三、本年度办理结果``) is a table row, not a section.
Each section runs to the next heading of the same or a higher level.

``Document`` bundles the source, its outline and the label hits every extractor shares, each
computed once and only when asked for.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cached_property

import attrs

from govdisclosure.forms import FORM_TABLES
from govdisclosure.forms.furniture import FURNITURE_PREFIXES, FURNITURE_WORDS
from govdisclosure.forms.sections import PROSE_HEADING_ENDINGS, STANDARD_HEADINGS, TOPIC_OF_WORD, TOPIC_WORDS
from govdisclosure.reading.across import labels_across_cells
from govdisclosure.reading.form import TableRead
from govdisclosure.reading.labels import LabelHit, label_index, trie_pattern
from govdisclosure.reading.merged_header import head_word_hits
from govdisclosure.reading.pre2019 import read_pre2019
from govdisclosure.reading.standard import StandardRead, read_standard
from govdisclosure.schema import Section, Span, Topic
from govdisclosure.source import GLOSS, PINYIN_GLOSS, SourceText, compact_text
from govdisclosure.text.dates import iter_years
from govdisclosure.text.patterns import WHITE_SPACE, lazy_re

MAX_TITLE = 40
"""Longest heading text kept as a section title; longer text is a paragraph with a number."""

_CN = "一二三四五六七八九十"
# stdlib re: the marker alternatives start with distinctive characters, and the place before a
# marker is checked in Python (a lookbehind at every position is what made this slow)
_HEADING = lazy_re(
    rf"""
    (?=[{_CN}(㈠-㈩0-9①-⑳])  # lets the engine skip to possible starts
    (?P<marker>
        (?P<l1>[{_CN}]{{1,3}})(?:{PINYIN_GLOSS})?\s*[、.,](?!\d)  # 六(liù)、 on a mirror
      | \(\s*(?P<l2>[{_CN}]{{1,3}})\s*\)
      | (?P<l2c>[㈠-㈩])
      | (?P<l3>[0-9]{{1,2}})\s*[、.](?![0-9])
      | \(\s*(?P<l4>[0-9]{{1,2}})\s*\)
      | (?P<l4c>[①-⑳])
    )
    [ \t]*(?=\S)
    """,
    re.VERBOSE,
)
_BOUNDARY = frozenset("\n。；;!！?？:：\u3000")
"""A heading marker starts a line, or follows a sentence end, a colon, or two spaces."""
# stdlib re for the short searches made at every heading and header line (regex's \s written out)
_TITLE_END = lazy_re(rf"[。；;!！?？]|[{WHITE_SPACE}]{{2,}}|\n")
_TITLE_CUT = lazy_re(r"[，,：:]")
_FURNITURE_SPLIT = lazy_re(rf"[{WHITE_SPACE}|>:：【】\[\]]+")
_FURNITURE = frozenset(FURNITURE_WORDS)
_STANDARD = sorted(((compact_text(h), t) for h, t in STANDARD_HEADINGS), key=lambda x: -len(x[0]))
_STANDARD_PREFIX = lazy_re(trie_pattern(h for h, _ in _STANDARD))
_STANDARD_TITLES = frozenset(h for h, _ in _STANDARD)


def _row_labels() -> frozenset[str]:
    labels: set[str] = set()
    for table in FORM_TABLES:
        for row in table.rows:
            if row.key is not None or table.columns:
                labels.update(compact_text(label) for label in row.labels)
    return frozenset(labels)


ROW_LABELS = _row_labels()
"""Labels of table rows numbered like headings (``三、本年度办理结果``, ``四、结转下年度继续办理``)."""
_ROW_PREFIX = lazy_re(trie_pattern(label for label in ROW_LABELS if len(label) >= 4))


@attrs.frozen
class Heading:
    """A numbered heading found in the text."""

    marker: str
    level: int
    number: str
    title: str
    span: Span
    """The marker and the title."""


def is_furniture(line: str) -> bool:
    """Whether a line is web-page chrome (navigation, sharing, printing) rather than report text.

    >>> is_furniture("分享 微信 头条 微博 空间 qq")
    True
    >>> is_furniture("一、概述")
    False
    """
    stripped = line.strip()
    if not stripped:
        return False
    if stripped.startswith(FURNITURE_PREFIXES):
        return True
    words = [w for w in _FURNITURE_SPLIT.split(stripped) if w]
    return bool(words) and all(w in _FURNITURE for w in words)


_FIRST_TOPIC_WORD = lazy_re("|".join(re.escape(word) for _, words in TOPIC_WORDS for word in words))
"""Every topic word in table order: the leftmost match, and at one place the earliest row's word."""


def topic_of(title: str) -> Topic | None:
    """The topic whose word appears first in ``title`` (earlier rows of the table win ties).

    >>> topic_of("政府信息依申请公开、行政复议和诉讼情况")
    <Topic.APPLICATIONS: 'applications'>
    >>> topic_of("政府信息公开的收费及减免情况")
    <Topic.FEES: 'fees'>
    """
    found = _FIRST_TOPIC_WORD.search(title)
    return TOPIC_OF_WORD[found.group()] if found is not None else None


def _level(match: re.Match[str]) -> tuple[int, str]:
    for name, level in (("l1", 1), ("l2", 2), ("l2c", 2), ("l3", 3), ("l4", 4), ("l4c", 4)):
        if match.group(name):
            return level, match.group(name)
    return 4, ""


_GLUED_HEADING = lazy_re(rf"(?P<marker>(?P<l1>[{_CN}]{{1,3}})[、.])")


def find_headings(source: SourceText, *, skip_table_rows: bool = True) -> list[Heading]:
    """Every numbered heading of ``source``, in order; markers before a form label are left out.

    A level-one marker anywhere in a line (glued text) is a heading when an official section
    heading follows it (``…246900元二、收到和处理政府信息公开申请情况``).
    """
    text = source.folded
    compact = source.compact
    headings: list[Heading] = []
    seen: set[int] = set()
    for glued in _GLUED_HEADING.finditer(text):
        at = source.compact_offset(glued.end())
        if _STANDARD_PREFIX.match(compact, at, at + 60):
            title = _title(source, glued.end(), at)
            end = glued.end() + len(title)
            seen.add(glued.start())
            headings.append(Heading(glued.group("marker"), 1, glued.group("l1"),
                                    source.original[glued.end() : end], Span(glued.start(), end)))
    for match in _HEADING.finditer(text):
        at = match.start()
        if at in seen or not _at_boundary(text, at):
            continue
        start = match.end()
        at = source.compact_offset(start)
        title = _title(source, start, at)
        if not title:
            continue
        end = start + len(title)
        if skip_table_rows and _is_table_row(title, compact[at : source.compact_offset(end)]):
            continue
        level, number = _level(match)
        headings.append(Heading(match.group("marker").strip(), level, number,
                                source.original[start:end], Span(match.start("marker"), end)))
    headings.sort(key=lambda h: h.span.start)
    return headings


def _at_boundary(text: str, at: int) -> bool:
    """Whether a marker at ``at`` starts a heading: at a line start (after spaces and tabs), after a
    sentence end or a colon, or after two spaces.
    """
    position = at
    while position > 0 and text[position - 1] in " \t":
        position -= 1
    if position == 0 or text[position - 1] in _BOUNDARY:
        return True
    return at - position >= 2


def _title(source: SourceText, start: int, at: int) -> str:
    """The heading title at ``start`` (``at`` in the compact view)."""
    text = source.folded
    window = text[start : start + 200]
    standard = _STANDARD_PREFIX.match(source.compact, at, at + 80)
    if standard is not None:  # the title is the standard heading, however it is spaced
        stop = source.compact_span(at, standard.end()).end
        if stop <= start + len(window):
            return window[: stop - start]
    end = _TITLE_END.search(window)
    title = window[: end.start()] if end else window
    title = title.rstrip(" ,，、:：")
    if len(title) > MAX_TITLE and ("(" not in title or len(GLOSS.sub("", title)) > MAX_TITLE):  # 复(fù)议
        cut = _TITLE_CUT.search(title)
        title = title[: cut.start()] if cut and cut.start() <= MAX_TITLE else title[:MAX_TITLE]
    return title


def _is_table_row(title: str, compact: str) -> bool:
    """Whether a heading's ``title`` (``compact`` in the compact view) is a form's row label."""
    if "|" in title or "\t" in title:
        return True
    if compact in ROW_LABELS:
        return True
    if compact.endswith(PROSE_HEADING_ENDINGS) and not any(ch.isdigit() for ch in compact):
        return False  # 五、行政复议和行政诉讼情况: a prose heading that starts with a form label
    return _ROW_PREFIX.match(compact) is not None


def build_sections(headings: Sequence[Heading], text_length: int) -> tuple[Section, ...]:
    """Nest headings into a section tree: each section ends where a heading of its level or above starts."""
    return _nest(list(headings), text_length)


def _nest(items: Sequence[Heading], end: int) -> tuple[Section, ...]:
    # module-level, not a closure: a nested function that calls itself is a reference cycle,
    # left for the garbage collector after every parse
    sections: list[Section] = []
    i = 0
    while i < len(items):
        head = items[i]
        j = i + 1
        while j < len(items) and items[j].level > head.level:
            j += 1
        stop = items[j].span.start if j < len(items) else end
        sections.append(Section(
            marker=head.marker, level=head.level, title=head.title, topic=topic_of(head.title),
            heading=head.span, span=Span(head.span.start, stop), children=_nest(items[i + 1 : j], stop),
        ))
        i = j
    return tuple(sections)


class Document:
    """A text being parsed, with the structure every extractor reads, computed on demand."""

    def __init__(self, source: SourceText) -> None:
        self.source = source

    @property
    def text(self) -> str:
        """The original text."""
        return self.source.original

    @cached_property
    def headings(self) -> list[Heading]:
        """The numbered headings; table rows and captions inside tables excluded."""
        return [h for h in find_headings(self.source)
                if compact_text(h.title) in _STANDARD_TITLES or not self.in_table(h.span.start)]

    @cached_property
    def table_zones(self) -> tuple[Span, ...]:
        """Where the tables read stand: from a table's first row label to its last cell.

        Prose that names several form labels (予以公开及部分公开258件，不予公开35件…) is not a zone:
        only the tables the readers chose are.
        """
        reads = [self.pre2019] if self.pre2019 is not None else []
        if self.standard is not None:
            reads.extend(self.standard.tables)
        zones = []
        for read in reads:
            ends = [r.hit.span.end for r in read.rows]
            ends += [c.span.end for r in read.rows for c in r.cells]
            ends += [p.span.end for r in read.rows for p in r.region.pieces if p.kind != "text"]
            zones.append(Span(min(r.hit.span.start for r in read.rows), max(ends)))
        return tuple(sorted(zones))

    @cached_property
    def sections(self) -> tuple[Section, ...]:
        """The section tree."""
        return build_sections(self.headings, len(self.source))

    @cached_property
    def pre2019(self) -> TableRead | None:
        """The pre-2019 statistics form, as read (any rendering)."""
        return read_pre2019(self.source, self.form_hits)

    @cached_property
    def standard(self) -> StandardRead | None:
        """Tables 二, 三, 四 of the 2019/2021 formats, as read (any rendering)."""
        return read_standard(self.source, self.form_hits, self.year_hint)

    @cached_property
    def year_hint(self) -> int | None:
        """The first year named near the top (``2021年``), to break ties between format versions."""
        for year, _, _ in iter_years(self.source.folded, 0, min(len(self.source), 400)):
            return year
        return None

    @cached_property
    def form_hits(self) -> list[LabelHit]:
        """Every label of every known form, in text order."""
        index = label_index(FORM_TABLES)
        return head_word_hits(self.source, labels_across_cells(self.source, index, index.find(self.source)))

    def section_at(self, offset: int) -> Section | None:
        """The innermost section containing ``offset``."""
        path = self._path_to(offset)
        return path[-1] if path else None

    def _path_to(self, offset: int) -> list[Section]:
        """The sections containing ``offset``, outermost first."""
        path: list[Section] = []
        level = self.sections
        while section := next((s for s in level if offset in s.span), None):
            path.append(section)
            level = section.children
        return path

    @cached_property
    def _topics(self) -> tuple[list[int], list[Topic | None]]:
        bounds = sorted({0, len(self.source)} | {b for top in self.sections for s in top.walk()
                                                  for b in (s.span.start, s.span.end)})
        topics = [self._topic_walk(start) for start in bounds]
        return bounds, topics

    def _topic_walk(self, offset: int) -> Topic | None:
        return next((s.topic for s in reversed(self._path_to(offset)) if s.topic), None)

    @cached_property
    def _zone_bounds(self) -> tuple[list[int], list[int]]:
        """The table zones merged where they overlap: their starts and their ends, sorted."""
        starts: list[int] = []
        ends: list[int] = []
        for zone in self.table_zones:
            if ends and zone.start <= ends[-1]:
                ends[-1] = max(ends[-1], zone.end)
            else:
                starts.append(zone.start)
                ends.append(zone.end)
        return starts, ends

    def in_table(self, offset: int) -> bool:
        """Whether ``offset`` is inside a table zone (by bisection: linear in many tables)."""
        starts, ends = self._zone_bounds
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and offset < ends[i]

    def topic_at(self, offset: int) -> Topic | None:
        """The topic of the innermost section around ``offset`` that has one."""
        bounds, topics = self._topics
        return topics[bisect.bisect_right(bounds, offset) - 1] if offset >= 0 else None
