"""Authoring: the only code that writes into ``content/``, on an editor's explicit command.

``briefing add`` (:mod:`generator.authoring.importing`) turns a file into a
new Markdown article and never overwrites; ``briefing i18n export``
(:mod:`generator.authoring.translations`) writes a briefing's PO catalog and
keeps every translation already in it. Both sit after the pipeline: they may
call its stages, no stage calls them.
"""
