"""Read outlet, author and date from the byline and dateline lines of copied text.

"Written By FRONTLINE DISPATCH | Sunday, 18 June 2023 12:00 PM" is furniture
to drop from the body, but it is also the only place a scraped text says who
published it and when. These functions take that metadata before the line is
dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import dateparser

_BYLINE = re.compile(
    r"^\s*(?:(?:(?:written|posted|published|reported|filed|story|words|compiled|prepared|analysis|"
    r"commentary|text)\s+"
    r"(?:in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+)?)?by[:\s]|(?:authors?|reporting|reporters?|story)\s*:)\s*"
    r"(?P<who>[^|•·⁘\n]+?)\s*(?:(?:[|•·⁘]|\s//?\s|\s[-–—]\s|,\s*(?=\w+day\b))\s*(?P<when>.+?))?\s*$",
    re.IGNORECASE,
)
_DATE_LABEL = re.compile(
    r"^\s*(?:published|posted|updated|last updated|first published|filed|date)\s*(?:on)?\s*"
    r"[:\-]?\s*",
    re.IGNORECASE,
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = r"(?:\w+day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
# Day first: "03.04.2025", "21.11.25", "21-10-2025".
_DOTTED_DATE = re.compile(r"^(?:\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})|\d{1,2}-\d{1,2}-\d{4})$")
# What every written date has: a month's name or numbers joined as a date.
_WRITTEN_DATE = re.compile(
    rf"\b(?:{_MONTHS})\b|\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}", re.I
)
# "Thurs. 6 Nov 2025": a weekday the date parser does not read, dropped on a retry.
_WEEKDAY = re.compile(rf"^{_WEEKDAYS}\.?,?\s+", re.IGNORECASE)
# A month in Roman numerals: "16.IX.2025", as some European papers date their issues.
_ROMAN_MONTH = r"(?:X?I{1,3}|I?V|VI{1,3}|I?X)"
_DATELIKE = re.compile(
    rf"^(?:{_WEEKDAYS}\.?,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|(?:{_MONTHS})\.?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}|\d{{2}})"
    rf"|\d{{1,2}}-\d{{1,2}}-\d{{4}}|\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d{{2}}"
    rf"|\d{{1,2}}\.{_ROMAN_MONTH}\.\d{{4}})"
    r"(?:\s*(?:[-–—|,]\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*\(?(?:[A-Z]{2,4}|GMT[+-]\d{1,2})\)?)?)?\s*$",
    re.IGNORECASE,
)
_OUTLET_WORDS = re.compile(
    r"\b(?:news|dispatch|times|post|wire|review|monitor|daily|press|media|observer|journal|"
    r"herald|tribune|agency|network|report|sentinel|insider|tv|radio|service|gazette|"
    r"chronicle|digest|bulletin|institute|centre|center|staff|desk|ledger|courier|standard|mirror|"
    r"express|telegraph|guardian|today|weekly|magazine|forum|record|examiner|register|globe|"
    r"inquirer|gazette|times|newswire|wire|observatory|foundation|council|programme|program|lab|"
    r"labs|studies|initiative|briefing|newsletter|roundup|letter|notes|ministry|department|"
    r"directorate|bureau|commission|secretariat)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Byline:
    """What a byline or dateline line says."""

    author: str | None = None
    outlet: str | None = None
    published: date | None = None


@lru_cache(maxsize=1024)
def parse_date(text: str) -> date | None:
    """Parse a written date ("Sunday, 18 June 2023 12:00 PM") without guessing wildly.

    Only a text that names a month or writes a numeric date is a date: "about 6
    minutes" after a byline is a reading time, not six minutes before now.
    """
    roman = _ROMAN_DATE.match(text.strip())
    if roman is not None:
        return _roman_date(roman)
    if not _WRITTEN_DATE.search(text):
        return None
    # "Thursday, August 21, 2025 at 4:45 PM CAT": a zone or a clock the parser does
    # not know; the day is what the line is read for, so it is tried without them.
    bare = _CLOCK.sub("", text).strip(" ,")
    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    if _DOTTED_DATE.match(_WEEKDAY.sub("", text.strip())):
        settings["DATE_ORDER"] = "DMY"  # "03.04.2025" is 3 April wherever dots are used
    for written in dict.fromkeys((text.strip(), bare, _WEEKDAY.sub("", bare))):
        parsed = dateparser.parse(written, languages=["en"], settings=settings)
        if parsed is not None:
            return parsed.date()
    return None


_ROMAN_DATE = re.compile(rf"(\d{{1,2}})\.\s?({_ROMAN_MONTH})\.\s?(\d{{4}})")
_ROMAN_MONTHS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


def _roman_date(match: re.Match[str]) -> date | None:
    """The date of a day, Roman month and year, or None when the day does not exist."""
    day, month, year = match.groups()
    try:
        return date(int(year), _ROMAN_MONTHS.index(month) + 1, int(day))
    except ValueError:
        return None


def parse_dateline(line: str) -> date | None:
    """A line that is only a date, optionally labelled ("Published: 3 May 2024"), perhaps
    with where it was filed and when revised ("Thursday 25.09.2025, 06:40 in Bujumbura
    (UTC+2) — revised 14:20")."""
    text = _DATELINE_TAIL.sub("", _DATE_LABEL.sub("", line)).strip()
    if len(text) > 60 or not _DATELIKE.match(text):
        return None
    return parse_date(text)


# What may follow a dateline's date and time: the place filed from, its time zone, the
# hour of the last revision.
_DATELINE_TAIL = re.compile(
    r"(?<=\d)(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
    r"(?:\s*\((?:UTC|GMT)\s*(?:[+−-]\s*\d{1,2}(?::\d{2})?)?\))?"
    r"(?:\s*[—–-]\s*(?:revised|updated|amended)\s+\d{1,2}[:.]\d{2})?\s*$"
)


# The mark of an electronic signature on a court filing: "/s/ Kyle T. Brannigan".
_E_SIGNATURE = re.compile(r"^\s*/s/\s*", re.IGNORECASE)


def parse_byline(line: str) -> Byline | None:
    """A byline ("By Jane Roe, Global Wire | 3 May 2024"), or None for anything else.

    "By the end of 2023, the group had grown" starts like a byline; a byline's
    name part is short and capitalised, which tells the two apart.
    """
    if _REPORTS_FROM.match(line):
        names = re.findall(rf"({_NAME})\s+(?:reports?\s+)?from\b", line)
        reporters = [", ".join(names[:-1]), names[-1]] if len(names) > 1 else names
        return Byline(author=" and ".join(reporters), outlet=None, published=None)
    match = _BYLINE.match(line)
    if not match or len(line) > 160:
        return None
    who = _WITH_REPORTING.sub("", match.group("who"))  # "..., with additional reporting by ..."
    who = _E_SIGNATURE.sub("", who)  # "By: /s/ Kyle T. Brannigan": a court filing's signature
    # "Liz Benítez (Concepción) & Matías Ortega (Asunción)": where each filed from
    who = re.sub(r"\s+&\s+", " and ", _FILED_IN_BRACKETS.sub("", who))
    who = _FILED_FROM.sub("", who).strip(" ,")  # "Jane Roe in Kabul"
    when = match.group("when")
    words = who.split()
    parts = who.split(",")
    if len(parts) == 2 and _ROLE.search(parts[1]) and _NAMES.match(parts[0].strip()):
        words = parts[0].split()  # "Amina Yusuf, Kestrel Wire correspondent"
    if len(words) > 10 and _ROLE.search(who) and _NAMES.match(who.split(",")[0]):
        # "Sai Lon Hseng, Visiting Fellow, and Ingrid Matthiesen-Roy, Head, ...": the first
        who = who.split(",")[0]
        words = who.split()
    # "Nour al-Khatib": a particle joined by a hyphen is part of a name
    if (
        not words
        or len(words) > 10
        or any(w[0].islower() and w.split("-")[0] not in _JOINERS for w in words)
    ):
        return None
    if when is None and _SENTENCE_END.search(line):
        return None
    published = parse_date(when) if when else None
    author, outlet = _split_who(who)
    return Byline(author=author, outlet=outlet, published=published)


_ROLE = re.compile(
    r"\b(?:analyst|researcher|correspondent|editor|reporter|fellow|director|writer|contributor|"
    r"professor|lecturer|chief|head|producer|columnist)s?\b",
    re.IGNORECASE,
)
# A person's name of two to four capitalised words.
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
_NAME_AND_ROLE = re.compile(rf"^(?P<name>{_NAME}),\s+(?P<role>.+)$")
# "Aline Irakoze reports from Bujumbura, Josué Mutombo Bahati from Uvira"
_FROM_PLACE = r"from\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
_REPORTS_FROM = re.compile(
    rf"^(?P<who>{_NAME})\s+reports?\s+{_FROM_PLACE}"
    rf"(?:\s*(?:,|and|,\s*and)\s+{_NAME}\s+{_FROM_PLACE})*\.?$"
)
_BUREAU = re.compile(r"^[A-Z][\w'’ -]{1,40}\s+(?:bureau|desk|newsroom)$", re.IGNORECASE)
_STAFF = re.compile(r"\s+(?:staff|desk|reporters|newsroom)$", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s+(?:[|·•◦—–\-*~▪■◆░⁘>›»]|--|//?|::)\s+|\s*[|·•◦▪■◆░⁘]\s*")
_CLOCK_TIME = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}|GMT[+-]?\d*)?"
# "14:47 EAT (11:47 GMT)": a local time with the same moment in another zone.
_TIME = re.compile(rf"^{_CLOCK_TIME}(?:\s*\({_CLOCK_TIME}\))?$", re.I)
_READING_TIME = re.compile(
    r"^(?:(?:about|around|approx\.?|approximately|ca?\.)\s*)?\d+[\s-]+min(?:ute)?s?\s+read$",
    re.IGNORECASE,
)
_PUBLISHED_PREFIX = re.compile(
    r"^(?:published|posted|updated|first published|filed)\s+(?:on\s+)?", re.I
)
# A clock time and zone after a date: "at 4:45 PM CAT", "13:20 GMT", "· 16:42 COT".
_CLOCK = re.compile(r"(?:\s*[-–—|,·]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}.*)$", re.I)
_CAPS = "A-ZÀ-ÖØ-Þ"
WIRE_DATELINE = re.compile(
    rf"^\s*[{_CAPS}][{_CAPS}.'’ /-]{{1,40}}(?:,\s*[A-Z][A-Za-z.'’ ]{{1,29}}(?=,))?"
    r"(?:,\s+(?P<month>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2}))?"
    r"(?:\s+\((?P<outlet>[^()]{2,60})\))?(?:\s+[-–—]{1,2}\s|(?<=\))\s*$)"
)
"""A wire dateline: "KABUL, July 13 (Indus Wire) - ", "BAGHDAD — ", "KUNMING/BANGKOK, Jan 12 (MNW) —".

The place, region, date and agency are each optional after the first word;
the dash (or the end of a line) closes it.
"""
# A publication's series line: "Great Lakes Security Initiative Policy Brief No. 12".
_SERIES = re.compile(
    r"\s+(?:(?:policy|research|occasional|working|discussion|briefing)\s+"
    r"(?:brief|paper|report|note|series)\b|(?:brief|paper|report|note)\s+(?:no\.?|number|#)\s*\d).*$",
    re.IGNORECASE,
)

# A numbered issue of a series: "Southern Arabia Brief 11", "Borderlands Paper 6/2025".
_NUMBERED_SERIES = re.compile(
    r"\b(?:brief|paper|note|report|bulletin|series|issue|letter|edition)\s+(?:no\.?\s*)?\d[\d/]*$"
    r"|^(?:no\.|issue|#)\s*\d+$",  # "No. 212 ▪ THE SULU SEA MONITOR"
    re.IGNORECASE,
)
# An agency's story slug in its header: "slug: ETHIOPIA-SOMALI/ONLF".
_SLUG_LABEL = re.compile(r"^slug\s*:", re.IGNORECASE)
_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_JOINERS = {"and", "of", "for", "at", "the", "de", "al", "el", "bin", "van", "von", "da"}
# Where a reporter filed from, after their name: "By Jane Roe in Kabul and John Doe in Delhi".
# Reporters' names alone, joined by "and": "Zarina Gadzhieva and Pavel Orlov".
_NAMES = re.compile(rf"^{_NAME}(?:\s+and\s+{_NAME})*$")
_FILED_FROM = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?=\s+and\s|\s*$|\s*,)")
_SENTENCE_END = re.compile(r"[.!?]\s*$")
# In brackets after a name, where the reporter filed from ("Liz Benítez (Concepción)")
# or their role in lower case ("Kadiatou Sangaré (research division)").
_FILED_IN_BRACKETS = re.compile(r"\s*\((?:[A-Z][^()]{1,40}|[a-z][a-z ]{2,30})\)")
# Second reporters after the first: "By Jane Roe, with additional reporting by John Doe".
# Also how the work was done: "..., on the basis of field interviews led by ...".
_WITH_REPORTING = re.compile(
    r",?\s+with\s+(?:additional\s+reporting\s+(?:by|from)\s+)?.*$"
    r"|\s*;\s*(?:additional\s+)?reporting\s+(?:by|from)\s.*$"
    r"|,\s+(?:on the basis of|based on|drawing on|from)\s+[a-z].*$"
)


def _split_who(who: str) -> tuple[str | None, str | None]:
    """Split "Jane Roe, Global Wire" into author and outlet ("Jane Roe, Senior Analyst": no outlet)."""
    parts = [part.strip() for part in re.split(r",|\s+for\s+|\s+at\s+", who) if part.strip()]
    if len(parts) >= 2:
        if _ROLE.search(parts[-1]):
            # "Kestrel Wire correspondent": the paper the reporter writes for
            rest = _ROLE.sub("", parts[-1]).strip()
            paper = rest[:1].isupper() and _OUTLET_WORDS.search(rest)
            return parts[0], _outlet_name(rest) if paper else None
        if " and " in parts[-1] and not _OUTLET_WORDS.search(parts[-1]):
            return who, None  # "Ange Mukeshimana, Patrick Otieno and Léa Fontaine": all reporters
        return parts[0], _outlet_name(parts[-1])
    single = parts[0]
    if in_capitals(single) or _OUTLET_WORDS.search(single):
        return None, _outlet_name(single)
    return single, None


def _outlet_name(name: str) -> str:
    """Outlet names as written, but "FRONTLINE DISPATCH STAFF" -> "Frontline Dispatch"."""
    staff = _STAFF.search(name)
    # "Sudan Brief desk", "FRONTLINE DISPATCH STAFF" name a paper's staff; a
    # "Research Desk" written in title case is the publisher's own name.
    if staff is not None and not (staff.group().strip() == "Desk" and not in_capitals(name)):
        name = name[: staff.start()].strip()
    name = re.sub(r"\s+\([A-Z]{2,6}\)$", "", name)  # "PATKAI PRESS AGENCY (PPA)"
    # "Compiled by the Sudan Brief desk": the desk's paper
    name = re.sub(r"^(?:compiled|curated|edited|produced)\s+by\s+(?:the\s+)?", "", name, flags=re.I)
    if in_capitals(name) and sum(ch.isalpha() for ch in name) > 4:
        return " ".join(word.capitalize() for word in name.split())
    return name


# The punctuation a banner line is framed with at both ends: "::  NAME  ::".
_FRAME = re.compile(r"^\s*([:=*#~|])\1+\s+(?=.*\s\1\1+\s*$)|\s+([:=*#~|])\2+\s*$")


def unframed(line: str) -> str:
    """A banner line without its frame: "::  SAHEL RIGHTS WATCH  ::  ...  ::"."""
    return _FRAME.sub("", line)


# The address after a sender's name in an e-mail's header: "Sirba Institute <news@x.org>".
_SENDER_ADDRESS = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>\s*$")


def parse_masthead(line: str) -> Byline | None:
    """A header line of outlet, section and date parts ("Indus Wire", "Meridian Policy
    Institute · Commentary · 16 October 2023", "July 13, 2024 | 16:05 PKT").

    Only asked of short lines above the first paragraph, where such lines sit.
    """
    published_by = _published_by(line)
    if published_by is not None:
        return published_by
    line = _SENDER_ADDRESS.sub("", unframed(line))  # "Sirba Institute <news@...>": a sender
    parts = [piece for part in _SEPARATOR.split(line.strip()) for piece in _name_and_date(part)]
    if parts and _SERIES.search(parts[0]):
        parts[0] = _SERIES.sub("", parts[0])  # the publisher of a numbered series
    if not parts or len(parts) > 6 or _SENTENCE_END.search(line):
        return None
    if len(parts) == 1:
        single = _single_part_masthead(parts[0])
        if single is not None:
            return single
    outlet: str | None = None
    author: str | None = None
    published: date | None = None
    first = 0  # where the publisher's name may stand
    for index, part in enumerate(parts):
        if index == first and _NUMBERED_SERIES.search(part):
            first += 1  # "Southern Arabia Brief 11 | Crater Policy Centre | ...": a series
            continue
        if _SLUG_LABEL.match(part):
            continue
        byline = parse_byline(part) if part[:3].lower() == "by " else None
        if byline is not None:
            author = author or byline.author  # "Fri 21.11.25 ▪ by Tessa Lumabao ▪ ..."
            continue
        when = parse_dateline(_PUBLISHED_PREFIX.sub("", part))
        if when is not None:
            published = published or when
        elif len(part.split()) > 6:
            if outlet is not None and index > 0:
                continue  # "EUPHRATES DIGEST | Weekly roundup on northern and eastern Syria"
            return None
        elif _TIME.match(part) or _READING_TIME.match(part) or _ROLE.search(part):
            continue
        elif (
            index == first
            and part[:1].isupper()
            and (_OUTLET_WORDS.search(part) or _capitals_over_tagline(parts, index))
        ):
            outlet = _outlet_name(part)
        elif not part[:1].isupper():
            return None
    if outlet is None and published is not None and len(parts) > 1 and _name_like(parts[0]):
        # "Euphrates Strategy Group · Research Brief · 14 October 2024": a name
        # heading a dated masthead is the publisher, whatever its words.
        outlet = _outlet_name(parts[0])
    if outlet is None and published is None:
        return None
    return Byline(author=author, outlet=outlet, published=published)


_PUBLISHED_BY = re.compile(
    r"^(?:published|posted|filed)\s+(?:on\s+)?(?P<when>[\w ,./-]{6,30}?)\s+by\s+(?P<who>[A-Z].{1,60})$",
    re.IGNORECASE,
)


_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{2,4})?\s+)?"
    r"(?!all rights)(?P<name>[A-Z][\w'’&. -]{2,60}?)\s*"
    r"(?:,?\s+(?:S\.A\.|Ltd\.?|Limited|Inc\.?|LLC|GmbH)(?=\s|,|$)|[.|,;]\s|[.]?\s*$|\s+all rights)",
    re.IGNORECASE,
)


def copyright_holder(line: str) -> str | None:
    """The name a copyright line gives: "© 2025 Chaco Press Agency S.A. Republication
    only under licence." -> "Chaco Press Agency"; the last place a page names its
    publisher when the header does not."""
    match = _COPYRIGHT.match(line)
    if match is None:
        return None
    name = match.group("name").strip(" .")
    if re.search(r"\bcopyright\b", name, re.IGNORECASE):
        return None  # "© Crown copyright 2025": a kind of copyright, not a publisher
    return name if name[:1].isupper() and len(name.split()) <= 6 else None


def _published_by(line: str) -> Byline | None:
    """ "Published 12 March 2025 by Kestrel Wire": the date and who published it."""
    match = _PUBLISHED_BY.match(line.strip())
    when = parse_date(match.group("when")) if match is not None else None
    if match is None or when is None:
        return None
    author, outlet = _split_who(match.group("who"))
    return Byline(author=author, outlet=outlet, published=when)


def _name_and_date(part: str) -> list[str]:
    """ "Lagos Ledger, 12 March 2025": a name and a date in one masthead part."""
    part = part.strip(" *_")
    head, comma, tail = part.partition(", ")
    if comma and head and parse_dateline(tail) is not None and parse_dateline(part) is None:
        return [head, tail]
    return [part] if part else []


def in_capitals(text: str) -> bool:
    """Whether every letter of ``text`` is a capital (and it has some)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _capitals_over_tagline(parts: list[str], index: int) -> bool:
    """ "THE BORDER BRIEF | Security news from both sides of the line": a name in capitals
    of two words or more, followed by a tagline of several words, heads a newsletter."""
    name = parts[index]
    if len(name.split()) < 2 or not in_capitals(name):
        return False
    return any(len(p.split()) > 3 and not parse_dateline(p) for p in parts[index + 1 :])


def _name_like(part: str) -> bool:
    """Three to six words, each capitalised or a joiner ("of", "for", "the"); a section
    name ("Middle East") is shorter."""
    words = part.split()
    return 2 < len(words) <= 6 and all(w[:1].isupper() or w.lower() in _JOINERS for w in words)


def _dated_wire_dateline(line: str) -> re.Match[str] | None:
    """A wire dateline that gives both a date and an agency, as a line of ingest needs."""
    match = WIRE_DATELINE.match(line)
    if not match or not match.group("month") or not match.group("outlet"):
        return None
    return match


def wire_dateline_day(line: str) -> tuple[int, int] | None:
    """The (month, day) of a wire dateline: "BOGOTÁ, Aug 4 (APB) - ..." -> (8, 4)."""
    match = _dated_wire_dateline(line)
    if match is None:
        return None
    month = _MONTH_NUMBERS.get(match.group("month")[:3].lower())
    return (month, int(match.group("day"))) if month else None


def wire_dateline_outlet(line: str) -> str | None:
    """The agency in a wire dateline: "KABUL, July 13 (Indus Wire) - ..." -> "Indus Wire"."""
    match = _dated_wire_dateline(line)
    return match.group("outlet").strip() if match is not None else None


def _single_part_masthead(part: str) -> Byline | None:
    """ "Karim Nassar, Senior Research Fellow" (an author); "Ouagadougou bureau"."""
    named = _NAME_AND_ROLE.match(part)
    if named and _ROLE.search(named.group("role")):
        return Byline(author=named.group("name"))
    if _FILED_FROM.search(part):
        # "Zarina Gadzhieva in Makhachkala and Pavel Orlov in Moscow": a byline with no "By"
        who = _FILED_FROM.sub("", part).strip(" ,")
        return Byline(author=who) if _NAMES.match(who) else None
    if in_capitals(part) and 1 < len(part.split()) <= 5 and _OUTLET_WORDS.search(part):
        return Byline(outlet=_outlet_name(part))  # "JORDAN RIFT NOTES" on a line of its own
    if _BUREAU.match(part):
        # "Bogotá bureau" is a desk; "ANDEAN PRESS BUREAU" and "Parliamentary Research
        # Bureau", a name of several capitalised words, are the outlet itself.
        rest = part.rsplit(None, 1)[0]
        several = part.endswith(" Bureau") and len(rest.split()) > 1 and rest.istitle()
        publisher = several or _OUTLET_WORDS.search(rest) is not None
        return Byline(outlet=_outlet_name(part)) if publisher else Byline()
    return None


# A monitoring service's credit of the station or paper it translated: "Text of report
# by Congolese community station Radio Kivu Mwangaza on 14 October", "Source: Radio
# Kivu Mwangaza, Walikale, in Kiswahili 1630 gmt 14 Oct 25".
_MONITORED_TEXT = re.compile(
    r"^\s*(?:text|excerpts?|summary|translation)\s+of\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:report|broadcast|commentary|article|editorial|interview|programme|bulletin)s?\s+by\s+"
    r"(?P<who>.+?)(?:\s+on\s+(?P<when>\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?))?\s*$",
    re.IGNORECASE,
)
_MONITORED_SOURCE = re.compile(
    r"^\s*source\s*:\s*(?P<who>[A-Z][^,]{1,59}),(?:[^,]{1,40},)?\s*in\s+[A-Z][a-z]+"
    r"(?:\s+and\s+[A-Z][a-z]+)?\b(?P<when>.*)$",
    re.IGNORECASE,
)
_CAPITALISED_RUN = re.compile(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*")
_TRAILING_DAY = re.compile(r"\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{2,4}\s*$")


def monitored_source(line: str) -> Byline | None:
    """The outlet a monitoring service's transcript or translation comes from, and the
    day it ran; the service only passes it on, as an agency's subscriber would."""
    match = _MONITORED_TEXT.match(line) or _MONITORED_SOURCE.match(line)
    if match is None:
        return None
    names = _CAPITALISED_RUN.findall(match.group("who"))  # the last: "... station Radio X"
    if not names:
        return None
    day = _TRAILING_DAY.search(match.group("when") or "")
    published = parse_date(day.group()) if day is not None else None
    return Byline(outlet=names[-1], published=published)


# The hour a wire story may run: "EMBARGOED -- not for publication before 0300 GMT on
# Tue 21-10-2025"; the day it is released is the day it is published.
_EMBARGO = re.compile(r"^\s*embargo(?:ed)?\b.*?\b(?:on|until)\s+(?P<when>[^()]+?)\s*$", re.I)


def embargo_day(line: str) -> date | None:
    """The day an embargo line releases a story on, if it gives one."""
    match = _EMBARGO.match(line)
    return parse_dateline(match.group("when")) if match is not None else None


_WIKI_SOURCE = re.compile(
    r"^From (?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}), the\b[\w ,'’-]{0,50}"
    r"\bencyclop(?:a|æ)?edia\b[^.!?]*\.?$"
)
_LAST_EDITED = re.compile(
    r"^This page was last (?:edited|modified|updated) on (?P<day>.+?)"
    r"(?:,? at \d{1,2}[:.]\d{2}\b.*)?\.?$",
    re.IGNORECASE,
)


def wiki_source(line: str) -> str | None:
    """The wiki a copied article comes from: "From Polemos Wiki, the open encyclopedia
    of political violence" under the article's title."""
    match = _WIKI_SOURCE.match(line.strip())
    return match.group("name") if match else None


def last_edited(line: str) -> date | None:
    """The day a wiki page's text was last changed: its version's date."""
    match = _LAST_EDITED.match(line.strip())
    return parse_date(match.group("day")) if match else None
