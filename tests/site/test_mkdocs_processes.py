"""A big site builds each language in a child process, with page HTML spooled: same site, same errors."""

from __future__ import annotations

import shutil

import pytest

from generator.config import Config
from generator.errors import BuildError
from generator.sitebuild import builder as mkdocs_bridge

pytestmark = pytest.mark.slow


def site_files(root) -> dict[str, bytes]:
    site = root / "site"
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def plain_mkdocs_build(config: Config, tmp_path) -> dict[str, bytes]:
    """Each language built by MkDocs alone (no page spool, no child process), laid out like site/."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    files = {}
    for language in config.languages:
        out = tmp_path / f"plain-{language}"
        mkdocs_config = load_config(str(config.build_dir / f"mkdocs.{language}.yml"), site_dir=str(out))
        mkdocs_config.plugins.on_startup(command="build", dirty=False)
        build(mkdocs_config)
        prefix = config.site_subdir(language)
        files.update({prefix + p.relative_to(out).as_posix(): p.read_bytes()
                      for p in sorted(out.rglob("*")) if p.is_file()})
    return files


def test_child_process_builds_with_spooled_pages_make_the_same_site_as_mkdocs_alone(fixture_project, tmp_path):
    root = tmp_path / "copy"
    shutil.copytree(fixture_project, root, symlinks=True)
    config = Config.from_root(root)
    config_files = {lang: config.build_dir / f"mkdocs.{lang}.yml" for lang in config.languages}
    plain = plain_mkdocs_build(config, tmp_path)
    mkdocs_bridge.build_site(config, config_files, processes=True)
    in_children = site_files(root)
    mkdocs_bridge.build_site(config, config_files, processes=False)
    in_process = site_files(root)
    assert in_children.keys() == in_process.keys() == plain.keys() | {"sitemap_index.xml"}
    assert "en/briefings/ai-race/index.html" in in_children
    # The rss plugin stamps its build time into the feeds; everything else is byte for byte the same.
    for built in (in_children, in_process):
        different = [path for path, data in plain.items() if data != built[path] and "feed_" not in path]
        assert different == []
    assert not list(config.build_dir.glob("site.staging-*"))


def test_a_failing_child_build_keeps_the_previous_site(fixture_project, tmp_path):
    root = tmp_path / "copy"
    shutil.copytree(fixture_project, root, symlinks=True)
    config = Config.from_root(root)
    before = site_files(root)
    broken = config.build_dir / "mkdocs.en.yml"
    broken.write_text(broken.read_text(encoding="utf-8") + "theme: {name: no-such-theme}\n", encoding="utf-8")
    config_files = {lang: config.build_dir / f"mkdocs.{lang}.yml" for lang in config.languages}
    with pytest.raises(BuildError, match="MkDocs build failed, the previous site is kept") as failure:
        mkdocs_bridge.build_site(config, config_files, processes=True)
    assert failure.value.path == broken
    assert site_files(root) == before
    assert not list(config.build_dir.glob("site.staging-*"))
