"""Prose structure: where the sentences of a document are and which section each stands in.

This layer sits between ``govdisclosure.structure`` (headings, sections, table zones) and the
extractors that read prose. It knows no statistics; it cuts the text and names places.

1. Sentences end at 。；！？ (and at a full stop after a word, ``件.``), at headings, and at line
   breaks, except in wrapped text (PDF text, where at least ``MIN_WRAPPED_LINES`` lines ``WRAP_FILL``
   as long as the line at ``WRAP_PERCENTILE`` end without punctuation): there a full line ending
   without punctuation goes on. Inside the table zones the document found, a sentence is prose
   only if it looks like prose: no ``|`` or tab, and fewer than ``TABULAR_NUMBERS`` bare numbers
   unless commas separate them.
2. Each offset stands in the innermost section around it (found by bisection); a section's topics
   are every topic word of its heading and its ancestors' headings, the longest word winning where
   words overlap (申请行政复议 is review), and its keys are those its heading names
   (``forms.narrative.HEADING_KEYS``).
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs

from govdisclosure.forms.narrative import HEADING_KEYS
from govdisclosure.forms.sections import TOPIC_OF_WORD
from govdisclosure.schema import Section, Span, Topic
from govdisclosure.source import GLOSS
from govdisclosure.structure import Document
from govdisclosure.text.patterns import guarded_pattern, lazy_re, words_pattern

__all__ = [
    "MIN_WRAPPED_LINES",
    "TABULAR_NUMBERS",
    "WRAP_FILL",
    "WRAP_PERCENTILE",
    "Place",
    "Places",
    "Range",
    "Sentences",
    "heading_keys",
    "heading_topics",
    "prose_view",
    "reach",
    "sentence_ranges",
    "unwrapped",
    "widened",
    "without_glosses",
]

MIN_WRAPPED_LINES = 5
WRAP_PERCENTILE = 0.9
WRAP_FILL = 0.75
"""Text is wrapped (PDF text) when ``MIN_WRAPPED_LINES`` lines at least ``WRAP_FILL`` as long as the
line at ``WRAP_PERCENTILE`` end without punctuation; chosen so that titles and one-paragraph lines
of page text stay apart."""

TABULAR_NUMBERS = 3
"""A sentence inside a table zone with this many bare numbers (no unit, not a date) and fewer than
half as many separators is table text, not prose."""

Range = tuple[int, int]
"""Offsets ``(start, end)`` into the folded text."""


_SENTENCE_END = guarded_pattern(r"[。;!?]|(?<=[\p{Han})》\"”%])\.")
"""A sentence's end; an ASCII full stop ends one after a Chinese character, a closing mark or a
per cent sign (text whose punctuation was made ASCII: ``…3件.全年…``, ``…0件.2009年…``), not after
a digit (``1.5``, ``1.属于``)."""
_SPACE = guarded_pattern(r"\s")
_HEADING_KEYS = tuple((guarded_pattern(pattern), keys) for pattern, keys in HEADING_KEYS)
_TOPIC_WORD = guarded_pattern(words_pattern(TOPIC_OF_WORD))
_BARE_NUMBER = guarded_pattern(r"(?<![0-9.])[0-9]+(?![0-9.]|\s*[件条起宗例次个项份篇元万年月日号%])")
_SEPARATORS = guarded_pattern(r"[,;、]")
_LINE_END = "。;!?:"


@functools.lru_cache(maxsize=4096)
def heading_topics(title: str) -> frozenset[Topic]:
    """Every topic a heading names, reading its words longest first (``forms.sections.TOPIC_WORDS``).

    >>> sorted(t.value for t in heading_topics("因政府信息公开引起的举报、投诉及行政复议、行政诉讼情况"))
    ['complaints', 'review_litigation']
    """
    return frozenset(TOPIC_OF_WORD[m.group()] for m in _TOPIC_WORD.finditer(title))


@functools.lru_cache(maxsize=4096)
def heading_keys(title: str) -> tuple[str, ...]:
    """The keys a heading names (``forms.narrative.HEADING_KEYS``), in vocabulary order.

    >>> heading_keys("依申请公开、行政复议和行政诉讼情况")
    ('applications.received', 'reconsideration.total', 'litigation.total')
    >>> heading_keys("依申请公开信息收费情况")
    ('fees.total_yuan',)
    """
    return tuple(key for pattern, keys in _HEADING_KEYS if pattern.search(title) for key in keys)


@attrs.frozen
class Place:
    """Where a sentence stands: the topics of its section and its ancestors, and heading keys."""

    topics: frozenset[Topic] = frozenset()
    keys: tuple[str, ...] = ()
    """The keys named by the innermost heading that names any (for 此类情况 and a bare 无)."""


class Places:
    """The section around any offset, found by bisection over the sections' starts."""

    def __init__(self, sections: Sequence[Section], folded: str) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.places: list[Place] = []
        self._add(sections, Place(), folded)

    def _add(self, sections: Sequence[Section], parent: Place, folded: str) -> None:
        for section in sections:
            title = folded[section.heading.start : section.heading.end]
            own = heading_topics(title) | ({section.topic} if section.topic else frozenset())
            place = Place(topics=own | parent.topics, keys=heading_keys(title) or parent.keys)
            self.starts.append(section.span.start)
            self.ends.append(section.span.end)
            self.places.append(place)
            self._add(section.children, place, folded)

    def at(self, offset: int) -> Place:
        """The place of the innermost section containing ``offset`` (sections are in start order)."""
        i = bisect.bisect_right(self.starts, offset) - 1
        while i >= 0 and offset >= self.ends[i]:
            i -= 1
        return self.places[i] if i >= 0 else Place()


@functools.lru_cache(maxsize=2)
def _line_breaks(folded: str) -> tuple[int, ...]:
    """The line breaks that end a sentence (step 1 of the module documentation).

    The break after a blank line cuts nothing the break before it did not, so it is left out.
    Cached for the text being parsed: the sentences and ``unwrapped`` both ask.
    """
    lines = folded.split("\n")
    breaks: list[tuple[int, int]] = []  # (line index, offset of its break)
    at = -1
    for i, line in enumerate(lines[:-1]):
        at += len(line) + 1
        if line and not line.isspace():
            breaks.append((i, at))
    ends = tuple(end for _, end in breaks)
    if len(lines) < MIN_WRAPPED_LINES:
        return ends
    lengths = [len(line.strip()) for line in lines]
    filled = sorted(n for n in lengths if n)
    if len(filled) < MIN_WRAPPED_LINES:
        return ends
    full = filled[int(len(filled) * WRAP_PERCENTILE)] * WRAP_FILL
    open_ends = sum(1 for line, n in zip(lines, lengths, strict=True)
                    if n >= full and line.rstrip()[-1] not in _LINE_END)
    if open_ends < MIN_WRAPPED_LINES:
        return ends
    hard: list[int] = []
    for i, end in breaks:
        previous = lines[i].rstrip()
        following = lines[i + 1]
        if not (lengths[i] >= full and previous[-1] not in _LINE_END and following.strip()
                and not following[0].isspace()):
            hard.append(end)
    return tuple(hard)


MAX_JOINED_RUN = 60
"""Most letters moved to join a word a line break splits: the run up to the next digit, punctuation
or space (a clause); a longer run is left as it is, as moving the break into it would split another
word."""


def prose_view(folded: str) -> tuple[str, list[Range], bool]:
    """The view of ``folded`` that the prose patterns read, the ranges rearranged in it
    (``widened``), and whether glosses were taken out (windows then skip blanks, ``reach``): pinyin
    glosses (``without_glosses``), then wrapped lines (``unwrapped``), moved out of the words they
    split. Digits keep their offsets.
    """
    view, glossed = without_glosses(folded)
    view, wrapped = unwrapped(view)
    moved = _merged_ranges([*glossed, *wrapped]) if glossed and wrapped else glossed or wrapped
    return view, moved, bool(glossed)


def reach(view: str, begin: int, end: int, size: int) -> int:
    """Where a window of ``size`` characters from ``begin`` ends in ``view`` (at most ``end``), blank
    characters not counted: a phrase glossed often gathers blanks (``without_glosses``) that would
    push the words after it out of a window. At most four times ``size``: reading stays linear.
    """
    stop = min(end, begin + size)
    while stop < end and (longer := min(end, begin + size + view.count(" ", begin, stop), begin + 4 * size)) > stop:
        stop = longer
    return stop


def without_glosses(folded: str) -> tuple[str, list[Range]]:
    """``folded`` with the pinyin glosses some mirror pages print after characters taken out of the
    phrase (a run of letters) they split, for patterns that read words: the phrase's letters close
    up and the glosses' length of blanks goes after it (``公開(kāi)政府信息。`` becomes
    ``公開政府信息     。``), or before it where a number follows the phrase (``截至(zhì)2009年`` becomes
    ``     截至2009年``), so that a word and its number stay together. The same length, and no digit
    moves. Also returned, the ranges rearranged (one per glossed phrase).
    """
    if "(" not in folded:
        return folded, []
    found = [m.span() for m in GLOSS.finditer(folded)]
    if not found:
        return folded, []
    chars = list(folded)
    size = len(chars)
    moved: list[Range] = []
    index = 0
    while index < len(found):
        glosses = [found[index]]  # the glosses of one phrase: only letters between them
        while index + 1 < len(found) and all(_in_word(c) for c in folded[glosses[-1][1] : found[index + 1][0]]):
            index += 1
            glosses.append(found[index])
        index += 1
        begin = glosses[0][0]
        while begin > 0 and _in_word(folded[begin - 1]):
            begin -= 1
        end = glosses[-1][1]
        while end < size and _in_word(folded[end]):
            end += 1
        letters: list[str] = []
        at = begin
        for start, stop in glosses:
            letters.extend(folded[at:start])
            at = stop
        letters.extend(folded[at:end])
        blanks = [" "] * (end - begin - len(letters))
        chars[begin:end] = [*blanks, *letters] if end < size and folded[end].isdigit() else [*letters, *blanks]
        moved.append((begin, end))
    return "".join(chars), moved


def unwrapped(folded: str) -> tuple[str, list[Range]]:
    """``folded`` with the line breaks that only wrap a paragraph (PDF text) moved out of the word
    they split, for patterns that read words: ``政府信\n息14571条`` becomes ``政府信息\n14571条``.

    A break is moved when a word goes on over it, the line it ends is as wide as the page
    (``_wrap_width``) and holds no words set apart by spaces (table cells). The result has the
    same length, and only letters move (a break and the white space around it swap places with
    the run of letters after it), never digits or punctuation: a number's offsets stay those of the
    text. Also returned, the ranges that were rearranged, in order: a span that
    touches one of them covers it whole in the text (``widened``).
    """
    hard = set(_line_breaks(folded))
    candidates: list[tuple[int, int]] = []  # (line start, break) where a word goes on over the break
    line_start = 0
    at = folded.find("\n")
    while at >= 0:
        if at not in hard:
            before = folded[line_start:at].rstrip(" \t")
            after = folded[at + 1 : at + 3].lstrip(" \t")
            if before and after and _in_word(before[-1]) and _in_word(after[0]):
                candidates.append((line_start, at))
        line_start = at + 1
        at = folded.find("\n", at + 1)
    if len(candidates) < MIN_WRAPPED_LINES:  # a title and the field under it, not a wrapped page
        return folded, []
    width, length = _wrap_width(folded, _width, MIN_WRAP_WIDTH), _wrap_width(folded, len, MIN_WRAP_WIDTH // 2)
    if not width and not length:
        return folded, []
    width, length = width or -MIN_WRAP_WIDTH, length or -MIN_WRAP_WIDTH  # 0: no page width of that kind
    soft = [at for line_start, at in candidates
            if (abs(_width(line := folded[line_start:at].strip()) - width) <= WRAP_WIDTH_SLACK
                or abs(len(line) - length) <= WRAP_WIDTH_SLACK)
            and _SPACED_WORDS.search(line) is None]  # words apart: table cells, not prose
    if not soft:
        return folded, []
    chars = list(folded)
    size = len(chars)
    moved: list[Range] = []
    for at in reversed(soft):  # right to left: a word wrapped over three lines is joined whole
        start = at
        while start > 0 and chars[start - 1] in " \t":
            start -= 1
        stop = at + 1
        while stop < size and chars[stop] in " \t":
            stop += 1
        end = stop
        while end < size and end - stop < MAX_JOINED_RUN and _in_word(chars[end]):
            end += 1
        if start > 0 and _in_word(chars[start - 1]) and stop < end < size and end - stop < MAX_JOINED_RUN:
            chars[start:end] = [*chars[stop:end], *chars[start:stop]]
            moved.append((start, end))
    return "".join(chars), _merged_ranges(moved)


MIN_WRAP_WIDTH = 24
"""Narrowest page, in display columns (a Chinese character is two), whose wrapped lines are joined."""
WRAP_WIDTH_SLACK = 2
"""How far a wrapped line's display width may fall from the page's (a wide character that did not fit)."""


_SPACED_WORDS = lazy_re(r"[^\W\d_]\s+[^\W\d_]")
"""Two words with space between them: prose in Chinese puts space only around numbers and Latin."""


def _width(line: str) -> int:
    """Display columns of ``line``: two for a Chinese character (three UTF-8 bytes), one for ASCII."""
    return (len(line) + len(line.encode("utf-8", "surrogatepass"))) // 2


def _wrap_width(folded: str, measure: Callable[[str], int], least: int) -> int:
    """The width of the page that wrapped ``folded``: the commonest ``measure`` (display columns, or
    characters, as some converters count), ``least`` or more, of the lines that do not end a
    sentence, when ``MIN_WRAPPED_LINES`` of them are that wide, give or take the slack (0 otherwise:
    table rows and page furniture vary in width, wrapped prose does not).
    """
    widths = Counter(width for line in folded.split("\n")
                     if line.strip() and line.rstrip()[-1] not in _LINE_END
                     and (width := measure(line.strip())) >= least)
    if not widths:
        return 0
    width = max(widths, key=lambda w: (widths[w], w))
    near = sum(count for w, count in widths.items() if abs(w - width) <= WRAP_WIDTH_SLACK)
    return width if near >= MIN_WRAPPED_LINES else 0


def _merged_ranges(ranges: list[Range]) -> list[Range]:
    merged: list[Range] = []
    for start, end in sorted(ranges):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _in_word(char: str) -> bool:
    """A letter, or the 〇 of a year written in Chinese digits (二〇〇\n八年), which is not one."""
    return char.isalpha() or char == "〇"


def widened(span: Range, moved: list[Range]) -> Range:
    """``span`` of an ``unwrapped`` view as a span of the text: widened over the rearranged ranges it
    touches, which hold the same characters in another order.
    """
    start, end = span
    i = bisect.bisect_right(moved, (start, start)) - 1  # the last range starting at or before ``start``
    for first, last in moved[max(i, 0) :]:
        if first >= end:
            break
        if last > start:
            start, end = min(start, first), max(end, last)
    return start, end


def _tabular(text: str) -> bool:
    if "|" in text or "\t" in text:
        return True
    numbers = len(_BARE_NUMBER.findall(text))
    return numbers >= TABULAR_NUMBERS and len(_SEPARATORS.findall(text)) * 2 < numbers


class Sentences:
    """Where the sentences of a document start and end (step 1 of the module documentation)."""

    def __init__(self, document: Document) -> None:
        folded = document.source.folded
        self.folded = folded
        cuts = {0, len(folded)}
        cuts.update(m.end() for m in _SENTENCE_END.finditer(folded))
        cuts.update(_line_breaks(folded))
        for heading in document.headings:
            cuts.add(heading.span.start)
            cuts.add(heading.span.end)
            title_start = heading.span.end - len(heading.title)
            space = _SPACE.search(folded, title_start + 1, heading.span.end)
            if space is not None:
                cuts.add(space.start())
        self.cuts = sorted(cuts)
        self.zones = _merged(document.table_zones)
        self.zone_starts = [start for start, _ in self.zones]

    def around(self, offset: int) -> int:
        """The index of the sentence holding ``offset``."""
        return bisect.bisect_right(self.cuts, offset) - 1

    def get(self, index: int) -> Range | None:
        """Sentence ``index`` without its surrounding white space, or ``None`` if it is blank or table text."""
        start, end = self.cuts[index], self.cuts[index + 1]
        text = self.folded[start:end]
        stripped = text.strip()
        if not stripped:
            return None
        begin = start + len(text) - len(text.lstrip())
        stop = begin + len(stripped)
        i = bisect.bisect_left(self.zone_starts, stop) - 1
        if i >= 0 and self.zones[i][1] > begin and _tabular(stripped):
            return None
        return begin, stop

    def __iter__(self) -> Iterator[Range]:
        for index in range(len(self.cuts) - 1):
            found = self.get(index)
            if found is not None:
                yield found


def sentence_ranges(document: Document) -> list[Range]:
    """The prose sentences of ``document`` as ``(start, end)`` offsets.

    >>> from govdisclosure.source import SourceText
    >>> text = "一、概述\\n今年主动公开信息12条，未收到申请。全年无收费。"
    >>> [text[a:b] for a, b in sentence_ranges(Document(SourceText(text)))]
    ['一、概述', '今年主动公开信息12条，未收到申请。', '全年无收费。']
    """
    return list(Sentences(document))


def _merged(spans: Iterable[Span]) -> list[Range]:
    """Spans as sorted, non-overlapping ranges."""
    merged: list[Range] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], span.end))
        else:
            merged.append((span.start, span.end))
    return merged
