"""Roles: the title or apposition the text gives an actor, in the source language.

Three shapes cover most news writing: a title word before the name
("FNV-voorzitter Tuur Elzinga", "president Trump"), an apposition after it
("Haroon Sheikh, hoogleraar aan de Vrije Universiteit Amsterdam, zegt") and
an apposition before it ("the Governor of California, Gavin Newsom").
"""

from __future__ import annotations

import re

from generator.extract.actors import gazetteer
from generator.extract.actors.role_words import is_role, sentence_case

_NOT_IN_WORD = frozenset(",;:()‘’“”\"")
_SEGMENT_ENDS = ",;:()‘“”\".!?"
_APPOSITION_AFTER = re.compile(r",\s+([^,;:()‘“”\"]{2,160}?)(?=,|\.\s|\.$|;|\)|$)")
_MAX_APPOSITION_WORDS = 12
# How far into an apposition the role noun may stand ("de voormalige topman van ...").
_ROLE_WINDOW = 3


def role_near(
    text: str, start: int, end: int, language: str, floor: int = 0, names: frozenset[str] = frozenset()
) -> str | None:
    """The role ``text`` gives the name at ``start:end``, if any.

    ``floor`` is where the sentence starts; ``names`` (lower-case) are the
    article's names, which keep their capital inside a role ("Feyenoord-trainer").
    """
    words = gazetteer.word_sets(language)
    window = max(floor, start - 160)
    before = text[window:start]
    word, rest = last_word(before)
    if word and is_role(word, language):
        role = _with_previous_role(rest, word, words)
        return _sentence_case(role, rest, names, language)
    after = _APPOSITION_AFTER.match(text, end, end + 200)
    if after:
        role = _apposition(after.group(1), words, language)
        if role:
            return role
    segment = _segment_before(before, complete=window == floor)
    return _apposition(segment, words, language) if segment else None


def last_word(before: str) -> tuple[str | None, str]:
    """The word right before a name and the text before that word ("president" in "de president ")."""
    if not before or not before[-1].isspace():
        return None, before
    stripped = before.rstrip()
    cut = len(stripped)
    while cut and not stripped[cut - 1].isspace() and stripped[cut - 1] not in _NOT_IN_WORD:
        cut -= 1
    if cut == len(stripped) or (cut and not stripped[cut - 1].isspace()):
        return None, before
    return stripped[cut:], stripped[:cut]


def _segment_before(before: str, complete: bool) -> str | None:
    """"the Governor of California" in "The Governor of California, Gavin Newsom"."""
    body = before.rstrip()
    if not body.endswith(","):
        return None
    body = body[:-1]
    cut = max(body.rfind(c) for c in _SEGMENT_ENDS)
    if cut < 0 and not complete:
        return None
    segment = body[cut + 1 :].strip()
    return segment if 2 <= len(segment) <= 80 else None


def _sentence_case(role: str, before: str, names: frozenset[str], language: str) -> str:
    """"Technologie-expert" at the start of a sentence is the noun "technologie-expert"."""
    first = role.split("-")[0].split()[0]
    at_start = not before.strip() or before.rstrip()[-1] in ".!?:‘“\"'—–-"
    if at_start and first[:1].isupper() and not any(c.isupper() for c in first[1:]) and first.lower() not in names:
        return sentence_case(role, language)
    return role


def _with_previous_role(before: str, word: str, words) -> str:
    """"chief executive", "prime minister": a two-word title."""
    previous, _ = last_word(before)
    if previous and f"{previous.lower()} {word.lower()}" in words["roles"]:
        return f"{previous} {word}"
    return word


def _apposition(segment: str, words, language: str) -> str | None:
    """The role in an apposition, cut at a second role ("hoogleraar ... en onderzoeker ...")."""
    tokens = segment.split()
    window = _ROLE_WINDOW
    while tokens and (tokens[0].lower() in words["articles"] or tokens[0].lower() in words["determiners"]):
        tokens = tokens[1:]  # "Zijn advocaat" is an advocaat
        window = _ROLE_WINDOW + 1  # a noun phrase for sure: "the European Commission’s competition chief"
    head = [t.rstrip(".").removesuffix("’s").removesuffix("'s") for t in tokens[:window]]
    if not any(is_role(t, language) for t in head if t):
        return None
    for index, token in enumerate(tokens[1:], start=1):
        if token.lower() in words["relative_pronouns"]:
            tokens = tokens[:index]  # "a professor at X who has warned ..."
            break
        if token.lower() in ("en", "and"):
            tokens = tokens[:index]  # "hoogleraar aan de VU en onderzoeker bij ...": the first role
            break
    if len(tokens) > _MAX_APPOSITION_WORDS:
        return None
    return " ".join(tokens)
