"""One measured run in a fresh process: ``python -m bench.worker MODE ROOT``.

Each run gets its own interpreter so its peak memory (``ru_maxrss``) is its
own, and so a cold build really starts cold (no module-level caches). It
prints one JSON object on its last line.

Modes: ``build`` (generator + MkDocs), ``generate`` (generator only),
``extract`` (single-process extraction throughput on a sample).
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MB."""
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return self_kb / 1024, children_kb / 1024


def run_build(root: Path, mkdocs: bool) -> dict:
    from generator import pipeline
    from generator.config import Config

    config = Config.from_root(root)
    started = time.perf_counter()
    if mkdocs:
        report = pipeline.build(config)
    else:
        report = pipeline.generate(config)
    wall = time.perf_counter() - started
    own, children = peak_mb()
    return {
        "wall": wall, "generate": report.generate_seconds, "mkdocs": report.mkdocs_seconds,
        "sources": report.sources_read, "extracted": report.extracted, "reused": report.reused,
        "written": len(report.written), "unchanged": report.unchanged, "errors": len(report.errors),
        "up_to_date": report.up_to_date, "mkdocs_skipped": report.mkdocs_skipped,
        "peak_mb": own, "peak_children_mb": children, "stages": report.stages,
    }


def run_extract(root: Path, sample: int) -> dict:
    """Articles per second on one core: read a sample, then time ``extract`` alone."""
    from generator.extract import extract
    from generator.read.sources import read_content

    articles = read_content(root / "content").articles[:sample]
    if articles:
        extract(articles[0])  # load language data and lazy resources outside the timing
    failures = 0
    started = time.perf_counter()
    for article in articles:
        try:
            extract(article)
        except Exception:
            failures += 1
    seconds = time.perf_counter() - started
    return {"articles": len(articles), "seconds": seconds, "failures": failures,
            "per_second": len(articles) / seconds if seconds else 0.0}


def main() -> None:
    mode, root = sys.argv[1], Path(sys.argv[2])
    if mode == "extract":
        result = run_extract(root, int(sys.argv[3]) if len(sys.argv) > 3 else 300)
    else:
        result = run_build(root, mkdocs=mode == "build")
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
