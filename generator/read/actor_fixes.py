"""Editors' global fixes to actors, kept in ``content/actors.yml``.

The extractor gets most actors right; the rest an editor fixes once, for every
briefing, in one file keyed by the actor ids the extractor produces (see
``briefing extract PATH --format json``)::

    # content/actors.yml
    donald-trump:
      name: Donald J. Trump        # the name the site shows
      kind: person                 # person, organization, place, group, product, work
      role: president van de Verenigde Staten   # or null to remove a wrong role
      aliases: [Trump, The Donald] # added to the forms found in the text
    deepseek-ai:
      merge: deepseek              # the same actor as another id: its mentions move there
    trump:
      merge: donald-trump
    sputnik:
      drop: true                   # not an actor: removed everywhere

``merge`` may point at an id that no article produces: that renames the
actor. Merges chain (``a → b → c``); a chain that ends in a dropped id drops
the actor. Other stages remap the ids they hold (events, positions) with
``ActorOverrides.canonical_id``. A missing file means no overrides.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

import yaml

from generator.errors import ContentError, Problem, expected
from generator.model import Actor, ActorKind
from generator.read.decoding import decode_text
from generator.read.frontmatter import did_you_mean, load_yaml

KINDS: tuple[str, ...] = get_args(ActorKind)
_FIELDS = ("name", "kind", "role", "aliases", "merge", "drop")
_UNSET: Any = object()  # "role" absent, as opposed to "role: null"


@dataclass(frozen=True)
class ActorOverride:
    """One editor's entry for one actor id."""

    id: str
    line: int
    name: str | None = None
    kind: str | None = None
    role: Any = _UNSET  # str, None (remove the role) or _UNSET (keep it)
    aliases: tuple[str, ...] = ()
    merge: str | None = None
    drop: bool = False


@dataclass(frozen=True)
class ActorOverrides:
    """All entries of ``content/actors.yml``, by actor id."""

    entries: Mapping[str, ActorOverride] = field(default_factory=dict)
    path: Path | None = None
    warnings: tuple[Problem, ...] = ()  # what decoding had to repair (e.g. not UTF-8)

    def unknown_ids(self, known: set[str]) -> list[Problem]:
        """Warnings for entries no article has, and merges into an id that does not exist.

        Both are usually typos (``niek-stamm``): silently ignored, the fix would
        not apply, and a merge would move the actor to a page of its own.
        """
        problems = []
        for entry in self.entries.values():
            if entry.id not in known:
                problems.append(Problem(f"no article has the actor id {entry.id!r}; this entry does nothing"
                                        + did_you_mean(entry.id, known), self.path, entry.line, "warning"))
            if entry.merge and entry.merge not in known:
                problems.append(Problem(f"merge target {entry.merge!r} is no actor id of any article"
                                        + did_you_mean(entry.merge, known), self.path, entry.line, "warning"))
        return problems

    def canonical_id(self, actor_id: str) -> str | None:
        """The id ``actor_id`` ends up as after merges, or ``None`` when dropped."""
        seen = set()
        current = actor_id
        while current in self.entries and current not in seen:
            seen.add(current)
            entry = self.entries[current]
            if entry.drop:
                return None
            if entry.merge is None:
                break
            current = entry.merge
        return current

    def apply(self, actors: Sequence[Actor]) -> list[Actor]:
        """``actors`` with every merge, drop and correction applied, in their order."""
        merged: dict[str, Actor] = {}
        native: set[str] = set()  # targets already held by the actor that had that id
        for actor in actors:
            target = self.canonical_id(actor.id)
            if target is None:
                continue
            if target in merged:
                first_wins = target in native or actor.id != target
                merged[target] = _combine(merged[target], actor, target, first_wins)
            else:
                merged[target] = dataclasses.replace(actor, id=target)
            if actor.id == target:
                native.add(target)
        return [self._correct(actor) for actor in merged.values()]

    def _correct(self, actor: Actor) -> Actor:
        entry = self.entries.get(actor.id)
        if entry is None:
            return actor
        name = entry.name or actor.name
        aliases = [a for a in (*actor.aliases, actor.name, *entry.aliases) if a != name]
        return dataclasses.replace(
            actor,
            name=name,
            kind=entry.kind or actor.kind,
            role=actor.role if entry.role is _UNSET else entry.role,
            aliases=tuple(dict.fromkeys(aliases)),
        )


def _combine(first: Actor, second: Actor, target: str, first_wins: bool) -> Actor:
    """One actor from two; the one that had the target id keeps its name and kind."""
    main, other = (first, second) if first_wins else (second, first)
    aliases = [a for a in (*main.aliases, other.name, *other.aliases) if a != main.name]
    mentions = sorted({*first.mentions, *second.mentions}, key=lambda m: (m.paragraph, m.sentence, m.start))
    return Actor(
        id=target,
        name=main.name,
        kind=main.kind,
        role=main.role or other.role,
        aliases=tuple(dict.fromkeys(aliases)),
        mentions=tuple(mentions),
    )


def load_actor_overrides(path: Path) -> ActorOverrides:
    """Read and check ``content/actors.yml``; raise ``ContentError`` at the faulty line."""
    if not path.is_file():
        return ActorOverrides(path=path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ContentError(f"cannot read file: {error.strerror or error}", path) from None
    # The same decoding and YAML checks as articles: any encoding, one clear line on error.
    text, repairs = decode_text(raw, path)
    _data, root = load_yaml(text, path, first_line=1, label="")
    if root is None:
        return ActorOverrides(path=path, warnings=tuple(repairs))
    if not isinstance(root, yaml.MappingNode):
        raise ContentError(expected("a mapping of actor ids", _value(root)), path, _line(root))
    entries = {}
    for key_node, value_node in root.value:
        entry = _entry(key_node, value_node, path)
        if entry.id in entries:
            raise ContentError(expected("each actor id once", entry.id), path, entry.line)
        entries[entry.id] = entry
    _check_chains(entries, path)
    return ActorOverrides(entries=entries, path=path, warnings=tuple(repairs))


def _entry(key_node: yaml.Node, node: yaml.Node, path: Path) -> ActorOverride:
    actor_id = _value(key_node)
    if not isinstance(actor_id, str) or not actor_id:
        raise ContentError(expected("an actor id", actor_id), path, _line(key_node))
    if not isinstance(node, yaml.MappingNode):
        raise ContentError(expected(f"a mapping of {', '.join(_FIELDS)}", _value(node)), path, _line(node))
    values: dict[str, Any] = {}
    for field_node, value_node in node.value:
        name = _value(field_node)
        if name not in _FIELDS:
            close = difflib.get_close_matches(str(name), _FIELDS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ContentError(expected(f"one of {', '.join(_FIELDS)}{hint}", name), path, _line(field_node))
        values[name] = _field(name, value_node, path)
    if values.get("drop") and "merge" in values:
        raise ContentError(expected("either merge or drop", "both"), path, _line(key_node))
    return ActorOverride(id=actor_id, line=_line(key_node), **values)


def _field(name: str, node: yaml.Node, path: Path) -> Any:
    value = _value(node)
    line = _line(node)
    if name == "kind":
        if value not in KINDS:
            close = difflib.get_close_matches(str(value), KINDS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ContentError(expected(f"one of {', '.join(KINDS)}{hint}", value), path, line)
    elif name == "role":
        if value is not None and not isinstance(value, str):
            raise ContentError(expected("a role (text) or null", value), path, line)
    elif name == "aliases":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(a, str) and a for a in value):
            raise ContentError(expected("a list of names", value), path, line)
        value = tuple(value)
    elif name == "drop":
        if not isinstance(value, bool):
            raise ContentError(expected("true or false", value), path, line)
    elif not isinstance(value, str) or not value.strip():
        raise ContentError(expected("text" if name == "name" else "an actor id", value), path, line)
    return value


def _check_chains(entries: dict[str, ActorOverride], path: Path) -> None:
    """A merge chain that comes back to where it started has no end."""
    for start, entry in entries.items():
        seen = [start]
        current = entry
        while current.merge is not None and current.merge in entries:
            if current.merge in seen:
                loop = " → ".join([*seen, current.merge])
                raise ContentError(expected("merges that end somewhere", loop), path, entry.line)
            seen.append(current.merge)
            current = entries[current.merge]


def _value(node: yaml.Node) -> Any:
    """The plain Python value of ``node``."""
    return yaml.SafeLoader(yaml.serialize(node)).get_single_data() if node is not None else None


def _line(node: yaml.Node | None) -> int | None:
    return node.start_mark.line + 1 if node is not None else None
