"""Incremental state: what lets a build skip work done before.

``build/state.sqlite3`` (:mod:`~generator.incremental.state`) holds input
fingerprints, cached parsed articles and extractions, the pages last written
and the last problems; :mod:`~generator.incremental.fingerprints` hashes the
inputs and the code of each stage; :mod:`~generator.incremental.cache` and
:mod:`~generator.incremental.reading` serve articles and extractions from it;
:mod:`~generator.incremental.parallel` extracts what is missing on every
core; :mod:`~generator.incremental.session` is what one process keeps between
runs. In: the stages' inputs and outputs; out: the same results, sooner.
"""
