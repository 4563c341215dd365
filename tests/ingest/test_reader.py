"""Reading files of every format, sniffed from content, and refusing bad ones clearly."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from ingest_samples import ARTICLE_BODY, ARTICLE_HTML, write_pdf
from pypdf import PdfReader, PdfWriter

from claimgraph.errors import InputError
from claimgraph.ingest.reader import Overrides, read_documents
from claimgraph.ingest.sniff import sniff
from claimgraph.model import Document

LIMIT = 5_000_000


def read(*paths: Path, overrides: Overrides | None = None) -> list[Document | InputError]:
    return list(read_documents(paths, overrides=overrides, max_bytes=LIMIT))


def only_document(path: Path) -> Document:
    (item,) = read(path)
    assert isinstance(item, Document), item
    return item


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"%PDF-1.7\n...", "report", "pdf"),
        (ARTICLE_HTML.encode(), "saved-page.txt", "html"),
        (b'{"text": "x", "title": "t"}\n{"text": "y"}\n', "dump.json", "jsonl"),
        (b"# Title\n\nSome [link](http://example.org) here.\n", "notes", "markdown"),
        (b"Plain text.\nMore text.", "notes.md", "markdown"),
        (b"Plain text.\nMore text.", "notes.txt", "text"),
        # a subtitle track's speaker marks look like a Markdown list
        (
            b"1\n00:00:01,000 --> 00:00:02,000\n- Who is winning?\n- Nobody.\n\n"
            b"2\n00:00:03,000 --> 00:00:04,000\n- Are you sure?\n- Yes.\n",
            "film.srt",
            "text",
        ),
    ],
)
def test_sniff_by_content(data: bytes, name: str, expected: str) -> None:
    assert sniff(data, name) == expected


def test_html_keeps_the_article_and_records_what_it_dropped(
    article_files: dict[str, Path],
) -> None:
    document = only_document(article_files["html"])
    assert document.body.split("\n\n") == ARTICLE_BODY
    assert document.title == "UN report finds al Qaeda still sheltered in Kabul"
    assert document.outlet == "Global Wire Service"
    assert document.published == date(2024, 2, 12)
    assert document.url == "https://globalwire.example/world/un-report-kabul"
    dropped = {item.line for item in document.dropped}
    assert "Pakistan closes border crossing after clashes" in dropped
    assert "© 2024 Global Wire Service. All rights reserved." in dropped
    assert "Markets" in dropped


def test_html_and_copied_text_of_one_article_get_one_id(article_files: dict[str, Path]) -> None:
    html = only_document(article_files["html"])
    text = only_document(article_files["text"])
    assert text.body == html.body
    assert text.id == html.id


def test_pdf_text_layer(article_files: dict[str, Path]) -> None:
    document = only_document(article_files["pdf"])
    assert document.format == "pdf"
    assert document.title == "Monitoring report"
    assert document.body.split("\n\n") == ARTICLE_BODY


def test_the_date_printed_on_a_pdf_wins_over_its_file_date(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "brief.pdf", ["September 2023", *ARTICLE_BODY])
    document = only_document(path)
    assert document.published == date(2023, 9, 1)


def test_markdown_front_matter_and_markup(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "---\ntitle: Al Qaeda in Afghanistan\nauthor: Sam Lee\ndate: 2024-03-01\n"
        "outlet: Meridian Policy Institute\n---\n\n## Summary\n\n"
        "**Al Qaeda** may be rebuilding [training camps](http://x.example) in Kunar.\n",
        encoding="utf-8",
    )
    document = only_document(path)
    assert document.title == "Al Qaeda in Afghanistan"
    assert (document.author, document.outlet) == ("Sam Lee", "Meridian Policy Institute")
    assert document.published == date(2024, 3, 1)
    assert document.body == "Summary\n\nAl Qaeda may be rebuilding training camps in Kunar."


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ({"@type": "Organization", "name": "OCHA"}, "OCHA"),
        ({"@type": "Organization", "name": "ReliefHub"}, None),  # the publisher itself
        ({"@type": "Person", "name": "Sam Lee"}, None),  # a person is no issuing body
    ],
)
def test_a_pages_linked_data_names_the_organisation_that_wrote_it(
    tmp_path: Path, author: dict[str, str], expected: str | None
) -> None:
    linked = {
        "@context": "https://schema.org",
        "@type": "Report",
        "author": author,
        "publisher": {"@type": "Organization", "name": "ReliefHub"},
    }
    paragraphs = "".join(
        f"<p>{sentence} Fighting between the two militias displaced families near Fataki.</p>"
        for sentence in ("CODECO attacked a displacement site in Djugu.", "Aid was suspended.")
    )
    page = (
        f'<html><head><title>Flash Update No. 3</title><script type="application/ld+json">'
        f"{json.dumps(linked)}</script></head><body><article><h1>Flash Update No. 3</h1>"
        f"{paragraphs}</article></body></html>"
    )
    path = tmp_path / "update.html"
    path.write_text(page, encoding="utf-8")
    assert only_document(path).author == expected


@pytest.mark.parametrize(
    ("under", "expected"),
    [
        (
            "U.S. Attorney's Office, Southern District of Virginia",
            "U.S. Attorney's Office, Southern District of Virginia",
        ),
        ("Thursday, October 23, 2025", None),  # no office named
    ],
)
def test_a_press_release_is_the_office_named_under_for_immediate_release(
    tmp_path: Path, under: str, expected: str | None
) -> None:
    paragraphs = "".join(
        f"<p>{sentence} The network bought drone engines for the Houthis in Yemen.</p>"
        for sentence in ("A grand jury indictment was unsealed today.", "Four men were charged.")
    )
    page = (
        '<html><head><title>Four Men Charged</title><meta property="og:site_name" '
        'content="United States Department of Justice"></head><body><article>'
        "<h1>Four Men Charged</h1><div>For Immediate Release</div>"
        f"<div>{under}</div><div>Thursday, October 23, 2025</div>{paragraphs}"
        "</article></body></html>"
    )
    path = tmp_path / "release.html"
    path.write_text(page, encoding="utf-8")
    document = only_document(path)
    assert (document.outlet, document.author) == ("United States Department of Justice", expected)


def test_a_markdown_headings_number_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "paper.md"
    path.write_text(
        "# A paper\n\n## 1. Introduction\n\n1. First point made in a numbered list.\n",
        encoding="utf-8",
    )
    assert only_document(path).body == "1. Introduction\n\nFirst point made in a numbered list."


def test_a_wiki_article_names_its_wiki_and_drops_its_boxes_of_links(tmp_path: Path) -> None:
    path = tmp_path / "article.md"
    path.write_text(
        "# Tehreek-e-Labbaik Pakistan\n\nFrom Polemos Wiki, the open encyclopedia of political "
        "violence\n\nThe TLP is a Pakistani party.\n\nContents [hide]\n\n- 1 History\n"
        "  - 1.1 Origins\n- 2 See also\n\n## History\n\n[[edit](https://w.example/e)]\n\n"
        "It was founded in 2015.\n\n## See also\n\n- [Barelvi movement](https://w.example/b)\n"
        "\n## References\n\n1. ^ A book.\n\nThis page was last edited on 18 November 2025, "
        "at 21:47 (UTC).\n",
        encoding="utf-8",
    )
    document = only_document(path)
    assert (document.outlet, str(document.published)) == ("Polemos Wiki", "2025-11-18")
    assert document.body == (
        "The TLP is a Pakistani party.\n\nHistory\n\nIt was founded in 2015.\n\n"
        "References\n\n^ A book."
    )


def test_markdown_front_matter_lists_authors_with_their_roles(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_text(
        "---\ntitle: The Sahel after Wagner\npublisher: Niger Bend Institute\nauthors:\n"
        '  - "Mariam Diallo, Fellow"\n  - "Tom Baker, Senior Analyst"\npublished: 03.04.2025\n'
        "---\n\nJNIM holds most of the countryside around Gao.\n",
        encoding="utf-8",
    )
    document = only_document(path)
    assert document.author == "Mariam Diallo and Tom Baker"
    assert (document.outlet, document.published) == ("Niger Bend Institute", date(2025, 4, 3))


def test_a_markdown_table_is_body_and_a_tilde_header_is_read(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_text(
        "**KAPUAS POLICY CENTRE** ◦ Pontianak | Kuching\n\n# Cells after the ban\n\n"
        "Kapuas Notes 2025/03 ~ Security Programme\n\nAnalysis by Dewi Lestari & Tom Baker\n\n"
        "Posted Tuesday, 4th March 2025 ~ approx. 8-minute read\n\n"
        "Also in: [Bahasa Indonesia](https://x.example/id) ~ [Print version](https://x.example/p)"
        "\n\nJAD keeps a few dozen members in Poso.\n\n| Year | Event |\n| --- | --- |\n"
        "| 2016 | Santoso killed |\n",
        encoding="utf-8",
    )
    document = only_document(path)
    assert document.outlet == "Kapuas Policy Centre"
    assert (document.author, document.published) == ("Dewi Lestari and Tom Baker", date(2025, 3, 4))
    assert document.body == (
        "JAD keeps a few dozen members in Poso.\n\n| Year | Event |\n\n| --- | --- |\n\n"
        "| 2016 | Santoso killed |"
    )


def test_a_markdown_header_table_gives_author_and_date(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_text(
        "# The heirs of Jund al-Aqsa\n\nOrontes Research Desk — *Idlib Files*, No. 14\n\n"
        "| Author | Affiliation | Issued |\n| --- | --- | --- |\n"
        "| Hiba Zaatari-Lund | Associate Researcher | Tue 17 Jun 2025 |\n\n"
        "Ansar al-Tawhid fields no more than 300 fighters around Sarmin.\n",
        encoding="utf-8",
    )
    document = only_document(path)
    assert (document.author, document.published) == ("Hiba Zaatari-Lund", date(2025, 6, 17))
    assert document.outlet == "Orontes Research Desk"
    assert document.body == "Ansar al-Tawhid fields no more than 300 fighters around Sarmin."


@pytest.mark.parametrize(
    ("author", "outlet"),
    [
        ("{{Semliki Data Collective}}", "Semliki Data Collective"),
        ("{Mumbere, Josué Kambale}", None),  # a person, in single braces
    ],
)
def test_a_citation_entrys_corporate_author_is_the_publisher(
    tmp_path: Path, author: str, outlet: str | None
) -> None:
    path = tmp_path / "README.md"
    path.write_text(
        "# KIAAD: Kivu-Ituri Armed Actors Dataset\n\n"
        "The ADF has about 1,500 fighters in Beni and Lubero.\n\n## Citation\n\n"
        f"```bibtex\n@dataset{{kiaad,\n  author    = {author},\n  year = {{2025}}\n}}\n```\n",
        encoding="utf-8",
    )
    assert only_document(path).outlet == outlet


def test_a_pandoc_title_block_gives_title_authors_and_a_roman_numeral_date(
    tmp_path: Path,
) -> None:
    path = tmp_path / "paper.md"
    path.write_text(
        "% Two towns, many flags\n"
        "% Hajer Mnasri (Senior Researcher, Tunis); Tommaso Arcangeli (Fellow, Valletta)\n"
        "% 16.IX.2025\n\nSYRTIS POLICY LAB ░ Policy Paper 07/2025 ░ Libya\n\n"
        "The al-Halbous Brigade backs the Government of National Unity.\n",
        encoding="utf-8",
    )
    document = only_document(path)
    assert document.title == "Two towns, many flags"
    assert document.author == "Hajer Mnasri and Tommaso Arcangeli"
    assert (document.outlet, document.published) == ("Syrtis Policy Lab", date(2025, 9, 16))
    assert document.body == "The al-Halbous Brigade backs the Government of National Unity."


def test_a_framed_banner_a_table_of_contents_and_page_furniture_of_a_report_copy(
    tmp_path: Path,
) -> None:
    path = tmp_path / "report.txt"
    gap = " " * 30
    path.write_text(
        "::::::::::::::::::::::::::::::::::::\n"
        "::  SAHEL RIGHTS WATCH  ::  Observatoire sahélien des droits humains  ::\n"
        "::::::::::::::::::::::::::::::::::::\n"
        "Hunters, Jihadists and the State: Dan Na Ambassagou in Central Mali\n"
        "Written by Kadiatou Sangaré and Bréhima Koné (research division), on the basis of "
        "field interviews\n\nCONTENTS\n   Summary ........................ 3\n"
        "   2  Dan Na Ambassagou: a militia ...... 11\n\n"
        f"Hunters, Jihadists and the State{gap}Sahel Rights Watch\n\n"
        "2  DAN NA AMBASSAGOU: A MILITIA THE STATE NEVER DISSOLVED\n\n"
        "Dan Na Ambassagou was set up in 2016 by hunters' brotherhoods.\n\n— 11 —\n\n"
        "3  KATIBA MACINA AND THE SIEGE OF SÉGUÉ\n\n"
        "Katiba Macina has blockaded the villages of Ségué commune.\n",
        encoding="utf-8",
    )
    document = only_document(path)
    assert document.title == "Hunters, Jihadists and the State: Dan Na Ambassagou in Central Mali"
    assert (document.outlet, document.author) == (
        "Sahel Rights Watch",
        "Kadiatou Sangaré and Bréhima Koné",
    )
    assert document.body == (
        "2  DAN NA AMBASSAGOU: A MILITIA THE STATE NEVER DISSOLVED\n\n"
        "Dan Na Ambassagou was set up in 2016 by hunters' brotherhoods.\n\n"
        "3  KATIBA MACINA AND THE SIEGE OF SÉGUÉ\n\n"
        "Katiba Macina has blockaded the villages of Ségué commune."
    )


def test_jsonl_broken_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    good = {
        "url": "https://x.example/1",
        "title": "One",
        "text": ARTICLE_BODY[0],
        "published": "2024-01-05",
        "outlet": "Wire",
    }
    path.write_text(
        json.dumps(good) + "\n{not json\n" + json.dumps({**good, "text": ARTICLE_BODY[1]}) + "\n",
        encoding="utf-8",
    )
    items = read(path)
    assert [type(item).__name__ for item in items] == ["Document", "InputError", "Document"]
    error = items[1]
    assert isinstance(error, InputError)
    assert str(error).startswith(f"{path}:2: broken JSON")
    first = items[0]
    assert isinstance(first, Document)
    assert (first.url, first.outlet, first.published) == (
        "https://x.example/1",
        "Wire",
        date(2024, 1, 5),
    )


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("junk.txt", bytes(range(256)) * 40, "binary content, not text"),
        ("junk.html", b"\x00\x01\x02\x03" * 500, "binary content, not text"),
        ("furniture.txt", b"Views 2K\nAdvertisement\nX\n", "no body text left after cleaning"),
        ("broken.pdf", b"%PDF-1.4\n1 0 obj <<>> garbage", "unreadable PDF"),
    ],
)
def test_bad_inputs_are_refused_with_a_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    (item,) = read(path)
    assert isinstance(item, InputError)
    assert str(item).startswith(f"{path}: {reason}")
    assert "\n" not in str(item)


def test_missing_file(tmp_path: Path) -> None:
    (item,) = read(tmp_path / "nope.txt")
    assert isinstance(item, InputError) and item.reason == "no such file"


def test_encrypted_pdf(tmp_path: Path) -> None:
    plain = write_pdf(tmp_path / "plain.pdf", ARTICLE_BODY)
    writer = PdfWriter(clone_from=PdfReader(plain))
    writer.encrypt(user_password="secret", owner_password="owner")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    (item,) = read(locked)
    assert isinstance(item, InputError) and "encrypted PDF" in item.reason


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 3000, encoding="utf-8")
    (item,) = list(read_documents([path], max_bytes=1000))
    assert isinstance(item, InputError) and "over the limit of 1,000" in item.reason


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "utf-8-sig"])
def test_text_encodings(tmp_path: Path, encoding: str) -> None:
    sentence = "The group’s leader, Sirajuddin Haqqani, met envoys in Kabul on Tuesday."
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(f"{sentence}\r\n{ARTICLE_BODY[1]}\r\n".encode(encoding))
    assert only_document(path).body == f"{sentence}\n\n{ARTICLE_BODY[1]}"


def test_directory_is_read_recursively_and_overrides_apply(
    tmp_path: Path, article_files: dict[str, Path]
) -> None:
    nested = tmp_path / "more" / "deeper"
    nested.mkdir(parents=True)
    (nested / "extra.txt").write_text(ARTICLE_BODY[2], encoding="utf-8")
    items = read(tmp_path, overrides=Overrides(outlet="Desk", published=date(2020, 1, 1)))
    documents = [item for item in items if isinstance(item, Document)]
    assert len(documents) == 4
    assert {document.outlet for document in documents} == {"Desk"}
    assert all(document.path for document in documents)


def test_pdf_running_headers_and_page_numbers_are_dropped(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for page in range(3):
        pdf.add_page()
        pdf.cell(0, 6, "S/2024/92  Monitoring Team report", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 6, f"{page + 1}. {ARTICLE_BODY[page]}")
        pdf.cell(0, 6, str(page + 1), new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "report.pdf"
    pdf.output(str(path))
    document = only_document(path)
    assert "S/2024/92" not in document.body
    assert document.body.split("\n\n") == [
        f"{n + 1}. {text}" for n, text in enumerate(ARTICLE_BODY)
    ]


def test_pdf_numbered_footers_and_section_headings(tmp_path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Mexico's cartels after their designation")
    pdf.set_font("Helvetica", size=11)
    line = {"new_x": "LMARGIN", "new_y": "NEXT"}
    for page in range(3):
        pdf.add_page()
        if page == 0:
            pdf.cell(0, 6, "Parliamentary Research Bureau", **line)
        pdf.cell(0, 6, f"{page + 1} Findings", **line)
        pdf.cell(0, 6, f"{page + 1}.1 What the monitors report", **line)
        pdf.multi_cell(0, 6, ARTICLE_BODY[page])
        pdf.cell(0, 6, f"Research Briefing 2025-61 | Not government policy {page + 1}/3", **line)
    path = tmp_path / "briefing.pdf"
    pdf.output(str(path))
    document = only_document(path)
    assert document.outlet == "Parliamentary Research Bureau"
    assert "Research Briefing 2025-61" not in document.body
    paragraphs = document.body.split("\n\n")
    for page, text in enumerate(ARTICLE_BODY):
        # each heading is a paragraph of its own, not glued to the text under it
        assert paragraphs[3 * page : 3 * page + 3] == [
            f"{page + 1} Findings",
            f"{page + 1}.1 What the monitors report",
            text,
        ]


def test_pdf_whose_text_exceeds_the_limit(tmp_path: Path) -> None:
    path = write_pdf(tmp_path / "long.pdf", ARTICLE_BODY * 20)
    assert path.stat().st_size < 5_000
    (item,) = list(read_documents([path], max_bytes=5_000))
    assert isinstance(item, InputError)
    assert "PDF text is over the limit of 5,000 characters" in item.reason


def test_gzipped_jsonl_is_read(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "dump.jsonl.gz"
    lines = [json.dumps({"title": f"T{n}", "text": ARTICLE_BODY[n]}) for n in range(3)]
    path.write_bytes(gzip.compress("\n".join(lines).encode()))
    documents = read(path)
    assert [type(item).__name__ for item in documents] == ["Document"] * 3
    assert [item.body for item in documents if isinstance(item, Document)] == ARTICLE_BODY


def test_gzip_bomb_is_refused_at_the_size_limit(tmp_path: Path) -> None:
    import gzip

    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"The group met. " * 1_000_000))  # 15 MB from ~30 KB
    assert path.stat().st_size < 100_000
    (item,) = list(read_documents([path], max_bytes=1_000_000))
    assert isinstance(item, InputError)
    assert "decompresses to over 1,000,000 bytes" in item.reason


def test_broken_gzip(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage")
    (item,) = read(path)
    assert isinstance(item, InputError) and item.reason.startswith("broken gzip data")


def test_a_key_points_box_the_extractor_left_out_opens_the_body(tmp_path: Path) -> None:
    lede = "The Imbonerakure have grown into a force that answers to the ruling party. " * 4
    page = (
        "<html><head><title>Youth league or militia?</title></head><body><article>"
        "<h1>Youth league or militia?</h1>"
        '<aside class="keypoints"><p>Key points</p><ul>'
        "<li>A rights group puts the Imbonerakure's active membership at 40,000 to 50,000.</li>"
        "<li>25,000-40,000: armed members, in the rights group's estimate</li>"
        "</ul></aside>"
        f"<p>{lede}</p><p>{lede}</p><p>{lede}</p></article>"
        '<footer><p><a href="/about">About us</a></p></footer></body></html>'
    )
    path = tmp_path / "story.html"
    path.write_text(page, encoding="utf-8")
    body = only_document(path).body
    assert body.startswith(
        "Key points\n\nA rights group puts the Imbonerakure's active membership at 40,000 to "
        "50,000.\n\n25,000-40,000: armed members, in the rights group's estimate\n\n"
    )


@pytest.mark.parametrize("prefix", ["mm-", "gh-", ""])
def test_the_standfirst_under_the_headline_opens_the_body(tmp_path: Path, prefix: str) -> None:
    text = "Villagers in the hills say the fighters come at night and take what they want. " * 3
    standfirst = (
        "Fighters of the old faction have stepped up raids around Mora and Kolofata this "
        "year, while the rival province keeps its grip on the islands of the lake."
    )
    page = (
        "<html><head><title>Ransoms and roadblocks</title></head><body>"
        f'<main><article class="{prefix}article">'
        f'<p class="{prefix}kicker">Insecurity in the Far North</p>'
        f'<h1 class="{prefix}headline">Ransoms and roadblocks in the foothills</h1>'
        f'<p class="{prefix}standfirst">{standfirst}</p>'
        f'<div class="{prefix}meta"><span>By Amina Bello in Maroua</span>'
        "<span>25 September 2025 · 07:15</span><span>5,214 views</span></div>"
        f'<div class="{prefix}article-body"><p>{text}</p><p>{text}</p><p>{text}</p></div>'
        "</article></main>"
        '<footer><p><a href="/about">About us</a></p></footer></body></html>'
    )
    path = tmp_path / "story.html"
    path.write_text(page, encoding="utf-8")
    paragraphs = only_document(path).body.split("\n\n")
    assert paragraphs[0] == standfirst
    assert "Insecurity in the Far North" not in paragraphs
    assert paragraphs.count(standfirst) == 1


def test_a_journal_articles_abstract_is_body_and_its_declarations_are_not(
    tmp_path: Path,
) -> None:
    text = "Lubanga's movement recruits among young Hema men in Djugu, we found. " * 4
    page = (
        "<html><head><title>Old warlord, new front</title></head><body>"
        '<section class="abstract"><h2>Abstract</h2>'
        "<p>In early 2025 Thomas Lubanga launched a new armed movement in Ituri, the CRP.</p>"
        "</section><article><h1>Old warlord, new front</h1>"
        f"<h2>1. Introduction</h2><p>{text}</p><p>{text}</p><p>{text}</p>"
        "<p>View all 58 references</p><h3>Disclosure statement</h3>"
        "<p>No potential conflict of interest was reported by the author(s).</p></article>"
        '<footer><p><a href="/about">About us</a></p></footer></body></html>'
    )
    path = tmp_path / "article.html"
    path.write_text(page, encoding="utf-8")
    paragraphs = only_document(path).body.split("\n\n")
    assert paragraphs[:2] == [
        "Abstract",
        "In early 2025 Thomas Lubanga launched a new armed movement in Ituri, the CRP.",
    ]
    assert not any("conflict of interest" in p or "references" in p for p in paragraphs)
    assert paragraphs[-1] == text.strip()


def test_a_background_box_of_the_groups_named_is_body(tmp_path: Path) -> None:
    lede = "Saraya al-Ashtar planted bombs on the roads of Bahrain's Shia villages. " * 4
    page = (
        "<html><head><title>The exiles' war</title></head><body><article>"
        f"<h1>The exiles' war</h1><p>{lede}</p><p>{lede}</p><p>{lede}</p></article>"
        '<aside class="glossary"><h3>Background</h3>'
        "<p>Saraya al-Ashtar: Bahraini Shia militant group formed in 2013.</p></aside>"
        '<footer><p><a href="/about">About us</a></p></footer></body></html>'
    )
    path = tmp_path / "longread.html"
    path.write_text(page, encoding="utf-8")
    assert "Saraya al-Ashtar: Bahraini Shia militant group formed in 2013." in only_document(
        path
    ).body.split("\n\n")


def _thread_post(number: int, author: str, content: str) -> str:
    """One post of a phpBB-style thread page."""
    return (
        f'<div class="post bg{number % 2 + 1}" id="p{number}"><div class="postbody">'
        f'<p class="author">by <strong><a class="username">{author}</a></strong> '
        f"» Tue Oct 28, 2025 9:{number}0 pm</p>"
        f'<div class="content">{content}</div>'
        '<div class="signature">Opinions mine.</div></div>'
        '<ul class="post-buttons"><li>Quote</li><li>Report</li></ul></div>'
    )


def test_every_post_of_a_thread_is_body_and_quotations_of_posts_are_not(
    tmp_path: Path,
) -> None:
    opening = "Comuneros del Sur broke with the ELN's Central Command in May 2024. " * 3
    reply = "The Defensoría puts the front at between 250 and 300 men under arms."
    page = (
        "<html><head><title>Comuneros del Sur thread</title></head><body>"
        '<div class="navbar"><a href="/">Board index</a> <a href="/faq">FAQ</a></div>'
        "<h2>Comuneros del Sur: peace process or rebranded front?</h2>"
        + _thread_post(1, "PastoObserver", f"{opening}<br><br>{opening}")
        + _thread_post(2, "Guacamaya 77", f"Good summary, but 200 is low.<br>{reply}")
        + _thread_post(
            3,
            "ramiro.t",
            f"<blockquote><div><cite>Guacamaya 77 wrote:</cite>{reply}</div></blockquote>"
            "That count leaves out the village militias.",
        )
        + '<div class="copyright">Powered by phpBB</div></body></html>'
    )
    path = tmp_path / "thread.html"
    path.write_text(page, encoding="utf-8")
    document = only_document(path)
    paragraphs = document.body.split("\n\n")
    assert paragraphs == [
        opening.strip(),
        opening.strip(),
        "Good summary, but 200 is low.",
        reply,
        "That count leaves out the village militias.",
    ]
    assert [(document.body[p.start :][:12], p.author) for p in document.posts] == [
        (opening[:12], "PastoObserver"),
        ("Good summary", "Guacamaya 77"),
        ("That count l", "ramiro.t"),
    ]
    quoted = [d.line for d in document.dropped if d.reason == "quoted post"]
    assert quoted == ["Guacamaya 77 wrote:", reply]


def test_reader_comments_under_an_article_stay_out_of_its_body(tmp_path: Path) -> None:
    lede = "The ELN's Central Command has called Comuneros del Sur traitors to the cause. " * 3
    page = (
        "<html><head><title>ELN warns breakaway front</title></head><body><article>"
        f"<h1>ELN warns breakaway front</h1><p>{lede}</p><p>{lede}</p></article>"
        '<section class="comments">'
        + "".join(
            f'<div class="comment"><span class="comment-author">reader{n}</span>'
            f"<p>I think the front has {n}00 men and the army protects it.</p></div>"
            for n in (1, 2, 3)
        )
        + "</section></body></html>"
    )
    path = tmp_path / "story.html"
    path.write_text(page, encoding="utf-8")
    document = only_document(path)
    assert "army protects it" not in document.body
    assert document.posts == ()


CHANNEL_EXPORT = """Valley Monitor (@valleymonitor) - channel history
Public channel · 9,120 subscribers
Exported: 21.11.2025 22:07
----------------------------------------

[02.10.2025 06:48]
Valley Monitor
🔴 Jets struck a village in Myinmu township before dawn, our reporter there says.
Photo
#Myinmu #airstrike
👁 14.2K
😢 1.3K  🙏 410

[04.10.2025 12:02]
Valley Monitor
Forwarded from Bamar People's Liberation Army (Official)
Our columns have fought beside the Myinmu PDF battalion since July.
Video
👁 9.8K
✊ 1.7K  ❤️ 530

[05.10.2025 09:00]
Valley Monitor pinned "Jets struck a village"

[12.11.2025 14:00]
Valley Monitor
📊 Poll (anonymous)
Will a polling station open in your township?
- Yes: 38%
- No: 62%
2,146 votes

[20.11.2025 07:05]
Valley Monitor
Heavy fighting was reported overnight near Yinmabin.
✏️ edited 20.11.2025 08:00
🔗 https://valleymonitor.example/live
👁 6.6K
"""


def test_a_channels_exported_history_keeps_each_messages_text_and_writer(
    tmp_path: Path,
) -> None:
    path = tmp_path / "channel.txt"
    path.write_text(CHANNEL_EXPORT, encoding="utf-8")
    document = only_document(path)
    assert (document.title, document.outlet, document.published) == (
        "Valley Monitor (@valleymonitor) - channel history",
        "Valley Monitor",
        date(2025, 11, 20),
    )
    assert document.body.split("\n\n") == [
        "🔴 Jets struck a village in Myinmu township before dawn, our reporter there says.",
        "Our columns have fought beside the Myinmu PDF battalion since July.",
        "Heavy fighting was reported overnight near Yinmabin.",
    ]
    assert [(p.author, p.kind) for p in document.posts] == [
        ("Valley Monitor", "outlet"),
        ("Bamar People's Liberation Army (Official)", "outlet"),
        ("Valley Monitor", "outlet"),
    ]
    reasons = {d.line: d.reason for d in document.dropped}
    assert reasons["👁 14.2K"] == "view counter"
    assert reasons["😢 1.3K  🙏 410"] == "reactions"
    assert reasons["Will a polling station open in your township?"] == "poll"
    assert reasons['Valley Monitor pinned "Jets struck a village"'] == "service message"
    assert reasons["🔗 https://valleymonitor.example/live"] == "link"


def test_a_story_quoting_two_timestamps_is_no_channel_history(tmp_path: Path) -> None:
    text = (
        "Jets struck Myinmu at dawn.\n\n[02.10.2025 06:48]\nThe first post came at dawn.\n\n"
        "[02.10.2025 07:10]\nA second post followed."
    )
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    assert only_document(path).posts == ()


def test_a_host_name_is_no_publisher_the_titles_site_part_is(tmp_path: Path) -> None:
    text = "JNIM was listed on 4 October 2018 as being associated with Al-Qaida. " * 4
    page = (
        "<html><head><title>JNIM | Security Council</title>"
        '<link rel="canonical" href="https://main.example.org/sanctions/qde159"></head>'
        f"<body><article><h1>JNIM</h1><p>{text}</p><p>{text}</p></article></body></html>"
    )
    path = tmp_path / "narrative.html"
    path.write_text(page, encoding="utf-8")
    assert only_document(path).outlet == "Security Council"


_ANALYSIS = "".join(
    f"<p>{sentence} Analysts expect the fighting in the Hiiraan region to go on for months.</p>"
    for sentence in (
        "Al-Shabaab opened its offensive in Middle Shabelle in late February.",
        "The UN Panel of Experts put the group's strength at 7,000 to 12,000 fighters.",
        "The clan militias have lost ground since April and now hold only the towns.",
    )
)


def _entry(heading: str, text: str) -> str:
    """One event of a tracker page's side panel, or a box of the same shape."""
    return f"<article><h3>{heading}</h3><p>Location: Hiiraan</p><p>{text}</p></article>"


@pytest.mark.parametrize(
    ("aside", "kept"),
    [
        (
            _entry(
                "Al-Shabaab takes Moqokori",
                "Al-Shabaab fighters entered Moqokori on 14 April. Residents said the group "
                "opened its own court in the town.",
            )
            + _entry(
                "AUSSOM reinforces Beledweyne",
                "AUSSOM moved an extra company into Beledweyne. A spokesperson said the "
                "mission has roughly 11,000 personnel.",
            ),
            True,
        ),
        # a box of other stories: its headings link away
        (
            _entry(
                '<a href="/a">Lower Shabelle</a>',
                "The fight for the Afgoye corridor goes on. Read our analysis of it here.",
            )
            + _entry(
                '<a href="/b">Puntland</a>',
                "Puntland's forces push into the mountains. Read our analysis of it here.",
            ),
            False,
        ),
        # readers' comments, even titled ones
        (
            '<ol class="comment-list">'
            + _entry(
                "Rasmata K.",
                "Al-Shabaab fighters entered Moqokori on 14 April. Residents said the group "
                "opened its own court in the town.",
            )
            + _entry("Observer", "I was there in April. It was much worse than you write.")
            + "</ol>",
            False,
        ),
        # a single featured event is no list
        (
            _entry(
                "Al-Shabaab takes Moqokori",
                "Al-Shabaab fighters entered Moqokori on 14 April. Residents said the group "
                "opened its own court in the town.",
            ),
            False,
        ),
    ],
)
def test_events_a_tracker_lists_beside_its_analysis_are_body(
    tmp_path: Path, aside: str, kept: bool
) -> None:
    page = (
        "<html><head><title>Central Somalia</title></head><body><main>"
        f"<h1>Central Somalia</h1><aside><h2>Selected events</h2>{aside}</aside>"
        f'<section class="analysis"><h2>Analysis</h2>{_ANALYSIS}</section></main></body></html>'
    )
    path = tmp_path / "tracker.html"
    path.write_text(page, encoding="utf-8")
    body = only_document(path).body
    assert "Al-Shabaab opened its offensive" in body
    assert ("Residents said the group" in body) is kept
    assert "Read our analysis" not in body
    if kept:
        assert body.index("entered Moqokori") < body.index("opened its offensive")


def _figure(caption: str, credit: str = "Photo: Ana Reis/Delta Images") -> str:
    return (
        '<figure><img src="x.jpg" alt="A street in Tawila"><p class="count">1 / 9</p>'
        f'<figcaption><p class="caption">{caption}</p><p class="credit">{credit}</p>'
        "</figcaption></figure>"
    )


_INTRO = (
    "<p>For eighteen months the Rapid Support Forces laid siege to El Fasher, the capital "
    "of North Darfur. Since the city fell, tens of thousands of people have walked to the "
    "camps of Tawila, and our photographers followed them along the road.</p>"
)
_TOLD = (
    "Families rest under a tree at the edge of Tawila on 2 November. Aid workers said "
    "many had walked for three days to stay clear of RSF patrols."
)


@pytest.mark.parametrize(
    ("figures", "kept"),
    [
        # a gallery: every photograph's caption tells its part in sentences
        (_figure(_TOLD) + _figure(_TOLD.replace("2 November", "3 November")) * 2, True),
        # an article's two illustrations are no gallery
        (_figure(_TOLD) + _figure(_TOLD.replace("2 November", "3 November")), False),
        # captions that only label a picture tell nothing
        (_figure("Tawila, North Darfur") * 4, False),
    ],
)
def test_the_captions_of_a_photo_gallery_are_body(tmp_path: Path, figures: str, kept: bool) -> None:
    page = (
        "<html><head><title>In pictures: the road to Tawila</title></head><body><main>"
        f"<h1>In pictures: the road to Tawila</h1>{_INTRO}<div class='gallery'>{figures}"
        "</div></main></body></html>"
    )
    path = tmp_path / "gallery.html"
    path.write_text(page, encoding="utf-8")
    body = only_document(path).body
    assert "laid siege to El Fasher" in body
    assert ("many had walked for three days" in body) is kept
    assert "Ana Reis/Delta Images" not in body
    assert "1 / 9" not in body


def _cell(*paragraphs: str) -> str:
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f'<tr><td style="padding:8px"><table role="presentation"><tr><td>{inner}</td></tr></table></td></tr>'


def test_an_email_laid_out_in_tables_keeps_its_paragraphs_and_its_senders_name(
    tmp_path: Path,
) -> None:
    letter = (
        "<html><head><title>Sahel Watch No. 118 – Baobab Mail</title></head><body>"
        "<div class='mail-header'><p>Sirba Institute &lt;news@sirba.example&gt;</p></div>"
        '<table role="presentation" width="100%"><tr><td><table width="600">'
        + _cell(
            "<strong>Tillabéri: posts overrun</strong>",
            "ISSP fighters have overrun at least 14 army positions since March, most of them "
            "in the Banibangou and Ouallam departments, according to our researchers.",
            "The junta says the group is beaten, and a spokesman told state television that "
            "it holds no village in Niger.",
        )
        + _cell(
            "<strong>Counting the fighters</strong>",
            "The UN's sanctions monitors put ISSP at between 2,000 and 3,000 fighters across "
            "the Sahel in their July report, a figure we think is too high.",
            "A FAN officer told us the army's working figure is lower still, no more than "
            "eight hundred fighters in Tillabéri.",
        )
        + _cell("© 2025 Sirba Institute for Security Studies. All rights reserved.")
        + "</table></td></tr></table></body></html>"
    )
    path = tmp_path / "letter.html"
    path.write_text(letter, encoding="utf-8")
    document = only_document(path)
    paragraphs = document.body.split("\n\n")
    assert any(p.startswith("ISSP fighters have overrun") for p in paragraphs)
    assert any(p.startswith("A FAN officer told us") for p in paragraphs)
    assert "|" not in document.body  # no table flattened into one line of cells
    assert document.outlet == "Sirba Institute for Security Studies"
