"""A small two-briefing, two-language project with known extractions.

The real extractors are being improved all the time; the site tests need
pages with actors, events (one reported twice), positions and amounts that do
not move. ``make_project`` writes the content of such a project and
``fake_extract`` stands in for ``generator.extract.extract``: it splits the
article with a naive splitter of its own (so these tests do not depend on the
extractors' language data either) and places the annotations below on the
sentences that contain their anchor text.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from generator.model import (
    Actor,
    Amount,
    Article,
    Document,
    Event,
    Extraction,
    Paragraph,
    PartialDate,
    Position,
    Sentence,
    SourceRef,
)

ROOT = Path(__file__).resolve().parents[2]

ARTICLES = {
    "ai-race/nrc.md": """\
---
title: DeepSeek zet de AI-wereld op zijn kop
date: 2025-01-28
language: nl
source: NRC
url: https://www.nrc.nl/nieuws/2025/01/28/deepseek-a1
---
Het Chinese bedrijf DeepSeek presenteerde op 20 januari 2025 een nieuw AI-model. De ontwikkeling zou slechts 6 miljoen euro hebben gekost.

"Dit is het Sputnik-moment van AI," schreef investeerder Marc Andreessen op X.

Eind 2024 kondigde OpenAI al een duurder model aan. De Verenigde Staten beperkten de export van chips.

## Europa zoekt zijn plek

Volgens technologie-expert Marietje Schaake moet Europa nuchter blijven.
""",
    "ai-race/guardian.md": """\
---
title: DeepSeek rattles US tech stocks
date: 2025-01-27
language: en
source: The Guardian
url: https://www.theguardian.com/technology/2025/jan/27/deepseek
---
On 21 January 2025 President Donald Trump announced Stargate, a $500 billion AI project.

Nvidia lost $600 billion in market value on 27 January 2025. "This is a wake-up call," said Sam Altman.

DeepSeek released its new model on 20 January 2025.
""",
    "stargate/ap.md": """\
---
title: Trump unveils Stargate AI venture
date: 2025-01-22
language: en
source: AP
url: https://apnews.com/article/trump-stargate-ai
---
President Donald Trump announced Stargate on 21 January 2025, a $500 billion investment in AI infrastructure.

OpenAI chief Sam Altman said the project would be "the most important of this era".

Critics called it a <script>alert(1)</script> stunt & a *bubble* on 23 January 2025.
""",
}

BRIEFING_YML = {
    "ai-race/briefing.yml": """\
title:
  nl: "De AI-race"
  en: "The AI race"
summary:
  nl: "DeepSeek en Stargate: de strijd om kunstmatige intelligentie."
  en: "DeepSeek and Stargate: the contest over artificial intelligence."
""",
}

ACTORS = {
    "deepseek": Actor("deepseek", "DeepSeek", "organization"),
    "marc-andreessen": Actor("marc-andreessen", "Marc Andreessen", "person", "investeerder"),
    "openai": Actor("openai", "OpenAI", "organization"),
    "verenigde-staten": Actor("verenigde-staten", "Verenigde Staten", "place"),
    "marietje-schaake": Actor("marietje-schaake", "Marietje Schaake", "person", "technologie-expert"),
    "donald-trump": Actor("donald-trump", "Donald Trump", "person", "President"),
    "stargate": Actor("stargate", "Stargate", "product"),
    "nvidia": Actor("nvidia", "Nvidia", "organization"),
    "sam-altman": Actor("sam-altman", "Sam Altman", "person", "OpenAI chief"),
}

# article → actors, events (anchor, date, approximate, actors, amounts), positions (actor, anchor, text, kind, channel)
ANNOTATIONS = {
    "ai-race/nrc.md": {
        "actors": ["deepseek", "marc-andreessen", "openai", "verenigde-staten", "marietje-schaake"],
        "events": [
            ("presenteerde op 20 januari", "2025-01-20", False, ["deepseek"], []),
            ("Eind 2024", "2024", True, ["openai"], []),
            ("6 miljoen euro", "2025-01", True, ["deepseek"], [Amount(6e6, "EUR", "6 miljoen euro")]),
        ],
        "positions": [
            ("marc-andreessen", "Sputnik", "Dit is het Sputnik-moment van AI", "direct", "X"),
            ("marietje-schaake", "nuchter", "Europa moet nuchter blijven", "indirect", None),
        ],
    },
    "ai-race/guardian.md": {
        "actors": ["donald-trump", "stargate", "nvidia", "sam-altman", "deepseek"],
        "events": [
            ("announced Stargate", "2025-01-21", False, ["donald-trump", "stargate"],
             [Amount(500e9, "USD", "$500 billion")]),
            ("Nvidia lost", "2025-01-27", False, ["nvidia"], [Amount(600e9, "USD", "$600 billion")]),
            ("released its new model", "2025-01-20", False, ["deepseek"], []),
        ],
        "positions": [("sam-altman", "wake-up call", "This is a wake-up call", "direct", None)],
    },
    "stargate/ap.md": {
        "actors": ["donald-trump", "stargate", "sam-altman"],
        "events": [
            ("announced Stargate", "2025-01-21", False, ["donald-trump", "stargate"],
             [Amount(500e9, "USD", "$500 billion")]),
        ],
        "positions": [("sam-altman", "most important", "the most important of this era", "direct", None)],
        # Article text is data: markup in it must reach the page escaped.
        "extra_events": [("Critics called", "2025-01-23", False, [], [])],
    },
}


def make_project(root: Path) -> Path:
    """Write a project (content, templates, mkdocs.yml) under ``root``; return ``root``."""
    for name in ("templates",):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("*.mo", "__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    for path, text in {**ARTICLES, **BRIEFING_YML}.items():
        target = root / "content" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


def fake_extract(article: Article) -> Extraction:
    """The annotations above, placed on the real sentences of ``article``."""
    document = split_document(article.body, article.language)
    notes = ANNOTATIONS[article.path.as_posix()]

    def ref(anchor: str) -> SourceRef:
        for sentence in document.sentences():
            if anchor in sentence.text:
                return SourceRef(article.path.as_posix(), sentence.paragraph, sentence.index)
        raise AssertionError(f"anchor {anchor!r} not in {article.path}")

    def sentence_text(source: SourceRef) -> str:
        paragraph = document.paragraphs[source.paragraph] if source.paragraph < len(document.paragraphs) else None
        for sentence in document.sentences():
            if (sentence.paragraph, sentence.index) == (source.paragraph, source.sentence):
                return sentence.text
        raise AssertionError(f"no sentence at {source} ({paragraph})")

    events = []
    for anchor, date, approximate, actors, amounts in notes["events"] + notes.get("extra_events", []):
        source = ref(anchor)
        events.append(Event(PartialDate.parse(date), approximate, anchor, sentence_text(source), source,
                            tuple(actors), tuple(amounts)))
    positions = [
        Position(actor, text, kind, ref(anchor), verb=None, channel=channel)
        for actor, anchor, text, kind, channel in notes["positions"]
    ]
    return Extraction(article, document, tuple(ACTORS[a] for a in notes["actors"]), tuple(events), tuple(positions))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])")


def split_document(body: str, language: str) -> Document:
    """Paragraphs at blank lines, ``## `` headings, sentences after ``. `` before a capital."""
    paragraphs = []
    for index, block in enumerate(b.strip() for b in re.split(r"\n\s*\n", body.strip()) if b.strip()):
        heading = block.startswith("#")
        text = block.lstrip("#").strip() if heading else " ".join(block.split())
        sentences, start = [], 0
        for number, piece in enumerate([text] if heading else _SENTENCE_END.split(text)):
            start = text.index(piece, start)
            sentences.append(Sentence(index, number, piece, start, start + len(piece)))
            start += len(piece)
        paragraphs.append(Paragraph(index, text, tuple(sentences), heading))
    return Document(language, tuple(paragraphs))
