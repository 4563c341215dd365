"""The plain-text cleaner keeps every body sentence and drops furniture with reasons."""

from __future__ import annotations

from datetime import date

import pytest

from claimgraph.ingest.byline import parse_date
from claimgraph.ingest.markdown import clean_markdown
from claimgraph.ingest.text import clean_text

BODY = [
    "A new report from the United Nations Security Council revealed that ISIS-K is "
    "estimated to have between 4,000 and 6,000 fighters in Afghanistan.",
    'The report notes that al Qaeda\'s ties to the Taliban remain "strong and symbiotic."',
    "Analysts WATCH the border closely, the report says, because fighters cross it at will.",
    'It adds that the Taliban paid al Qaeda monthly "welfare payments."',
    '"The Taliban have not cut their ties," said Peter Mills, a researcher at ISW.',
]
FURNITURE = [
    ("Written By FRONTLINE DISPATCH | Sunday, 18 June 2023 12:00 PM", "byline"),
    ("Views 2K", "counter"),
    ("7", "counter"),
    ("TALIBAN LEADER ORDERS CRACKDOWN ON OPIUM GROWERS", "promo headline"),
    ("WATCH: Taliban fighters parade through Kandahar", "promo link"),
    ("Taliban fighters patrol Kabul street_image", "image token"),
    ("Advertisement", "advertisement"),
    ("READ MORE: Pentagon says drone strike killed senior militant", "promo link"),
    ("Sign up for our daily briefing", "newsletter prompt"),
    ("Share  Tweet  Email", "share buttons"),
    ("X", "ui glyph"),
]
TITLE = "UN Report: ISIS-K Fields Up To 6,000 Fighters As Taliban Keep Al Qaeda Close"


def scraped_article() -> str:
    """Body lines interleaved with furniture, the way copied pages look."""
    lines = [TITLE, FURNITURE[0][0], FURNITURE[1][0], FURNITURE[2][0], BODY[0], BODY[1]]
    lines += [item[0] for item in FURNITURE[3:6]] + [BODY[2], BODY[3]]
    lines += [item[0] for item in FURNITURE[6:9]] + [BODY[4]]
    lines += [item[0] for item in FURNITURE[9:]]
    return "\n".join(lines)


def test_keeps_every_body_sentence_in_order() -> None:
    document = clean_text(scraped_article())
    assert document.body.split("\n\n") == BODY


def test_drops_every_furniture_line_with_its_reason() -> None:
    document = clean_text(scraped_article())
    assert [(d.line, d.reason) for d in document.dropped] == FURNITURE


def test_takes_title_outlet_and_date_from_the_page() -> None:
    document = clean_text(scraped_article())
    assert document.title == TITLE
    assert document.outlet == "Frontline Dispatch"
    assert document.published == date(2023, 6, 18)


def test_explicit_metadata_wins_over_byline() -> None:
    document = clean_text(scraped_article(), outlet="Other Outlet", published=date(2024, 1, 2))
    assert (document.outlet, document.published) == ("Other Outlet", date(2024, 1, 2))


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("By Jane Roe | 3 May 2024", "Jane Roe", None),
        ("By Jane Roe, Global Wire Service", "Jane Roe", "Global Wire Service"),
        (
            "Posted by THE SENTINEL REVIEW | Tuesday, 4 March 2024 09:30 AM",
            None,
            "The Sentinel Review",
        ),
        (
            "By Farhan Yousafzai in Peshawar and Maria Lodhi in Islamabad",
            "Farhan Yousafzai and Maria Lodhi",
            None,
        ),
        ("By Jane Roe in New Delhi, Global Wire", "Jane Roe", "Global Wire"),
        (
            "By Ange Mukeshimana in Goma, Patrick Otieno in Nairobi and Léa Fontaine in Doha",
            "Ange Mukeshimana, Patrick Otieno and Léa Fontaine",
            None,
        ),
        (
            "By Nadia El-Sherbiny, with additional reporting by Adam Farouk in El Arish",
            "Nadia El-Sherbiny",
            None,
        ),
        (
            "Aline Irakoze reports from Bujumbura, Josué Mutombo Bahati from Uvira",
            "Aline Irakoze and Josué Mutombo Bahati",
            None,
        ),
        ("By: /s/ Kyle T. Brannigan", "Kyle T. Brannigan", None),  # a filing's e-signature
    ],
)
def test_byline_forms(byline: str, author: str | None, outlet: str | None) -> None:
    document = clean_text(f"Headline of the story\n{byline}\n{BODY[0]}")
    assert (document.author, document.outlet) == (author, outlet)
    assert document.body == BODY[0]


def test_first_line_sentence_is_not_a_title() -> None:
    document = clean_text("\n".join(BODY[:2]))
    assert document.title is None
    assert document.body.split("\n\n") == BODY[:2]


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    document = clean_text(
        "The Monitoring Team notes that the group\nremains resilient despite losses.\n\nNext one."
    )
    assert document.body == (
        "The Monitoring Team notes that the group remains resilient despite losses.\n\nNext one."
    )


def test_body_with_only_furniture_is_empty() -> None:
    assert clean_text("Views 2K\nAdvertisement\nX").body == ""


def test_cleaning_is_idempotent_on_the_body() -> None:
    once = clean_text(scraped_article())
    twice = clean_text(once.body)
    assert twice.body == once.body


def test_short_heading_in_wrapped_text_stays_apart() -> None:
    text = (
        "Monitoring report\n"
        "1. The ADF and ISCAP\n"
        "The Allied Democratic Forces remain the most lethal armed group in the\n"
        "east of the country, according to Member States."
    )
    document = clean_text(text, wrapped=True)
    assert document.body.split("\n\n") == [
        "1. The ADF and ISCAP",
        "The Allied Democratic Forces remain the most lethal armed group in the east of the "
        "country, according to Member States.",
    ]


def test_headlines_under_a_related_header_are_links() -> None:
    document = clean_text(
        "\n".join(
            [
                "Headline of the day",
                BODY[0],
                "More from Horn Observer",
                "Kenya extends curfew in border county",
                "Puntland and Mogadishu trade accusations",
                BODY[1],
            ]
        )
    )
    assert document.body.split("\n\n") == BODY[:2]
    assert [(d.line[:5], d.reason) for d in document.dropped] == [
        ("More ", "related links header"),
        ("Kenya", "related link"),
        ("Puntl", "related link"),
    ]


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("ANDEAN PRESS BUREAU", "Andean Press Bureau"),
        ("Great Lakes Security Initiative Policy Brief No. 12", "Great Lakes Security Initiative"),
        ("Red Line Report", "Red Line Report"),
        ("Kabul bureau", None),
        ("Middle East bureau", None),
        # a bureau of several capitalised words is the publisher itself
        ("Parliamentary Research Bureau", "Parliamentary Research Bureau"),
        ("EUPHRATES DIGEST | Weekly roundup on northern and eastern Syria", "Euphrates Digest"),
        ("SIERRA MADRE BRIEFING | Mexico's security press, read for you", "Sierra Madre Briefing"),
        ("CERRADO BRIEFING * Brazil's security press, in English", "Cerrado Briefing"),
        ("KIVUS BRIEFING ~ Eastern Congo in the regional and world press", "Kivus Briefing"),
        ("TWO NILES LETTER | Sudan's war through the region's press", "Two Niles Letter"),
        ("PATKAI PRESS AGENCY (PPA)", "Patkai Press Agency"),
        ("THE BORDER BRIEF | Security news from both sides of the line", "The Border Brief"),
        ("MIDDLE EAST | 5 MIN READ", None),
        ("Compiled by the Sudan Brief desk | 7 min read", "Sudan Brief"),
        # A desk in title case is the publisher's own name.
        ("Orontes Research Desk — *Idlib Files*, No. 14", "Orontes Research Desk"),
        (
            "_Southern Arabia Brief 11 | Crater Policy Centre | 22 September 2025_",
            "Crater Policy Centre",
        ),
        # a ministry over the directorate that wrote the page
        (
            "Federal Ministry for Internal Security | Directorate for State Protection "
            "and Counter-Terrorism (DSCT)",
            "Federal Ministry for Internal Security",
        ),
    ],
)
def test_mastheads_name_the_outlet(header: str, outlet: str | None) -> None:
    text = f"Taliban reject the report\n{header}\n\nThe Taliban said on Friday that the report was false."
    assert clean_text(text).outlet == outlet


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("BOGOTÁ, Aug 4 (APB) — Venezuela on Friday rejected the assessment as unfounded.", "APB"),
        ("KUNMING/BANGKOK, Jan 12 (MNW) — The two sides agreed to a ceasefire.", "MNW"),
        (
            "BENI, Democratic Republic of Congo, Dec 5 (Rift Valley Wire) - The ADF struck.",
            "Rift Valley Wire",
        ),
        ("BAGHDAD — Kataib Hezbollah has announced a pause in its attacks.", None),
    ],
)
def test_wire_datelines_name_the_agency(line: str, agency: str | None) -> None:
    assert clean_text(line).outlet == agency


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("04/08/2023 — 11:47 COT", date(2023, 8, 4)),  # the dateline says Aug 4
        ("08/04/2023", date(2023, 8, 4)),
        ("05/08/2023", date(2023, 5, 8)),  # no dateline of that day: left as written
    ],
)
def test_a_numeric_date_follows_the_wire_dateline(header: str, published: date) -> None:
    text = (
        f"Caracas rejects the claim\n{header}\n\n"
        "BOGOTÁ, Aug 4 (APB) — Venezuela on Friday rejected the assessment as unfounded."
    )
    assert clean_text(text).published == published


@pytest.mark.parametrize(
    "header",
    [
        "Thu 6 Nov 2025 - 10:05 GMT - 6 MIN READ",
        "Thurs. 6 Nov 2025 – 10:05 GMT",
        "Rabat bureau | Thu, 6 November 2025",
    ],
)
def test_an_abbreviated_weekday_and_hyphen_separators_date_a_wire_story(header: str) -> None:
    text = (
        f"The Polisario Front fires on\nALBORAN WIRE\n{header}\n\n"
        "RABAT, Nov 6 (Alboran Wire) - The front fired rockets at Moroccan positions."
    )
    document = clean_text(text)
    assert document.published == date(2025, 11, 6)
    assert header not in document.body


def test_a_month_and_year_line_dates_a_report() -> None:
    text = (
        "Report of the Monitoring Team\nUnited Nations\nJune 2025\n\nThe Monitoring Team reports."
    )
    assert clean_text(text).published == date(2025, 6, 1)


@pytest.mark.parametrize(
    ("header", "outlet"),
    [
        ("Euphrates Strategy Group · Research Brief · 14 October 2024", "Euphrates Strategy Group"),
        ("Middle East · 14 October 2024", None),
    ],
)
def test_a_name_heading_a_dated_masthead_is_the_publisher(header: str, outlet: str | None) -> None:
    text = (
        f"Contained, not defeated\n{header}\n"
        "By Karin Holm, Senior Fellow, Levant Security Programme\n\n"
        "The Islamic State is a diminished insurgency rather than a spent force."
    )
    expected = outlet or "Levant Security Programme"
    assert clean_text(text).outlet == expected


def test_a_reading_time_with_a_section_path_is_dropped() -> None:
    text = (
        "Talks stay frozen\n5 MIN READ | Americas > Colombia > Conflict & Peace\n\n"
        "BOGOTÁ, Aug 4 (MNA) — The ELN on Monday rejected a government demand."
    )
    assert clean_text(text).body.startswith("BOGOTÁ, Aug 4 (MNA)")


@pytest.mark.parametrize(
    ("header", "outlet", "published"),
    [
        (
            "Tiau River Institute ▪ Borderlands Paper 6/2025 ▪ Aizawl and Edinburgh ▪ "
            "3 November 2025",
            "Tiau River Institute",
            date(2025, 11, 3),
        ),
        (
            "MITUMBA WIRE SERVICE — Thursday, August 21, 2025 at 4:45 PM CAT",
            "Mitumba Wire Service",
            date(2025, 8, 21),
        ),
        ("Filed 22 Aug 2025 · 16:42 COT | Updated 19:05 COT", None, date(2025, 8, 22)),
        ("Issue 88 ~ Monday 20 October 2025", None, date(2025, 10, 20)),
        # A local time with the same moment in another zone.
        ("Wed 16/07/2025 • 14:47 EAT (11:47 GMT) • Nairobi newsroom", None, date(2025, 7, 16)),
    ],
)
def test_masthead_separators_zones_and_filing_times_still_date_the_story(
    header: str, outlet: str | None, published: date
) -> None:
    text = f"Two councils, one border\n{header}\n\nThe Chin National Army holds Matupi."
    document = clean_text(text)
    assert (document.outlet, document.published) == (outlet, published)
    assert document.body == "The Chin National Army holds Matupi."


@pytest.mark.parametrize(
    "path",
    [
        "Middle East › Syria › Security",
        "Security / Middle East & North Africa / Egypt",
        "Guwahati bureau | South Asia » India » Northeast » Security",
    ],
)
def test_a_section_path_above_the_story_is_dropped_and_the_date_below_still_read(
    path: str,
) -> None:
    text = (
        f"Disbanded on paper\nAMANUS NEWS AGENCY · Antakya bureau\n{path}\n"
        "30 October 2025 · 07:55 GMT · 6 MIN READ\n\n"
        "IDLIB, Syria, Oct 30 (ANA) - Hurras al-Din said it had dissolved itself."
    )
    document = clean_text(text)
    assert document.published == date(2025, 10, 30)
    assert document.body.startswith("IDLIB, Syria")


def test_a_byline_with_an_arabic_particle_names_both_reporters() -> None:
    text = (
        "Kurdish-led forces talk to Damascus\nLevant Wire\n"
        "By Karwan Ismail in Qamishli and Nour al-Khatib in Damascus\n\n"
        "The SDF said on Monday that talks would resume."
    )
    assert clean_text(text).author == "Karwan Ismail and Nour al-Khatib"


def test_a_storys_own_short_capital_subheads_stay_in_the_body() -> None:
    text = (
        "Talks stall in Kunming\nIRRAWADDY WIRE\n\n"
        "The KIA kept up its siege of Bhamo on Tuesday, residents said.\n"
        "AIR STRIKES AND A CONTESTED TOWN\n"
        "Military aircraft bombed positions around the town every day this week.\n"
        "TALKS IN KUNMING\n"
        "Chinese officials hosted both sides in Kunming, the foreign ministry said.\n"
    )
    body = clean_text(text).body.split("\n\n")
    assert "AIR STRIKES AND A CONTESTED TOWN" in body
    assert "TALKS IN KUNMING" in body


def test_a_sentence_repeated_as_its_own_paragraph_is_dropped_once() -> None:
    text = (
        "Sinjar, five years on\n\n"
        "Some two thousand YBS fighters are believed to be on the payroll of the PMF.\n\n"
        "The YBS grew out of the war of 2014. Some two thousand YBS fighters are believed "
        "to be on the payroll of the PMF. Baghdad pays them.\n"
    )
    document = clean_text(text)
    assert document.body.count("Some two thousand") == 1
    assert "The YBS grew out of the war of 2014." in document.body
    assert any(d.reason == "repeats the body" for d in document.dropped)


def test_a_heading_closing_the_page_and_a_framed_end_line_are_no_subheads() -> None:
    text = (
        "Samarra briefing\n\n"
        "OPENING STATEMENT\n\n"
        "The spokesman said the brigades would leave the checkpoints by December.\n\n"
        "QUESTIONS\n\n"
        "A reporter asked whether the ministry pays the brigades.\n\n"
        "— END OF TRANSCRIPT —\n\n"
        "TOPICS AND TIME CODES\n"
    )
    body = clean_text(text).body.split("\n\n")
    assert "OPENING STATEMENT" in body and "QUESTIONS" in body
    assert "— END OF TRANSCRIPT —" not in body
    assert "TOPICS AND TIME CODES" not in body


def test_a_lone_capital_line_between_paragraphs_is_a_teaser() -> None:
    text = (
        "Talks stall in Kunming\n\n"
        "The KIA kept up its siege of Bhamo on Tuesday, residents said.\n"
        "TALIBAN LEADER ORDERS CRACKDOWN ON OPIUM GROWERS\n"
        "Military aircraft bombed positions around the town every day this week.\n"
    )
    assert "TALIBAN" not in clean_text(text).body


def test_one_teaser_repeated_is_no_subhead() -> None:
    text = (
        "Talks stall in Kunming\n\n"
        "The KIA kept up its siege of Bhamo on Tuesday, residents said.\n"
        "TALIBAN NAME NEW GOVERNOR FOR KUNAR\n"
        "Military aircraft bombed positions around the town every day this week.\n"
        "TALIBAN NAME NEW GOVERNOR FOR KUNAR\n"
    )
    assert "TALIBAN" not in clean_text(text).body


@pytest.mark.parametrize(
    ("header", "outlet", "author", "published"),
    [
        (
            "DARIAL WIRE | Makhachkala bureau\nZarina Gadzhieva in Makhachkala and Pavel Orlov "
            "in Moscow\nJune 23, 2025 · 09:30 MSK · 7 MIN READ",
            "Darial Wire",
            "Zarina Gadzhieva and Pavel Orlov",
            date(2025, 6, 23),
        ),
        (
            "Nam Hka Policy Institute / Upland Asia Brief No. 17 / Chiang Rai and Singapore / "
            "14 November 2025\nPrepared by Sai Lon Hseng, Visiting Fellow, and Ingrid "
            "Matthiesen-Roy, Head, Myanmar Borderlands Team",
            "Nam Hka Policy Institute",
            "Sai Lon Hseng",
            date(2025, 11, 14),
        ),
        (
            "NUGAAL NOTES // Somaliland, Puntland and the Somali north in the week's press\n"
            "Edition 51 // Friday 22 August 2025\n"
            "Compiled in Nairobi by Hodan Warsame and Peter Ochieng // 7-minute read",
            "Nugaal Notes",
            "Hodan Warsame and Peter Ochieng",
            date(2025, 8, 22),
        ),
    ],
)
def test_slash_separated_mastheads_and_bylines_without_by_are_read(
    header: str, outlet: str, author: str, published: date
) -> None:
    text = f"Two councils, one border\n{header}\n\nThe Chin National Army holds Matupi."
    document = clean_text(text)
    assert (document.outlet, document.author, document.published) == (outlet, author, published)
    assert document.body == "The Chin National Army holds Matupi."


@pytest.mark.parametrize(
    ("header", "outlet", "author", "published"),
    [
        ("KESTREL WIRE :: Africa :: 12 March 2025", "Kestrel Wire", None, date(2025, 3, 12)),
        (
            "Kestrel Wire > Africa > Security\n12 March 2025",
            "Kestrel Wire",
            None,
            date(2025, 3, 12),
        ),
        (
            "By Amina Yusuf, Kestrel Wire correspondent\n12 March 2025, 14:05 WAT",
            "Kestrel Wire",
            "Amina Yusuf",
            date(2025, 3, 12),
        ),
        ("By Amina Yusuf, Senior Analyst", None, "Amina Yusuf", None),
        ("Published 12 March 2025 by Kestrel Wire", "Kestrel Wire", None, date(2025, 3, 12)),
        (
            "Words: Amina Yusuf / Pictures: Tom Baker\nLagos Ledger, 12 March 2025",
            "Lagos Ledger",
            None,
            date(2025, 3, 12),
        ),
    ],
)
def test_more_masthead_and_byline_shapes_are_read(
    header: str, outlet: str | None, author: str | None, published: date | None
) -> None:
    text = f"Title of the story here\n{header}\n\nISWAP fighters attacked Monguno, residents said."
    document = clean_text(text)
    assert (document.outlet, document.author, document.published) == (outlet, author, published)
    assert document.body == "ISWAP fighters attacked Monguno, residents said."


@pytest.mark.parametrize(
    ("header", "outlet", "author", "published"),
    [
        (
            "Americas :: Brazil :: Crime & Courts\nKESTREL WIRE · Portuguese Desk · São Paulo\n"
            "Published 2025-03-12 09:30 (GMT-3) | Updated 11:00\n"
            "Reporting: Ana Souza (Manaus) & João Lima (Belém)\nRead time: approx. 4 minutes",
            "Kestrel Wire",
            "Ana Souza and João Lima",
            date(2025, 3, 12),
        ),
        (
            "Preview: three stories from the border this week\nLAKE CHAD LETTER\n"
            "Monday, March 10, 2025 • Issue 7\nWritten in Maiduguri by Amina Yusuf • about 4 minutes",
            "Lake Chad Letter",
            "Amina Yusuf",
            date(2025, 3, 10),
        ),
        ("By Amina Yusuf • 5 minutes", None, "Amina Yusuf", None),
        ("United Nations\nSecurity Council\n22 July 2024", None, None, date(2024, 7, 22)),
        # A document's symbol or running header above: "Security Council" is no publisher.
        ("S/2025/118\nSecurity Council\n22 July 2024", None, None, date(2024, 7, 22)),
        (
            "United Nations                              S/2025/118\n"
            "Security Council                            Distr.: General\n22 July 2024",
            None,
            None,
            date(2024, 7, 22),
        ),
    ],
)
def test_headers_below_a_preview_or_a_section_path_are_read(
    header: str, outlet: str | None, author: str | None, published: date | None
) -> None:
    text = f"Title of the story here\n{header}\n\nISWAP fighters attacked Monguno, residents said."
    document = clean_text(text)
    assert (document.outlet, document.author, document.published) == (outlet, author, published)
    assert document.body.endswith("ISWAP fighters attacked Monguno, residents said.")


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("© 2025 Sahel Ledger S.A. Republication only under licence.", "Sahel Ledger"),
        ("Copyright © 2024 The Lagos Ledger. All rights reserved.", "The Lagos Ledger"),
        ("© All rights reserved", None),
    ],
)
def test_a_copyright_line_names_the_publisher_no_header_names(
    footer: str, outlet: str | None
) -> None:
    text = (
        f"Title of the story here\n\nISWAP fighters attacked Monguno, residents said.\n\n{footer}"
    )
    document = clean_text(text)
    assert document.outlet == outlet
    assert document.body == "ISWAP fighters attacked Monguno, residents said."


def test_a_publishers_name_in_capitals_over_its_tagline_is_not_the_title() -> None:
    text = (
        "ledger.example ▸ roundups ▸ sahel\nSAHEL LEDGER | The region's reporting, sorted\n"
        "THE SUNDAY ROUNDUP\nWhere did the volunteers go?\n\n"
        "1 | THE RECRUITERS\n\nJNIM fighters attacked Djibo, residents said.\n\n"
        "2 | THE RETURN\n\nISWAP fighters attacked Monguno, residents said."
    )
    document = clean_text(text)
    assert (document.title, document.outlet) == ("Where did the volunteers go?", "Sahel Ledger")
    assert document.body.startswith("1 | THE RECRUITERS\n\nJNIM fighters")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16.IX.2025", date(2025, 9, 16)),
        ("1.XII.2024", date(2024, 12, 1)),
        ("3.VIII.2025, 18:40", date(2025, 8, 3)),
        ("31.II.2025", None),  # no such day
    ],
)
def test_a_month_in_roman_numerals_dates_a_piece(text: str, expected: date | None) -> None:
    assert parse_date(text) == expected


WIRE_TAKES = (
    "ZCZC KSW0412 2 PRI/SOM 980 words\n"
    "EMBARGOED -- not for publication before 0300 GMT on Tue 21-10-2025\n"
    "KESTREL WIRE SERVICE -- Somalia desk -- slug: SOMALIA/SHABAAB\n"
    "UPDATE 2: adds army statement (para 9)\n"
    "Al-Shabaab tightens its hold on the Shabelle\n"
    "Filed by Amina Yusuf in Mogadishu; additional reporting by Tom Baker in Nairobi\n\n"
    "MOGADISHU, Oct 21 (KSW) — Al-Shabaab fighters attacked Balcad, residents said.\n\n"
    "MORE\n"
    'KSW0412 SOMALIA/SHABAAB -- take 2 of 2 -- xxx picks up after "residents said."\n\n'
    "The army said it had retaken the town.\n\n"
    "KSW ay/tb 210300 GMT OCT 25\nNNNN"
)
MONITORED = (
    "GREAT LAKES MEDIA MONITORING ~ broadcast transcripts ~ Central Africa desk\n"
    "ITEM      GLMM-KIV/251014/07  ~  routine  ~  1,090 words\n"
    "LANGUAGE  Kiswahili\n"
    "AIRED     1630 gmt 14 Oct 25 (18.30 Goma time)\n"
    "DR Congo: radio says militia wings trade charges\n"
    "Text of report by Congolese community station Radio Kivu Mwangaza on 14 October\n\n"
    "[Music]\n\n"
    "PRESENTER: The NDC-R holds Pinga, residents say.\n\n"
    "[passage omitted: school fees]\n\n"
    "Source: Radio Kivu Mwangaza, Walikale, in Kiswahili 1630 gmt 14 Oct 25\n"
    "GLMM kiv/nk  nk/pl  142011 gmt Oct 25\n"
    "(c) Great Lakes Media Monitoring 2025 - for subscribers' internal use only."
)
NEWSLETTER_ISSUE = (
    "Trouble reading this email? View in browser ⟶\n\n"
    "No. 212 ▪ THE SULU SEA MONITOR ▪ a weekly letter on Mindanao's armed groups\n\n"
    "Fri 21.11.25 ▪ by Tessa Lumabao, in Iligan City ▪ 9-minute read ▪ Listen instead\n\n"
    "Hello from a wet Iligan, and welcome to everyone who found us last week.\n\n"
    "The army says Dawlah Islamiyah has fewer than 30 armed men.\n\n"
    "A WORD FROM THIS WEEK'S SPONSOR\n\n"
    "Kalinaw Transcripts turns Maranao audio into English text within 48 hours.\n\n"
    "Book a trial hour →\n\n"
    "The MILF denies sheltering anyone.\n\n"
    "Ingat kayo, and see you next Friday,\n\n"
    "P.S. Next week: the New People's Army on Negros."
)


@pytest.mark.parametrize(
    ("text", "title", "outlet", "author", "published", "body"),
    [
        (
            WIRE_TAKES,
            "Al-Shabaab tightens its hold on the Shabelle",
            "Kestrel Wire Service",
            "Amina Yusuf",
            date(2025, 10, 21),
            "MOGADISHU, Oct 21 (KSW) — Al-Shabaab fighters attacked Balcad, residents said."
            "\n\nThe army said it had retaken the town.",
        ),
        (
            MONITORED,
            "DR Congo: radio says militia wings trade charges",
            "Radio Kivu Mwangaza",
            None,
            date(2025, 10, 14),
            "PRESENTER: The NDC-R holds Pinga, residents say.",
        ),
        (
            "# Eight years after Marawi\n\n" + NEWSLETTER_ISSUE,
            "Eight years after Marawi",
            "The Sulu Sea Monitor",
            "Tessa Lumabao",
            date(2025, 11, 21),
            "The army says Dawlah Islamiyah has fewer than 30 armed men.\n\n"
            "The MILF denies sheltering anyone.",
        ),
    ],
)
def test_teleprinter_takes_monitoring_transcripts_and_letters_keep_only_the_story(
    text: str, title: str, outlet: str, author: str | None, published: date, body: str
) -> None:
    document = clean_markdown(text) if text.startswith("# ") else clean_text(text)
    assert (document.title, document.outlet, document.author) == (title, outlet, author)
    assert (document.published, document.body) == (published, body)


def test_a_name_in_capitals_the_text_writes_in_title_case_is_the_outlet() -> None:
    text = (
        "CONTESTED GROUND\nA weekly podcast about wars\n\n"
        "REBECCA: Welcome to Contested Ground. ISWAP fighters attacked Monguno."
    )
    document = clean_text(text)
    assert document.outlet == "Contested Ground"
    assert document.title != "CONTESTED GROUND"
    assert "CONTESTED GROUND" not in document.body


def test_an_office_in_capitals_under_a_site_banner_is_the_outlet_not_the_title() -> None:
    text = (
        "An official website of the United States Government\nSkip to main content\n"
        "U.S. DEPARTMENT OF THE TREASURY\nPRESS RELEASES\nSB0319\n"
        "Treasury Sanctions Financiers of a Militia\n\n"
        "WASHINGTON - Today, the U.S. Department of the Treasury is sanctioning three men."
    )
    document = clean_text(text)
    assert (document.title, document.outlet) == (
        "Treasury Sanctions Financiers of a Militia",
        "U.S. Department of the Treasury",
    )
    assert document.body.startswith("WASHINGTON")


HEARING = (
    "House of Commons\nInternational Development Committee\n"
    "Inquiry: The Rohingya crisis eight years on\n"
    "Oral evidence: Armed groups in the camps, HC 1187\nTuesday 18 November 2025\n\n"
    "Members present: Catherine Aldous (Chair); Tom Brierley.\n\n"
    "Witnesses: Dr Sameena Farooqui and Dr Niall Hargreaves.\n\n"
    "Q1 Chair: Good morning. Who holds the border?\n\n"
    "Dr Hargreaves: The Arakan Army holds Maungdaw.\n\n"
    "Q2 Tom Brierley: And the camps?\n\n"
    "Dr Farooqui: The RSO recruits in the camps.\n\n"
    "Sitting suspended for a Division in the House.\n\n"
    "On resuming—\n\n"
    "Q3 Chair: Thank you.\n\n"
    "Parliamentary copyright 2025. This transcript may be reused under the Open "
    "Parliament Licence."
)


def test_a_hearings_rubric_and_procedural_notes_are_not_evidence() -> None:
    document = clean_text(HEARING)
    assert document.title == "Oral evidence: Armed groups in the camps, HC 1187"
    assert document.published == date(2025, 11, 18)
    assert document.body.startswith("Q1 Chair: Good morning.")
    assert document.body.endswith("Q3 Chair: Thank you.")
    assert "suspended" not in document.body and "resuming" not in document.body
    dropped = {d.line for d in document.dropped}
    assert "Witnesses: Dr Sameena Farooqui and Dr Niall Hargreaves." in dropped


def test_without_numbered_questions_the_opening_lines_stay() -> None:
    text = HEARING.replace("Q1 Chair", "Chair").replace("Q2 Tom", "Tom")
    assert "Members present" in clean_text(text).body


MAIL = (
    "From: Tyrrhenian Watch <letter@tyrrhenianwatch.example>\n"
    "To: subscribers@lists.tyrrhenianwatch.example\n"
    "Subject: A truce offer and a tally of fires\n"
    "Date: Fri, 14 Nov 2025 06:30:12 +0100\n\n"
    "The FLNC says it will suspend its armed actions while the autonomy bill is debated.\n\n"
    "SPONSORED\n"
    "Sending staff to the islands this winter? We brief them before they land.\n"
    "Readers get their first briefing free with the code TW147.\n\n"
    "Investigators put the FLNC's active core at a few dozen militants."
)


def test_an_exported_emails_header_gives_title_sender_and_date() -> None:
    document = clean_text(MAIL)
    assert (document.title, document.outlet) == (
        "A truce offer and a tally of fires",
        "Tyrrhenian Watch",
    )
    assert document.published == date(2025, 11, 14)
    assert document.body.startswith("The FLNC says")
    assert "briefing" not in document.body and "staff" not in document.body
    assert document.body.endswith("a few dozen militants.")


PAPER = (
    "Neither party nor cartel? The MPCP and the cocaine economy of the VRAEM\n\n"
    "Mariela Ccorahua Gutiérrez¹ and Thomas Ashdown²\n\n"
    "¹ Visiting Fellow, Centre for Armed Groups and Illicit Economies (CAGIE), University of "
    "Northmere\n"
    "² Senior Lecturer in Latin American Politics, University of Northmere\n\n"
    "CAGIE Working Paper No. 2025/11 · November 2025\n\n"
    "The MPCP still fields a guerrilla column of about 300 fighters in the VRAEM."
)


def test_a_working_papers_title_block_gives_publisher_authors_and_date() -> None:
    document = clean_text(PAPER)
    assert document.outlet == "Centre for Armed Groups and Illicit Economies"
    assert document.author == "Mariela Ccorahua Gutiérrez; Thomas Ashdown"
    assert document.published == date(2025, 11, 1)
    assert (
        document.body
        == "The MPCP still fields a guerrilla column of about 300 fighters in the VRAEM."
    )


def test_a_written_answers_form_is_dropped_and_its_minister_is_the_author() -> None:
    page = (
        "Asked by: Tahir Ansari (Labour - Bradford Moorside)\n\nQuestion\n\n"
        "To ask the Foreign Secretary, what assessment she has made of the BLA.\n\n"
        "Answered on 3 November 2025\n\nAnswered by: Rachel Ashby (Labour - Calder and Holme)\n\n"
        "Parliamentary Under-Secretary of State (Foreign Office)\n\nAnswer\n\n"
        "The Government condemns the attack on the Jaffar Express.\n\n"
        "This question was answered on 3 November 2025."
    )
    document = clean_text(page, title="Balochistan: Terrorism")
    assert document.author == "Rachel Ashby"
    assert document.body == (
        "To ask the Foreign Secretary, what assessment she has made of the BLA.\n\n"
        "The Government condemns the attack on the Jaffar Express."
    )
    assert {d.reason for d in document.dropped} == {"question form", "answerer"}


def test_a_dateline_may_name_where_it_was_filed_and_when_revised() -> None:
    page = f"Thursday 25.09.2025, 06:40 in Bujumbura (UTC+2) — revised 14:20\n{BODY[0]}"
    document = clean_text(page, title="Youth league or militia?")
    assert (document.published, document.body) == (date(2025, 9, 25), BODY[0])


def test_dates_heading_a_timelines_entries_are_body() -> None:
    entries = "\n".join(
        f"{day}\nFano forces fought the army near Gondar, residents said.{n}"
        for n, day in enumerate(["6 April 2023", "August 2023", "4 August 2023"])
    )
    page = f"3 November 2025\nThe insurgency has spread across Amhara since 2023.\n{entries}"
    document = clean_text(page, title="Timeline: how the Fano insurgency spread")
    assert document.published == date(2025, 11, 3)
    assert document.body.split("\n\n")[1:3] == [
        "6 April 2023",
        "Fano forces fought the army near Gondar, residents said.0",
    ]


def test_a_pull_quote_and_its_credit_are_furniture() -> None:
    body = (
        "Few specialists believe the drones were launched from the island. “Those drones did "
        "not fly from Manama,” said Elin Marsh, who studies Iran's partner forces."
    )
    page = (
        f"{body}\n\n“Those drones did not fly from Manama.”\n\n"
        "Elin Marsh, Kingsbridge Centre for Gulf Security\n\nThe ministry disagrees."
    )
    document = clean_text(page, title="The exiles' war")
    assert document.body == f"{body}\n\nThe ministry disagrees."
    assert [d.reason for d in document.dropped] == ["pull quote", "pull quote"]


JUDGMENT = (
    "IN THE UPPER TRIBUNAL\nIMMIGRATION AND ASYLUM CHAMBER\n\nAppeal Number: UI-2025-002417\n\n"
    "Before:\nUPPER TRIBUNAL JUDGE BEALE\n\nBetween\n\nAB (IRAN)\nAppellant\n\nand\n\n"
    "THE SECRETARY OF STATE FOR THE HOME DEPARTMENT\nRespondent\n\n"
    "For the Respondent: Mr T Okafor, Senior Home Office Presenting Officer\n\n"
    "DECISION AND REASONS\n\nIntroduction\n\n"
    "1. The appellant appeals against the refusal of his protection claim.\n\n"
    "2. I find that the armed wing probably numbers fewer than four hundred men.\n\n"
    "Signed: C Beale\nCatriona Beale\nJudge of the Upper Tribunal\n3 November 2025\n\n"
    "© Crown copyright 2025\n"
    "Published under the Open Government Licence v3.0. Decisions are reproduced as issued."
)


def test_a_judgments_caption_and_signature_are_dropped_and_the_judge_is_its_author() -> None:
    document = clean_text(JUDGMENT, title="AB (Iran) v Secretary of State")
    assert document.body == (
        "Introduction\n\n"
        "1. The appellant appeals against the refusal of his protection claim.\n\n"
        "2. I find that the armed wing probably numbers fewer than four hundred men."
    )
    assert (document.author, document.published) == ("Catriona Beale", date(2025, 11, 3))
    assert document.outlet is None  # "Crown copyright" names no publisher
    reasons = {d.line: d.reason for d in document.dropped}
    assert reasons["Respondent"] == "court caption"
    assert reasons["Judge of the Upper Tribunal"] == "signature"
    assert reasons[JUDGMENT.splitlines()[-1]] == "footer"


@pytest.mark.parametrize(
    ("head", "author"),
    [
        ("STATEMENT OF DR. EVELYN SADOWSKI", "Evelyn Sadowski"),
        ("Prepared Testimony of Ambassador Jane Roe Okafor", "Jane Roe Okafor"),
    ],
)
def test_a_witness_statements_head_is_dropped_and_the_witness_is_its_author(
    head: str, author: str
) -> None:
    page = (
        "You are here: Hearings > Subcommittee on the Middle East, North Africa, and "
        "Counterterrorism > Witness testimony\n\n"
        f"{head}\nSenior Fellow, Levant Security Program\n\nbefore the\n"
        "Committee on Foreign Affairs\nNovember 19, 2025\n\n"
        f"{BODY[0]}\n\n{BODY[1]}"
    )
    document = clean_text(page, title="Hamas after the ceasefire")
    assert document.body.split("\n\n") == [BODY[0], BODY[1]]
    assert (document.author, document.published) == (author, date(2025, 11, 19))
    reasons = {d.line: d.reason for d in document.dropped}
    assert reasons["Committee on Foreign Affairs"] == "witness"
    assert reasons[page.splitlines()[0]] == "section path"


def test_a_statement_told_in_prose_opens_no_witness_head() -> None:
    page = f"Statement of the obvious follows below, in plain words for all.\n\n{BODY[0]}"
    assert clean_text(page, title="A note").author is None


def _report_page(number: int, lines: list[str]) -> str:
    """One printed page of an annual report, its heads and feet as copied with it."""
    foot = f"{number} | Korvane Gold plc" if number % 2 == 0 else f"Annual Report 2024 | {number}"
    return "\n".join(
        [
            "Korvane Gold plc | Annual Report 2024",
            "Strategic report   Governance   Financial statements",
            "Principal risks continued",
            "",
            *lines,
            "",
            foot,
            "",
        ]
    )


def test_a_reports_running_heads_are_dropped_and_its_sentences_read_over_the_page() -> None:
    page = "\n".join(
        [
            _report_page(46, ["Mitigation", "JNIM has between 5,000 and 6,000 fighters in", "the"]),
            _report_page(47, ["Sahel. The crisis team met eleven times.", "", "Mitigation"]),
            _report_page(48, ["Each convoy travels under army escort."]),
        ]
    )
    document = clean_text(page, title="Principal risks")
    assert document.body.split("\n\n") == [
        "Mitigation",
        "JNIM has between 5,000 and 6,000 fighters in the Sahel. The crisis team met eleven times.",
        "Mitigation",
        "Each convoy travels under army escort.",
    ]
    assert document.outlet == "Korvane Gold plc"
    reasons = {d.line: d.reason for d in document.dropped}
    assert reasons["Annual Report 2024 | 47"] == "running header"


def test_a_courts_filing_stamp_on_every_page_is_a_running_head() -> None:
    stamp = "Case 1:25-cr-00211-RMD     Document 1     Filed 09/10/25     Page {} of 3"
    page = "\n\n".join(
        [stamp.format(1), BODY[0], stamp.format(2), BODY[1], stamp.format(3), BODY[2]]
    )
    document = clean_text(page, title="Indictment")
    assert document.body.split("\n\n") == BODY[:3]
    assert {d.reason for d in document.dropped} == {"running header"}


def test_a_heading_said_again_on_each_page_is_no_running_head() -> None:
    page = "\n\n".join(["Mitigation", BODY[0], "Mitigation", BODY[1], "Mitigation", BODY[2]])
    assert clean_text(page, title="Risks").body.split("\n\n")[0] == "Mitigation"


def test_without_parties_a_decision_heading_opens_no_caption() -> None:
    page = f"{BODY[0]}\n\nDECISION AND REASONS\n\n{BODY[1]}\n\nSigned: the editors\n{BODY[2]}"
    document = clean_text(page, title="A decision")
    assert document.body.split("\n\n") == [BODY[0], BODY[1], "Signed: the editors", BODY[2]]
    assert document.author is None


def test_a_speech_pages_furniture_is_dropped() -> None:
    page = (
        "Keynote address · Annual Conference on Diaspora and Security 2025\n\n"
        "The Rennick Hall, Whitcombe Institute, 9 Tothill Place, London SW1P 3AX\n\n"
        "Speaker: Graham Pellew QPM, Senior Fellow, Whitcombe Institute\n\n"
        "REMARKS AS DELIVERED\n\n"
        "Check against delivery. Where the speaker departed from his text, we follow the tape.\n\n"
        f"{BODY[0]}\n\nQUESTIONS FROM THE FLOOR\n\n"
        "Chair: Thank you, Graham, we have time for one question.\n\n"
        "Video of this keynote: https://www.whitcombe.example/keynote/video\n\n"
        "Related transcripts\n\nKeynote address by Dame Alison Truell, Annual Conference 2024"
    )
    document = clean_text(page, title="Grenades and gangs")
    assert document.body.split("\n\n") == [
        BODY[0],
        "Chair: Thank you, Graham, we have time for one question.",  # a turn, not a rubric
    ]


def test_a_press_reviews_items_are_posts_of_the_papers_they_summarise() -> None:
    text = (
        "RAVENSTONE MEDIA MONITORING | Middle East Desk\nIRAQ PRESS REVIEW\n"
        "Tuesday, 18 November 2025 | Issue No. 2,206\n\n"
        'AL-SHURFA (independent, Baghdad), 17 Nov: "Faction lists gain ground"\n'
        "The paper reports that lists tied to armed factions won more seats.\n\n"
        'MOSUL AL-JADIDA (daily, Mosul), 16 Nov: "Brigades on the plains"\n'
        "The paper reports that the 30th Brigade still mans the checkpoints.\n\n"
        "AL-NIDA' (Tikrit), 17 Nov: \"Salahuddin's factions\"\n"
        "The paper reports that Asaib Ahl al-Haq keeps fighters around Baiji.\n\n"
        "SAWT DIYALA, 16 Nov: Badr now holds the governor's office."
    )
    document = clean_text(text)
    assert [(p.author, p.kind) for p in document.posts] == [
        ("Al-Shurfa", "outlet"),
        ("Mosul al-Jadida", "outlet"),
        ("Al-Nida'", "outlet"),
        ("Sawt Diyala", "outlet"),
    ]
    assert document.body[document.posts[1].start :].startswith("MOSUL AL-JADIDA")


def test_a_story_quoting_one_paper_has_no_posts() -> None:
    text = (
        "Baghdad papers were divided on Monday.\n\n"
        "AL-SHURFA (independent, Baghdad), 17 Nov: the paper said the factions gained."
    )
    assert clean_text(text).posts == ()


CAPTIONS = """Panel: what became of the BLO? | Live Panel
Atalaya Security Studies
Panelists:
Dr. Mariana Escalante - researcher, Cuernavaca
Alejandro Ruelas - former federal prosecutor

Transcript
0:00 [Music]
0:09 Good evening. So, Mariana, let's
0:12 start in 2008.
From the 2008 split
0:15 >> Thanks. In January 2008 Alfredo
0:18 Beltran Leyva is arrested in Culiacan.
0:21 >> And Morelos?
0:24 >> Guerreros Unidos and Los
0:27 Rojos both have cells in Cuernavaca.
0:30 >> Alejandro, how big is the BLO?
0:33 >> A few hundred people,
0:36 not more.
0:39 [Applause]
"""


def test_a_videos_timed_captions_are_joined_into_turns_with_their_speakers() -> None:
    document = clean_text(CAPTIONS)
    paragraphs = document.body.split("\n\n")
    assert paragraphs[-6:] == [
        "Good evening. So, Mariana, let's start in 2008.",
        "Thanks. In January 2008 Alfredo Beltran Leyva is arrested in Culiacan.",
        "And Morelos?",
        "Guerreros Unidos and Los Rojos both have cells in Cuernavaca.",
        "Alejandro, how big is the BLO?",
        "A few hundred people, not more.",
    ]
    speakers = [(p.author, document.body[p.start :][:8]) for p in document.posts]
    assert ("Mariana Escalante", "Thanks. ") in speakers
    assert ("Mariana Escalante", "Guerrero") in speakers  # the follow-up goes to her
    assert ("Alejandro Ruelas", "A few hu") in speakers
    reasons = {d.line: d.reason for d in document.dropped}
    assert reasons["0:00 [Music]"] == "caption sound"
    assert reasons["From the 2008 split"] == "chapter title"


def test_a_replys_quotation_of_the_earlier_message_is_no_part_of_it() -> None:
    text = (
        "From: Barrowmere Risk Partners <alerts@barrowmere.example>\n"
        "Date: Thu, 13 Nov 2025 16:05:44 +0300\n"
        "Subject: EDF holds its ground in north-eastern Tigray\n"
        "Importance: High\n\n"
        "EDF units remain in Irob and around Zalambessa, local officials say.\n\n"
        "-----Original Message-----\n"
        "From: Barrowmere Risk Partners <alerts@barrowmere.example>\n"
        "Subject: Addis letter to UN\n\n"
        "Eritrea's information ministry rejects the letter."
    )
    document = clean_text(text)
    assert document.body == "EDF units remain in Irob and around Zalambessa, local officials say."
    reasons = {d.line: d.reason for d in document.dropped}
    assert reasons["Importance: High"] == "mail header"
    assert reasons["Eritrea's information ministry rejects the letter."] == "quoted message"


_ADVISORY = (
    "In week {n} the Houthi movement remained the main threat to ships off\n"
    "Yemen and Eritrea. The group sank two bulk carriers off Hodeidah and\n"
    "Mocha in early July, and on 27 July it declared that ships calling at\n"
    "Israeli ports would be targets wherever they sailed.\n"
)


def test_a_text_wrapped_at_a_fixed_width_is_unwrapped_into_its_paragraphs() -> None:
    text = "Maritime security advisory 25-041\n\n" + "\n".join(
        _ADVISORY.format(n=n) for n in range(1, 7)
    )
    paragraphs = clean_text(text).body.split("\n\n")
    assert len(paragraphs) == 6
    assert "threat to ships off Yemen and Eritrea." in paragraphs[0]
    assert "calling at Israeli ports" in paragraphs[5]


def test_a_list_of_short_unpunctuated_items_is_not_taken_for_a_wrapped_text() -> None:
    items = [f"- Houthi drone boats seen at Salif and Ras Isa in week {n}" for n in range(25)]
    body = clean_text("\n".join(items)).body
    assert "week 0 Houthi" not in body and "week 0 - Houthi" not in body
