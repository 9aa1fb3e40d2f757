"""Which way a clause points in time: the tense cue nearest to a date wins.

"De Kamer stemde dinsdag" is the Tuesday before publication, "De Kamer stemt
dinsdag" the one after. Cue words (``dates.tense`` in the language file) are
trusted a little more than the pattern for regular past forms, and a past form
right after a future auxiliary ("will be held") is a participle, not a past tense.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from generator.extract.text.words import WORD, word_spans
from generator.languages import load_language

_AUXILIARY_REACH = 3  # "will be held", "will not be held"
# A listed word is a surer cue than a word that merely looks like a regular past
# form ("-ed", "ge-...-d"): it wins unless the pattern's word is this much nearer.
_REGULAR_PENALTY = 4
# A cue in another clause says less about the date than one in its own clause.
_OTHER_CLAUSE_PENALTY = 20
_CLAUSE_BREAK = re.compile(r"[,;:()—–]")
_REACH_CHARS = 200  # cues are looked for this far around a date (sentences can run long)


@dataclass(frozen=True)
class _Lexicon:
    phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]]  # first word → (words, kind), longest first
    regular_past: re.Pattern[str]
    not_past: frozenset[str]
    not_past_after: frozenset[str]
    since: frozenset[tuple[str, ...]]
    toward: frozenset[tuple[str, ...]]
    until: frozenset[tuple[str, ...]]
    default: str


@functools.cache
def _lexicon(language: str) -> _Lexicon:
    dates = load_language(language)["dates"]
    tense = dates["tense"]
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for kind in ("past", "future"):
        for phrase in tense[kind]:
            words = tuple(WORD.findall(phrase.lower()))
            if words:
                phrases.setdefault(words[0], []).append((words, kind))
    return _Lexicon(
        phrases={w: tuple(sorted(p, key=lambda x: -len(x[0]))) for w, p in phrases.items()},
        regular_past=re.compile(tense["past_pattern"], re.I),
        not_past=frozenset(w.lower() for w in tense["not_past"]),
        not_past_after=frozenset(w.lower() for w in tense["not_past_after"]),
        since=frozenset(tuple(WORD.findall(p.lower())) for p in tense["since"]),
        toward=frozenset(tuple(WORD.findall(p.lower())) for p in tense["toward"]),
        until=frozenset(tuple(WORD.findall(p.lower())) for p in tense["until"]),
        default=dates["default_direction"],
    )


@functools.lru_cache(maxsize=65536)
def _looks_past(word: str, language: str) -> bool:
    """The regular past-form pattern on one word (cached: it is tried on nearly every word)."""
    return _lexicon(language).regular_past.fullmatch(word) is not None


class TenseCues:
    """The tense cues of one sentence, found once (on first use) for all its dates."""

    def __init__(self, text: str, language: str) -> None:
        self.text = text
        self.language = language
        self.lexicon = _lexicon(language)
        self._tokens: tuple[tuple[int, int, str], ...] | None = None
        self._cues: list[tuple[int, int, str, bool]] | None = None

    def direction(self, start: int, end: int) -> str:
        """"past", "future" or the language's default for the date at ``start:end``."""
        lead = self._preposition(start)
        if lead in ("past", "future"):
            return lead  # "sinds 1 januari geldt", "code oranje voor dinsdag": whatever the verb
        best: tuple[int, str] | None = None
        cues = self.cues()
        first = bisect.bisect_left(cues, (start - _REACH_CHARS,))
        for cue_start, cue_end, kind, regular in cues[first:]:
            if cue_start > end + _REACH_CHARS:
                break  # a cue this far off belongs to another clause anyway
            if start <= cue_start < end:
                continue  # the expression's own words ("vorige week") are not its tense
            between = self.text[cue_end:start] if cue_end <= start else self.text[end:cue_start]
            distance = len(between) + (_REGULAR_PENALTY if regular else 0)
            if _CLAUSE_BREAK.search(between):
                distance += _OTHER_CLAUSE_PENALTY  # "announced on Monday, would be followed"
            if best is None or distance < best[0]:
                best = (distance, kind)
        if best:
            return best[1]
        return "future" if lead == "until" else self.lexicon.default

    def _preposition(self, start: int) -> str | None:
        """What the word opening (or just before) the date says: "past" (since),
        "future" (for, by) or "until" (ahead unless the verb says otherwise)."""
        tokens = self.tokens()
        i = bisect.bisect_left(tokens, (start,))
        words = tuple(t[2] for t in tokens[i : i + 3])
        before = tuple(t[2] for t in tokens[max(0, i - 3) : i])
        lexicon = self.lexicon
        for phrases, way in ((lexicon.since, "past"), (lexicon.toward, "future"), (lexicon.until, "until")):
            for size in (1, 2, 3):
                if words[:size] in phrases or (len(before) >= size and before[-size:] in phrases):
                    return way
        return None

    def tokens(self) -> tuple[tuple[int, int, str], ...]:
        """``(start, end, lower-cased word)`` per word of the sentence."""
        if self._tokens is None:
            self._tokens = word_spans(self.text)  # the date finder has just read them
        return self._tokens

    def cues(self) -> list[tuple[int, int, str, bool]]:
        """``(start, end, "past" | "future", from the regular pattern)`` per cue."""
        if self._cues is None:
            self._cues = self._find()
        return self._cues

    def _find(self) -> list[tuple[int, int, str, bool]]:
        lexicon = self.lexicon
        tokens = self.tokens()
        words = [t[2] for t in tokens]
        cues = []
        last_future = -_AUXILIARY_REACH - 1
        for i, (start, end, word) in enumerate(tokens):
            for phrase, kind in lexicon.phrases.get(word, ()):
                if tuple(words[i : i + len(phrase)]) == phrase:
                    if kind == "future":
                        last_future = i
                    elif i - last_future <= _AUXILIARY_REACH:
                        break  # a participle after "will be"
                    cues.append((start, tokens[i + len(phrase) - 1][1], kind, False))
                    break
            else:
                if (word not in lexicon.not_past and _looks_past(word, self.language)
                        and (i == 0 or words[i - 1] not in lexicon.not_past_after)
                        and i - last_future > _AUXILIARY_REACH):  # "will be inaugurated"
                    cues.append((start, end, "past", True))
        return cues
