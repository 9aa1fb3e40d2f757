"""English temporal expressions: recognition, resolution and granularity.

Publication dates used: D = Monday 27 January 2025 (day precision), M = only
January 2025, Y = only 2025, T = Thursday 14 November 2024.
"""

from __future__ import annotations

import pytest

from tests.extract.test_dates_support import check

D, M, Y, T = "2025-01-27", "2025-01", "2025", "2024-11-14"

ABSOLUTE = [
    (D, "On Tuesday, March 3, 2020, the WHO declared a pandemic.", "On Tuesday, March 3, 2020=2020-03-03"),
    (D, "The deal was signed on January 22, 2025, in Washington.", "on January 22, 2025=2025-01-22"),
    (D, "Voting takes place on May 3 and 4.", "on May 3 and 4=2025-05-03"),
    (D, "He was born on 3 March 1950 in Leeds.", "on 3 March 1950=1950-03-03"),
    (D, "In March 2020, the country went into lockdown.", "In March 2020=2020-03"),
    (D, "The company was founded in 1957.", "in 1957=1957"),
    (D, "The law was passed on Jan. 6, 2021.", "on Jan. 6, 2021=2021-01-06"),
    (D, "The hearing is set for Feb. 12.", "Feb. 12=2025-02-12"),
    (D, "Talks resumed on December 5.", "on December 5=2024-12-05"),
    (D, "The summit will be held on March 3rd.", "on March 3rd=2025-03-03"),
    (D, "The strike ended on the 3rd of March 2023.", "on the 3rd of March 2023=2023-03-03"),
    (D, "She has lived there since 2010.", "since 2010=2010"),
    (D, "The plant will close by 2030.", "by 2030=2030"),
    (D, "Between 2015 and 2020, sales doubled.", "Between 2015 and 2020=2015"),
    (D, "The June 2016 referendum split the country.", "June 2016=2016-06"),
    (D, "April 2021 was the wettest month on record.", "April 2021=2021-04"),
    (D, "The election was held on November 5, 2024.", "on November 5, 2024=2024-11-05"),
    (D, "The rules took effect in January.", "in January=2025-01"),
    (D, "The trial starts in April.", "in April=2025-04"),
    (D, "Prices fell sharply in October.", "in October=2024-10"),
    (D, "From May 12 to 14, the festival fills the city.", "From May 12 to 14=2025-05-12"),
    (D, "The report, dated 2024-12-18, was leaked.", "2024-12-18=2024-12-18"),
    (D, "The filing is dated 1/29/2025.", "1/29/2025=2025-01-29"),
    (D, "The filing is dated 29/1/2025.", "29/1/2025=2025-01-29"),
    (D, "In 2019 and 2020, the deficit grew.", "In 2019=2019; 2020=2020"),
    (D, "Paris hosted the Games in 1900 and 1924.", "in 1900=1900; 1924=1924"),
    (D, "The Summer Games return to Los Angeles in 2028.", "in 2028=2028"),
    (D, "Sept. 11, 2001 changed everything.", "Sept. 11, 2001=2001-09-11"),
    (D, "He resigned in May.", "in May=2024-05"),
    (D, "The vote is expected in May.", "in May=2025-05"),
    (D, "Since January 1, the new tax applies.", "Since January 1=2025-01-01"),
    (M, "They don’t actually have the money — Elon Musk (@elonmusk) January 22, 2025",
     "January 22, 2025=2025-01-22"),
    (M, "The commission will present its plan on Wednesday, January 29.",
     "on Wednesday, January 29=2025-01-29"),
    (M, "The EU will present a plan in February.", "in February=2025-02"),
    (Y, "The commission meets on March 3.", "on March 3=2025-03-03"),
    (None, "The commission meets on March 3.", ""),
    (None, "The commission met on March 3, 2020.", "on March 3, 2020=2020-03-03"),
    (T, "Trump will be sworn in on January 20.", "on January 20=2025-01-20"),
    (T, "The coalition lost its majority in March.", "in March=2024-03"),
    (D, "The deadline passed at the end of December.", "the end of December=2024-12~"),
    (D, "He lost the 2020 election to Joe Biden.", "the 2020=2020"),
    (D, "The attack happened on Christmas Eve.", "on Christmas Eve=2024-12-24"),
    (D, "On Christmas Day 2023 it snowed.", "On Christmas Day 2023=2023-12-25"),
    (D, "The movie Independence Day was a hit.", ""),
    (T, "The 2024 Atlantic hurricane season ends on November 30.", "on November 30=2024-11-30"),
    (T, "The summit runs in Dubai from November 30 to December 12.", "from November 30 to December 12=2024-11-30"),
    (D, "Sales fell 36 percent in the third quarter.", "in the third quarter=2024"),
    (D, "Q4 2024 results beat forecasts.", "Q4 2024=2024"),
    (D, "The EU cut its outlook for 2025.", ""),
    (D, "The plant will close by the end of the year.", "by the end of the year=2025~"),
    (D, "Talks resume in the first week of March.", "in the first week of March=2025-03~"),
    (D, "The ceasefire collapsed the day before the vote.", ""),
]

VAGUE_AND_PARTS = [
    (D, "Sales rose in early March.", "in early March=2024-03~"),
    (D, "The law takes effect in mid-May.", "in mid-May=2025-05~"),
    (D, "The bank will decide in late 2025.", "in late 2025=2025~"),
    (D, "By the end of 2030, all new cars must be electric.", "By the end of 2030=2030~"),
    (D, "Late last year, the firm cut 500 jobs.", "Late last year=2024~"),
    (D, "Early next year, the plant will reopen.", "Early next year=2026~"),
    (D, "Later this year, the court will rule.", "Later this year=2025~"),
    (D, "Earlier this month, the regulator warned banks.", "Earlier this month=2025-01~"),
    (D, "The company recently announced layoffs.", "recently=2025-01~"),
    (D, "The minister will soon decide.", "soon=2025-01~"),
    (D, "Prices will rise in the coming weeks.", "in the coming weeks=2025-01~"),
    (D, "Firms plan to invest $500 billion in the coming years.", "in the coming years=2025~"),
    (D, "This summer the new station opens.", "This summer=2025~"),
    (D, "Last summer was the hottest on record.", "Last summer=2024~"),
    (D, "The floods hit in the summer of 2021.", "in the summer of 2021=2021~"),
    (D, "Fall 2019 brought record rains.", "Fall 2019=2019~"),
    (D, "The merger was called off last October.", "last October=2024-10"),
    (D, "The new rules apply from March next year.", "from March next year=2026-03"),
    (D, "In October last year, the merger collapsed.", "In October last year=2024-10"),
    (D, "Mid-2024, the plant closed.", "Mid-2024=2024~"),
    (D, "The talks began in early 2023.", "in early 2023=2023~"),
    (D, "Next March the elections take place.", "Next March=2025-03"),
    (M, "Early February the report will follow.", "Early February=2025-02~"),
]

WEEKDAYS = [
    (D, "The Senate voted on Thursday to approve the bill.", "on Thursday=2025-01-23"),
    (D, "The president will travel to Paris on Thursday.", "on Thursday=2025-01-30"),
    (D, "Officials said on Friday that the talks had stalled.", "on Friday=2025-01-24"),
    (D, "Early on Saturday, troops crossed the border.", "Early on Saturday=2025-01-25"),
    (D, "Late Friday, the company issued a statement.", "Late Friday=2025-01-24"),
    (D, "Snow blanketed Washington late Sunday.", "late Sunday=2025-01-26"),
    (D, "Trump will be inaugurated Jan. 20.", "Jan. 20=2025-01-20"),
    (D, "The minister resigned last Tuesday.", "last Tuesday=2025-01-21"),
    (D, "The board meets next Friday.", "next Friday=2025-01-31"),
    (D, "The police arrested two men on Sunday night.", "on Sunday night=2025-01-26"),
    (D, "Voters go to the polls on Wednesday.", "on Wednesday=2025-01-29"),
    (D, "The company said Monday it would cut jobs.", "Monday=2025-01-27"),
    (D, "On Saturday morning, a fire broke out.", "On Saturday morning=2025-01-25"),
    (D, "The summit is scheduled for Wednesday, January 29.", "Wednesday, January 29=2025-01-29"),
    (D, "Talks are planned for Tuesday.", "Tuesday=2025-01-28"),
    (D, "Wednesday last week, the court ruled.", "Wednesday last week=2025-01-22"),
    (D, "The court ruled on Tuesday of last week.", "on Tuesday of last week=2025-01-21"),
    (D, "Prices rose in March of last year.", "in March of last year=2024-03"),
    (M, "The Senate voted on Thursday to approve the bill.", "on Thursday=2025-01~"),
    (T, "Trump won the election on Tuesday.", "on Tuesday=2024-11-12"),
    (T, "Congress will vote on Tuesday.", "on Tuesday=2024-11-19"),
    (D, "Black Friday sales rose 5 percent.", ""),
    (D, "The Mail on Sunday reported the story.", ""),
    (D, "Super Tuesday decides the race.", ""),
]

RELATIVE = [
    (D, "Last week, the minister resigned.", "Last week=2025-W04"),
    (M, "The minister resigned last week.", "last week=2025-01~"),
    (D, "The suspect was arrested yesterday.", "yesterday=2025-01-26"),
    (D, "Yesterday morning a train derailed.", "Yesterday morning=2025-01-26"),
    (D, "The fire started last night.", "last night=2025-01-26"),
    (D, "The king will address the nation tonight.", "tonight=2025-01-27"),
    (D, "This morning the ministry published the figures.", "This morning=2025-01-27"),
    (D, "The court rules tomorrow.", "tomorrow=2025-01-28"),
    (D, "Today the trial begins.", "Today=2025-01-27"),
    (D, "Last year the economy grew by 1 percent.", "Last year=2024"),
    (D, "Next year taxes will rise.", "Next year=2026"),
    (D, "This year will be a record year.", "This year=2025"),
    (D, "This week the ministers meet in Brussels.", "This week=2025-W05"),
    (D, "Next week the government will present its plans.", "Next week=2025-W06"),
    (D, "Unemployment fell last month.", "last month=2024-12"),
    (D, "The campaign starts next month.", "next month=2025-02"),
    (D, "Two weeks ago, the company announced a restructuring.", "Two weeks ago=2025-W03"),
    (D, "The war began three years ago.", "three years ago=2022"),
    (D, "A year ago the plant was closed.", "A year ago=2024"),
    (D, "The boy disappeared 10 days ago.", "10 days ago=2025-01-17"),
    (D, "About two years ago the inquiry started.", "About two years ago=2023~"),
    (D, "A few weeks ago the director was fired.", "A few weeks ago=2025-01~"),
    (D, "Several years ago this was unthinkable.", ""),
    (D, "Last weekend three people died on the roads.", "Last weekend=2025-W04"),
    (D, "This weekend will be sunny.", "This weekend=2025-W05"),
    (D, "Elections are due two months from now.", "two months from now=2025-03"),
    (D, "A WHO committee will meet again in three months.", "in three months=2025-04"),
    (D, "In two years, revenue doubled.", ""),
    (D, "The rules apply until Friday.", "until Friday=2025-01-31"),
    (Y, "Last week the firm reported a loss.", "Last week=2025~"),
    (None, "Last week the firm reported a loss.", ""),
]

ANAPHORA = [
    (D, "The first case was reported on March 3, 2020. Three days later the country locked down.",
     "on March 3, 2020=2020-03-03; Three days later=2020-03-06"),
    (D, "The law passed in 2015. The following year the first lawsuit was filed.",
     "in 2015=2015; The following year=2016"),
    (D, "The law passed in 2015. Two years later it was repealed.", "in 2015=2015; Two years later=2017"),
    (D, "The council voted on May 12, 2022. A week earlier there had been a hearing.",
     "on May 12, 2022=2022-05-12; A week earlier=2022-W18"),
    (D, "The decision came on June 10, 2021. The next day farmers protested.",
     "on June 10, 2021=2021-06-10; The next day=2021-06-11"),
    (D, "Three days later the country locked down.", ""),
    (M, "The WHO declared an emergency on Wednesday. Sweden confirmed a case a day later.",
     "on Wednesday=2025-01~; a day later=2025-01~"),
    (D, "The WHO declared an emergency on Wednesday, January 22. Congo had reported cases since January. "
        "Sweden confirmed a case a day later.",
     "on Wednesday, January 22=2025-01-22; since January=2025-01; a day later=2025-01-23"),
]

NEGATIVE = [
    (D, "The company may decide to sell the unit.", ""),
    (D, "A 747 jet landed safely in Anchorage.", ""),
    (D, "The F-35 program costs $1.7 trillion.", ""),
    (D, "The store is open 365 days a year.", ""),
    (D, "It has 250 branches across the country.", ""),
    (D, "Now is the time to act, the minister said.", ""),
    (D, "Theresa May said the deal was dead.", ""),
    (D, "Protesters march on Washington.", ""),
    (D, "He is 52 years old.", ""),
    (D, "Workers began a 24-hour strike.", ""),
    (D, "He has worked there for 20 years.", ""),
    (D, "The plan creates jobs for 2000 people.", ""),
    (D, "In 2000 homes the power failed.", ""),
    (D, "The index closed 0.8 percent lower at 912.35 points.", ""),
    (D, "The Boeing 737 Max was allowed to fly again.", ""),
    (D, "They may well win, analysts say.", ""),
    (D, "Every year thousands of migrants cross the sea.", ""),
    (D, "These days nearly everyone works from home.", ""),
    (D, "The game ended 2-1.", ""),
    (D, "June Carter was a singer.", ""),
    (D, "The bill costs $40 million per year.", ""),
    (D, "The Sunday Times broke the story.", ""),
    (D, "At 2.30 pm the debate began.", ""),
    (D, "GPT-4 and Llama 3 are language models.", ""),
    (D, "The rate was 3.5 percent in the 12 months to March.", ""),
]


@pytest.mark.parametrize("published, text, expected", ABSOLUTE)
def test_absolute(published, text, expected):
    check("en", published, text, expected)


@pytest.mark.parametrize("published, text, expected", VAGUE_AND_PARTS)
def test_vague_and_parts(published, text, expected):
    check("en", published, text, expected)


@pytest.mark.parametrize("published, text, expected", WEEKDAYS)
def test_weekdays(published, text, expected):
    check("en", published, text, expected)


@pytest.mark.parametrize("published, text, expected", RELATIVE)
def test_relative(published, text, expected):
    check("en", published, text, expected)


@pytest.mark.parametrize("published, text, expected", ANAPHORA)
def test_anaphora(published, text, expected):
    check("en", published, text, expected)


@pytest.mark.parametrize("published, text, expected", NEGATIVE)
def test_not_a_date(published, text, expected):
    check("en", published, text, expected)
