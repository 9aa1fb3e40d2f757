"""``make bench``: speed and memory of the pipeline on generated corpora.

For each size (``BENCH_SIZES``, default ``100,1000,10000``) it generates a
corpus under ``bench/corpora/`` and measures, each run in a fresh process:
extraction throughput on one core, a cold build (generator and MkDocs apart),
a no-op rebuild, the time from saving an article to its Markdown and to the
served HTML under ``briefing serve``, and peak memory. Every time is also
printed as a ratio to that size's cold build, so results compare across
machines.

MkDocs takes minutes at 10,000 articles on two cores; above ``BENCH_MKDOCS_MAX``
(default 1000) articles the build is measured without MkDocs and the edit
latency under ``briefing watch`` (Markdown only). A run longer than
``BENCH_TIMEOUT`` seconds (default 600) is stopped and reported as such.
``BENCH_SIZES=100,1000`` gives a quicker run.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

from bench import corpus, live
from bench.memory import TreeMemory

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "bench" / "corpora"
GOALS = {"noop_ratio": 0.05, "edit_seconds": 1.0, "per_core": 200, "peak_mb_10k": 500}


def worker(mode: str, root: Path, *extra: str) -> dict:
    """One run in a fresh process; ``{"timeout": seconds}`` when it exceeds ``BENCH_TIMEOUT``.

    Adds ``peak_tree_mb``: the peak summed memory (PSS) of the run and every process it started.
    """
    command = [sys.executable, "-m", "bench.worker", mode, str(root), *extra]
    timeout = float(os.environ.get("BENCH_TIMEOUT", "1800"))
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                               env=dict(os.environ, CI="1"))
    with TreeMemory(process.pid) as tree:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return {"timeout": timeout}
    if process.returncode != 0:
        raise RuntimeError(f"{mode} failed: {stderr.strip()[-2000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["peak_tree_mb"] = tree.peak_mb
    return result


def bench_size(size: int, mkdocs_max: int, serve_max: int) -> dict:
    root = CORPORA / f"n{size}"
    shutil.rmtree(root / "build", ignore_errors=True)
    shutil.rmtree(root / "site", ignore_errors=True)
    corpus.project(root, size, ROOT)
    with_mkdocs = size <= mkdocs_max
    mode = "build" if with_mkdocs else "generate"
    result: dict = {"size": size, "mkdocs": with_mkdocs, "served": with_mkdocs and size <= serve_max}
    result["extract"] = progress("extraction sample", worker("extract", root, str(min(size, 300))))
    result["cold"] = progress("cold build", worker(mode, root))
    if "timeout" in result["cold"]:
        # The extractions are cached (committed before assembling): the edit latency,
        # which does not wait for the full regeneration, can still be measured.
        result["noop"] = {"timeout": True}
        result["live"] = progress("edit latency", live.measure(root, "watch"))
        return result
    result["noop"] = progress("no-op rebuild", worker(mode, root))
    latency = live.measure(root, "serve" if result["served"] else "watch")
    result["live"] = progress("edit latency", latency)
    return result


def progress(what: str, value):
    """A line as each run ends: a 10,000-article run takes a while."""
    shown = value if isinstance(value, dict) else {"markdown": value.markdown, "html": value.html}
    print(f"  {what}: {json.dumps(shown, default=str)[:300]}", flush=True)
    return value


def ratio(seconds: float | None, cold: float) -> str:
    return f"{seconds / cold:8.4f} × cold" if seconds is not None and cold else "       n/a"


def mark(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def report(result: dict) -> None:
    if "timeout" in result["cold"]:
        return report_timeout(result)
    size, cold, noop, extract, latency = result["size"], result["cold"], result["noop"], result["extract"], result["live"]
    cold_total = cold["generate"] + cold["mkdocs"]
    noop_total = noop["wall"]
    print(f"\n== {size:,} articles ==")
    per_core = extract["per_second"]
    print(f"extraction         {per_core:8.1f} articles/s per core ({extract['articles']} sampled, "
          f"{extract['failures']} failed)   one core for the corpus: {size / per_core if per_core else 0:.1f} s = "
          f"{ratio(size / per_core if per_core else None, cold_total).strip()}   goal ≥ {GOALS['per_core']}: "
          f"{mark(per_core >= GOALS['per_core'])}")
    stages = ", ".join(f"{k} {v:.1f} s" for k, v in cold.get("stages", {}).items())
    mkdocs = f" + MkDocs {cold['mkdocs']:.1f} s" if result["mkdocs"] else " (MkDocs not run at this size)"
    print(f"cold build         {cold_total:8.2f} s   = generator {cold['generate']:.1f} s ({stages}){mkdocs}"
          f"   {cold['extracted']} extracted, {cold['errors']} errors")
    print(f"no-op rebuild      {noop_total:8.2f} s   {ratio(noop_total, cold_total)}   "
          f"(nothing rendered: {noop['up_to_date']}, MkDocs skipped: {noop['mkdocs_skipped'] or not result['mkdocs']})"
          f"   goal ≤ {GOALS['noop_ratio']:.0%}: {mark(noop_total <= GOALS['noop_ratio'] * cold_total)}")
    md, html = latency.markdown_median, latency.html_median
    print(f"edit → Markdown    {_s(md)}   {ratio(md, cold_total)}   (median of {len(latency.markdown)})")
    if result["served"]:
        print(f"edit → served HTML {_s(html)}   {ratio(html, cold_total)}   (median of {len(latency.html)}; "
              f"serve started in {latency.startup:.1f} s)   goal ≤ {GOALS['edit_seconds']:.0f} s: "
              f"{mark(html is not None and html <= GOALS['edit_seconds'])}")
    peak = max(cold["peak_mb"], cold["peak_children_mb"], cold.get("peak_tree_mb", 0))
    print(f"peak memory        {peak:8.0f} MB  (all build processes together {cold.get('peak_tree_mb', 0):.0f} MB; "
          f"alone: build process {cold['peak_mb']:.0f} MB, largest child {cold['peak_children_mb']:.0f} MB; "
          f"{mode_name(result)} process {latency.peak_mb:.0f} MB)"
          + (f"   goal ≤ {GOALS['peak_mb_10k']} MB: {mark(peak <= GOALS['peak_mb_10k'])}" if size >= 10_000 else ""))


def report_timeout(result: dict) -> None:
    """A size whose cold build did not finish: what could still be measured."""
    extract, latency = result["extract"], result["live"]
    print(f"\n== {result['size']:,} articles ==")
    print(f"extraction         {extract['per_second']:8.1f} articles/s per core ({extract['articles']} sampled)")
    print(f"cold build         > {result['cold']['timeout']:.0f} s: did not finish (BENCH_TIMEOUT); the stage "
          "timings of the smaller sizes show what grows fastest (see README, Benchmarks)")
    print(f"edit → Markdown    {_s(latency.markdown_median)}   (median of {len(latency.markdown)}, under watch; "
          f"started in {latency.startup:.1f} s)")
    print(f"peak memory        {latency.peak_mb:8.0f} MB  (watch process holding every extraction)")


def mode_name(result: dict) -> str:
    return "serve" if result["served"] else "watch"


def _s(seconds: float | None) -> str:
    return f"{seconds:8.2f} s" if seconds is not None else "     n/a  "


def main() -> None:
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "100,1000,10000").split(",") if s.strip()]
    mkdocs_max = int(os.environ.get("BENCH_MKDOCS_MAX", "10000"))
    # `serve` starts with a full in-process MkDocs build: minutes at 10,000 articles.
    serve_max = int(os.environ.get("BENCH_SERVE_MAX", "1000"))
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"briefing benchmark · {cores} cores · Python {platform.python_version()} · sizes {sizes}")
    for size in sizes:
        started = time.perf_counter()
        result = bench_size(size, mkdocs_max, serve_max)
        report(result)
        print(f"({size:,} articles measured in {time.perf_counter() - started:.0f} s)", flush=True)


if __name__ == "__main__":
    main()
