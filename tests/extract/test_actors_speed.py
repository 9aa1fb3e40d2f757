"""The actor layer's share of the extraction budget: ≤ 2 ms per 600-word article.

Run ``.venv/bin/pytest tests/extract/test_actors_speed.py -q -s`` to see the
figure. The assert allows five times the budget: it is there to catch a
regression by an order of magnitude (a quadratic loop), not to time a CI
machine that other jobs share.
"""

from __future__ import annotations

import time

from generator.extract.actors import find_actors
from tests.extract.test_actors_support import SEED, load_cases, make_article, make_document, seed_body

BUDGET_MS = 2.0


def corpus():
    texts = [(a["text"], lang) for lang in ("nl", "en") for a in load_cases(f"actors_eval_{lang}.yml")]
    if SEED.is_file():
        texts.append((seed_body(), "nl"))
    return [(make_document(text, lang), make_article(text, lang)) for text, lang in texts]


def test_actor_layer_speed() -> None:
    articles = corpus()
    words = sum(len(p.text.split()) for document, _ in articles for p in document.paragraphs)
    for document, article in articles:  # loads the gazetteers once
        find_actors(document, article)
    best = float("inf")
    for _ in range(7):
        started = time.process_time()
        for document, article in articles:
            find_actors(document, article)
        best = min(best, time.process_time() - started)
    per_600 = best / words * 600 * 1000
    print(f"\nactors: {per_600:.2f} ms per 600 words ({len(articles)} articles, {words} words)")
    assert per_600 < 5 * BUDGET_MS
