"""Roles: the title or apposition the text gives an actor, in the source language.

Three shapes cover most news writing: a title word before the name
("FNV-voorzitter Tuur Elzinga", "president Trump"), an apposition after it
("Haroon Sheikh, hoogleraar aan de Vrije Universiteit Amsterdam, zegt") and
an apposition before it ("the Governor of California, Gavin Newsom").
"""

from __future__ import annotations

import re

from generator.extract import gazetteer
from generator.extract.names_refine import is_role

_LAST_WORD = re.compile(r"([^\s,;:()‘’“”\"]+)\s+$")
_APPOSITION_AFTER = re.compile(r"^,\s+([^,;:()‘’“”\"]{2,120}?)(?=,|\.\s|\.$|;|\)|$)")
_APPOSITION_BEFORE = re.compile(r"(?:^|[,;:(]\s*|\.\s+)([^,;:()‘’“”\"]{2,80}),\s+$")
_MAX_APPOSITION_WORDS = 12
# How far into an apposition the role noun may stand ("de voormalige topman van ...").
_ROLE_WINDOW = 3


def role_near(text: str, start: int, end: int, language: str) -> str | None:
    """The role ``text`` gives the name at ``start:end``, if any."""
    words = gazetteer.word_sets(language)
    before = text[max(0, start - 160) : start]
    match = _LAST_WORD.search(before)
    if match and is_role(match.group(1), words):
        return _with_previous_role(before[: match.start()], match.group(1), words)
    after = _APPOSITION_AFTER.match(text[end : end + 200])
    if after:
        role = _apposition(after.group(1), words)
        if role:
            return role
    before_match = _APPOSITION_BEFORE.search(before)
    if before_match:
        return _apposition(before_match.group(1), words)
    return None


def _with_previous_role(before: str, word: str, words) -> str:
    """"chief executive", "prime minister": a two-word title."""
    match = _LAST_WORD.search(before)
    if match and f"{match.group(1).lower()} {word.lower()}" in words["roles"]:
        return f"{match.group(1)} {word}"
    return word


def _apposition(segment: str, words) -> str | None:
    """The role in an apposition, cut at a second role ("hoogleraar ... en onderzoeker ...")."""
    tokens = segment.split()
    if not tokens or len(tokens) > _MAX_APPOSITION_WORDS:
        return None
    while tokens and tokens[0].lower() in words["articles"]:
        tokens = tokens[1:]
    head = [t.rstrip(".").removesuffix("’s").removesuffix("'s") for t in tokens[:_ROLE_WINDOW]]
    if not any(is_role(t, words) for t in head if t):
        return None
    for index, token in enumerate(tokens[1:], start=1):
        if token.lower() in ("en", "and") and index + 1 < len(tokens):
            if any(is_role(t, words) for t in tokens[index + 1 : index + 1 + _ROLE_WINDOW]):
                tokens = tokens[:index]
                break
    return " ".join(tokens)
