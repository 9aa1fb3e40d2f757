"""Dates: temporal expressions found, parsed and resolved against the publication date.

In: a :class:`~generator.model.Document` and the article's publication date.
Out: dated mentions with an ISO value at the text's granularity (day, week,
month, year), approximate where the text is. The language's date grammar
(:mod:`~generator.extract.dates.grammar`) indexes candidates in a sentence
(:mod:`~generator.extract.dates.index`), :mod:`~generator.extract.dates.parse`
reads them, :mod:`~generator.extract.dates.tense` tells past from future, and
:mod:`~generator.extract.dates.resolve` turns them into
:class:`~generator.model.PartialDate` values; :mod:`~generator.extract.dates.finder`
runs those steps.
"""
