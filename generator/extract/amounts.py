"""Money amounts: "500 miljard dollar", "€1,5 miljard", "$40 million", "£3bn".

Currency words, signs, scale words and the decimal separator come from the
``amounts:`` section of the language file; number words from ``dates.numbers``.
A number needs a currency next to it to be money: "1,5 miljard" alone is not.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from generator.extract.dates.grammar import normalize, words
from generator.extract.text.words import word_set, word_spans
from generator.languages import load_language
from generator.model import Amount

_WORD = re.compile(r"\w+")
_REACH = 6  # words from the first of an amount to its currency: "tussen 20 en 30 miljoen euro"
_NUMBER = r"(?<![\w.,])(?:\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d])"
_NUMBER_SPACES = re.compile(r"[\u00a0\u202f ]")  # thousands separators that are spaces
_NOT_DIGIT = re.compile(r"\D")
_SCALE_VALUES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


@dataclass(frozen=True)
class _Money:
    pattern: re.Pattern[str]
    currencies: dict[str, str]  # lower-cased word or sign → ISO code
    scales: dict[str, float]
    numbers: dict[str, float]
    decimal: str
    currency_words: frozenset[str]  # the last word of every currency name and code
    signs: re.Pattern[str]  # currency signs that are not words ("€", "$")


@functools.cache
def _money(language: str) -> _Money:
    data = load_language(language)
    money, numbers = data["amounts"], data["dates"]["numbers"]
    words_to_numbers = {normalize(w): float(k) for k, ws in numbers.items() for w in ws}
    words_to_numbers.update({normalize(w): float(k) for k, ws in money["fractions"].items() for w in ws})
    scale_words = {normalize(w): _SCALE_VALUES[k] for k, ws in money["scales"].items() for w in ws}
    # one-letter scales ("$40m", "£3bn") only stick to the number, else "5 m" would be millions
    long_scales = words([w for w in scale_words if len(w) > 2])
    short_scales = words([w for w in scale_words if len(w) <= 2])
    scale = rf"(?:\s*(?P<{{0}}>{long_scales})|(?P<{{0}}s>{short_scales}))"
    number = rf"(?:{_NUMBER}|(?i:{words(words_to_numbers)}))"
    sign = words([w for ws in money["symbols"].values() for w in ws])
    currency = words([w for ws in money["currencies"].values() for w in ws])
    join = rf"(?:{words(money['range_joiners'])}|(?(start){words(money['paired_joiners'])}|(?!)))"
    start = words(money["range_starts"])
    pattern = re.compile(
        rf"(?:(?P<start>{start})\s+)?(?:"
        rf"(?P<sign>{sign})\s?(?P<n1>{number}){scale.format('k1')}?"
        rf"(?:\s*{join}\s*(?:{sign})?\s?(?P<n2>{number}){scale.format('k2')}?)?"
        rf"|(?P<m1>{number}){scale.format('l1')}?(?:\s*{join}\s*(?P<m2>{number}){scale.format('l2')}?)?"
        rf"\s*(?P<word>{currency}|{sign}))",
        re.I,
    )
    currencies = {normalize(w): code for code, ws in money["currencies"].items() for w in ws}
    currencies.update({w.lower(): code for code, ws in money["symbols"].items() for w in ws})
    all_names = [w for ws in money["currencies"].values() for w in ws] + [w for ws in money["symbols"].values() for w in ws]
    # "C$" is found by its sign, not by a word "c"
    last_words = frozenset(_WORD.findall(w.lower())[-1] for w in all_names if _WORD.fullmatch(w.split()[-1]))
    sign_chars = sorted({c for w in all_names for c in w if not (c.isalnum() or c.isspace())})
    return _Money(pattern, currencies, scale_words, words_to_numbers, money["decimal_separator"],
                  last_words, re.compile("[" + re.escape("".join(sign_chars)) + "]"))


def find_amounts(text: str, language: str) -> list[Amount]:
    """The money amounts in ``text``, in order."""
    money = _money(language)
    amounts = []
    covered = -1
    for start in _starts(text, money):
        match = money.pattern.match(text, start) if start >= covered else None
        amount = _amount(match, money) if match else None
        if amount is not None:
            amounts.append(amount)
            covered = match.end()
    return amounts


def _starts(text: str, money: _Money) -> list[int]:
    """Where an amount may begin: a few words before a currency word or sign.

    Trying the pattern only there keeps sentences without money nearly free.
    """
    signs = [m.start() for m in money.signs.finditer(text)]
    if not signs and money.currency_words.isdisjoint(word_set(text)):
        return []
    lower = text.lower()
    if len(lower) == len(text):
        tokens = word_spans(text)  # the same words, already found by the date finder
    else:  # a few characters grow when lower-cased ("İ"): offsets into the lower-cased text, as ever
        tokens = tuple((m.start(), m.end(), m.group()) for m in _WORD.finditer(lower))
    starts = set(signs)
    for i in [i for i, token in enumerate(tokens) if token[2] in money.currency_words]:
        starts.update(t[0] for t in tokens[max(0, i - _REACH) : i + 1])
    positions = [t[0] for t in tokens]
    for sign in signs:
        index = bisect.bisect_left(positions, sign)
        starts.update(positions[max(0, index - _REACH) : index])
    return sorted(starts)


def _amount(match: re.Match[str], money: _Money) -> Amount | None:
    g = match.groupdict()
    code = money.currencies.get(normalize(g["sign"] or g["word"]).lower())
    low, high = (g["n1"], g["n2"]) if g["sign"] else (g["m1"], g["m2"])
    low_scale = _scale(money, g, "k1" if g["sign"] else "l1")
    high_scale = _scale(money, g, "k2" if g["sign"] else "l2")
    low_value = _number(low, money)
    if code is None or low_value is None:
        return None
    if high is None:  # a range start without a range ("een investering van 1,5 miljard euro")
        text = match.string[match.start("sign" if g["sign"] else "m1") : match.end()]
        return Amount(_round(low_value * low_scale), code, text.strip())
    high_value = _number(high, money)
    if high_value is None:
        return None
    # "tussen 20 en 30 miljoen": the scale of the second number counts for both
    low_scale = low_scale if low_scale != 1 else high_scale
    return Amount(_round(low_value * low_scale), code, match.group().strip(), _round(high_value * high_scale))


def _scale(money: _Money, g: dict, name: str) -> float:
    word = g[name] or g[name + "s"]
    return money.scales.get(normalize(word), 1.0) if word else 1.0


def _number(text: str, money: _Money) -> float | None:
    """A number as the language writes it: "1,5" and "1.500" in Dutch, "1.5" and "1,500" in English."""
    word = normalize(text)
    if word in money.numbers:
        return money.numbers[word]
    digits = _NUMBER_SPACES.sub("", text)
    other = "." if money.decimal == "," else ","
    if money.decimal in digits and other in digits:  # "1.234,5": the last mark is the decimal one
        mark = max(digits.rfind("."), digits.rfind(","))
        integer, fraction = digits[:mark], digits[mark + 1 :]
    elif digits.count(money.decimal) == 1:
        integer, _, fraction = digits.partition(money.decimal)
    elif other in digits and not re.fullmatch(rf"\d{{1,3}}(?:\{other}\d{{3}})+", digits):
        integer, _, fraction = digits.partition(other)  # "€1.5 miljard" in Dutch text
    else:  # "1.500.000", "1,500": groups of thousands
        integer, fraction = digits, ""
    integer = _NOT_DIGIT.sub("", integer)
    try:
        return float(f"{integer or 0}.{fraction or 0}")
    except ValueError:
        return None


def _round(value: float) -> float:
    return round(value, 2)
