"""Matching and counting, the same rules as the development set's ``score.py``.

An actor matches by a shared normalized name or alias (a leading ``de``,
``het`` or ``the`` aside); an event by one of its key phrases in the event's
text and a date in ``accept``; a position by its speaker and one of its key
phrases in its text. Gold items marked ``core`` count for recall; every
predicted item is checked against all gold items for precision. Date accuracy
is the share of core events found with an accepted date.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

Json = dict[str, Any]
LAYERS = frozenset({"actors", "events", "positions"})


def norm(value: object) -> str:
    """Lower-case ASCII letters, digits, ``@`` and single spaces."""
    text = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode()
    text = text.lower().replace("’", "'")
    text = re.sub(r"[^a-z0-9@ ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def names_of(actor: Json) -> set[str]:
    """The normalized name and aliases of a gold or predicted actor."""
    names = {norm(actor.get("name"))} | {norm(a) for a in actor.get("aliases") or []}
    names.discard("")
    return names


def _strip_article(name: str) -> str:
    return re.sub(r"^(de|het|the) ", "", name)


def actor_matches(pred: Json, gold: Json) -> bool:
    """Whether two actors share a name or alias, also with a leading article removed."""
    p, g = names_of(pred), names_of(gold)
    if p & g:
        return True
    return bool({_strip_article(x) for x in p} & {_strip_article(x) for x in g})


def text_has(text: str, keys: list[str]) -> bool:
    """Whether one of ``keys`` occurs in ``text``, both normalized."""
    haystack = norm(text)
    return any(norm(k) in haystack for k in keys)


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    return 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)


@dataclass
class ActorScore:
    """Core gold actors found (``found`` of ``core``), predicted ones right (``good`` of ``pred``)."""

    core: int = 0
    found: int = 0
    pred: int = 0
    good: int = 0
    missed: list[str] = field(default_factory=list)
    junk: list[str] = field(default_factory=list)


@dataclass
class EventScore:
    """Core gold events found, and of those the ones with an accepted date."""

    core: int = 0
    found: int = 0
    date_ok: int = 0
    pred: int = 0
    missed: list[str] = field(default_factory=list)
    wrong_date: list[str] = field(default_factory=list)


@dataclass
class PositionScore:
    """Core gold positions found, predicted positions matching any gold one."""

    core: int = 0
    found: int = 0
    pred: int = 0
    good: int = 0
    missed: list[str] = field(default_factory=list)
    junk: list[str] = field(default_factory=list)


@dataclass
class ArticleScore:
    """One article's counts; a layer its gold does not annotate is ``None``."""

    name: str
    language: str
    actors: ActorScore | None
    events: EventScore | None
    positions: PositionScore | None


def score_actors(gold: Json, pred: Json) -> ActorScore:
    predicted = pred.get("actors") or []
    annotated = gold["actors"]
    core = [g for g in annotated if g.get("core")]
    found = [g for g in core if any(actor_matches(p, g) for p in predicted)]
    good = [p for p in predicted if any(actor_matches(p, g) for g in annotated)]
    return ActorScore(len(core), len(found), len(predicted), len(good),
                      missed=[g["name"] for g in core if g not in found],
                      junk=[p.get("name") for p in predicted if p not in good])


def score_events(gold: Json, pred: Json) -> EventScore:
    predicted = pred.get("events") or []
    core = [e for e in gold["events"] if e.get("core")]
    found: list[str] = []
    dated: list[str] = []
    for g in core:
        hits = [e for e in predicted
                if text_has(e.get("text", "") + " " + " ".join(map(str, e.get("actors") or [])), g["keys"])]
        if hits:
            found.append(g["id"])
            if any(str(e.get("date")) in g["accept"] for e in hits):
                dated.append(g["id"])
    return EventScore(len(core), len(found), len(dated), len(predicted),
                      missed=[g["id"] for g in core if g["id"] not in found],
                      wrong_date=[g for g in found if g not in dated])


def score_positions(gold: Json, pred: Json) -> PositionScore:
    predicted = pred.get("positions") or []
    annotated = gold["positions"]
    by_id: dict[str, Json] = {}
    for p in pred.get("actors") or []:
        for key in (p.get("id"), p.get("name")):
            if key:
                by_id[str(key)] = p
    gold_actor = {norm(g["name"]): g for g in gold.get("actors") or []}

    def speaker_ok(p: Json, g: Json) -> bool:
        ref = p.get("actor")
        candidate = by_id.get(str(ref)) if ref is not None else None
        if candidate is None:
            candidate = {"name": ref if isinstance(ref, str) else p.get("speaker", "")}
        return actor_matches(candidate, gold_actor.get(norm(g["speaker"]), {"name": g["speaker"]}))

    def matches(p: Json, g: Json) -> bool:
        return speaker_ok(p, g) and text_has(p.get("text", "") + " " + (p.get("quote") or ""), g["keys"])

    core = [g for g in annotated if g.get("core")]
    found = [g for g in core if any(matches(p, g) for p in predicted)]
    good = [p for p in predicted if any(matches(p, g) for g in annotated)]
    return PositionScore(len(core), len(found), len(predicted), len(good),
                         missed=[g["speaker"] for g in core if g not in found],
                         junk=[f"{p.get('actor')}: {str(p.get('text', ''))[:70]}" for p in predicted if p not in good])


def score(name: str, gold: Json, pred: Json) -> ArticleScore:
    """Score ``pred`` (one ``briefing extract`` object) against ``gold``.

    ``gold`` has the development set's shape (``actors``, ``events``,
    ``positions``); ``gold["layers"]``, when given, names the layers it
    annotates, the others are left unscored.
    """
    layers = set(gold.get("layers") or LAYERS)
    return ArticleScore(
        name, str(gold.get("language") or pred.get("language") or "?"),
        score_actors(gold, pred) if "actors" in layers else None,
        score_events(gold, pred) if "events" in layers else None,
        score_positions(gold, pred) if "positions" in layers else None,
    )


@dataclass
class Totals:
    """Counts summed over articles, with the figures ``score.py`` prints."""

    articles: int = 0
    actors: ActorScore = field(default_factory=ActorScore)
    events: EventScore = field(default_factory=EventScore)
    positions: PositionScore = field(default_factory=PositionScore)
    scored: set[str] = field(default_factory=set)

    def add(self, result: ArticleScore) -> None:
        self.articles += 1
        for layer in ("actors", "events", "positions"):
            part = getattr(result, layer)
            if part is None:
                continue
            self.scored.add(layer)
            total = getattr(self, layer)
            for key in ("core", "found", "pred", "good", "date_ok"):
                if hasattr(part, key):
                    setattr(total, key, getattr(total, key) + getattr(part, key))

    def figures(self) -> dict[str, float | None]:
        """P/R/F1 per layer, ``None`` for a layer no article annotates."""
        a, e, p = self.actors, self.events, self.positions
        out: dict[str, float | None] = {}
        ap, ar = ratio(a.good, a.pred), ratio(a.found, a.core)
        pp, pr = ratio(p.good, p.pred), ratio(p.found, p.core)
        values = {
            "actors": {"actors_p": ap, "actors_r": ar, "actors_f1": f1(ap, ar)},
            "events": {"events_r": ratio(e.found, e.core), "date_acc": ratio(e.date_ok, e.core)},
            "positions": {"positions_p": pp, "positions_r": pr, "positions_f1": f1(pp, pr)},
        }
        for layer, numbers in values.items():
            for key, value in numbers.items():
                out[key] = value if layer in self.scored else None
        return out


def total(results: list[ArticleScore]) -> Totals:
    sums = Totals()
    for result in results:
        sums.add(result)
    return sums
