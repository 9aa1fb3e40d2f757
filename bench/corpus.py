"""Generate a realistic synthetic corpus of Dutch and English news articles.

Every article is composed from sentence templates with randomized slots
(people, roles, organizations, places, dates, amounts, quotes), so no two
articles are copies and the extractors see the constructions they meet in
real news: appositions, reported speech, absolute and relative dates.
The generator is seeded: the same size always gives the same corpus.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

from bench import vocab

ARTICLES_PER_BRIEFING = 5

SENTENCES = {
    "nl": (
        "{person}, {role} bij {org}, zegt dat {topic} dit jaar de grootste zorg is.",
        "Op {date} maakte {org} bekend {amount} te investeren in {place}.",
        "‘{quote}’, zegt {person} {channel}.",
        "Volgens {person} is {topic} ‘{quote_short}’.",
        "{org} kondigde {relative} aan dat het de plannen voor {topic} uitstelt.",
        "In {month} {year} lag het budget nog op {amount}.",
        "De {role} {person} reageerde {channel}: ‘{quote}’",
        "Critici wijzen erop dat {org} in {place} al jaren verlies draait.",
        "Eind {year} moet duidelijk worden of {topic} de gevolgen te boven komt.",
        "{person} stelt dat de overheid te laat heeft ingegrepen.",
        "Het kabinet wil voor {month} een besluit nemen over {topic}.",
        "Beleggers in {place} reageerden nerveus; de koers van {org} daalde {percent} procent.",
    ),
    "en": (
        "{person}, {role} at {org}, said {topic} was the main worry this year.",
        "On {date}, {org} announced it would invest {amount} in {place}.",
        "“{quote},” {person} said {channel}.",
        "According to {person}, {topic} is “{quote_short}.”",
        "{org} said {relative} that it would delay its plans for {topic}.",
        "In {month} {year} the budget still stood at {amount}.",
        "{role_cap} {person} responded {channel}: “{quote}”",
        "Critics point out that {org} has been losing money in {place} for years.",
        "By the end of {year} it should be clear whether {topic} can recover.",
        "{person} argued that the government had stepped in too late.",
        "The administration wants to decide on {topic} before {month}.",
        "Investors in {place} were nervous; shares of {org} fell {percent} percent.",
    ),
}
QUOTES = {
    "nl": ("Dit is een wake-upcall voor heel Europa", "We hebben geen tijd meer te verliezen",
           "De cijfers spreken voor zich", "Niemand had dit zien aankomen", "We gaan dit samen oplossen",
           "Het is te vroeg om conclusies te trekken", "Dit raakt gewone mensen het hardst"),
    "en": ("This is a wake-up call for all of Europe", "We have no time left to lose",
           "The numbers speak for themselves", "Nobody saw this coming", "We will solve this together",
           "It is too early to draw conclusions", "This hits ordinary people hardest"),
}
SHORT_QUOTES = {
    "nl": ("een tikkende tijdbom", "onvermijdelijk", "een gemiste kans", "het Sputnik-moment van deze tijd"),
    "en": ("a ticking time bomb", "inevitable", "a missed opportunity", "this generation's Sputnik moment"),
}
RELATIVE = {
    "nl": ("vorige week", "gisteren", "afgelopen maandag", "onlangs", "deze zomer", "vorig jaar"),
    "en": ("last week", "yesterday", "on Monday", "recently", "this summer", "last year"),
}


def generate(root: Path, size: int, seed: int = 7) -> Path:
    """Write ``size`` articles under ``root/content`` (replacing it); return that folder."""
    content = root / "content"
    shutil.rmtree(content, ignore_errors=True)
    rng = random.Random(seed * 1_000_003 + size)
    for number in range(size):
        briefing = content / f"briefing-{number // ARTICLES_PER_BRIEFING:05d}"
        if number % ARTICLES_PER_BRIEFING == 0:
            briefing.mkdir(parents=True)
            write_briefing_meta(briefing, rng)
        language = "nl" if rng.random() < 0.55 else "en"
        (briefing / f"article-{number:05d}.md").write_text(article(rng, language, number), encoding="utf-8")
    (content / "actors.yml").write_text("# no corrections\n", encoding="utf-8")
    return content


def write_briefing_meta(folder: Path, rng: random.Random) -> None:
    nl, en = rng.choice(vocab.TOPICS["nl"]), rng.choice(vocab.TOPICS["en"])
    folder.joinpath("briefing.yml").write_text(
        f"title:\n  nl: \"Briefing over {nl}\"\n  en: \"Briefing on {en}\"\ntags: [bench]\n", encoding="utf-8")


def article(rng: random.Random, language: str, number: int) -> str:
    """One article with front matter, 3–16 paragraphs of 1–5 sentences."""
    published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
    people = [f"{rng.choice(vocab.FIRST_NAMES)} {rng.choice(vocab.LAST_NAMES)}" for _ in range(rng.randint(2, 6))]
    paragraphs = []
    for _ in range(rng.randint(3, 16)):
        paragraphs.append(" ".join(sentence(rng, language, people, published) for _ in range(rng.randint(1, 5))))
    title = sentence(rng, language, people, published).rstrip(".").replace('"', "'")
    header = (f"---\ntitle: \"{title[:90]}\"\ndate: {published.isoformat()}\nlanguage: {language}\n"
              f"source: {rng.choice(vocab.OUTLETS[language])}\nauthor: {rng.choice(people)}\n"
              f"url: https://example.org/{language}/{number}\n---\n\n")
    return header + "\n\n".join(paragraphs) + "\n"


def sentence(rng: random.Random, language: str, people: list[str], published: dt.date) -> str:
    months = vocab.MONTHS[language]
    day = published - dt.timedelta(days=rng.randrange(1, 400))
    date = f"{day.day} {months[day.month - 1]} {day.year}" if language == "nl" else f"{months[day.month - 1]} {day.day}, {day.year}"
    role = rng.choice(vocab.ROLES[language])
    text = rng.choice(SENTENCES[language]).format(
        person=rng.choice(people), role=role, role_cap=role[:1].upper() + role[1:],
        org=rng.choice(vocab.ORGANIZATIONS), place=rng.choice(vocab.PLACES[language]),
        topic=rng.choice(vocab.TOPICS[language]), date=date, relative=rng.choice(RELATIVE[language]),
        month=rng.choice(months), year=published.year - rng.randrange(3),
        amount=f"{rng.randint(2, 900)} {rng.choice(vocab.CURRENCIES[language])}",
        quote=rng.choice(QUOTES[language]), quote_short=rng.choice(SHORT_QUOTES[language]),
        channel=rng.choice(vocab.CHANNELS[language]), percent=rng.randint(2, 30),
    )
    return text[:1].upper() + text[1:]  # "het CPB ..." opens a sentence as "Het CPB ..."


def project(root: Path, size: int, source: Path) -> Path:
    """A project folder: a generated corpus plus ``source``'s templates and mkdocs.yml."""
    root.mkdir(parents=True, exist_ok=True)
    for name in ("templates",):
        shutil.rmtree(root / name, ignore_errors=True)
        shutil.copytree(source / name, root / name)
    shutil.copy2(source / "mkdocs.yml", root / "mkdocs.yml")
    generate(root, size)
    return root
