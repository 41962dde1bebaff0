"""Numbers as reports write them: Arabic, Chinese numerals, 万 multipliers, money units, and the
words that make a figure approximate (余, 多, 约, 近, 左右) or a bound (超过, 以上, 不足).

Only explicit digit classes are used before ``int()`` (``'²'.isdigit()`` is true and ``int('²')``
fails), and digit runs longer than ``MAX_DIGITS`` are refused.

>>> chinese_to_int("一千二百")
1200
>>> chinese_to_int("两")
2
>>> read_number("1200余")
Number(value=1200, qualifier=<Qualifier.APPROXIMATE: 'approximate'>)
>>> to_yuan(Decimal("0.5"), "万元")
Decimal('5000.0')
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import attrs

from govdisclosure.forms.qualifiers import (
    APPROXIMATE_AFTER,
    APPROXIMATE_BEFORE,
    AT_LEAST_AFTER,
    AT_LEAST_BEFORE,
    AT_MOST_AFTER,
    AT_MOST_BEFORE,
)
from govdisclosure.schema import Qualifier
from govdisclosure.text.patterns import lazy_pattern, words_pattern

MAX_DIGITS = 15
"""Longer digit runs are not counts (phone numbers are 11-12 digits; 15 leaves room)."""

DIGITS = "0123456789"
CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}
CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
CN_NUMERAL_CHARS = "".join([*CN_DIGITS, *CN_UNITS, *CN_BIG])

ARABIC = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
CHINESE = f"[{CN_NUMERAL_CHARS}]+"

_AFTER_WORDS = words_pattern((*APPROXIMATE_AFTER, *AT_LEAST_AFTER, *AT_MOST_AFTER))
_NUMBER = lazy_pattern(rf"(?P<number>{ARABIC}|{CHINESE})\s*(?P<big>[万萬亿億])?\s*(?P<after>{_AFTER_WORDS})?")


@attrs.frozen
class Number:
    """A number read from text, with how exactly it was stated."""

    value: int | Decimal
    qualifier: Qualifier = Qualifier.EXACT


def arabic_to_number(raw: str) -> int | Decimal | None:
    """``'1,286'`` → 1286, ``'11.876'`` → Decimal('11.876'); ``None`` if not a plain number."""
    if raw.isascii() and raw.isdigit():  # the common case, a run of plain digits
        return int(raw) if len(raw) <= MAX_DIGITS else None
    text = raw.replace(",", "")
    if not text or len(text.split(".")[0]) > MAX_DIGITS:
        return None
    if "." in text:
        try:
            return Decimal(text)
        except InvalidOperation:
            return None
    if not text.isascii() or not text.isdecimal():
        return None
    return int(text)


def chinese_to_int(raw: str) -> int | None:
    """Read a Chinese numeral (一千二百, 十二, 两, 二〇二一, 3万); ``None`` if it is not one.

    Digit-by-digit numerals without units (二〇二一) are read positionally.
    """
    if not raw:
        return None
    if all(ch in CN_DIGITS for ch in raw):
        if len(raw) == 1:
            return CN_DIGITS[raw]
        if len(raw) > MAX_DIGITS:
            return None
        return int("".join(str(CN_DIGITS[ch]) for ch in raw))
    total = 0
    section = 0
    digit: int | None = None
    last_unit = 10**9
    for ch in raw:
        if ch in CN_DIGITS:
            if digit is not None and CN_DIGITS[ch] != 0:
                return None  # two digits in a row inside a unit numeral: not a number
            digit = CN_DIGITS[ch] if CN_DIGITS[ch] != 0 else None
        elif ch in CN_UNITS:
            unit = CN_UNITS[ch]
            if unit >= last_unit:
                return None
            section += (digit if digit is not None else 1) * unit
            digit = None
            last_unit = unit
        elif ch in CN_BIG:
            big = CN_BIG[ch]
            section += digit or 0
            if section == 0:
                return None
            total = (total + section) * big if big > 10_000 else total + section * big
            section = 0
            digit = None
            last_unit = 10**9
        else:
            return None
    return total + section + (digit or 0)


def read_number(raw: str) -> Number | None:
    """Read ``raw`` (a whole token such as ``1200余``, ``一千二百``, ``1.2万``, ``5500 余``)."""
    match = _NUMBER.fullmatch(raw.strip())
    if match is None:
        return None
    core = match.group("number")
    value: int | Decimal | None
    value = arabic_to_number(core) if core[0] in DIGITS else chinese_to_int(core)
    if value is None:
        return None
    if match.group("big"):
        value = value * CN_BIG[match.group("big")]
        if isinstance(value, Decimal) and value == value.to_integral_value():
            value = int(value)
    return Number(value, qualifier_after(match.group("after") or ""))


def qualifier_after(word: str) -> Qualifier:
    """The qualifier a word right after a number gives it."""
    if word in APPROXIMATE_AFTER:
        return Qualifier.APPROXIMATE
    if word in AT_LEAST_AFTER:
        return Qualifier.AT_LEAST
    if word in AT_MOST_AFTER:
        return Qualifier.AT_MOST
    return Qualifier.EXACT


def qualifier_before(prefix: str) -> Qualifier:
    """The qualifier the words right before a number give it (约, 近, 超过 …)."""
    for word in AT_MOST_BEFORE:
        if prefix.endswith(word):
            return Qualifier.AT_MOST
    for word in AT_LEAST_BEFORE:
        if prefix.endswith(word):
            return Qualifier.AT_LEAST
    for word in APPROXIMATE_BEFORE:
        if prefix.endswith(word):
            return Qualifier.APPROXIMATE
    return Qualifier.EXACT


YUAN_PER_UNIT = {"元": Decimal(1), "万元": Decimal(10_000), "亿元": Decimal(100_000_000), "千元": Decimal(1000)}


def to_yuan(amount: int | Decimal, unit: str | None) -> Decimal | None:
    """Convert an amount printed in ``unit`` to yuan; ``None`` if the unit is unknown."""
    if unit is None or unit not in YUAN_PER_UNIT:
        return None
    return Decimal(amount) * YUAN_PER_UNIT[unit]
