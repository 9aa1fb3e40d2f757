"""Attributions: a reporting verb or marker, its speaker, what it governs.

Works on a paragraph whose quotations are masked out (see ``quotes.mask``),
so a verb or a name inside a quote is never taken for narration. For each
reporting verb ("zegt", "schreef … op", "said") the speaker is the subject
next to it: a name, pronoun or description (``speakers``). What the verb
reports is, in this order: a "dat"/"that" clause (indirect), an adjacent
quote (direct), the rest of the clause for verbs that need no "dat"
("zegt het te hebben ontwikkeld"), or the sentence before a trailing
", zegt X" / ", X said".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract.positions_lexicon import Lexicon, verbs_in
from generator.extract.quotes import Quote
from generator.extract.speakers import Candidate, Speakers
from generator.model import Actor, Paragraph, Sentence

FILLER = "\u2063"
_APPOSITION = re.compile(r"\s*,[^.;:!?\u2063]*,\s*")
_SHORT_APPOSITION = re.compile(r"\s*,[^.;:!?\u2063]*?,\s*")
_QUOTE_LEAD_IN = re.compile(r"[^.!?\u2063]{0,120}?[:,]?\s*")
# between a quote and the attribution after it: punctuation, perhaps a title ("…,” chief executive X said)
_JOINER = re.compile(r"[\s,:;—–-]*(?:[^\s.!?:;,\u2063]+\s+){0,4}")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
# "Schoof en minister Veldkamp": a conjunction, perhaps a title
_AND = re.compile(r"\s*(?:,|,?\s*(?:en|and|&))\s+(?:[^\W\d_A-Z][\w-]*\s+){0,2}")
_CLAUSE_CLOSE = re.compile(r"\s*(?:[.,;:!?)]|$|(?:en|and|maar|but|omdat|because)\b)")
_MAX_GAP_WORDS = 6


@dataclass(frozen=True)
class Attribution:
    """A reporting verb (or marker) with its speaker and the span it governs."""

    actor: Actor
    lemma: str | None
    sentence: Sentence
    start: int  # the verb or marker
    end: int
    region: tuple[int, int]  # the narration around it: where channel and date are named
    kind: str = "indirect"  # or "direct", or "pending": a speaker named with nothing said yet
    claim: tuple[int, int] | None = None  # offsets of the reported claim
    quotes: tuple[Quote, ...] = ()


def attributions(paragraph: Paragraph, masked: str, quotes: tuple[Quote, ...], speakers: Speakers) -> list[Attribution]:
    """Every reporting verb or marker of ``paragraph`` that has a speaker."""
    lex = speakers.lexicon
    found = []
    for match in verbs_in(lex, masked):
        sentence = _sentence_at(paragraph, match.start())
        lemma, verb_end = _lemma(lex, masked, match)
        if lemma is None or sentence is None or _negated(lex, masked, max(sentence.start, match.start() - 30), match.start()):
            continue  # "declined to say", "weigerde te zeggen"
        # a separable verb's subject stands before its particle: "liet de maatschappij … weten"
        subject = _subject(speakers, paragraph.index, masked, sentence, match.start(), match.end(), match.group())
        if subject is None:
            continue
        for speaker in (*_coordinated(speakers, paragraph.index, masked, sentence, subject), subject):
            found.append(_governed(lex, paragraph, masked, quotes, sentence, speaker, lemma, match.start(), verb_end))
    found = [a for a in found if a is not None]
    marked: set[int] = set()
    lowered = masked.lower()
    for marker in (lex.according_to, lex.trailing):
        if not any(word in lowered for word in lex.marker_words):
            break  # no "volgens"/"aldus"/"according to" anywhere
        for match in marker.finditer(masked):
            sentence = _sentence_at(paragraph, match.start())
            if sentence is not None and sentence.index not in marked:
                attribution = _marked(speakers, paragraph, masked, quotes, sentence, match)
                if attribution is not None:
                    marked.add(sentence.index)
                    found.append(attribution)
    return found


def _negated(lex: Lexicon, masked: str, lo: int, hi: int) -> bool:
    words = masked[lo:hi].lower().split()
    return any(" ".join(words[-n:]) in lex.negations for n in (1, 2, 3) if len(words) >= n)


def _sentence_at(paragraph: Paragraph, offset: int) -> Sentence | None:
    for sentence in paragraph.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def _lemma(lex: Lexicon, masked: str, match: re.Match[str]) -> tuple[str | None, int]:
    """The lemma of a verb form, with the end of its separable particle if any."""
    following = _WORD.match(masked, match.end() + 1)
    if following and following.group().lower() in lex.not_before:
        return None, match.end()  # "vindt plaats"
    for form in lex.forms.get(" ".join(match.group().lower().split()), ()):
        if form.particle is None:
            return form.lemma, match.end()
        particle = form.particle.match(masked, match.end())
        if particle:
            return form.lemma, particle.end()
    return None, match.end()


def _subject(speakers: Speakers, paragraph: int, masked: str, sentence: Sentence, start: int, end: int, verb: str) -> Candidate | None:
    """The speaker of the verb at ``start``: right before it (perhaps past an
    apposition or an adverb), else right after it (Dutch inversion, "said X")."""
    lex = speakers.lexicon
    candidates = [c for c in speakers.candidates(paragraph, sentence.start, sentence.end, verb) if not c.governed]
    chosen = _first_resolved(_subject_order(lex, masked, sentence, candidates, start, end))
    return chosen


def _coordinated(speakers: Speakers, paragraph: int, masked: str, sentence: Sentence, subject: Candidate) -> list[Candidate]:
    """"Macron en Scholz zeggen": the speakers joined to the subject by "en"/"and"."""
    joined = []
    candidates = [c for c in speakers.candidates(paragraph, sentence.start, sentence.end) if not c.pronoun]
    end = subject.start
    for candidate in reversed([c for c in candidates if c.end <= subject.start]):
        if not _AND.fullmatch(masked, candidate.end, end) or candidate.actor is None:
            break
        joined.append(candidate)
        end = candidate.start
    return joined[::-1]


def _first_resolved(candidates: Iterator[Candidate]) -> Candidate | None:
    """The first candidate that stands for an actor ("het" or "experts" may stand for none)."""
    for candidate in candidates:
        if candidate.actor is not None:
            return candidate
    return None


def _subject_order(lex: Lexicon, masked: str, sentence: Sentence, candidates: list[Candidate], start: int,
                   end: int) -> Iterator[Candidate]:
    """Candidates in the order the subject positions are tried."""
    before = [c for c in candidates if c.end <= start and _clause_initial(lex, masked, sentence, c)]
    for candidate in reversed(before):
        gap_start = candidate.end
        affiliation = lex.affiliation.match(masked, gap_start, start)
        gap_start = affiliation.end() if affiliation else gap_start
        apposition = _APPOSITION.match(masked, gap_start, start)  # "X, the company's chief scientist, later said"
        if apposition and apposition.group().count(",") >= 2:
            gap_start = apposition.end()
        if lex.adverb_gap.fullmatch(masked, gap_start, start):
            yield candidate
    for candidate in candidates if lex.verb_second or _opens_clause(masked, sentence, start) else ():
        if candidate.start >= end and (lex.verb_second or not candidate.pronoun):  # "…,” said Smith
            gap = masked[end : candidate.start]
            words = gap.split()
            if len(words) <= _MAX_GAP_WORDS and not re.search(r"[,.;:!?\u2063]", gap) and not any(
                w.lower() in lex.prepositions or lex.complementizer.fullmatch(w) for w in words
            ):
                yield candidate
            break
    if before:  # "X heeft op LinkedIn geschreven dat …"
        gap = masked[before[-1].end : start]
        if len(gap.split()) <= _MAX_GAP_WORDS and not re.search(r"[,;:\u2063]", gap):
            yield before[-1]


def _opens_clause(masked: str, sentence: Sentence, start: int) -> bool:
    """Nothing but a quote or a comma before the verb: English inverts only there."""
    lead = masked[sentence.start : start].rstrip()
    return not lead or lead[-1] in ",\u2063:"


def _clause_initial(lex: Lexicon, masked: str, sentence: Sentence, candidate: Candidate) -> bool:
    """In a verb-second language a subject before the verb opens its clause:
    "In het Compass stelt de commissie" has the commission after the verb."""
    if not lex.verb_second:
        return True
    lead = masked[sentence.start : candidate.start]
    lead = lead[max(lead.rfind(c) for c in ",;:\u2063") + 1 :]
    return not any(w.lower() in lex.prepositions for w in _WORD.findall(lead))


def _governed(lex: Lexicon, paragraph: Paragraph, masked: str, quotes: tuple[Quote, ...], sentence: Sentence,
              subject: Candidate, lemma: str, start: int, end: int) -> Attribution | None:
    """What the verb reports: a clause, an adjacent quote, the rest of the clause, or what went before."""
    after = max(end, subject.end if subject.start >= end else end)
    lo = max((q.end for q in quotes if sentence.start <= q.end <= min(start, subject.start)), default=sentence.start)
    hi = _clause_end(masked, after, sentence.end)
    make = lambda **kw: Attribution(subject.actor, lemma, sentence, start, end, **kw)  # noqa: E731
    complement = _complement(lex, masked, lemma, after, hi)
    colon_quote = _colon_quote(masked, quotes, complement, sentence.end) if complement is not None else None
    if colon_quote is not None:  # "vindt dat onverstandig: ‘Afspraak is afspraak.’"
        return make(region=(lo, hi), kind="direct", quotes=(colon_quote,))
    if complement is not None:
        claim_end = max([sentence.end] + [q.end for q in quotes if complement <= q.start < sentence.end])
        inside = tuple(q for q in quotes if complement <= q.start < claim_end)
        return make(region=(lo, complement), claim=(complement, claim_end), quotes=inside)
    direct = _adjacent_quotes(masked, quotes, sentence, min(start, subject.start), after)
    if not direct and lemma in lex.naming_verbs:
        direct = _named_quote(masked, quotes, sentence, after)
    if direct:
        return make(region=(lo, hi), kind="direct", quotes=direct)
    previous = _anaphoric_claim(lex, paragraph, masked, sentence, min(start, subject.start))
    if previous is not None:
        inside = tuple(q for q in quotes if previous.start <= q.start < previous.end)
        return Attribution(subject.actor, lemma, previous, start, end, region=(lo, hi),
                           claim=(previous.start, previous.end), quotes=inside)
    if lemma in lex.quote_only:
        return make(region=(lo, hi), kind="pending")
    if lemma in lex.zero_complement:
        claim_start = _skip_adverbials(lex, masked, after, hi)
        if lemma in lex.object_verbs and lex.claim_opener is not None:  # "told MPs the rise was needed"
            opener = lex.claim_opener.match(masked, claim_start, hi)
            skipped = opener.group().lower().split() if opener else []
            claim_start = opener.end() if opener and not lex.prepositions.intersection(skipped) else hi
        least = 1 if lemma in lex.naming_verbs else 3  # "described it as a betrayal"
        if (len(_WORD.findall(masked[claim_start:hi])) >= least and not _starts_with_preposition(lex, masked, claim_start)
                and not masked[claim_start:hi].lstrip().startswith(",")):
            inside = tuple(q for q in quotes if claim_start <= q.start < hi)
            return make(region=(lo, claim_start), claim=(claim_start, hi), quotes=inside)
    return _trailing(masked, quotes, sentence, subject, start, hi, make) or make(region=(lo, hi), kind="pending")


def _clause_end(masked: str, after: int, limit: int) -> int:
    end = _SENTENCE_END.search(masked, after, limit)
    return end.start() if end else limit


def _complement(lex: Lexicon, masked: str, lemma: str, after: int, hi: int) -> int | None:
    """Where the "dat"/"that" (or, for questions, "of"/"whether") clause starts."""
    patterns = [lex.complementizer]
    if lemma in lex.question_verbs:
        patterns.append(lex.question_complementizer)
    for pattern in patterns:
        match = pattern.search(masked, after, hi)
        if match and len(masked[after : match.start()].split()) <= 10 and FILLER not in masked[after : match.start()]:
            return match.end()
    return None


def _adjacent_quotes(masked: str, quotes: tuple[Quote, ...], sentence: Sentence, first: int, after: int) -> tuple[Quote, ...]:
    """Quotes the attribution is glued to: "‘…’, zegt hij", "zegt hij: ‘…’", "‘…’, zegt hij, ‘…’"."""
    glued = []
    for quote in quotes:
        if quote.end <= first and quote.end >= sentence.start - 1 and _JOINER.fullmatch(masked, quote.end, first):
            glued.append(quote)
        elif quote.start >= after:
            lead = masked[after : quote.start]
            if quote.start < sentence.end + 1 and _QUOTE_LEAD_IN.fullmatch(lead) and (
                not lead.strip() or lead.rstrip()[-1] in ":,"
            ):
                glued.append(quote)
            break
    return tuple(glued)


def _colon_quote(masked: str, quotes: tuple[Quote, ...], start: int, end: int) -> Quote | None:
    for quote in quotes:
        if start <= quote.start < end:
            return quote if masked[start : quote.start].rstrip().endswith(":") else None
    return None


def _named_quote(masked: str, quotes: tuple[Quote, ...], sentence: Sentence, after: int) -> tuple[Quote, ...]:
    """"noemt de cijfers ‘zorgwekkend’", "called the plans "irresponsible"": the quote after the object."""
    for quote in quotes:
        if after <= quote.start < sentence.end:
            lead = masked[after : quote.start]
            if len(lead.split()) <= 4 and not re.search(r"[,.;:!?\u2063]", lead) and _CLAUSE_CLOSE.match(masked, quote.end):
                return (quote,)  # not "noemt het plan van de ‘groene’ partijen onzin"
            break
    return ()


def _anaphoric_claim(lex: Lexicon, paragraph: Paragraph, masked: str, sentence: Sentence, first: int) -> Sentence | None:
    """"Dat liet de maatschappij weten.": the claim is the sentence before."""
    if lex.anaphoric_object is None or sentence.index == 0:
        return None
    pronoun = lex.anaphoric_object.match(masked, sentence.start, first)
    if pronoun is None or not lex.adverb_gap.fullmatch(masked, pronoun.end(), first):
        return None
    return paragraph.sentences[sentence.index - 1]


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
        if channel is None:
            return position
        position = channel
        comma = re.match(r"\s*,", masked[position:hi])
        position += comma.end() if comma else 0


def _starts_with_preposition(lex: Lexicon, masked: str, start: int) -> bool:
    word = _WORD.search(masked, start)
    return bool(word) and word.group().lower() in lex.prepositions


def _trailing(masked, quotes, sentence, subject, start, hi, make):
    """"Het is tijd voor actie, zegt de commissie." / "…, the company said[, …].": the claim comes first."""
    first = min(start, subject.start)
    comma = masked.rfind(",", sentence.start, first)
    if comma < 0 or not _JOINER.fullmatch(masked, comma + 1, first):  # ", the Met Office said"
        return None
    stop = re.compile(r"[,;]|[.!?](?=\s|$)").search(masked, max(start, subject.end), sentence.end)
    if stop is not None and stop.group() != "," and stop.start() < sentence.end - 2:
        return None
    if len(_WORD.findall(masked[sentence.start : comma])) < 3 and not any(
        sentence.start <= q.start < comma for q in quotes
    ):
        return None
    inside = tuple(q for q in quotes if sentence.start <= q.start < comma)
    return make(region=(comma, stop.start() if stop else hi), claim=(sentence.start, comma), quotes=inside)


def _marked(speakers: Speakers, paragraph: Paragraph, masked: str, quotes: tuple[Quote, ...], sentence: Sentence,
            match: re.Match[str]) -> Attribution | None:
    """"Volgens X is …", "…, aldus X", "according to X, …": the speaker follows the marker."""
    lex = speakers.lexicon
    candidates = [c for c in speakers.candidates(paragraph.index, match.end(), sentence.end, objects=True)
                  if c.actor is not None]
    if not candidates:
        return None
    speaker = candidates[0]
    end = speaker.end
    via = lex.statement_of.match(masked, match.end(), speaker.start)  # "according to a statement from X"
    if len(masked[match.end() : speaker.start].split()) > 3 and not (via and via.end() == speaker.start):
        return None
    affiliation = lex.affiliation.match(masked, end, sentence.end)  # "Bokeloh van ABN Amro"
    end = affiliation.end() if affiliation else end
    apposition = _SHORT_APPOSITION.match(masked, end, sentence.end)
    if apposition and not lex.finite_verb.search(masked, end, apposition.end()):
        end = apposition.end() - 1
    pieces = [(sentence.start, match.start()), (end, sentence.end)]
    claim = [(a, b) for a, b in pieces if _WORD.search(masked[a:b]) or FILLER in masked[a:b]]
    if not claim:
        return None
    span = claim[0] if len(claim) == 1 else (sentence.start, sentence.end)  # "X is volgens Y failliet"
    inside = tuple(q for q in quotes if span[0] <= q.start < span[1])
    return Attribution(speaker.actor, None, sentence, match.start(), end, region=(match.start(), end), claim=span, quotes=inside)
