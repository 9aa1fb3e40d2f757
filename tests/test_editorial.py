"""Editors' global actor fixes: ``content/actors.yml`` (generator/editorial.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import ContentError
from generator.model import Actor, Mention
from generator.read.actor_fixes import ActorOverrides, load_actor_overrides


def mention(paragraph: int, start: int, text: str) -> Mention:
    return Mention(paragraph, 0, start, start + len(text), text)


TRUMP = Actor("donald-trump", "Donald Trump", "person", "president", ("Trump",), (mention(0, 4, "Donald Trump"),))
TRUMP_ALONE = Actor("trump", "Trump", "person", None, (), (mention(2, 0, "Trump"),))
SPUTNIK = Actor("sputnik", "Sputnik", "organization", None, (), (mention(1, 0, "Sputnik"),))
DEEPSEEK = Actor("deepseek", "DeepSeek", "organization", None, (), (mention(0, 20, "DeepSeek"),))


def overrides(tmp_path: Path, text: str) -> ActorOverrides:
    path = tmp_path / "actors.yml"
    path.write_text(text, encoding="utf-8")
    return load_actor_overrides(path)


def test_missing_file_changes_nothing(tmp_path: Path) -> None:
    loaded = load_actor_overrides(tmp_path / "actors.yml")
    assert loaded.apply([TRUMP, SPUTNIK]) == [TRUMP, SPUTNIK]
    assert loaded.canonical_id("anything") == "anything"


def test_empty_file_changes_nothing(tmp_path: Path) -> None:
    assert overrides(tmp_path, "# nothing yet\n").apply([TRUMP]) == [TRUMP]


def test_rename_set_kind_role_and_aliases(tmp_path: Path) -> None:
    loaded = overrides(
        tmp_path,
        "deepseek:\n  name: DeepSeek AI\n  kind: organization\n  role: Chinees AI-bedrijf\n  aliases: [Deepseek]\n",
    )
    (actor,) = loaded.apply([DEEPSEEK])
    assert actor.name == "DeepSeek AI"
    assert actor.role == "Chinees AI-bedrijf"
    assert actor.aliases == ("DeepSeek", "Deepseek")  # the old name stays findable
    assert actor.mentions == DEEPSEEK.mentions


def test_role_null_removes_a_wrong_role(tmp_path: Path) -> None:
    (actor,) = overrides(tmp_path, "donald-trump:\n  role: null\n").apply([TRUMP])
    assert actor.role is None
    (kept,) = overrides(tmp_path, "donald-trump:\n  kind: person\n").apply([TRUMP])
    assert kept.role == "president"


def test_merge_joins_mentions_and_keeps_the_target(tmp_path: Path) -> None:
    loaded = overrides(tmp_path, "trump:\n  merge: donald-trump\n")
    (actor,) = loaded.apply([TRUMP_ALONE, TRUMP])
    assert actor.id == "donald-trump"
    assert actor.name == "Donald Trump"
    assert actor.role == "president"
    assert [m.paragraph for m in actor.mentions] == [0, 2]
    assert "Trump" in actor.aliases
    assert loaded.canonical_id("trump") == "donald-trump"


def test_merge_into_an_absent_id_renames(tmp_path: Path) -> None:
    loaded = overrides(tmp_path, "deepseek:\n  merge: deepseek-ai\ndeepseek-ai:\n  name: DeepSeek AI\n")
    (actor,) = loaded.apply([DEEPSEEK])
    assert (actor.id, actor.name) == ("deepseek-ai", "DeepSeek AI")


def test_drop_and_chains(tmp_path: Path) -> None:
    loaded = overrides(tmp_path, "sputnik:\n  drop: true\na:\n  merge: b\nb:\n  merge: sputnik\nc:\n  merge: d\n")
    assert loaded.apply([TRUMP, SPUTNIK]) == [TRUMP]
    assert loaded.canonical_id("sputnik") is None
    assert loaded.canonical_id("a") is None  # a → b → sputnik, which is dropped
    assert loaded.canonical_id("c") == "d"
    assert loaded.canonical_id("donald-trump") == "donald-trump"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("a:\n  name: A\n\nsputnik:\n  kind: persn\n", 5,
         "expected one of person, organization, place, group, product, work (did you mean 'person'?), got 'persn'"),
        ("sputnik:\n  knd: person\n", 2, "expected one of name, kind, role, aliases, merge, drop (did you mean 'kind'?), got 'knd'"),
        ("sputnik:\n  drop: yes please\n", 2, "expected true or false, got 'yes please'"),
        ("sputnik:\n  aliases: [1, 2]\n", 2, "expected a list of names"),
        ("sputnik:\n  merge: [a]\n", 2, "expected an actor id"),
        ("sputnik: dropped\n", 1, "expected a mapping of name, kind, role, aliases, merge, drop, got 'dropped'"),
        ("- sputnik\n", 1, "expected a mapping of actor ids"),
        ("a:\n  merge: b\nb:\n  merge: a\n", 1, "expected merges that end somewhere, got 'a → b → a'"),
        ("sputnik:\n  drop: true\n  merge: x\n", 1, "expected either merge or drop"),
        ("a:\n  name: A\n  kind: [person\n", 4, "not valid YAML"),
    ],
)
def test_errors_name_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    with pytest.raises(ContentError) as caught:
        overrides(tmp_path, text)
    error = caught.value
    assert error.line == line
    assert message in str(error)
    assert str(error).startswith(f"{tmp_path / 'actors.yml'}:{line}: ")


def test_example_of_the_docstring_loads(tmp_path: Path) -> None:
    import generator.read.actor_fixes as editorial

    example = editorial.__doc__.split("::\n\n", 1)[1].split("\n\n", 1)[0]
    text = "\n".join(line[4:] for line in example.splitlines())
    loaded = overrides(tmp_path, text)
    assert loaded.canonical_id("trump") == "donald-trump"
    assert loaded.canonical_id("sputnik") is None
