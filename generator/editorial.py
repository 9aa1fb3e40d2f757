"""Editors' fixes for actors, once for all briefings: ``content/actors.yml``.

The file maps an actor id (as the extractor makes it, see ``briefing extract``)
to corrections::

    donald-trump:
      name: Donald Trump          # canonical name shown on the site
      kind: person                # person, organization, place, group, product, work
      role: president             # replaces the role found in the text
      aliases: [Trump, president Trump]
    trump:
      merge: donald-trump         # this id is the same actor as donald-trump
    tot-slot:
      drop: true                  # not an actor at all

A missing file means no corrections. Invalid YAML, an unknown key or a wrong
type is a ``ContentError`` naming the file and the line.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from generator.errors import ContentError, expected
from generator.model import Actor

KINDS = ("person", "organization", "place", "group", "product", "work")
KEYS = ("name", "kind", "role", "aliases", "merge", "drop")


@dataclass(frozen=True)
class ActorFix:
    name: str | None = None
    kind: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()
    merge: str | None = None
    drop: bool = False


@dataclass(frozen=True)
class ActorOverrides:
    """Corrections by actor id; ``apply`` and ``canonical_id`` use them."""

    fixes: dict[str, ActorFix] = field(default_factory=dict)

    def canonical_id(self, actor_id: str) -> str | None:
        """The id an actor is published under, or None when editors dropped it."""
        seen = set()
        while actor_id in self.fixes and actor_id not in seen:
            seen.add(actor_id)
            fix = self.fixes[actor_id]
            if fix.drop:
                return None
            if not fix.merge:
                break
            actor_id = fix.merge
        return actor_id

    def apply(self, actors: Sequence[Actor]) -> list[Actor]:
        """Actors with names, kinds, roles and aliases fixed; merged ids joined, dropped ones gone."""
        result: dict[str, Actor] = {}
        for actor in actors:
            target = self.canonical_id(actor.id)
            if target is None:
                continue
            fixed = self._fix(replace(actor, id=target), target)
            known = result.get(target)
            if known is None:
                result[target] = fixed
                continue
            aliases = tuple(dict.fromkeys((*known.aliases, *fixed.aliases, fixed.name)))
            result[target] = replace(
                known,
                aliases=tuple(a for a in aliases if a != known.name),
                role=known.role or fixed.role,
                mentions=known.mentions + fixed.mentions,
            )
        return list(result.values())

    def _fix(self, actor: Actor, actor_id: str) -> Actor:
        fix = self.fixes.get(actor_id)
        if fix is None:
            return actor
        name = fix.name or actor.name
        aliases = [*actor.aliases, *fix.aliases]
        if name != actor.name:
            aliases.append(actor.name)
        return replace(
            actor,
            name=name,
            kind=fix.kind or actor.kind,
            role=fix.role if fix.role is not None else actor.role,
            aliases=tuple(dict.fromkeys(a for a in aliases if a != name)),
        )


def load_actor_overrides(path: Path) -> ActorOverrides:
    """Read ``content/actors.yml``; a missing or empty file means no corrections."""
    if not path.exists():
        return ActorOverrides()
    text = path.read_text(encoding="utf-8-sig")
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ContentError(f"not valid YAML: {getattr(exc, 'problem', exc)}", path, mark.line + 1 if mark else None) from None
    if data is None:
        return ActorOverrides()
    if not isinstance(data, dict):
        raise ContentError(expected("a mapping of actor ids to fixes", data), path, 1)
    lines = _key_lines(node)
    fixes = {}
    for actor_id, value in data.items():
        fixes[str(actor_id)] = _parse_fix(value, path, lines.get(str(actor_id), {}))
    return ActorOverrides(fixes)


def _parse_fix(value: Any, path: Path, lines: dict[str, int]) -> ActorFix:
    line = lines.get("")
    if not isinstance(value, dict):
        raise ContentError(expected("a mapping with name, kind, role, aliases, merge or drop", value), path, line)
    for key in value:
        if key not in KEYS:
            close = difflib.get_close_matches(str(key), KEYS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ContentError(expected(f"one of {', '.join(KEYS)}{hint}", key), path, lines.get(str(key), line))
    kind = value.get("kind")
    if kind is not None and kind not in KINDS:
        raise ContentError(expected(f"one of {', '.join(KINDS)}", kind), path, lines.get("kind", line))
    aliases = value.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list):
        raise ContentError(expected("a list of aliases", aliases), path, lines.get("aliases", line))
    for key in ("name", "role", "merge"):
        if value.get(key) is not None and not isinstance(value[key], (str, int)):
            raise ContentError(expected(f"{key} as text", value[key]), path, lines.get(key, line))
    return ActorFix(
        name=_text(value.get("name")),
        kind=kind,
        role=_text(value.get("role")),
        aliases=tuple(str(a) for a in aliases),
        merge=_text(value.get("merge")),
        drop=bool(value.get("drop", False)),
    )


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _key_lines(node: yaml.Node | None) -> dict[str, dict[str, int]]:
    """``{actor id: {"": line, key: line}}`` from the YAML node tree (1-based)."""
    lines: dict[str, dict[str, int]] = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key, value in node.value:
        entry = {"": key.start_mark.line + 1}
        if isinstance(value, yaml.MappingNode):
            entry.update({str(k.value): k.start_mark.line + 1 for k, _ in value.value})
        lines[str(key.value)] = entry
    return lines
