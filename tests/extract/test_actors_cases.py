"""Table tests of the actor layer in Dutch and English (``cases/actors_{nl,en}.yml``)."""

from __future__ import annotations

import pytest

from generator.slugs import slugify
from tests.extract.test_actors_support import actors_of, load_cases

CASES = [(language, case) for language in ("nl", "en") for case in load_cases(f"actors_{language}.yml")]


@pytest.mark.parametrize(("language", "case"), CASES, ids=[f"{lang}: {c['case']}" for lang, c in CASES])
def test_actor_case(language: str, case: dict) -> None:
    actors = actors_of(case["text"], language)
    by_name = {a.name: a for a in actors}
    listing = [(a.name, a.kind, a.role, a.aliases) for a in actors]
    for expected in case.get("actors", []):
        actor = by_name.get(expected["name"])
        assert actor is not None, f"{expected['name']!r} not found in {listing}"
        if "kind" in expected:
            assert actor.kind == expected["kind"], (expected["name"], listing)
        if "role" in expected:
            assert actor.role == expected["role"], (expected["name"], listing)
        if "id" in expected:
            assert actor.id == expected["id"]
        for alias in expected.get("aliases", []):
            assert alias in actor.aliases, (expected["name"], listing)
        if "mentions" in expected:
            assert len(actor.mentions) == expected["mentions"], (expected["name"], actor.mentions)
    for name in case.get("absent", []):
        assert not any(name == a.name or name in a.aliases for a in actors), f"{name!r} is no actor: {listing}"


@pytest.mark.parametrize(("language", "case"), CASES, ids=[f"{lang}: {c['case']}" for lang, c in CASES])
def test_actor_invariants(language: str, case: dict) -> None:
    """Ids are unique slugs; mentions point at their text; the list runs in order of first mention."""
    from tests.extract.test_actors_support import make_document

    document = make_document(case["text"], language)
    actors = actors_of(case["text"], language)
    assert len({a.id for a in actors}) == len(actors)
    firsts = []
    for actor in actors:
        assert actor.id == slugify(actor.id)
        assert actor.mentions, actor
        for mention in actor.mentions:
            paragraph = document.paragraphs[mention.paragraph]
            assert paragraph.text[mention.start : mention.end] == mention.text
            sentence = paragraph.sentences[mention.sentence]
            assert sentence.start <= mention.start < mention.end <= sentence.end
        firsts.append((actor.mentions[0].paragraph, actor.mentions[0].start))
    assert firsts == sorted(firsts)
