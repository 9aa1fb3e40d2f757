"""``make eval`` (``bench.evaluate``): its scorer, its agreement with the development set's
``score.py``, and the command itself."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.evaluate import runner, sets
from bench.evaluate.scoring import actor_matches, norm, score, text_has, total

ROOT = Path(__file__).resolve().parents[1]
DEVSET = sets.devset_path()
needs_devset = pytest.mark.skipif(not (DEVSET / "score.py").exists(), reason=f"no development set at {DEVSET}")

GOLD = {
    "language": "en",
    "actors": [
        {"name": "Carrie Lam", "core": True, "aliases": ["Lam"]},
        {"name": "Hong Kong", "core": True, "aliases": []},
        {"name": "The Guardian", "core": False, "aliases": []},
    ],
    "events": [
        {"id": "withdraw", "core": True, "keys": ["withdraw the bill"], "accept": ["2019-09-04"]},
        {"id": "protests", "core": True, "keys": ["since June"], "accept": ["2019-06"]},
        {"id": "side", "core": False, "keys": ["side note"], "accept": ["2019"]},
    ],
    "positions": [
        {"speaker": "Carrie Lam", "core": True, "keys": ["fully withdraw"]},
        {"speaker": "Hong Kong", "core": False, "keys": ["investigate"]},
    ],
}
PRED = {
    "actors": [
        {"id": "lam", "name": "Lam", "aliases": []},  # gold alias
        {"id": "guardian", "name": "Guardian", "aliases": []},  # "The Guardian" with the article aside: right
        {"id": "kong", "name": "Kong", "aliases": []},  # part of a name is no match: junk
        {"id": "on-wednesday", "name": "On Wednesday", "aliases": []},  # junk
    ],
    "events": [
        {"date": "2019-09-05", "text": "She said she would WITHDRAW the bill.", "actors": []},  # wrong date
        {"date": "2019-09-04", "text": "Lam will withdraw the bill.", "actors": []},  # right date
    ],
    "positions": [
        {"actor": "lam", "text": "The government will fully withdraw the bill"},
        {"actor": "guardian", "text": "fully withdraw"},  # speaker wrong: junk
        {"actor": "Hong Kong", "text": "police will investigate"},  # unknown id, name used: matches non-core
    ],
}


def test_norm_folds_accents_case_and_punctuation() -> None:
    assert norm("  Zuid-Holland’s  Ré!  ") == "zuid hollands re"  # ’ is dropped by the ASCII fold
    assert norm(None) == ""


def test_actor_matching_by_alias_and_leading_article() -> None:
    assert actor_matches({"name": "Lam"}, {"name": "Carrie Lam", "aliases": ["Lam"]})
    assert actor_matches({"name": "het Rode Kruis"}, {"name": "Rode Kruis"})
    assert not actor_matches({"name": "Carrie"}, {"name": "Carrie Lam", "aliases": ["Lam"]})
    assert text_has("He WITHDREW, the bill.", ["withdrew the bill"]) and not text_has("x", ["y"])


def test_scores_of_a_hand_made_prediction() -> None:
    result = score("hk", GOLD, PRED)
    a, e, p = result.actors, result.events, result.positions
    assert (a.core, a.found, a.pred, a.good) == (2, 1, 4, 2)
    assert a.missed == ["Hong Kong"] and a.junk == ["Kong", "On Wednesday"]
    assert (e.core, e.found, e.date_ok, e.pred) == (2, 1, 1, 2)
    assert e.missed == ["protests"] and e.wrong_date == []
    assert (p.core, p.found, p.pred, p.good) == (1, 1, 3, 2)
    assert p.junk == ["guardian: fully withdraw"]
    figures = total([result]).figures()
    assert figures["actors_p"] == 0.5 and figures["actors_r"] == 0.5
    assert figures["date_acc"] == 0.5 and figures["positions_p"] == pytest.approx(2 / 3)


def test_a_wrong_date_alone_is_reported() -> None:
    pred = {**PRED, "events": PRED["events"][:1]}
    e = score("hk", GOLD, pred).events
    assert (e.found, e.date_ok, e.wrong_date) == (1, 0, ["withdraw"])


def test_layers_a_case_does_not_annotate_are_not_scored() -> None:
    result = score("case", {**GOLD, "layers": ["events"]}, PRED)
    assert result.actors is None and result.positions is None and result.events is not None
    figures = total([result]).figures()
    assert figures["actors_p"] is None and figures["events_r"] == 0.5


def test_every_case_file_is_loaded() -> None:
    cases = sets.load_cases().items
    names = {i.name.split(":")[0] for i in cases}
    assert len([n for n in names if n.startswith("events_")]) == 36
    assert {i.language for i in cases} == {"nl", "en"}
    assert all(i.gold["layers"] for i in cases)


@needs_devset
def test_same_totals_as_the_devsets_score_py() -> None:
    spec = importlib.util.spec_from_file_location("devset_score", DEVSET / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    devset = sets.load_devset(DEVSET)
    extraction = runner.extract(devset.items)
    assert not extraction.failures
    for item in devset.items:
        pred = extraction.predictions[item.name]
        theirs = module.score(item.gold, pred)
        ours = score(item.name, item.gold, pred)
        a, e, p = ours.actors, ours.events, ours.positions
        assert (a.found, a.core, a.pred, a.good, a.missed, a.junk) == tuple(
            theirs["actors"][k] for k in ("tp", "core", "pred", "good", "missed", "junk")), item.name
        assert (e.core, e.found, e.date_ok, e.pred, e.missed, e.wrong_date) == tuple(
            theirs["events"][k] for k in ("core", "found", "date_ok", "pred", "missed", "wrong_date")), item.name
        assert (p.core, p.found, p.pred, p.good, p.missed) == tuple(
            theirs["positions"][k] for k in ("core", "found", "pred", "good", "missed")), item.name


@needs_devset
def test_command_on_two_devset_articles() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench.evaluate", "--only", "en-dev-01", "--only", "nl-dev-01", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    devset_rows = [r for r in out["rows"] if r["set"] == "devset (real news)"]
    assert [(r["language"], r["articles"]) for r in devset_rows] == [("nl", 1), ("en", 1), ("all", 2)]
    assert all(0 <= r["actors_p"] <= 1 for r in devset_rows)
    text = subprocess.run([sys.executable, "-m", "bench.evaluate", "--only", "en-dev-01", "--verbose"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120).stdout
    assert "en-dev-01-hk-extradition-bill.json: actors" in text and "set " in text


def test_a_failing_extraction_is_named(tmp_path: Path) -> None:
    item = sets.Item("gone.md", "en", {"actors": [], "events": [], "positions": []}, path=tmp_path / "gone.md")
    extraction = runner.extract([item])
    assert "gone.md" in extraction.failures and not extraction.predictions
