"""Positions: who says or claims what, in which medium, and when.

``find_positions`` walks the paragraphs in order. In each it finds the
quotations (``quotes``), masks them, and lets ``attribution`` find every
reporting verb or marker with its speaker. Quotes no verb claims are
continuations of the last speaker ("‘…’, schrijft hij op LinkedIn. ‘Maar …’",
or a quote paragraph after "Hij vervolgt"), or introduced by a colon
("Duursma: ‘…’"); the rest are scare quotes and titles, and are dropped.
The outlet speaks in an editorial section (``editorial``) and an embedded
post speaks for its author.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from generator.extract.positions.attribution import FILLER, Attribution, attributions
from generator.extract.positions.editorial import (
    editorial_positions,
    outlet_actor,
    tweet_position,
)
from generator.extract.positions.lexicon import lexicon, verbs_in
from generator.extract.positions.media import channel_in, date_in
from generator.extract.positions.quotes import Quote, find_quotes, mask
from generator.extract.positions.speakers import Speakers
from generator.model import Actor, Article, Document, Paragraph, Position, SourceRef

__all__ = ["find_positions", "outlet_actor"]

# a quote of fewer words with no verb of its own is a scare quote or a title
_CONTINUATION_MIN_WORDS = 3
_ELLIPSIS = " … "
_COLON_END = re.compile(r"\s*:\s*$")
_COLON_LEAD = 200
_DATE_REACH = 60
_NARRATION = re.compile(r"\S")
_WORD = re.compile(r"[^\W\d_]")


def find_positions(document: Document, article: Article, actors: Sequence[Actor]) -> list[Position]:
    """The direct and indirect statements in ``document``, attributed to ``actors``.

    A statement whose speaker is not among ``actors`` (or the outlet, see
    ``outlet_actor``) is left out: a position without a speaker is no position.
    """
    try:
        lex = lexicon(document.language)
    except (LookupError, KeyError):
        return []
    quotes = {p.index: find_quotes(p.text) for p in document.paragraphs}
    masked = {p.index: mask(p.text, quotes[p.index]) for p in document.paragraphs}
    speakers = Speakers(document, actors, lex, masked)
    reader = _Reader(article, lex, speakers)
    for paragraph in document.paragraphs:
        if paragraph.is_heading:
            reader.last = None
            continue
        reader.read(paragraph, quotes[paragraph.index], masked[paragraph.index])
    speakers.close()
    outlet = outlet_actor(article, document)
    if outlet is not None:
        outlet = _known(outlet, actors)
        reader.positions += editorial_positions(document, article, outlet, lex, reader.spoken)
    return sorted(reader.positions, key=lambda p: (p.source.paragraph, p.source.sentence))


class _Reader:
    """Reads paragraphs in order, remembering the last speaker for continuations."""

    def __init__(self, article: Article, lex, speakers: Speakers):
        self.path = article.path.as_posix()
        self.published = article.published
        self.lex = lex
        self.speakers = speakers
        self.positions: list[Position] = []
        self.spoken: set[int] = set()  # paragraphs where someone other than the outlet speaks
        self.last: tuple[_Voice, bool] | None = None  # the last voice, and did it end its paragraph?
        self.starts: list[int] = []  # where the sentences of the paragraph being read start

    def read(self, paragraph: Paragraph, quotes: tuple[Quote, ...], masked: str) -> None:
        self.starts = [s.start for s in paragraph.sentences]
        found = attributions(paragraph, masked, quotes, self.speakers)
        pending = [a for a in found if a.kind == "pending"]  # "Hoekstra reageerde." and a quote follows
        found = [a for a in found if a.kind != "pending"]
        taken = {q for a in found for q in a.quotes}
        here = [self._position(paragraph, masked, a) for a in _dedupe(found)]
        voices = _Voices([_Voice(p.actor, p.verb, p.channel, p.source.sentence) for p in here] + [
            _Voice(a.actor.id, a.lemma, channel_in(self.lex, masked, *a.region), a.sentence.index) for a in pending
        ])
        for quote in quotes:
            if quote not in taken:
                position = self._loose(paragraph, masked, quote, voices)
                if position is not None:
                    here.append(position)
                    voices.add(_Voice(position.actor, position.verb, position.channel, position.source.sentence))
        tweet = tweet_position(paragraph, self.path, self.speakers.actors, self.lex, self.published)
        if tweet is not None:
            here.append(tweet)
        if here:
            self.spoken.add(paragraph.index)
            self.positions += _merge(here)
        last_sentence = paragraph.sentences[-1].index if paragraph.sentences else 0
        latest = voices.latest()
        end_open = any(not q.closed for q in quotes)
        self.last = (latest, latest.sentence == last_sentence or end_open) if latest else None

    def _position(self, paragraph: Paragraph, masked: str, a: Attribution) -> Position:
        lo, hi = a.region
        kind, text = "indirect", ""
        if a.kind == "direct" or (a.claim and a.quotes and not _WORD.search(_outside(masked, a.claim))):
            kind = "direct"
            text = _ELLIPSIS.join(q.text(paragraph.text) for q in a.quotes)
        elif a.claim:
            text = paragraph.text[a.claim[0] : a.claim[1]].strip(" ,;:.")
        sentence = a.sentence.index
        if kind == "direct":
            sentence = _sentence_of(paragraph, self.starts, a.quotes[0].start)
        return Position(
            actor=a.actor.id,
            text=text,
            kind=kind,
            source=SourceRef(self.path, paragraph.index, sentence),
            verb=a.lemma,
            channel=channel_in(self.lex, masked, lo, hi, self.speakers.people(paragraph.index)),
            # the day is named next to the verb ("zei woensdag", "told CNBC on Wednesday")
            date=date_in(masked[max(lo, a.start - _DATE_REACH) : min(hi, a.end + _DATE_REACH)], self.lex.language,
                         self.published),
        )

    def _loose(self, paragraph: Paragraph, masked: str, quote: Quote, voices: "_Voices") -> Position | None:
        """A quote no verb claims: introduced by a colon, or the last speaker going on."""
        sentence = _sentence_of(paragraph, self.starts, quote.start)
        start = paragraph.sentences[sentence].start if paragraph.sentences else 0
        lead = masked[max(start, quote.start - _COLON_LEAD) : quote.start]  # bounded: a paragraph may be huge
        colon = _COLON_END.search(lead)
        if colon:  # "Aedes-voorzitter Martin van Rijn: ‘…’"
            colon_at = quote.start - len(lead) + colon.start()
            speaker = self._colon_speaker(paragraph.index, masked, max(start, colon_at - _COLON_LEAD), colon_at)
            if speaker is not None:
                return self._direct(paragraph, quote, sentence, _Voice(speaker.id, None, None, sentence))
        if _NARRATION.search(masked, start, quote.start) or quote.words(paragraph.text) < _CONTINUATION_MIN_WORDS:
            return None
        previous = voices.before(sentence)
        if previous is not None:
            return self._direct(paragraph, quote, sentence, previous)
        # a quote paragraph goes on from the last speaker, unless it has a verb of its own
        if (self.last is not None and self.last[1] and not _NARRATION.search(masked, 0, quote.start)
                and next(verbs_in(self.lex, masked), None) is None):
            return self._direct(paragraph, quote, sentence, self.last[0])
        return None

    def _colon_speaker(self, paragraph: int, masked: str, start: int, colon: int) -> Actor | None:
        """The name a colon introduces, perhaps with its affiliation ("Rector X van de RUG:")."""
        lead = [c for c in self.speakers.candidates(paragraph, start, colon) if not c.governed and c.actor is not None]
        if not lead:
            return None
        speaker = lead[-1]
        affiliation = self.lex.affiliation.match(masked, speaker.end, colon)
        end = affiliation.end() if affiliation else speaker.end
        return speaker.actor if masked[end:colon].strip() == "" else None

    def _direct(self, paragraph: Paragraph, quote: Quote, sentence: int, voice: "_Voice") -> Position:
        return Position(voice.actor, quote.text(paragraph.text), "direct",
                        SourceRef(self.path, paragraph.index, sentence), verb=voice.verb, channel=voice.channel)


class _Voice(NamedTuple):
    """Who spoke last, and how: what a following bare quote inherits."""

    actor: str
    verb: str | None
    channel: str | None
    sentence: int


def _dedupe(found: list[Attribution]) -> list[Attribution]:
    """One attribution per speaker and claim: "volgens" and a verb may name the same one."""
    seen: set[tuple] = set()
    kept = []
    for a in sorted(found, key=lambda a: (a.sentence.index, a.start)):
        key = (a.actor.id, a.sentence.index, a.claim, tuple(a.quotes))
        if key not in seen:
            seen.add(key)
            kept.append(a)
    return kept


def _merge(positions: list[Position]) -> list[Position]:
    """A quote split by its attribution within one sentence ("‘A’, zegt hij, ‘B’") is one statement.

    A quote that goes on in the next sentence ("‘A’, schrijft hij. ‘B’") stays a
    position of its own, by the same speaker: each links to its own evidence.
    """
    positions = sorted(positions, key=lambda p: (p.source.sentence,))
    merged: list[Position] = []
    for position in positions:
        previous = merged[-1] if merged else None
        if (previous is not None and previous.kind == position.kind == "direct"
                and previous.actor == position.actor and position.verb in (None, previous.verb)
                and position.source.sentence == previous.source.sentence and position.text):
            merged[-1] = replace(previous, text=previous.text + _ELLIPSIS + position.text,
                                 channel=previous.channel or position.channel)
        else:
            merged.append(position)
    return merged


def _outside(masked: str, span: tuple[int, int]) -> str:
    return masked[span[0] : span[1]].replace(FILLER, "")


def _sentence_of(paragraph: Paragraph, starts: list[int], offset: int) -> int:
    """The index of the sentence holding ``offset``; ``starts`` are the sentences' starts."""
    index = bisect.bisect_right(starts, offset) - 1
    return paragraph.sentences[max(index, 0)].index if paragraph.sentences else 0


def _known(outlet: Actor, actors: Sequence[Actor]) -> Actor:
    """The actor layer's own entry for the outlet, when it found one."""
    name = outlet.name.casefold()
    for actor in actors:
        if actor.id == outlet.id or name in (n.casefold() for n in (actor.name, *actor.aliases)):
            return actor
    return outlet


class _Voices:
    """The voices of a paragraph by sentence: who spoke last before a given sentence."""

    def __init__(self, voices: list[_Voice]):
        self._voices = sorted(voices, key=lambda v: v.sentence)
        self._sentences = [v.sentence for v in self._voices]

    def add(self, voice: _Voice) -> None:
        index = bisect.bisect_right(self._sentences, voice.sentence)
        self._voices.insert(index, voice)
        self._sentences.insert(index, voice.sentence)

    def before(self, sentence: int) -> _Voice | None:
        index = bisect.bisect_left(self._sentences, sentence)
        return self._voices[index - 1] if index else None

    def latest(self) -> _Voice | None:
        return self._voices[-1] if self._voices else None
