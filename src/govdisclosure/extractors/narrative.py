"""The ``narrative`` extractor: statistics stated in prose, each with the sentence it came from.

It runs after the table extractors; where a table gives a value, a disagreeing prose figure becomes
a diagnostic (see ``govdisclosure.merge``). Precision comes first: a figure that could be read two
ways is left out. All words come from ``govdisclosure.forms.narrative`` (facts) and
``govdisclosure.forms.sections`` (section topics); the numbered constants below are the thresholds.

How a fact is read:

1. Sentences and the sections they stand in are found by ``govdisclosure.sentences`` (at 。；！？
   and a full stop after a word, headings and unwrapped line breaks; table text inside table zones
   skipped). Numbers (found from
   their units back), negators and no-fee phrases are each found in one pass over the text; a
   sentence holding none of them, or none of the objects, is skipped.
2. A section's topics are every topic word of its heading and its ancestors' headings. Sentences
   in a plans section or the statistics appendix are skipped.
3. A sentence is cut into clauses at commas (not thousands separators), colons and parentheses. A
   number (Arabic, full-width, Chinese numerals, ``1.2万``) with a unit is read when it is not an
   ordinal, a range or vague (第三条, 数十条, 三至五件, 两三件), not a time limit or a tally
   (15个工作日, 50条次), and not negated (no negator within ``NEGATOR_REACH`` characters before it).
4. What it counts is the object written nearest before it since the clause start or the previous
   number (``政府信息公开申请`` → applications), or within ``RIGHT_OBJECT_REACH`` characters after
   it (收到3件申请). Two objects of different keys joined by 及/和/与/、 at most
   ``COORDINATION_GAP`` characters apart (予以公开及部分公开25件) make it ambiguous: nothing is
   read. The first indicator of that object holds when its verb occurs earlier in the clause (in
   the sentence, for a part), none of its excluded words occurs in the phrase counted, the sentence
   up to the end of the clause (or its section) is about disclosure work, and it is not a part
   (after 其中, inside parentheses, or from a clause starting with 包括/分别/含/占) unless the
   indicator is the form's own part (规范性文件, 同意公开). A clause after a colon, or starting
   with 共/共计/合计, continues the clause before it (收到申请：3件); so does 其中 followed by a time
   word of the report year after a cumulative figure, whose figures are the year's, not parts
   (累计主动公开政府信息12345条，其中本年度主动公开1234条).
5. A figure is not a fact of the report year when the last time word before it in the sentence
   names another year (2013年, 去年, 上年); when the sentence is about plans (下一步, 计划, 将继续);
   when the phrase counted is a change, a rate or an extreme (增加, 平均, 每月, 最多); when it is
   cumulative (累计) without a time word of the report year before it and no other figure between
   them (2013年主动公开…1234条，累计…12345条: the year's 1234 only); or when it is another body's figure or
   a part of the whole (转来, 协助, 下属, 各乡镇, 区直) unless a scope word (全市) makes it the
   whole jurisdiction's.
6. A negation gives 0: a negator with a verb (未收到, 没有发生, 未向申请人收取), an existential
   negator (无, 没有, 尚无) or a trailing zero (均为零, 均未发生), with the objects it is about within
   ``NEGATION_WINDOW`` characters after it (``ZERO_BEFORE_WINDOW`` before a trailing zero) in the
   same clause. 此类情况 points at the keys of the section's heading. A negation of others only
   (未收到其他申请) is not read; ``自2008年以来未发生…`` covers the report year. A bare ``无`` as the
   whole body of a section, or after ``情况：``, is 0 for the keys its heading names.
7. 余/多/约/近/左右 make a value approximate (kept, flagged GD207, left out of the record);
   超过/以上 at least. ``截至11月30日`` is recorded as ``as_of`` (not the year's end); the last scope
   word before the figure in its sentence (全市各级各部门) as ``scope``.
8. When a key is read more than once, exact figures win over approximate ones; among them, one read
   through the key's own words (主动公开) wins over one read through a general verb (公开, 发布) —
   even stated as its part (共发布各类信息800条，其中主动公开政府信息356条) — then one marked as a
   total (共, 共计, 合计 …), then one read in a section of the key's topic. The figures left must
   agree and a printed count must not contradict a negation; otherwise the key is left empty.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from govdisclosure.codes import diagnostic
from govdisclosure.extractors.base import Detection, Extraction, ExtractorKind
from govdisclosure.forms.narrative import (
    AFTER_UNIT,
    AS_OF_PATTERN,
    BARE_NONE_PATTERN,
    BETWEEN_NUMBER_AND_UNIT,
    CHANGE_PATTERNS,
    CONTINUATION_PATTERNS,
    COUNT_UNITS,
    CUMULATIVE_PATTERNS,
    DEICTIC_PATTERNS,
    DISCLOSURE_WORDS,
    EXISTENTIAL_NEGATOR_PATTERNS,
    FEE_CONTEXT_WORDS,
    FULL_YEAR_ENDS,
    FUTURE_PATTERNS,
    HEADING_KEYS,
    INDICATORS,
    LISTING_MARKS,
    MONEY_UNITS,
    NEGATION_BLOCKER_PATTERNS,
    NEGATION_FILLERS,
    NEGATION_INDIRECT_PATTERNS,
    NEGATION_QUALIFIER_PATTERN,
    NEGATION_TAIL_PATTERN,
    NEGATION_TAIL_REACH,
    NEGATION_VERBS,
    NEGATION_WINDOW,
    NEGATIONS,
    NEGATOR_PATTERNS,
    NO_FEE_PHRASES,
    NUMBER_AFTER_BLOCKER_PATTERNS,
    NUMBER_BLOCKER_PATTERNS,
    OTHER_BODY_PATTERNS,
    OTHER_YEAR_PATTERNS,
    PART_PATTERNS,
    PART_START_PATTERNS,
    RANGE_BEFORE_PATTERNS,
    REPORT_YEAR_PATTERN,
    REPORT_YEAR_REACH,
    SCOPE_PATTERNS,
    SINCE_PATTERNS,
    THIS_YEAR_PATTERNS,
    TOTAL_PATTERNS,
    UNIT_FOLLOWER_PATTERNS,
    UNTIL_PATTERNS,
    ZERO_AFTER_PATTERNS,
    ZERO_BEFORE_WINDOW,
    Indicator,
    Negation,
)
from govdisclosure.schema import Diagnostic, Layout, Origin, Qualifier, Span, Topic, Value
from govdisclosure.sentences import (
    Place,
    Places,
    Range,
    Sentences,
    heading_keys,
    prose_view,
    reach,
    widened,
)
from govdisclosure.structure import Document
from govdisclosure.text.numbers import (
    CN_DIGITS,
    CN_NUMERAL_CHARS,
    chinese_to_int,
    qualifier_after,
    qualifier_before,
    read_number,
    to_yuan,
)
from govdisclosure.text.patterns import guarded_pattern, lazy_pattern, words_pattern

if TYPE_CHECKING:
    import regex

NEGATOR_REACH = 6
"""A number with a negator this close before it in its clause (未收到一起) is not a count."""

RIGHT_OBJECT_REACH = 10
"""How far after a number's unit its object may stand (收到3件政府信息公开申请)."""

CONTEXT_REACH = 240
"""How far before a figure its sentence is searched for time words, scope, verbs of a part and the
disclosure context; it keeps the reading linear in very long sentences."""

COORDINATION_GAP = 3
"""Two objects at most this far apart with 及/和/与/、 between them are one coordinated phrase."""

MAX_BETWEEN = 6
MAX_NUMBER = 24
"""How far back from a unit its number is looked for: ``MAX_BETWEEN`` characters of 余/多/万 and
spaces, then at most ``MAX_NUMBER`` digits or numerals."""

_words = words_pattern


def _fragments(fragments: Iterable[str]) -> str:
    return "|".join(f"(?:{f})" for f in fragments)


def _optional(fragments: tuple[str, ...]) -> regex.Pattern[str] | None:
    return guarded_pattern(_fragments(fragments)) if fragments else None


_CN = CN_NUMERAL_CHARS
# Unguarded: it is only matched where number_matches found a number before a unit, and searched
# in windows of RIGHT_OBJECT_REACH characters; every repetition in it is bounded but the spaces
# around the unit, which are read once. The guard's timeout would cost 1.6 µs a match on long texts.
_NUMBER = lazy_pattern(
    rf"(?<!{_fragments(NUMBER_BLOCKER_PATTERNS)}|{_fragments(RANGE_BEFORE_PATTERNS)}|[0-9.,A-Za-z{_CN}])"
    rf"(?P<num>[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?|[{_CN}]{{1,10}})"
    rf"(?!{_fragments(NUMBER_AFTER_BLOCKER_PATTERNS)})"
    rf"\s*(?P<big>[万亿](?!元))?\s*(?P<after>{_words(BETWEEN_NUMBER_AND_UNIT)})?\s*"
    rf"(?P<unit>{_words((*COUNT_UNITS, *MONEY_UNITS))})(?P<tail>\s*(?:{_words(AFTER_UNIT)}))?"
    rf"(?!{_fragments(UNIT_FOLLOWER_PATTERNS)})"
)
_UNIT_ENDS = "".join(sorted({unit[-1] for unit in (*COUNT_UNITS, *MONEY_UNITS)}))
_BEFORE_UNIT = frozenset("0123456789 \t\n" + "".join(BETWEEN_NUMBER_AND_UNIT) + _CN)
_NUMBER_CHARS = frozenset("0123456789.," + _CN)
_BETWEEN_CHARS = frozenset(" \t\n万亿" + "".join(BETWEEN_NUMBER_AND_UNIT))
_NEGATOR = guarded_pattern(
    rf"(?P<neg>{_fragments(NEGATOR_PATTERNS)})(?:{_fragments(NEGATION_INDIRECT_PATTERNS)})?"
    rf"(?:{_words(NEGATION_FILLERS)})?(?P<verb>{_words(NEGATION_VERBS)})"
    rf"|(?P<exist>{_fragments(EXISTENTIAL_NEGATOR_PATTERNS)})(?:{_words(NEGATION_FILLERS)})?"
)
_ZERO_AFTER = guarded_pattern(_fragments(ZERO_AFTER_PATTERNS))
_NEGATION_TAIL = guarded_pattern(NEGATION_TAIL_PATTERN)
_NEGATION_QUALIFIER = guarded_pattern(NEGATION_QUALIFIER_PATTERN)
_LISTED = guarded_pattern(f"[{LISTING_MARKS}]")
_TAIL_STRIP = " \t\n。.;!?"
"""``_STRIP`` without the marks that list a further thing negated (those tell the tail's end)."""
_NO_FEE = guarded_pattern(_words(NO_FEE_PHRASES))
_CLAUSE_SEPARATOR = guarded_pattern(r"[:()]|,(?![0-9]{3}(?![0-9]))|(?<![0-9]),")


@attrs.frozen
class _Rule:
    """An indicator with its patterns compiled."""

    indicator: Indicator
    verbs: regex.Pattern[str] | None
    excludes: regex.Pattern[str] | None
    sentence_excludes: regex.Pattern[str] | None


@attrs.frozen
class _NegationRule:
    """A negation with its patterns compiled."""

    negation: Negation
    objects: regex.Pattern[str]
    excludes: regex.Pattern[str] | None


def _object_rules() -> dict[str, tuple[_Rule, ...]]:
    """Object word → the rules of the indicators that count it, in vocabulary order."""
    rules: dict[str, tuple[_Rule, ...]] = {}
    for indicator in INDICATORS:
        rule = _Rule(indicator, guarded_pattern(_words(indicator.verbs)) if indicator.verbs else None,
                     _optional(indicator.excludes), _optional(indicator.sentence_excludes))
        for word in indicator.objects:
            rules[word] = (*rules.get(word, ()), rule)
    return rules


_OBJECT_WORDS = _object_rules()
_OBJECT_KEYS = {word: frozenset(rule.indicator.key for rule in rules) for word, rules in _OBJECT_WORDS.items()}
_OBJECTS = guarded_pattern(_words(_OBJECT_WORDS))
_COORDINATOR = guarded_pattern(r"[及和与、或]")
_NEGATION_RULES = tuple(_NegationRule(negation, guarded_pattern(_words(negation.objects)), _optional(negation.excludes))
                        for negation in NEGATIONS)
_NEGATED_OBJECT = guarded_pattern(_words(word for negation in NEGATIONS for word in negation.objects))
"""Any object of any negation (the last one in a negated clause must end it)."""
_FEE_NEGATION = next(rule for rule in _NEGATION_RULES if rule.negation.key == "fees.total_yuan")
_RELEVANT = guarded_pattern(
    f"{_OBJECTS.pattern}|{_fragments(DEICTIC_PATTERNS)}|{_fragments(p for p, _ in HEADING_KEYS)}")
_NEGATION_BLOCKER = guarded_pattern(_fragments(NEGATION_BLOCKER_PATTERNS))
_DEICTIC = guarded_pattern(_fragments(DEICTIC_PATTERNS))
_DISCLOSURE = guarded_pattern(_words(DISCLOSURE_WORDS))
_FEE_CONTEXT = guarded_pattern(_words(FEE_CONTEXT_WORDS))
_FUTURE = guarded_pattern(_fragments(FUTURE_PATTERNS))
_TIME = guarded_pattern(
    rf"(?:(?P<year>(?<![0-9])(?:19|20)[0-9]{{2}})(?![0-9])|(?P<cn_year>[〇○零一二三四五六七八九]{{4}}))\s*年"
    rf"(?P<since>[^,。;]{{0,12}}?(?:{_fragments(SINCE_PATTERNS)}))?"
    rf"|(?P<this>{_fragments(THIS_YEAR_PATTERNS)})|(?P<other>{_fragments(OTHER_YEAR_PATTERNS)})"
)
_REPORT_YEAR = guarded_pattern(REPORT_YEAR_PATTERN)
_BOOK_TITLE = guarded_pattern(r"《[^》]{0,80}》")
_CHANGE = guarded_pattern(_fragments(CHANGE_PATTERNS))
_CUMULATIVE = guarded_pattern(_fragments(CUMULATIVE_PATTERNS))
_UNTIL = guarded_pattern(_fragments(UNTIL_PATTERNS))
UNTIL_REACH = 4
"""Characters before a year in which 截至 makes it the end of a count over the years (截至到2018年)."""
_OTHER_BODY = guarded_pattern(_fragments(OTHER_BODY_PATTERNS))
_PART = guarded_pattern(_fragments(PART_PATTERNS))
_YEAR_PART_GAP = guarded_pattern(r"[\s,:]*")
_PART_START = guarded_pattern(rf"(?<=[,:(])\s*(?:{_fragments(PART_START_PATTERNS)})")
_TOTAL = guarded_pattern(_fragments(TOTAL_PATTERNS))
_CONTINUATION = guarded_pattern(rf"\s*(?:{_fragments(CONTINUATION_PATTERNS)})")
_SCOPE = guarded_pattern(_fragments(SCOPE_PATTERNS))
_AS_OF = guarded_pattern(AS_OF_PATTERN)
_BARE_NONE = guarded_pattern(BARE_NONE_PATTERN)
_NEGATOR_NEAR = guarded_pattern(r"未|没|无")
_DIGITS = guarded_pattern(r"[0-9]+")
_STRIP = " \t\n。.:,;、"
_PROVIDES = frozenset({i.key for i in INDICATORS} | {n.key for n in NEGATIONS})
_FEES = "fees.total_yuan"


@attrs.frozen
class Fact:
    """A candidate value for a key, from one clause."""

    key: str
    value: Value[Any]
    total: bool = False
    """The clause marks it as a total (共, 共计, 合计 …)."""
    in_topic: bool = False
    """It was read in a section about its key."""
    weak: bool = False
    """It was read through a general verb (``Indicator.weak``)."""
    supersedes: bool = False
    """It is a part that replaces a weak figure of its key stated before it in the sentence."""

    @property
    def tier(self) -> tuple[bool, bool, bool]:
        """Higher tiers win when a key is stated more than once."""
        return (not self.weak, self.total, self.in_topic)


def _last(pattern: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    found = None
    for found in pattern.finditer(text):  # noqa: B007 - the last one is wanted
        pass
    return found


def _year_of(time: regex.Match[str]) -> int | None:
    if time.group("year"):
        return int(time.group("year"))
    return chinese_to_int(time.group("cn_year"))


def _other_year(time: regex.Match[str] | None, year: int | None, *, negation: bool) -> bool:
    """Whether the last time word before a fact (``time``) moves it to another year than ``year``."""
    if time is None or time.group("this"):
        return False
    if time.group("other"):
        return True
    stated = _year_of(time)
    if year is None or stated is None or stated == year:
        return False
    return not (negation and stated < year and time.group("since"))


def _counted_until(text: str, time: regex.Match[str] | None) -> bool:
    """Whether the time word ``time`` (in the sentence ``text``) is the end of a count over the
    years (截至2018年底), not the year the figure is of (今年，截至11月30日; 2018年，截至…).
    """
    return time is not None and _UNTIL.search(text, max(0, time.start() - UNTIL_REACH), time.start()) is not None


def _this_year(time: regex.Match[str] | None, year: int | None) -> bool:
    """Whether the last time word before a fact (``time``) names the report year (今年, 2013年 in a 2013
    report).
    """
    if time is None or time.group("other"):
        return False
    if time.group("this"):
        return True
    return year is not None and _year_of(time) == year and not time.group("since")


def report_year(document: Document) -> int | None:
    """The year the report covers: the first year named with disclosure work near the top
    (``2013年政府信息公开工作年度报告``), else the document's first year.

    >>> from govdisclosure.source import SourceText
    >>> report_year(Document(SourceText("发布日期：2014年3月20日\\n某某局2013年政府信息公开工作年度报告")))
    2013
    """
    found = _REPORT_YEAR.search(document.source.folded, 0, REPORT_YEAR_REACH)
    return int(found.group("year")) if found is not None else document.year_hint


def number_matches(folded: str) -> list[regex.Match[str]]:
    """Every number with a unit in ``folded``, found from the units back (much faster than
    scanning every character for a numeral).
    """
    units: list[int] = []
    for char in _UNIT_ENDS:
        at = folded.find(char, 1)
        while at >= 0:
            if folded[at - 1] in _BEFORE_UNIT:
                units.append(at)
            at = folded.find(char, at + 1)
    found: list[regex.Match[str]] = []
    for unit in sorted(units):
        stop = unit
        while stop > 0 and unit - stop < MAX_BETWEEN and folded[stop - 1] in _BETWEEN_CHARS:
            stop -= 1
        start = stop
        while start > 0 and stop - start < MAX_NUMBER and folded[start - 1] in _NUMBER_CHARS:
            start -= 1
        if start == stop:
            continue
        match = _NUMBER.match(folded, start)
        if match is not None and match.end("unit") == unit + 1 and (not found or found[-1].end() <= start):
            found.append(match)
    return found


def _colons(folded: str) -> Iterator[int]:
    at = folded.find(":")
    while at >= 0:
        yield at
        at = folded.find(":", at + 1)


def _within(starts: list[int], begin: int, end: int) -> list[int]:
    """The sorted ``starts`` in ``[begin, end)``."""
    return starts[bisect.bisect_left(starts, begin) : bisect.bisect_left(starts, end)]


def _between(matches: list[regex.Match[str]], starts: list[int], begin: int, end: int) -> list[regex.Match[str]]:
    """The ``matches`` (in order, with their ``starts``) that start in ``[begin, end)``."""
    return matches[bisect.bisect_left(starts, begin) : bisect.bisect_left(starts, end)]


def _in(starts: list[int], begin: int, end: int) -> bool:
    """Whether any of the sorted ``starts`` lies in ``[begin, end)``."""
    i = bisect.bisect_left(starts, begin)
    return i < len(starts) and starts[i] < end


def _coordinated(local: str, found: regex.Match[str]) -> bool:
    """Whether another key's object is joined to ``found`` by 及/和/与/、 (予以公开及部分公开)."""
    before = local[: found.start()]
    other = _last(_OBJECTS, before)
    if other is None or _OBJECT_KEYS[other.group()] & _OBJECT_KEYS[found.group()]:
        return False
    gap = before[other.end() :]
    return len(gap) <= COORDINATION_GAP and _COORDINATOR.search(gap) is not None


def _amount(match: regex.Match[str], key: str, left: str) -> tuple[Any, str, Qualifier] | None:
    """``(value, unit, qualifier)`` of a number match, or ``None`` if it is not a plain count or amount."""
    core = match.group("num")
    if len(core) > 1 and all(ch in CN_DIGITS for ch in core):
        return None  # 两三件, 二〇一九: a range or a year, not a count
    number = read_number(core + (match.group("big") or "") + (match.group("after") or ""))
    if number is None:
        return None
    qualifier = number.qualifier
    tail = (match.group("tail") or "").strip()
    if qualifier is Qualifier.EXACT and tail:
        qualifier = qualifier_after(tail)
    if qualifier is Qualifier.EXACT:
        qualifier = qualifier_before(left.rstrip())
    unit = match.group("unit")
    if key == _FEES:
        return (to_yuan(number.value, unit), "元", qualifier) if unit in MONEY_UNITS else None
    if isinstance(number.value, Decimal):
        if number.value != number.value.to_integral_value():
            return None
        return int(number.value), unit, qualifier
    return number.value, unit, qualifier


class _Sentence:
    """A sentence being read, with what every fact in it shares."""

    def __init__(self, reader: _Reader, start: int, end: int, place: Place) -> None:
        self.reader = reader
        self.start = start
        self.end = end
        self.place = place
        self.text = reader.folded[start:end]
        self._about: dict[tuple[bool, int], bool] = {}
        """``about_disclosure``'s search, by (fee, end): the facts of a clause share its end."""

    def left(self, end: int) -> str:
        """The sentence up to ``end`` (at most ``CONTEXT_REACH`` characters of it)."""
        return self.reader.folded[max(self.start, end - CONTEXT_REACH) : end]

    @functools.cached_property
    def _times(self) -> tuple[list[int], list[regex.Match[str]]]:
        """The time words of the sentence (book titles 《…》 aside), with their ends."""
        text = self.text
        if "《" in text:
            text = _BOOK_TITLE.sub(lambda m: " " * len(m.group()), text)
        found = list(_TIME.finditer(text))
        return [self.start + m.end() for m in found], found

    @functools.cached_property
    def _futures(self) -> list[int]:
        """Where the words about plans end in the sentence."""
        return [self.start + m.end() for m in _FUTURE.finditer(self.text)]

    def time_before(self, at: int) -> regex.Match[str] | None:
        """The last time word (a year, 今年, 去年 …) ending before ``at``, within ``CONTEXT_REACH``."""
        ends, found = self._times
        i = bisect.bisect_right(ends, at) - 1
        return found[i] if i >= 0 and self.start + found[i].start() >= at - CONTEXT_REACH else None

    def outside_year(self, at: int, *, negation: bool) -> bool:
        """Whether what is said at ``at`` is a plan or about another year."""
        i = bisect.bisect_right(self._futures, at) - 1
        if i >= 0 and self._futures[i] > at - CONTEXT_REACH:
            return True
        return _other_year(self.time_before(at), self.reader.year, negation=negation)

    def about_disclosure(self, key: str, topics: tuple[Topic, ...], until: int) -> bool:
        """Whether the section, or the sentence up to ``until`` (the end of a clause), is about
        disclosure work (``DISCLOSURE_WORDS``; for a fee, ``FEE_CONTEXT_WORDS``).
        """
        if self.place.topics.intersection(topics):
            return True
        fee = key == _FEES
        known = self._about.get((fee, until))
        if known is None:
            words = _FEE_CONTEXT if fee else _DISCLOSURE
            known = words.search(self.reader.folded, max(self.start, until - CONTEXT_REACH), until) is not None
            self._about[fee, until] = known
        return known

    def fact(self, key: str, value: Any, span: Range, topics: tuple[Topic, ...], *, unit: str,
             qualifier: Qualifier = Qualifier.EXACT, origin: Origin = Origin.PRINTED, total: bool = False,
             weak: bool = False, supersedes: bool = False) -> Fact:
        """A fact with the as-of date and the scope stated before it in this sentence."""
        left = self.left(span[0])
        found = _AS_OF.search(left)
        date = "".join(found.group("md").split()) if found is not None else None
        scope = _last(_SCOPE, left)
        if self.reader.moved:
            span = widened(span, self.reader.moved)
        item = Value(value=value, span=Span(*span), raw=self.reader.text[span[0] : span[1]], extractor="narrative",
                     unit=unit, qualifier=qualifier, origin=origin, scope=scope.group() if scope else None,
                     as_of=None if date in FULL_YEAR_ENDS else date)
        return Fact(key, item, total=total, in_topic=bool(self.place.topics.intersection(topics)), weak=weak,
                    supersedes=supersedes)

    def zero(self, key: str, span: Range, topics: tuple[Topic, ...]) -> Fact:
        """A 0 read from a negation."""
        amount: Any = Decimal(0) if key == _FEES else 0
        return self.fact(key, amount, span, topics, unit="元" if key == _FEES else "件", origin=Origin.NEGATION)


class _Reader:
    """Reads the facts of one document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.text = document.text
        # PDF text wraps lines inside words (政府信\n息), mirrors gloss characters (公開(kāi)): the
        # patterns read a view with such breaks and glosses moved out of the word, where every
        # number keeps its offsets (sentences.prose_view)
        folded, self.moved, self.glossed = prose_view(document.source.folded)
        self.folded = folded
        self.year = report_year(document)
        self.numbers = number_matches(folded)
        self.number_starts = [m.start() for m in self.numbers]
        self.negators = list(_NEGATOR.finditer(folded))
        self.zeros = list(_ZERO_AFTER.finditer(folded))
        self.no_fees = list(_NO_FEE.finditer(folded))
        self.negator_starts = [m.start() for m in self.negators]
        self.zero_starts = [m.start() for m in self.zeros]
        self.no_fee_starts = [m.start() for m in self.no_fees]
        self.cue_starts = sorted((*self.negator_starts, *self.zero_starts, *self.no_fee_starts))
        self.sections = document.sections
        self.places = Places(self.sections, folded)

    def facts(self) -> Iterator[Fact]:
        """Every candidate fact, sentence by sentence, then the bare 无 of sections."""
        sentences = Sentences(self.document)
        marks = sorted((*self.number_starts, *self.cue_starts, *_colons(self.folded)))
        indexes = sorted({sentences.around(mark) for mark in marks})
        for index in indexes:
            found = sentences.get(index)
            if found is None:
                continue
            start, end = found
            if _RELEVANT.search(self.folded, start, end) is None:
                continue
            place = self.places.at(start)
            if Topic.PLANS in place.topics or Topic.STATISTICS in place.topics:
                continue
            yield from self._sentence(_Sentence(self, start, end, place))
        yield from self._bare_none()

    def _sentence(self, sentence: _Sentence) -> Iterator[Fact]:
        """The facts of a sentence; a part read through a key's own words replaces a weak figure of
        the key stated before it (``Fact.supersedes``).
        """
        facts = list(self._sentence_facts(sentence))
        first_weak: dict[str, int] = {}
        for fact in facts:
            if fact.weak:
                first_weak.setdefault(fact.key, fact.value.span.start)
        superseded = {f.key for f in facts if f.supersedes and first_weak.get(f.key, f.value.span.start)
                      < f.value.span.start}
        for fact in facts:
            if fact.supersedes:
                if fact.key in superseded:
                    yield attrs.evolve(fact, supersedes=False)
            elif not (fact.weak and fact.key in superseded):
                yield fact

    def _sentence_facts(self, sentence: _Sentence) -> Iterator[Fact]:
        folded = self.folded
        if ":" in sentence.text:
            yield from self._after_colon(sentence)
        clauses: list[Range] = []
        colons: set[int] = set()
        begin = sentence.start
        for separator in _CLAUSE_SEPARATOR.finditer(folded, sentence.start, sentence.end):
            clauses.append((begin, separator.start()))
            begin = separator.end()
            if separator.group() == ":":
                colons.add(len(clauses))
        clauses.append((begin, sentence.end))
        clause_starts = [start for start, _ in clauses]
        numbers = _within(self.number_starts, sentence.start, sentence.end)
        cues = _within(self.cue_starts, sentence.start, sentence.end)
        part_from = sentence.end
        year_part: tuple[int, Range] | None = None  # (clause, the clause it continues)
        part = _PART.search(sentence.text) or _PART_START.search(sentence.text)
        if part is not None:
            year = self._year_of_cumulative(sentence, part)
            if year is None:
                part_from = sentence.start + part.start()
            else:  # 其中本年度…: continues the clause before 其中, whose object it counts
                at = bisect.bisect_right(clause_starts, sentence.start + part.start()) - 1
                if at > 0:
                    year_part = (bisect.bisect_right(clause_starts, sentence.start + year) - 1, clauses[at - 1])
        for i in sorted({bisect.bisect_right(clause_starts, at) - 1 for at in (*numbers, *cues)}):
            start, end = clauses[i]
            negated: list[Range] = []
            if _in(cues, start, end):
                for fact in self._negations(sentence, start, end):
                    negated.append((fact.value.span.start, fact.value.span.end))
                    yield fact
            if _in(numbers, start, end):
                previous = clauses[i - 1] if i else None
                continues = previous is not None and (i in colons or _CONTINUATION.match(folded, start, end))
                if year_part is not None and i == year_part[0]:
                    previous, continues = year_part[1], True
                yield from self._numbers(sentence, (start, end), previous if continues else None, negated,
                                         part_from)

    def _numbers(self, sentence: _Sentence, clause: Range, previous: Range | None, negated: list[Range],
                 part_from: int) -> Iterator[Fact]:
        """The facts of the numbers of a clause; ``previous`` is the clause it continues, if any."""
        folded = self.folded
        start, end = clause
        local_start = start
        for index in range(bisect.bisect_left(self.number_starts, start), len(self.numbers)):
            match = self.numbers[index]
            at = match.start()
            if at >= end or match.end() > end:
                break
            if any(a <= at < b for a, b in negated):
                continue
            left = folded[max(start, at - CONTEXT_REACH) : at]
            near = _NEGATOR_NEAR.search(left, max(0, len(left) - NEGATOR_REACH))
            if near is not None and not any(o.start() <= near.start() < o.end() for o in _OBJECTS.finditer(
                    left, max(0, near.start() - NEGATOR_REACH))):
                continue  # negated, unless the negator is a word of the object's (尚未审结3件)
            local = folded[max(local_start, at - CONTEXT_REACH) : at]
            found = _last(_OBJECTS, local)
            if found is None and previous is not None and local_start == start:
                left = local = folded[max(previous[0], at - CONTEXT_REACH) : at]
                found = _last(_OBJECTS, local)
            local_start = match.end()
            if found is not None and _coordinated(local, found):
                continue
            is_part = at >= part_from or self._parenthesised(sentence, at)
            fact = None
            if found is not None:
                fact = self._number_fact(sentence, match, found.group(), (left, local, end), is_part=is_part)
            if fact is None:
                after = self._object_after(match.end(), end)
                if after is not None:
                    fact = self._number_fact(sentence, match, after.group(), (left, local, end), is_part=is_part)
            if fact is None and is_part and found is not None:
                fact = self._number_fact(sentence, match, found.group(), (left, local, end), is_part=False,
                                         strong_only=True)
            if fact is not None:
                yield fact

    def _year_of_cumulative(self, sentence: _Sentence, part: regex.Match[str]) -> int | None:
        """Where (in the sentence) the report year's time word stands if ``part`` (其中 …) opens the
        year's own figures after a cumulative one (累计主动公开12345条，其中本年度主动公开1234条): they are
        not parts of a figure of the year.
        """
        if _CUMULATIVE.search(sentence.text, 0, part.start()) is None:
            return None
        gap = _YEAR_PART_GAP.match(sentence.text, part.end())
        time = _TIME.match(sentence.text, gap.end() if gap is not None else part.end())
        return time.start() if time is not None and _this_year(time, self.year) else None

    def _parenthesised(self, sentence: _Sentence, at: int) -> bool:
        opening = self.folded.rfind("(", max(sentence.start, at - CONTEXT_REACH), at)
        return opening >= 0 and self.folded.find(")", opening, at) < 0

    def _object_after(self, end: int, clause_end: int) -> regex.Match[str] | None:
        window = self.folded[end : min(clause_end, end + RIGHT_OBJECT_REACH)]
        found = _OBJECTS.search(window)
        if found is None or _DIGITS.search(window, 0, found.start()) or _NUMBER.search(window, 0, found.start()):
            return None
        return found

    def _number_fact(self, sentence: _Sentence, match: regex.Match[str], word: str, where: tuple[str, str, int], *,
                     is_part: bool, strong_only: bool = False) -> Fact | None:
        """The fact a number states about the object ``word``; ``where`` is the clause up to the number,
        the phrase counted, and the end of the clause. ``strong_only`` reads a part as a figure that
        may supersede a weak one (``Indicator.weak``).
        """
        left, local, clause_end = where
        at = match.start()
        sentence_left = sentence.left(at)
        unit = match.group("unit")
        checked = False
        for rule in _OBJECT_WORDS[word]:
            indicator = rule.indicator
            if unit not in indicator.units or (is_part and not indicator.part) or (strong_only and indicator.weak):
                continue
            if indicator.only_in_topics and not sentence.place.topics.intersection(indicator.topics):
                continue
            if rule.verbs is not None and rule.verbs.search(sentence_left if is_part else left) is None:
                continue
            if indicator.context and not sentence.about_disclosure(indicator.key, indicator.topics, clause_end):
                continue
            if not checked:  # what holds for any indicator, checked once a candidate is found
                if not self._of_the_year(sentence, at, left, local):
                    return None
                checked = True
            if ((rule.excludes is not None and rule.excludes.search(local))
                    or (rule.sentence_excludes is not None and rule.sentence_excludes.search(
                        self.folded, max(sentence.start, at - CONTEXT_REACH), min(sentence.end, at + CONTEXT_REACH)))):
                continue
            amount = _amount(match, indicator.key, left)
            if amount is None:
                return None
            value, unit, qualifier = amount
            return sentence.fact(indicator.key, value, (match.start("num"), match.end()), indicator.topics,
                                 unit=unit, qualifier=qualifier, total=_TOTAL.search(left) is not None,
                                 weak=indicator.weak, supersedes=strong_only)
        return None

    def _of_the_year(self, sentence: _Sentence, at: int, left: str, local: str) -> bool:
        """Whether a figure at ``at`` is a count of the report year (step 5 of the module documentation)."""
        if _CHANGE.search(local) or sentence.outside_year(at, negation=False):
            return False
        sentence_left = sentence.left(at)
        time = sentence.time_before(at)
        cumulative = _CUMULATIVE.search(local)
        if cumulative is not None and (
                time is None or not _this_year(time, self.year) or _counted_until(sentence.text, time)
                or self._figure_between(sentence.start + time.end(), at - len(local) + cumulative.start())):
            return False  # not the year's, or its time word is another figure's (今年…1234条，累计…)
        return not (_OTHER_BODY.search(left) and not _SCOPE.search(sentence_left))

    def _figure_between(self, start: int, end: int) -> bool:
        """Whether a figure starts in ``[start, end)``."""
        i = bisect.bisect_left(self.number_starts, start)
        return i < len(self.number_starts) and self.number_starts[i] < end

    def _windows(self, start: int, end: int) -> Iterator[tuple[int, Range, bool]]:
        """``(negator start, text the objects are looked for in, whether the zero comes after them)``."""
        for match in _between(self.negators, self.negator_starts, start, end):
            begin = match.start("verb") if match.group("verb") else match.end()
            stop = min(end, begin + NEGATION_WINDOW)
            if self.glossed:
                stop = reach(self.folded, begin, end, NEGATION_WINDOW)
            last = max((found.end() for found in _NEGATED_OBJECT.finditer(self.folded, begin, stop)), default=None)
            if last is not None:
                tail = self.folded[last : min(end, last + NEGATION_TAIL_REACH)].strip(_TAIL_STRIP)
                listed = _LISTED.search(tail)
                if _NEGATION_QUALIFIER.search(tail[: listed.start()] if listed else tail) is not None:
                    continue  # the last object only qualifies what the clause negates (…申请方面的咨询电话)
            yield match.start(), (begin, stop), False
        for match in _between(self.zeros, self.zero_starts, start, end):
            tail = self.folded[match.end() : min(end, match.end() + NEGATION_TAIL_REACH)]
            if _NEGATION_TAIL.fullmatch(tail.strip(_TAIL_STRIP)) is None:
                continue  # the zero is of what follows it (未出现延期答复情况), not of the object before
            begin = max(start, match.start() - ZERO_BEFORE_WINDOW)
            yield begin, (begin, match.end()), True

    def _negations(self, sentence: _Sentence, start: int, end: int) -> Iterator[Fact]:
        folded = self.folded
        seen: set[str] = set()
        for at, (begin, stop), after in self._windows(start, end):
            text = folded[begin:stop]
            if _NEGATION_BLOCKER.search(text) or sentence.outside_year(at, negation=True):
                continue
            named = False
            for rule in _NEGATION_RULES:
                negation = rule.negation
                found = rule.objects.search(text)
                if found is None:
                    continue
                named = True
                if (negation.key in seen or (rule.excludes is not None and rule.excludes.search(text))
                        or not sentence.about_disclosure(negation.key, negation.topics, end)):
                    continue
                seen.add(negation.key)
                span = (begin + found.start(), stop) if after else (at, begin + found.end())
                yield sentence.zero(negation.key, span, negation.topics)
            if not named and not after and _DEICTIC.search(text):
                for key in sentence.place.keys:
                    if key not in seen:
                        seen.add(key)
                        yield sentence.zero(key, (at, stop), ())
        if _FEES not in seen:
            yield from self._no_fee(sentence, start, end)

    def _no_fee(self, sentence: _Sentence, start: int, end: int) -> Iterator[Fact]:
        """未收取任何费用 and the like (``NO_FEE_PHRASES``)."""
        phrase = next(iter(_between(self.no_fees, self.no_fee_starts, start, end)), None)
        if (phrase is None or not sentence.about_disclosure(_FEES, _FEE_NEGATION.negation.topics, end)
                or sentence.outside_year(phrase.start(), negation=True)):
            return
        excludes = _FEE_NEGATION.excludes
        if excludes is None or excludes.search(self.folded, start, end) is None:
            yield sentence.zero(_FEES, (phrase.start(), phrase.end()), _FEE_NEGATION.negation.topics)

    def _after_colon(self, sentence: _Sentence) -> Iterator[Fact]:
        """``依申请公开情况：无``: a bare 无 after a colon is 0 for the keys before it."""
        colon = sentence.text.rfind(":")
        tail = sentence.text[colon + 1 :].strip(_STRIP)
        if colon <= 0 or not tail or _BARE_NONE.fullmatch(tail) is None:
            return
        at = sentence.start + sentence.text.find(tail, colon)
        for key in heading_keys(sentence.text[:colon]):
            yield sentence.zero(key, (at, at + len(tail)), ())

    def _bare_none(self) -> Iterator[Fact]:
        folded = self.folded
        for top in self.sections:
            for section in top.walk():
                body_end = section.children[0].span.start if section.children else section.span.end
                body = folded[section.heading.end : body_end]
                stripped = body.strip(_STRIP)
                if not stripped or _BARE_NONE.fullmatch(stripped) is None:
                    continue
                at = section.heading.end + body.find(stripped)
                sentence = _Sentence(self, at, at + len(stripped), self.places.at(at))
                for key in heading_keys(folded[section.heading.start : section.heading.end]):
                    yield sentence.zero(key, (at, at + len(stripped)), ())


def choose(facts: Iterable[Fact]) -> dict[str, Fact]:
    """One fact per key (step 8 of the module documentation); keys read two ways are left out."""
    by_key: dict[str, list[Fact]] = {}
    for fact in facts:
        by_key.setdefault(fact.key, []).append(fact)
    chosen: dict[str, Fact] = {}
    for key, found in by_key.items():
        exact = [f for f in found if f.value.is_exact]
        if not exact:
            best = max(f.tier for f in found)
            chosen[key] = next(f for f in found if f.tier == best)
            continue
        if any(f.value.origin is Origin.NEGATION for f in exact) and any(f.value.value != 0 for f in exact):
            continue
        best = max(f.tier for f in exact)
        top = [f for f in exact if f.tier == best]
        if len({f.value.value for f in top}) == 1:
            chosen[key] = top[0]
    return chosen


@attrs.frozen
class NarrativeExtractor:
    """Reads statistics stated in prose (see the module documentation)."""

    name: str = "narrative"
    kind: ExtractorKind = ExtractorKind.PROSE
    layouts: tuple[Layout, ...] = (Layout.NARRATIVE,)
    provides: frozenset[str] = _PROVIDES

    def detect(self, document: Document) -> Detection | None:
        """Prose is always read."""
        return Detection(score=0.3, layout=Layout.NARRATIVE)

    def extract(self, document: Document, detection: Detection) -> Extraction:
        """Read the facts stated in prose."""
        chosen = choose(_Reader(document).facts())
        values: dict[str, Value[Any]] = {}
        diagnostics: list[Diagnostic] = []
        for key, fact in sorted(chosen.items(), key=lambda item: item[1].value.span.start):
            values[key] = fact.value if fact.value.extractor == self.name else attrs.evolve(fact.value,
                                                                                            extractor=self.name)
            if not fact.value.is_exact:
                diagnostics.append(diagnostic("GD207", span=fact.value.span, extractor=self.name, key=key,
                                              raw=fact.value.raw))
        return Extraction(values=values, diagnostics=tuple(diagnostics), layout=Layout.NARRATIVE)
