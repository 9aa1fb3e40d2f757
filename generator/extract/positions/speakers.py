"""Who speaks: the actor behind a name, pronoun or description in an attribution.

The actor layer gives every mention of a name; this module adds what names
leave open. "hij", "ze", "they" and "die"/"who" refer back to an earlier
actor; "de commissie", "het Chinese bedrijf" and "the ministry" refer to the
actor whose name or role carries that noun, or else to the most recent actor
of the right kind. Mentions inside quotations never count as antecedents:
the people a speaker talks about are not the ones speaking.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

from generator.extract.positions.lexicon import Lexicon, find_words
from generator.extract.positions.quotes import FILLER
from generator.model import Actor, Document

SPEAKING_KINDS = frozenset({"person", "organization", "group", "place"})
_COLLECTIVE = ("organization", "group")
# how far back (in paragraphs) a pronoun may look for its antecedent
_REACH = 4
# how many mentions a pronoun looks back over at most (a sentence may hold hundreds)
_MAX_LOOK_BACK = 60
# how many words before a name may separate it from its preposition ("aan de Vrije Universiteit")
_GOVERNOR_REACH = 3
_TOKEN = re.compile(r"\w[\w-]*")
_NAME_NEXT = re.compile(r"\s+[A-Z]")
# "VVD-leider Dilan Yeşilgöz": a name glued to a noun is a modifier, not the speaker
_COMPOUND = re.compile(r"-[^\W\d_A-Z]")
_POSSESSIVE = re.compile(r"['’]s?\b|['’](?=\s)")
_RELATIVE_GAP = re.compile(r"\s*,?\s*")


class Spot(NamedTuple):
    """One mention of an actor, placed in the document (a tuple: one per mention)."""

    paragraph: int
    sentence: int
    start: int
    end: int
    actor: Actor


class Description(NamedTuple):
    """"de voormalig voorzitter van de ECB": where it stands, its determiner and head noun."""

    start: int
    end: int
    determiner: str
    head: str
    of: tuple[int, int] | None  # the "van de ECB" part, if any


_UNRESOLVED = object()


class Candidate:
    """A possible speaker in an attribution: a name, or a pronoun or description
    resolved to an actor only when asked (most candidates never are).

    A slotted class, not a frozen dataclass: one is made per name of every paragraph.
    """

    __slots__ = ("_actor", "end", "governed", "named", "pronoun", "resolve", "start")

    def __init__(self, start: int, end: int, named: Actor | None, governed: bool = False, pronoun: bool = False,
                 resolve: Callable[[], Actor | None] | None = None) -> None:
        self.start = start
        self.end = end
        self.named = named
        self.governed = governed
        self.pronoun = pronoun
        self.resolve = resolve
        self._actor = _UNRESOLVED

    @property
    def actor(self) -> Actor | None:
        if self._actor is _UNRESOLVED:
            self._actor = self.named if self.resolve is None else self.resolve()
        return self._actor


class Speakers:
    """The speaking actors of one document and how to resolve references to them."""

    def __init__(self, document: Document, actors: Sequence[Actor], lexicon: Lexicon, masked: dict[int, str]):
        self.lexicon = lexicon
        self.masked = masked
        self.actors = [a for a in actors if a.kind in SPEAKING_KINDS]
        # the words of each actor's name, aliases and role: "de commissie" finds "Europese Commissie"
        self._words = {
            a.id: frozenset(" ".join((a.name, *a.aliases, a.role or "")).lower().split()) for a in self.actors
        }
        self._cache: dict[tuple[int, bool, bool], tuple[list[Candidate], list[int]]] = {}
        self._parts_cache: dict[int, tuple[list[Candidate], set[str], list[Candidate]]] = {}
        self._named: dict[str, list[Actor]] = {}
        self._governed_at: dict[tuple[int, int], bool] = {}
        self._people: dict[int, frozenset[int]] | None = None
        spots = []
        for actor in self.actors:
            for m in actor.mentions:
                text = masked.get(m.paragraph)
                if text is None or not 0 <= m.start < m.end <= len(text) or text[m.start] == FILLER:
                    continue
                spots.append(Spot(m.paragraph, m.sentence, m.start, m.end, actor))
        spots.sort(key=lambda s: (s.paragraph, s.start, -s.end))
        self.timeline = _outermost(spots)
        self._keys = [(s.paragraph, s.start) for s in self.timeline]

    def close(self) -> None:
        """Drop the candidates found so far. Their resolvers point back at this object: left
        in place, every article's speakers would wait for the cycle collector to be freed."""
        self._cache.clear()
        self._parts_cache.clear()

    def people(self, paragraph: int) -> frozenset[int]:
        """Where the names of people start in ``paragraph``."""
        if self._people is None:
            people: dict[int, set[int]] = {}
            for spot in self.timeline:
                if spot.actor.kind == "person":
                    people.setdefault(spot.paragraph, set()).add(spot.start)
            self._people = {index: frozenset(starts) for index, starts in people.items()}
        return self._people.get(paragraph, frozenset())

    def candidates(self, paragraph: int, lo: int, hi: int, verb: str = "", objects: bool = False) -> list[Candidate]:
        """Names, pronouns and descriptions between ``lo`` and ``hi`` that could be a speaker.

        ``objects`` admits object pronouns too, for "volgens haar", "according to him".
        """
        key = (paragraph, verb.lower() in self.lexicon.plural_forms, objects)
        if key not in self._cache:  # found once per paragraph, then sliced per question
            found = self._candidates(paragraph, verb, objects)
            self._cache[key] = (found, [c.start for c in found])
        found, starts = self._cache[key]
        return [c for c in found[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)] if c.end <= hi]

    def _candidates(self, paragraph: int, verb: str, objects: bool) -> list[Candidate]:
        """Every candidate of ``paragraph``: names first, then pronouns and descriptions."""
        text = self.masked[paragraph]
        names, words, descriptions = self._parts(paragraph)
        found = list(names)
        lex = self.lexicon
        pronouns = [p for p in (lex.pronoun, lex.object_pronoun if objects else None) if p is not None]
        if not words.isdisjoint(lex.pronoun_kinds):
            for pattern in pronouns:
                for match in pattern.finditer(text):  # a short alternation: cheap enough
                    resolve = functools.partial(self._pronoun, paragraph, match.start(), match.group().lower(), verb)
                    governed = self._governed(text, match.start())
                    found.append(Candidate(match.start(), match.end(), None, governed, True, resolve))
        found += descriptions
        return sorted(found, key=lambda c: c.start)

    def _parts(self, paragraph: int) -> tuple[list[Candidate], set[str], list[Candidate]]:
        """The names, words and descriptions of ``paragraph``. Only pronouns depend on the
        question (the verb's number, object forms): the rest is found once per paragraph."""
        if paragraph in self._parts_cache:
            return self._parts_cache[paragraph]
        text = self.masked[paragraph]
        names: list[Candidate] = []
        first = bisect.bisect_left(self._keys, (paragraph, 0))
        for spot in self.timeline[first:]:
            if spot.paragraph != paragraph:
                break
            if not _POSSESSIVE.match(text, spot.end) and not _COMPOUND.match(text, spot.end):
                names.append(Candidate(spot.start, spot.end, spot.actor, self._spot_governed(spot)))
        lower = text.lower()
        words = set(_TOKEN.findall(lower))  # one C-level pass decides what to look for
        descriptions: list[Candidate] = []
        heads = self.lexicon.description_heads
        if not (words.isdisjoint(heads) and heads.isdisjoint(w.partition("-")[2] for w in words if "-" in w)):
            speaking = [c for c in names if not c.governed]
            name_starts = [c.start for c in speaking]
            for description in self._descriptions(text, lower, words):
                start, end = description.start, description.end
                nearby = speaking[bisect.bisect_left(name_starts, start - 200) : bisect.bisect_left(name_starts, end)]
                if any(start < c.end for c in nearby):
                    continue  # "de Amerikaanse president Donald Trump": the name says it
                if _NAME_NEXT.match(text, end) and description.of is None:
                    continue  # a title before a name the actor layer missed
                resolve = functools.partial(self._description, paragraph, description)
                descriptions.append(Candidate(start, end, None, self._governed(text, start), resolve=resolve))
        self._parts_cache[paragraph] = (names, words, descriptions)
        return names, words, descriptions

    def _spot_governed(self, spot: Spot) -> bool:
        """``_governed`` for a mention, computed once and only when asked (most never are)."""
        key = (spot.paragraph, spot.start)
        if key not in self._governed_at:
            self._governed_at[key] = self._governed(self.masked[spot.paragraph], spot.start)
        return self._governed_at[key]

    def _governed(self, text: str, start: int) -> bool:
        """Is the word at ``start`` the object of a preposition ("bij de WRR", "told the BBC")?

        Looks back past a few articles and adjectives ("aan de Vrije", "van het Chinese").
        """
        lex = self.lexicon
        for word in reversed(text[max(0, start - 60) : start].rsplit(None, _GOVERNOR_REACH)[-_GOVERNOR_REACH:]):
            if not word.replace("-", "").isalpha():
                return False  # punctuation ends the phrase
            word = word.lower()
            if word in lex.prepositions:
                return True
            if not (word in lex.determiner_words or word.endswith("e")):
                return False
        return False

    def _descriptions(self, text: str, lower: str, words: set[str]) -> Iterator[Description]:
        """The descriptions around the head nouns in ``words``: from each head, back to its determiner."""
        lex = self.lexicon
        heads = lex.description_heads.intersection(words)
        heads |= {w.partition("-")[2] for w in words if "-" in w} & lex.description_heads  # "oud-premier"
        found = find_words(text, lower, heads, compounds=True)
        last_end = -1
        for start, end in found:
            before = list(_TOKEN.finditer(text, max(0, start - 80, last_end), start))[-4:]
            for token in reversed(before):  # the nearest determiner first
                if token.group().lower() in lex.description_determiners and lex.description_lead.fullmatch(
                    text, token.start(), end
                ):
                    of = lex.description_of.match(text, end)
                    last_end = of.end() if of else end
                    yield Description(token.start(), last_end, token.group().lower(), text[start:end].lower(),
                                      of.span() if of else None)
                    break

    def _pronoun(self, paragraph: int, offset: int, word: str, verb: str) -> Actor | None:
        kinds = self.lexicon.pronoun_kinds.get(word, ())
        if kinds == ("relative",):
            return self._antecedent(paragraph, offset)
        plural = verb.lower() in self.lexicon.plural_forms or kinds[:1] != ("person",)
        if not plural:
            return self.recent(paragraph, offset, ("person",))
        collective = tuple(k for k in kinds if k != "person")
        return self.recent(paragraph, offset, collective) or self.recent(paragraph, offset, ("person",))

    def _antecedent(self, paragraph: int, offset: int) -> Actor | None:
        """The actor a relative "die"/"who" hangs on: the name right before it."""
        text = self.masked[paragraph]
        index = bisect.bisect_left(self._keys, (paragraph, offset)) - 1
        if index >= 0:
            spot = self.timeline[index]
            if spot.paragraph == paragraph and _RELATIVE_GAP.fullmatch(text, spot.end, offset):
                return spot.actor
        return None

    def _description(self, paragraph: int, description: Description) -> Actor | None:
        head = re.sub(r"^\w+-", "", description.head)
        lex = self.lexicon
        if head in lex.spokesperson_nouns:
            owner = self.candidates(paragraph, *description.of) if description.of else []
            if owner and owner[0].actor is not None:
                return owner[0].actor
            return self.recent(paragraph, description.start, _COLLECTIVE)
        if description.determiner in lex.indefinite_words:
            return None  # "een expert" introduces someone new
        person = head in lex.person_nouns
        kinds = ("person",) if person else _COLLECTIVE
        if head not in self._named:
            self._named[head] = [a for a in self.actors if any(w.endswith(head) for w in self._words[a.id])]
        named = [a for a in self._named[head] if a.kind in kinds]
        if named:
            return self._latest(named, paragraph, description.start)
        return self.recent(paragraph, description.start, kinds)

    def recent(self, paragraph: int, offset: int, kinds: Sequence[str]) -> Actor | None:
        """The most salient earlier actor of ``kinds``: in the latest sentence naming one,
        the first that is not the object of a preposition."""
        index = bisect.bisect_left(self._keys, (paragraph, offset)) - 1
        best: Spot | None = None
        stop = index - _MAX_LOOK_BACK
        while index >= 0 and index > stop:
            spot = self.timeline[index]
            if spot.paragraph < paragraph - _REACH:
                break
            if best is not None and (spot.paragraph, spot.sentence) != (best.paragraph, best.sentence):
                break
            if spot.actor.kind in kinds and (
                best is None or not self._spot_governed(spot) or self._spot_governed(best)
            ):
                best = spot
            index -= 1
        return best.actor if best else None

    def _latest(self, actors: list[Actor], paragraph: int, offset: int) -> Actor:
        wanted = {a.id for a in actors}
        index = bisect.bisect_left(self._keys, (paragraph, offset)) - 1
        stop = index - 4 * _MAX_LOOK_BACK
        while index >= 0 and index > stop:
            if self.timeline[index].actor.id in wanted:
                return self.timeline[index].actor
            index -= 1
        return actors[0]


def _outermost(spots: list[Spot]) -> list[Spot]:
    """Drop mentions nested in a longer one ("Europese" inside "Europese Commissie")."""
    kept: list[Spot] = []
    for spot in spots:
        if kept and kept[-1].paragraph == spot.paragraph and spot.start < kept[-1].end:
            continue
        kept.append(spot)
    return kept
