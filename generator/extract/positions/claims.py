"""What a reporting verb reports, once its speaker is known.

In this order: a "dat"/"that" clause (indirect; a quote after its colon is
direct), a quote glued to the attribution ("‘…’, zegt hij", "zegt hij:
‘…’"), the quote a naming verb names ("noemt de cijfers ‘zorgwekkend’"),
the sentence before "Dat liet X weten", the rest of the clause for verbs
that need no "dat" ("zegt het te hebben ontwikkeld"), or the sentence
before a trailing ", zegt X" / ", X said". A speaker with nothing of
these is "pending": a bare quote that follows is theirs.
"""

from __future__ import annotations

import re

from generator.extract.positions.lexicon import Lexicon
from generator.extract.positions.quotes import Quote
from generator.extract.positions.scope import (
    CLAIM,
    CLAUSE,
    FILLER,
    NEAR,
    WORD,
    Attribution,
    Scope,
)
from generator.extract.positions.speakers import Candidate
from generator.model import Sentence

_QUOTE_LEAD_IN = re.compile(r"[^.!?\u2063]{0,120}?[:,]?\s*")
# between a quote and the attribution after it: punctuation, perhaps a title ("…,” chief executive X said)
_JOINER = re.compile(r"[\s,:;—–-]*(?:[^\s.!?:;,\u2063]+\s+){0,4}")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_CLAUSE_STOP = re.compile(r"[,;]|[.!?](?=\s|$)")
_CLAUSE_CLOSE = re.compile(r"\s*(?:[.,;:!?)]|$|(?:en|and|maar|but|omdat|because)\b)")
_COMMA = re.compile(r"\s*,")
_BREAK = re.compile(r"[,.;:!?\u2063]")
_MAX_COMPLEMENT_WORDS = 10


def governed(lex: Lexicon, scope: Scope, sentence: Sentence, subject: Candidate, lemma: str, start: int,
             end: int) -> Attribution:
    """The attribution of the verb at ``start:end`` spoken by ``subject``."""
    masked = scope.masked
    after = max(end, subject.end if subject.start >= end else end)
    first = min(start, subject.start)
    lo = max([q.end for q in scope.quotes_ending(sentence.start, first)], default=max(sentence.start, first - NEAR))
    hi = _clause_end(masked, after, sentence.end)

    def make(sentence: Sentence = sentence, **fields) -> Attribution:
        return Attribution(subject.actor, lemma, sentence, start, end, **fields)

    complement = _complement(lex, masked, lemma, after, hi)
    if complement is not None and not scope.has_words(complement, sentence.end) and not scope.has_quote(
        complement, sentence.end
    ):
        complement = None  # "Rutte ontkent dat.": a pronoun, not a clause
    if complement is not None:
        quote = scope.next_quote(complement)
        if quote is not None and quote.start < sentence.end and masked[complement : quote.start].rstrip().endswith(":"):
            return make(region=(lo, hi), kind="direct", quotes=(quote,))  # "vindt dat onverstandig: ‘…’"
        return make(region=(lo, complement), **_claim(scope, complement, sentence.end))
    direct = _adjacent_quotes(scope, sentence, first, after)
    if not direct and lemma in lex.naming_verbs:
        direct = _named_quote(scope, sentence, after)
    if direct:
        return make(region=(lo, hi), kind="direct", quotes=direct)
    previous = _anaphoric_claim(lex, scope, sentence, first)
    if previous is not None:
        return make(sentence=previous, region=(lo, hi), **_claim(scope, previous.start, previous.end))
    if lemma in lex.quote_only:
        return make(region=(lo, hi), kind="pending")
    if lemma in lex.zero_complement:
        claim_start = _zero_complement(lex, masked, lemma, after, hi)
        if claim_start is not None:
            return make(region=(lo, claim_start), **_claim(scope, claim_start, hi))
    trailing = _trailing(lex, scope, sentence, subject, start, hi)
    if trailing is not None:
        comma, stop = trailing
        return make(region=(comma, stop), **_claim(scope, max(sentence.start, comma - CLAIM), comma))
    return make(region=(lo, hi), kind="pending")


def _claim(scope: Scope, start: int, end: int) -> dict:
    """The claim span (never longer than ``CLAIM``, never ending inside a quote) and its quotes."""
    end = min(end, start + CLAIM)
    inside = scope.quotes_starting(start, end)
    if inside and inside[-1].end > end:
        end = inside[-1].end if inside[-1].end - start <= 2 * CLAIM else inside[-1].start
        inside = scope.quotes_starting(start, end)
    return {"claim": (start, end), "quotes": inside}


def _clause_end(masked: str, after: int, limit: int) -> int:
    end = _SENTENCE_END.search(masked, after, min(limit, after + CLAUSE))
    return end.start() if end else min(limit, after + CLAUSE)


def _complement(lex: Lexicon, masked: str, lemma: str, after: int, hi: int) -> int | None:
    """Where the "dat"/"that" (or, for questions, "of"/"whether") clause starts."""
    patterns = [lex.complementizer]
    if lemma in lex.question_verbs:
        patterns.append(lex.question_complementizer)
    reach = min(hi, after + 150)  # some ten words at most
    for pattern in patterns:
        match = pattern.search(masked, after, reach)
        if match:
            between = masked[after : match.start()]
            # not past a comma: "“…,” she said, adding that …" reports the quote
            if len(between.split()) <= _MAX_COMPLEMENT_WORDS and FILLER not in between and "," not in between:
                return match.end()
    return None


def _adjacent_quotes(scope: Scope, sentence: Sentence, first: int, after: int) -> tuple[Quote, ...]:
    """Quotes the attribution is glued to: "‘…’, zegt hij", "zegt hij: ‘…’", "‘…’, zegt hij, ‘…’"."""
    masked = scope.masked
    glued = [
        q for q in scope.quotes_ending(max(sentence.start - 1, first - 120), first)
        if _JOINER.fullmatch(masked, q.end, first)
    ][-1:]
    following = scope.next_quote(after)
    if following is not None and following.start < sentence.end + 1 and following.start - after <= 160:
        lead = masked[after : following.start]
        if _QUOTE_LEAD_IN.fullmatch(lead) and (not lead.strip() or lead.rstrip()[-1] in ":,"):
            if lead.rstrip().endswith(":"):
                glued = []  # "X said: ‘…’" opens its own statement; a quote before it is someone else's
            glued.append(following)
    return tuple(glued)


def _named_quote(scope: Scope, sentence: Sentence, after: int) -> tuple[Quote, ...]:
    """"noemt de cijfers ‘zorgwekkend’", "called the plans "irresponsible"": the quote after the object."""
    quote = scope.next_quote(after)
    if quote is None or quote.start >= sentence.end or quote.start - after > 80:
        return ()
    lead = scope.masked[after : quote.start]
    if len(lead.split()) <= 4 and not _BREAK.search(lead) and _CLAUSE_CLOSE.match(scope.masked, quote.end):
        return (quote,)  # not "noemt het plan van de ‘groene’ partijen onzin"
    return ()


def _anaphoric_claim(lex: Lexicon, scope: Scope, sentence: Sentence, first: int) -> Sentence | None:
    """"Dat liet de maatschappij weten.": the claim is the sentence before."""
    if lex.anaphoric_object is None:
        return None
    pronoun = lex.anaphoric_object.match(scope.masked, sentence.start, first)
    if pronoun is None or not lex.adverb_gap.fullmatch(scope.masked, pronoun.end(), first):
        return None
    return scope.previous_sentence(sentence)


def _zero_complement(lex: Lexicon, masked: str, lemma: str, after: int, hi: int) -> int | None:
    """Where a claim without "dat" starts ("zegt het te hebben ontwikkeld"), if there is one."""
    claim_start = _skip_adverbials(lex, masked, after, hi)
    if lemma in lex.object_verbs and lex.claim_opener is not None:  # "told MPs the rise was needed"
        opener = lex.claim_opener.match(masked, claim_start, hi)
        skipped = opener.group().lower().split() if opener else []
        claim_start = opener.end() if opener and not lex.prepositions.intersection(skipped) else hi
    least = 1 if lemma in lex.naming_verbs else 3  # "described it as a betrayal"
    words = WORD.findall(masked, claim_start, min(hi, claim_start + 80))
    first = words[0].lower() if words else ""
    if len(words) < least or first in lex.prepositions or masked[claim_start:hi].lstrip().startswith(","):
        return None
    return claim_start


def _skip_adverbials(lex: Lexicon, masked: str, start: int, hi: int) -> int:
    """Past "op X", "in a statement", "on Friday": where a claim without "dat" starts."""
    position = start
    while True:
        gap = lex.adverb_gap.match(masked, position, hi)
        position = gap.end() if gap else position
        channel = None
        for pattern in (lex.known_channel, lex.generic_channel, lex.introduced_channel):
            match = pattern.match(masked, position, hi)
            if match and (channel is None or match.end() > channel):
                channel = match.end()
        if channel is None or channel <= position:
            return position
        comma = _COMMA.match(masked, channel, hi)
        position = comma.end() if comma else channel


def _trailing(lex: Lexicon, scope: Scope, sentence: Sentence, subject: Candidate, start: int,
              hi: int) -> tuple[int, int] | None:
    """"Het is tijd voor actie, zegt de commissie." / "…, the company said[, …].": the claim comes first.

    Returns the comma before the attribution and where the attribution stops.
    """
    masked = scope.masked
    first = min(start, subject.start)
    comma = masked.rfind(",", max(sentence.start, first - 120), first)
    if comma < 0 or not _JOINER.fullmatch(masked, comma + 1, first):  # ", the Met Office said"
        return None
    if not lex.conjunctions.isdisjoint(masked[comma + 1 : first].lower().split()):
        return None  # "…, maar Rutte ontkent dat": a clause of its own
    stop = _CLAUSE_STOP.search(masked, max(start, subject.end), min(sentence.end, start + CLAUSE))
    if stop is not None and stop.group() != "," and stop.start() < sentence.end - 2:
        return None
    claim_start = max(sentence.start, comma - CLAIM)
    if len(WORD.findall(masked, claim_start, comma)[:3]) < 3 and not scope.has_quote(claim_start, comma):
        return None
    return comma, stop.start() if stop else hi
