"""The evaluation sets: the development set, the project's cases, outside corpora.

Each set is a list of :class:`Item`: an article (a file, or a text written
to a temporary file before extraction) and its gold in the development set's
shape, so that one scorer serves them all.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench.evaluate.scoring import Json

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "extract" / "cases"


@dataclass
class Item:
    """One article to extract and score."""

    name: str
    language: str
    gold: Json
    path: Path | None = None
    text: str | None = None
    published: str | None = None


@dataclass
class EvalSet:
    """A named set of items; ``note`` says why it was skipped when ``items`` is empty."""

    key: str
    label: str
    items: list[Item]
    note: str = ""


def devset_path() -> Path:
    """``EVAL_DEVSET``, else ``../shared/devset`` beside the project root."""
    return Path(os.environ.get("EVAL_DEVSET") or ROOT.parent / "shared" / "devset")


def load_devset(root: Path | None = None) -> EvalSet:
    """The development set's gold files with their articles (skipped when absent)."""
    root = root or devset_path()
    label = "devset (real news)"
    if not (root / "gold").is_dir():
        return EvalSet("devset", label, [], note=f"devset: skipped, no development set at {root}")
    items = []
    for path in sorted((root / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        items.append(Item(path.name, gold.get("language", "?"), gold, path=root / "articles" / gold["article"]))
    return EvalSet("devset", label, items)


def _actor_cases(path: Path) -> list[Item]:
    language = path.stem.rsplit("_", 1)[-1]
    items = []
    for case in yaml.safe_load(path.read_text(encoding="utf-8")):
        actors = [{"name": g["name"], "aliases": g.get("aliases", []), "core": True} for g in case["gold"]]
        actors += [{"name": n, "aliases": [], "core": False} for n in case.get("acceptable", [])]
        gold = {"language": language, "layers": ["actors"], "actors": actors, "events": [], "positions": []}
        items.append(Item(f"{path.name}:{case['title']}", language, gold, text=case["text"]))
    return items


def _event_case(path: Path) -> Item:
    case = yaml.safe_load(path.read_text(encoding="utf-8"))
    events = [{"id": f"{i + 1}:{e['expression']}", "keys": [e["expression"]], "accept": [str(e["date"])],
               "core": True} for i, e in enumerate(case["events"])]
    gold = {"language": case["language"], "layers": ["events"], "actors": [], "events": events, "positions": []}
    return Item(path.name, case["language"], gold, text=case["body"], published=str(case["published"]))


def _position_cases(path: Path) -> list[Item]:
    items = []
    for case in yaml.safe_load(path.read_text(encoding="utf-8")):
        names = {a["id"]: a["name"] for a in case["actors"]}
        actors = [{"name": a["name"], "aliases": a.get("aliases", []), "core": False} for a in case["actors"]]
        positions = [{"speaker": names.get(p["actor"], p["actor"]), "keys": [p["text"]], "core": True}
                     for p in case["positions"]]
        gold = {"language": case["language"], "layers": ["positions"], "actors": actors, "events": [],
                "positions": positions}
        items.append(Item(f"{path.name}:{case['name']}", case["language"], gold, text=case["text"]))
    return items


def load_cases(root: Path = CASES) -> EvalSet:
    """The annotated cases of ``tests/extract/cases``, each scored on the layer it annotates.

    ``actors_eval_*.yml``: gold actors are core, ``acceptable`` ones non-core.
    ``events_*.yml``: each annotated expression is a core event whose key is
    the expression and whose accepted date is the annotated one.
    ``positions_*.yml``: each gold position is core, its text the key phrase.
    """
    items: list[Item] = []
    for path in sorted(root.glob("actors_eval_*.yml")):
        items += _actor_cases(path)
    items += [_event_case(path) for path in sorted(root.glob("events_*.yml"))]
    for path in sorted(root.glob("positions_*.yml")):
        items += _position_cases(path)
    return EvalSet("cases", "project cases (written here)", items)


def load_polnear() -> EvalSet | None:
    """PolNeAR (``EVAL_POLNEAR``): no reader yet, so the set is reported as not implemented."""
    path = os.environ.get("EVAL_POLNEAR")
    if not path:
        return None
    return EvalSet("polnear", "PolNeAR (outside corpus)", [],
                   note=f"polnear: not implemented yet (no reader for the PolNeAR format; {path} not read)")
