"""Stage 1, read: ``content/`` → articles, briefing metadata, editors' fixes, catalogs.

In: the files editors write under ``content/`` (Markdown with front matter,
plain text, saved web pages; ``briefing.yml``, ``actors.yml``, PO catalogs).
Out: typed values from :mod:`generator.model`: :class:`~generator.model.Article`
per source (decoded, front matter validated, language and publication date
known), :class:`~generator.model.BriefingMeta` per folder, the actor
overrides of ``actors.yml`` and a :class:`~generator.read.catalogs.TextCatalog`
per briefing and language. Bad input is a ``ContentError`` naming file and
line; nothing here writes.
"""
