"""The generator writes only under build/ and site/, and never touches content/."""

from __future__ import annotations

from tests.hostile.project import changed_paths, outside


def test_a_hostile_build_writes_only_build_and_site(hostile_build):
    changed = changed_paths(hostile_build.before, hostile_build.after_plain)
    assert outside(changed, "build", "site") == set()
    assert any(p.startswith("site/") for p in changed) and any(p.startswith("build/") for p in changed)


def test_a_failing_strict_build_writes_only_build_and_site(hostile_build):
    changed = changed_paths(hostile_build.after_plain, hostile_build.after_strict)
    assert outside(changed, "build", "site") == set()


def test_content_is_byte_for_byte_unchanged(hostile_build):
    def content(snapshot):
        return {path: entry for path, entry in snapshot.items() if path.startswith("content/") or path == "content"}

    assert content(hostile_build.after_strict) == content(hostile_build.before)


def test_no_staging_or_previous_site_is_left_behind(hostile_build):
    leftovers = [p for p in hostile_build.after_strict if "staging" in p.split("/")[-1] or p == "site.previous"]
    assert leftovers == []
