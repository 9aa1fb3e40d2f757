"""Where extraction time goes: CPU milliseconds per article for each layer.

    .venv/bin/python -m bench.layers

Runs on one core over two sets: the seed article and generated articles of
450–750 words (``bench.corpus``, denser in dates and quotes than real news).
Each figure is the best of several rounds of CPU time, since other processes
only ever slow a round down. The budget for the whole extractor is 5 ms per
~600-word article (≥ 200 articles/s per core).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path

from bench import corpus
from generator.extract.actors.finder import find_actors
from generator.extract.events import find_events
from generator.extract.positions.finder import find_positions
from generator.extract.text.sentences import split_document
from generator.model import Article
from generator.read.sources import read_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "content" / "deepseek-ai-race" / "ew-deepseek-wake-up-call.txt"


def generated_articles(count: int = 60, seed: int = 11) -> list[Article]:
    """Generated articles of 450–750 words, read by the real reader."""
    import tempfile

    rng = random.Random(seed)
    articles: list[Article] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "bench"
        folder.mkdir()
        number = 0
        while len(articles) < count:
            language = "nl" if number % 2 else "en"
            text = corpus.article(rng, language, number)
            number += 1
            if not 450 <= len(text.split()) <= 800:
                continue
            path = folder / f"a{number}.md"
            path.write_text(text, encoding="utf-8")
            articles.append(read_article(path, Path(tmp), "bench")[0])
    return articles


def seed_article() -> list[Article]:
    return [read_article(SEED, SEED.parent.parent, SEED.parent.name)[0]]


def best_ms(work: Callable[[], None], count: int, rounds: int = 5) -> float:
    work()  # warm-up: data files load and patterns compile on first use
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best / count * 1000


def measure(articles: list[Article]) -> dict[str, float]:
    documents = [split_document(a.body, a.language) for a in articles]
    actors = [find_actors(d, a) for d, a in zip(documents, articles)]
    count = len(articles)
    return {
        "sentences": best_ms(lambda: [split_document(a.body, a.language) for a in articles], count),
        "actors": best_ms(lambda: [find_actors(d, a) for d, a in zip(documents, articles)], count),
        "events": best_ms(lambda: [find_events(d, a, x) for d, a, x in zip(documents, articles, actors)], count),
        "positions": best_ms(lambda: [find_positions(d, a, x) for d, a, x in zip(documents, articles, actors)], count),
    }


def main() -> None:
    for name, articles in (("seed", seed_article()), ("generated", generated_articles())):
        words = sum(len(a.body.split()) for a in articles) // len(articles)
        figures = measure(articles)
        total = sum(figures.values())
        print(f"{name}: {len(articles)} articles, {words} words on average")
        for layer, ms in figures.items():
            print(f"  {layer:<10} {ms:6.2f} ms/article  ({ms / total:5.1%})")
        per_600 = total * 600 / words
        print(f"  {'total':<10} {total:6.2f} ms/article = {per_600:.2f} ms per 600 words "
              f"→ {1000 / per_600:.0f} articles/s per core (goal ≥ 200)")


if __name__ == "__main__":
    main()
