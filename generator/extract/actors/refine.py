"""From a capitalized run to the name inside it.

A run often carries more than the name: a sentence-initial word ("Volgens
Marleen Stikker"), an article ("De Europese Unie"), a title ("President
Donald Trump", "Techmiljardair Elon Musk", "Governor of California Gavin
Newsom") or an adjective of nationality ("het Chinese DeepSeek"). ``refine``
peels these off and returns the name surfaces with what was learned.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import NamedTuple

from generator.extract.actors import gazetteer
from generator.extract.actors.demonyms import is_demonym, plural_demonym
from generator.extract.actors.names import Candidate
from generator.extract.actors.role_words import is_role, sentence_case
from generator.extract.actors.tokens import Token


class Surface(NamedTuple):
    """One mention of a possible actor, with the evidence around it (a tuple: made for every name)."""

    paragraph: int
    sentence: int
    start: int
    end: int
    text: str
    ambiguous: bool
    heading: bool
    role: str | None = None  # a title peeled off the front of the run
    group: bool = False  # a plural of nationality ("de Amerikanen")
    possessive: bool = False


@dataclass(frozen=True)
class Context:
    """Article-wide spelling evidence: which words ever appear lower-case."""

    language: str
    lower_words: frozenset[str]
    confirmed: frozenset[str] = frozenset()  # first two words (lower-case) of names seen mid-sentence

    def common(self, word: str) -> bool:
        """An ordinary word that is capitalized only because of where it stands."""
        lower = word.lower()
        words = gazetteer.word_sets(self.language)
        if lower in words["not_names"] or lower in words["articles"] or lower in self.lower_words:
            return True
        frequency = gazetteer.zipf(lower, self.language)
        if gazetteer.is_given_name(lower):
            return frequency >= 5.5  # "Will", "Dan"; but "George", "Mark" are names first
        return frequency >= 4.0

    @property
    def stop_words(self) -> frozenset[str]:
        return gazetteer.word_sets(self.language)["not_names"]

    def opening_common(self, word: str) -> bool:
        """``common``, or a word of this language only ("Oppositiepartijen"): names travel, words do not."""
        if self.common(word):
            return True
        other = "en" if self.language != "en" else "nl"
        return (
            gazetteer.zipf(word, self.language) >= 1.5
            and gazetteer.zipf(word, other) == 0
            and not gazetteer.is_given_name(word)
        )


def refine(candidate: Candidate, context: Context) -> list[Surface]:
    """The name surfaces inside ``candidate`` (none, one, or more)."""
    words = gazetteer.word_sets(context.language)
    tokens = list(candidate.tokens)
    ambiguous = candidate.ambiguous and not _glued_to_role(candidate, context)
    if ambiguous and len(tokens) > 1 and _dateline_place(tokens):
        return _surfaces(candidate, tokens, False, None, context, words)  # "DEN HAAG -", "SAN FRANCISCO —"
    if candidate.title:
        return _after_title(candidate, tokens, context, words)
    while ambiguous and len(tokens) > 1 and _opening_word(tokens, context):
        tokens.pop(0)  # "Volgens Marleen Stikker", "De Europese Unie"
        while len(tokens) > 1 and not tokens[0].capitalized:
            tokens.pop(0)  # "Most of America": the connector goes with the opening word
        ambiguous = False
    out: list[Surface] = []
    span = _role_span(tokens, words, context.language)
    role = None
    if span is not None:
        first, last = span
        prefix, role_tokens, tokens = tokens[:first], tokens[first : last + 1], tokens[last + 1 :]
        tokens, complement = _after_complement(tokens, words)
        role = _text(candidate, prefix + role_tokens + complement)
        opening = (prefix or role_tokens)[0]
        if candidate.ambiguous and opening is candidate.tokens[0] and not prefix and not opening.is_acronym:
            role = sentence_case(role, context.language)  # "Techmiljardair Elon Musk" opens the sentence
        for part in (prefix, _strip_connectors(complement, context.language)):
            if part:
                out.extend(_surfaces(candidate, part, False, None, context, words))
        ambiguous = False
    out.extend(_surfaces(candidate, tokens, ambiguous, role, context, words))
    return out


def _after_title(candidate: Candidate, tokens: list[Token], context: Context, words) -> list[Surface]:
    """"[minister van] Financiën Eelco Heinen": the complement, then the person."""
    split = next((i for i in range(1, len(tokens)) if gazetteer.is_given_name(tokens[i].text)), None)
    if split is None:
        split = 1 if len(tokens) > 2 else len(tokens)
    complement, name = tokens[:split], tokens[split:]
    out = _surfaces(candidate, complement, False, None, context, words)
    if name:
        role = f"{candidate.title} {_text(candidate, complement)}"
        out.extend(_surfaces(candidate, name, False, role, context, words))
    return out


def _opening_word(tokens: list[Token], context: Context) -> bool:
    """A common word capitalized by its position ("Volgens Marleen Stikker", "Uit China").

    Kept when it modifies a title ("Interior Secretary") or when what follows is
    no name on its own ("Tweede Kamer", "European Union").
    """
    language = context.language
    first, second = tokens[0], tokens[1]
    words = gazetteer.word_sets(language)
    if first.lower in gazetteer.word_union(language, "org_words", "work_context", "place_words"):
        return False  # "Operation Warp Speed", "University College London"
    if _descriptor(first.lower, language) and _name_like(second, context):
        return True  # "Reizigersorganisatie Rover", "Chipmaker ASML"
    if is_role(first.text, language) or not context.opening_common(first.text):
        return False
    if f"{first.lower} {second.lower}" in context.confirmed:
        return False  # "De Jong zei" opens one sentence, "met De Jong" stands in another
    if len(tokens) > 2 and is_role(second.text, language) and first.lower not in _articles(language):
        return False
    if first.lower in words["not_names"] or first.lower in words["articles"]:
        return True  # "Ook Zilveren Kruis": a function word never starts a name
    if any(gazetteer.place(" ".join(t.text for t in tokens[:n])) for n in (2, 3) if n <= len(tokens)):
        return False  # "Los Angeles County"
    return _name_like(second, context)


def _descriptor(word: str, language: str) -> bool:
    """A common noun that introduces an organization: "zorgverzekeraar", "milieuorganisatie"."""
    return word in gazetteer.word_union(language, "org_context", "org_suffixes") or word.endswith(
        _long_descriptors(language))


@functools.cache
def _long_descriptors(language: str) -> tuple[str, ...]:
    """The cues a compound may end in ("milieu-organisatie"): longer than four letters."""
    return tuple(sorted(w for w in gazetteer.word_union(language, "org_context", "org_suffixes") if len(w) > 4))


def _glued_to_role(candidate: Candidate, context: Context) -> bool:
    """"Consumentenbond-directeur": the name before a role keeps its capital anywhere
    (not "Technologie-expert", "Oud-premier", "Secretaris-generaal")."""
    if not candidate.before_role or len(candidate.tokens) != 1:
        return False
    word = candidate.tokens[0].text
    return not context.common(word) and not is_role(word, context.language)


def _dateline_place(tokens: list[Token]) -> bool:
    text = " ".join(t.text for t in tokens)
    return text.isupper() and gazetteer.place(text) is not None


def _name_like(token: Token, context: Context) -> bool:
    return (
        token.is_acronym
        or token.camel
        or gazetteer.place(token.text) is not None
        or gazetteer.is_given_name(token.text)
        or not context.common(token.text)
    )


def _articles(language: str) -> frozenset[str]:
    return gazetteer.word_sets(language)["articles"]


def _role_span(tokens: list[Token], words, language: str) -> tuple[int, int] | None:
    """First and last index of the title phrase that has a name after it ("Prime Minister")."""
    if len(tokens) < 2:
        return None
    found = None
    for index, token in enumerate(tokens[:-1]):
        if token.text in ".&" or token.is_acronym:
            continue
        pair = f"{token.lower} {tokens[index + 1].lower}"
        if pair in words["roles"] and index + 2 < len(tokens):
            found = (index, index + 1)
        elif is_role(token.text, language) and (found is None or index > found[1]):
            found = (index, index)
    if found is not None and found[1] + 1 < len(tokens) and tokens[found[1] + 1].text == ".":
        found = (found[0], found[1] + 1)  # "Sen. Elizabeth Warren"
    if found is None or found[1] + 1 >= len(tokens):
        return None
    if any(t.lower in words["org_words"] for t in tokens[found[1] + 1 :]):
        return None  # "Justice Department", "Defense Ministry": no title before a person
    return found


def _after_complement(rest: list[Token], words) -> tuple[list[Token], list[Token]]:
    """Split "of California Gavin Newsom" into the role's complement and the name."""
    if not rest or rest[0].lower not in words["connectors"]:
        return rest, []
    for index in range(2, len(rest)):
        if gazetteer.is_given_name(rest[index].text) and rest[index].capitalized:
            return rest[index:], rest[:index]
    return rest[2:], rest[:2]


def _strip_connectors(tokens: list[Token], language: str) -> list[Token]:
    """"California" of the complement "of California"."""
    skip = gazetteer.word_union(language, "connectors", "articles")
    while tokens and tokens[0].lower in skip:
        tokens = tokens[1:]
    return tokens


def _surfaces(candidate, tokens: list[Token], ambiguous: bool, role, context: Context, words) -> list[Surface]:
    tokens = [t for t in tokens if t.is_word or t.text in ".&"]
    tokens = _drop_leading(tokens, words, context)
    while tokens and tokens[-1].text in ".&":
        tokens.pop()
    if len(tokens) > 1 and tokens[-1].lower in words["company_suffixes"]:
        tokens = tokens[:-1]  # "Exxon Mobil Corp." is Exxon Mobil
    if not tokens:
        return []
    group = False
    demonyms = 0
    while demonyms < len(tokens) and is_demonym(tokens[demonyms].text, context.language):
        demonyms += 1
    if demonyms == len(tokens):
        group = plural_demonym(tokens[-1].text, words)
        if not group:
            return []
    elif len(tokens) == 1 and tokens[0].lower in words["groups"]:
        group = True  # "de Democraten", "the Taliban"
    elif len(tokens) > 1 and tokens[-1].lower in words["groups"]:
        tokens = tokens[:-1]  # "a Massachusetts Democrat": the place stays
    elif demonyms and not _generic(tokens[demonyms:], context, words):
        tokens = tokens[demonyms:]  # "het Chinese DeepSeek" → DeepSeek
        ambiguous = False
    if len(tokens) == 1 and _never_alone(tokens[0], words):
        return []
    if tokens[0] is not candidate.tokens[0]:
        ambiguous = False  # what we peeled off stood in the ambiguous spot
    return [
        Surface(
            paragraph=candidate.paragraph,
            sentence=candidate.sentence,
            start=tokens[0].start,
            end=tokens[-1].end,
            text=_text(candidate, tokens),
            ambiguous=ambiguous,
            heading=candidate.heading,
            role=role,
            group=group,
            possessive=tokens[-1].possessive,
        )
    ]


def _drop_leading(tokens: list[Token], words, context: Context) -> list[Token]:
    """Articles and calendar words before a name: "The White House", "Maandag"."""
    while len(tokens) > 1 and (tokens[0].lower in gazetteer.calendar_words() or tokens[0].text in ".&"):
        tokens = tokens[1:]
    return tokens


def _never_alone(token: Token, words) -> bool:
    lower = token.lower
    return (
        len(token.text) < 2
        or lower in words["not_names"]
        or lower in gazetteer.calendar_words()
        or token.text.isdigit()
    )


def _generic(tokens: list[Token], context: Context, words) -> bool:
    """"Unie", "Centrale Bank", "Airlines": the nationality belongs to the name."""
    return all(
        t.lower in words["org_words"]
        or not t.camel and t.lower.endswith(gazetteer.suffixes(context.language, "org_suffixes"))  # "Nederlandse Zorgautoriteit"
        or gazetteer.zipf(t.text, context.language) >= 3.5 and not t.camel and t.lower not in words["not_names"]
        for t in tokens
        if t.is_word
    )


def _text(candidate: Candidate, tokens: list[Token]) -> str:
    """The words as the text writes them, on one line ("Volksgezondheid, Welzijn en Sport")."""
    return " ".join(candidate.source[tokens[0].start : tokens[-1].end].split())
