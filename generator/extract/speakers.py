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
import re
from collections.abc import Sequence
from dataclasses import dataclass

from generator.extract.positions_lexicon import Lexicon
from generator.model import Actor, Document

SPEAKING_KINDS = frozenset({"person", "organization", "group", "place"})
_COLLECTIVE = ("organization", "group")
# how far back (in paragraphs) a pronoun may look for its antecedent
_REACH = 4
_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w-]*)\W{0,2}$")
_POSSESSIVE = re.compile(r"['’]s?\b|['’](?=\s)")


@dataclass(frozen=True)
class Spot:
    """One mention of an actor, placed in the document."""

    paragraph: int
    sentence: int
    start: int
    end: int
    actor: Actor
    governed: bool  # after a preposition: an object, not a subject


@dataclass(frozen=True)
class Candidate:
    """A possible speaker in an attribution, already resolved to an actor."""

    start: int
    end: int
    actor: Actor
    governed: bool = False


class Speakers:
    """The speaking actors of one document and how to resolve references to them."""

    def __init__(self, document: Document, actors: Sequence[Actor], lexicon: Lexicon, masked: dict[int, str]):
        self.lexicon = lexicon
        self.masked = masked
        self.actors = [a for a in actors if a.kind in SPEAKING_KINDS]
        spots = []
        for actor in self.actors:
            for m in actor.mentions:
                text = masked.get(m.paragraph)
                if text is None or not 0 <= m.start < m.end <= len(text) or text[m.start] == "\u2063":
                    continue
                spots.append(Spot(m.paragraph, m.sentence, m.start, m.end, actor, self._governed(text, m.start)))
        spots.sort(key=lambda s: (s.paragraph, s.start, -s.end))
        self.timeline = _outermost(spots)
        self._keys = [(s.paragraph, s.start) for s in self.timeline]

    def candidates(self, paragraph: int, lo: int, hi: int, verb: str = "") -> list[Candidate]:
        """Names, pronouns and descriptions between ``lo`` and ``hi`` that could be a speaker."""
        text = self.masked[paragraph]
        found: list[Candidate] = []
        first = bisect.bisect_left(self._keys, (paragraph, lo))
        for spot in self.timeline[first:]:
            if spot.paragraph != paragraph or spot.start >= hi:
                break
            if spot.end <= hi and not _POSSESSIVE.match(text, spot.end):
                found.append(Candidate(spot.start, spot.end, spot.actor, spot.governed))
        for match in self.lexicon.pronoun.finditer(text, lo, hi):
            actor = self._pronoun(paragraph, match.start(), match.group().lower(), verb)
            if actor is not None:
                found.append(Candidate(match.start(), match.end(), actor, self._governed(text, match.start())))
        for match in self.lexicon.description.finditer(text, lo, hi):
            if any(c.start < match.end() and match.start() < c.end and not c.governed for c in found):
                continue  # "de Amerikaanse president Donald Trump": the name says it
            if re.match(r"\s+[A-Z]", text[match.end() :]) and not match.group("of"):
                continue  # a title before a name the actor layer missed
            actor = self._description(paragraph, match)
            if actor is not None:
                found.append(Candidate(match.start(), match.end(), actor, self._governed(text, match.start())))
        return sorted(found, key=lambda c: c.start)

    def _governed(self, text: str, start: int) -> bool:
        previous = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
        return bool(previous) and previous.group(1).lower() in self.lexicon.prepositions

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
            if spot.paragraph == paragraph and re.fullmatch(r"\s*,?\s*", text[spot.end : offset]):
                return spot.actor
        return None

    def _description(self, paragraph: int, match: re.Match[str]) -> Actor | None:
        head = re.sub(r"^\d+-", "", match.group("head").lower())
        lex = self.lexicon
        if head in lex.spokesperson_nouns:
            owner = self.candidates(paragraph, match.start("of"), match.end("of")) if match.group("of") else []
            if owner:
                return owner[0].actor
            return self.recent(paragraph, match.start(), _COLLECTIVE)
        if match.group("det").lower() in lex.indefinite_words:
            return None  # "een expert" introduces someone new
        person = head in lex.person_nouns
        kinds = ("person",) if person else _COLLECTIVE
        named = [a for a in self.actors if a.kind in kinds and _carries(a, head)]
        if named:
            return self._latest(named, paragraph, match.start())
        return self.recent(paragraph, match.start(), kinds)

    def recent(self, paragraph: int, offset: int, kinds: Sequence[str]) -> Actor | None:
        """The most salient earlier actor of ``kinds``: in the latest sentence naming one,
        the first that is not the object of a preposition."""
        index = bisect.bisect_left(self._keys, (paragraph, offset)) - 1
        best: Spot | None = None
        while index >= 0:
            spot = self.timeline[index]
            if spot.paragraph < paragraph - _REACH:
                break
            if best is not None and (spot.paragraph, spot.sentence) != (best.paragraph, best.sentence):
                break
            if spot.actor.kind in kinds and (best is None or not spot.governed or best.governed):
                best = spot
            index -= 1
        return best.actor if best else None

    def _latest(self, actors: list[Actor], paragraph: int, offset: int) -> Actor:
        wanted = {a.id for a in actors}
        index = bisect.bisect_left(self._keys, (paragraph, offset)) - 1
        while index >= 0:
            if self.timeline[index].actor.id in wanted:
                return self.timeline[index].actor
            index -= 1
        return actors[0]


def _carries(actor: Actor, head: str) -> bool:
    """Does ``actor``'s name, alias or role contain ``head`` ("Europese Commissie" ~ "commissie")?"""
    for text in (actor.name, *actor.aliases, actor.role or ""):
        if any(word.endswith(head) for word in text.lower().split()):
            return True
    return False


def _outermost(spots: list[Spot]) -> list[Spot]:
    """Drop mentions nested in a longer one ("Europese" inside "Europese Commissie")."""
    kept: list[Spot] = []
    for spot in spots:
        if kept and kept[-1].paragraph == spot.paragraph and spot.start < kept[-1].end:
            continue
        kept.append(spot)
    return kept
