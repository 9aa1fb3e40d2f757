"""Name candidates: runs of capitalized words, with their particles and connectors.

A candidate is a stretch of one sentence that may name an actor: "Donald Trump",
"Ursula von der Leyen", "Wetenschappelijke Raad voor het Regeringsbeleid",
"ministerie van Financiën", "DeepSeek R1". This module only draws the
boundaries and notes what it saw on the way (sentence-initial position, a
possessive, a hyphenated role such as "FNV-voorzitter"); deciding which
candidates really are actors is ``actors.py``'s job.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.extract import gazetteer
from generator.extract.names_tokens import Token, tokenize
from generator.model import Document

# After these the next word may be capitalized for reasons other than being a name.
_OPENERS = set("‘“„«\"'([:—–-•🔴.!?…")


@dataclass(frozen=True)
class Candidate:
    """A capitalized stretch of text that may name an actor."""

    paragraph: int
    sentence: int
    start: int  # offsets into the paragraph text
    end: int
    tokens: tuple[Token, ...]
    ambiguous: bool  # the first word stands where any word is capitalized
    heading: bool  # in a heading or a shouting line: capitals prove nothing there


def find_candidates(document: Document) -> list[Candidate]:
    """Every name candidate of ``document``, in text order."""
    words = gazetteer.word_sets(document.language)
    found: list[Candidate] = []
    for paragraph in document.paragraphs:
        tokens = tokenize(paragraph.text)
        shouting = _shouting(paragraph.text)
        for sentence in paragraph.sentences:
            inside = [t for t in tokens if sentence.start <= t.start < sentence.end]
            for run, ambiguous in _runs(inside, words, document.language):
                found.append(
                    Candidate(
                        paragraph=paragraph.index,
                        sentence=sentence.index,
                        start=run[0].start,
                        end=run[-1].end,
                        tokens=tuple(run),
                        ambiguous=ambiguous,
                        heading=paragraph.is_heading or shouting,
                    )
                )
    return found


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _runs(tokens: list[Token], words: dict[str, frozenset[str]], language: str):
    """``(tokens, ambiguous)`` for each capitalized run of one sentence."""
    index = 0
    ambiguous_next = True
    while index < len(tokens):
        token = tokens[index]
        if not token.is_word:
            if token.text in _OPENERS:
                ambiguous_next = True
            index += 1
            continue
        if token.capitalized or _org_head(tokens, index, words):
            end = _extend(tokens, index, words, language)
            yield tokens[index:end], ambiguous_next
            index = end
        else:
            index += 1
        ambiguous_next = False


def _org_head(tokens: list[Token], index: int, words: dict[str, frozenset[str]]) -> bool:
    """``ministerie van Financiën``, ``gemeente Amsterdam``: a lower-case head noun."""
    if tokens[index].lower not in words["org_heads"]:
        return False
    nxt = _next_word(tokens, index)
    if nxt is None:
        return False
    if tokens[nxt].capitalized and tokens[nxt].joined:
        return True
    if tokens[nxt].lower in words["connectors"]:
        after = _skip_articles(tokens, nxt, words)
        return after is not None and tokens[after].capitalized
    return False


def _extend(tokens: list[Token], index: int, words: dict[str, frozenset[str]], language: str) -> int:
    """End (exclusive) of the name that starts at ``tokens[index]``."""
    end = index + 1
    while end < len(tokens):
        token = tokens[end]
        if not token.joined or tokens[end - 1].tail or tokens[end - 1].possessive:
            break
        if token.capitalized or _initial(tokens, end):
            end += 1
            continue
        if token.text == "&" and end + 1 < len(tokens) and tokens[end + 1].capitalized:
            end += 2
            continue
        if token.lower in words["particles"] and _particle_joins(tokens, index, end, words, language):
            end = _skip_particles(tokens, end, words) + 1
            continue
        if token.lower in words["connectors"] and _connector_joins(tokens, index, end, words):
            after = _skip_articles(tokens, end, words)
            end = after + 1
            continue
        break
    return end


def _initial(tokens: list[Token], index: int) -> bool:
    """The ``.`` of a middle initial ("Donald J. Trump")."""
    token = tokens[index]
    prev = tokens[index - 1]
    return (
        index >= 2  # a run that starts with a single letter ("X.") is no name with an initial
        and tokens[index - 2].capitalized
        and tokens[index - 1].joined
        and token.text == "."
        and len(prev.text) == 1
        and prev.text.isupper()
        and index + 1 < len(tokens)
        and tokens[index + 1].capitalized
    )


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


def _connector_joins(tokens: list[Token], start: int, index: int, words) -> bool:
    """``of`` in "Bank of America", "Governor of California": the left part is an institution."""
    head = tokens[index - 1].lower
    cue = (
        head in words["org_words"]
        or head in words["place_words"]
        or head in words["roles"]
        or any(head.endswith(s) for s in words["org_suffixes"])
        or tokens[start].lower in words["org_heads"]
    )
    if not cue:
        return False
    after = _skip_articles(tokens, index, words)
    return after is not None and tokens[after].capitalized


def _skip_articles(tokens: list[Token], index: int, words) -> int | None:
    """Index of the word after a connector and its optional article."""
    nxt = index + 1
    if nxt < len(tokens) and tokens[nxt].lower in words["articles"] | words["connectors"] and tokens[nxt].joined:
        nxt += 1
    if nxt < len(tokens) and tokens[nxt].joined and tokens[nxt].is_word:
        return nxt
    return None


def _next_word(tokens: list[Token], index: int) -> int | None:
    nxt = index + 1
    return nxt if nxt < len(tokens) and tokens[nxt].joined and tokens[nxt].is_word else None

