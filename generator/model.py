"""Typed values passed between the pipeline stages.

Every stage takes and returns these frozen dataclasses; only the output stage
and the build state touch the disk. ``to_json`` methods produce the extraction
contract described in DESIGN.md.
"""

from __future__ import annotations

import datetime as _dt
import pickle
import sys
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

Granularity = Literal["day", "week", "month", "year"]
ActorKind = Literal["person", "organization", "place", "group", "product", "work"]
PositionKind = Literal["direct", "indirect"]

GRANULARITY_ORDER: dict[str, int] = {"year": 0, "month": 1, "week": 2, "day": 3}


@dataclass(frozen=True, order=True, slots=True)
class PartialDate:
    """A calendar date known only down to ``granularity``.

    ``2025`` (year), ``2025-01`` (month), ``2025-W04`` (ISO week) and
    ``2025-01-29`` (day). Fields finer than the granularity are ``None``.
    """

    year: int
    month: int | None = None
    day: int | None = None
    week: int | None = None

    def __post_init__(self) -> None:
        if self.week is not None:
            if self.month is not None or self.day is not None:
                raise ValueError("a week date has no month or day")
            _dt.date.fromisocalendar(self.year, self.week, 1)  # validates
        elif self.day is not None:
            if self.month is None:
                raise ValueError("a day needs a month")
            _dt.date(self.year, self.month, self.day)  # validates
        elif self.month is not None:
            _dt.date(self.year, self.month, 1)
        else:
            _dt.date(self.year, 1, 1)

    @property
    def granularity(self) -> Granularity:
        if self.week is not None:
            return "week"
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def isoformat(self) -> str:
        if self.week is not None:
            return f"{self.year:04d}-W{self.week:02d}"
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def __str__(self) -> str:
        return self.isoformat()

    @property
    def first_day(self) -> _dt.date:
        """The earliest calendar day this date can mean (for sorting and anchoring)."""
        if self.week is not None:
            return _dt.date.fromisocalendar(self.year, self.week, 1)
        return _dt.date(self.year, self.month or 1, self.day or 1)

    def sort_key(self) -> tuple[_dt.date, int]:
        return (self.first_day, GRANULARITY_ORDER[self.granularity])

    @classmethod
    def from_date(cls, value: _dt.date) -> "PartialDate":
        return cls(value.year, value.month, value.day)

    @classmethod
    def parse(cls, text: str) -> "PartialDate":
        """Parse ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-Www``.

        Raises ``ValueError`` with a readable message on anything else.
        """
        value = text.strip()
        try:
            if len(value) == 4 and value.isdigit():
                return cls(int(value))
            if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
                return cls(int(value[:4]), int(value[5:7]))
            if len(value) == 8 and value[4:6] == "-W" and value[6:].isdigit():
                return cls(int(value[:4]), week=int(value[6:]))
            if len(value) == 10 and value[4] == "-" and value[7] == "-":
                return cls(int(value[:4]), int(value[5:7]), int(value[8:10]))
        except ValueError as exc:
            raise ValueError(f"not a real date ({exc})") from None
        raise ValueError("expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a paragraph; offsets are into the paragraph's text."""

    paragraph: int
    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    text: str
    sentences: tuple[Sentence, ...]
    is_heading: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    """An article's body split into paragraphs and sentences."""

    language: str
    paragraphs: tuple[Paragraph, ...]

    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]

    @property
    def lead(self) -> Paragraph | None:
        """The first paragraph of text (not a heading): the summary when editors gave none."""
        return next((p for p in self.paragraphs if not p.is_heading and p.text.strip()), None)

    def pack(self) -> PackedDocument:
        return PackedDocument(self.language, self.lead, zlib.compress(pickle.dumps(self.paragraphs, protocol=5), 1))


@dataclass(frozen=True, slots=True)
class PackedDocument:
    """A ``Document`` that keeps its paragraphs compressed until they are read.

    Only an article's source page reads every sentence, once per language;
    everything else needs the lead paragraph at most. Packed, the text of
    10,000 articles takes a fifth of the memory (and of the build state).
    """

    language: str
    lead: Paragraph | None  # the first paragraph of text, for summaries
    data: bytes

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return pickle.loads(zlib.decompress(self.data))

    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]

    def pack(self) -> PackedDocument:
        return self


@dataclass(frozen=True, slots=True)
class Article:
    """A source article as read from ``content/``, validated."""

    path: Path  # relative to the content root, POSIX style
    briefing: str  # slug of the briefing folder
    slug: str
    title: str
    language: str
    published: PartialDate | None
    body: str  # empty once the extraction is packed: the text lives on in its document
    body_line: int = 1  # 1-based line in the file where the body starts
    source: str | None = None  # the outlet
    url: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    title_derived: bool = False
    language_detected: bool = False
    content_hash: str = ""


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where in which article a piece of evidence stands."""

    article: str  # the article's path relative to content/
    paragraph: int
    sentence: int

    def to_json(self) -> dict:
        return {"article": self.article, "paragraph": self.paragraph, "sentence": self.sentence}


@dataclass(frozen=True, slots=True)
class Mention:
    paragraph: int
    sentence: int
    start: int  # offsets into the paragraph text
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    role: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "aliases": list(self.aliases),
            "mentions": len(self.mentions),
            "mentioned_at": [{"paragraph": m.paragraph, "sentence": m.sentence} for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Amount:
    value: float
    currency: str  # ISO 4217
    text: str
    value_max: float | None = None  # for ranges ("tussen 20 en 30 miljoen euro")

    def to_json(self) -> dict:
        data = {"value": self.value, "currency": self.currency, "text": self.text}
        if self.value_max is not None:
            data["value_max"] = self.value_max
        return data


@dataclass(frozen=True, slots=True)
class Event:
    date: PartialDate
    approximate: bool
    expression: str
    text: str
    source: SourceRef
    actors: tuple[str, ...] = ()
    amounts: tuple[Amount, ...] = ()

    @property
    def granularity(self) -> Granularity:
        return self.date.granularity

    def to_json(self) -> dict:
        return {
            "date": self.date.isoformat(),
            "granularity": self.granularity,
            "approximate": self.approximate,
            "expression": self.expression,
            "text": self.text,
            "actors": list(self.actors),
            "amounts": [a.to_json() for a in self.amounts],
            "source": self.source.to_json(),
        }


@dataclass(frozen=True, slots=True)
class Position:
    actor: str  # actor id
    text: str
    kind: PositionKind
    source: SourceRef
    verb: str | None = None  # lemma of the reporting verb
    channel: str | None = None
    date: PartialDate | None = None

    def to_json(self) -> dict:
        return {
            "actor": self.actor,
            "text": self.text,
            "kind": self.kind,
            "channel": self.channel,
            "verb": self.verb,
            "date": self.date.isoformat() if self.date else None,
            "source": self.source.to_json(),
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the extractors found in one article."""

    article: Article
    document: Document | PackedDocument  # packed once it leaves the extractor (see ``packed``)
    actors: tuple[Actor, ...] = ()
    events: tuple[Event, ...] = ()
    positions: tuple[Position, ...] = ()

    def to_json(self) -> dict:
        article = self.article
        return {
            "path": article.path.as_posix(),
            "title": article.title,
            "language": article.language,
            "published": article.published.isoformat() if article.published else None,
            "source": article.source,
            "url": article.url,
            "actors": [a.to_json() for a in self.actors],
            "events": [e.to_json() for e in self.events],
            "positions": [p.to_json() for p in self.positions],
        }

    def packed(self, article: Article | None = None) -> Extraction:
        """This extraction as the build keeps it in memory, for thousands of articles at once.

        The document packed and the article without its body (the document
        holds the text); the names and ids that recur across articles
        ("Donald Trump", "person") one string each. ``article``, when given,
        replaces the article (the one just read rather than a worker's copy).
        """
        article = article or self.article
        return Extraction(
            replace(article, body="") if article.body else article,
            self.document.pack(),
            tuple(_shared_actor(actor) for actor in self.actors),
            tuple(replace(e, actors=tuple(map(_intern, e.actors))) if e.actors else e for e in self.events),
            tuple(replace(p, actor=_intern(p.actor), kind=_intern(p.kind), verb=_intern(p.verb),
                          channel=_intern(p.channel)) for p in self.positions),
        )


def _intern(text: str | None) -> str | None:
    return sys.intern(text) if text is not None else None


def _shared_actor(actor: Actor) -> Actor:
    return Actor(
        _intern(actor.id), _intern(actor.name), _intern(actor.kind), _intern(actor.role),
        tuple(map(_intern, actor.aliases)),
        tuple(Mention(m.paragraph, m.sentence, m.start, m.end, _intern(m.text)) for m in actor.mentions),
    )


@dataclass(frozen=True, slots=True)
class BriefingMeta:
    """Editorial data from ``briefing.yml``: title and summary per language."""

    slug: str
    titles: dict[str, str] = field(default_factory=dict)
    summaries: dict[str, str] = field(default_factory=dict)
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Briefing:
    """One folder of ``content/``: its articles' extractions merged."""

    meta: BriefingMeta
    extractions: tuple[Extraction, ...]
    actors: tuple[Actor, ...]
    events: tuple[Event, ...]
    positions: tuple[Position, ...]

    @property
    def slug(self) -> str:
        return self.meta.slug

    @property
    def updated(self) -> PartialDate | None:
        dates = [x.article.published for x in self.extractions if x.article.published]
        return max(dates, key=PartialDate.sort_key) if dates else None

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(sorted({x.article.language for x in self.extractions}))


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """An event on the global timeline, with every source that reports it."""

    event: Event
    briefings: tuple[str, ...]
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True, slots=True)
class ActorProfile:
    """An actor across all briefings: every role, position and event."""

    actor: Actor
    roles: tuple[str, ...]
    briefings: tuple[str, ...]
    positions: tuple[tuple[str, Position], ...]  # (briefing slug, position), newest first
    events: tuple[tuple[str, Event], ...]


@dataclass(frozen=True, slots=True)
class Site:
    """Everything the renderer needs, for every language."""

    briefings: tuple[Briefing, ...]  # newest first
    actors: dict[str, ActorProfile]
    timeline: tuple[TimelineEntry, ...]
    articles: dict[str, Article]  # by path relative to content/
