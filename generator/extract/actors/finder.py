"""Actors: the people, organizations and places a story is about, each once.

No trained model is involved: names are found by their capitals
(``names.py``), trimmed of sentence-initial words, titles and nationality
adjectives (``refine.py``), accepted and merged using the whole article
(``merge.py``), typed (``kinds.py``) and given the role the text
states (``roles.py``). Word lists are data, in the ``actors:`` section of
``generator/languages/<code>.yml``; places come from CLDR and GeoNames so that
"Verenigde Staten" and "United States" share one id.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from generator.extract.actors import gazetteer
from generator.extract.actors.kinds import kind_of
from generator.extract.actors.merge import Group, accept, group
from generator.extract.actors.names import Candidate, find_candidates
from generator.extract.actors.refine import Context, Surface, refine
from generator.extract.actors.roles import role_near
from generator.extract.actors.tokens import inner_capital
from generator.languages import available_languages
from generator.model import Actor, Article, Document, Mention
from generator.slugs import slugify

_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-zà-öø-ÿ][\w’'-]*")
_FALLBACK_LANGUAGE = "en"
_ROLE_MENTIONS = 4


def find_actors(document: Document, article: Article) -> list[Actor]:
    """The actors of ``document``, ordered by first mention."""
    if document.language not in _languages():
        document = Document(_FALLBACK_LANGUAGE, document.paragraphs)
    candidates = find_candidates(document)
    context = Context(document.language, _lower_words(document), _confirmed(candidates))
    surfaces = [s for c in candidates for s in refine(c, context)]
    surfaces = accept(surfaces, context)
    groups = group(surfaces, document.language, _parentheses(surfaces, document), _placed(surfaces, document))
    casing = _casing(surfaces)
    names = frozenset(s.text.lower() for s in surfaces)
    actors = [_actor(g, document, casing, names) for g in groups]
    return _unique_ids(actors)


@functools.cache
def _languages() -> frozenset[str]:
    return frozenset(available_languages())


def _lower_words(document: Document) -> frozenset[str]:
    """Every word the article writes lower-case somewhere (headings excepted)."""
    words: set[str] = set()
    for paragraph in document.paragraphs:
        if not paragraph.is_heading:
            words.update(_LOWER_WORD.findall(paragraph.text))
    return frozenset(words)


def _confirmed(candidates: list[Candidate]) -> frozenset[str]:
    """How names begin where capitals prove something: mid-sentence, outside headings."""
    return frozenset(
        f"{c.tokens[0].lower} {c.tokens[1].lower}"
        for c in candidates
        if len(c.tokens) > 1 and not c.ambiguous and not c.heading
    )


def _parentheses(surfaces: list[Surface], document: Document) -> dict[int, int]:
    """``Wereldgezondheidsorganisatie (WHO)``: the bracketed acronym is a short form.

    Not in "Mark Rutte (VVD)": the acronym must spell the name's letters in order.
    """
    links = {}
    for index, (name, short) in enumerate(zip(surfaces, surfaces[1:])):
        text = document.paragraphs[name.paragraph].text
        if (
            short.paragraph == name.paragraph
            and short.start == name.end + 2
            and text[name.end : short.start] == " ("
            and text[short.end : short.end + 1] == ")"
            and _abbreviation(short.text)
            and _spells(short.text, name.text)
        ):
            links[index + 1] = index
    return links


def _abbreviation(text: str) -> bool:
    """"WHO", "NZa", "PvdA": one short word with at least two capitals."""
    return " " not in text and len(text) <= 8 and sum(c.isupper() for c in text) >= 2


def _spells(acronym: str, name: str) -> bool:
    """The acronym's letters occur in the name in order, the first one first ("WHO" in "Wereldgezondheidsorganisatie")."""
    letters = [c for c in acronym.lower() if c.isalpha()]
    rest = iter(name.lower())
    return bool(letters) and name[:1].lower() == letters[0] and all(c in rest for c in letters)


def _placed(surfaces: list[Surface], document: Document) -> set[str]:
    """Names the text puts where places go: "in Eindhoven", "from Gaza", a dateline."""
    cues = gazetteer.word_sets(document.language)["place_context"]
    placed = set()
    for surface in surfaces:
        before = document.paragraphs[surface.paragraph].text[max(0, surface.start - 20) : surface.start].rstrip()
        word = before.rsplit(None, 1)[-1].lower() if before else ""
        if word in cues or (surface.start == 0 and surface.text.isupper()):
            placed.add(surface.text)
    return placed


def _casing(surfaces: list[Surface]) -> dict[str, str]:
    """The usual spelling of each word ("DeepSeek" over a stray "Deepseek")."""
    counts: Counter[str] = Counter(
        w for s in surfaces if not s.heading for w in s.text.split() if not (w.isupper() and len(w) > 5)
    )
    best: dict[str, str] = {}
    for word, _ in counts.most_common():
        best.setdefault(word.lower(), word)
    return best


def _actor(g: Group, document: Document, casing: dict[str, str], names: frozenset[str]) -> Actor:
    language = document.language
    role = _role(g, document, names)
    kind = kind_of(g, document, role)
    name = _name(g, casing, language)
    ident = g.place.id if g.place is not None else _slug(name)
    paragraphs = document.paragraphs
    mentions = tuple([
        Mention(s.paragraph, s.sentence, s.start, s.end, paragraphs[s.paragraph].text[s.start : s.end])
        for s in g.surfaces
    ])
    lowered = name.lower()
    aliases = tuple(dict.fromkeys([m.text for m in mentions if m.text != name and m.text.lower() != lowered]))
    return Actor(id=ident, name=name, kind=kind, role=role if kind == "person" else None, aliases=aliases, mentions=mentions)


def _role(g: Group, document: Document, names: frozenset[str]) -> str | None:
    """The first role the text gives: a peeled title, else a title or apposition nearby."""
    if g.place is not None or any(s.group for s in g.surfaces):
        return None
    peeled = next((s.role for s in g.surfaces if s.role), None)
    if peeled:
        return peeled
    if len(g.words) == 1 and (g.words[0].isupper() or inner_capital(g.words[0])):
        return None  # "ASML", "OpenAI": organizations have no apposition role
    # Roles come with the introduction: the first mentions are enough.
    # A possessive ("Ticketmaster’s parent company") modifies another name.
    mentions = [s for s in g.surfaces[:_ROLE_MENTIONS] if not s.possessive]
    return next((r for s in mentions if (r := _role_near(document, s, names))), None)


def _role_near(document: Document, surface: Surface, names: frozenset[str]) -> str | None:
    paragraph = document.paragraphs[surface.paragraph]
    floor = paragraph.sentences[surface.sentence].start if paragraph.sentences else 0
    return role_near(paragraph.text, surface.start, surface.end, document.language, floor, names)


def _name(g: Group, casing: dict[str, str], language: str) -> str:
    """The fullest form, in the article's usual spelling; a country by its CLDR name."""
    if g.place is not None and g.place.kind in ("country", "region", "institution"):
        return gazetteer.place_name(g.place, language)
    longest = max(g.surfaces, key=lambda s: (len(s.text.split()), not s.heading, not s.text.isupper(), len(s.text)))
    words = [casing.get(w.lower(), w) for w in longest.text.split()]
    if longest.text.isupper() and len(longest.text) > 5:  # a dateline: "SAN FRANCISCO", "DEN HAAG"
        return " ".join(w.capitalize() for w in words)
    return " ".join(words)


@functools.lru_cache(maxsize=65536)  # the same names come back in article after article
def _slug(name: str) -> str:
    return slugify(name)


def _unique_ids(actors: list[Actor]) -> list[Actor]:
    """Two groups may still slug alike ("Trump" the person, "TRUMP" the coin): keep ids unique."""
    seen: dict[str, int] = {}
    out = []
    for actor in actors:
        count = seen.get(actor.id, 0)
        seen[actor.id] = count + 1
        if count:
            actor = Actor(f"{actor.id}-{count + 1}", actor.name, actor.kind, actor.role, actor.aliases, actor.mentions)
        out.append(actor)
    return out
