"""Parsed articles and extractions by cache key: in memory first, then the state file.

A one-shot ``build`` starts with an empty memory and fills it from
``build/state.sqlite3``; ``watch`` keeps the memory between regenerations so
an edit costs one dictionary lookup per unchanged article, not a database read
and an unpickling.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.state import BuildState


@dataclass
class ObjectCache:
    state: BuildState | None = None
    memory: dict[tuple[str, str], Any] = field(default_factory=dict)
    used: set[tuple[str, str]] = field(default_factory=set)

    def get(self, table: str, key: str) -> Any | None:
        self.used.add((table, key))
        value = self.memory.get((table, key))
        if value is None and self.state is not None:
            value = self.state.load(table, key)
            if value is not None:
                self.memory[(table, key)] = value
        return value

    def put(self, table: str, key: str, path: str, value: Any) -> None:
        self.used.add((table, key))
        self.memory[(table, key)] = value
        if self.state is not None:
            self.state.store(table, key, path, value)

    def start_run(self, state: BuildState | None) -> None:
        """Attach this run's state; forget what the last run did not use."""
        self.state = state
        if self.used:
            self.memory = {k: v for k, v in self.memory.items() if k in self.used}
        self.used = set()
