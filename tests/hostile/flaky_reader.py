"""``briefing`` with a reader that meets a changing disk, for ``tests/test_robustness.py``.

Run as ``python flaky_reader.py --root PROJECT build``. Files whose name
starts with ``vanishing`` are deleted right before they are read (an editor
removing them mid-build); reading ``explodes*`` raises an unexpected error
(a bug in a parser), which must cost that file only.
"""

from __future__ import annotations

from generator.cli import main
from generator.read import sources

_read_article = sources.read_article


def read_article(path, content_dir, briefing, **options):
    if path.name.startswith("vanishing"):
        path.unlink()
    if path.name.startswith("explodes"):
        raise RuntimeError("the parser blew up")
    return _read_article(path, content_dir, briefing, **options)


sources.read_article = read_article

if __name__ == "__main__":
    main()
