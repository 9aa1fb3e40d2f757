"""Actors: people, organizations, places, groups, products and works named in a text.

In: a :class:`~generator.model.Document` and its article. Out: a list of
:class:`~generator.model.Actor` with kind, role and aliases, one per
identity. Capitalised runs become name candidates
(:mod:`~generator.extract.actors.names`, :mod:`~generator.extract.actors.tokens`),
are refined and cut at their true boundaries (:mod:`~generator.extract.actors.refine`),
typed from gazetteers and cue words (:mod:`~generator.extract.actors.kinds`,
:mod:`~generator.extract.actors.gazetteer`), given the role the text states
(:mod:`~generator.extract.actors.roles`) and merged into identities
(:mod:`~generator.extract.actors.merge`); :mod:`~generator.extract.actors.finder`
runs those steps in order.
"""

from generator.extract.actors.finder import find_actors

__all__ = ["find_actors"]
