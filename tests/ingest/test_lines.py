"""Line rules: furniture is named, prose is never furniture."""

from __future__ import annotations

import pytest

from claimgraph.ingest.lines import furniture_reason, is_prose

FURNITURE = [
    ("Views 2K", "counter"),
    ("7", "counter"),
    ("1,204 views", "counter"),
    ("Shares: 310", "counter"),
    ("4 min read", "counter"),
    ("Reading time ≈ 13 min ░ Also in: العربية · Français ░ PDF, 1.2 MB", "link bar"),
    ("Keywords: Libya; Misrata; Zintan; armed groups; security sector reform", "tags"),
    ("— 11 —", "counter"),
    ("CONTENTS", "document furniture"),
    ('"TLP" redirects here. For the 2017 protest, see Faizabad sit-in.', "wiki furniture"),
    ("For the 2017 protest in Islamabad, see Faizabad sit-in.", "wiki furniture"),
    ("This article is about a current event. Information may change rapidly.", "wiki furniture"),
    ("Main article: Faizabad sit-in", "wiki furniture"),
    (
        "* Correction, 25 September 2025, 14:20: an earlier version of this article said "
        "the researchers interviewed 39 people. They interviewed 37.",
        "correction note",
    ),
    (
        "This timeline was first published on 3 November 2025 and was last updated on 6 "
        "November to add the government's response.",
        "update note",
    ),
    ("Further information: 2025 Muridke operation", "wiki furniture"),
    (
        "Text is available under the Creative Commons Attribution-ShareAlike License.",
        "wiki furniture",
    ),
    (
        "   2  Dan Na Ambassagou: a militia the state never dissolved ...... 11",
        "document furniture",
    ),
    ("[Excerpt reproduced here: chapters 2 and 3 (pp. 11-13)]", "document furniture"),
    ("Country report · MALI · November 2025 · Ref. SRW/ML/2025-04 · 36 pp.", "link bar"),
    (
        "Hunters, Jihadists and the State                                      Sahel Rights Watch",
        "running header",
    ),
    ("TALIBAN LEADER ORDERS CRACKDOWN ON OPIUM GROWERS", "promo headline"),
    ("WATCH: Taliban fighters parade through Kandahar", "promo link"),
    ("READ MORE: Pentagon says drone strike killed senior militant", "promo link"),
    ("Read the full story: gulfcourier.example/diplomacy/doha-talks-stall", "promo link"),
    ("FULL STORY: kivuswire.example/analysis/wazalendo", "promo link"),
    ("SPONSORED: Armoured SUVs with trained drivers. Ask for a quote.", "promo link"),
    ("View this email in your browser", "newsletter prompt"),
    ("Was this forwarded to you? Subscribe to the Sierra Madre Briefing.", "newsletter prompt"),
    ("You are receiving this email because you signed up at example.org.", "newsletter prompt"),
    ("Unsubscribe | Change how often you hear from us", "newsletter prompt"),
    ("Curated by Lívia Prado and the Briefing desk * 7 min read", "credit line"),
    ("Read and summarised in Tallinn by Kadri Org and Pavel Lind · 9 min", "credit line"),
    ("~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~", "ui glyph"),
    (".:.:.:.:.:.:.:.:.:.:.:.:.:.:.:.:", "ui glyph"),
    ("Follow Irrawaddy Wire on X and WhatsApp", "newsletter prompt"),
    ("Get Alboran Wire alerts on Telegram and X for news from the Maghreb", "newsletter prompt"),
    ("Get Citadel Dispatch in your inbox every morning. No spin, no fluff.", "newsletter prompt"),
    ("Did a colleague forward this? Subscribe to the Seym Letter.", "newsletter prompt"),
    ("Know someone who follows the Great Lakes? Forward the Briefing.", "newsletter prompt"),
    ("Newsletter: get our fortnightly Iraq brief by email.", "newsletter prompt"),
    ("Your email address", "newsletter prompt"),
    ("Put together in Kampala by Amna Idris and Deng Kuol | about 8 minutes", "credit line"),
    ("Authors: Ana Lucía Quiñones Rengifo, Senior Researcher", "credit line"),
    (
        "The Kaladan Policy Centre is an independent research group working on Myanmar's "
        "western borderlands. The views are the authors' own.",
        "disclaimer",
    ),
    ('Cite as: Hnamte, L., "Two councils, one border", Borderlands Paper 6/2025.', "disclaimer"),
    ("Questions and corrections: research@larnacaforum.example", "disclaimer"),
    ("Middle East / Lebanon / Refugees & Security · 7 MIN READ", "section path"),
    (
        "— Reporting by Juliana Ospina Restrepo in Bogotá; additional reporting by Ingrid Solberg",
        "credit line",
    ),
    ("Trouble reading this? Open the web version", "newsletter prompt"),
    ("Enjoying the Briefing? Forward it to a colleague.", "newsletter prompt"),
    ("Get the FRONTLINE DIGEST morning briefing. No spin, no filter.", "newsletter prompt"),
    ("RELATED: Pakistan closes Torkham crossing", "promo link"),
    ("Watch: the parade in full", "promo link"),
    ("Taliban fighters patrol Kabul street_image", "image token"),
    ("commanders-meeting-2023.jpg", "image token"),
    ("Advertisement", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("Sign up for our daily briefing", "newsletter prompt"),
    ("Subscribe to The Sentinel for the latest news", "newsletter prompt"),
    (
        "Sign up for our FREE newsletter and get the stories the mainstream media won't touch.",
        "newsletter prompt",
    ),
    ("Share  Tweet  Email", "share buttons"),
    ("Share on Facebook", "share buttons"),
    ("X", "ui glyph"),
    ("»", "ui glyph"),
    ("We use cookies to improve your experience. Accept to continue.", "cookie banner"),
    ("This website uses only technically necessary cookies. More information", "cookie banner"),
    (
        "← Chapter 5: Jihadist networks in the Western Balkans · Table of contents · "
        "Chapter 7: Right-wing violent extremism →",
        "link bar",
    ),
    ("Accept all", "cookie banner"),
    ("© 2024 Frontline Dispatch. All rights reserved.", "footer"),
    ("Tags: Afghanistan, Taliban, ISIS-K", "tags"),
    ("Photo: Global Wire Service", "photo credit"),
    ("Related stories", "related links header"),
    ("Listen to this article - 4 min", "advertisement"),
    ("Don't miss a story. Join our readers who get the news in their inbox.", "newsletter prompt"),
    ("Download the full report (PDF, 2 MB)", "newsletter prompt"),
    ("© Sahel Wire 2022. All rights reserved.", "footer"),
    ("Lakeside Institute · Nairobi · All rights reserved", "footer"),
    ("About the Lakeside Institute: an independent research centre in Nairobi.", "disclaimer"),
    ("The centre publishes independent analysis. Views are the author's own.", "disclaimer"),
    ("Daily Ledger is reader-funded. Support our journalism.", "disclaimer"),
    ("This article was updated on 3 May to correct a name.", "disclaimer"),
    ("More from Indus Wire: Floods | Markets", "promo link"),
    ("Americas :: Brazil :: Crime & Courts", "section path"),
    ("Africa > Sahel > Security", "section path"),
    (
        "Home › Sanctions › ISIL (Da'esh) & Al-Qaida Sanctions Committee › Narrative summaries",
        "section path",
    ),
    ("Read time: approx. 4 minutes", "counter"),
    ("Reading time: about 9 minutes", "counter"),
    ("A word from this week's sponsor: language lessons for reporters.", "advertisement"),
    ("Reading this in your inbox? Open it on the web: example.org/12", "newsletter prompt"),
    ("Follow the Institute: X · Bluesky · Mastodon", "newsletter prompt"),
    ("Downloads → PDF, 12 pages, French summary", "newsletter prompt"),
    ("Get Kestrel headlines on Telegram: search for Kestrel Wire", "newsletter prompt"),
    ("How to cite this paper: Doe, J., Sahel Paper 4, Niger Bend Institute, 2025.", "disclaimer"),
    ("Back to top ↑", "ui glyph"),
    ("EFE mrc/jl", "wire sign-off"),
    ("Good evening, and thanks for reading.", "greeting"),
    (
        "Also in Roundups: the Houthis' money after the truce (9.III) · Iraq's factions",
        "promo link",
    ),
    ("Selected and summarised by Lina Haddad, editor", "credit line"),
    ("Seen a story we missed? Send it to tips@ledger.example", "disclaimer"),
    ("Republish this analysis free of charge with a link to the original.", "disclaimer"),
    ("Source: amupost.example/en/long-read/fighters", "source link"),
    ("5 stories ▪ 7 outlets ▪ reading time 6 min", "link bar"),
    ("Posted in: Sahel, Security, Mining", "tags"),
    ("ledger.example ▸ roundups ▸ sahel-weekly", "section path"),
    ("United Nations                                          S/2025/118", "running header"),
    ("12/140                                                  25-04411", "running header"),
    ("S/2025/118", "document furniture"),
    ("*2504411*", "document furniture"),
    ("Security ◆ Kasaï-Central ◆ Kamuina Nsapu file", "link bar"),
    ("You are here ⟩ Front page ⟩ Kongo Central ⟩ Security", "section path"),
    ("(Updates with Interior Ministry statement in paragraphs 19-20)", "wire note"),
    ("ENDS", "wire note"),
    (
        "CORRECTION: An earlier version of this story said the hearing was on July 22.",
        "wire note",
    ),
    (
        "Rift Valley Newswire is an independent agency serving newspapers in East Africa.",
        "disclaimer",
    ),
    ("ZCZC KSW0412 2 PRI/SOM 980 words", "wire note"),
    ("NNNN", "wire note"),
    ("MORE", "wire note"),
    ("EMBARGOED -- not for publication before 0300 GMT on Tue 21-10-2025", "wire note"),
    ("UPDATE 2: adds army statement (para 9) and detail on Gode in para 4", "wire note"),
    (
        "EDITOR'S NOTE: KSW is withholding a witness's name. This story moves in two takes.",
        "wire note",
    ),
    ('KSW0412 SOMALIA/SHABAAB -- take 2 of 2 -- xxx picks up after "in the port."', "wire note"),
    ("KSW afg/sh/iw 210300 GMT OCT 25", "wire sign-off"),
    ("GLMM kiv/nk  nk/pl  142011 gmt Oct 25", "wire sign-off"),
    ("Desk contacts: Mogadishu newsdesk / subscriber services", "disclaimer"),
    ("LANGUAGE  Kiswahili; one recorded clip in French", "header field"),
    ("AIRED     1630 gmt 14 Oct 25 (18.30 Goma time)", "header field"),
    ("[Music]", "transcriber's note"),
    ("[passage omitted: announcement on school fees]", "transcriber's note"),
    ("Hello from a wet Iligan, and welcome to everyone who found us last week.", "greeting"),
    ("Ingat kayo, and see you next Friday,", "greeting"),
    ("P.S. Next week: the New People's Army on Negros.", "greeting"),
    ("A WORD FROM THIS WEEK'S SPONSOR", "sponsor"),
    ("Book a trial hour →", "call to action"),
    ("Was this article useful?", "reader poll"),
    ("214 readers have answered", "reader poll"),
    ("📬 Forwarded this by a colleague? The Monitor is free every Friday.", "newsletter prompt"),
    (
        "Posted on the 4th of November 2025 at 7.15am (Bangui, WAT) ⁘ Last updated 11.02am",
        "timestamp",
    ),
    ("Updated 2 min ago", "timestamp"),
    ("1,040 words, about eight minutes", "counter"),
    ("● LIVE", "ui glyph"),
    ("Auto-refresh", "ui glyph"),
    ("📌 Pinned · first posted 07:02 MMT, revised 16:35 MMT", "timestamp"),
    ("Great Lakes ⁄ Burundi ⁄ Rights & Security", "section path"),
    ("Colonel Salih Abbas ............ Directorate of Media (moderator)", "dotted leader"),
    ("00:24:37 .... Questions: relations between the factions", "dotted leader"),
    (
        '[Translator\'s note: "Sayyed" is an honorific; "the Hashd" is the Popular Mobilization '
        "Forces, and the Commission is its administrative body in Baghdad.]",
        "transcriber's note",
    ),
    ("Police emergency line: 104 | Press accreditation: Sunday to Thursday", "field bar"),
    ("Episode 152", "episode furniture"),
    ("Released Thursday, 6 November 2025 · Running time 47:52 · Season 6", "episode furniture"),
    ("ABOUT THIS EPISODE", "episode furniture"),
    ("Guest: Dr Amina Tijjani, senior researcher, Chad Basin Observatory", "episode furniture"),
    ("Content note: this episode includes descriptions of violence.", "episode furniture"),
    (
        "TUNDE: This episode is supported by Fieldnote, the notebook for reporters.",
        "episode furniture",
    ),
    ("Transcripts are auto-generated and lightly edited.", "episode furniture"),
    ("Mentioned in this episode: the Yedseram Policy Centre's report", "episode furniture"),
    ("09:40 Counting fighters on the water", "time-coded index"),
    ("An official website of the United States Government", "site furniture"),
    ("Skip to main content", "site furniture"),
    ("PRESS RELEASES", "site furniture"),
    ("SB0319", "site furniture"),
    ("Tom Lindqvist, Information Management Officer — im@ghcf-sudan.example", "contact line"),
    ("Disagree? Write to letters@tribune.example. Letters may be edited.", "contact line"),
    (
        "The designations used in this report do not imply the expression of any opinion "
        "on the part of the Forum.",
        "disclaimer",
    ),
    ("Click here for more information on the persons designated today.", "site furniture"),
    (
        "U.S. Department of the Treasury, 1500 Pennsylvania Avenue, N.W., Washington, D.C. 20220",
        "site furniture",
    ),
    ("Also available: Arabic audio (MP3, 51 min) | Arabic transcript (PDF)", "link bar"),
    ("Ministry of Interior · Directorate of Public Relations and Media · Baghdad", "link bar"),
    (
        "This translation is provided for the convenience of foreign media. In case of any "
        "difference, the Arabic text prevails.",
        "disclaimer",
    ),
    ("Sitting suspended for a Division in the House.", "procedural note"),
    ("On resuming—", "procedural note"),
    ("Parliamentary copyright 2025. This transcript may be reused under licence.", "footer"),
    ("Legal provisions (excerpts)", "statute excerpt"),
    (
        "Section 129a of the Criminal Code (Forming terrorist organisations): Anyone who "
        "founds an organisation whose aims are directed at committing murder shall be punished.",
        "statute excerpt",
    ),
    (
        "Unofficial translation provided by the press office. Only the German version of this "
        "press release is authoritative.",
        "disclaimer",
    ),
    ("Press enquiries", "disclaimer"),
    ("Dr. Henrike Voß, Judge at the Higher Regional Court, press spokesperson", "disclaimer"),
    (
        "This Flash Update is produced by OCHA DRC with contributions from humanitarian "
        "partners in Ituri.",
        "disclaimer",
    ),
    ("For further information, please contact:", "disclaimer"),
    (
        "The names and boundaries used in this report do not imply official endorsement or "
        "acceptance by the United Nations.",
        "disclaimer",
    ),
    (
        "This interview was conducted by video call on 21 October. It has been edited for "
        "length and clarity.",
        "disclaimer",
    ),
    (
        "Rubab Hamdani in her office in Islamabad. Photo: Ayesha Rind for Borderland Review",
        "photo credit",
    ),
    ("Hello from the Vieux-Port,", "greeting"),
    ("Issue No. 147 | Friday 14 November 2025 | Edited in Marseille by Hélène Vidal", "link bar"),
    ("Issue No. 147", "episode furniture"),
    ("Forward to a friend: https://tyrrhenianwatch.example/forward?issue=147", "newsletter prompt"),
    ("Tyrrhenian Watch, 27 rue de la République, 13002 Marseille, France", "site furniture"),
    ("SPONSORED", "sponsor"),
    (
        "CAGIE working papers are circulated for discussion and comment. They have not been "
        "peer reviewed, and the views expressed are those of the authors.",
        "disclaimer",
    ),
    ("[Section 7, on coca eradication, is omitted from this excerpt.]", "disclaimer"),
]

PROSE = [
    "Analysts WATCH the border closely, the report says, because fighters cross it at will.",
    "The group urged its followers to subscribe to a new channel on a messaging app.",
    "ISIS-K is estimated to have between 4,000 and 6,000 fighters.",
    "The UN said the Taliban and al Qaeda remain closely aligned.",
    "Watch lists maintained by the council name several of the group's commanders.",
    "Share prices in Kabul's money markets fell after the announcement was made public.",
    "By the end of 2023, the group had lost several of its senior commanders.",
    "Sponsored by Qatar, the talks were meant to end the fighting around Goma.",
    "Edited by hand, the video still shows the commander speaking in Kapustin's voice.",
    "Follow the money, investigators say, and the trail leads to Dubai and Kampala.",
    "The ADF is an independent armed group that no longer takes orders from anyone in Kampala.",
    "Welcome back to the front line, the commander told his men as the convoy reached Gao.",
    "Hello, said the voice on the radio, and then the line went dead for an hour.",
    "1 | THE BARGAIN",
    "The end came quickly for the garrison, which surrendered within hours.",
    "(The group denies any role in the attack.)",
    "The table of contents of the report lists 11 chapters.",
    "Contents of the leaked report were read out on state radio.",
    "The group has 300 fighters - 11 - in Gao, officials said.",
    "More than 300 fighters were killed, and more are missing.",
    "Update the list, the commander said, before the next take of the town.",
    "Sponsors of the talks in Doha said both sides would meet again.",
    "The army took 2 of 3 villages near Gode and the rebels picked up their dead.",
    "Posted along the road, the fighters stopped every lorry in 2024.",
    "Episode after episode, the army reported the same fighters killed twice.",
    "The transcript of the call was read out in court on Monday.",
    "At 09:40 the convoy reached Gao, where JNIM fighters had set up a checkpoint.",
    "In 2019 gunmen on 3 motorbikes blocked the main road into Gwoza and seized 12000",
    "He paused... and then.... the line went dead for an hour.",
    "More than 1,040 words were spoken at the rally in Bujumbura.",
    "Live fire was heard across the town on Tuesday night.",
    "Updated figures came in two days ago from the UN mission in Goma.",
    "The note reads: fighters left at dawn | the town fell at noon.",
    "The sitting of the tribunal was suspended twice while witnesses were escorted out.",
    "Under section 129a of the criminal code the men face up to ten years in prison.",
    "The photo shows the commander in Gao.",
    "For further attacks, the group relies on fighters who cross from Niger at night.",
    "Hello, said the commander, and the fighters of the 27th brigade laughed.",
    "Issue after issue, the bulletin repeated the army's figure of 300 fighters.",
]


@pytest.mark.parametrize(("line", "reason"), FURNITURE)
def test_furniture_is_named(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason


@pytest.mark.parametrize("line", PROSE)
def test_prose_is_body(line: str) -> None:
    assert furniture_reason(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The report notes that al Qaeda's ties to the Taliban remain strong.", True),
        ("TALIBAN LEADER ORDERS CRACKDOWN", False),
        ("Share Tweet Email", False),
        ("Related stories", False),
    ],
)
def test_is_prose(line: str, expected: bool) -> None:
    assert is_prose(line) is expected


def test_a_sentence_ending_in_no_is_still_prose() -> None:
    assert is_prose("Asked whether the group had fighters in Gao, the commander said no.")
