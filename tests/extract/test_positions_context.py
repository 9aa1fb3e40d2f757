"""Positions that need more than one sentence: pronouns, descriptions,
continued and multi-paragraph quotes, editorials and embedded posts."""

from __future__ import annotations

from generator.extract.positions.finder import outlet_actor
from generator.model import PartialDate
from tests.extract.test_positions_support import (
    make_article,
    make_document,
    positions_of,
)


def summary(found):
    return [(p.actor, p.kind, p.source.paragraph, p.source.sentence) for p in found]


def test_pronoun_refers_to_the_subject_of_the_previous_sentence():
    body = "Ook minister Wopke Hoekstra reageerde op de woorden van Vladimir Poetin. ‘Dit is onacceptabel,’ zei hij."
    found = positions_of(body, "nl", "Wopke Hoekstra|Hoekstra", "Vladimir Poetin|Poetin")
    assert summary(found) == [("wopke-hoekstra", "direct", 0, 1)]


def test_pronoun_skips_people_named_inside_quotes():
    body = (
        "Haroon Sheikh sprak met NRC.\n\n"
        "‘Donald Trump en Elon Musk maken de dienst uit’, zegt hij."
    )
    found = positions_of(body, "nl", "Haroon Sheikh|Sheikh", "Donald Trump|Trump", "Elon Musk|Musk", "NRC@organization")
    assert [p.actor for p in found] == ["haroon-sheikh"]


def test_ze_with_a_plural_verb_refers_to_an_organization():
    body = "De vakbonden FNV en CNV zijn boos. Ze zeggen dat de cao te laag is."
    found = positions_of(body, "nl", "FNV@organization", "CNV@organization")
    assert found and found[0].actor == "fnv"


def test_het_bedrijf_is_the_most_recent_company():
    body = "Jan Jansen werkt bij Shell. Volgens het bedrijf daalt de winst dit jaar."
    found = positions_of(body, "nl", "Jan Jansen", "Shell@organization")
    assert summary(found) == [("shell", "indirect", 0, 1)]


def test_quote_split_within_a_sentence_is_one_statement():
    body = "‘Het klopt’, schrijft Jarno Duursma op LinkedIn, ‘maar ChatGPT kan veel meer.’"
    (position,) = positions_of(body, "nl", "Jarno Duursma|Duursma")
    assert position.text == "Het klopt … maar ChatGPT kan veel meer."
    assert position.channel == "LinkedIn"


def test_quote_going_on_in_the_next_sentence_keeps_its_speaker():
    body = "‘Het klopt’, schrijft Jarno Duursma op LinkedIn. ‘Maar ChatGPT kan veel meer. Dat blijft zo.’"
    found = positions_of(body, "nl", "Jarno Duursma|Duursma")
    assert [(p.actor, p.text, p.verb, p.channel, p.source.sentence) for p in found] == [
        ("jarno-duursma", "Het klopt", "schrijven", "LinkedIn", 0),
        ("jarno-duursma", "Maar ChatGPT kan veel meer. Dat blijft zo.", "schrijven", "LinkedIn", 1),
    ]


def test_quote_paragraph_after_an_attribution_continues_it():
    body = (
        "Haroon Sheikh zegt in NRC: ‘Ik geloof niet dat de regels ons remmen.’\n\n"
        "Hij vervolgt: ‘Maar AI is een open veld.’\n\n"
        "‘Er kan nog veel gebeuren in de komende jaren.’"
    )
    found = positions_of(body, "nl", "Haroon Sheikh|Sheikh", "NRC@organization")
    assert summary(found) == [
        ("haroon-sheikh", "direct", 0, 0), ("haroon-sheikh", "direct", 1, 0), ("haroon-sheikh", "direct", 2, 0)
    ]
    assert found[1].verb == "vervolgen"


def test_indirect_then_quote_from_the_same_speaker():
    body = (
        "Volgens Marleen Stikker is haast zelden goed. Ze zegt op NPO radio 1 dat Europa eerst moet nadenken. "
        "‘We kunnen ook zeggen dat we niet meedoen.’"
    )
    found = positions_of(body, "nl", "Marleen Stikker|Stikker")
    assert [(p.kind, p.channel) for p in found] == [("indirect", None), ("indirect", "NPO Radio 1"), ("direct", "NPO Radio 1")]


def test_a_paragraph_with_its_own_attribution_does_not_continue_the_last_speaker():
    body = (
        "Volkswagen closes a plant, the carmaker said.\n\n"
        "“The environment has become tougher,” chief executive Oliver Blume said in Wolfsburg on Monday. “We act.”"
    )
    found = positions_of(body, "nl", "Volkswagen@organization", "Oliver Blume|Blume")
    assert all(p.actor != "volkswagen" for p in found if p.kind == "direct")


def test_scare_quotes_and_titles_are_not_positions():
    body = (
        "Het kabinet zoekt een ‘oplossing’ voor de stikstofcrisis.\n\n"
        "Het programma heet 'Operation Warp Speed' en kost miljarden.\n\n"
        "In de Randstad is de „wooncrisis” het grootst, ook voor Mark Rutte."
    )
    assert positions_of(body, "nl", "Mark Rutte|Rutte") == []


def test_run_in_heading_is_not_a_position():
    body = "Tot slot\n\nDe beurs sloot hoger."
    assert positions_of(body, "nl", "Mark Rutte|Rutte") == []


def test_unbalanced_quote_stops_at_the_paragraph_end():
    body = "‘Dit is het einde van een tijdperk, zegt Mark Rutte.\n\nDe beurs sloot hoger, meldt het CBS."
    found = positions_of(body, "nl", "Mark Rutte|Rutte", "CBS@organization")
    assert all(p.source.paragraph == 1 for p in found if p.actor == "cbs")


def test_editorial_section_makes_the_outlet_speak():
    body = (
        "De rente daalt, zegt De Nederlandsche Bank.\n\n"
        "🔴 EW’S VISIE: Tijd voor actie\n\n"
        "Europa moet nuchter blijven en zelf bouwen.\n\n"
        "Tussenkop zonder punt\n\n"
        "Het kabinet zou de regels moeten versimpelen.\n\n"
        "🔴 WAT ZEGGEN EXPERTS?\n\n"
        "De regels moeten eenvoudiger, vindt niemand."
    )
    found = positions_of(body, "nl", "De Nederlandsche Bank@organization")
    outlet = [p for p in found if p.actor == "ew"]
    assert [p.source.paragraph for p in outlet] == [2, 4]
    assert outlet[0].kind == "direct" and outlet[0].text == "Europa moet nuchter blijven en zelf bouwen."


def test_outlet_actor_from_front_matter_or_heading():
    body = "Commentaar\n\nHet kabinet moet de bezuiniging schrappen."
    document = make_document(body, "nl")
    assert outlet_actor(make_article(body, "nl", source="Trouw"), document).name == "Trouw"
    assert outlet_actor(make_article(body, "nl"), document) is None
    heading = make_document("EW’s visie\n\nHet moet anders.", "nl")
    assert outlet_actor(make_article("", "nl"), heading).name == "EW"


def test_embedded_post_speaks_for_its_author():
    body = "Musk reageerde op X.\n\nThey don’t actually have the money — Elon Musk (@elonmusk) January 22, 2025"
    found = positions_of(body, "nl", "Elon Musk|Musk")
    (post,) = [p for p in found if p.source.paragraph == 1]
    assert (post.actor, post.kind, post.text, post.channel) == ("elon-musk", "direct", "They don’t actually have the money", "X")
    assert post.date is not None and post.date.isoformat() == "2025-01-22"


def test_english_pronouns_and_continuation():
    body = (
        "Canadian Prime Minister Justin Trudeau met Donald Trump on Friday.\n\n"
        "He said his government would respond with tariffs of its own. “We will not back down.”"
    )
    found = positions_of(body, "en", "Justin Trudeau|Trudeau", "Donald Trump|Trump")
    assert summary(found) == [("justin-trudeau", "indirect", 1, 0), ("justin-trudeau", "direct", 1, 1)]


def test_english_they_is_the_company():
    body = "Shares of Nvidia fell after Jensen Huang spoke. They said in a statement that demand stayed strong."
    found = positions_of(body, "en", "Nvidia@organization", "Jensen Huang|Huang")
    assert summary(found) == [("nvidia", "indirect", 0, 1)]


def test_english_editorial():
    body = "Our view\n\nThe government should stop treating every heatwave as a surprise."
    found = positions_of(body, "en", "Met Office@organization", source="The Herald")
    assert [(p.actor, p.channel) for p in found] == [("the-herald", "The Herald")]


def test_a_speaker_named_before_a_bare_quote():
    body = "Ook minister Wopke Hoekstra reageerde. ‘Dit is volstrekt onacceptabel.’"
    found = positions_of(body, "nl", "Wopke Hoekstra|Hoekstra")
    assert [(p.actor, p.kind, p.verb, p.text) for p in found] == [
        ("wopke-hoekstra", "direct", "reageren", "Dit is volstrekt onacceptabel.")
    ]


def test_a_speaker_at_a_paragraph_end_speaks_the_next_quote_paragraph():
    body = "Minister Wopke Hoekstra reageerde in Brussel.\n\n‘Dit is volstrekt onacceptabel voor Nederland.’"
    found = positions_of(body, "nl", "Wopke Hoekstra|Hoekstra", "Brussel@place", "Nederland@place")
    assert [(p.actor, p.source.paragraph) for p in found] == [("wopke-hoekstra", 1)]


def test_english_statement_then_quote():
    body = "The Ministry of Defence said in a statement on Monday. “We will review the case carefully.”"
    found = positions_of(body, "en", "Ministry of Defence@organization")
    assert [(p.actor, p.kind, p.channel) for p in found] == [("ministry-of-defence", "direct", "a statement")]


def test_the_day_a_statement_was_made():
    body = "Chancellor Olaf Scholz said on Friday that the plant must stay open."
    (position,) = positions_of(body, "en", "Olaf Scholz|Scholz", published=PartialDate(2025, 1, 29))
    assert position.date == PartialDate(2025, 1, 24)
    body = "Minister Mark Rutte zei vrijdag dat het kabinet niet valt."
    (position,) = positions_of(body, "nl", "Mark Rutte|Rutte", published=PartialDate(2025, 1, 29))
    assert position.date == PartialDate(2025, 1, 24)


def test_a_speaker_addressing_a_crowd_speaks_the_quote_paragraph_after():
    body = (
        "FDF-voorman Mark van den Oever sprak de boeren toe op het Malieveld.\n\n"
        "‘Wij laten ons niet langer wegzetten als vervuilers.’ De menigte juichte."
    )
    found = positions_of(body, "nl", "Mark van den Oever|Van den Oever", "FDF@organization")
    assert [(p.actor, p.source.paragraph, p.verb) for p in found] == [("mark-van-den-oever", 1, "toespreken")]
