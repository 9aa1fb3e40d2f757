"""Positions: who said or claimed what, direct or indirect, on which channel.

In: a :class:`~generator.model.Document`, its article and its actors. Out:
:class:`~generator.model.Position` values attributed to an actor id. Quotes are
found (:mod:`~generator.extract.positions.quotes`), reporting clauses read
(:mod:`~generator.extract.positions.attribution`, ``claims``, ``scope``,
``subject``) with the language's cue words (:mod:`~generator.extract.positions.lexicon`),
speakers resolved through names, pronouns and descriptions
(:mod:`~generator.extract.positions.speakers`), the channel named
(:mod:`~generator.extract.positions.media`) and an outlet's editorial told
apart (:mod:`~generator.extract.positions.editorial`);
:mod:`~generator.extract.positions.finder` runs those steps.
"""

from generator.extract.positions.finder import find_positions, outlet_actor

__all__ = ["find_positions", "outlet_actor"]
