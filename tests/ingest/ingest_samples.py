"""Small documents written for the ingest tests, in each format."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

ARTICLE_BODY = [
    "The Taliban continue to host al Qaeda leaders in Kabul, according to a report by the "
    "UN Monitoring Team released on Monday.",
    "The report said ISIS-K has between 4,000 and 6,000 fighters in Afghanistan.",
    "Zabihullah Mujahid, a spokesman for the Taliban, rejected the findings as baseless.",
]

ARTICLE_HTML = """<!doctype html>
<html lang="en"><head>
<title>UN report finds al Qaeda still sheltered in Kabul | Global Wire</title>
<meta property="og:site_name" content="Global Wire Service">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2024-02-12">
<link rel="canonical" href="https://globalwire.example/world/un-report-kabul">
</head><body>
<div class="cookie-banner"><p>We use cookies to measure traffic. Accept to continue.</p>
<button>Accept all</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/markets">Markets</a></li></ul></nav>
<article>
<h1>UN report finds al Qaeda still sheltered in Kabul</h1>
<p class="byline">By Jane Roe</p>
<p>{}</p>
<p>{}</p>
<p>{}</p>
</article>
<aside><h3>Related stories</h3><ul>
<li><a href="/a">Pakistan closes border crossing after clashes</a></li>
<li><a href="/b">Sahel juntas expel foreign troops</a></li></ul></aside>
<footer><p>© 2024 Global Wire Service. All rights reserved.</p></footer>
</body></html>
""".format(*ARTICLE_BODY)

ARTICLE_TEXT = "\n".join(
    [
        "UN report finds al Qaeda still sheltered in Kabul",
        "Written By GLOBAL WIRE SERVICE | Monday, 12 February 2024 10:00 AM",
        "Views 1.2K",
        ARTICLE_BODY[0],
        "TALIBAN ANNOUNCE NEW CABINET POSTS",
        ARTICLE_BODY[1],
        "Advertisement",
        ARTICLE_BODY[2],
        "X",
    ]
)


def write_pdf(path: Path, paragraphs: list[str], *, title: str = "Monitoring report") -> Path:
    """A small report PDF with a real text layer."""
    pdf = FPDF()
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph)
        pdf.ln(4)
    pdf.output(str(path))
    return path
