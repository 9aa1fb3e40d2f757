"""``make eval``: precision, recall and F1 of the extractor, per layer and language.

The extractor runs through its public command (``briefing extract --format
jsonl``), one process per set of articles, so this package depends on the
JSON contract only and not on the generator's internals. Matching follows the
development set's ``score.py`` rule for rule (see :mod:`.scoring`).

    .venv/bin/python -m bench.evaluate [--verbose] [--only NAME] [--json]
"""
