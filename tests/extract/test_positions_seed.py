"""The seed article's positions against the hand-annotated golden file.

Once with the golden file's own actors (the positions layer alone), once
through ``generator.extract.extract`` with the real actor layer.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.extract import extract
from generator.extract.positions.finder import find_positions, outlet_actor
from generator.read.sources import read_article
from tests.extract.test_positions_support import make_actors

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = json.loads((Path(__file__).parent / "golden" / "seed_positions.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed():
    path = ROOT / GOLDEN["article"]
    article, _ = read_article(path, ROOT / "content", path.parent.name)
    return article


def _matches(position, gold) -> bool:
    return (
        position.actor == gold["actor"]
        and position.source.paragraph == gold["paragraph"]
        and gold["text"] in position.text
        and position.kind == gold["kind"]
        and all(getattr(position, key) == gold[key] for key in ("verb", "channel") if key in gold)
    )


def _compare(found):
    missed = [g for g in GOLDEN["positions"] if g.get("required", True) and not any(_matches(p, g) for p in found)]
    extra = [p for p in found if not any(_matches(p, g) for g in GOLDEN["positions"])]
    return missed, extra


def test_seed_positions_with_golden_actors(seed):
    from generator.extract.text.sentences import split_document

    document = split_document(seed.body, seed.language)
    found = find_positions(document, seed, make_actors(document, GOLDEN["actors"]))
    missed, extra = _compare(found)
    assert not missed, missed
    assert not extra, [(p.actor, p.source.paragraph, p.text[:60]) for p in extra]


def test_seed_split_quote_has_one_speaker(seed):
    """‘Het klopt…’, schrijft hij op LinkedIn. ‘Maar ChatGPT…’: both parts Duursma's, on LinkedIn."""
    from generator.extract.text.sentences import split_document

    document = split_document(seed.body, seed.language)
    found = find_positions(document, seed, make_actors(document, GOLDEN["actors"]))
    parts = [p for p in found if p.actor == "jarno-duursma" and p.kind == "direct"]
    assert [p.text[:14] for p in parts] == ["Het klopt dat ", "Maar ChatGPT k"]
    assert {(p.verb, p.channel) for p in parts} == {("schrijven", "LinkedIn")}
    assert parts[1].text.endswith("betaald.")


def test_seed_outlet_is_ew(seed):
    from generator.extract.text.sentences import split_document

    outlet = outlet_actor(seed, split_document(seed.body, seed.language))
    assert outlet is not None and outlet.name == (seed.source or "EW")


def test_seed_end_to_end_recall(seed):
    """Through the whole extractor: the actor layer's ids and mentions, the outlet appended."""
    extraction = extract(seed)
    ids = {a.id for a in extraction.actors}
    assert all(p.actor in ids for p in extraction.positions)
    required = [g for g in GOLDEN["positions"] if g.get("required", True)]
    found = [g for g in required if any(_matches(p, g) for p in extraction.positions)]
    assert len(found) / len(required) >= 0.8, [g["actor"] + ": " + g["text"] for g in required if g not in found]
