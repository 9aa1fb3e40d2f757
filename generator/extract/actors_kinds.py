"""What kind of actor a group of mentions names: person, organization, place, ...

Each kind collects evidence from the name itself (an organization word, a
given name, a model number) and from the words around its mentions ("het
bedrijf", "zegt", "in"); the strongest kind wins. With no evidence, a
multi-word name that starts with a given name is a person and anything else
an organization, the most common kind of single unknown name in news.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from generator.extract import gazetteer
from generator.extract.actors_merge import Group
from generator.extract.names_refine import is_demonym, is_role
from generator.model import Document

_WORD_BEFORE = re.compile(r"([\w’'-]+)[\s,]*$")
_WORD_AFTER = re.compile(r"^[\s,]*([\w’'-]+)")
_MODEL_NUMBER = re.compile(r"^(?=.*\d)[A-Za-z0-9.-]+$")


def kind_of(group: Group, document: Document, roles: list[str]) -> str:
    """The kind of actor ``group`` names."""
    if any(s.group for s in group.surfaces):
        return "group"
    if group.place is not None:
        return "organization" if group.place.kind == "institution" else "place"
    language = document.language
    words = gazetteer.word_sets(language)
    score: Counter[str] = Counter()
    _score_name(group.words, words, language, score)
    for surface in group.surfaces:
        text = document.paragraphs[surface.paragraph].text
        _score_context(text[: surface.start], text[surface.end :], words, language, score)
    if roles:
        score["person"] += 3
    if any(len(s.text.split()) == 1 for s in group.surfaces) and len(group.words) > 1 and score["person"]:
        score["person"] += 1  # referred to by surname alone
    if not score:
        return _default(group.words)
    best, value = score.most_common(1)[0]
    # Weak hints alone ("in X" once, "X zegt" once) do not outweigh the default.
    return best if value >= 1 else _default(group.words)


def _score_name(parts: list[str], words, language: str, score: Counter[str]) -> None:
    lowered = [p.lower() for p in parts]
    if any(w in words["org_words"] or _org_compound(w, language) for w in lowered):
        score["organization"] += 3
    if lowered[0] in words["org_heads"]:
        score["organization"] += 3
    if any(w in words["place_words"] for w in lowered) and len(parts) > 1:
        score["place"] += 3
    if len(parts) > 1 and _given_name(parts[0], language):
        score["person"] += 2
    if any(w in words["particles"] for w in lowered[1:-1]):
        score["person"] += 1
    if len(parts) > 1 and _MODEL_NUMBER.match(parts[-1]):
        score["product"] += 3  # "DeepSeek R1", "GPT-4"
    if len(parts) > 1 and lowered[0] in words["work_context"] | {"operation", "operatie"}:
        score["work"] += 3  # "Operation Warp Speed"
    if len(parts) > 1 and lowered[-1] in words["work_context"]:
        score["work"] += 2  # "Inflation Reduction Act"
    if len(parts) == 1 and _acronym(parts[0]):
        score["organization"] += 1
    if len(parts) == 1 and gazetteer.place(parts[0]) is None and any(c.isupper() for c in parts[0][1:]):
        score["organization"] += 1  # "OpenAI", "SoftBank"


def _score_context(before: str, after: str, words, language: str, score: Counter[str]) -> None:
    prev = _WORD_BEFORE.search(before[-40:])
    nxt = _WORD_AFTER.search(after[:40])
    prev_word = prev.group(1).lower() if prev else ""
    next_word = nxt.group(1).lower() if nxt else ""
    if prev and is_demonym(prev.group(1), language):  # "het Chinese DeepSeek": look past the adjective
        prev = _WORD_BEFORE.search(before[: prev.start()][-40:])
        prev_word = prev.group(1).lower() if prev else ""
    if next_word in words["company_suffixes"]:
        score["organization"] += 3  # "Exxon Mobil Corp."
    if prev_word in words["org_articles"]:
        score["organization"] += 1  # "het Chinese DeepSeek", "de VVD": people take no article
    if prev_word in words["person_verbs"] or next_word in words["person_verbs"]:
        score["person"] += 0.5
    if _ends_with_any(prev_word, "org_context", language):
        score["organization"] += 2
    if _ends_with_any(prev_word, "product_context", language) or next_word in words["product_context"]:
        score["product"] += 2
    if _ends_with_any(prev_word, "work_context", language):
        score["work"] += 2
    if prev_word in words["place_context"]:
        score["place"] += 0.5
    if is_role(prev_word, language) and prev_word not in words["org_context"]:
        score["person"] += 1


@functools.lru_cache(maxsize=65536)
def _org_compound(word: str, language: str) -> bool:
    """"Rabobank", "Wereldgezondheidsorganisatie": a compound on an organization word."""
    return any(word.endswith(s) and len(word) > len(s) for s in gazetteer.word_sets(language)["org_suffixes"])


@functools.lru_cache(maxsize=65536)
def _ends_with_any(word: str, key: str, language: str) -> bool:
    """``word`` is a cue of list ``key`` or a compound ending in one ("techbedrijf", "AI-model")."""
    if not word:
        return False
    cues = gazetteer.word_sets(language)[key]
    return word in cues or any(word.endswith("-" + cue) or (word.endswith(cue) and len(cue) > 4) for cue in cues)


def _default(parts: list[str]) -> str:
    if len(parts) > 1 and _given_name(parts[0], "en"):
        return "person"
    return "organization"


def _given_name(word: str, language: str) -> bool:
    """A first name, not an acronym ("AI Act") nor a very common word ("Will")."""
    return not _acronym(word) and gazetteer.is_given_name(word) and gazetteer.zipf(word, language) < 5.5


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)
