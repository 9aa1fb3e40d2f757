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
from collections import defaultdict
from operator import itemgetter

from generator.extract.actors import gazetteer
from generator.extract.actors.merge import Group
from generator.extract.actors.refine import is_demonym
from generator.extract.actors.role_words import is_role
from generator.extract.actors.tokens import inner_capital
from generator.model import Document

_TITLE_ABBREVIATIONS = frozenset(("mr", "mrs", "ms", "dr", "drs", "prof", "ir", "ing", "dhr", "mevr", "sen", "rep", "gov"))
_WORD_AFTER = re.compile(r"[\s,]*([\w’'-]+)")
# The words around this many mentions are enough to tell the kind.
_CONTEXT_MENTIONS = 5
_MODEL_NUMBER = re.compile(r"^(?=.*\d)[A-Za-z0-9.-]+$")


def kind_of(group: Group, document: Document, role: str | None) -> str:
    """The kind of actor ``group`` names."""
    if any(s.group for s in group.surfaces):
        return "group"
    if group.place is not None:
        return "organization" if group.place.kind == "institution" else "place"
    language = document.language
    words = gazetteer.word_sets(language)
    score: defaultdict[str, float] = defaultdict(int)  # read with .get(): a missing kind stays missing
    _score_name(group.words, words, language, score)
    settled = max(score.values(), default=0) >= 3  # "Europese Centrale Bank": the name says it all
    for surface in () if settled else group.surfaces[:_CONTEXT_MENTIONS]:
        text = document.paragraphs[surface.paragraph].text
        before = text[max(0, surface.start - 80) : surface.start]
        _score_context(before, text[surface.end : surface.end + 40], language, score, surface.possessive)
    if score.get("place") and len(group.words) == 1 and not _acronym(group.words[0]) and not inner_capital(group.words[0]):
        score["place"] += 0.5  # "in Meerbeke": a plain unknown word after "in" is a place more often than not
    if role:
        score["person"] += 3
    if any(len(s.text.split()) == 1 for s in group.surfaces) and len(group.words) > 1 and score.get("person"):
        score["person"] += 1  # referred to by surname alone
    if not score:
        return _default(group.words)
    best, value = max(score.items(), key=itemgetter(1))  # the first of equals, as Counter.most_common
    # Weak hints alone ("in X" once, "X zegt" once) do not outweigh the default.
    return best if value >= 1 else _default(group.words)


def _score_name(parts: list[str], words, language: str, score: defaultdict[str, float]) -> None:
    lowered = [p.lower() for p in parts]
    if any(_org_word(w, language) for w in lowered) or lowered[0] in words["org_heads"]:
        score["organization"] += 3
    if len(parts) == 1:
        word = parts[0]
        if _acronym(word) or inner_capital(word) and gazetteer.place(word) is None:
            score["organization"] += 1  # "ASML"; "OpenAI", "SoftBank"
        return
    surname = lowered[0] in words["particles"] or lowered[-2] in words["particles"]
    if surname and gazetteer.place(parts[-1]) is None:
        score["person"] += 2  # "Van der Laan", "Jan de Vries": a particle before the last word
    elif lowered[-1] in words["place_words"] or (lowered[0] in words["place_words"] and lowered[1] in words["connectors"]):
        score["place"] += 3  # "New York City", "Gulf of Mexico"; not "Kansas City Chiefs"
    if _given_name(parts[0], language):
        score["person"] += 2
    if _MODEL_NUMBER.match(parts[-1]):
        score["product"] += 3  # "DeepSeek R1", "GPT-4"
    if lowered[0] in words["work_context"]:
        score["work"] += 3  # "Operation Warp Speed"
    elif lowered[-1] in words["work_context"]:
        score["work"] += 2  # "Inflation Reduction Act"


def _previous_word(before: str) -> tuple[str | None, str]:
    """The word before a mention, past a comma ("de VVD", "zei, Rutte")."""
    body = before.rstrip(" ,")
    parts = body.rsplit(None, 1)
    if not parts:
        return None, ""
    word = parts[-1].lstrip("‘“\"([")
    if word.endswith(".") and word[:-1].lower() in _TITLE_ABBREVIATIONS:
        return word[:-1], parts[0] if len(parts) == 2 else ""  # "Mr. Smith", "dr. Jansen"
    if not word or word[-1] in ".!?:;’”\")]":
        return None, ""  # another sentence or clause
    return word, parts[0] if len(parts) == 2 else ""


def _score_context(before: str, after: str, language: str, score: defaultdict[str, float], possessive: bool) -> None:
    prev, rest = _previous_word(before)
    nxt = _WORD_AFTER.match(after)
    next_word = nxt.group(1).lower() if nxt else ""
    if prev and is_demonym(prev, language):  # "het Chinese DeepSeek": look past the adjective
        prev, _ = _previous_word(rest)
    prev_word = prev.lower() if prev else ""
    for kind, points in _context_points(prev_word, next_word, possessive, language):
        score[kind] += points


@functools.lru_cache(maxsize=65536)
def _context_points(prev_word: str, next_word: str, possessive: bool, language: str) -> tuple[tuple[str, float], ...]:
    """What the words around a mention say about its kind, in the order they count (which
    breaks ties). Cached: the same neighbours ("de", "zegt", "in") come back all the time."""
    words = gazetteer.word_sets(language)
    points: list[tuple[str, float]] = []
    if next_word in words["company_suffixes"]:
        points.append(("organization", 3))  # "Exxon Mobil Corp."
    if prev_word in words["org_articles"]:
        points.append(("organization", 1))  # "het Chinese DeepSeek", "de VVD": people take no article
    if prev_word in words["person_titles"]:
        points.append(("person", 3))  # "mevrouw Jansen", "Mr. Smith"
    if prev_word in words["person_verbs"] or next_word in words["person_verbs"]:
        points.append(("person", 0.75))  # twice ("zei Dehaene", "Dehaene zegt") makes a person
    if _ends_with_any(prev_word, "org_context", language):
        points.append(("organization", 2))
    if _ends_with_any(prev_word, "product_context", language) or next_word in words["product_context"]:
        points.append(("product", 2))
    if _ends_with_any(prev_word, "work_context", language):
        points.append(("work", 2))
    if prev_word in words["place_context"] and not possessive:  # not "in Apple’s Appstore"
        points.append(("place", 0.5))
    if is_role(prev_word, language) and prev_word not in words["org_context"]:
        points.append(("person", 1))
    return tuple(points)


@functools.lru_cache(maxsize=65536)
def _org_word(word: str, language: str) -> bool:
    """"Bank", or a compound on an organization word: "Rabobank", "Wereldgezondheidsorganisatie"."""
    words = gazetteer.word_sets(language)
    return word in words["org_words"] or any(word.endswith(s) and len(word) > len(s) for s in words["org_suffixes"])


@functools.lru_cache(maxsize=65536)
def _ends_with_any(word: str, key: str, language: str) -> bool:
    """``word`` is a cue of list ``key`` or a compound ending in one ("techbedrijf", "AI-model")."""
    if not word:
        return False
    if not word.endswith(gazetteer.suffixes(language, key)):
        return False  # the common case, in one C-level test (a cue itself ends with itself)
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
    return len(word) > 1 and word.isupper()
