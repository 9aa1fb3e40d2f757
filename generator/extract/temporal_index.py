"""Find where a date expression can start, so patterns run only there.

Scanning every sentence with a dozen large patterns costs milliseconds per
article. Every shape needs certain words to be present (a month name, a unit
and "geleden", a four-digit year): a set test on the sentence's words tells
which shapes can match at all, and the shape is then tried only at the few
word starts just before such a "head" word.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from generator.extract.calendar import calendar_names
from generator.extract.temporal_grammar import grammar
from generator.languages import load_language

WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|2[01])\d\d(?!\d)")
_REACH = 7  # the longest prefix: "in de nacht van 24 op" / "in the first half of"


@dataclass(frozen=True)
class Index:
    requirements: tuple[tuple[frozenset[str], ...], ...]  # per pattern: word sets that must all occur
    heads: dict[str, tuple[int, ...]]  # word → patterns anchored on it
    starters: frozenset[str]  # words an expression may begin with
    not_date_words: frozenset[str]
    any_head: frozenset[str]  # all head words: a sentence without one holds no date


def _last_words(phrases) -> frozenset[str]:
    return frozenset(WORD.findall(p.lower())[-1] for p in phrases if WORD.search(p))


def _first_words(phrases) -> frozenset[str]:
    return frozenset(WORD.findall(p.lower())[0] for p in phrases if WORD.search(p))


def _flat(mapping: dict) -> list[str]:
    return [w for ws in mapping.values() for w in ws]


@functools.cache
def index(language: str) -> Index:
    """The head words and starters of ``language``'s patterns (cached)."""
    data = load_language(language)["dates"]
    names = calendar_names(language)
    dayparts = [p.lower() for p in data["day_parts"]]
    months = frozenset(names.months)
    weekdays = frozenset(names.weekdays) | {d + p for d in names.weekdays for p in dayparts}
    units = _last_words(_flat(data["units"]))
    shifts = _last_words(data["ago"] + data["later"] + data["earlier"] + data["ahead_suffix"])
    needs = {
        "numeric": ({"<digit>"},),
        "day_month": ({"<digit>"}, months),
        "month_day": ({"<digit>"}, months),
        "month": (months,),
        "season": (_last_words(_flat(data["seasons"])),),
        "year": ({"<year>"},),
        "weak_year": ({"<year>"},),
        "attributive_year": ({"<year>"}, _last_words(data["cues"]["attributive_year"])),
        "quarter": (_last_words(_flat(data["quarters"])),),
        "weekday": (weekdays,),
        "relative_unit": (_last_words(ws[0] for ws in data["units"].values()),
                          frozenset(w for p in _flat(data["modifiers"]) for w in WORD.findall(p.lower()))),
        "relative_day": (_last_words(_flat(data["relative_days"])),),
        "ago": (units, shifts),
        "ahead": (units, _last_words(data["ahead_prefix"])),
        "anaphora": (_last_words(_flat(data["anaphora"])),),
        "vague": (_last_words(_flat(data["vague"])),),
    }
    shapes = [shape for shape, _ in grammar(language).patterns]
    requirements = tuple(tuple(frozenset(s) for s in needs[shape]) for shape in shapes)
    heads: dict[str, list[int]] = {}
    for number, sets in enumerate(requirements):
        for word in frozenset().union(*sets):
            heads.setdefault(word, []).append(number)
    prefixes = (
        data["cues"]["month"] + data["cues"]["year"] + data["cues"]["weak_year"] + data["day_cues"]
        + data["cues"]["attributive_year"] + _flat(data["quarters"])
        + data["parts"] + data["articles"] + data["day_prefix"] + data["range_starts"]
        + data["approximators"] + data["vague_counts"] + data["ahead_prefix"]
        + _flat(data["modifiers"]) + _flat(data["anaphora"]) + _flat(data["vague"])
        + _flat(data["numbers"]) + _flat(data["relative_days"])
    )
    return Index(
        requirements=requirements,
        heads={word: tuple(numbers) for word, numbers in heads.items()},
        starters=_first_words(prefixes) | frozenset(heads),
        not_date_words=_last_words(data["not_dates"]),
        any_head=frozenset(heads),
    )


def anchored_matches(text: str, language: str) -> list[tuple[int, re.Match[str]]]:
    """``(pattern number, match)`` for every shape that matches where it can start."""
    found = index(language)
    words = set(WORD.findall(text.lower()))
    if _DIGIT.search(text):
        words.add("<digit>")
        if _YEAR.search(text):
            words.add("<year>")
    if found.any_head.isdisjoint(words):
        return []
    active = {n for n, sets in enumerate(found.requirements) if all(not words.isdisjoint(s) for s in sets)}
    if not active:
        return []
    patterns = grammar(language).patterns
    spans = [(m.start(), m.group().lower()) for m in WORD.finditer(text)]
    tried: set[tuple[int, int]] = set()
    matches = []
    for i, (_, word) in enumerate(spans):
        keys = (word,)
        if word[0].isdigit():
            keys = (word, "<digit>", "<year>") if _YEAR.fullmatch(word) else (word, "<digit>")
        anchored = [n for key in keys for n in found.heads.get(key, ()) if n in active]
        if not anchored:
            continue
        for j in range(max(0, i - _REACH), i + 1):
            start, first = spans[j]
            if j != i and first not in found.starters and not first[0].isdigit():
                continue
            for number in anchored:
                if (number, start) not in tried:
                    tried.add((number, start))
                    match = patterns[number][1].match(text, start)
                    if match:
                        matches.append((number, match))
    return matches


def may_hold_non_dates(text: str, language: str) -> bool:
    """Whether ``text`` has a word some non-date phrase ("per jaar") ends with."""
    return not index(language).not_date_words.isdisjoint(WORD.findall(text.lower()))
