from decimal import Decimal

import pytest

from govdisclosure import Qualifier
from govdisclosure.forms.narrative import AFTER_UNIT, BETWEEN_NUMBER_AND_UNIT
from govdisclosure.text.numbers import arabic_to_number, chinese_to_int, qualifier_after, read_number, to_yuan


@pytest.mark.parametrize(("raw", "value"), [
    ("一", 1), ("两", 2), ("十", 10), ("十二", 12), ("二十", 20), ("一百零五", 105), ("一千二百", 1200),
    ("三万五千", 35000), ("二〇二一", 2021), ("壹佰贰拾叁", 123), ("一亿二千万", 120_000_000),
])
def test_chinese_numerals(raw, value):
    """Chinese numerals with units, digit by digit, and in financial characters."""
    assert chinese_to_int(raw) == value


@pytest.mark.parametrize("raw", ["", "十十", "百千", "一二三x"])
def test_not_chinese_numerals(raw):
    """Strings that are not numerals give None rather than a wrong number."""
    assert chinese_to_int(raw) is None


@pytest.mark.parametrize(("raw", "value", "qualifier"), [
    ("1200余", 1200, Qualifier.APPROXIMATE),
    ("5500 余", 5500, Qualifier.APPROXIMATE),
    ("一千二百余", 1200, Qualifier.APPROXIMATE),
    ("1.2万", 12000, Qualifier.EXACT),
    ("30以上", 30, Qualifier.AT_LEAST),
    ("138", 138, Qualifier.EXACT),
])
def test_read_number(raw, value, qualifier):
    """Whole tokens with multipliers and approximation words."""
    number = read_number(raw)

    assert number is not None
    assert number.value == value
    assert number.qualifier is qualifier


def test_plain_numbers_refuse_odd_digits():
    """Superscripts and overlong digit runs are not numbers."""
    assert arabic_to_number("²") is None
    assert arabic_to_number("1" * 16) is None
    assert arabic_to_number("1,286") == 1286
    assert arabic_to_number("11.876") == Decimal("11.876")


def test_money_units():
    """万元 amounts become yuan; an unknown unit gives None."""
    assert to_yuan(Decimal("0.5"), "万元") == Decimal("5000.0")
    assert to_yuan(3940, "元") == Decimal(3940)
    assert to_yuan(1, "美元") is None


def test_every_qualifying_word_the_prose_reader_allows_gives_a_qualifier():
    """The words allowed between a number and its unit, or after the unit, each make it inexact."""
    for word in (*BETWEEN_NUMBER_AND_UNIT, *AFTER_UNIT):
        assert qualifier_after(word) is not Qualifier.EXACT, word
