"""Words of a paragraph with the spelling facts the name finder needs.

Hyphenated compounds are cut where capitalization changes, because Dutch and
English glue names to common nouns: "FNV-voorzitter" is the name "FNV" plus a
role, "Stargate-project" mentions "Stargate", "anti-Trump" mentions "Trump".
A possessive "’s" is cut off the name it follows ("Apple’s").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.K.: initialisms keep their dots
    r"|[@#]\w+"  # handles and hashtags are not names in running text
    r"|\w+(?:[-‐'’&]\w+)*"
    r"|[^\w\s]"
)
_HYPHEN = re.compile(r"[-‐]")
_POSSESSIVE = ("’s", "'s", "’S", "'S")
# Arabic article particles written with a hyphen: "al-Assad" is one name.
_HYPHEN_PARTICLES = {"al", "el", "ad", "as", "ash", "at", "an", "ar", "az", "abu", "bin", "ibn"}


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    is_word: bool
    capitalized: bool
    joined: bool  # only one plain space (or nothing) separates it from the previous token
    tail: bool = False  # a lower-case compound part follows it: the name stops here
    possessive: bool = False

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(self.text) > 1 and bool(letters) and all(c.isupper() for c in letters)

    @property
    def camel(self) -> bool:
        """Capitals after the first letter: "DeepSeek", "GroenLinks", "iPhone"."""
        return any(c.isupper() for c in self.text[1:]) and not self.is_acronym


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` with offsets into it."""
    tokens: list[Token] = []
    last_end = -2
    for match in _TOKEN.finditer(text):
        gap = text[last_end : match.start()] if last_end >= 0 else " "
        joined = gap in ("", " ")
        tokens.extend(_word_tokens(match.group(), match.start(), joined))
        last_end = match.end()
    return tokens


def _word_tokens(word: str, start: int, joined: bool) -> list[Token]:
    if not (word[0].isalnum() or word[0] == "_"):
        return [Token(word, start, start + len(word), False, False, joined)]
    possessive = word.endswith(_POSSESSIVE) and len(word) > 2
    if possessive:
        word = word[:-2]
    parts = _HYPHEN.split(word)
    if len(parts) == 1 or _whole(parts):
        return [_token(word, start, joined, possessive=possessive)]
    # Cut at the first change of case: [lower prefix] [Capitalized run] [lower rest]
    caps = [_capitalized(p) for p in parts]
    first = caps.index(True) if True in caps else len(parts)
    last = first
    while last < len(parts) and caps[last]:
        last += 1
    out: list[Token] = []
    offset = start
    pieces = (parts[:first], parts[first:last], parts[last:])
    for n, piece in enumerate(pieces):
        if not piece:
            continue
        text = "-".join(piece)
        if n == 1:
            out.append(_token(text, offset, joined and not out, tail=bool(pieces[2]), possessive=possessive))
        else:
            out.append(Token(text, offset, offset + len(text), True, False, False))
        offset += len(text) + 1
    return out


def _whole(parts: list[str]) -> bool:
    """All parts capitalized ("Groot-Brittannië", "GPT-4"), or a particle then a name."""
    if parts[0].lower() in _HYPHEN_PARTICLES and len(parts) == 2 and _capitalized(parts[1]):
        return True
    return all(_capitalized(p) or p.isdigit() for p in parts) and _capitalized(parts[0])


def _capitalized(text: str) -> bool:
    if not text:
        return False
    if text[0].isupper():
        return True
    return any(c.isupper() for c in text[1:]) and any(c.isalpha() for c in text)


def _token(text: str, start: int, joined: bool, tail: bool = False, possessive: bool = False) -> Token:
    return Token(text, start, start + len(text), True, _capitalized(text), joined, tail, possessive)
