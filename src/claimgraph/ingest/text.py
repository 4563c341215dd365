"""Clean plain text copied or exported from web pages into a Document.

The common case for analysts is not tidy HTML but text pasted from a browser
or dumped by a scraper: a headline, a byline, then paragraphs interleaved with
counters, teasers and prompts. The cleaner keeps every paragraph of the body,
drops the furniture with a reason for each line, and takes the headline,
byline and dateline as metadata.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import date

from claimgraph.ingest.byline import (
    Byline,
    copyright_holder,
    embargo_day,
    in_capitals,
    last_edited,
    monitored_source,
    parse_byline,
    parse_date,
    parse_dateline,
    parse_masthead,
    unframed,
    wiki_source,
    wire_dateline_day,
    wire_dateline_outlet,
)
from claimgraph.ingest.captions import Transcript, caption_transcript
from claimgraph.ingest.lines import (
    ANSWERER,
    ANSWERER_REASON,
    CAPTION_PARTIES,
    CAPTION_REASON,
    JUDGMENT_OPENING,
    LINK_JOINT,
    SIGNATURE_REASON,
    SIGNED,
    WITNESS,
    WITNESS_REASON,
    furniture_reason,
    is_prose,
    is_running_header,
    subheads,
)
from claimgraph.ingest.reviews import ITEM_HEAD, review_items
from claimgraph.ingest.running import running_heads, without_breaks
from claimgraph.ingest.subtitles import subtitle_transcript
from claimgraph.ingest.threads import ThreadPost, placed
from claimgraph.model import Document, DroppedLine, Post, normalise_text

_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
# A paragraph this long (folded) that copies another's text is a repeat, not a
# short line ("Read more", a one-word subhead) that may recur by chance.
_REPEAT_MIN = 40
# A pull quote may be shorter: a single telling line.
_QUOTE_MIN = 25
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"'”’)])\s+")
# Bidirectional overrides and zero-width characters: invisible, they only serve to
# make a name look like another or to break matching ("Abu\u200b Omar").
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
HEADING_CHARS = 50
# A text whose lines all stop at about this width, most mid-sentence, is hard-wrapped.
WRAP_WIDTH = 100
WRAPPED_MIN_LINES = 20
# A list item or numbered point opens a line of its own; it continues no wrapped sentence.
_LIST_ITEM = re.compile(r"^(?:[-*•–]|\(?[0-9a-z]{1,3}[.)])\s")
# Reasons for dropping a document's own header lines ("S/2025/391", "United Nations
# S/2025/446"): what comes below them is not the publisher's masthead.
_PAGE_HEADERS = frozenset({"running header", "document furniture"})
# Lines kept as body that may still stand above a masthead (preview, tagline).
HEADER_LINES = 3
_NUMBERED = re.compile(r"^(?:\d{1,3}\.|[•▪◦-])\s")
# A section heading's number: "2 The Designated Organizations", "2.1 The Sinaloa Cartel".
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\s+[A-Z]")
# A committee's numbered questions ("Q4 Tom Brierley: ..."), and the line that names the
# session ("Oral evidence: Armed groups ..., HC 1187").
_QUESTION = re.compile(r"^Q\d{1,4}\s+[A-Z][\w'’. -]{1,40}:\s")
_SESSION = re.compile(r"^(?:Oral|Written) evidence:\s", re.IGNORECASE)
HEARING_QUESTIONS = 3
# Lines naming the parties' places ("Between", "Appellant", ...) that make a caption.
CAPTION_MARKS = 2
# A witness statement's head stands among the first lines of the page.
WITNESS_HEAD_LINES = 40
# A person's name on a line of its own: "Catriona Beale".
_NAMES = re.compile(r"^(?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+$")
# A timeline's entries are headed by dates written as day and month, or month alone,
# with the year: "4 August 2023", "August 2023".
_BARE_DATE = re.compile(r"^(?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4}$")
TIMELINE_ENTRIES = 3
# A paper series line ("CAGIE Working Paper No. 2025/11 · November 2025"), the authors
# with footnoted affiliations ("Mariela Ccorahua Gutiérrez¹ and Thomas Ashdown²") and an
# affiliation note ("¹ Visiting Fellow, Centre for ...").
_SERIES = re.compile(
    r"^(?P<series>[A-Z]{2,10}) (?:Working|Discussion|Occasional|Policy|Research) Paper"
    r"(?: Series)? (?:No\.?|#)\s*[\w/.-]+(?:\s*[·|,–-]\s*(?P<when>[^·|]+))?$"
)
_MARKS = "¹²³⁴⁵⁶⁷⁸⁹*†‡"
_FOOTNOTED_NAME = rf"[A-ZÀ-Ý][\w'’.-]+(?: [A-ZÀ-Ý][\w'’.-]+){{1,4}}[{_MARKS}]+"
_FOOTNOTED_AUTHORS = re.compile(rf"^{_FOOTNOTED_NAME}(?:(?:,| and| &) {_FOOTNOTED_NAME})*$")
_AFFILIATION = re.compile(rf"^[{_MARKS}]\s*\S")
# The header of an e-mail exported from a mail client, at the top of the text.
_MAIL_HEADER = re.compile(
    r"^(?P<field>From|To|Cc|Bcc|Reply-To|Subject|Date|Sent|Importance|Priority|X-Priority):"
    r"\s*(?P<value>.*)$"
)
# Where a reply quotes the message it answers, which is not part of this one.
_QUOTED_MESSAGE = re.compile(
    r"^(?:-{2,}\s*original message\s*-{2,}|on .{6,100}\swrote:)$", re.IGNORECASE
)
_MAIL_SENDER = re.compile(r"^\s*\"?(?P<name>[^\"<]+?)\"?\s*<[^>]+>\s*$")


@dataclass
class _Page:
    """Running state while reading a page top to bottom."""

    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    # The station or paper a monitoring service transcribed: the outlet, whoever passes it on.
    original: str | None = None
    published: date | None = None
    dateline_day: tuple[int, int] | None = None
    wrapped: bool = False
    in_related: bool = False
    in_sponsor: bool = False
    sponsor_copy: bool = False
    subheads: frozenset[str] = frozenset()
    # Bare dates heading the entries of a timeline: body, once the story has begun.
    entry_dates: frozenset[str] = frozenset()
    paragraphs: list[str] = field(default_factory=list)
    dropped: list[DroppedLine] = field(default_factory=list)
    # The last line put into the body, as the page printed it (not the paragraph).
    last_line: str = ""


def clean_text(
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    published: date | None = None,
    fmt: str = "text",
    wrapped: bool = False,
    keep: frozenset[str] = frozenset(),
) -> Document:
    """Split ``text`` into metadata, body paragraphs and dropped lines.

    Metadata passed in (from HTML meta tags or the command line) wins over
    what the byline says, because it is more reliable. ``wrapped`` says the
    text is hard-wrapped (PDF text layers): a line that does not end a
    sentence then always continues onto the next. Lines in ``keep`` (a
    Markdown table's rows) are body as they stand.
    """
    page = _Page(title=title, author=author, outlet=outlet, published=published, wrapped=wrapped)
    lines = [line.strip() for line in _INVISIBLE.sub("", text).split("\n")]
    captions = caption_transcript(lines) or subtitle_transcript(lines)
    if captions is not None:  # a video's timed captions or subtitles, joined into running text
        turns = [line for paragraph in captions.paragraphs for line in ("", paragraph, "")]
        lines[captions.start : captions.end] = turns
        page.dropped += [DroppedLine(line, reason) for line, reason in captions.dropped]
    page.wrapped = page.wrapped or _hard_wrapped(lines)
    heads, publisher = running_heads(lines)
    if heads:  # a printed report's page heads and feet, copied with its text
        page.dropped += [DroppedLine(lines[i], "running header") for i in sorted(heads)]
        page.outlet = page.outlet or publisher
        page.wrapped = True  # a printed page's lines stop at its column's edge
        lines = without_breaks(lines, heads, _SENTENCE_END)
    _take_mail_header(page, lines)
    _drop_quoted_message(page, lines)
    _take_paper_header(page, lines)
    page.subheads = subheads(lines)
    page.entry_dates = _entry_dates(lines)
    masthead = _named_masthead(lines)
    if masthead is not None:
        index, name = masthead
        page.outlet = page.outlet or name
        page.dropped.append(DroppedLine(lines[index], "masthead"))
        lines[index] = ""
    rubric, rubric_reason = _hearing_rubric(lines), "hearing rubric"
    if not rubric:
        rubric, rubric_reason = _court_caption(lines), CAPTION_REASON
    signed = _signature(lines) if rubric_reason == CAPTION_REASON and rubric else range(0)
    witness = range(0) if rubric else _witness_head(page, lines)
    session = next((i for i in range(rubric) if _SESSION.match(lines[i])), None)
    if page.title is None and session is not None:
        page.title = lines[session]
        lines[session] = ""
    first = _first_content_index(lines)
    if page.title is None and first is not None and _looks_like_headline(lines, first):
        page.title = lines[first]
        lines[first] = ""
    previous_blank = True
    for index, line in enumerate(lines):
        if not line:
            previous_blank = True
            continue
        if index < rubric:
            reason = _metadata_reason(page, line) or rubric_reason
            page.dropped.append(DroppedLine(line, reason))
        elif index in signed:
            if index > signed.start and page.author is None and _NAMES.match(line):
                page.author = line  # "Signed: C Beale" over "Catriona Beale"
            page.published = page.published or parse_dateline(line)
            page.dropped.append(DroppedLine(line, SIGNATURE_REASON))
        elif index in witness:
            page.published = page.published or parse_dateline(line)  # the hearing's date
            page.dropped.append(DroppedLine(line, WITNESS_REASON))
        elif line in keep:
            page.paragraphs.append(line)
        else:
            _take_line(page, line, join=not previous_blank)
        previous_blank = False
    body = "\n\n".join(_without_trailing_subhead(page, _without_repeats(page)))
    outlet = page.original or _fuller(page.outlet, _copyright_holder(page.dropped))
    return Document.create(
        body,
        title=page.title,
        outlet=outlet,
        author=page.author,
        published=_day_first_if_dateline_says(page.published, page.dateline_day),
        format=fmt,
        dropped=tuple(page.dropped),
        posts=_turns(captions, text, body, outlet) if captions else review_items(body),
    )


def _turns(captions: Transcript, text: str, body: str, outlet: str | None) -> tuple[Post, ...]:
    """Each turn of a captioned panel with its speaker where the turn before called on
    him, else the channel's."""
    posts = [
        ThreadPost(speaker or outlet or "", (paragraph,), kind="person" if speaker else "outlet")
        for paragraph, speaker in zip(captions.paragraphs, captions.speakers(text), strict=True)
    ]
    return placed([p for p in posts if p.author], body)


def _without_repeats(page: _Page) -> list[str]:
    """The paragraphs, less one-sentence ones that copy a sentence of a longer paragraph.

    A pull quote, a "Key points" item or a teaser that copies a sentence of the
    article is page furniture. Only a copy of one sentence out of a paragraph of
    several goes: a paragraph said twice in full is kept both times, since nothing
    shows which of the two is the article's.
    """
    split = [_sentences(paragraph) for paragraph in page.paragraphs]
    sentences = {normalise_text(s) for parts in split if len(parts) > 1 for s in parts}
    folded = [normalise_text(paragraph) for paragraph in page.paragraphs]
    kept: list[str] = []
    quoted = False  # the paragraph before was a pull quote
    for index, (paragraph, parts) in enumerate(zip(page.paragraphs, split, strict=True)):
        line = folded[index]
        if len(line) >= _REPEAT_MIN and len(parts) == 1 and line in sentences:
            page.dropped.append(DroppedLine(paragraph, "repeats the body"))
        elif _pull_quote(index, page.paragraphs, folded) or (quoted and _credit_line(paragraph)):
            page.dropped.append(DroppedLine(paragraph, "pull quote"))
            quoted = True
            continue
        else:
            kept.append(paragraph)
        quoted = False
    return kept


def _pull_quote(index: int, paragraphs: list[str], folded: list[str]) -> bool:
    """Whether paragraph ``index`` is a quotation set apart that repeats words the article
    quotes elsewhere: '"Those drones did not fly from Manama."' over '"Those drones did
    not fly from Manama," said Elin Marsh, ...'. ``folded`` are the paragraphs'
    normalised texts."""
    text = paragraphs[index].strip()
    if not (text[:1] in '“"' and text[-1:] in '”"' and text.count(text[0]) <= 2):
        return False
    words = folded[index]
    return len(words) >= _QUOTE_MIN and any(
        other != paragraphs[index] and words in folded[at] for at, other in enumerate(paragraphs)
    )


def _credit_line(paragraph: str) -> bool:
    """The name and post under a pull quote: "Elin Marsh, Kingsbridge Centre for Gulf
    Security"."""
    return "," in paragraph and len(paragraph.split()) <= 12 and not _SENTENCE_END.search(paragraph)


def _sentences(text: str) -> list[str]:
    """``text`` cut after each full stop, question or exclamation mark that a space follows."""
    return [part for part in _SENTENCE_BREAK.split(text) if part]


def _without_trailing_subhead(page: _Page, paragraphs: list[str]) -> list[str]:
    """The paragraphs, less a subhead that ends them: a heading with nothing under
    it ("TOPICS AND TIME CODES" over an index) heads page furniture."""
    if len(paragraphs) > 1 and paragraphs[-1] in page.subheads:
        page.dropped.append(DroppedLine(paragraphs[-1], "heading with no body"))
        return paragraphs[:-1]
    return paragraphs


def _day_first_if_dateline_says(published: date | None, day: tuple[int, int] | None) -> date | None:
    """Swap day and month of a numeric date the wire dateline contradicts.

    "04/08/2023" above "BOGOTÁ, Aug 4 (APB)" is 4 August, not 8 April: the
    header follows the outlet's day-first convention and the dateline says so.
    """
    if published is None or day is None or (published.month, published.day) == day:
        return published
    if (published.day, published.month) == day:
        return date(published.year, published.day, published.month)
    return published


def _take_line(page: _Page, line: str, *, join: bool) -> None:
    """Record one non-blank line as metadata, furniture or body."""
    if page.title is not None and _same_text(line, page.title):
        page.dropped.append(DroppedLine(line, "title repeated"))
        return
    reason = _metadata_reason(page, line)
    if reason is None:
        reason = furniture_reason(line)
    if reason == "promo headline" and line in page.subheads:
        reason = None  # one of the story's own subheads
    if reason is None and page.in_related and not is_prose(line):
        # Headlines listed under "Related stories" / "More from ..." are links.
        reason = "related link"
    page.in_related = reason in ("related links header", "related link") or (
        page.in_related and reason is not None
    )
    # the paragraph under "A word from this week's sponsor", to its last unbroken line
    copy = reason is None and (page.in_sponsor or (join and page.sponsor_copy))
    if copy:
        reason = "sponsor"
    page.sponsor_copy = copy
    page.in_sponsor = reason == "sponsor" and not copy  # a label opens the slot
    if reason is not None:
        page.dropped.append(DroppedLine(line, reason))
        return
    if join and page.paragraphs and _is_continuation(page, line):
        page.paragraphs[-1] = _join_wrapped(page.paragraphs[-1], line)
    else:
        page.paragraphs.append(line)
    page.last_line = line


def _metadata_reason(page: _Page, line: str) -> str | None:
    """Take a byline, dateline or masthead as metadata; return the reason to drop it."""
    monitored = monitored_source(line)
    if monitored is not None:
        page.original = page.original or monitored.outlet
        page.published = page.published or monitored.published
        return "monitoring credit"
    page.published = page.published or embargo_day(line)
    wiki = wiki_source(line)
    if wiki is not None:
        page.outlet = page.outlet or wiki
        return "masthead"
    answerer = ANSWERER.match(line)
    if answerer is not None:
        page.author = page.author or answerer.group("name")
        return ANSWERER_REASON  # the minister who answers a written question
    edited = last_edited(line)
    if edited is not None:
        page.published = page.published or edited
        return "footer"
    byline = parse_byline(line)
    if byline is not None:
        _take(page, byline)
        return "byline"
    when = parse_dateline(line)
    if when is not None and line in page.entry_dates and page.paragraphs:
        return None  # "4 August 2023" over a timeline's entry
    if when is not None:
        page.published = page.published or when
        return "dateline"
    agency = wire_dateline_outlet(line)
    if agency is not None:
        page.outlet = page.outlet or agency
        page.dateline_day = page.dateline_day or wire_dateline_day(line)
        # A dateline on a line of its own is furniture; followed by text it opens the story.
        return "dateline" if line.rstrip().endswith(")") else None
    if _in_header(page) and not is_prose(line) and not is_running_header(line):
        # ("Security Council      Distr.: General" names no publisher)
        masthead = parse_masthead(line)
        below = page.paragraphs or any(d.reason in _PAGE_HEADERS for d in page.dropped)
        if masthead is not None and below and not _sure_masthead(line, masthead):
            masthead = None  # "Security Council" under "United Nations": no publisher
        if masthead is not None:
            _take(page, masthead)
            return "masthead"
    return None


def _entry_dates(lines: list[str]) -> frozenset[str]:
    """Bare dates on lines of their own, when there are enough of them to head the
    entries of a timeline ("6 April 2023", "August 2023", ...)."""
    dates = [line for line in lines if line and _BARE_DATE.match(line) and parse_date(line)]
    return frozenset(dates) if len(set(dates)) >= TIMELINE_ENTRIES else frozenset()


def _copyright_holder(dropped: list[DroppedLine]) -> str | None:
    """The publisher a page's copyright line names, the last of them."""
    holders = [copyright_holder(d.line) for d in dropped if d.reason == "footer"]
    return next((h for h in reversed(holders) if h is not None), None)


def _fuller(outlet: str | None, holder: str | None) -> str | None:
    """The publisher: the name the header gives, or the copyright line's when the header
    gives none or the copyright line writes it in full ("Sirba Institute" over "Sirba
    Institute for Security Studies"; a year after the name is no part of it)."""
    if not outlet or not holder:
        return outlet or holder
    rest = holder[len(outlet) :]
    return (
        holder
        if rest.startswith(" ") and holder.startswith(outlet) and not re.search(r"\d", rest)
        else outlet
    )


def _sure_masthead(line: str, masthead: Byline) -> bool:
    """A masthead below other header lines: one that dates the page, or a name in
    capitals ("JORDAN RIFT NOTES" under an email's preview line)."""
    return masthead.published is not None or in_capitals(line)


def _in_header(page: _Page) -> bool:
    """Whether a line is still above the story: no finished sentence has been kept
    yet (an email's preview line or a tagline may come before the masthead)."""
    return len(page.paragraphs) < HEADER_LINES and not any(
        _SENTENCE_END.search(p) for p in page.paragraphs
    )


def _take(page: _Page, byline: Byline) -> None:
    """Metadata already known (from the caller or an earlier line) is kept."""
    page.author = page.author or byline.author
    page.outlet = page.outlet or byline.outlet
    page.published = page.published or byline.published


def _take_mail_header(page: _Page, lines: list[str]) -> None:
    """An exported e-mail's header ("From: Tyrrhenian Watch <letter@...>", "Subject: ...",
    "Date: ..."): the subject is the title, the sender's name the outlet and the date the
    date; the header lines are dropped and blanked."""
    fields: dict[str, tuple[int, str]] = {}
    for index, line in enumerate(lines[:12]):
        match = _MAIL_HEADER.match(line)
        if match is None:
            if line and fields:
                break
            continue
        fields[match.group("field").lower()] = (index, match.group("value").strip())
    if "subject" not in fields or not {"from", "date"} & fields.keys():
        return
    sender = _MAIL_SENDER.match(fields["from"][1]) if "from" in fields else None
    page.title = page.title or fields["subject"][1] or None
    page.outlet = page.outlet or (sender.group("name").strip() if sender else None)
    for name in ("date", "sent"):
        if name in fields:
            page.published = page.published or parse_date(fields[name][1])
    for index, _value in fields.values():
        if index != fields["subject"][0]:
            page.dropped.append(DroppedLine(lines[index], "mail header"))
        lines[index] = ""


def _drop_quoted_message(page: _Page, lines: list[str]) -> None:
    """An e-mail's quotation of the earlier message it replies to or passes on
    ("-----Original Message-----" and all below): that message's text, said before."""
    start = next((i for i, line in enumerate(lines) if _QUOTED_MESSAGE.match(line)), None)
    if start is None:
        return
    for index in range(start, len(lines)):
        if lines[index]:
            page.dropped.append(DroppedLine(lines[index], "quoted message"))
        lines[index] = ""


def _take_paper_header(page: _Page, lines: list[str]) -> None:
    """A working paper's title block: the series line names the publisher by the acronym
    its affiliations spell out ("Centre for Armed Groups and Illicit Economies (CAGIE)")
    and gives the date; the footnoted authors are the author; all of it is dropped."""
    original = list(lines)
    for index, line in enumerate(lines[:15]):
        series = _SERIES.match(line)
        if series is not None:
            page.outlet = page.outlet or _spelled_out(series.group("series"), original)
            when = series.group("when")
            page.published = page.published or (parse_date(when) if when else None)
            page.dropped.append(DroppedLine(line, "paper series"))
            lines[index] = ""
        elif _FOOTNOTED_AUTHORS.match(line):
            names = re.findall(_FOOTNOTED_NAME, line)
            page.author = page.author or "; ".join(n.rstrip(_MARKS) for n in names)
            page.dropped.append(DroppedLine(line, "byline"))
            lines[index] = ""
        elif _AFFILIATION.match(line) and page.author:
            page.dropped.append(DroppedLine(line, "affiliation"))
            lines[index] = ""


def _spelled_out(acronym: str, lines: list[str]) -> str:
    """The name an acronym stands for where the text gives it before "(ACRONYM)"."""
    connectors = {"of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "le", "del"}
    for line in lines:
        at = line.find(f"({acronym})")
        if at <= 0:
            continue
        words = line[:at].split()
        name: list[str] = []
        for word in reversed(words):
            if not (word[:1].isupper() or word in connectors) or word.endswith((",", ";")):
                break
            name.insert(0, word)
        while name and name[0] in connectors:
            name.pop(0)
        if len(name) >= 2:
            return " ".join(name)
    return acronym


def _hearing_rubric(lines: list[str]) -> int:
    """How many lines head a committee's evidence before its first numbered question:
    the committee, the inquiry, members present, witnesses and the status notice are
    the record's rubric, not evidence. Zero for any other text."""
    questions = [i for i, line in enumerate(lines) if _QUESTION.match(line)]
    return questions[0] if len(questions) >= HEARING_QUESTIONS else 0


def _court_caption(lines: list[str]) -> int:
    """How many lines head a judgment before its reasons: everything down to the heading
    that opens them ("DECISION AND REASONS"), when the lines above set out the parties
    ("Between", "Appellant", "Respondent"). Zero for any other text."""
    opening = next((i for i, line in enumerate(lines) if JUDGMENT_OPENING.match(line)), None)
    if opening is None:
        return 0
    parties = sum(1 for line in lines[:opening] if CAPTION_PARTIES.match(line))
    return opening + 1 if parties >= CAPTION_MARKS else 0


def _signature(lines: list[str]) -> range:
    """The judge's signature block: the last "Signed" line and the lines under it, to
    the next blank line."""
    starts = [i for i, line in enumerate(lines) if SIGNED.match(line) and not is_prose(line)]
    if not starts:
        return range(0)
    end = starts[-1]
    while end < len(lines) and lines[end]:
        end += 1
    return range(starts[-1], end)


def _witness_head(page: _Page, lines: list[str]) -> range:
    """A written statement's head: from "Statement of [the witness]" down to the first
    paragraph of prose (the witness's post, the committee, the hearing, its date). The
    witness, named there, is the statement's author."""
    for index, line in enumerate(lines[:WITNESS_HEAD_LINES]):
        found = WITNESS.match(line)
        name = found.group("name") if found is not None else ""
        name = name.title() if name.isupper() else name
        if not _NAMES.match(name) or is_prose(line):
            continue  # "Statement of reasons" names no witness
        end = next((i for i in range(index + 1, len(lines)) if is_prose(lines[i])), index + 1)
        page.author = page.author or name
        return range(index, end)
    return range(0)


def _first_content_index(lines: list[str]) -> int | None:
    """Index of the first line that is neither a byline, a dateline nor furniture.

    An ALL-CAPS line counts as content here: at the top of a page it is the
    headline, not a teaser for another story.
    """
    for index, line in enumerate(lines):
        if not line or parse_byline(line) or parse_dateline(line) or _publisher_line(line):
            continue
        if furniture_reason(line) in (None, "promo headline"):
            return index
    return None


def _named_masthead(lines: list[str]) -> tuple[int, str] | None:
    """Where a name in capitals heads the page, and the name as the text goes on to write
    it in small letters ("CONTESTED GROUND" over "welcome to Contested Ground", "U.S.
    DEPARTMENT OF THE TREASURY" under a site banner): the show's, paper's or office's
    name, not the title."""
    index = next(
        (
            i
            for i, line in enumerate(lines)
            if line and furniture_reason(line) in (None, "promo headline")
        ),
        None,
    )
    if index is None:
        return None
    line = lines[index]
    if not in_capitals(line) or len(line.split()) > 6 or not re.fullmatch(r"[A-Z][A-Z.'’ ]+", line):
        return None
    named = re.compile(rf"\b{re.escape(line)}(?=\W|$)", re.IGNORECASE)
    for later in lines[index + 1 :]:
        found = named.search(later)
        if found is not None and not in_capitals(found.group(0)):
            return index, found.group(0)
    return None


def _publisher_line(line: str) -> bool:
    """A publisher's name in capitals, alone or over its tagline ("LEVANT LEDGER | The
    region's reporting, read and sorted for you", "THE SUNDAY ROUNDUP"): not the title."""
    line = unframed(line)
    name, *rest = (part.strip() for part in re.split(rf"{LINK_JOINT}|\s(?:::|--)\s", line))
    if not in_capitals(name) or len(name.split()) > 4 or any(in_capitals(r) for r in rest):
        return False  # a headline in capitals, perhaps over a second one in capitals
    masthead = parse_masthead(line)
    return masthead is not None and masthead.outlet is not None


def _looks_like_headline(lines: list[str], index: int) -> bool:
    """The first line is a title when it is short and not a finished sentence."""
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else ""
    if len(line) > 200 or following[:1].islower() or not any(lines[index + 1 :]):
        return False
    if ITEM_HEAD.match(line):
        return False  # a press review's first item, under a header the cleaner took
    return not _SENTENCE_END.search(line) or not is_prose(line)


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether a plain text is wrapped at a fixed width, as an advisory or an e-mail sent
    as plain text often is: nearly every line short, and most long lines stopping
    mid-sentence with the next line right under them. Paragraphs copied from a page are
    one line each."""
    filled = [line for line in lines if line]
    if len(filled) < WRAPPED_MIN_LINES:
        return False
    if sum(len(line) <= WRAP_WIDTH for line in filled) < 0.9 * len(filled):
        return False
    pairs = [(a, b) for a, b in itertools.pairwise(lines) if len(a) > HEADING_CHARS - 10]
    running_on = sum(
        1 for a, b in pairs if b and not _SENTENCE_END.search(a) and not _LIST_ITEM.match(b)
    )
    return bool(pairs) and running_on > 0.4 * len(pairs)


def _is_continuation(page: _Page, line: str) -> bool:
    """A hard-wrapped line: the previous line stops mid-sentence and this one goes on."""
    previous, wrapped = page.last_line, page.wrapped
    if _SENTENCE_END.search(previous) or _NUMBERED.match(line):
        return False
    opens = line[0].isupper() or _SECTION_NUMBER.match(line) is not None
    numbered = _SECTION_NUMBER.match(previous) is not None and len(previous) < 2 * HEADING_CHARS
    # the last short line of a paragraph before a line that ends the sentence ("...
    # evacuation exercises at" over "Tambiri and one at Dabaré.") is no heading
    ends = page.paragraphs[-1] != previous and _SENTENCE_END.search(line) is not None
    if wrapped and (len(previous) < HEADING_CHARS or numbered) and opens and not ends:
        # A short line that stops mid-sentence before a capitalised or numbered one is a
        # heading ("1. The ADF and ISCAP", "2 The Designated Organizations" over "2.1
        # The Sinaloa Cartel"), not the first part of a wrapped sentence.
        return False
    return wrapped or line[0].islower() or previous.endswith("-")


def _join_wrapped(previous: str, line: str) -> str:
    """Join a wrapped line; a word split by a hyphen at the break is rejoined."""
    if previous.endswith("-"):
        return (previous[:-1] if line[0].islower() else previous) + line
    return f"{previous} {line}"


def _same_text(left: str, right: str) -> bool:
    fold = re.compile(r"\W+")
    return fold.sub("", left.casefold()) == fold.sub("", right.casefold())
