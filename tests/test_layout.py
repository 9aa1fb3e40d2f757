"""The package layout shows the pipeline: no import circles, no stage importing a later one.

Every import between modules of ``generator/`` is read from the source (module
level and inside functions alike), so a lazy import cannot hide a circle.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "generator"

# Pipeline order. A module may import its own group and earlier groups only.
ORDER = [
    ("base", ["errors", "config", "slugs", "model", "report", "progress", "languages", "forked"]),
    ("read", ["read"]),
    ("extract", ["extract"]),
    ("assemble", ["assemble"]),
    ("render", ["render"]),
    ("output", ["output"]),
    ("sitebuild", ["sitebuild"]),
    ("incremental", ["incremental"]),
    ("pipeline", ["pipeline"]),
    ("live and authoring", ["live", "authoring"]),
    ("cli", ["cli"]),
]
RANK = {top: rank for rank, (_, tops) in enumerate(ORDER) for top in tops}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The ``generator`` modules that ``name`` imports (``from pkg import mod`` counts as ``pkg.mod``)."""
    found = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in known else base)
    return {m for m in found if m in known and m != name}


def graph() -> dict[str, set[str]]:
    found = modules()
    return {name: imports_of(name, path, set(found)) for name, path in found.items()}


def top(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else "generator"


def test_every_top_level_module_has_a_place_in_the_order():
    tops = {top(name) for name in modules()} - {"generator"}
    assert tops <= set(RANK), f"not placed in ORDER: {sorted(tops - set(RANK))}"


def test_no_stage_imports_a_later_stage():
    wrong = [f"{name} ({ORDER[RANK[top(name)]][0]}) imports {target} ({ORDER[RANK[top(target)]][0]})"
             for name, targets in graph().items() if top(name) in RANK
             for target in sorted(targets) if top(target) in RANK and RANK[top(target)] > RANK[top(name)]]
    assert not wrong, "\n".join(wrong)


def find_circle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import circle of ``edges`` (as a path that returns to its start), or None."""
    done: set[str] = set()
    for start in sorted(edges):
        stack, on_path = [(start, iter(sorted(edges[start])))], [start]
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                on_path.pop()
                done.add(node)
            elif child in on_path:
                return [*on_path[on_path.index(child):], child]
            elif child not in done:
                stack.append((child, iter(sorted(edges.get(child, ())))))
                on_path.append(child)
    return None


def test_no_import_circles():
    # A package's __init__ re-exporting its submodules is not a circle of code.
    edges = {name: {t for t in targets if not name.startswith(t + ".")} for name, targets in graph().items()}
    circle = find_circle(edges)
    assert circle is None, " → ".join(circle)


@pytest.mark.parametrize("edges, expected", [
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, ["a", "b", "c", "a"]),
    ({"a": {"b"}, "b": {"c"}, "c": set()}, None),
    ({"a": {"a2"}, "a2": set(), "b": {"a", "b2"}, "b2": {"b"}}, ["b", "b2", "b"]),
])
def test_find_circle(edges, expected):
    assert find_circle(edges) == expected


def test_generator_keeps_few_top_level_modules():
    top_level = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")
    assert len(top_level) <= 12, top_level


def test_each_stage_folder_says_what_comes_in_and_goes_out():
    for init in sorted(PACKAGE.glob("*/__init__.py")) + sorted(PACKAGE.glob("extract/*/__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc) > 120, f"{init}: expected a docstring saying what comes in and goes out"
