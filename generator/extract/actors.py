"""Actors: the people, organizations and places a story is about, each once.

No trained model is involved: names are found by their capitals
(``names.py``), trimmed of sentence-initial words, titles and nationality
adjectives (``names_refine.py``), accepted and merged using the whole article
(``actors_merge.py``), typed (``actors_kinds.py``) and given the role the text
states (``roles.py``). Word lists are data, in the ``actors:`` section of
``generator/languages/<code>.yml``; places come from CLDR and GeoNames so that
"Verenigde Staten" and "United States" share one id.
"""

from __future__ import annotations

import re
from collections import Counter

from generator.extract import gazetteer
from generator.extract.actors_kinds import kind_of
from generator.extract.actors_merge import Group, accept, group
from generator.extract.names import find_candidates
from generator.extract.names_refine import Context, Surface, refine
from generator.extract.roles import role_near
from generator.languages import available_languages
from generator.model import Actor, Article, Document, Mention
from generator.slugs import slugify

_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-zà-öø-ÿ][\w’'-]*")
_FALLBACK_LANGUAGE = "en"


def find_actors(document: Document, article: Article) -> list[Actor]:
    """The actors of ``document``, ordered by first mention."""
    if document.language not in available_languages():
        document = Document(_FALLBACK_LANGUAGE, document.paragraphs)
    context = Context(document.language, _lower_words(document))
    surfaces = [s for c in find_candidates(document) for s in refine(c, context)]
    surfaces = accept(surfaces, context)
    groups = group(surfaces, document.language, _parentheses(surfaces, document))
    casing = _casing(surfaces)
    actors = [_actor(g, document, casing) for g in groups]
    return _unique_ids(actors)


def _lower_words(document: Document) -> frozenset[str]:
    """Every word the article writes lower-case somewhere (headings excepted)."""
    return frozenset(
        word
        for paragraph in document.paragraphs
        if not paragraph.is_heading
        for word in _LOWER_WORD.findall(paragraph.text)
    )


def _parentheses(surfaces: list[Surface], document: Document) -> dict[int, int]:
    """``Wereldgezondheidsorganisatie (WHO)``: the bracketed name is a short form."""
    links = {}
    for index, (name, short) in enumerate(zip(surfaces, surfaces[1:])):
        text = document.paragraphs[name.paragraph].text
        if (
            short.paragraph == name.paragraph
            and short.start == name.end + 2
            and text[name.end : short.start] == " ("
            and text[short.end : short.end + 1] == ")"
            and len(short.text.split()) < len(name.text.split()) + 1
        ):
            links[index + 1] = index
    return links


def _casing(surfaces: list[Surface]) -> dict[str, str]:
    """The usual spelling of each word ("DeepSeek" over a stray "Deepseek")."""
    counts: Counter[str] = Counter(w for s in surfaces if not s.heading for w in s.text.split())
    best: dict[str, str] = {}
    for word, _ in counts.most_common():
        best.setdefault(word.lower(), word)
    return best


def _actor(g: Group, document: Document, casing: dict[str, str]) -> Actor:
    language = document.language
    roles = [s.role for s in g.surfaces if s.role] or [
        r
        for s in g.surfaces
        if (r := role_near(document.paragraphs[s.paragraph].text, s.start, s.end, language))
    ]
    kind = kind_of(g, document, roles)
    name = _name(g, casing, language)
    ident = g.place.id if g.place is not None else slugify(name)
    mentions = tuple(
        Mention(s.paragraph, s.sentence, s.start, s.end, document.paragraphs[s.paragraph].text[s.start : s.end])
        for s in g.surfaces
    )
    aliases = tuple(dict.fromkeys(m.text for m in mentions if m.text != name and m.text.lower() != name.lower()))
    role = roles[0] if roles and kind == "person" else None
    return Actor(id=ident, name=name, kind=kind, role=role, aliases=aliases, mentions=mentions)


def _name(g: Group, casing: dict[str, str], language: str) -> str:
    """The fullest form, in the article's usual spelling; a country by its CLDR name."""
    if g.place is not None and g.place.code is not None:
        return gazetteer.place_name(g.place, language)
    longest = max(
        (s for s in g.surfaces if not s.group or True),
        key=lambda s: (len(s.text.split()), not s.heading, len(s.text)),
    )
    return " ".join(casing.get(w.lower(), w) for w in longest.text.split())


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
