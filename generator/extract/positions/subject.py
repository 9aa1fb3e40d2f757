"""The speaker of a reporting verb: the subject right before or after it.

Before the verb, the subject may stand past an affiliation ("Bokeloh van
ABN Amro"), an apposition ("Sheikh, hoogleraar aan de VU, zegt") or an
adverb ("heeft eerder gezegd"); in a verb-second language it must open its
clause ("In het Compass stelt de commissie" puts the speaker after the
verb). After the verb stands the speaker of Dutch inversion ("schrijft
investeerder Marc Andreessen") and of English "…,” said Smith".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.extract.positions.scope import NEAR, WORD, Scope
from generator.extract.positions.speakers import Candidate, Speakers
from generator.model import Sentence

_APPOSITION = re.compile(r"\s*,[^.;:!?\u2063]{0,200},\s*")
# "Schoof en minister Veldkamp": a conjunction, perhaps a title
_AND = re.compile(r"\s*(?:,|,?\s*(?:en|and|&))\s+(?:[^\W\d_A-Z][\w-]*\s+){0,2}")
_BREAK = re.compile(r"[,.;:!?\u2063]")
_COMMA = re.compile(r"\s*,\s*")
_COMMA_BEFORE = re.compile(r",\s*$")
_HARD_BREAK = re.compile(r"[,;:\u2063]")
_MAX_GAP_WORDS = 6


def subject_of(speakers: Speakers, scope: Scope, sentence: Sentence, start: int, end: int,
               verb: str) -> Candidate | None:
    """The speaker of the verb at ``start:end``, or ``None`` when no actor stands there."""
    lo, hi = max(sentence.start, start - NEAR), min(sentence.end, end + NEAR)
    candidates = [c for c in speakers.candidates(scope.paragraph.index, lo, hi, verb) if not c.governed]
    for candidate in _in_order(speakers, scope, sentence, candidates, start, end):
        if candidate.actor is not None:  # "het" or "experts" may stand for no actor
            return candidate
    return None


def coordinated(speakers: Speakers, scope: Scope, sentence: Sentence, subject: Candidate) -> list[Candidate]:
    """"Macron en Scholz zeggen": the speakers joined to the subject by "en"/"and"."""
    lo = max(sentence.start, subject.start - NEAR)
    candidates = [c for c in speakers.candidates(scope.paragraph.index, lo, subject.start) if not c.pronoun]
    joined = []
    end = subject.start
    for candidate in reversed(candidates):
        if not _AND.fullmatch(scope.masked, candidate.end, end) or candidate.actor is None:
            break
        joined.append(candidate)
        end = candidate.start
    return joined[::-1]


def _in_order(speakers: Speakers, scope: Scope, sentence: Sentence, candidates: list[Candidate], start: int,
              end: int) -> Iterator[Candidate]:
    """Candidates in the order the subject positions are tried."""
    lex, masked = speakers.lexicon, scope.masked
    before = [c for c in candidates if c.end <= start]
    for candidate in reversed(before):
        gap_start = candidate.end
        affiliation = lex.affiliation.match(masked, gap_start, start)
        gap_start = affiliation.end() if affiliation else gap_start
        apposition = _APPOSITION.match(masked, gap_start, start)  # "X, the company's chief scientist, later said"
        if apposition and apposition.group().count(",") >= 2:
            gap_start = apposition.end()
        if lex.adverb_gap.fullmatch(masked, gap_start, start):
            if _clause_initial(speakers, masked, sentence, candidate):
                yield candidate
        elif _COMMA.fullmatch(masked, candidate.end, start) and _COMMA_BEFORE.search(
            masked, max(sentence.start, candidate.start - 8), candidate.start
        ):
            yield candidate  # "Its council chair, Tom Dolphin, said": the name is the apposition
    if lex.verb_second or _opens_clause(masked, sentence, start):
        after = [c for c in candidates if c.start >= end and (lex.verb_second or not c.pronoun)]  # "…,” said Smith
        if after and _loose_gap(speakers, masked[end : after[0].start]):
            yield after[0]
    if before:  # "X heeft op LinkedIn geschreven dat …"
        gap = masked[before[-1].end : start]
        if (len(gap.split()) <= _MAX_GAP_WORDS and not _HARD_BREAK.search(gap)
                and _clause_initial(speakers, masked, sentence, before[-1])):
            yield before[-1]


def _loose_gap(speakers: Speakers, gap: str) -> bool:
    """Between a verb and its inverted subject: a few words ("investeerder"), no preposition."""
    lex = speakers.lexicon
    words = gap.split()
    return len(words) <= _MAX_GAP_WORDS and not _BREAK.search(gap) and not any(
        w.lower() in lex.prepositions or lex.complementizer.fullmatch(w) for w in words
    )


def _opens_clause(masked: str, sentence: Sentence, start: int) -> bool:
    """Nothing but a quote or a comma before the verb: English inverts only there."""
    lead = masked[max(sentence.start, start - NEAR) : start].rstrip()
    return not lead or lead[-1] in ",\u2063:"


def _clause_initial(speakers: Speakers, masked: str, sentence: Sentence, candidate: Candidate) -> bool:
    """In a verb-second language a subject before the verb opens its clause:
    "In het Compass stelt de commissie" has the commission after the verb."""
    lex = speakers.lexicon
    if not lex.verb_second:
        return True
    lead = masked[max(sentence.start, candidate.start - NEAR) : candidate.start]
    lead = lead[max(lead.rfind(c) for c in ",;:.!?\u2063") + 1 :]  # "." too: "op X. Zij vindt" is one "sentence"
    return not any(w.lower() in lex.prepositions for w in WORD.findall(lead))
