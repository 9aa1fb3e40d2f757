"""Name candidates: runs of capitalized words, with their particles and connectors.

A candidate is a stretch of one sentence that may name an actor: "Donald Trump",
"Ursula von der Leyen", "Wetenschappelijke Raad voor het Regeringsbeleid",
"ministerie van Financiën", "DeepSeek R1". This module only draws the
boundaries and notes what it saw on the way (sentence-initial position, a
possessive, a hyphenated role such as "FNV-voorzitter"); deciding which
candidates really are actors is ``actors.py``'s job.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left
from typing import NamedTuple

from generator.extract.actors import gazetteer
from generator.extract.actors.credits import credits
from generator.extract.actors.demonyms import is_demonym
from generator.extract.actors.role_words import is_role
from generator.extract.actors.tokens import Token, tokenize
from generator.model import Document

# After these the next word may be capitalized for reasons other than being a name.
_OPENERS = set("‘“„«\"'([:—–-•.!?…")
# Words of a ministry's portfolio are ordinary nouns at least this frequent (Zipf).
_ORDINARY = 3.5
_TITLE_BEFORE = re.compile(r"(?<![\w-])([a-zà-ÿ][\w-]*)\s+(\w+)\s+$")


class Candidate(NamedTuple):
    """A capitalized stretch of text that may name an actor (a tuple: made for every capital)."""

    paragraph: int
    sentence: int
    start: int  # offsets into the paragraph text
    end: int
    tokens: tuple[Token, ...]
    ambiguous: bool  # the first word stands where any word is capitalized
    heading: bool  # in a heading or a shouting line: capitals prove nothing there
    title: str | None = None  # "minister van" right before: the run starts with the title's complement
    before_role: bool = False  # glued to a role: "FNV" in "FNV-voorzitter"
    source: str = ""  # the paragraph's text


def find_candidates(document: Document) -> list[Candidate]:
    """Every name candidate of ``document``, in text order."""
    language = document.language
    words = gazetteer.word_sets(language)
    never = _never_names(language)
    found: list[Candidate] = []
    for paragraph in document.paragraphs:
        text = paragraph.text
        tokens = tokenize(text, language)
        skipped = credits(text, paragraph.index, language)
        if skipped:  # a photo credit, a byline, the agency of a dateline: not the story's actors
            tokens = [t for t in tokens if not any(a <= t.start < b for a, b in skipped)]
        heading = paragraph.is_heading or _shouting(text)
        starts = [t.start for t in tokens]
        for sentence in paragraph.sentences:
            inside = tokens[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]
            for run, after in _runs(inside, words, language, text):
                if len(run) == 1 and run[0].lower in never:
                    continue  # "De", "Maar", "In januari": the common case, dropped early
                found.append(
                    Candidate(
                        paragraph=paragraph.index,
                        sentence=sentence.index,
                        start=run[0].start,
                        end=run[-1].end,
                        tokens=tuple(run),
                        ambiguous=_ambiguous(text, sentence.start, run[0].start, words["person_titles"]),
                        heading=heading,
                        title=_title_before(text, sentence.start, run[0], words, language),
                        before_role=run[-1].tail and after is not None and is_role(after.text, language),
                        source=text,
                    )
                )
    return found


@functools.cache
def _never_names(language: str) -> frozenset[str]:
    words = gazetteer.word_sets(language)
    return words["not_names"] | words["articles"] | gazetteer.calendar_words()


def _ambiguous(text: str, floor: int, start: int, titles: frozenset[str]) -> bool:
    """Capitalized for its position: first in the sentence, after a quote, colon or dash."""
    before = text[max(floor, start - 40) : start].rstrip()
    if not before:
        return start - 40 <= floor  # (only blanks for 40 characters: call it mid-sentence)
    last = before[-1]
    if last == "." and before[:-1].rsplit(None, 1)[-1:] and before[:-1].rsplit(None, 1)[-1].lower() in titles:
        return False  # "Mr. Smith", "dr. Jansen": the full stop ends a title, not a sentence
    return last in _OPENERS or unicodedata.category(last)[0] == "S"


def _title_before(text: str, floor: int, first: Token, words, language: str) -> str | None:
    """"minister van" in "minister van Financiën Eelco Heinen"."""
    if not first.joined:
        return None  # the cheapest test first: this runs for every candidate
    start = first.start
    last = text[max(floor, start - 6) : start].split()[-1:]
    if not last or last[0].lower() not in words["connectors"]:
        return None
    match = _TITLE_BEFORE.search(text[max(floor, start - 60) : start])
    if match and match.group(2).lower() in words["connectors"] and is_role(match.group(1), language):
        return f"{match.group(1)} {match.group(2)}"
    return None


def _shouting(text: str) -> bool:
    return len(text) > 12 and text == text.upper() and text != text.lower()


def _runs(tokens: list[Token], words: dict[str, frozenset[str]], language: str, text: str):
    """``(run, next token)`` for each capitalized run of one sentence's tokens."""
    index = 0
    while index < len(tokens):
        token = tokens[index]
        initial = len(token.text) == 2 and token.text[1] == "."
        if (token.capitalized and not initial) or _org_head(tokens, index, words, language):
            end = _extend(tokens, index, words, language)
            if (end - index > 1 or not token.capitalized) and any(
                    not t.capitalized and t.lower in words["connectors"] for t in tokens[index:end]):
                end = _enumeration_end(tokens, end, text, language)
            yield tokens[index:end], tokens[end] if end < len(tokens) else None
            index = end
        else:
            index += 1


def _org_head(tokens: list[Token], index: int, words: dict[str, frozenset[str]], language: str) -> bool:
    """``ministerie van Financiën``, ``gemeente Amsterdam``: a lower-case head noun."""
    if tokens[index].lower not in words["org_heads"]:
        return False
    nxt = _next_word(tokens, index)
    if nxt is None:
        return False
    if tokens[nxt].capitalized and tokens[nxt].joined:
        return True
    if tokens[nxt].lower in words["connectors"]:
        after = _skip_articles(tokens, nxt, language)
        return after is not None and tokens[after].capitalized
    return False


def _extend(tokens: list[Token], index: int, words: dict[str, frozenset[str]], language: str) -> int:
    """End (exclusive) of the name that starts at ``tokens[index]``."""
    end = index + 1
    while end < len(tokens):
        token = tokens[end]
        if not token.joined or tokens[end - 1].tail or tokens[end - 1].possessive:
            break
        if token.capitalized:
            end += 1
            continue
        if token.text == "&" and end + 1 < len(tokens) and tokens[end + 1].capitalized:
            end += 2
            continue
        if token.lower in words["particles"] and _particle_joins(tokens, index, end, words, language):
            end = _skip_particles(tokens, end, words) + 1
            continue
        if token.lower in words["connectors"] and _connector_joins(tokens, index, end, words, language):
            after = _skip_articles(tokens, end, language)
            end = after + 1
            continue
        break
    return end


def _enumeration_end(tokens: list[Token], end: int, text: str, language: str) -> int:
    """"ministerie van Volksgezondheid, Welzijn en Sport": a portfolio lists ordinary nouns."""
    index = end
    while index < len(tokens):
        gap = text[tokens[index - 1].end : tokens[index].start]
        token = tokens[index]
        if not token.capitalized or token.is_acronym or gazetteer.zipf(token.text, language) < _ORDINARY:
            return end
        if gazetteer.place(token.text) is not None:
            return end  # "in Rotterdam, Den Haag en Delft" lists places, not a portfolio
        if gap in (" en ", " and ", ", and "):
            return index + 1
        if gap != ", ":
            return end
        index += 1
    return end


def _particle_joins(tokens: list[Token], start: int, index: int, words, language: str) -> bool:
    """``van`` in "Vincent van Gogh", not in "Timmermans van GroenLinks"."""
    last = _skip_particles(tokens, index, words)
    if last >= len(tokens):
        return False
    surname = tokens[last]
    if not surname.capitalized or not surname.joined:
        return False
    left = tokens[index - 1]
    if left.lower in words["org_words"] or left.is_acronym:
        return False
    if index - 1 == start and left.lower in words["particles"]:
        return True  # "Van der Laan", "De la Rúa": a surname that opens with its particle
    # "Mona Keijzer van Volkshuisvesting": after a first name and a surname comes no particle
    if index - start >= 2 and not gazetteer.is_given_name(left.text):
        return False
    # "Terwijl de Amerikanen": a common word before the particle is no first name
    if gazetteer.zipf(left.text, language) >= 5.0 and not gazetteer.is_given_name(left.text):
        return False
    if surname.is_acronym or surname.camel or gazetteer.place(surname.text):
        return False
    following = last + 1
    return not (following < len(tokens) and tokens[following].joined and tokens[following].capitalized)


def _skip_particles(tokens: list[Token], index: int, words) -> int:
    """Index of the first token after a run of particles starting at ``index``."""
    end = index
    while end < len(tokens) and end - index < 3 and tokens[end].lower in words["particles"] and tokens[end].joined:
        end += 1
    return end


def _connector_joins(tokens: list[Token], start: int, index: int, words, language: str) -> bool:
    """``of`` in "Bank of America", "Governor of California", "Ronde van Vlaanderen".

    The left part is an institution, a title, or one capitalized ordinary noun
    (a race, a prize, a battle): not a person ("Timmermans van GroenLinks").
    """
    head = tokens[index - 1].lower
    cue = (
        head in words["org_words"]
        or head in words["place_words"]
        or head in words["roles"]
        or head.endswith(gazetteer.suffixes(language, "org_suffixes"))
        or tokens[start].lower in words["org_heads"]
        or (
            index - 1 == start
            and tokens[index].lower in words["of_words"]
            and gazetteer.place(head) is None
            and gazetteer.zipf(head, language) >= _ORDINARY
            and not is_demonym(head, language)
        )
    )
    if not cue:
        return False
    after = _skip_articles(tokens, index, language)
    return after is not None and tokens[after].capitalized


def _skip_articles(tokens: list[Token], index: int, language: str) -> int | None:
    """Index of the word after a connector and its optional article."""
    nxt = index + 1
    if (nxt < len(tokens) and tokens[nxt].lower in gazetteer.word_union(language, "articles", "connectors")
            and tokens[nxt].joined):
        nxt += 1
    if nxt < len(tokens) and tokens[nxt].joined and tokens[nxt].is_word:
        return nxt
    return None


def _next_word(tokens: list[Token], index: int) -> int | None:
    nxt = index + 1
    return nxt if nxt < len(tokens) and tokens[nxt].joined and tokens[nxt].is_word else None

