"""Run ``briefing extract`` on a set's articles in one process."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bench.evaluate.scoring import Json
from bench.evaluate.sets import ROOT, Item


@dataclass
class Extraction:
    """Predictions by item name; ``failures`` maps a failed item's name to the error."""

    predictions: dict[str, Json] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)


def briefing_command() -> list[str]:
    """The ``briefing`` beside the running interpreter (the venv's), else the one on ``PATH``."""
    local = Path(sys.executable).with_name("briefing")
    if local.exists():
        return [str(local)]
    found = shutil.which("briefing")
    return [found] if found else [sys.executable, "-m", "generator"]


def _front_matter(item: Item) -> str:
    lines = ["---", f"title: {json.dumps(item.name)}", f"language: {json.dumps(item.language)}"]
    if item.published:
        lines.append(f"date: {json.dumps(item.published)}")
    return "\n".join(lines + ["---", "", item.text or ""]) + "\n"


def _run(paths: list[Path], timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*briefing_command(), "extract", *map(str, paths), "--format", "jsonl"],
                          cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def extract(items: list[Item], timeout: float = 600) -> Extraction:
    """Extract every item in one ``briefing extract`` call.

    When that call fails, each item is run alone to name the failing ones.
    """
    result = Extraction()
    if not items:
        return result
    with tempfile.TemporaryDirectory(prefix="briefing-eval-") as tmp:
        paths = []
        for index, item in enumerate(items):
            if item.path is not None:
                paths.append(item.path)
                continue
            path = Path(tmp) / f"{index:04d}.md"
            path.write_text(_front_matter(item), encoding="utf-8")
            paths.append(path)
        for item, path in zip(items, paths):
            if not path.exists():
                result.failures[item.name] = f"article missing: {path}"
        present = [(item, path) for item, path in zip(items, paths) if item.name not in result.failures]
        done = _run([p for _, p in present], timeout) if present else None
        lines = done.stdout.splitlines() if done is not None and done.returncode == 0 else []
        if done is not None and len(lines) == len(present):
            for (item, _), line in zip(present, lines):
                result.predictions[item.name] = json.loads(line)
            return result
        for item, path in present:
            alone = _run([path], timeout)
            if alone.returncode != 0 or not alone.stdout.strip():
                result.failures[item.name] = f"extract failed ({alone.returncode}): {alone.stderr.strip()[-400:]}"
            else:
                result.predictions[item.name] = json.loads(alone.stdout.splitlines()[0])
    return result
