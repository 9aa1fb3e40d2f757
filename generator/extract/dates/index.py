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

from generator.extract.dates.grammar import grammar
from generator.extract.text.calendar import calendar_names
from generator.extract.text.words import WORD, word_set, word_spans
from generator.languages import load_language

_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|2[01])\d\d(?!\d)")
_NUMERIC = re.compile(r"\d[-/.]\d{1,2}[-/.]\d")  # 29-01-2025, 2025-01-29, 1/29/2025
_REACH = 7  # the longest prefix: "in de nacht van 24 op" / "in the first half of"


@dataclass(frozen=True)
class Index:
    requirements: tuple[tuple[frozenset[str], ...], ...]  # per pattern: word sets that must all occur
    checks: tuple[tuple[frozenset[str], ...], ...]  # the requirements a present head word does not settle
    heads: dict[str, tuple[int, ...]]  # word → patterns anchored on it
    firsts: tuple[frozenset[str], ...]  # per pattern: the words a match may begin with
    inner: frozenset[str]  # words that may stand between an expression's start and its head
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
        "numeric": ({"<numeric>"},),
        "day_month": (months, {"<digit>"}),
        "month_day": (months, {"<digit>"}),
        "month": (months,),
        "season": (_last_words(_flat(data["seasons"])),),
        "year": ({"<year>"},),
        "weak_year": ({"<year>"},),
        "attributive_year": ({"<year>"}, _last_words(data["cues"]["attributive_year"])),
        "quarter": (_last_words(_flat(data["quarters"])),),
        "week_number": (_last_words(data["week_numbers"]), {"<digit>"}),
        "weekend": (_last_words(data["units"]["weekend"]),),
        "holiday": (_last_words(_flat(data["holidays"])),),
        "weekday": (weekdays,),
        "relative_unit": (_last_words(ws[0] for ws in data["units"].values()),
                          frozenset(w for p in _flat(data["modifiers"]) + data["parts"] for w in WORD.findall(p.lower()))),
        "relative_day": (_last_words(_flat(data["relative_days"])),),
        "ago": (units, shifts),
        "ahead": (units, _last_words(data["ahead_prefix"] + data["ahead_prefix_if_future"])),
        "anaphora": (_last_words(_flat(data["anaphora"])),),
        "vague": (_last_words(_flat(data["vague"])),),
    }
    shapes = [shape for shape, _ in grammar(language).patterns]
    requirements = tuple(tuple(frozenset(s) for s in needs[shape]) for shape in shapes)
    # The first set of each shape holds its heads: the words a match is anchored on
    # ("maart" for "op 12 maart"); the other sets only need to occur somewhere.
    heads: dict[str, list[int]] = {}
    for number, sets in enumerate(requirements):
        for word in sets[0]:
            # "<numeric>" only says the sentence has such a date; it starts at a digit
            heads.setdefault("<digit>" if word == "<numeric>" else word, []).append(number)
    f = _first_words
    day_start = f(data["day_cues"] + data["range_starts"]) | weekdays
    part_start = f(data["parts"] + data["articles"]) | f(_flat(data["modifiers"]))
    starts = {
        "numeric": {"<digit>"},
        "day_month": day_start | f(data["day_prefix"]) | {"<digit>"},
        "month_day": day_start | months,
        "month": f(data["cues"]["month"]) | part_start | months,
        "season": f(data["cues"]["month"] + data["cues"]["year"]) | part_start | f(_flat(data["seasons"])),
        "year": f(data["cues"]["year"] + data["range_starts"] + data["parts"]),
        "weak_year": f(data["cues"]["weak_year"]),
        "attributive_year": f(data["cues"]["attributive_year"]),
        "quarter": f(data["cues"]["month"] + data["cues"]["year"]) | part_start | f(_flat(data["quarters"])),
        "week_number": f(data["cues"]["month"] + data["cues"]["year"] + data["week_numbers"]),
        "weekend": f(data["weekend_cues"]),
        "holiday": day_start | f(_flat(data["holidays"])),
        "weekday": day_start | part_start,
        "relative_unit": f(data["cues"]["year"] + data["range_starts"]) | day_start | part_start,
        "relative_day": day_start | f(_flat(data["relative_days"])),
        "ago": f(data["approximators"] + data["vague_counts"] + _flat(data["numbers"])) | {"<digit>"},
        "ahead": f(data["ahead_prefix"] + data["ahead_prefix_if_future"]),
        "anaphora": f(_flat(data["anaphora"])),
        "vague": f(_flat(data["vague"])),
    }
    prefixes = (
        data["cues"]["month"] + data["cues"]["year"] + data["cues"]["weak_year"] + data["day_cues"]
        + data["cues"]["attributive_year"] + _flat(data["quarters"]) + data["weekend_cues"]
        + _flat(data["holidays"])
        + data["parts"] + data["articles"] + data["day_prefix"] + data["range_starts"]
        + data["approximators"] + data["vague_counts"] + data["ahead_prefix"] + data["ahead_prefix_if_future"]
        + _flat(data["modifiers"]) + _flat(data["anaphora"]) + _flat(data["vague"])
        + _flat(data["numbers"]) + _flat(data["relative_days"])
    )
    return Index(
        requirements=requirements,
        # a head word is a word of the first set, except the digit that stands for "<numeric>"
        checks=tuple(sets if "<numeric>" in sets[0] else sets[1:] for sets in requirements),
        heads={word: tuple(numbers) for word, numbers in heads.items()},
        firsts=tuple(frozenset(starts[shape]) for shape in shapes),
        inner=frozenset(w for p in prefixes + data["of"] + data["range_joiners"] + data["list_joiners"]
                        for w in WORD.findall(p.lower())) | frozenset(heads) | frozenset(names.weekdays),
        not_date_words=_last_words(data["not_dates"]),
        any_head=frozenset(heads),
    )


def anchored_matches(text: str, language: str) -> list[tuple[int, re.Match[str]]]:
    """``(pattern number, match)`` for every shape that matches where it can start."""
    found = index(language)
    words = word_set(text)
    if _DIGIT.search(text):
        markers = ["<digit>"]
        if _YEAR.search(text):
            markers.append("<year>")
        if _NUMERIC.search(text):
            markers.append("<numeric>")
        words = words.union(markers)
    present = found.any_head.intersection(words)
    if not present:
        return []
    checks = found.checks
    active = set()
    for number in {n for word in present for n in found.heads[word]}:
        for required in checks[number]:
            if words.isdisjoint(required):
                break
        else:
            active.add(number)
    if not active:
        return []
    spans = word_spans(text)
    keys = ["<digit>" if w[0].isdigit() else w for _, _, w in spans]
    patterns = grammar(language).patterns
    inner, firsts = found.inner, found.firsts
    covered: dict[int, int] = {}  # pattern → end of its last match: a later start only finds less
    matches = []
    for i in [i for i, key in enumerate(keys) if key in present]:
        if keys[i] == "<digit>":
            heads = found.heads.get("<digit>", ())
            if _YEAR.fullmatch(spans[i][2]):
                heads += found.heads.get("<year>", ())
        else:
            heads = found.heads[keys[i]]
        anchored = [n for n in heads if n in active]
        if not anchored:
            continue
        first_possible = i
        while first_possible > max(0, i - _REACH) and (
                keys[first_possible - 1] in inner or keys[first_possible - 1] == "<digit>"):
            first_possible -= 1  # an expression cannot reach back past a word like "presenteert"
        for number in anchored:
            starters = firsts[number]
            for j in range(first_possible, i + 1):  # the earliest start gives the longest match
                if keys[j] in starters and spans[j][0] >= covered.get(number, 0):
                    match = patterns[number][1].match(text, spans[j][0])
                    if match:
                        matches.append((number, match))
                        covered[number] = match.end()
                        if match.end() > spans[i][0]:
                            break  # it reaches the head word: later starts only find less
    return matches


def may_hold_non_dates(text: str, language: str) -> bool:
    """Whether ``text`` has a word some non-date phrase ("per jaar") ends with."""
    return not index(language).not_date_words.isdisjoint(word_set(text))
