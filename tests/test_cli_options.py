"""Every example a ``--help`` shows works as shown; global options go before or after the command."""

from __future__ import annotations

import glob
import re
import shlex
import subprocess
import sys
import warnings
from pathlib import Path

import click
import pytest

from generator.cli import cli
from tests.site.fixture import ROOT, make_project

BRIEFING = [sys.executable, "-m", "generator.cli"]


def all_commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


def help_examples() -> list[tuple[str, list[str]]]:
    """``(command, argv)`` of every ``briefing …`` line that a help text shows, the top-level one included."""
    found = []
    texts = [("briefing", cli.help or "")] + [(" ".join(path), command.help or "") for path, command in all_commands(cli)]
    for where, text in texts:
        for line in text.splitlines():
            for part in line.split("&&"):
                words = shlex.split(part.strip().split("  ")[0]) if part.strip().startswith("briefing ") else []
                if words:
                    found.append((where, words[1:]))
    return found


EXAMPLES = help_examples()


def test_the_help_texts_show_examples():
    assert len(EXAMPLES) >= 10
    shown = {where for where, _ in EXAMPLES}
    assert {"build", "check", "extract", "serve", "i18n export"} <= shown


def parse(argv: list[str]) -> None:
    """Parse ``argv`` as the command line would, without running the command."""
    argv = [expanded for word in argv for expanded in (sorted(glob.glob(str(ROOT / word))) if "*" in word else [word])]
    with warnings.catch_warnings(), cli.make_context("briefing", argv) as ctx:
        warnings.simplefilter("ignore", DeprecationWarning)  # Click 8.2: protected_args, still where a group's rest is
        command: click.Command = cli
        args = ctx.protected_args + ctx.args
        while isinstance(command, click.Group) and args:
            name, command, args = command.resolve_command(ctx, args)
            ctx = command.make_context(name, args, parent=ctx)
            args = ctx.protected_args + ctx.args if isinstance(command, click.Group) else []


@pytest.mark.parametrize("where, argv", EXAMPLES, ids=[" ".join(a) for _, a in EXAMPLES])
def test_every_help_example_parses(where, argv, monkeypatch):
    monkeypatch.chdir(ROOT)
    try:
        parse(argv)
    except click.BadParameter as error:
        # An example may name a file of the reader's ("~/Downloads/article.html"); any other
        # usage error (an unknown option, a bad value) is a wrong example.
        assert isinstance(error.param, click.Argument) and "does not exist" in error.format_message(), error
    except click.UsageError as error:
        pytest.fail(f"{where}: 'briefing {' '.join(argv)}' is refused: {error.format_message()}")


def run(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*BRIEFING, *args], capture_output=True, text=True, timeout=300, cwd=root)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return make_project(tmp_path_factory.mktemp("cli") / "project")


@pytest.mark.parametrize("argv", [
    ["--strict", "check"], ["check", "--strict"], ["check", "-q", "--strict"], ["check", "--root", "."],
])
def test_global_options_work_before_and_after_the_command(project, argv):
    result = run(project, *argv)
    assert result.returncode in (0, 1), result.stderr  # 2 would be a usage error
    assert "No such option" not in result.stderr


def test_quiet_after_the_command_prints_only_problems(project):
    loud, quiet = run(project, "check"), run(project, "check", "-q")
    assert "sources read" in loud.stderr
    assert "sources read" not in quiet.stderr


def test_a_missing_project_folder_is_named(tmp_path):
    result = run(tmp_path, "--root", "no-such-folder", "check")
    assert result.returncode == 2
    assert "'no-such-folder' does not exist" in result.stderr
    assert "translation catalog" not in result.stderr and "Traceback" not in result.stderr


def test_a_port_out_of_range_is_refused_before_any_work(project):
    result = run(project, "serve", "--port", "99999")
    assert result.returncode == 2
    assert re.search(r"99999 is not in the range", result.stderr)
    assert not (project / "build" / "serve-site").exists() and "OverflowError" not in result.stderr
