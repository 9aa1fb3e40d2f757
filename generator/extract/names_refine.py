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

from generator.extract import gazetteer
from generator.extract.names import Candidate
from generator.extract.names_tokens import Token

# A role noun hidden at the end of a compound must be this long ("miljardair" in "Techmiljardair").
_MIN_ROLE_SUFFIX = 4
_MIN_DEMONYM_STEM = 4


@dataclass(frozen=True)
class Surface:
    """One mention of a possible actor, with the evidence around it."""

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

    def common(self, word: str) -> bool:
        """An ordinary word that is capitalized only because of where it stands."""
        lower = word.lower()
        words = gazetteer.word_sets(self.language)
        if lower in words["not_names"] or lower in words["articles"] or lower in self.lower_words:
            return True
        frequency = gazetteer.zipf(lower, self.language)
        return frequency >= 5.0 or (frequency >= 4.0 and not gazetteer.is_given_name(lower))


def refine(candidate: Candidate, context: Context) -> list[Surface]:
    """The name surfaces inside ``candidate`` (none, one, or more)."""
    words = gazetteer.word_sets(context.language)
    tokens = list(candidate.tokens)
    ambiguous = candidate.ambiguous
    while ambiguous and len(tokens) > 1 and context.common(tokens[0].text) and not is_role(tokens[0].text, words):
        tokens.pop(0)  # "Volgens Marleen Stikker", "De Europese Unie"
        ambiguous = False
    out: list[Surface] = []
    role_at = _role_end(tokens, words)
    role = None
    if role_at is not None:
        role_tokens, tokens = tokens[: role_at + 1], tokens[role_at + 1 :]
        tokens, complement = _after_complement(role_tokens, tokens, words)
        role = _text(role_tokens + complement)
        for part in _split_prefix_names(role_tokens, words) + ([complement] if complement else []):
            out.extend(_surfaces(candidate, part, False, None, context, words))
        ambiguous = False
    out.extend(_surfaces(candidate, tokens, ambiguous, role, context, words))
    return out


def is_role(word: str, words: dict[str, frozenset[str]]) -> bool:
    """A role noun, or a compound ending in one ("FNV-voorzitter", "Techmiljardair")."""
    lower = word.lower().rstrip(".")
    if lower in words["roles"]:
        return True
    return any(
        lower.endswith(role) and len(role) >= _MIN_ROLE_SUFFIX and (len(lower) - len(role) >= 3 or "-" in lower)
        for role in _long_roles(words["roles"])
    )


@functools.cache
def _long_roles(roles: frozenset[str]) -> tuple[str, ...]:
    return tuple(r for r in roles if " " not in r and len(r) >= _MIN_ROLE_SUFFIX)


def _role_end(tokens: list[Token], words) -> int | None:
    """Index of the last title word that has a name after it."""
    found = None
    for index, token in enumerate(tokens[:-1]):
        if token.text == "." or token.text == "&":
            continue
        pair = f"{token.lower} {tokens[index + 1].lower}"
        if pair in words["roles"] and index + 2 < len(tokens):
            found = index + 1
        elif is_role(token.text, words) and not token.is_acronym or token.lower in words["roles"]:
            if found is None or index > found:
                found = index
    if found is not None and found + 1 < len(tokens) and tokens[found + 1].text == ".":
        found += 1  # "Sen. Elizabeth Warren"
    return found if found is not None and found + 1 < len(tokens) else None


def _after_complement(role: list[Token], rest: list[Token], words) -> tuple[list[Token], list[Token]]:
    """Split "of California Gavin Newsom" into the role's complement and the name."""
    if not rest or rest[0].lower not in words["connectors"]:
        return rest, []
    for index in range(2, len(rest)):
        if gazetteer.is_given_name(rest[index].text) and rest[index].capitalized:
            return rest[index:], rest[:index]
    return rest[2:], rest[:2]


def _split_prefix_names(role: list[Token], words) -> list[list[Token]]:
    """Names standing before the title inside the run: "Apple" in "Apple CEO Tim Cook"."""
    names = [t for t in role[:-1] if t.text not in ".&" and not is_role(t.text, words)]
    return [names] if names else []


def _surfaces(candidate, tokens: list[Token], ambiguous: bool, role, context: Context, words) -> list[Surface]:
    tokens = [t for t in tokens if t.is_word or t.text in ".&"]
    tokens = _drop_leading(tokens, words, context)
    while tokens and tokens[-1].text in ".&":
        tokens.pop()
    if not tokens:
        return []
    group = False
    demonyms = 0
    while demonyms < len(tokens) and is_demonym(tokens[demonyms].text, context.language):
        demonyms += 1
    if demonyms == len(tokens):
        group = _plural_demonym(tokens[-1].text, words)
        if not group:
            return []
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
            text=_text(tokens),
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
        or gazetteer.zipf(t.text, context.language) >= 3.5 and not t.camel and t.lower not in words["not_names"]
        for t in tokens
        if t.is_word
    )


def is_demonym(word: str, language: str) -> bool:
    """An adjective or noun of nationality ("Amerikaanse", "Chinezen", "Japanese")."""
    lower = word.lower()
    words = gazetteer.word_sets(language)
    if lower in words["demonyms"]:
        return True
    if gazetteer.place(word) is not None:
        return False
    stems = _place_prefixes()
    return any(
        lower.endswith(suffix) and lower[: -len(suffix)] in stems
        for suffix in words["demonym_suffixes"]
        if len(lower) - len(suffix) >= _MIN_DEMONYM_STEM
    )


def _plural_demonym(word: str, words) -> bool:
    lower = word.lower()
    return lower in words["groups"] or any(lower.endswith(s) for s in words["group_suffixes"])


@functools.cache
def _place_prefixes() -> frozenset[str]:
    """Prefixes (4+ letters) of country and continent names in Dutch and English."""
    names = [name for name, place in gazetteer.places_table().items() if place.kind in ("country", "region")]
    return frozenset(name[:n] for name in names for n in range(_MIN_DEMONYM_STEM, len(name) + 1))


def _text(tokens: list[Token]) -> str:
    """The words joined by single spaces; a middle initial keeps its full stop."""
    out = ""
    for index, token in enumerate(tokens):
        if index and token.text != ".":
            out += " "
        out += token.text
    return out
