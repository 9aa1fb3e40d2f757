"""The build report: what a run did, for the CLI and the tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import Problem


@dataclass
class BuildReport:
    """What a run did, for the CLI and the tests."""

    sources_read: int = 0
    extracted: int = 0
    reused: int = 0
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    pruned: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    generate_seconds: float = 0.0
    mkdocs_seconds: float = 0.0
    site_dir: Path | None = None
    #: Nothing changed since the last run: no page was rendered.
    up_to_date: bool = False
    #: MkDocs did not run because the pages it would read did not change.
    mkdocs_skipped: bool = False
    #: Seconds per stage (read+extract, assemble, render+write), for the benchmark.
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def summary(self) -> str:
        parts = [
            f"{self.sources_read} sources read",
            f"{self.extracted} extracted",
            f"{self.reused} reused",
            f"{len(self.written)} pages written",
            f"{self.unchanged} unchanged",
            f"{len(self.pruned)} pruned",
            f"{len(self.errors)} errors",
            f"{len(self.warnings)} warnings",
        ]
        timing = f"generate {self.generate_seconds:.2f}s"
        if self.site_dir is not None:
            timing += ", mkdocs skipped (up to date)" if self.mkdocs_skipped else f", mkdocs {self.mkdocs_seconds:.2f}s"
        return ", ".join(parts) + f" ({timing})"
