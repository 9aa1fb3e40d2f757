"""Precision, recall and F1 of the positions layer on the annotated cases.

``cases/positions_<lang>*.yml`` hold short realistic articles with their
actors and gold positions. A found position is right when its actor is the
gold one and its text carries the gold text (one contains the other, or they
share most words); each gold position can be matched once.

The first file of each language was written for development; ``_2``, ``_3``
and ``_4`` were each written after the previous one had been used, and their
first-run scores are the honest estimate (nl F1 0.86 / 0.88 / 0.92, en 0.85 /
1.00 / 0.88). Convention: a quote that goes on in the next sentence is a
position of its own (same speaker); parts split within one sentence are one.

    .venv/bin/python -m tests.extract.test_positions_evaluation
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.extract.positions.finder import find_positions
from tests.extract.test_positions_support import (
    make_actors,
    make_article,
    make_document,
)

CASES = Path(__file__).parent / "cases"
TARGET_F1 = 0.80
_WORDS = re.compile(r"\w+")


def load_cases(language: str) -> list[dict]:
    """Every case of ``language``: ``positions_<lang>.yml`` and ``positions_<lang>_*.yml``."""
    files = sorted(CASES.glob(f"positions_{language}.yml")) + sorted(CASES.glob(f"positions_{language}_*.yml"))
    return [case for path in files for case in yaml.safe_load(path.read_text(encoding="utf-8"))]


def carries(found: str, gold: str) -> bool:
    found_words, gold_words = _WORDS.findall(found.lower()), _WORDS.findall(gold.lower())
    if not found_words or not gold_words:
        return False
    if " ".join(gold_words) in " ".join(found_words) or " ".join(found_words) in " ".join(gold_words):
        return True
    shared = len(set(found_words) & set(gold_words))
    return shared / len(set(gold_words)) >= 0.7 and shared / len(set(found_words)) >= 0.5


def score(case: dict) -> tuple[int, int, int, list[str]]:
    """``(true positives, found, gold, notes)`` for one case."""
    document = make_document(case["text"], case["language"])
    article = make_article(case["text"], case["language"], source=case.get("source"))
    actors = make_actors(document, case["actors"])
    found = find_positions(document, article, actors)
    gold = list(case["positions"])
    hits, notes = 0, []
    for position in found:
        match = next((g for g in gold if g["actor"] == position.actor and carries(position.text, g["text"])), None)
        if match is None:
            notes.append(f"extra  {position.actor}: {position.text[:70]!r}")
            continue
        gold.remove(match)
        hits += 1
    notes += [f"missed {g['actor']}: {g['text'][:70]!r}" for g in gold]
    return hits, len(found), len(case["positions"]), notes


def evaluate(language: str) -> tuple[float, float, float, list[str]]:
    hits = found = gold = 0
    notes: list[str] = []
    for case in load_cases(language):
        h, f, g, n = score(case)
        hits, found, gold = hits + h, found + f, gold + g
        notes += [f"{case['name']}: {note}" for note in n]
    precision = hits / found if found else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, notes


@pytest.mark.parametrize("language", ["nl", "en"])
def test_position_f1_on_annotated_cases(language: str) -> None:
    precision, recall, f1, notes = evaluate(language)
    report = "\n".join(notes)
    assert f1 >= TARGET_F1, f"P={precision:.2f} R={recall:.2f} F1={f1:.2f}\n{report}"


def evaluate_with_actor_layer(language: str) -> tuple[float, float, float]:
    """The same cases through ``extract()``: the actor layer's actors, matched to gold by name."""
    from generator.extract import extract

    hits = found = gold = 0
    for case in load_cases(language):
        extraction = extract(make_article(case["text"], language, source=case.get("source")))
        names = {a.id: {n.lower() for n in (a.name, *a.aliases)} for a in extraction.actors}
        gold_names = {g["id"]: {n.lower() for n in (g["name"], *g.get("aliases", []))} for g in case["actors"]}
        left = list(case["positions"])
        for position in extraction.positions:
            said = names.get(position.actor, {position.actor})
            match = next((g for g in left if gold_names.get(g["actor"], set()) & said
                          and carries(position.text, g["text"])), None)
            if match is not None:
                left.remove(match)
                hits += 1
        found, gold = found + len(extraction.positions), gold + len(case["positions"])
    precision, recall = hits / found if found else 0.0, hits / gold if gold else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


if __name__ == "__main__":  # python -m tests.extract.test_positions_evaluation: print the figures
    for code in ("nl", "en"):
        p, r, f, n = evaluate(code)
        print(f"{code}: P={p:.2f} R={r:.2f} F1={f:.2f}")
        print("\n".join(f"   {line}" for line in n))
        p, r, f = evaluate_with_actor_layer(code)
        print(f"{code}, through extract() with the actor layer: P={p:.2f} R={r:.2f} F1={f:.2f}")
