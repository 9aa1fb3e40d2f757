"""Live editing: ``briefing watch`` and ``briefing serve``.

:mod:`~generator.live.watch` (watchdog) debounces file changes
(:mod:`~generator.live.changes`), writes the edited briefing's own pages at
once (:mod:`~generator.live.preview`) and runs the full regeneration in a
child process (:mod:`~generator.live.background`); :mod:`~generator.live.serve`
adds MkDocs' live-reload server, with the site kept in memory and re-rendered
page by page (:mod:`~generator.live.livesite`). In: file events; out: pages in
``build/docs`` and, under ``serve``, HTML in ``build/serve-site``.
"""
