"""Decide, line by line, whether text copied from a web page is body or boilerplate.

Scraped and copy-pasted articles carry the page's furniture between their
paragraphs: bylines, view counters, ALL-CAPS teaser headlines of other
stories, "READ MORE:" links, image file names, advertisements, newsletter and
share prompts. Each rule below names one kind of furniture. Rules that could
mistake a real sentence for furniture only fire on lines that do not read as
prose, because losing a sentence of the body is worse than keeping a teaser.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

PROMO_PREFIX = re.compile(
    r"^\s*(?:WATCH|READ MORE|READ ALSO|ALSO READ|ALSO IN(?: [\w&'’. -]{1,30}?)?|"
    r"READ THE (?:FULL )?(?:STORY|ARTICLE|REPORT)|"
    r"FULL STORY|SPONSORED|ADVERTISEMENT|PAID CONTENT|PARTNER CONTENT|RELATED|SEE ALSO|LISTEN|"
    r"VIDEO|"
    r"GALLERY|TRENDING|RECOMMENDED|MUST READ|DON'T MISS|MORE FROM [\w&'’. -]{1,40}?|MORE)"
    r"\s*[:|›»>–-]",
    re.IGNORECASE,
)
RELATED_HEADER = re.compile(
    r"^\s*(?:(?:related|more|recommended|popular|trending|latest|top|further)"
    r"\s+(?:stories|articles|news|reads|reading|content|coverage|posts|videos|commentary|"
    r"analysis|links|publications|research|transcripts|events|speeches)|more from(?:\s+[\w&'’.-]+){1,5}|"
    r"(?:you|we think you) (?:may|might) (?:also )?like|read next)\s*:?\s*$",
    re.IGNORECASE,
)
IMAGE_TOKEN = re.compile(
    r"\w_(?:image|img|photo|picture|thumbnail|thumb)\b|\.(?:jpe?g|png|gif|webp)\b",
    re.IGNORECASE,
)
COUNTER = re.compile(
    r"^\s*(?:(?:views?|reads?|shares?|comments?|likes?|reactions?)\s*[:\-]?\s*\d[\d.,]*\s*[km]?"
    r"|\d[\d.,]*\s*[km]?(?:\s+(?:views?|reads?|shares?|comments?|likes?))?"
    r"|\d+\s+min(?:ute)?s?\s+read(?:\s*[|·•]\s*[^.!?|]{1,80}){0,3}"
    r"|(?:reading|read) time\s*:?\s*(?:about|around|approx\.?|approximately|~|≈)?\s*\d+\s*"
    r"min(?:ute)?s?"
    r"|(?:page\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}"
    # "1,040 words, about eight minutes": a length and a reading time
    r"|\d[\d,]*\s+words(?:\s*[,·|]\s*(?:about |around |roughly )?[\w-]+\s+min(?:ute)?s?"
    r"(?:\s+read)?)?"
    r"|[—–-]\s*\d{1,4}\s*[—–-])\s*$",
    re.IGNORECASE,
)
ADVERTISEMENT = re.compile(
    r"^\s*(?:advertisements?|sponsored(?: content)?|ad|promoted|"
    r"story continues below(?: advertisement)?|scroll to continue(?: with content)?|"
    r"continue reading below|listen to this (?:article|story)\b.*|"
    r"a word from (?:our|this (?:week|issue)['’]s) sponsors?\s*[:—–-]\s*\S.*)\s*$",
    re.IGNORECASE,
)
NEWSLETTER = re.compile(
    r"^\s*(?:[^\w\s\"“‘'(\[]{1,3}\s*)?(?:sign up|subscribe|join (?:our|us)|get (?:our|the latest|breaking)|follow us|"
    r"download (?:our|the) app|never miss|stay (?:informed|updated|up to date)|"
    r"view (?:this (?:email|newsletter|issue)(?: online| in (?:your|a) browser)?|"
    r"(?:it )?in (?:your|a) browser|online)|(?:was|were) (?:this|you) forwarded|"
    r"forwarded this|you (?:are receiving|received|got) this|unsubscribe|"
    r"(?:manage|update) your (?:subscription|preferences|email)|"
    r"(?:did|has) (?:someone|a colleague|a friend) forward|know someone who\b|"
    r"trouble reading this|open the web version|(?:reading|read) this in your inbox|"
    r"follow (?:us|the [\w .'’&-]{1,40})(?=\s*:)|downloads?\b(?=[^.]{0,40}→)|enjoying the [\w .'’&-]{1,40}(?=\?)|"
    r"forward (?:it|this) to a (?:colleague|friend)|forward to a (?:colleague|friend)|"
    r"get the [\w .'’&-]{1,40} (?:briefing|newsletter|digest|bulletin)\b|"
    r"you are getting this|newsletter(?=\s*:)|your email(?: address)?\s*$|sign me up|"
    r"get [\w .'’&-]{1,40} (?:in your inbox|alerts on|on (?:whatsapp|telegram|signal)\b)|join [\d,.]+ \w+ who get|"
    r"follow [\w .'’&-]{1,40} on (?:x|twitter|telegram|whatsapp|bluesky|facebook|instagram|"
    r"linkedin|youtube|threads|mastodon)\b|"
    r"enter your email|don['’]t miss(?: out| a story| an update)?|"
    r"download (?:the )?(?:full )?(?:paper|report|pdf|brief|study))\b",
    re.IGNORECASE,
)
SOCIAL = {
    "share", "tweet", "email", "print", "copy", "link", "facebook", "twitter", "x",
    "whatsapp", "telegram", "linkedin", "reddit", "this", "article", "story", "on",
    "save", "comment", "comments", "follow", "pinterest", "us", "instagram", "youtube",
}  # fmt: skip
COOKIE = re.compile(
    r"\bcookies?\b.*\b(?:accept|consent|privacy|settings|agree)\b"
    # "This website uses only technically necessary cookies. More information"
    r"|^(?:this|our) (?:web ?site|site|portal|page) uses\b.{0,60}\bcookies\b",
    re.IGNORECASE,
)
COOKIE_BUTTON = re.compile(
    r"^\s*(?:accept(?: all)?(?: cookies)?|reject(?: all)?|manage (?:cookies|preferences)|"
    r"cookie settings|i agree|got it|ok)\s*$",
    re.IGNORECASE,
)
FOOTER = re.compile(
    r"^\s*(?:©|\(c\)|copyright\b|terms of (?:use|service)|privacy policy)|all rights reserved"
    r"|^\s*(?:crown|parliamentary) copyright\b"
    # "Published under the Open Government Licence v3.0. Decisions ... are reproduced ..."
    r"|^\s*(?:published|reproduced|made available|licensed)\s+under\s+(?:the\s+|an?\s+)?"
    r"[\w .-]{0,60}\blicen[cs]e\b",
    re.IGNORECASE,
)
CREDIT_LINE = re.compile(
    r"^\s*[—–-]*\s*\(?\s*(?:(?:writing|reporting|additional reporting|editing|compiled|translated|"
    r"produced|curated|edited|selected)(?:\s+and\s+\w+)?\s+by\s+(?-i:[A-Z])|"
    r"read and summari[sz]ed\b.*\bby\b|"
    r"put together\b.*\bby\s+(?-i:[A-Z])|authors?\s*:)"
    r".*\)?\s*$",
    re.IGNORECASE,
)
DISCLAIMER = re.compile(
    r"^\s*[*_]*(?:the\s+)?(?:views|opinions)\s+expressed\b|^\s*our standards\s*:|"
    r"^\s*about (?:the )?[\w .'’&-]{1,60}:|\bviews are (?:the )?(?:author['’]?s?|their|my) own\b|"
    r"\bsupport (?:our|independent) journalism\b|^\s*this (?:article|story) (?:was|has been) "
    r"(?:updated|corrected|amended)\b|"
    r"\bredistribution (?:is )?prohibited\b|^\s*check against delivery\b|"
    # an article's declarations: "Disclosure statement", "No potential conflict of ..."
    r"^\s*(?:disclosure statement|(?:declaration of |competing )?interests?|conflicts? of interest"
    r"|acknowledge?ments)\s*:?\s*$|^\s*no potential conflicts? of interest\b|\bdo not imply the expression of any opinion\b|^\s*this (?:article|story) (?:was |is |first )+"
    r"(?:published|appeared)\b|"
    # "The Kaladan Policy Centre is an independent research group ...": the publisher's note
    r"^\s*(?:the\s+)?[\w .'’&-]{3,80}\s+is an? (?:independent|non-partisan|nonpartisan|"
    r"non-profit|nonprofit|not-for-profit)\s+(?:\w+\s+){0,2}(?:research|policy|think tank|"
    r"centre|center|institute|organi[sz]ation|foundation|agency|news service)\b|"
    r"^\s*(?:cite (?:this (?:paper|brief|report) )?as|suggested citation|"
    r"how to cite(?: this (?:paper|brief|report|article|note))?)\s*:|"
    r"^\s*[\w ,&'’]{3,40}:\s*\S+@\S+\.\w+\s*$|"
    # "Seen a report we missed? Send it to tips@...": a request for tips
    r"^[^.!]{0,80}[?.!]?\s*(?:send|email|write|forward)\b[^.!?]{0,40}\S+@\S+\.\w+\s*$|"
    r"^\s*republish(?:ing)? this (?:article|story|commentary|piece|paper|analysis|brief)\b|"
    r"^\s*(?:desk |press |media )?contacts?\s*:|"
    # a translation's notice: "provided for the convenience of ...; the Arabic text prevails"
    r"\bprovided for (?:the )?convenience of\b|\b\w+ (?:text|version) (?:shall )?prevails?\b|"
    r"^\s*unofficial translation\b|\bonly the \w+ (?:text|version)\b.{0,60}\bis authoritative\b|"
    # a report's own notices: who produced it, the map disclaimer, where to ask
    r"\bdo(?:es)? not imply (?:official )?endorsement\b|"
    r"^\s*this (?:flash update|situation report|update|bulletin|report|snapshot) is "
    r"(?:produced|prepared|issued|compiled)\b|"
    r"^\s*for (?:further|more) information\b|"
    r"^\s*press (?:enquiries|inquiries|office\b)|^\s*enquiries about\b|\bpress spokesperson\s*$|"
    # an interview's editing note; a working paper's status note and an excerpt's gap
    r"\b(?:edited|condensed) for (?:length|clarity|brevity)\b|"
    r"\bnot (?:been |yet )?peer[- ]reviewed\b|\bviews expressed (?:\w+ )?are (?:those|the views) of\b|"
    r"^\s*\[[^\]]{0,120}\bomitted from this (?:excerpt|extract|version)\b[^\]]*\]\s*$",
    re.IGNORECASE,
)
DOCUMENT_FURNITURE = re.compile(
    r"^\s*(?:distr\.?\s*:\s*\w+|original\s*:\s*\w+|\d{2}-\d{5}(?:\s*\(E\))?|"
    r"[A-Z]{1,3}/\d{4}/\d{1,4}(?:/\w+)?|\*\d{5,}\*|\d{1,4}/\d{1,4}"
    # a table of contents: its heading, and entries led by dots to a page number
    r"|(?:table of )?contents|.{2,}?\s?\.{5,}\s*\d{1,4}"
    # an editor's note on what a copy reproduces: "[Excerpt reproduced here: ...]"
    r"|\[(?:excerpts?|extracts?|abridged|translated|pages?)\b[^\]]*\])\s*$",
    re.IGNORECASE,
)
# Columns a PDF's text layer set apart by wide gaps: "United Nations     S/2025/446".
_COLUMN_GAP = re.compile(r"\S\s{4,}\S")
_WIDE_GAP = re.compile(r"\S\s{12,}\S")
# A newsletter's greeting on a line of its own: "Good morning, and welcome back."
GREETING = re.compile(
    r"^\s*(?:good (?:morning|afternoon|evening)|hello|hi|welcome(?: back)?|"
    r"dear (?:readers?|subscribers?|friends))\b[\w ,'’]{0,30}[.!,]?\s*$|"
    # a letter's salutation ending in a comma: "Hello from the Vieux-Port,"
    r"^\s*(?:hello|hi|dear|greetings|good (?:morning|evening|afternoon))\b[^.!?\n]{0,40},\s*$|"
    # "Hello from a wet Iligan, and welcome to everyone who found us ..."
    r"^\s*(?:hello|greetings|hi) from\b[^.!?]{0,60},? and welcome\b.*$|"
    # a letter's sign-off and postscript: "See you next Friday,", "P.S. Next week: ..."
    r"^[^.!?]{0,30}\b(?:see you (?:next|in|on)\b|until next (?:time|week)|talk soon|"
    r"thanks for reading|best wishes|warm(?:est)? regards)[^.!?]{0,30}[,!.]?\s*$|"
    r"^\s*p\.\s?s\.\s",
    re.IGNORECASE,
)
# When the page was posted or changed, in words the date reader does not take whole:
# "Posted on the 4th of November 2025 at 7.15am (Bangui, WAT) ⁘ Last updated 11.02am".
TIMESTAMP = re.compile(
    r"^\s*(?:[^\w\s]+\s*)?(?:pinned\s*[·|•]\s*)?"  # "📌 Pinned · first posted 07:02"
    r"(?:posted|published|updated|last updated|first published|first posted)\b(?:\s+on)?\s+"
    r"(?:.{0,40}?(?:\b\d{4}\b|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)"
    # "Updated 2 min ago"
    r"|(?:an?|\d{1,3})\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day)s?\s+ago\s*$)",
    re.IGNORECASE,
)
# A button's label pointing onwards: "Book a trial hour →", "Read the full report ⟶".
CALL_TO_ACTION = re.compile(r"^\s*[^.!?]{1,50}?\s*[→⟶➔➜]\s*$")
# What a reader is asked about the page: "Was this article useful?", "214 readers have answered".
READER_POLL = re.compile(
    r"^\s*(?:(?:was|is) this (?:article|story|page|piece) (?:useful|helpful)\b.*|"
    r"[\d,]+ readers? (?:have |has )?(?:answered|voted|responded)\b.*)$",
    re.IGNORECASE,
)
# A newsletter's sponsor slot: what follows it is the sponsor's copy, not the letter's.
SPONSOR_HEADER = re.compile(
    r"^\s*(?:a word from (?:our|this (?:week|issue)['’]s) sponsors?|"
    r"(?:this (?:issue|week['’]s (?:issue|letter)|newsletter) is )?sponsored by\b[^.!?]{0,60}|"
    r"(?:today['’]s |this week['’]s )?sponsors?|(?-i:SPONSORED))\s*:?\s*$",
    re.IGNORECASE,
)
# A wire story's own notes: "(Updates with Interior Ministry statement ...)", "ENDS",
# "CORRECTION: An earlier version of this story ...".
WIRE_NOTE = re.compile(
    r"^\s*\((?:updates|adds|recasts|corrects|refiles|repeats|changes|writes through)\b[^)]*\)\s*$|"
    r"^\s*(?:-+\s*)?(?:ends|end|-30-|###)(?:\s*-+)?\s*$|"
    r"^\s*correction\s*:\s*(?:an|the) (?:earlier|previous) version\b|"
    # what the agency tells its subscribers about a version: "UPDATE 2: adds ...",
    # "EMBARGOED -- not for publication before ...", "EDITOR'S NOTE: ..."
    r"^\s*(?:update\s+\d+\s*:|embargo(?:ed)?\b|editor['’]?s['’]?\s+note\s*:)|"
    # a story sent in takes: "MORE", and the next take's pick-up line
    r"^\s*more(?:\s+(?:follows|to follow))?\s*$|\btake\s+\d+\s+of\s+\d+\b.*\bpicks?\s+up\b|"
    # a teleprinter message's start and end: "ZCZC HWS0613 ...", "NNNN"
    r"^\s*(?:zczc\b.*|nnnn)\s*$",
    re.IGNORECASE,
)
# The agency's initials and its editors' at the foot of a wire story: "CPA lba/mok/jr",
# perhaps with the time it moved: "HWS afg/sh/iw 210300 GMT OCT 25".
WIRE_SIGNOFF = re.compile(
    r"^\s*[A-Z]{2,6}(?:\s+[a-z]{2,4}(?:/[a-z]{2,4})+)+"
    r"(?:\s+\d{4,6}\s*(?i:gmt|utc|z)?(?:\s+(?i:[a-z]{3})\s+\d{2,4})?)?\s*$"
)
# A field of a monitoring service's header, its label in capitals set apart by a
# column gap: "LANGUAGE  Kiswahili", "AIRED     1630 gmt 14 Oct 25".
HEADER_FIELD = re.compile(r"^\s*[A-Z]{3,12}\s{2,}\S")
# A transcriber's note on a line of its own: "[Music]", "[passage omitted: ...]".
BRACKETED_NOTE = re.compile(r"^\s*\[[^\]\n]{1,80}\]\s*$")
# A translator's or editor's note of any length, bracketed on a line of its own.
NOTE_TO_READERS = re.compile(
    r"^\s*\[(?:translator|editor|transcriber)['’]s note\b[^\n]*\]\s*$", re.IGNORECASE
)
# A podcast page's or newsletter's own furniture: the episode or issue number, the
# running time, the section labels over the notes, chapters and transcript, the credits
# and the sponsor read ("TUNDE: This episode is supported by ..."), a content note, the
# transcript's caveat.
EPISODE_FURNITURE = re.compile(
    r"^\s*(?:(?:episode|ep\.)\s+\d+\b[^.!?]{0,60}$"
    r"|issue (?:no\.?|number|#)\s*\d+\b[^.!?]{0,100}$"
    r"|(?:about this episode|chapters|transcript|show notes)\s*$"
    r"|(?:guests?|hosts?|music|producers?)\s*:\s"
    r"|mentioned in this (?:episode|show)\b"
    r"|(?:content|trigger) (?:note|warning)\s*:"
    r"|transcripts? (?:is|are) (?:auto-generated|automatically generated|machine-generated)"
    r"|(?:[A-Z]{2,20}:\s+)?this (?:episode|show|podcast) is (?:supported|sponsored|brought to you)"
    r" by\b)"
    r"|.*\brunning time\b",
    re.IGNORECASE,
)
# A government site's banner and skip link, its press-office label, a release number
# ("SB0319") and "Click here for more ...".
SITE_FURNITURE = re.compile(
    r"^\s*(?:an official website of the (?:united states|u\.s\.) government"
    r"|here['’]s how you know|skip to (?:main )?content|skip navigation"
    r"|(?:press|news|media) releases?|[A-Z]{1,4}-?\d{3,6})\s*$"
    r"|^\s*click here\b"
    r"|^\s*(?:view|show|see) all \d+ (?:references|citations|comments|results)\s*$",
    re.IGNORECASE,
)
# A court's box of the law it applied: "Legal provisions (excerpts)", "Section 129a of the
# Criminal Code (Forming terrorist organisations): Anyone who ..."
STATUTE = re.compile(
    r"^\s*(?:legal|relevant|statutory) provisions\b[^.!?]{0,30}$"
    r"|^\s*(?:section|article|§)\s*\d+[a-z]?\s+of the [\w ]{3,60}\([^)]{3,80}\)\s*:",
    re.IGNORECASE,
)
# A sitting's procedural notes on lines of their own: "Sitting suspended for a Division in
# the House.", "On resuming—", "The Committee adjourned at 11.42 am."
PROCEDURAL_NOTE = re.compile(
    r"^\s*(?:sitting (?:suspended|resumed)\b[^\n]{0,80}"
    r"|on resuming\W*|the (?:committee|sitting|hearing) (?:adjourned|suspended)\b[^\n]{0,60})$",
    re.IGNORECASE,
)
# A correction appended to a story: "* Correction, 25 September 2025, 14:20: an earlier
# version of this article said ...", "Clarification: a previous version ...".
CORRECTION_NOTE = re.compile(
    r"^\W*(?:correction|clarification|editor['’]s note)\b[^\n]{0,60}?[:—–-]\s*"
    r"(?:an?|the) (?:earlier|previous|original) version\b",
    re.IGNORECASE,
)
# A note on when a page was first published and last changed: "This timeline was first
# published on 3 November 2025 and was last updated on 6 November to add ...".
UPDATE_NOTE = re.compile(
    r"^\W*this (?:timeline|article|story|page|explainer|piece|report) (?:was|has been) "
    r"(?:first )?(?:published|updated|posted)\b[^.]{0,80}\b(?:updated|amended|revised)\b",
    re.IGNORECASE,
)
# A wiki article's own furniture: the hatnote that sends readers elsewhere ('"TLP"
# redirects here', "For the 2017 protest, see ..."), the current-event banner, the pointers
# over a section to longer articles ("Main article: ...") and the licence under the page.
WIKI_FURNITURE = re.compile(
    r"^\s*(?:[\"“][^\"”]{1,60}[\"”] redirects here\b"
    r"|(?:this article is about [^.]{1,120}\.\s*)?for (?:the|other) [^.]{1,120}, see\b[^.]{1,120}\.?\s*$"
    r"|this (?:article|section) (?:is about|documents) a current event\b"
    r"|(?:main articles?|further information|see also)\s*:\s*[^.!?]{1,120}$"
    r"|text is available under the creative commons\b)",
    re.IGNORECASE,
)
# A speech's page: the label over the text ("Keynote address · Annual Conference ...",
# "REMARKS AS DELIVERED") and over the questions after it ("QUESTIONS FROM THE FLOOR").
SPEECH_FURNITURE = re.compile(
    r"^\s*[(\[]?(?:(?:keynote|opening|closing) (?:address|speech|remarks)\b[^.!?]{0,100}"
    r"|(?:remarks|speech|address|statement) as (?:delivered|prepared(?: for delivery)?)"
    r"|questions? (?:from the floor|and answers?))[)\]]?\s*$",
    re.IGNORECASE,
)
# Who speaks and who chairs, over a speech or panel: "Speaker: Graham Pellew QPM, ...",
# "Chair: Dr Meera Castellino, ..." (as prose, "Chair: Thank you ..." is a turn).
EVENT_RUBRIC = re.compile(
    r"^\s*(?:speakers?|chair(?:ed by)?|moderat(?:or|ed by)|discussants?|panell?ists?)\s*:?\s"
    r"[A-Z][^.!?]*$",
    re.IGNORECASE,
)
# A link given under a label of its own: "Video of this keynote: https://...".
LABELLED_LINK = re.compile(r"^\s*[\w ,'’()-]{1,60}:\s*(?:https?://|www\.)\S+\s*$", re.I)
# A parliament's written question and answer: the labels of the form ("Asked by: ...",
# "Question", "Answered on 3 November 2025", "Answer"), the answering minister's office,
# the note on questions grouped and answered together. "Answered by: ..." names who
# speaks in the answer and is dropped under a reason of its own.
QUESTION_FORM = re.compile(
    r"^\s*(?:(?:asked|tabled) by:?\s+[A-Z][^.!?]{2,120}"
    r"|(?:question|answer|grouped questions)"
    r"|(?:answered|tabled|asked) on:?\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}"
    r"|(?:the )?(?:parliamentary (?:under-)?secretary|minister(?: of state)?|secretary of state)"
    r"\b[^.!?]{0,120}"
    r"|this question was (?:grouped|answered)\b.*)\s*$",
    re.IGNORECASE,
)
ANSWERER_REASON = "answerer"
# A judgment's caption above its reasons: the court, the case numbers, the judge, the
# parties, counsel and any anonymity direction, down to the heading that opens the text.
CAPTION_REASON = "court caption"
JUDGMENT_OPENING = re.compile(
    r"^\s*(?:approved\s+)?(?:judgment|decision and reasons|determination and reasons"
    r"|reasons for (?:judgment|decision)|decision and statement of reasons)\s*$",
    re.IGNORECASE,
)
# The caption's lines that name the parties' places in the case.
CAPTION_PARTIES = re.compile(
    r"^\s*(?:before:?|between:?|appellants?|respondents?|claimants?|defendants?|applicants?)\s*$",
    re.IGNORECASE,
)
# The judge's signature under a judgment ("Signed: C Beale", then the name in full,
# the office and the date): the judge writes the judgment, in the first person.
SIGNATURE_REASON = "signature"
# The head of a witness's written statement to a committee ("STATEMENT OF DR. EVELYN
# SADOWSKI", "Prepared testimony of Ambassador Jane Roe"), then the witness's post, the
# committee and the hearing: the witness writes the statement, in the first person.
WITNESS = re.compile(
    r"^\s*(?:(?:prepared|written)\s+)?(?:statement|testimony)\s+of\s+"
    r"(?:(?:dr|mr|mrs|ms|prof|professor|ambassador|general|gen|the hon)\.?\s+)*"
    r"(?P<name>[A-Z][\w.'’ -]{2,60}?)\s*$",
    re.IGNORECASE,
)
WITNESS_REASON = "witness"
# A thread post's quotation of an earlier post ("ramiro.t wrote:" and the lines it repeats).
QUOTED_POST_REASON = "quoted post"
SIGNED = re.compile(r"^\s*signed\b:?\s*\S", re.IGNORECASE)
ANSWERER = re.compile(r"^\s*answered by:?\s+(?P<name>[A-Z][^()]{2,60}?)\s*(?:\(.*\))?\s*$", re.I)
# A postal address: a numbered street, written with capitals, and a postal code at the end.
POSTAL_ADDRESS = re.compile(
    r".*\b\d{1,5}\s+(?:[A-Z][a-z]+\s+)+(?:Avenue|Street|Road|Boulevard|Place|Lane|Square|Terrace)\b"
    # a five-digit code, or a British postcode ("9 Tothill Place, London SW1P 3AX")
    r".*(?:\b\d{5}|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\s*$"
    # "27 rue de la République, 13002 Marseille, France"
    r"|.*\b\d{1,4},?\s+(?:rue|avenue|boulevard|place|quai|via|viale|calle|avenida)\s+[^,]{2,60},"
    r"\s*\d{4,5}\s+[A-Z][\w -]+(?:,\s*[A-Z][\w ]+)?\s*$"
)
# A line giving an e-mail address: a contact, corrections or tips line, never reporting.
EMAIL_LINE = re.compile(r"^.{0,250}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+.{0,250}$")
# A time-coded index of chapters or posts: "09:40 Counting fighters on the water".
TIME_INDEX = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s+[A-Z]")
# Dots leading from a label to its page, role or time code: a contents list, a list of
# participants ("Colonel X ..... moderator"); prose never sets four dots apart.
DOTTED_LEADER = re.compile(r"\S(?:\s\.{4,}|\.{6,})\s+\S")
# A source's address on a line of its own: "Source: amupost.example/en/long-read".
SOURCE_LINKS = re.compile(
    r"^\s*(?:sources?|via|link)\s*:\s*(?:[\w.-]+\.\w{2,}/\S*\s*[|,;·]?\s*)+$", re.I
)
TAGS = re.compile(
    r"^\s*(?:tags|topics|keywords|filed under|posted in|categories|print edition|section)\s*:",
    re.IGNORECASE,
)
CREDIT = re.compile(
    r"^\s*\(?(?:photo|image|file photo|picture|credit|source: getty|video)\s*(?::|by\b|credit)"
    # a caption that ends with its credit: "Rubab Hamdani in her office. Photo: Ayesha Rind"
    r"|^.{0,200}[.)]\s*\(?(?:photo|photograph|picture)\s*(?::|by\b)[^.!?]{0,80}$",
    re.IGNORECASE,
)
# A rule drawn with punctuation ("~~~~", "____", ".:.:.:") is a separator of any length.
UI_GLYPH = re.compile(
    r"^\s*(?:[xX×✕✖✗]|[\W_]+|(?:close|menu|back to top|top)(?:\s*[↑▲^]+)?"
    # a live page's badge and switch: "● LIVE", "Auto-refresh"
    r"|[^\w\s]*\s*live(?:\s+now)?|auto-?refresh(?:\s+(?:on|off))?)\s*$",
    re.IGNORECASE,
)


def is_running_header(line: str) -> bool:
    """A page's running header or footer in a PDF's text: short labels set apart by wide
    gaps ("40/286          25-10654", "Security Council          Distr.: General")."""
    if not _COLUMN_GAP.search(line):
        return False
    parts = [part for part in re.split(r"\s{3,}", line.strip()) if part]
    # "Hunters, Jihadists and the State          Sahel Rights Watch": a wider gap
    # sets a report's short title beside its publisher.
    most = 6 if _WIDE_GAP.search(line) else 3
    return len(parts) >= 2 and all(
        len(part.split()) <= most and not _SENTENCE_END.search(part) for part in parts
    )


def _matches(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """A line test that is true when ``pattern`` matches at the line's start."""
    return lambda line: pattern.match(line) is not None


def _contains(pattern: re.Pattern[str]) -> Callable[[str], bool]:
    """A line test that is true when ``pattern`` occurs anywhere in the line."""
    return lambda line: pattern.search(line) is not None


@dataclass(frozen=True)
class LineRule:
    """One kind of furniture: its reason, its test, and whether prose overrides it."""

    reason: str
    test: Callable[[str], bool]
    prose_overrides: bool = True


_SPACE = re.compile(r"\s+")


def block_text(element: HtmlElement) -> str:
    """A page block's text as one line: its runs of space, line breaks included, made one."""
    return _SPACE.sub(" ", element.text_content()).strip()


def is_prose(line: str) -> bool:
    """A line that reads as a sentence of mixed-case prose.

    Such a line is body even when it contains a trigger word ("Analysts
    WATCH the border..."), so the cautious rules never drop it.
    """
    words = _WORD.findall(line)
    if len(words) < 6:
        return False
    lower = sum(1 for word in words if word[0].islower())
    ending = _DOTTED_ABBREVIATION.sub("", line.strip()).strip()  # "... · 36 pp." ends no sentence
    return lower >= max(2, len(words) // 4) and bool(_SENTENCE_END.search(ending))


def is_all_caps_teaser(line: str) -> bool:
    """An ALL-CAPS line of several words: a teaser headline for another story."""
    letters = [ch for ch in line if ch.isalpha()]
    words = _WORD.findall(line)
    if len(letters) < 12 or len(words) < 3:
        return False
    upper = sum(1 for ch in letters if ch.isupper())
    return upper >= 0.85 * len(letters)


# "5 | DAMASCUS: ...", "2  DAN NA AMBASSAGOU: ...": a number before a heading.
_NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}(?:\s*[|.)]\s|\s{2,}\S)")
# The longest numbered ALL-CAPS line that may be a chapter heading of a report.
NUMBERED_SUBHEAD_WORDS = 12
# The longest ALL-CAPS line that may be one of a story's subheads.
SUBHEAD_WORDS = 8


def subheads(lines: list[str]) -> frozenset[str]:
    """Short ALL-CAPS lines that head the sections of one story ("TALKS IN KUNMING",
    "HOW MANY GUNMEN?"): two or more different ones, each of a few words and no colon.
    A lone one, a repeated one or a long one is read as a teaser for another story."""
    found = frozenset(line for line in lines if is_all_caps_teaser(line) and _subhead_shape(line))
    return found if len(found) >= 2 else frozenset()


# A line set between dashes ("— END OF TRANSCRIPT —", "-- MORE --") marks the page, it heads nothing.
_FRAMED = re.compile(r"^\s*[—–-]+\s.*\s[—–-]+\s*$")


def _subhead_shape(line: str) -> bool:
    """A few words with no colon, or a numbered chapter heading of a few more."""
    numbered = _NUMBERED_HEADING.match(line) is not None
    most = NUMBERED_SUBHEAD_WORDS if numbered else SUBHEAD_WORDS
    short = len(_WORD.findall(line)) <= most and (":" not in line or numbered)
    return short and not _FRAMED.match(line)


def is_share_bar(line: str) -> bool:
    """A line made only of share-button labels ("Share  Tweet  Email")."""
    words = [word.lower() for word in _WORD.findall(line)]
    return bool(words) and len(words) <= 12 and all(word in SOCIAL for word in words)


# What separates the labels of a row of links: dots, bars or a spaced tilde.
LINK_JOINT = r"[·|•◦▪◆◇✦░⁘]|\s~\s"


# "36 pp.", "Ref. SRW/ML/2025-04": abbreviations whose dot ends no sentence.
_DOTTED_ABBREVIATION = re.compile(r"\b(?:\d+\s*pp?\.|(?:ref|no)\.(?=\s*\w))", re.IGNORECASE)


def _labels(line: str, joint: str) -> list[str]:
    """The non-empty labels of a row of links, fields or path steps, split at ``joint``."""
    return [part.strip() for part in re.split(joint, line) if part.strip()]


def is_field_bar(line: str) -> bool:
    """Labelled fields separated by bars ("Police emergency line: 104 | Press
    accreditation: Sunday to Thursday"): a contact or service line, not prose."""
    parts = _labels(line, LINK_JOINT)
    return len(parts) >= 2 and all(
        (label := part.split(":", 1)[0]) != part
        and 0 < len(label.split()) <= 3
        and not _SENTENCE_END.search(part)
        for part in parts
    )


def is_link_bar(line: str) -> bool:
    """Short labels separated by dots or bars ("Download PDF · Share · Cite"): a row of links."""
    parts = _labels(line, LINK_JOINT)
    if len(parts) == 2 and parts[0].isdigit():
        return False  # "1 | THE RECRUITERS' BARGAIN": a numbered item's heading
    if parts:  # "Also available: Arabic audio | Arabic transcript (PDF)": the bar's label
        parts[0] = _BAR_LABEL.sub("", parts[0]) or parts[0]
    # "Reading time ≈ 13 min ░ Also in: Français": a reading time is one of the labels
    return len(parts) >= 2 and all(
        (
            len(_PARENTHESES.sub("", part).split()) <= 4
            or COUNTER.match(part)
            or _name_of_a_body(part)
            or _PAGING_ARROW.search(part)
        )
        and not _SENTENCE_END.search(_DOTTED_ABBREVIATION.sub("", part))
        for part in parts
    )


# A link to the previous or next page, whatever its title: "← Chapter 5: Jihadist
# networks in the Western Balkans", "Next: The Sahel →".
_PAGING_ARROW = re.compile(r"^\s*[←‹«]|[→›»]\s*$")


# A link's note in brackets, not one of its words: "Arabic audio (MP3, 51 min)".
_PARENTHESES = re.compile(r"\([^()]*\)")
# A label of a few words before the links of a bar: "Also available:", "Read in:".
_BAR_LABEL = re.compile(r"^[^\W\d][\w'’ ]{0,30}:\s+")


def _name_of_a_body(part: str) -> bool:
    """A name of a few capitalised words ("Directorate of Public Relations and Media")."""
    words = part.split()
    return len(words) <= 6 and all(w[:1].isupper() for w in words if len(w) > 3)


# What joins the labels of a section path: arrows, "::", ">" or a spaced slash.
_PATH_JOINT = r"[›»▸⟩]|\s(?:>|::|//?|[⁄∕])\s"
# A site's address heading a path of its slugs: "levantledger.example ▸ roundups ▸ iran".
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def is_section_path(line: str) -> bool:
    """A section path ("Middle East › Syria › Security", "World / Americas / Colombia"):
    short capitalised labels joined by arrows or spaced slashes."""
    if not re.search(_PATH_JOINT, line):
        return False
    parts = _labels(line, rf"{LINK_JOINT}|{_PATH_JOINT}")
    # "Middle East / Lebanon / Refugees & Security · 7 MIN READ": a reading time may end it
    if len(parts) > 2 and COUNTER.match(parts[-1]):
        parts = parts[:-1]
    if len(parts) >= 2 and _DOMAIN.match(parts[0]):
        return all(_SLUG.match(part) or part[:1].isupper() for part in parts[1:])
    # "You are here: Hearings > Subcommittee on the Middle East, North Africa, and
    # Counterterrorism > ...": a labelled path may name a body in full.
    labelled = _BAR_LABEL.match(line) is not None
    if labelled:
        parts = [_BAR_LABEL.sub("", parts[0]), *parts[1:]]
    return len(parts) >= 2 and all(
        # "ISIL (Da'esh) & Al-Qaida Committee"
        len(_PARENTHESES.sub("", part).split()) <= (12 if labelled else 5)
        and part[:1].isupper()
        and not _SENTENCE_END.search(part)
        for part in parts
    )


def section_labels(line: str) -> list[str]:
    """The labels of a section path, outermost first."""
    return _labels(line, rf"{LINK_JOINT}|{_PATH_JOINT}")


SECTION_PATH_REASON = "section path"


def _promo_prefix(line: str) -> bool:
    match = PROMO_PREFIX.match(line)
    if not match:
        return False
    # An upper-case prefix is always a promo; "Watch: ..." only when it is not a sentence.
    prefix = match.group(0)
    return prefix.upper() == prefix or not is_prose(line)


RULES: tuple[LineRule, ...] = (
    LineRule("promo link", _promo_prefix, prose_overrides=False),
    LineRule("related links header", _matches(RELATED_HEADER)),
    LineRule("image token", _contains(IMAGE_TOKEN)),
    LineRule("counter", _matches(COUNTER), prose_overrides=False),
    LineRule("sponsor", _matches(SPONSOR_HEADER), prose_overrides=False),
    LineRule("advertisement", _matches(ADVERTISEMENT), prose_overrides=False),
    # Imperatives addressed to the reader ("Sign up for our newsletter and ...") are
    # never reporting, even when written as a full sentence.
    LineRule("newsletter prompt", _matches(NEWSLETTER), prose_overrides=False),
    LineRule("ui glyph", _matches(UI_GLYPH), prose_overrides=False),
    LineRule("share buttons", is_share_bar),
    LineRule("cookie banner", _contains(COOKIE), prose_overrides=False),
    LineRule("cookie banner", _matches(COOKIE_BUTTON)),
    LineRule("footer", _contains(FOOTER), prose_overrides=False),
    LineRule("credit line", _matches(CREDIT_LINE), prose_overrides=False),
    LineRule("disclaimer", _contains(DISCLAIMER), prose_overrides=False),
    LineRule("link bar", is_link_bar),
    LineRule("field bar", is_field_bar),
    LineRule(SECTION_PATH_REASON, is_section_path),
    LineRule("tags", _matches(TAGS)),
    LineRule("source link", _matches(SOURCE_LINKS)),
    LineRule("document furniture", _matches(DOCUMENT_FURNITURE), prose_overrides=False),
    LineRule("dotted leader", _contains(DOTTED_LEADER)),
    LineRule("running header", is_running_header),
    LineRule("wire sign-off", _matches(WIRE_SIGNOFF)),
    LineRule("wire note", _contains(WIRE_NOTE), prose_overrides=False),
    LineRule("header field", _matches(HEADER_FIELD)),
    LineRule("transcriber's note", _matches(BRACKETED_NOTE)),
    LineRule("episode furniture", _matches(EPISODE_FURNITURE), prose_overrides=False),
    LineRule("time-coded index", _matches(TIME_INDEX)),
    LineRule("site furniture", _matches(SITE_FURNITURE), prose_overrides=False),
    LineRule("procedural note", _matches(PROCEDURAL_NOTE), prose_overrides=False),
    LineRule("statute excerpt", _matches(STATUTE), prose_overrides=False),
    LineRule("site furniture", _matches(POSTAL_ADDRESS), prose_overrides=False),
    LineRule("contact line", _matches(EMAIL_LINE), prose_overrides=False),
    LineRule("wiki furniture", _matches(WIKI_FURNITURE), prose_overrides=False),
    LineRule("correction note", _matches(CORRECTION_NOTE), prose_overrides=False),
    LineRule("update note", _matches(UPDATE_NOTE), prose_overrides=False),
    LineRule("question form", _matches(QUESTION_FORM), prose_overrides=False),
    LineRule("speech furniture", _matches(SPEECH_FURNITURE), prose_overrides=False),
    LineRule("event rubric", _matches(EVENT_RUBRIC)),
    LineRule("link line", _matches(LABELLED_LINK), prose_overrides=False),
    LineRule("transcriber's note", _matches(NOTE_TO_READERS), prose_overrides=False),
    LineRule("greeting", _matches(GREETING), prose_overrides=False),
    LineRule("call to action", _matches(CALL_TO_ACTION)),
    LineRule("reader poll", _matches(READER_POLL), prose_overrides=False),
    LineRule("timestamp", _matches(TIMESTAMP)),
    LineRule("photo credit", _matches(CREDIT)),
    LineRule("promo headline", is_all_caps_teaser),
)


def furniture_reason(line: str) -> str | None:
    """The reason ``line`` is boilerplate, or None when it is body."""
    prose = is_prose(line)
    for rule in RULES:
        if prose and rule.prose_overrides:
            continue
        if rule.test(line):
            return rule.reason
    return None
