"""Stand-in extractors for build tests: how a test names one to the build session."""

from __future__ import annotations

from collections.abc import Callable


def extractor_spec(function: Callable) -> str:
    """``module:function`` of a module-level extractor, for ``BRIEFING_TEST_EXTRACTOR``.

    The build session reads it (``Session.extract``), in this process and in the
    ``watch``/``serve`` child processes alike.
    """
    if "<locals>" in function.__qualname__:
        raise ValueError(f"a stand-in extractor must be defined at module level, got {function.__qualname__}")
    return f"{function.__module__}:{function.__qualname__}"
