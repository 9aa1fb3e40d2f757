"""Parsed articles and extractions by cache key: in memory first, then the state file.

A one-shot ``build`` keeps nothing in memory (``retain=False``): it reads
``build/state.sqlite3`` once per article, and holding every parsed article a
second time would only add to its peak. ``watch`` keeps the memory between
regenerations so an edit costs one dictionary lookup per unchanged article,
not a database read and an unpickling.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.incremental.state import BuildState


@dataclass
class ObjectCache:
    state: BuildState | None = None
    memory: dict[tuple[str, str], Any] = field(default_factory=dict)
    used: set[tuple[str, str]] = field(default_factory=set)
    retain: bool = True

    def get(self, table: str, key: str) -> Any | None:
        self.used.add((table, key))
        value = self.memory.get((table, key))
        if value is None and self.state is not None:
            value = self.state.load(table, key)
            if value is not None:
                self.remember(table, key, value)
        return value

    def remember(self, table: str, key: str, value: Any) -> None:
        """Keep ``value`` in memory for the next run (when this cache retains)."""
        if self.retain:
            self.memory[(table, key)] = value

    def put(self, table: str, key: str, path: str, value: Any) -> None:
        self.used.add((table, key))
        self.remember(table, key, value)
        if self.state is not None:
            self.state.store(table, key, path, value)

    def start_run(self, state: BuildState | None) -> None:
        """Attach this run's state; forget what the last run did not use."""
        self.state = state
        if self.used:
            self.memory = {k: v for k, v in self.memory.items() if k in self.used}
        self.used = set()
