"""Precision, recall and F1 of the actor layer on an annotated evaluation set.

``cases/actors_eval_{nl,en}.yml`` hold short news articles and the actors a
careful reader would list. The figures print with ``pytest -s``; the asserts
hold them at the level the issue asks for (actor F1 ≥ 0.85).
"""

from __future__ import annotations

import pytest

from generator.slugs import slugify
from tests.extract.test_actors_support import (
    actors_of,
    forms,
    gold_forms,
    load_cases,
    prf,
    score,
)

TARGET_F1 = 0.85


def evaluate(language: str) -> tuple[tuple[float, float, float], list[str]]:
    totals = [0, 0, 0, 0]
    notes = []
    for article in load_cases(f"actors_eval_{language}.yml"):
        actors = actors_of(article["text"], language)
        counts = score(actors, article["gold"], article.get("acceptable", []))
        totals = [t + c for t, c in zip(totals, counts)]
        allowed = {slugify(a) for a in article.get("acceptable", [])}
        missing = [g["name"] for g in article["gold"] if not any(gold_forms(g) & forms(a) for a in actors)]
        extra = [
            a.name for a in actors
            if not any(gold_forms(g) & forms(a) for g in article["gold"]) and not forms(a) & allowed
        ]
        notes.append(f"{article['title']}: missing {missing}, extra {extra}")
    return prf(*totals), notes


@pytest.mark.parametrize("language", ["nl", "en"])
def test_actor_f1(language: str) -> None:
    (precision, recall, f1), notes = evaluate(language)
    print(f"\n{language}: P={precision:.3f} R={recall:.3f} F1={f1:.3f}\n  " + "\n  ".join(notes))
    assert f1 >= TARGET_F1, notes
    assert precision >= 0.8 and recall >= 0.8, notes
