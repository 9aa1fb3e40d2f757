"""Which surfaces are names, and which names are the same actor.

Acceptance uses the whole article: a capitalized word at the start of a
sentence counts when the same name stands mid-sentence elsewhere, or when
nothing suggests it is an ordinary word. Merging gives one identity per actor:
"Donald Trump" + "Trump", "Europese Unie" + "EU", "Verenigde Staten" + "VS" +
"Amerika", "Wereldgezondheidsorganisatie (WHO)".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.extract import gazetteer
from generator.extract.names_refine import Context, Surface
from generator.slugs import slugify

# Sentence-initial words rarer than this (Zipf) may be names without other evidence.
_RARE = 3.0


def accept(surfaces: list[Surface], context: Context) -> list[Surface]:
    """The surfaces that are names, in text order."""
    sure = [s for s in surfaces if not s.ambiguous and not s.heading]
    known = _known_keys(sure, context.language)
    accepted = []
    for surface in surfaces:
        if surface in sure or _key(surface.text) in known:
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


def _plausible_alone(surface: Surface, context: Context) -> bool:
    """A sentence-initial name with no mid-sentence twin: "Haroon Sheikh, ...", "DeepSeek zegt"."""
    parts = surface.text.split()
    if len(parts) > 1:
        return True  # refine() already peeled common first words off
    word = parts[0]
    if context.common(word):
        return False
    if _is_acronym(word) or any(c.isupper() for c in word[1:]) or gazetteer.place(word):
        return True
    other = "en" if context.language != "en" else "nl"
    own = gazetteer.zipf(word, context.language)
    # A word of the article's language only ("Versimpelen") is a verb or noun, not a name.
    return own < _RARE and not (own >= 1.5 and gazetteer.zipf(word, other) == 0)


@dataclass
class Group:
    """Surfaces judged to name one actor (mutable while merging)."""

    key: str
    surfaces: list[Surface] = field(default_factory=list)
    place: gazetteer.Place | None = None

    @property
    def words(self) -> list[str]:
        return max((s.text.split() for s in self.surfaces), key=len)

    @property
    def first(self) -> tuple[int, int]:
        return min((s.paragraph, s.start) for s in self.surfaces)


def group(surfaces: list[Surface], language: str, parentheses: dict[int, int]) -> list[Group]:
    """Merge ``surfaces`` into one group per actor; ``parentheses`` maps a surface
    index to the index of the name it abbreviates ("WHO" → "Wereldgezondheidsorganisatie")."""
    groups: dict[str, Group] = {}
    owner: list[str] = []
    for surface in surfaces:
        place = gazetteer.place(surface.text)
        key = f"place:{place.id}" if place else _key(surface.text)
        groups.setdefault(key, Group(key, place=place)).surfaces.append(surface)
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
    ordered = sorted(groups.values(), key=lambda g: len(g.words))
    for small in ordered:
        if small.place is not None or find(small.key) != small.key:
            continue
        target = _longer_form(small, ordered, words)
        if target is not None:
            parent[find(small.key)] = find(target.key)
    merged: dict[str, Group] = {}
    for key, value in groups.items():
        root = find(key)
        head = merged.setdefault(root, Group(root, place=groups[root].place))
        head.surfaces.extend(value.surfaces)
    for value in merged.values():
        value.surfaces.sort(key=lambda s: (s.paragraph, s.start))
    return sorted(merged.values(), key=lambda g: g.first)


def _longer_form(small: Group, groups: list[Group], words) -> Group | None:
    """The fuller name that ``small`` is a short form of, nearest before it."""
    short = small.words
    matches = [
        g
        for g in groups
        if len(g.words) > len(short) and g.place is None and _short_form(short, g.words, words)
    ]
    if not matches:
        return None
    first = small.first
    before = [g for g in matches if g.first <= first]
    return max(before, key=lambda g: g.first) if before else min(matches, key=lambda g: g.first)


def _short_form(short: list[str], full: list[str], words) -> bool:
    """Surname ("Trump", "Van der Laan", Dutch "Trumps"), or initials ("EU", "ECB")."""
    tail = [w.lower() for w in full[-len(short) :]]
    lowered = [w.lower() for w in short]
    if full[-1].lower() in words["org_words"] or full[0].lower() in words["org_heads"]:
        surname = False
    else:
        surname = tail == lowered or (len(short) == 1 and lowered[0].endswith("s") and tail == [lowered[0][:-1]])
    return surname or (len(short) == 1 and _is_acronym(short[0]) and short[0] == _initials(full, words))


def _initials(full: list[str], words) -> str:
    skip = words["connectors"] | words["articles"] | words["particles"]
    return "".join(w[0].upper() for w in full if w.lower() not in skip and w[0].isalpha())


def _surname(parts: list[str], words) -> str:
    """The surname with its particles: "van der Laan" of "Jan van der Laan"."""
    index = len(parts) - 1
    while index > 1 and parts[index - 1].lower() in words["particles"]:
        index -= 1
    return " ".join(parts[index:])


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _key(text: str) -> str:
    return slugify(text)
