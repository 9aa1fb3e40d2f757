"""The ``briefing`` command line.

Errors print as ``path:line: message`` without a traceback (``--debug``
shows it); ``--strict`` makes warnings and content errors fail the run.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from generator import pipeline
from generator.config import Config
from generator.progress import progress_bar


class State:
    def __init__(self, root: Path, debug: bool, strict: bool, quiet: bool) -> None:
        self.config = project_config(root)
        self.debug = debug
        self.strict = strict
        self.quiet = quiet


pass_state = click.make_pass_decorator(State)


def project_config(root: Path) -> Config:
    """The configuration of the project at ``root``; a folder that is not there is a usage error."""
    if not root.is_dir():
        raise click.BadParameter(f"expected a project folder, but {str(root)!r} does not exist"
                                 if not root.exists() else f"expected a project folder, got the file {str(root)!r}",
                                 param_hint="'--root'")
    return Config.from_root(root)


def _set_global(ctx: click.Context, param: click.Parameter, value) -> None:
    """A global option given after the command name: ``briefing check --strict``."""
    if value is None or value is False or ctx.resilient_parsing:
        return
    state = ctx.find_object(State)
    if state is None:
        return
    if param.name == "root":
        state.config = project_config(value)
    else:
        setattr(state, param.name, value)


def _global_options() -> list[click.Option]:
    """``--root``, ``--debug``, ``--strict`` and ``-q``, as each command accepts them too."""
    return [
        click.Option(["--root"], type=click.Path(file_okay=False, path_type=Path), default=None, expose_value=False,
                     callback=_set_global, help="Project folder (as before the command)."),
        click.Option(["--debug"], is_flag=True, default=False, expose_value=False, callback=_set_global,
                     help="Show tracebacks instead of one-line errors."),
        click.Option(["--strict"], is_flag=True, default=False, expose_value=False, callback=_set_global,
                     help="Fail (exit 1) on any content error or warning."),
        click.Option(["-q", "--quiet"], is_flag=True, default=False, expose_value=False, callback=_set_global,
                     help="Print only problems."),
    ]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=".", show_default=True,
              help="Project folder holding content/, templates/ and mkdocs.yml.")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.option("--strict", is_flag=True, help="Fail (exit 1) on any content error or warning.")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
@click.version_option(package_name="briefing")
@click.pass_context
def cli(ctx: click.Context, root: Path, debug: bool, strict: bool, quiet: bool) -> None:
    """Turn news articles in content/ into a bilingual (Dutch/English) briefing site.

    \b
    Typical use:
      briefing check            validate content/, write nothing
      briefing build            generate pages and build site/ (nl at /, en at /en/)
      briefing extract FILE     print actors, events and positions as JSON
    """
    if not ctx.resilient_parsing:
        ctx.obj = State(root, debug, strict, quiet)


def report_problems(state: State, report: pipeline.BuildReport) -> None:
    for problem in report.problems:
        click.echo(str(problem), err=True)
    if not state.quiet:
        click.echo(report.summary(), err=True)


def exit_code(state: State, report: pipeline.BuildReport, *, errors_fail: bool = False) -> int:
    if report.errors and (errors_fail or state.strict):
        return 1
    if report.warnings and state.strict:
        return 1
    return 0


@cli.command()
@click.option("--site-url", envvar="BRIEFING_SITE_URL", default=None,
              help="Public URL of the site (for feeds and sitemaps); env BRIEFING_SITE_URL.")
@pass_state
def build(state: State, site_url: str | None) -> None:
    """Generate the briefing pages and build site/ with MkDocs, both languages.

    Only what changed is extracted and written again; nothing changed, nothing
    is rebuilt. A big site is generated in a separate process (from 500 files
    in content/) and built by MkDocs one process per language (from 3,000
    pages), so memory stays bounded; site/ is replaced only when the whole
    build succeeded.

    \b
    Example:
      briefing build && python -m http.server -d site
    """
    with progress_bar("extracting", state.quiet) as progress:
        report = pipeline.build(state.config, debug=state.debug, site_url=site_url, progress=progress)
    report_problems(state, report)
    if not state.quiet:
        click.echo(f"site: {report.site_dir}/index.html (nl), {report.site_dir}/en/index.html (en)", err=True)
    sys.exit(exit_code(state, report))


@cli.command()
@pass_state
def generate(state: State) -> None:
    """Write the Markdown pages to build/docs/<lang>/ without running MkDocs.

    \b
    Example:
      briefing generate && ls build/docs/nl/briefings
    """
    with progress_bar("extracting", state.quiet) as progress:
        report = pipeline.generate(state.config, debug=state.debug, progress=progress)
    report_problems(state, report)
    sys.exit(exit_code(state, report))


@cli.command()
@pass_state
def check(state: State) -> None:
    """Validate everything in content/ and report problems; write nothing.

    Exits 1 when any article has an error (with --strict: also on warnings).

    \b
    Example:
      briefing check --strict
    """
    report = pipeline.check(state.config, debug=state.debug)
    report_problems(state, report)
    sys.exit(exit_code(state, report, errors_fail=True))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["json", "jsonl"]), default="json", show_default=True,
              help="json: one pretty object (a list for several files); jsonl: one object per line.")
@pass_state
def extract(state: State, paths: tuple[Path, ...], output_format: str) -> None:
    """Print the actors, events and positions found in source articles.

    \b
    Example:
      briefing extract content/deepseek-ai-race/*.txt --format jsonl
    """
    extractions = pipeline.extract_paths(list(paths), state.config)
    objects = [x.to_json() for x in extractions]
    if output_format == "jsonl":
        for obj in objects:
            click.echo(json.dumps(obj, ensure_ascii=False))
    else:
        click.echo(json.dumps(objects[0] if len(objects) == 1 else objects, ensure_ascii=False, indent=2))


@cli.command()
@click.argument("source", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--briefing", "briefing_slug", required=True, help="Briefing folder under content/ (created if new).")
@click.option("--slug", default=None, help="File name for the article (default: the source's name).")
@pass_state
def add(state: State, source: Path, briefing_slug: str, slug: str | None) -> None:
    """Import an article (.md, .txt or a saved .html page) into content/.

    The source is validated first and written as Markdown with front matter;
    an existing file is never overwritten.

    \b
    Example:
      briefing add ~/Downloads/article.html --briefing deepseek-ai-race
    """
    from generator.authoring.importing import add_article

    target = add_article(source, state.config, briefing_slug, slug)
    if not state.quiet:
        click.echo(f"added {target.relative_to(state.config.root)}", err=True)


@cli.group()
def i18n() -> None:
    """Translations of article text (per-briefing PO catalogs)."""


@i18n.command("export")
@click.argument("briefing_slug", metavar="BRIEFING")
@click.option("--lang", "language", required=True, help="Language to translate into (nl or en).")
@pass_state
def i18n_export(state: State, briefing_slug: str, language: str) -> None:
    """Write or update content/BRIEFING/i18n/LANG.po for translators.

    One entry per text (event sentence, summary, quote, role, title) that is not
    in LANG yet; existing translations are kept. Open the file in Poedit or
    Weblate; translated entries replace the source text on the LANG pages at the
    next build, fuzzy or empty ones show the source text, marked untranslated.

    \b
    Example:
      briefing i18n export deepseek-ai-race --lang en
    """
    from generator.authoring.translations import export_briefing

    report, problems = export_briefing(state.config, briefing_slug, language)
    for problem in problems:
        click.echo(str(problem), err=True)
    if not state.quiet:
        click.echo(f"{report.path}: {report.total} texts, {report.added} new, {report.translated} translated, "
                   f"{report.obsolete} obsolete", err=True)


@cli.command()
@pass_state
def watch(state: State) -> None:
    """Regenerate the pages in build/docs/ whenever content/, templates/ or language data change.

    The edited briefing's pages are written first, then everything else in the
    background. A broken file is reported as path:line; its pages keep their
    last good version. Ctrl-C stops.

    \b
    Example:
      briefing watch
    """
    from generator.live.watch import watch as run_watch

    run_watch(state.config, lambda message: click.echo(message, err=True))
    click.echo("stopped", err=True)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("-p", "--port", default=8000, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")
@pass_state
def serve(state: State, host: str, port: int) -> None:
    """Watch and serve the site with live reload: nl at /, en at /en/.

    Only the pages an edit changes are rebuilt, so the browser reloads within
    about a second at any corpus size. The served site lives in
    build/serve-site; site/ is left to `briefing build`. While serving, the
    search index, sitemap and feeds are those of the start (see README).

    \b
    Example:
      briefing serve --port 8000
    """
    from generator.live.serve import serve as run_serve

    run_serve(state.config, lambda message: click.echo(message, err=True), host=host, port=port)
    click.echo("stopped", err=True)


def _add_global_options(group: click.Group) -> None:
    for command in group.commands.values():
        if isinstance(command, click.Group):
            _add_global_options(command)
        else:
            command.params.extend(_global_options())


_add_global_options(cli)


def main() -> None:
    """Entry point: one-line errors unless --debug."""
    debug = "--debug" in sys.argv[1:] or os.environ.get("BRIEFING_DEBUG") == "1"
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as error:  # BriefingError included
        error.show()
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        if debug:
            raise
        click.echo(f"error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
