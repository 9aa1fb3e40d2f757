"""Stage 6, site build: ``build/docs/<lang>/`` → ``site/`` with MkDocs (Material).

In: the Markdown pages the output stage wrote and the base ``mkdocs.yml``.
Out: one MkDocs build per language (``/`` and ``/en/``, each with its own
search index, feeds and sitemap) into a staging folder, swapped into
``site/`` only when every language built (:mod:`~generator.sitebuild.builder`);
big sites build each language in a child process, its page HTML spooled
compressed between MkDocs' passes (:mod:`~generator.sitebuild.spool`).
Named ``sitebuild`` so that it clashes neither with the ``mkdocs`` package,
the ``site/`` folder nor :class:`generator.model.Site`.
"""
