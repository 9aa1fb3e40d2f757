"""``python -m bench.evaluate``: the figures table (see :mod:`bench.evaluate`)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import datetime, timezone

from bench.evaluate import report, runner, sets
from bench.evaluate.scoring import ArticleScore, score


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.evaluate", description=__doc__)
    parser.add_argument("--verbose", action="store_true", help="misses and junk per article")
    parser.add_argument("--only", action="append", default=[], metavar="SUBSTRING",
                        help="only articles whose name holds SUBSTRING (repeatable: any of them)")
    parser.add_argument("--json", action="store_true", help="print the rows and articles as JSON")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Score every available set; 1 when an article's extraction failed."""
    args = parse(argv)
    started = datetime.now(timezone.utc)
    chosen = [sets.load_devset(), sets.load_cases()]
    polnear = sets.load_polnear()
    if polnear is not None:
        chosen.append(polnear)
    notes, table, articles, failed = [], [], [], False
    for evalset in chosen:
        if evalset.note:
            notes.append(evalset.note)
            continue
        items = [i for i in evalset.items if not args.only or any(s in i.name for s in args.only)]
        if not items:
            notes.append(f"{evalset.key}: no article matches --only")
            continue
        extraction = runner.extract(items)
        for name, error in extraction.failures.items():
            failed = True
            notes.append(f"{evalset.key}: {name}: FAILED {error}")
        results: list[ArticleScore] = [score(i.name, i.gold, extraction.predictions[i.name])
                                       for i in items if i.name in extraction.predictions]
        articles += [(evalset.key, r) for r in results]
        if results:
            table += report.rows(evalset.label, results, f"{started:%Y-%m-%d}")
    if args.json:
        print(json.dumps({"date": started.isoformat(timespec="seconds"), "rows": [r.as_dict() for r in table],
                          "articles": [{"set": k, **asdict(r)} for k, r in articles], "notes": notes},
                         ensure_ascii=False, indent=1))
        return 1 if failed else 0
    if args.verbose:
        for _, result in articles:
            print(report.summary(result))
            print("\n".join(report.details(result)) or "   (nothing missed)")
        print()
    print(f"briefing extraction figures, run {started:%Y-%m-%d %H:%M} UTC")
    print(report.HEADER)
    for row in table:
        print(row.render())
    for note in notes:
        print(note)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
