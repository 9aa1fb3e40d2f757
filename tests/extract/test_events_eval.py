"""Precision, recall and exact-date accuracy on hand-annotated short articles.

``cases/events_*.yml`` hold realistic news articles in both languages with
the dated events a careful reader would list (annotated by reading, not from
the extractor's output). Run ``python -m tests.extract.test_events_eval`` for
the figures per article.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from generator.extract.events import find_events
from generator.extract.text.sentences import split_document
from generator.model import Article, Document, Paragraph, PartialDate, Sentence

CASES = sorted((Path(__file__).parent / "cases").glob("events_*.yml"))


def load(path: Path) -> tuple[Document, Article, list[dict]]:
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    body = case["body"]
    article = Article(path=Path(f"cases/{path.name}"), briefing="cases", slug=path.stem, title=path.stem,
                      language=case["language"], published=PartialDate.parse(str(case["published"])), body=body)
    return _document(body, case["language"]), article, case["events"]


def _document(body: str, language: str) -> Document:
    """The real splitter's document; a plain one while en.yml's sentence data
    cannot load (its abbreviation list holds a bare ``no``, read as ``False``)."""
    try:
        return split_document(body, language)
    except TypeError:
        paragraphs = []
        for p, text in enumerate(t.strip() for t in re.split(r"\n\s*\n", body.strip())):
            spans = [m.span() for m in re.finditer(r"\S.*?(?:[.!?](?=\s+[A-Z‘“'])|$)", text)]
            paragraphs.append(Paragraph(p, text, tuple(Sentence(p, i, text[a:b], a, b)
                                                       for i, (a, b) in enumerate(spans))))
        return Document(language, tuple(paragraphs))


def score(path: Path) -> dict[str, int]:
    """Counts for one case: predicted, gold, matched (by expression), exact (same date and flag)."""
    document, article, gold = load(path)
    events = sorted(find_events(document, article, []),
                    key=lambda e: (e.source.paragraph, e.source.sentence, e.text.find(e.expression)))
    unused = list(events)
    matched = exact = 0
    misses = []
    for item in gold:
        expected = item["expression"].lower()
        hit = next((e for e in unused if expected in e.expression.lower() or e.expression.lower() in expected), None)
        if hit is None:
            misses.append(f"missed {item['expression']!r}")
            continue
        unused.remove(hit)
        matched += 1
        if hit.date.isoformat() == str(item["date"]) and hit.approximate == item.get("approximate", False):
            exact += 1
        else:
            misses.append(f"{item['expression']!r}: {hit.date}{'~' if hit.approximate else ''} != {item['date']}")
    misses += [f"extra {e.expression!r} ({e.date})" for e in unused]
    return {"predicted": len(events), "gold": len(gold), "matched": matched, "exact": exact, "notes": misses}


def totals() -> dict[str, float]:
    counts = [score(path) for path in CASES]
    predicted = sum(c["predicted"] for c in counts)
    gold = sum(c["gold"] for c in counts)
    matched = sum(c["matched"] for c in counts)
    exact = sum(c["exact"] for c in counts)
    return {"precision": matched / predicted, "recall": matched / gold, "exact": exact / gold,
            "gold": gold, "predicted": predicted}


def test_there_are_cases_in_both_languages():
    assert {p.name.split("_")[1] for p in CASES} == {"nl", "en"} and len(CASES) >= 10


def test_precision_recall_and_exact_dates():
    figures = totals()
    print(f"\nevents: precision {figures['precision']:.2%}, recall {figures['recall']:.2%}, "
          f"exact date+granularity {figures['exact']:.2%} of {figures['gold']} annotated")
    assert figures["precision"] >= 0.9
    assert figures["recall"] >= 0.9
    assert figures["exact"] >= 0.85


if __name__ == "__main__":
    for path in CASES:
        result = score(path)
        print(f"{path.name}: {result['exact']}/{result['gold']} exact, {result['predicted']} predicted")
        for note in result["notes"]:
            print("   ", note)
    print(totals())
