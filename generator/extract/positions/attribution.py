"""Attributions: a reporting verb or marker, its speaker, what it governs.

Works on a paragraph whose quotations are masked out (see ``quotes.mask``),
so a verb or a name inside a quote is never taken for narration. For each
reporting verb ("zegt", "liet … weten", "said") the speaker is the subject
next to it (``subject``) and what it reports is found by
``claims``; "volgens X", "aldus X" and "according to X" name
their speaker after the marker and report the rest of their sentence.
"""

from __future__ import annotations

import re

from generator.extract.positions.claims import governed
from generator.extract.positions.lexicon import Lexicon, verbs_in
from generator.extract.positions.quotes import Quote
from generator.extract.positions.scope import FILLER, NEAR, Attribution, Scope
from generator.extract.positions.speakers import Speakers
from generator.extract.positions.subject import coordinated, subject_of
from generator.model import Paragraph, Sentence

__all__ = ["FILLER", "Attribution", "attributions"]

_WORD_AFTER = re.compile(r"\s*([^\W\d_][\w-]*)")
_SHORT_APPOSITION = re.compile(r"\s*,[^.;:!?\u2063]{0,200}?,\s*")
_NEGATION_WINDOW = 30
_CLAUSE_OPENING = re.compile(r"[,;:\u2063]\s*$")


def attributions(paragraph: Paragraph, masked: str, quotes: tuple[Quote, ...], speakers: Speakers) -> list[Attribution]:
    """Every reporting verb or marker of ``paragraph`` that has a speaker."""
    lex = speakers.lexicon
    scope = Scope(paragraph, masked, quotes)
    found = []
    for match in verbs_in(lex, masked):
        sentence = scope.sentence_at(match.start())
        lemma, verb_end = _lemma(lex, masked, match)
        if lemma is None or sentence is None or _negated(lex, masked, sentence, match.start()):
            continue  # "declined to say", "weigerde te zeggen"
        # a separable verb's subject stands before its particle: "liet de maatschappij … weten"
        subject = subject_of(speakers, scope, sentence, match.start(), match.end(), match.group())
        if subject is None:
            continue
        for speaker in (*coordinated(speakers, scope, sentence, subject), subject):
            found.append(governed(lex, scope, sentence, speaker, lemma, match.start(), verb_end))
    found += _marked_all(speakers, scope)
    return found


def _lemma(lex: Lexicon, masked: str, match: re.Match[str]) -> tuple[str | None, int]:
    """The lemma of a verb form, with the end of its separable particle if any."""
    following = _WORD_AFTER.match(masked, match.end())
    if following and following.group(1).lower() in lex.not_before:
        return None, match.end()  # "vindt plaats"
    for form in lex.forms.get(" ".join(match.group().lower().split()), ()):
        if form.particle is None:
            return form.lemma, match.end()
        particle = form.particle.match(masked, match.end())
        if particle:
            return form.lemma, particle.end()
    return None, match.end()


def _negated(lex: Lexicon, masked: str, sentence: Sentence, start: int) -> bool:
    words = masked[max(sentence.start, start - _NEGATION_WINDOW) : start].lower().split()
    return any(" ".join(words[-n:]) in lex.negations for n in (1, 2, 3) if len(words) >= n)


def _marked_all(speakers: Speakers, scope: Scope) -> list[Attribution]:
    """The attributions of "volgens"/"aldus"/"according to", one per sentence."""
    lex = speakers.lexicon
    lowered = scope.masked.lower()
    if not any(word in lowered for word in lex.marker_words):
        return []  # most paragraphs have none: one substring test says so
    found: list[Attribution] = []
    done: set[int] = set()
    for marker in (lex.according_to, lex.trailing):
        for match in marker.finditer(scope.masked):
            sentence = scope.sentence_at(match.start())
            if sentence is not None and sentence.index not in done:
                attribution = _marked(speakers, scope, sentence, match)
                if attribution is not None:
                    done.add(sentence.index)
                    found.append(attribution)
    return found


def _marked(speakers: Speakers, scope: Scope, sentence: Sentence, match: re.Match[str]) -> Attribution | None:
    """"Volgens X is …", "…, aldus X", "according to X, …": the speaker follows the marker."""
    lex, masked = speakers.lexicon, scope.masked
    near = min(sentence.end, match.end() + NEAR)
    candidates = speakers.candidates(scope.paragraph.index, match.end(), near, objects=True)
    speaker = next((c for c in candidates if c.actor is not None), None)
    if speaker is None:
        return None
    via = lex.statement_of.match(masked, match.end(), speaker.start)  # "according to a statement from X"
    if len(masked[match.end() : speaker.start].split()) > 3 and not (via and via.end() == speaker.start):
        return None
    end = speaker.end
    affiliation = lex.affiliation.match(masked, end, near)  # "Bokeloh van ABN Amro"
    end = affiliation.end() if affiliation else end
    apposition = _SHORT_APPOSITION.match(masked, end, near)
    if apposition and not lex.finite_verb.search(masked, end, apposition.end()):
        end = apposition.end() - 1
    before, after = (sentence.start, match.start()), (end, sentence.end)
    claim = [span for span in (before, after) if scope.has_words(*span) or scope.has_quote(*span)]
    if not claim:
        return None
    if len(claim) == 1:
        span = claim[0]
    elif _CLAUSE_OPENING.search(masked, max(sentence.start, match.start() - 4), match.start()):
        span = after  # "…’ According to X, pension reform is …": the marker opens a clause of its own
    else:
        span = (sentence.start, sentence.end)  # "X is volgens Y failliet"
    span = (max(span[0], span[1] - 1000), span[1]) if span == before else (span[0], min(span[1], span[0] + 1000))
    return Attribution(speaker.actor, None, sentence, match.start(), end, region=(match.start(), end), claim=span,
                       quotes=scope.quotes_starting(*span))
