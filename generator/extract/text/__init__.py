"""Text: the layer every extractor reads from.

In: an article body and its language. Out: a
:class:`~generator.model.Document` of paragraphs and sentences
(:mod:`~generator.extract.text.sentences`), the words of a sentence found once
and shared (:mod:`~generator.extract.text.words`), and the language's month
and weekday names from CLDR (:mod:`~generator.extract.text.calendar`).
"""
