"""Slot fillers for the synthetic corpora: names, outlets, topics, per language.

Kept apart from ``corpus.py`` so the sentence templates stay readable. The
lists are long enough that a 10,000-article corpus still varies.
"""

from __future__ import annotations

FIRST_NAMES = (
    "Anna", "Bram", "Chantal", "Daan", "Eva", "Femke", "Gijs", "Hanna", "Iris", "Jeroen", "Karin", "Lotte",
    "Mark", "Noor", "Olaf", "Pieter", "Quirine", "Ruben", "Sanne", "Thijs", "Ursula", "Vera", "Willem",
    "Yara", "Zeynep", "Mohamed", "Fatima", "Sophie", "James", "Emily", "Robert", "Olivia", "Michael",
    "Sarah", "David", "Laura", "Kamala", "Ursula", "Marc", "Ilse", "Joost", "Hugo", "Esther", "Sigrid",
    "Dilan", "Caroline", "Frans", "Geert", "Kees", "Mona", "Rob", "Wopke", "Jesse", "Lilian",
)
LAST_NAMES = (
    "de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
    "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
    "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
    "Schouten", "van Dijk", "Hoekstra", "Yesilgöz", "Timmermans", "Omtzigt", "Kaag", "Rutte", "Klaver",
    "Andreessen", "Altman", "Nadella", "Huang", "Pichai", "Harris", "Johnson", "Williams", "Brown",
    "Miller", "Davis", "García", "Rodríguez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin",
    "Lee", "Thompson", "White", "Clark", "Lewis", "Walker", "Hall", "Young", "Allen", "King", "Wright",
)
ROLES = {
    "nl": ("minister van Economische Zaken", "CNV-voorzitter", "technologie-expert", "hoogleraar economie",
           "woordvoerder", "topman", "burgemeester", "Kamerlid", "directeur", "analist", "onderzoeker",
           "fractievoorzitter", "bestuursvoorzitter", "econoom", "advocaat"),
    "en": ("Secretary of Commerce", "chief executive", "technology analyst", "professor of economics",
           "spokeswoman", "spokesman", "mayor", "senator", "director", "analyst", "researcher",
           "Speaker of the House", "chairman", "economist", "lawyer"),
}
ORGANIZATIONS = (
    "ASML", "Philips", "Shell", "ING", "Rabobank", "ABN Amro", "KLM", "Booking.com", "Adyen", "Ahold Delhaize",
    "NXP", "Besi", "ASMI", "TomTom", "Heineken", "Unilever", "OpenAI", "Microsoft", "Google", "Nvidia",
    "Apple", "Meta", "Amazon", "Oracle", "SoftBank", "DeepSeek", "Mistral", "Anthropic", "Tesla", "Intel",
    "de Europese Commissie", "De Nederlandsche Bank", "het CPB", "de FNV", "het CBS", "Greenpeace",
    "the Federal Reserve", "the European Central Bank", "the IMF", "the World Bank", "the WHO", "NATO",
)
PLACES = {
    "nl": ("Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Brussel", "Washington",
           "Peking", "Berlijn", "Parijs", "Londen", "Tokio", "Veldhoven", "Delft", "Maastricht"),
    "en": ("Amsterdam", "Rotterdam", "The Hague", "Brussels", "Washington", "Beijing", "Berlin", "Paris",
           "London", "Tokyo", "New York", "San Francisco", "Seattle", "Austin", "Geneva", "Frankfurt"),
}
OUTLETS = {
    "nl": ("NRC", "de Volkskrant", "Trouw", "Het Financieele Dagblad", "NOS", "EW", "Het Parool", "AD", "RTL Nieuws"),
    "en": ("Reuters", "The Guardian", "Financial Times", "The New York Times", "Bloomberg", "BBC News", "AP"),
}
CHANNELS = {
    "nl": ("op X", "op LinkedIn", "in een persbericht", "tegen de NOS", "in NRC", "in een interview"),
    "en": ("on X", "on LinkedIn", "in a press release", "to Reuters", "in an interview", "on Twitter"),
}
TOPICS = {
    "nl": ("kunstmatige intelligentie", "de chipsector", "de woningmarkt", "het stikstofbeleid", "de energietransitie",
           "de pensioenhervorming", "de zorgkosten", "de defensie-uitgaven", "de inflatie", "de exportcontroles",
           "het klimaatbeleid", "de arbeidsmarkt", "de digitale soevereiniteit", "de landbouw", "het onderwijs"),
    "en": ("artificial intelligence", "the chip industry", "the housing market", "interest rates", "the energy transition",
           "pension reform", "health care costs", "defense spending", "inflation", "export controls",
           "climate policy", "the labor market", "digital sovereignty", "farming subsidies", "public schools"),
}
MONTHS = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
CURRENCIES = {"nl": ("miljoen euro", "miljard euro", "miljard dollar"), "en": ("million dollars", "billion dollars", "billion euros")}
