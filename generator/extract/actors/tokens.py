"""Words of a paragraph with the spelling facts the name finder needs.

Hyphenated compounds are cut where capitalization changes, because Dutch and
English glue names to common nouns: "FNV-voorzitter" is the name "FNV" plus a
role, "Stargate-project" mentions "Stargate", "anti-Trump" mentions "Trump".
A possessive "’s" is cut off the name it follows ("Apple’s").
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from generator.extract.actors import gazetteer

_UPPER = "A-ZÀ-ÖØ-ÞŁŚŠŽŹŻČĆŘŐŰĞİŞ"
# Only words that can belong to a name are tokens: capitalized words (and the
# compounds they start), initials, "&", and the lower-case particles and
# connectors right before a capital. Everything else is a gap, which is what
# makes a run of capitals stop at "zei" or ", ". The pattern starts with one
# character class (the alternatives follow it) so that the regex engine skips
# ahead to the next capital; an alternation of classes would be tried at every
# character. This is the hot loop.
_CAPITALS = re.compile(
    rf"[{_UPPER}](?:"
    rf"(?<=[A-Z])(?:\.[A-Z])+\.?"  # U.S., U.K.: initialisms keep their dots
    rf"|(?<=[A-Z])\.(?=\s+[{_UPPER}])"  # a middle initial: "Donald J. Trump"
    rf"|[\w'’&‐-]*)"
)
_WORD_BEFORE = re.compile(r"[\w'’‐-]+$")
_HYPHEN = re.compile(r"[-‐]")
_POSSESSIVE = ("’s", "'s", "’S", "'S")
# Arabic article particles written with a hyphen: "al-Assad" is one name.
_HYPHEN_PARTICLES = {"al", "el", "ad", "as", "ash", "at", "an", "ar", "az", "abu", "bin", "ibn"}
# Token(...) by its fields in order, without the generated __new__'s argument handling: twice as fast.
_tuple_new = tuple.__new__


class Token(NamedTuple):
    """A word or punctuation mark (a tuple: tokenizing is the hot loop)."""

    text: str
    start: int
    end: int
    is_word: bool
    capitalized: bool
    joined: bool  # only one plain space (or nothing) separates it from the previous token
    tail: bool = False  # a lower-case compound part follows it: the name stops here
    possessive: bool = False
    lower: str = ""  # the text lower-cased, set by _new(): asked for often


    @property
    def is_acronym(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()

    @property
    def camel(self) -> bool:
        """Capitals after the first letter: "DeepSeek", "GroenLinks", "iPhone"."""
        return inner_capital(self.text) and not self.is_acronym


def tokenize(text: str, language: str) -> list[Token]:
    """The name-building tokens of ``text`` with offsets into it."""
    tokens: list[Token] = []
    last_end = -2
    small = _small_words(language)
    ampersands = " & " in text
    for match in _CAPITALS.finditer(text):
        start = match.start()
        word = match.group().rstrip("-‐'’&")
        previous = text[start - 1] if start else ""
        if previous.isalnum():  # "iPhone", "eBay": the word starts before the capital
            inside = _WORD_BEFORE.search(text, max(0, start - 40), start)
            start, word = inside.start(), text[inside.start() : start] + word
        elif previous == "-" or previous == "‐":
            prefix = _WORD_BEFORE.search(text, max(0, start - 5), start - 1)
            if prefix and prefix.group().lower() in _HYPHEN_PARTICLES:  # "al-Assad" is one name
                start, word = prefix.start(), text[prefix.start() : start] + word
            # else "anti-Trump": the lower-case prefix is a gap
        elif previous == " " and start > last_end + 1:
            pieces = _small_words_before(text, start, last_end, small)
            for at, piece in pieces:  # "van der" Laan, "ministerie van" Financiën
                tokens.append(_new(piece, at, False, _joined(text, last_end, at)))
                last_end = at + len(piece)
        if word == "&":
            continue
        joined = start == last_end or (start == last_end + 1 and text[last_end] == " ")
        if word.isalnum():  # most capitalized words: no hyphen, no apostrophe
            tokens.append(_tuple_new(Token, (word, start, start + len(word), True, True, joined, False, False,
                                             word.lower())))
        else:
            tokens.extend(_word_tokens(word, start, joined))
        last_end = start + len(word)
        if ampersands and text.startswith(" & ", last_end):  # "Procter & Gamble"
            tokens.append(_new("&", last_end + 1, False, True))
            last_end += 2
    return tokens


@functools.lru_cache(maxsize=65536)  # asked for every name, again and again
def inner_capital(word: str) -> bool:
    """A capital inside a word part: "DeepSeek", "iPhone"; not "Willem-Alexander"."""
    return any(c.isupper() for part in _HYPHEN.split(word) for c in part[1:])


def _joined(text: str, last_end: int, start: int) -> bool:
    return start == last_end or (start == last_end + 1 and text[last_end] == " ")


def _small_words_before(text: str, start: int, floor: int, small: frozenset[str]) -> list[tuple[int, str]]:
    """Up to three particles, connectors or heads right before a capital: "ministerie van", "van der"."""
    found: list[tuple[int, str]] = []
    end = start - 1  # the space before the capital
    while len(found) < 3 and end > floor + 1:
        low = max(floor + 1, end - 12, 0)
        space = text.rfind(" ", low, end)
        if space >= 0:
            begin = space + 1
        elif low == 0 or text[low - 1] == " ":
            begin = low  # right after the previous token, or at the very start
        else:
            break  # a long word
        word = text[begin:end]
        if word not in small:  # lower-case only: "De" opening a sentence is a word of its own
            break
        found.append((begin, word))
        end = begin - 1
    return found[::-1]


@functools.cache
def _small_words(language: str) -> frozenset[str]:
    """Particles, connectors, articles and organization heads: they may join a name."""
    words = gazetteer.word_sets(language)
    return frozenset(w for w in words["particles"] | words["connectors"] | words["articles"] | words["org_heads"] if w.islower())


def _word_tokens(word: str, start: int, joined: bool) -> list[Token]:
    if len(word) == 2 and word[1] == ".":  # a middle initial
        return [_new(word, start, True, joined)]
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
            out.append(_new(text, offset, False, False))
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
    return _new(text, start, _capitalized(text), joined, tail, possessive)


def _new(text: str, start: int, capitalized: bool, joined: bool, tail: bool = False, possessive: bool = False) -> Token:
    return Token(text, start, start + len(text), True, capitalized, joined, tail, possessive, text.lower())
