"""Dutch temporal expressions: recognition, resolution and granularity.

Publication dates used: D = Monday 27 January 2025 (day precision), M = only
January 2025, Y = only 2025, T = Thursday 14 November 2024.
"""

from __future__ import annotations

import pytest

from tests.extract.test_dates_support import check

D, M, Y, T = "2025-01-27", "2025-01", "2025", "2024-11-14"

ABSOLUTE = [
    (D, "Het kabinet viel op 7 juli 2023 over het migratiebeleid.", "op 7 juli 2023=2023-07-07"),
    (D, "De wet werd op 12 maart aangenomen door de Eerste Kamer.", "op 12 maart=2024-03-12"),
    (D, "De Tweede Kamer stemt op 12 maart over de wet.", "op 12 maart=2025-03-12"),
    (D, "In juni 2016 stemden de Britten voor vertrek uit de EU.", "In juni 2016=2016-06"),
    (D, "Het bedrijf werd in 1957 opgericht in Eindhoven.", "in 1957=1957"),
    (D, "Sinds 2010 is het aantal zzp'ers sterk gestegen.", "Sinds 2010=2010"),
    (D, "April 2021 was de natste maand in jaren.", "April 2021=2021-04"),
    (D, "De deal werd op dinsdag 3 maart 2020 gesloten.", "op dinsdag 3 maart 2020=2020-03-03"),
    (D, "Op 1 en 2 februari vergaderen de ministers in Brussel.", "Op 1 en 2 februari=2025-02-01"),
    (D, "Van 3 tot 5 april is de beurs in Utrecht open.", "Van 3 tot 5 april=2025-04-03"),
    (D, "De verkiezingen van 2023 waren een aardverschuiving.", "van 2023=2023"),
    (D, "Het rapport verscheen op 29-01-2024.", "29-01-2024=2024-01-29"),
    (D, "De aanvraag moet binnen zijn op 2025-03-01.", "2025-03-01=2025-03-01"),
    (D, "Op 4 november 2024 won Trump de verkiezingen.", "Op 4 november 2024=2024-11-04"),
    (D, "De Sovjets lanceerden de Spoetnik op 4 oktober 1957.", "op 4 oktober 1957=1957-10-04"),
    (D, "Tussen 2020 en 2024 groeide de omzet met een derde.", "Tussen 2020 en 2024=2020"),
    (D, "In 2019 en 2020 daalde het aantal passagiers.", "In 2019=2019; 2020=2020"),
    (D, "Van 2017 tot 2021 was hij premier.", "Van 2017 tot 2021=2017"),
    (D, "In de periode 2017-2021 was hij premier.", ""),
    (D, "De brug is gebouwd in 1932 en gerenoveerd in 2015.", "in 1932=1932; in 2015=2015"),
    (D, "Het contract loopt tot 2030.", "tot 2030=2030"),
    (D, "Uiterlijk 2027 moet de fabriek draaien.", "Uiterlijk 2027=2027"),
    (D, "Sinds 1 januari geldt een nieuwe regel voor statiegeld.", "Sinds 1 januari=2025-01-01"),
    (D, "Vanaf 1 juli 2025 betalen werkgevers meer premie.", "Vanaf 1 juli 2025=2025-07-01"),
    (D, "De rechtszaak begint op 15 april.", "op 15 april=2025-04-15"),
    (D, "Op 31 december sloot de laatste kolencentrale.", "Op 31 december=2024-12-31"),
    (D, "De top in Davos vond plaats op 20 januari.", "op 20 januari=2025-01-20"),
    (D, "In de nacht van 24 op 25 februari 2022 viel Rusland Oekraïne binnen.",
     "In de nacht van 24 op 25 februari 2022=2022-02-24"),
    (D, "Het museum is gesloten van 1 tot en met 14 augustus.", "van 1 tot en met 14 augustus=2025-08-01"),
    (D, "De stemming over de begroting staat gepland voor 19 februari.", "voor 19 februari=2025-02-19"),
    (D, "Op 3 jan. 2024 begon de staking.", "Op 3 jan. 2024=2024-01-03"),
    (D, "De toespraak van 12 okt 2023 werd veel bekeken.", "van 12 okt 2023=2023-10-12"),
    (M, "Bovendien komt de Europese Commissie woensdag 29 januari met maatregelen.",
     "woensdag 29 januari=2025-01-29"),
    (M, "De Europese Unie presenteert in februari een plan om energie goedkoper te maken.",
     "in februari=2025-02"),
    (M, "In december stemde de Kamer in met het voorstel.", "In december=2024-12"),
    (M, "Sputnik is de satelliet die de Sovjets in 1957 in een baan om de aarde kregen.", "in 1957=1957"),
    (Y, "Op 29 januari komt de commissie met een plan.", "Op 29 januari=2025-01-29"),
    (None, "Op 29 januari komt de commissie met een plan.", ""),
    (None, "Op 29 januari 2025 kwam de commissie met een plan.", "Op 29 januari 2025=2025-01-29"),
    (T, "Op 20 januari wordt Trump ingehuldigd.", "Op 20 januari=2025-01-20"),
    (T, "In maart verloor de coalitie haar meerderheid.", "In maart=2024-03"),
    (T, "In januari gaan de tarieven omhoog.", "In januari=2025-01"),
    (D, "De maand mei was uitzonderlijk droog.", "De maand mei=2024-05"),
    (D, "Op eerste kerstdag viel er sneeuw in het oosten.", "Op eerste kerstdag=2024-12-25"),
    (D, "Op oudejaarsavond 2023 ging het mis met vuurwerk.", "Op oudejaarsavond 2023=2023-12-31"),
    (D, "Spanje won eerder de EK's van 1964, 2008 en 2012.", "van 1964=1964; 2008=2008; 2012=2012"),
    (D, "De economie groeide in het vierde kwartaal van 2024 met 0,4 procent.",
     "in het vierde kwartaal van 2024=2024"),
    (D, "In het eerste kwartaal van volgend jaar stijgt de verkoop.", "In het eerste kwartaal van volgend jaar=2026"),
    (D, "In het derde kwartaal daalde de omzet.", "In het derde kwartaal=2024"),
    (D, "Het festival duurt van 30 juni tot 2 juli.", "van 30 juni tot 2 juli=2025-06-30"),
    (D, "Over heel 2024 groeide de economie met 1 procent.", "heel 2024=2024"),
    (D, "Het KNMI heeft voor dinsdag code oranje afgegeven.", "voor dinsdag=2025-01-28"),
    (D, "De stukken moeten uiterlijk vrijdag binnen zijn.", "uiterlijk vrijdag=2025-01-31"),
    (D, "In week 12 gaan de scholen dicht voor de voorjaarsvakantie.", "In week 12=2025-W12"),
    (D, "Vanaf week 3 van 2026 geldt de nieuwe regel.", "Vanaf week 3 van 2026=2026-W03"),
    (D, "De staking was in week 50.", "in week 50=2024-W50"),
    (D, "Ajax won in week 1 van de competitie van PSV.", ""),
    (M, "In week 12 gaan de scholen dicht.", "In week 12=2025-W12"),
]

VAGUE_AND_PARTS = [
    (D, "Eind 2016 besloot het kabinet de gaswinning te beperken.", "Eind 2016=2016~"),
    (D, "Half mei komt het onderzoeksrapport uit.", "Half mei=2025-05~"),
    (D, "Begin maart kwamen de eerste meldingen binnen.", "Begin maart=2024-03~"),
    (D, "Begin maart moet het wetsvoorstel klaar zijn.", "Begin maart=2025-03~"),
    (D, "Medio 2024 ging de fabriek in Nijmegen dicht.", "Medio 2024=2024~"),
    (D, "Halverwege 2026 moet de nieuwe brug klaar zijn.", "Halverwege 2026=2026~"),
    (D, "Eind januari verscheen het rapport.", "Eind januari=2025-01~"),
    (D, "Begin 2020 brak de coronapandemie uit.", "Begin 2020=2020~"),
    (D, "Aan het eind van 2023 was de inflatie gedaald.", "Aan het eind van 2023=2023~"),
    (D, "Eind vorig jaar sloot de laatste vestiging.", "Eind vorig jaar=2024~"),
    (D, "Begin volgend jaar gaat de nieuwe wet in.", "Begin volgend jaar=2026~"),
    (D, "Later dit jaar beslist de rechter.", "Later dit jaar=2025~"),
    (D, "Eerder deze maand waarschuwde de toezichthouder al.", "Eerder deze maand=2025-01~"),
    (D, "Aan het eind van het jaar moet de wet er liggen.", "Aan het eind van het jaar=2025~"),
    (D, "In de laatste week van maart staakt het personeel.", "In de laatste week van maart=2025-03~"),
    (D, "Onlangs werd aangekondigd dat er zeven AI-fabrieken komen.", "Onlangs=2025-01~"),
    (D, "Binnenkort beslist de minister over de subsidie.", "Binnenkort=2025-01~"),
    (D, "Bedrijven willen de komende jaren miljarden investeren.", "de komende jaren=2025~"),
    (D, "De komende weken wordt het koud.", "De komende weken=2025-01~"),
    (D, "Deze zomer opent het nieuwe station.", "Deze zomer=2025~"),
    (D, "Komende winter dreigt een gastekort.", "Komende winter=2025~"),
    (D, "Afgelopen zomer was het uitzonderlijk droog.", "Afgelopen zomer=2024~"),
    (D, "De zomer van 2019 was de heetste ooit gemeten.", "De zomer van 2019=2019~"),
    (D, "In het voorjaar van 2020 brak de pandemie uit.", "In het voorjaar van 2020=2020~"),
    (D, "In de zomer werd de dijk versterkt.", "In de zomer=2024~"),
    (D, "Vanaf oktober volgend jaar gelden de nieuwe regels.", "Vanaf oktober volgend jaar=2026-10"),
    (D, "In oktober vorig jaar werd de fusie afgeblazen.", "In oktober vorig jaar=2024-10"),
    (D, "Afgelopen oktober werd de fusie afgeblazen.", "Afgelopen oktober=2024-10"),
    (D, "Komende mei zijn er verkiezingen.", "Komende mei=2025-05"),
    (M, "Eind februari volgt een besluit.", "Eind februari=2025-02~"),
    (M, "Onlangs werd aangekondigd dat er verspreid door Europa zeven AI-fabrieken komen.",
     "Onlangs=2025-01~"),
]

WEEKDAYS = [
    (D, "Het kabinet maakte dinsdag bekend dat de accijns omhooggaat.", "dinsdag=2025-01-21"),
    (D, "De Kamer debatteert donderdag over de begroting.", "donderdag=2025-01-30"),
    (D, "Dinsdagavond werd in Den Haag gedemonstreerd.", "Dinsdagavond=2025-01-21"),
    (D, "Afgelopen dinsdag tekenden de partijen het akkoord.", "Afgelopen dinsdag=2025-01-21"),
    (D, "Vorige week woensdag stemde de Kamer in met de wet.", "Vorige week woensdag=2025-01-22"),
    (D, "De Kamer stemde woensdag vorige week in met de wet.", "woensdag vorige week=2025-01-22"),
    (D, "De Kamer stemde op woensdag van vorige week in met de wet.", "op woensdag van vorige week=2025-01-22"),
    (D, "Komende vrijdag maakt de minister haar besluit bekend.", "Komende vrijdag=2025-01-31"),
    (D, "Volgende week dinsdag debatteert de Kamer.", "Volgende week dinsdag=2025-02-04"),
    (D, "Zondagmiddag brak er brand uit in een loods.", "Zondagmiddag=2025-01-26"),
    (D, "De premier zei maandag dat hij blijft.", "maandag=2025-01-27"),
    (D, "Zaterdag werd de spits van Ajax geopereerd.", "Zaterdag=2025-01-25"),
    (D, "Op vrijdag 31 januari gaat de nieuwe dienstregeling in.", "Op vrijdag 31 januari=2025-01-31"),
    (D, "Woensdagochtend vergadert het kabinet opnieuw.", "Woensdagochtend=2025-01-29"),
    (D, "De politie hield vrijdagnacht twee verdachten aan.", "vrijdagnacht=2025-01-24"),
    (D, "Aanstaande zaterdag wordt er gestaakt.", "Aanstaande zaterdag=2025-02-01"),
    (D, "Sinds maandag geldt code oranje.", "Sinds maandag=2025-01-27"),
    (M, "Het kabinet maakte dinsdag bekend dat de accijns omhooggaat.", "dinsdag=2025-01~"),
    (T, "Trump heeft dinsdag de verkiezingen gewonnen.", "dinsdag=2024-11-12"),
    (T, "De Kamer stemt dinsdag over de motie.", "dinsdag=2024-11-19"),
    (D, "Goede Vrijdag valt dit jaar laat.", "dit jaar=2025"),
    (D, "De Black Friday-deals begonnen al vroeg.", ""),
]

RELATIVE = [
    (D, "Vorige week maakten OpenAI en Oracle hun plannen bekend.", "Vorige week=2025-W04"),
    (M, "Vorige week al maakten OpenAI, Oracle en SoftBank bekend 500 miljard dollar te willen investeren.",
     "Vorige week=2025-01~"),
    (D, "Gisteren werd de verdachte voorgeleid.", "Gisteren=2025-01-26"),
    (M, "Gisteren werd de verdachte voorgeleid.", "Gisteren=2025-01~"),
    (D, "Gisterochtend ontspoorde een trein bij Utrecht.", "Gisterochtend=2025-01-26"),
    (D, "Gisteravond won Feyenoord met 3-0.", "Gisteravond=2025-01-26"),
    (D, "Vanavond spreekt de koning het land toe.", "Vanavond=2025-01-27"),
    (D, "Vandaag begint het proces tegen de verdachten.", "Vandaag=2025-01-27"),
    (D, "Morgen beslist de rechter over de zaak.", "Morgen=2025-01-28"),
    (D, "Overmorgen vertrekt de delegatie naar Kyiv.", "Overmorgen=2025-01-29"),
    (D, "Eergisteren werd het lichaam gevonden.", "Eergisteren=2025-01-25"),
    (D, "Vanochtend maakte het ministerie de cijfers bekend.", "Vanochtend=2025-01-27"),
    (D, "Vorig jaar groeide de economie met 1 procent.", "Vorig jaar=2024"),
    (D, "Volgend jaar gaan de belastingen omhoog.", "Volgend jaar=2026"),
    (D, "Dit jaar wordt een recordjaar voor de luchtvaart.", "Dit jaar=2025"),
    (D, "Deze week spreken de ministers over de begroting.", "Deze week=2025-W05"),
    (D, "Volgende week maakt het kabinet de plannen bekend.", "Volgende week=2025-W06"),
    (D, "Vorige maand daalde de werkloosheid.", "Vorige maand=2024-12"),
    (D, "Volgende maand start de campagne.", "Volgende maand=2025-02"),
    (D, "Het afgelopen jaar was het warmste ooit gemeten.", "Het afgelopen jaar=2024"),
    (D, "Twee weken geleden kondigde het bedrijf een reorganisatie aan.", "Twee weken geleden=2025-W03"),
    (M, "Twee weken geleden kondigde het bedrijf een reorganisatie aan.", "Twee weken geleden=2025-01~"),
    (D, "Drie jaar geleden begon de oorlog.", "Drie jaar geleden=2022"),
    (D, "Een jaar geleden werd de fabriek gesloten.", "Een jaar geleden=2024"),
    (D, "Tien dagen geleden verdween de jongen.", "Tien dagen geleden=2025-01-17"),
    (D, "Over twee weken moet het rapport klaar zijn.", "Over twee weken=2025-W07"),
    (D, "Ruim twee jaar geleden begon het onderzoek.", "Ruim twee jaar geleden=2023~"),
    (D, "Enkele weken geleden werd de directeur ontslagen.", "Enkele weken geleden=2025-01~"),
    (D, "Een paar jaar geleden was dit ondenkbaar.", ""),
    (D, "Afgelopen weekend vielen er drie doden in het verkeer.", "Afgelopen weekend=2025-W04"),
    (D, "Dit weekend wordt het zonnig.", "Dit weekend=2025-W05"),
    (D, "Over drie maanden zijn er verkiezingen.", "Over drie maanden=2025-04"),
    (D, "Over een jaar moet alles klaar zijn.", "Over een jaar=2026"),
    (Y, "Vorige week maakte het bedrijf verlies bekend.", "Vorige week=2025~"),
    (Y, "Vorig jaar maakte het bedrijf verlies.", "Vorig jaar=2024"),
    (None, "Vorige week maakte het bedrijf verlies bekend.", ""),
]

ANAPHORA = [
    (D, "Op 3 maart 2020 werd de eerste besmetting gemeld. Drie dagen later ging het land op slot.",
     "Op 3 maart 2020=2020-03-03; Drie dagen later=2020-03-06"),
    (D, "Op 3 maart 2020 werd de eerste besmetting gemeld. Een dag later volgde de tweede.",
     "Op 3 maart 2020=2020-03-03; Een dag later=2020-03-04"),
    (D, "In 2015 kwam de wet er. Het jaar daarop volgde de eerste rechtszaak.",
     "In 2015=2015; Het jaar daarop=2016"),
    (D, "In 2015 kwam de wet er. Twee jaar later werd hij ingetrokken.",
     "In 2015=2015; Twee jaar later=2017"),
    (D, "Op 12 mei 2022 stemde de raad. Een week eerder was er een hoorzitting.",
     "Op 12 mei 2022=2022-05-12; Een week eerder=2022-W18"),
    (D, "Drie dagen later ging het land op slot.", ""),
    (D, "Op 10 juni 2021 viel het besluit. De volgende dag protesteerden boeren.",
     "Op 10 juni 2021=2021-06-10; De volgende dag=2021-06-11"),
]

NEGATIVE = [
    (D, "De investering bedraagt 1,5 miljard euro.", ""),
    (D, "Het bedrijf heeft 250 vestigingen in Nederland.", ""),
    (D, "De winkel is 365 dagen per jaar open.", ""),
    (D, "De F-35 is het duurste wapenprogramma ooit.", ""),
    (D, "Nu is het tijd voor actie, zegt de minister.", ""),
    (D, "Er werken 2024 mensen bij het bedrijf.", ""),
    (D, "De maatregel geldt voor 2000 bedrijven.", ""),
    (D, "Hij scoorde 12 doelpunten in 20 wedstrijden.", ""),
    (D, "De zorg is 24 uur per dag bereikbaar.", ""),
    (D, "De verdachte is 52 jaar oud.", ""),
    (D, "De auto reed 130 kilometer per uur.", ""),
    (D, "In de jaren negentig was alles anders.", ""),
    (D, "Keizer Augustus regeerde lang over Rome.", ""),
    (D, "Jan de Vries zei dat het goed ging met het bedrijf.", ""),
    (D, "Vandaag de dag werkt bijna iedereen thuis.", ""),
    (D, "De economie van morgen draait op waterstof.", ""),
    (D, "Elke dag komen er nieuwe meldingen binnen.", ""),
    (D, "De Boeing 737 Max mocht weer vliegen.", ""),
    (D, "Het kabinet trekt 2,5 miljard euro uit voor defensie.", ""),
    (D, "De AEX sloot 0,8 procent lager op 912,35 punten.", ""),
    (D, "In het rapport staan 1200 aanbevelingen.", ""),
    (D, "De wedstrijd eindigde in 2-1.", ""),
    (D, "Inmiddels is de app de meest gedownloade in de Appstore.", ""),
    (D, "Voortaan moet er vooral gekozen worden voor Europese bedrijven.", ""),
    (D, "De angst is dat er straks minder chips nodig zijn.", ""),
    (D, "De komende tijd blijft het onrustig.", ""),
    (D, "Het plan kost jaarlijks 40 miljoen euro.", ""),
    (D, "Om 14.30 uur begon het debat.", ""),
    (D, "Dag en nacht werd er doorgewerkt.", ""),
    (D, "De GPT-4 van OpenAI en de Llama 3 van Meta zijn taalmodellen.", ""),
    (D, "Mei Li, onderzoeker in Shanghai, zegt dat het klopt.", ""),
]


@pytest.mark.parametrize("published, text, expected", ABSOLUTE)
def test_absolute(published, text, expected):
    check("nl", published, text, expected)


@pytest.mark.parametrize("published, text, expected", VAGUE_AND_PARTS)
def test_vague_and_parts(published, text, expected):
    check("nl", published, text, expected)


@pytest.mark.parametrize("published, text, expected", WEEKDAYS)
def test_weekdays(published, text, expected):
    check("nl", published, text, expected)


@pytest.mark.parametrize("published, text, expected", RELATIVE)
def test_relative(published, text, expected):
    check("nl", published, text, expected)


@pytest.mark.parametrize("published, text, expected", ANAPHORA)
def test_anaphora(published, text, expected):
    check("nl", published, text, expected)


@pytest.mark.parametrize("published, text, expected", NEGATIVE)
def test_not_a_date(published, text, expected):
    check("nl", published, text, expected)
