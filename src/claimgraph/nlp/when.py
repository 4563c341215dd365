"""The time a sentence names, resolved to ISO 8601 text.

A claim is only as current as the time it describes: "in 2021 the group had
4,000 fighters" must not be read as today's strength. :func:`resolve_when`
finds the first time expression of a sentence, explicit ("12 March 2024",
"in the 1990s", "between 2019 and 2021") or relative to the publication date
("last year", "on Tuesday", "in recent months"), and writes it as a date
("2024-03-12"), a month ("2024-03"), a year ("2021") or an interval
("2019/2021"). An open end is written "..", as EDTF does ("2015/..").

The rules are our own regular expressions, compiled once at import: they
cover the forms news prose uses, run in microseconds and never depend on the
clock or the network. ``dateparser`` is not needed for these forms, so it is
not used. Without a publication date, relative expressions resolve to
nothing and "since 2015" stays open ("2015/..").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

_MONTH = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_DAY = r"(?P<day>[0-3]?[0-9])(?:st|nd|rd|th)?"
_YEAR = r"(?<![\w,.$£€])(?P<year>1[89][0-9]{2}|20[0-9]{2})(?![0-9]|,[0-9]|\.[0-9])"
_YEAR_MOD = (
    r"(?i:(?P<mod>early|mid|late|(?:the\s+)?(?:end|start|beginning|middle)\s+of"
    r"|(?:spring|summer|autumn|fall|winter)(?:\s+of)?)[\s-]+)"
)
_MONTH_ABBR = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SMALL = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "few": 3,
}
_COUNT = r"(?P<n>[0-9]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few)"
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"

_ISO_RE = re.compile(r"(?<![0-9])(?P<year>[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})(?![0-9])")
_DMY_RE = re.compile(rf"(?<![0-9]){_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?")
_MDY_RE = re.compile(rf"{_MONTH}\s+{_DAY}(?![0-9])(?:,?\s+{_YEAR})?")
_MONTH_YEAR_RE = re.compile(rf"{_MONTH},?\s+(?:of\s+)?{_YEAR}")
_BARE_MONTH_RE = re.compile(rf"{_MONTH}(?!\s*,?\s*[0-9])")
_QUARTER_RE = re.compile(
    rf"(?i:(?:the\s+)?(?P<q>first|second|third|fourth)\s+quarter\s+of\s+){_YEAR}"
)
_Q_RE = re.compile(rf"\bQ(?P<q>[1-4])\s+{_YEAR}")
_DECADE_RE = re.compile(
    r"(?i:\bthe\s+)?(?:(?P<mod>(?i:early|mid|late))[\s-]+)?(?P<dec>1[89][0-9]0|20[0-9]0)'?s\b"
    r"|(?i:\bthe\s+)(?:(?P<mod2>(?i:early|mid|late))[\s-]+)?'?(?P<dec2>[0-9]0)'?s\b"
)
_YEAR_RANGE_RE = re.compile(rf"{_YEAR}\s*[-–—]\s*(?P<year2>[0-9]{{4}}|[0-9]{{2}})(?![0-9,])")
_YEAR_RE = re.compile(rf"{_YEAR_MOD}?{_YEAR}(?!\s*(?:%|per\s?cent|percent))")
_WEEKDAY_RE = re.compile(rf"\b(?P<wd>{'|'.join(_WEEKDAYS)})\b")
_DAY_WORD_RE = re.compile(r"(?i)\b(?P<word>yesterday|today)\b")
_RELATIVE_RE = re.compile(
    r"(?i)\b(?:(?:earlier|later|early|late)\s+)?(?P<which>last|this|next)\s+(?P<unit>year|month|week)\b"
)
_RECENT_RE = re.compile(r"(?i)\b(?:in|over|during)\s+recent\s+(?P<unit>days|weeks|months|years)\b")
_PAST_RE = re.compile(
    rf"(?i)\b(?:in|over|during|for|within|throughout)\s+the\s+(?:past|last|previous)\s+"
    rf"(?:{_COUNT}\s+)?{_UNIT}\b"
)
_AGO_RE = re.compile(rf"(?i)\b{_COUNT}\s+{_UNIT}\s+ago\b")

_OPERATOR_RE = re.compile(
    r"(?i)\b(?P<op>since|from|between|before|until|till|prior\s+to|after|by|as\s+of|in|on"
    r"|during|throughout|through|around|circa|last|this)\s+(?:the\s+(?:year\s+)?)?$"
)
_LAST_RE = re.compile(r"(?i)\blast\s+$")
_BETWEEN_JOIN_RE = re.compile(r"\s*(?:and|to|until|till|through|-|–|—)\s*")
_DASH_JOIN_RE = re.compile(r"\s*[-–—]\s*")
_COUNTED_AFTER_RE = re.compile(r"\s+([a-z]+)\b")
_NOT_PLURAL = frozenset(
    ["as", "has", "was", "is", "its", "his", "this", "thus", "us", "always", "perhaps", "less"]
)
_RECENT_SPAN = {"days": timedelta(days=7), "weeks": timedelta(days=28)}
_RECENT_MONTHS = {"months": 6, "years": 36}


@dataclass(frozen=True)
class _Span:
    """A time expression at ``[start, end)`` covering ``lo`` to ``hi``.

    ``needs_context`` marks forms that are times only after a word such as
    "in" or "since" (a bare "2021" may be a count, a bare "May" a verb).
    """

    start: int
    end: int
    lo: str
    hi: str
    needs_context: bool = False

    def iso(self) -> str:
        """The span as ISO text: one point, or an interval."""
        return self.lo if self.lo == self.hi else f"{self.lo}/{self.hi}"


_Finder = Callable[[str, date | None], Iterator[_Span]]


# --- calendar helpers -----------------------------------------------------


def _month_number(name: str) -> int:
    """1..12 for an English month name or abbreviation (never the locale's)."""
    return _MONTH_ABBR.index(name[:3].lower()) + 1


def _shift_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the month's end."""
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def _month_text(day: date) -> str:
    """The month of ``day`` as "YYYY-MM"."""
    return f"{day.year:04d}-{day.month:02d}"


def _safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None for an impossible one ("31 February")."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _count(text: str | None) -> int:
    """The number a count word or digits stand for ("two" -> 2, absent -> 1)."""
    if text is None:
        return 1
    return int(text) if text.isdigit() else _SMALL[text.lower()]


def _back(published: date, unit: str, n: int) -> date:
    """The publication date moved ``n`` units into the past."""
    if unit == "day":
        return published - timedelta(days=n)
    if unit == "week":
        return published - timedelta(weeks=n)
    months = {"month": 1, "year": 12, "decade": 120}[unit]
    return _shift_months(published, -months * n)


# --- explicit expressions -------------------------------------------------


def _find_iso(text: str, published: date | None) -> Iterator[_Span]:
    """ISO dates ("2024-03-12"), which reports and datelines use."""
    for m in _ISO_RE.finditer(text):
        day = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
        if day is not None:
            yield _Span(m.start(), m.end(), day.isoformat(), day.isoformat())


def _day_month(m: re.Match[str], published: date | None) -> date | None:
    """The date of a day and month, taking the year from the text or publication.

    Without a year, the day is the latest one on or before publication,
    because news reports what has happened.
    """
    month, day = _month_number(m["mon"]), int(m["day"])
    if m["year"]:
        return _safe_date(int(m["year"]), month, day)
    if published is None:
        return None
    found = _safe_date(published.year, month, day)
    if found is not None and found <= published:
        return found
    return _safe_date(published.year - 1, month, day)


def _find_day_month(text: str, published: date | None) -> Iterator[_Span]:
    """Days in either order ("12 March 2024", "March 12, 2024", "12th of March")."""
    for pattern in (_DMY_RE, _MDY_RE):
        for m in pattern.finditer(text):
            day = _day_month(m, published)
            if day is not None:
                yield _Span(m.start(), m.end(), day.isoformat(), day.isoformat())


def _find_month_year(text: str, published: date | None) -> Iterator[_Span]:
    """Months of a named year ("March 2024", "June of 2021")."""
    for m in _MONTH_YEAR_RE.finditer(text):
        iso = f"{int(m['year']):04d}-{_month_number(m['mon']):02d}"
        yield _Span(m.start(), m.end(), iso, iso)


def _find_bare_month(text: str, published: date | None) -> Iterator[_Span]:
    """Months without a year ("in March"): the latest such month up to publication.

    "last March" excludes the publication month itself.
    """
    if published is None:
        return
    for m in _BARE_MONTH_RE.finditer(text):
        month = _month_number(m["mon"])
        strict = _LAST_RE.search(text, 0, m.start()) is not None
        late = month > published.month or (strict and month == published.month)
        year = published.year - 1 if late else published.year
        iso = f"{year:04d}-{month:02d}"
        yield _Span(m.start(), m.end(), iso, iso, needs_context=True)


def _find_quarter(text: str, published: date | None) -> Iterator[_Span]:
    """Quarters ("the first quarter of 2023", "Q3 2022"): their three months."""
    ordinals = ("first", "second", "third", "fourth")
    for pattern in (_QUARTER_RE, _Q_RE):
        for m in pattern.finditer(text):
            word = m["q"].lower()
            quarter = int(word) if word.isdigit() else ordinals.index(word) + 1
            year, first = int(m["year"]), 3 * quarter - 2
            lo, hi = f"{year:04d}-{first:02d}", f"{year:04d}-{first + 2:02d}"
            yield _Span(m.start(), m.end(), lo, hi)


def _decade_years(start: int, mod: str | None) -> tuple[int, int]:
    """First and last year of a decade, narrowed by "early", "mid" or "late"."""
    offsets = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
    low, high = offsets.get((mod or "").lower(), (0, 9))
    return start + low, start + high


def _find_decade(text: str, published: date | None) -> Iterator[_Span]:
    """Decades ("the 1990s", "the late 2000s", "the '90s"; two digits mean 1930s..2020s)."""
    for m in _DECADE_RE.finditer(text):
        if m["dec"]:
            start, mod = int(m["dec"]), m["mod"]
        else:
            short = int(m["dec2"])
            start, mod = (2000 + short if short <= 20 else 1900 + short), m["mod2"]
        low, high = _decade_years(start, mod)
        yield _Span(m.start(), m.end(), str(low), str(high))


def _counted_after(text: str, end: int) -> bool:
    """Whether a plural noun follows, so the number counts ("2000 fighters")."""
    nxt = _COUNTED_AFTER_RE.match(text, end)
    if nxt is None:
        return False
    word = nxt.group(1)
    return len(word) > 2 and word.endswith("s") and word not in _NOT_PLURAL


def _find_year_range(text: str, published: date | None) -> Iterator[_Span]:
    """Year ranges written with a dash ("2019-2021", "2019–21")."""
    for m in _YEAR_RANGE_RE.finditer(text):
        first, second = int(m["year"]), m["year2"]
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if last > first and not _counted_after(text, m.end()):
            yield _Span(m.start(), m.end(), str(first), str(last))


def _find_year(text: str, published: date | None) -> Iterator[_Span]:
    """Years ("2021", "mid-2021", "the end of 2021"); a bare one needs context."""
    for m in _YEAR_RE.finditer(text):
        if not _counted_after(text, m.end()):
            yield _Span(m.start(), m.end(), m["year"], m["year"], needs_context=not m["mod"])


# --- expressions relative to publication ---------------------------------


def _find_weekday(text: str, published: date | None) -> Iterator[_Span]:
    """Weekdays ("on Tuesday"): the latest such day on or before publication.

    "last Tuesday" excludes the publication day itself.
    """
    if published is None:
        return
    for m in _WEEKDAY_RE.finditer(text):
        delta = (published.weekday() - _WEEKDAYS.index(m["wd"])) % 7
        if delta == 0 and _LAST_RE.search(text, 0, m.start()):
            delta = 7
        day = (published - timedelta(days=delta)).isoformat()
        yield _Span(m.start(), m.end(), day, day)


def _find_day_word(text: str, published: date | None) -> Iterator[_Span]:
    """The words "yesterday" and "today"."""
    if published is None:
        return
    for m in _DAY_WORD_RE.finditer(text):
        back = 1 if m["word"].lower() == "yesterday" else 0
        day = (published - timedelta(days=back)).isoformat()
        yield _Span(m.start(), m.end(), day, day)


def _calendar_unit(published: date, unit: str, step: int) -> tuple[str, str]:
    """The year, month or week ``step`` units from the publication's own."""
    if unit == "year":
        year = str(published.year + step)
        return year, year
    if unit == "month":
        month = _month_text(_shift_months(published.replace(day=1), step))
        return month, month
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
    end = published if step == 0 else monday + timedelta(days=6)
    return monday.isoformat(), end.isoformat()


def _find_relative(text: str, published: date | None) -> Iterator[_Span]:
    """Calendar units named from publication ("last year", "earlier this month")."""
    if published is None:
        return
    steps = {"last": -1, "this": 0, "next": 1}
    for m in _RELATIVE_RE.finditer(text):
        lo, hi = _calendar_unit(published, m["unit"].lower(), steps[m["which"].lower()])
        yield _Span(m.start(), m.end(), lo, hi)


def _find_recent(text: str, published: date | None) -> Iterator[_Span]:
    """Recent periods up to publication: days 7, weeks 28, months 6, years 3."""
    if published is None:
        return
    for m in _RECENT_RE.finditer(text):
        unit = m["unit"].lower()
        if unit in _RECENT_SPAN:
            start = published - _RECENT_SPAN[unit]
        else:
            start = _shift_months(published, -_RECENT_MONTHS[unit])
        yield _Span(m.start(), m.end(), start.isoformat(), published.isoformat())


def _find_past(text: str, published: date | None) -> Iterator[_Span]:
    """Spans ending at publication ("over the past two years")."""
    if published is None:
        return
    for m in _PAST_RE.finditer(text):
        start = _back(published, m["unit"].lower(), _count(m["n"]))
        yield _Span(m.start(), m.end(), start.isoformat(), published.isoformat())


def _find_ago(text: str, published: date | None) -> Iterator[_Span]:
    """Points back from publication, as precise as the unit ("two years ago" -> a year)."""
    if published is None:
        return
    for m in _AGO_RE.finditer(text):
        unit = m["unit"].lower()
        then = _back(published, unit, _count(m["n"]))
        iso = {"year": str(then.year), "decade": str(then.year), "month": _month_text(then)}
        text_iso = iso.get(unit, then.isoformat())
        yield _Span(m.start(), m.end(), text_iso, text_iso)


_FINDERS: tuple[_Finder, ...] = (
    _find_iso,
    _find_day_month,
    _find_month_year,
    _find_bare_month,
    _find_quarter,
    _find_decade,
    _find_year_range,
    _find_year,
    _find_weekday,
    _find_day_word,
    _find_relative,
    _find_recent,
    _find_past,
    _find_ago,
)


# --- combining ------------------------------------------------------------


def _spans(sentence: str, published: date | None) -> list[_Span]:
    """All time expressions, left to right, the longest winning where they overlap."""
    found = sorted(
        (span for finder in _FINDERS for span in finder(sentence, published)),
        key=lambda span: (span.start, span.start - span.end),
    )
    kept: list[_Span] = []
    for span in found:
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


def _operator(sentence: str, span: _Span) -> str | None:
    """The word introducing a span ("since", "between", "in"), lower-cased."""
    m = _OPERATOR_RE.search(sentence, 0, span.start)
    return " ".join(m["op"].lower().split()) if m else None


def _range(sentence: str, spans: list[_Span], index: int, op: str | None) -> str | None:
    """An interval from two spans ("between 2019 and 2021", "from 2019 to 2021")."""
    if index + 1 >= len(spans):
        return None
    first, second = spans[index], spans[index + 1]
    gap = sentence[first.end : second.start]
    join = _BETWEEN_JOIN_RE if op in ("between", "from") else _DASH_JOIN_RE
    if not join.fullmatch(gap) or second.hi[:4] < first.lo[:4]:
        return None
    return f"{first.lo}/{second.hi}"


def _apply(op: str | None, span: _Span, published: date | None) -> str | None:
    """The ISO text of a span after the word introducing it."""
    if op in ("since", "from"):
        return f"{span.lo}/{published.isoformat() if published else '..'}"
    if op in ("before", "until", "till", "prior to"):
        return f"../{span.hi}"
    if op == "after":
        return f"{span.lo}/.."
    if op == "between" or (span.needs_context and op is None):
        return None  # "between" with one member; a bare "2021" or "May"
    return span.iso()


def _normalise_published(published: date | None) -> date | None:
    """A plain date: a datetime would compare and print with its time."""
    if isinstance(published, datetime):
        return published.date()
    return published


def resolve_when(sentence: str, published: date | None) -> str | None:
    """The first time expression of ``sentence`` as ISO 8601 text, or None.

    Returns a date ("2024-03-12"), a month ("2023-06"), a year ("2021") or an
    interval ("2019/2021", "1990/1999", "2015/2024-05-10"); ".." marks an
    open end. Relative expressions ("last year", "on Tuesday", "in recent
    months") are resolved against ``published`` and skipped without it.

    The word before an expression shapes it: "since X" runs to publication,
    "before X" and "until X" end at X, "after X" starts at X, "between X and
    Y" and "from X to Y" join two. A bare year or month counts only after
    such a word ("in 2021", not "the 2021 report"), and a year followed by a
    plural noun ("2000 fighters") is a count, not a time.
    """
    published = _normalise_published(published)
    spans = _spans(sentence, published)
    for index, span in enumerate(spans):
        op = _operator(sentence, span)
        ranged = _range(sentence, spans, index, op)
        if ranged is not None:
            return ranged
        resolved = _apply(op, span, published)
        if resolved is not None:
            return resolved
    return None
