"""The ``positions:`` data of a language, compiled once into regular expressions.

Every word the positions layer knows (reporting verbs and their forms,
pronouns, descriptions such as "de commissie", channel names) lives in
``generator/languages/<code>.yml``; this module only turns it into patterns.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from generator.languages import load_language

_GAP = "…"
# a gap ("liet op Instagram weten") spans a few words, never a clause break
_GAP_WORDS = r"(?:\s+[^\s,.;:!?\u2063]+){0,6}?"


@dataclass(frozen=True)
class VerbForm:
    lemma: str
    particle: re.Pattern[str] | None  # the separable rest after a gap, if any


_WORD = re.compile(r"[^\W\d_][\w-]*")


@dataclass(frozen=True)
class Lexicon:
    """Compiled ``positions:`` data of one language."""

    language: str
    verb_heads: dict[str, tuple[re.Pattern[str], ...]]
    forms: dict[str, tuple[VerbForm, ...]]
    verb_second: bool
    zero_complement: frozenset[str]
    quote_only: frozenset[str]
    naming_verbs: frozenset[str]
    anaphoric_object: re.Pattern[str] | None
    affiliation: re.Pattern[str]
    question_verbs: frozenset[str]
    not_before: frozenset[str]
    negations: frozenset[str]
    complementizer: re.Pattern[str]
    finite_verb: re.Pattern[str]
    question_complementizer: re.Pattern[str]
    conjunctions: frozenset[str]
    according_to: re.Pattern[str]
    trailing: re.Pattern[str]
    marker_words: tuple[str, ...]
    pronoun: re.Pattern[str]
    pronoun_kinds: dict[str, tuple[str, ...]]
    object_pronoun: re.Pattern[str]
    object_verbs: frozenset[str]
    claim_opener: re.Pattern[str] | None
    plural_forms: frozenset[str]
    description_lead: re.Pattern[str]
    description_of: re.Pattern[str]
    description_determiners: frozenset[str]
    description_heads: frozenset[str]  # last word of each head noun, for a cheap look-up first
    indefinite_words: frozenset[str]
    determiner_words: frozenset[str]
    person_nouns: frozenset[str]
    spokesperson_nouns: frozenset[str]
    prepositions: frozenset[str]
    adverb_gap: re.Pattern[str]
    known_channel: re.Pattern[str]
    channel_starts: frozenset[str]  # first words of every channel pattern
    channel_names: dict[str, str]
    introduced_channel: re.Pattern[str]
    told_channel: re.Pattern[str]
    generic_channel: re.Pattern[str]
    statement_of: re.Pattern[str]
    indefinite: tuple[str, ...]
    editorial: tuple[str, ...]
    opinion: re.Pattern[str]
    tweet_verb: str
    date_cues: tuple[str, ...]


def verbs_in(lex: "Lexicon", text: str) -> Iterator[re.Match[str]]:
    """Every reporting-verb form in ``text`` (its first words; particles come later)."""
    heads = lex.verb_heads
    lower = text.lower()
    hits = heads.keys() & _WORD.findall(lower)  # the dict's own look-up, no set of every word
    if not hits:
        return  # most paragraphs report nothing: one C-level scan says so
    starts = sorted(start for start, _ in find_words(text, lower, hits))
    for start in starts:
        for pattern in heads[_WORD.match(text, start).group().lower()]:
            match = pattern.match(text, start)
            if match:
                yield match
                break


def find_words(text: str, lower: str, words: Iterable[str], compounds: bool = False) -> list[tuple[int, int]]:
    """Where the (lower-case) ``words`` stand in ``text`` as whole words; ``compounds``
    also finds them at the end of a hyphenated word, spanning it all ("oud-premier").

    ``str.find`` on the lower-cased text runs in C; a regex per word, or one
    alternation, scans far slower. ``lower`` is ``text.lower()``.
    """
    if len(lower) != len(text):  # lower-casing changed the length (rare letters): stay exact
        return sorted(m.span() for w in words for m in occurrences(w, compounds).finditer(text))
    spans = []
    for word in words:
        index = lower.find(word)
        while index >= 0:
            end = index + len(word)
            before = lower[index - 1] if index else " "
            after = lower[end] if end < len(lower) else " "
            if not (after.isalnum() or after in "-_") and not (before.isalnum() or before == "_"):
                if before != "-":
                    spans.append((index, end))
                elif compounds:
                    start = index - 1
                    while start and (lower[start - 1].isalnum() or lower[start - 1] == "_"):
                        start -= 1
                    spans.append((start, end))
            index = lower.find(word, end)
    return sorted(spans)


@functools.lru_cache(maxsize=4096)
def occurrences(word: str, compounds: bool = False) -> re.Pattern[str]:
    """``word`` as a whole word in any case; with ``compounds`` also after a hyphen ("oud-premier")."""
    before = r"(?<![\w-])(?:[\w]+-)?" if compounds else r"(?<![\w-])"
    return re.compile(rf"{before}{re.escape(word)}(?![\w-])", re.I)


def _words(items: list[str]) -> str:
    """An alternation of ``items``, longest first, spaces matching any whitespace."""
    for item in items:
        if not isinstance(item, str):  # YAML reads a bare no/on/off as a boolean
            raise ValueError(f"positions data: {item!r} is not a word; quote it in the language file")
    ordered = sorted({i.strip() for i in items if i.strip()}, key=len, reverse=True)
    return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in ordered)


_Heads = dict[str, tuple[re.Pattern[str], ...]]


def _compile_verbs(verbs: dict[str, list[str]]) -> tuple[_Heads, dict[str, tuple[VerbForm, ...]]]:
    """Verb forms by their first word, for a dictionary look-up per word of text:
    one regex alternation of some 150 forms costs far more than a set probe."""
    forms: dict[str, list[VerbForm]] = {}
    for lemma, inflections in verbs.items():
        for inflection in inflections:
            head, _, rest = (part.strip() for part in inflection.partition(_GAP))
            particle = re.compile(rf"{_GAP_WORDS}\s+(?:{_words([rest])})\b", re.I) if rest else None
            forms.setdefault(head.lower(), []).append(VerbForm(lemma, particle))
    # forms with a particle first: "vraagt zich … af" before plain "vraagt"
    ordered = {k: tuple(sorted(v, key=lambda f: f.particle is None)) for k, v in forms.items()}
    heads: dict[str, list[re.Pattern[str]]] = {}
    for key in sorted(forms, key=len, reverse=True):  # "vraagt zich" before "vraagt"
        heads.setdefault(key.split()[0], []).append(re.compile(rf"{_words([key])}(?![\w-])", re.I))
    return {k: tuple(v) for k, v in heads.items()}, ordered


def _channel_names(names: list[str]) -> tuple[str, dict[str, str]]:
    # short names (X, AD, EW) only in their own spelling; "NPO radio 1" in any case
    alternatives = []
    for name in sorted(set(names), key=len, reverse=True):
        escaped = re.escape(name).replace(r"\ ", r"\s+")
        alternatives.append(escaped if len(name) <= 3 else f"(?i:{escaped})")
    pattern = "|".join(alternatives)
    return pattern, {" ".join(n.lower().split()): n for n in names}


@functools.cache
def lexicon(language: str) -> Lexicon:
    """The compiled positions data of ``language`` (cached)."""
    data = load_language(language)["positions"]
    verb, forms = _compile_verbs(data["verbs"])
    prepositions = data["prepositions"]
    channel_pattern, channel_names = _channel_names(data["channels"])
    determiners = _words(data["determiners"] + data["indefinite"])
    channel_preps = _words(data["channel_prepositions"])
    owners = r"(?:[\w-]+\s+){0,4}?"
    return Lexicon(
        language=language,
        verb_heads=verb,
        forms=forms,
        verb_second=bool(data["verb_second"]),
        zero_complement=frozenset(data["zero_complement"]),
        quote_only=frozenset(data["quote_only"]),
        naming_verbs=frozenset(data["naming_verbs"]),
        anaphoric_object=(
            re.compile(rf"\s*(?:{_words(data['anaphoric_objects'])})(?![\w-])", re.I)
            if data["anaphoric_objects"] else None
        ),
        # what may stand between a name and its verb: "van ABN Amro", "(Infrastructuur)"
        affiliation=re.compile(
            rf"(?:\s+(?i:{_words(data['description_links'])})\s+(?:(?i:{determiners})\s+)?"
            r"[A-Z0-9][\w.&-]*(?:\s+(?:(?:of|van|voor|for|de|der|the|and|en)\s+)*[A-Z0-9][\w.&-]*)*"
            r"|\s*\([^()]{1,60}\))"
        ),
        question_verbs=frozenset(data["question_verbs"]),
        not_before=frozenset(w.lower() for w in data["not_before"]),
        negations=frozenset(" ".join(w.lower().split()) for w in data["negations"]),
        complementizer=re.compile(rf"(?<![\w-])(?:{_words(data['complementizers'])})(?![\w-])", re.I),
        conjunctions=frozenset(w.lower() for w in data["conjunctions"]),
        finite_verb=re.compile(rf"(?<![\w-])(?:{_words(data['finite_verbs'])})(?![\w-])", re.I),
        question_complementizer=re.compile(
            rf"(?<![\w-])(?:{_words(data['question_complementizers'])})(?![\w-])", re.I
        ),
        according_to=re.compile(rf"(?<![\w-])(?:{_words(data['according_to'])})(?![\w-])", re.I),
        marker_words=tuple({w.split()[0].lower() for w in data["according_to"] + data["trailing"]}),
        trailing=re.compile(rf"(?<![\w-])(?:{_words(data['trailing'])})(?![\w-])", re.I),
        pronoun=re.compile(rf"(?<![\w-])(?:{_words(list(data['pronouns']))})(?![\w-])", re.I),
        pronoun_kinds={k.lower(): tuple(v) for k, v in {**data["object_pronouns"], **data["pronouns"]}.items()},
        object_pronoun=re.compile(rf"(?<![\w-])(?:{_words(list(data['object_pronouns']))})(?![\w-])", re.I),
        object_verbs=frozenset(data["object_verbs"]),
        claim_opener=(
            re.compile(rf"(?:\S+\s+){{0,3}}?(?=(?:{_words(data['claim_openers'])})\s)", re.I)
            if data["claim_openers"] else None
        ),
        plural_forms=frozenset(w.lower() for w in data["plural_forms"]),
        # "de voormalig voorzitter": a determiner, up to three words, the head noun (checked apart)
        description_lead=re.compile(
            rf"(?:{determiners})\s+(?:(?!(?:{determiners})\s)[\w-]+\s+){{0,3}}[\w-]+", re.I
        ),
        # "van de Europese Centrale Bank", "of the Ministry of Defence"
        description_of=re.compile(
            rf"\s+(?i:{_words(data['description_links'])})\s+(?:(?i:{determiners})\s+)?"
            r"[A-Z0-9][\w.&-]*(?:\s+(?:(?:of|van|voor|for|de|der|the|and|en)\s+)*[A-Z0-9][\w.&-]*)*"
        ),
        description_determiners=frozenset(w.lower() for w in data["determiners"] + data["indefinite"]),
        description_heads=frozenset(
            n.split()[-1].lower().strip("'")
            for n in data["person_nouns"] + data["organization_nouns"] + data["spokesperson_nouns"]
        ),
        indefinite_words=frozenset(w.lower() for w in data["indefinite"]),
        determiner_words=frozenset(w.lower() for w in data["determiners"] + data["indefinite"] + data["possessives"]),
        person_nouns=frozenset(n.lower() for n in data["person_nouns"]),
        spokesperson_nouns=frozenset(n.lower() for n in data["spokesperson_nouns"]),
        prepositions=frozenset(w.lower() for w in prepositions),
        adverb_gap=re.compile(rf"(?:\s*(?:{_words(data['adverbs'])})(?![\w-]))*\s*", re.I),
        known_channel=re.compile(
            rf"(?<![\w-])(?i:{channel_preps})\s+{owners}(?P<name>{channel_pattern})(?![\w-])"
        ),
        channel_names=channel_names,
        channel_starts=frozenset(
            w.split()[0].lower() for w in data["channel_prepositions"] + data["told"] + data["channel_introducers"]
        ),
        introduced_channel=re.compile(
            rf"(?<![\w-])(?i:{_words(data['channel_introducers'])})\s+"
            r"(?P<name>[A-Z][\w.&-]*(?:\s+(?:[A-Z0-9][\w.&-]*))*)"
        ),
        told_channel=re.compile(
            rf"(?<![\w-])(?i:{_words(data['told'])})\s+(?:(?i:{determiners})\s+)?"
            r"(?P<name>[A-Z][\w.&-]*(?:\s+(?:[A-Z0-9][\w.&-]*))*)"
        ),
        generic_channel=re.compile(
            rf"(?<![\w-])(?i:{channel_preps})\s+(?P<name>(?i:{determiners}|{_words(data['possessives'])})\s+"
            rf"(?:[\w-]+\s+){{0,2}}?(?i:{_words(data['channel_nouns'])}))(?![\w-])"
        ),
        statement_of=re.compile(
            rf"\s+(?:(?i:{determiners}|{_words(data['possessives'])})\s+)?(?:[\w-]+\s+){{0,2}}?"
            rf"(?i:{_words(data['channel_nouns'])})\s+(?i:{_words(data['statement_links'])})\s+"
        ),
        indefinite=tuple(data["indefinite"]),
        editorial=tuple(data["editorial"]),
        opinion=re.compile(rf"(?<![\w-])(?:{_words(data['opinion_markers'])})(?![\w-])", re.I),
        tweet_verb=data["tweet_verb"],
        date_cues=tuple(data["date_cues"]),
    )
