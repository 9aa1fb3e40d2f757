"""Table tests: one realistic news shape per row, Dutch and English.

Each row gives a text, its actors (``"Name|alias@kind"``) and the positions
expected as ``(actor id, kind, a piece of the text, channel, verb)``; ``None``
for channel or verb means "not checked".
"""

from __future__ import annotations

import pytest

from tests.extract.test_positions_support import positions_of

NL = [
    # reporting verb, subject first, "dat" clause
    ("Minister Mark Rutte zegt dat het kabinet niet valt.", ["Mark Rutte|Rutte"],
     [("mark-rutte", "indirect", "het kabinet niet valt", None, "zeggen")]),
    # quote first, inverted attribution, channel
    ("‘Dit is een historische dag’, schrijft Frans Timmermans op X.", ["Frans Timmermans|Timmermans"],
     [("frans-timmermans", "direct", "Dit is een historische dag", "X", "schrijven")]),
    # colon-introduced quote after the verb, channel with a preposition phrase
    ("Haroon Sheikh zegt in NRC over de plannen: ‘Europa kan dit niet evenaren.’", ["Haroon Sheikh|Sheikh"],
     [("haroon-sheikh", "direct", "Europa kan dit niet evenaren.", "NRC", "zeggen")]),
    # "aldus X"
    ("‘We gaan door met de staking’, aldus FNV-bestuurder Zakaria Boufangacha.", ["Zakaria Boufangacha"],
     [("zakaria-boufangacha", "direct", "We gaan door met de staking", None, None)]),
    # "Volgens X" at the start, with an apposition
    ("Volgens Marleen Stikker, directeur van Waag, is haast zelden goed.", ["Marleen Stikker|Stikker", "Waag@organization"],
     [("marleen-stikker", "indirect", "is haast zelden goed", None, None)]),
    # "volgens X" at the end
    ("De rente gaat dit jaar nog twee keer omlaag, volgens ING.", ["ING@organization"],
     [("ing", "indirect", "De rente gaat dit jaar nog twee keer omlaag", None, None)]),
    # name and colon
    ("CNV-voorzitter Piet Fortuin: ‘Dit akkoord is een gemiste kans.’", ["Piet Fortuin|Fortuin"],
     [("piet-fortuin", "direct", "Dit akkoord is een gemiste kans.", None, None)]),
    # separable verb with a channel in the gap
    ("Zangeres Davina Michelle liet op Instagram weten dat ze stopt met touren.", ["Davina Michelle"],
     [("davina-michelle", "indirect", "ze stopt met touren", "Instagram", "laten weten")]),
    # reflexive separable verb, "of" clause
    ("Technologie-expert Jarno Duursma vraagt zich op LinkedIn af of de paniek terecht is.", ["Jarno Duursma|Duursma"],
     [("jarno-duursma", "indirect", "de paniek terecht is", "LinkedIn", "zich afvragen")]),
    # verb without "dat"
    ("DeepSeek zegt het model te hebben ontwikkeld met verouderde chips.", ["DeepSeek@organization"],
     [("deepseek", "indirect", "het model te hebben ontwikkeld met verouderde chips", None, "zeggen")]),
    # organization speaks, inverted after a fronted phrase, partial quote in the claim
    ("In het rapport stelt de Europese Commissie dat het ‘tijd is voor actie’.", ["Europese Commissie@organization"],
     [("europese-commissie", "indirect", "het ‘tijd is voor actie’", None, "stellen")]),
    # description refers back to the organization
    ("De Europese Commissie presenteert woensdag haar plan. In dat plan stelt de commissie dat regels eenvoudiger moeten.",
     ["Europese Commissie@organization"],
     [("europese-commissie", "indirect", "regels eenvoudiger moeten", None, "stellen")]),
    # "waarschuwde dat", described subject
    ("Het plan volgt het rapport van Mario Draghi. De oud-premier van Italië waarschuwde dat de EU moet investeren.",
     ["Mario Draghi|Draghi", "Italië@place", "EU@organization"],
     [("mario-draghi", "indirect", "de EU moet investeren", None, "waarschuwen")]),
    # "Dat liet X weten": the claim is the sentence before
    ("KLM schrapt honderden vluchten. Dat liet de luchtvaartmaatschappij dinsdag weten in een persbericht.",
     ["KLM@organization"],
     [("klm", "indirect", "KLM schrapt honderden vluchten", "een persbericht", "laten weten")]),
    # naming verb with a short quote
    ("Het Kremlin noemde de steun ‘provocerend’.", ["Kremlin@organization"],
     [("kremlin", "direct", "provocerend", None, "noemen")]),
    # told a medium
    ("Woordvoerder Dmitri Peskov zei tegen persbureau TASS dat de wapens niets veranderen.", ["Dmitri Peskov|Peskov"],
     [("dmitri-peskov", "indirect", "de wapens niets veranderen", "TASS", "zeggen")]),
    # trailing attribution without quote marks
    ("De huizenprijzen zijn opnieuw gestegen, meldt het CBS.", ["CBS@organization"],
     [("cbs", "indirect", "De huizenprijzen zijn opnieuw gestegen", None, "melden")]),
    # claimt op zijn sociale medium X
    ("Techmiljardair Elon Musk claimt op zijn sociale medium X dat het project geen geld heeft.", ["Elon Musk|Musk"],
     [("elon-musk", "indirect", "het project geen geld heeft", "X", "claimen")]),
    # two speakers joined by "en"
    ("Premier Dick Schoof en minister Caspar Veldkamp zeggen dat Nederland Oekraïne blijft steunen.",
     ["Dick Schoof|Schoof", "Caspar Veldkamp|Veldkamp", "Nederland@place", "Oekraïne@place"],
     [("dick-schoof", "indirect", "Nederland Oekraïne blijft steunen", None, "zeggen"),
      ("caspar-veldkamp", "indirect", "Nederland Oekraïne blijft steunen", None, "zeggen")]),
    # "volgens haar": an object pronoun after the marker
    ("Minister Sophie Hermans sprak in Den Haag. Volgens haar moet de gezondheid voorop staan.",
     ["Sophie Hermans|Hermans", "Den Haag@place"],
     [("sophie-hermans", "indirect", "moet de gezondheid voorop staan", None, None)]),
    # a naming verb with a quote that only modifies its object is no position
    ("Hij noemt het plan van de ‘groene’ partijen onzin, zei Rutte.", ["Mark Rutte|Rutte"],
     [("mark-rutte", "indirect", "Hij noemt het plan", None, "zeggen")]),
    # "dat" as a pronoun after a conjunction: neither a clause nor a trailing attribution
    ("Volgens ingewijden is het akkoord rond, maar Rutte ontkent dat.", ["Mark Rutte|Rutte"], []),
    # "Dat zegt X": the sentence before is theirs, here a quote
    ("‘We gaan het anders doen.’ Dat zegt minister Eelco Heinen tegen de NOS.", ["Eelco Heinen|Heinen"],
     [("eelco-heinen", "direct", "We gaan het anders doen.", "NOS", "zeggen")]),
    # a party in parentheses between name and verb
    ("Geert Wilders (PVV) zegt dat hij de coalitie opblaast.", ["Geert Wilders|Wilders", "PVV@organization"],
     [("geert-wilders", "indirect", "hij de coalitie opblaast", None, "zeggen")]),
    # negation: no statement
    ("Minister Rutte weigerde te zeggen of het kabinet valt.", ["Mark Rutte|Rutte"], []),
    # "vindt plaats" is not a verb of saying
    ("De top in Brussel vindt plaats op 12 maart, zei Rutte niet.", ["Brussel@place"], []),
]

EN = [
    ("President Joe Biden said that the deal was a victory for workers.", ["Joe Biden|Biden"],
     [("joe-biden", "indirect", "the deal was a victory for workers", None, "say")]),
    ("“We will not back down,” Justin Trudeau said.", ["Justin Trudeau|Trudeau"],
     [("justin-trudeau", "direct", "We will not back down", None, "say")]),
    ("“Markets are getting ahead of themselves,” said Carsten Brzeski, an economist at ING.",
     ["Carsten Brzeski|Brzeski", "ING@organization"],
     [("carsten-brzeski", "direct", "Markets are getting ahead of themselves", None, "say")]),
    ("The ministry said in a statement on Monday that it would review the case.", ["Ministry of Defence@organization"],
     [("ministry-of-defence", "indirect", "it would review the case", "a statement", "say")]),
    ("In a statement, Meta said the law risked leaving Europe behind.", ["Meta@organization", "Europe@place"],
     [("meta", "indirect", "the law risked leaving Europe behind", "a statement", "say")]),
    ("Jensen Huang, Nvidia's chief executive, told CNBC that China remained important.",
     ["Jensen Huang|Huang", "Nvidia@organization", "China@place"],
     [("jensen-huang", "indirect", "China remained important", "CNBC", "tell")]),
    ("According to the Commerce Department, the rules close loopholes.", ["Commerce Department@organization"],
     [("commerce-department", "indirect", "the rules close loopholes", None, None)]),
    ("The rules close loopholes, according to Reuters.", ["Reuters@organization"],
     [("reuters", "indirect", "The rules close loopholes", None, None)]),
    ("Temperatures reached 38C on Friday, the Met Office said, the highest this year.", ["Met Office@organization"],
     [("met-office", "indirect", "Temperatures reached 38C on Friday", None, "say")]),
    ("Chancellor Olaf Scholz wrote on X that the plant must stay open.", ["Olaf Scholz|Scholz"],
     [("olaf-scholz", "indirect", "the plant must stay open", "X", "write")]),
    ("The union called the plans “irresponsible” and vowed to resist.", ["IG Metall@organization"], []),
    ("IG Metall called the plans “irresponsible” and vowed to resist.", ["IG Metall@organization"],
     [("ig-metall", "direct", "irresponsible", None, "call")]),
    ("“We are going to take care of our country,” Trump told reporters, “and they will pay.”", ["Donald Trump|Trump"],
     [("donald-trump", "direct", "We are going to take care of our country", None, "tell")]),
    ("Lagarde declined to say how fast rates would fall.", ["Christine Lagarde|Lagarde"], []),
    ("Senator Elizabeth Warren warned the merger would raise prices.", ["Elizabeth Warren|Warren"],
     [("elizabeth-warren", "indirect", "the merger would raise prices", None, "warn")]),
    ("The company's shares fell 3 percent after the announcement.", ["Nvidia@organization"], []),
    # ", adding that": the quote is what the verb reports
    ("Sarah Connor met staff. “We’re not going anywhere,” she said, adding that the firm would appeal.",
     ["Sarah Connor|Connor"], [("sarah-connor", "direct", "We’re not going anywhere", None, "say")]),
    ("Asked whether he would resign, Johnson said: “Absolutely not.”", ["Boris Johnson|Johnson"],
     [("boris-johnson", "direct", "Absolutely not.", None, "say")]),
    # the name itself as the apposition
    ("Its council chair, Tom Dolphin, said: 'We did not want to be here.'", ["Tom Dolphin|Dolphin"],
     [("tom-dolphin", "direct", "We did not want to be here.", None, "say")]),
    # "according to a statement from X"
    ("The plant will close in March, according to a statement from the ministry.", ["Ministry of Health@organization"],
     [("ministry-of-health", "indirect", "The plant will close in March", None, None)]),
    # a person told is not a channel
    ("Donald Trump told Volodymyr Zelensky that the war must end.", ["Donald Trump|Trump", "Volodymyr Zelensky|Zelensky"],
     [("donald-trump", "indirect", "the war must end", None, "tell")]),
    # "told MPs": the object comes before a claim without "that"
    ("Rachel Reeves told MPs the increases were needed.", ["Rachel Reeves|Reeves"],
     [("rachel-reeves", "indirect", "the increases were needed", None, "tell")]),
    # an "-ing" clause after someone else's name is not that person speaking
    ("OpenAI's board fired Sam Altman on Friday, saying he had not been candid.", ["Sam Altman|Altman", "OpenAI@organization"], []),
    ("Macron and Scholz said in a joint statement that Europe must act.", ["Emmanuel Macron|Macron", "Olaf Scholz|Scholz", "Europe@place"],
     [("emmanuel-macron", "indirect", "Europe must act", "a joint statement", "say"),
      ("olaf-scholz", "indirect", "Europe must act", "a joint statement", "say")]),
]


def _check(found, expected):
    assert len(found) == len(expected), [(p.actor, p.kind, p.text) for p in found]
    for position, (actor, kind, text, channel, verb) in zip(found, expected):
        assert (position.actor, position.kind) == (actor, kind)
        assert text in position.text
        if channel is not None:
            assert position.channel == channel
        if verb is not None:
            assert position.verb == verb


@pytest.mark.parametrize(("text", "actors", "expected"), NL, ids=[r[0][:40] for r in NL])
def test_dutch_position_patterns(text, actors, expected):
    _check(positions_of(text, "nl", *actors), expected)


@pytest.mark.parametrize(("text", "actors", "expected"), EN, ids=[r[0][:40] for r in EN])
def test_english_position_patterns(text, actors, expected):
    _check(positions_of(text, "en", *actors), expected)
