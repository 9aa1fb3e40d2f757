"""Which surfaces are names, and which names are the same actor.

Acceptance uses the whole article: a capitalized word at the start of a
sentence counts when the same name stands mid-sentence elsewhere, or when
nothing suggests it is an ordinary word. Merging gives one identity per actor:
"Donald Trump" + "Trump", "Europese Unie" + "EU", "Verenigde Staten" + "VS" +
"Amerika", "Wereldgezondheidsorganisatie (WHO)".
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from generator.extract.actors import gazetteer
from generator.extract.actors.refine import Context, Surface
from generator.extract.actors.tokens import inner_capital
from generator.slugs import slugify

# A sentence-initial word alone is a name only if rarer than _COMMON (Zipf), and
# either about as frequent in the other language (within _TRAVEL) or rarer than _RARE.
_COMMON = 4.2
_TRAVEL = 1.0
_RARE = 3.0
_FOREIGN_WORD = 5.0


def accept(surfaces: list[Surface], context: Context) -> list[Surface]:
    """The surfaces that are names, in text order."""
    sure = [s for s in surfaces if not s.heading and (not s.ambiguous or _plausible_full_name(s))]
    known = _known_keys(sure, context.language)
    accepted = []
    sure_ids = {id(s) for s in sure}
    for surface in surfaces:
        if id(surface) in sure_ids or _key(surface.text) in known:
            accepted.append(surface)
        elif not surface.heading and _plausible_alone(surface, context):
            accepted.append(surface)
    return accepted


def _known_keys(surfaces: list[Surface], language: str) -> set[str]:
    words = gazetteer.word_sets(language)
    known = set()
    for surface in surfaces:
        known.add(_key(surface.text))
        parts = surface.text.split()
        if len(parts) > 1 and parts[-1].lower() not in words["org_words"]:
            known.add(_key(parts[-1]))  # a surname alone later: "Trump"
            known.add(_key(_surname(parts, words)))
    return known


def _plausible_full_name(surface: Surface) -> bool:
    """Several words still capitalized after refine() peeled the opening word: a name."""
    return " " in surface.text or surface.group


def _plausible_alone(surface: Surface, context: Context) -> bool:
    """A sentence-initial name with no mid-sentence twin: "Haroon Sheikh, ...", "DeepSeek zegt"."""
    word = surface.text
    if surface.possessive and gazetteer.zipf(word, context.language) < _FOREIGN_WORD:
        return True  # "Apple’s chief executive": an ordinary noun does not open a sentence with ’s
    place = gazetteer.place(word)
    if place is not None and (place.kind != "city" or word.lower() not in context.lower_words):
        return True  # "China zegt", "WASHINGTON —"
    if (_is_acronym(word) or inner_capital(word)) and word.lower() not in context.stop_words:
        return True  # "(VVD)", "DeepSeek": spelling no ordinary word has
    if context.common(word):
        return False
    other = gazetteer.zipf(word, "en" if context.language != "en" else "nl")
    own = gazetteer.zipf(word, context.language)
    if own >= _COMMON or other >= _FOREIGN_WORD:
        return False  # "They" quoted in a Dutch article is an English word
    if other >= own - _TRAVEL:
        return True  # names travel between languages ("Pfizer", "Nvidia"); words do not
    # A word of the article's language only ("Versimpelen") is a verb or noun, not a name.
    return own < 1.5 or (own < _RARE and other > 0)


@dataclass
class Group:
    """Surfaces judged to name one actor (mutable while merging)."""

    key: str
    surfaces: list[Surface] = field(default_factory=list)
    place: gazetteer.Place | None = None
    words: list[str] = field(default_factory=list)  # of the longest surface
    first: tuple[int, int] = (1 << 30, 0)  # (paragraph, offset) of the first mention

    def add(self, surface: Surface) -> None:
        self.surfaces.append(surface)
        parts = surface.text.split()
        if len(parts) > len(self.words):
            self.words = parts
        self.first = min(self.first, (surface.paragraph, surface.start))


def group(
    surfaces: list[Surface], language: str, parentheses: dict[int, int], placed: set[str]
) -> list[Group]:
    """Merge ``surfaces`` into one group per actor.

    ``parentheses`` maps a surface index to the index of the name it abbreviates
    ("WHO" → "Wereldgezondheidsorganisatie"); ``placed`` holds the names the
    text puts after "in", "uit", "from" somewhere.
    """
    groups: dict[str, Group] = {}
    owner: list[str] = []
    for surface in surfaces:
        place = gazetteer.place(surface.text)
        if place is not None and place.needs_context(language) and surface.text not in placed:
            place = None
        key = f"place:{place.id}" if place else _key(surface.text)
        existing = groups.get(key)
        if existing is None:
            existing = groups[key] = Group(key, place=place)
        existing.add(surface)
        owner.append(key)
    parent = {key: key for key in groups}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for short, long in parentheses.items():
        parent[find(owner[short])] = find(owner[long])
    words = gazetteer.word_sets(language)
    index = _short_form_index(groups.values(), words)
    for small in sorted(groups.values(), key=lambda g: len(g.words)):
        if small.place is not None or find(small.key) != small.key:
            continue
        target = _longer_form(small, index, language)
        if target is not None:
            parent[find(small.key)] = find(target.key)
    members: dict[str, list[Group]] = {}
    for key, value in groups.items():
        members.setdefault(find(key), []).append(value)
    merged = [parts[0] if len(parts) == 1 else _merged(root, parts, groups[root].place)
              for root, parts in members.items()]  # a group alone is its own root: kept as it is
    for value in merged:
        value.surfaces.sort(key=lambda s: (s.paragraph, s.start))
    return sorted(merged, key=lambda g: g.first)


def _merged(root: str, parts: list[Group], place: gazetteer.Place | None) -> Group:
    head = Group(root, place=place)
    for part in parts:
        for surface in part.surfaces:
            head.add(surface)
    return head


def _short_form_index(groups, words) -> dict[tuple, list[Group]]:
    """Short forms a fuller name may go by: its surname(s) ("Trump", "van der Laan") and initials ("ECB")."""
    index: dict[tuple, list[Group]] = {}
    skip = words["connectors"] | words["articles"] | words["particles"]
    for g in groups:
        if len(g.words) < 2 or g.place is not None:
            continue
        lowered = tuple(w.lower() for w in g.words)
        if lowered[-1] not in words["org_words"] and lowered[0] not in words["org_heads"]:
            for size in range(1, len(lowered)):
                index.setdefault(lowered[-size:], []).append(g)
        elif lowered[-1] in words["org_words"]:
            index.setdefault(("#head", lowered[-1]), []).append(g)  # "de Kamer" for "Tweede Kamer"
        index.setdefault(("#initials", _initials(g.words, skip)), []).append(g)
    return index


def _longer_form(small: Group, index: dict[tuple, list[Group]], language: str) -> Group | None:
    """The fuller name that ``small`` is a short form of, nearest before it."""
    short = tuple(w.lower() for w in small.words)
    matches = list(index.get(short, ()))
    if len(short) == 1 and _is_acronym(small.words[0]):
        matches += index.get(("#initials", small.words[0]), ())
    heads = index.get(("#head", short[0]), ()) if len(short) == 1 else ()
    if len(heads) == 1:
        matches += heads  # only when one organization of the article has that head
    if language == "nl" and len(short) == 1 and short[0].endswith("s"):
        matches += index.get((short[0][:-1],), ())  # Dutch genitive: "Trumps beleid"
    matches = [g for g in matches if len(g.words) > len(short)]
    if not matches:
        return None
    first = small.first
    before = [g for g in matches if g.first <= first]
    return max(before, key=lambda g: g.first) if before else min(matches, key=lambda g: g.first)


def _initials(full: list[str], skip: frozenset[str]) -> str:
    """"ECB" of "Europese Centrale Bank": ``skip`` holds the small words that give no letter."""
    return "".join(w[0].upper() for w in full if w.lower() not in skip and w[0].isalpha())


def _surname(parts: list[str], words) -> str:
    """The surname with its particles: "van der Laan" of "Jan van der Laan"."""
    index = len(parts) - 1
    while index > 1 and parts[index - 1].lower() in words["particles"]:
        index -= 1
    return " ".join(parts[index:])


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


@functools.lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return slugify(text)
