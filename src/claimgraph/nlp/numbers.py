"""Quantities as news prose writes them, read into a range.

A strength estimate is rarely a bare number: "between 4,000 and 6,000",
"some 2,000", "more than 1,000", "several hundred", "tens of thousands". The
extractor needs each one as a :class:`~claimgraph.model.Value` range that
follows eval/GUIDE.md ("Numbers"): bounds the prose states are kept, an open
end stays ``None`` and a blurred figure is marked approximate.

The reader works on a small token stream rather than on one large regular
expression, because modifiers, written numbers and ranges combine freely
("up to an estimated two to three thousand") and each part is easier to get
right on its own. Arithmetic uses :class:`~decimal.Decimal` so "1.2 million"
is exactly 1,200,000. Every pattern is compiled once, at import.

``find_quantities`` leaves out numbers that are not counts of anything: years
("in 2021"), dates ("12 March"), times, percentages, money ("$10 million"),
ordinals ("15th"), labels ("Resolution 2253") and codes ("AK-47").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal

from claimgraph.model import Value

_ONE = Decimal(1)


def _word_set(words: str) -> frozenset[str]:
    """A set of words written as one space-separated string, for short tables."""
    return frozenset(words.split())


# Thousands are grouped with commas ("12,000") or, in UN and European usage,
# with a space, a no-break space or a thin space ("12 000"); a space only
# groups after one to three digits, so "in 2019 500 fighters" stays two numbers.
_SPACES = " \u00a0\u202f\u2009"
_TOKEN_RE = re.compile(
    rf"[0-9]{{1,3}}(?:[{_SPACES}][0-9]{{3}}(?![0-9,.]))+(?![0-9])"
    r"|[0-9]+(?:,[0-9]{3}(?![0-9]))*(?:\.[0-9]+)?|[^\W\d_]+|\S"
)

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_BIG = {"thousand": 1000, "million": 10**6, "billion": 10**9}
# Words that multiply what precedes them: "3 thousand", "two dozen".
_SCALES = {"hundred": 100, "dozen": 12, **_BIG}
# Letters written straight after digits: "5k", "2bn".
_SUFFIX_SCALES = {"k": 1000, "mn": 10**6, "bn": 10**9}
# Plural heads and the range of counts each one stands for.
_PLURAL_HEADS = {
    "tens": (10, 99),
    "dozens": (24, 99),
    "hundreds": (100, 999),
    "thousands": (1000, 9999),
    "millions": (10**6, 10**7 - 1),
    "billions": (10**9, 10**10 - 1),
}
# Which part of a plural scale "low", "mid" and "high" pick: 1-3, 4-6 or 7-9 of it.
_BANDS = {"low": (1, 3), "mid": (4, 6), "high": (7, 9)}
# What "hundreds of ..." may be hundreds of and still be a number.
_PLURAL_SCALES = {"thousands": 1000, "millions": 10**6, "billions": 10**9}
# "several hundred" and "a few hundred" are both 200..900, as the annotation
# guide reads them: these words say how many of the scale.
_FEW = ((("a", "few"), (2, 9)), (("several",), (2, 9)))

# A written number may follow each kind of word only after certain kinds.
_ALLOWED_AFTER = {
    "unit": frozenset({"", "tens", "hundred", "big", "and", "hyphen"}),
    "teen": frozenset({"", "hundred", "big", "and"}),
    "tens": frozenset({"", "hundred", "big", "and"}),
    "hundred": frozenset({"unit", "teen", "tens"}),
    "big": frozenset({"unit", "teen", "tens", "hundred"}),
    "dozen": frozenset({"unit", "teen", "tens"}),
}

_CURRENCY = (
    r"(?:us\s+)?(?:dollars?|euros?|pounds?(?:\s+sterling)?|rupees?|afghanis?|dinars?"
    r"|riyals?|rials?|liras?|yuan|dirhams?|usd|eur|gbp)\b"
)
_AFTER_SKIP_RE = re.compile(
    r"\s*-?\s*(?:%|per\s?cent\b|percent|percentage\b|pct\b)"
    r"|\s*(?:[ap]\.m\.|[ap]m\b|gmt\b|utc\b)"
    rf"|\s*{_CURRENCY}"
    r"|\s*-?\s*(?:thirds?|fourths?|fifths?|sixths?|tenths?|quarters?|halves)\b"
    r"|[-–/:][0-9]",
    re.IGNORECASE,
)
_BEFORE_SKIP_RE = re.compile(
    r"(?:[$£€¥₹]|\bus\s*\$|\b(?:usd|eur|gbp|rs|inr|pkr|afn)\.?)\s*$"
    r"|\w[-–/:.]?$",
    re.IGNORECASE,
)
# Label words ("Resolution 2231", "number 5") name the number right after them.
_LABEL_BEFORE_RE = re.compile(
    r"\b(?:resolution|article|section|chapter|paragraph|para|page|annex|table|figure|fig"
    r"|flight|route|highway|volume|vol|no|number|issue|phase|level|grade|category|verse"
    r"|code|room|platform|gate|channel|item|clause|appendix|part|act)\.?\s+$"
    # "three brigades, numbered 45, 46 and 47": the numbers after the first of the list
    r"|\bnumbered\s+(?:\d+\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+))+$",
    re.IGNORECASE,
)
_NUMBERED_RE = re.compile(r"\bnumbered\s+$", re.IGNORECASE)
# "Number" as a verb before its count: "is thought to number 2,000 fighters", "its
# fighters number 3,000", "could number 500"; no label follows these.
_COUNTING_NUMBER_RE = re.compile(
    r"\b(?:to|may|might|could|would|can|will|must|should|now|still|probably|likely|perhaps"
    r"|together|combined|fighters|members|men|troops|forces|ranks|cadres|militants"
    r"|gunmen|combatants|followers|recruits)\s+number\s+$",
    re.IGNORECASE,
)
_LIST_NEXT_RE = re.compile(r"\s*(?:,|and\b|or\b)\s*(?:and\s+|or\s+)?\d")
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b"
)
_MONTH_AFTER_RE = re.compile(rf"\s+(?:of\s+)?{_MONTHS}")
_MONTH_BEFORE_RE = re.compile(rf"\b{_MONTHS}\.?\s+$")
_NEXT_WORD_RE = re.compile(r"\s+([a-z]+)\b")
_PREV_WORD_RE = re.compile(r"\b([a-z]+)\s+$")

# Words before a bare four-digit number that make it read as a year.
_YEAR_CONTEXT = _word_set(
    "in on at since by until till during of from before after between and or to through "
    "throughout early late mid the a an its their his her our this that last next year "
    "years circa spring summer autumn fall winter end start beginning"
)
# Words ending in "s" that are not plural nouns.
_NOT_PLURAL = _word_set(
    "as has was is its his this thus us yes does always perhaps less unless across plus "
    "towards afterwards whereas besides"
)
# Counted nouns that do not end in "s".
_COUNT_NOUNS = _word_set("men women people personnel militia police staff strong youth")


@dataclass(frozen=True)
class _Tok:
    """A word, a digit string or a single punctuation mark, with its offsets."""

    text: str
    low: str
    start: int
    end: int

    @property
    def is_digits(self) -> bool:
        """Whether the token is written in digits: ASCII ones, since "¹⁴" (a footnote
        marker) counts as a digit for ``str.isdigit`` but is no number."""
        return "0" <= self.text[0] <= "9"


@dataclass(frozen=True)
class _Amount:
    """A number or vague count before any modifier is applied.

    ``scale`` is the product of scale words closing the number ("three
    thousand" -> 1000), which "between two and three thousand" lends to its
    first member. ``exact`` separates numbers from vague counts, and
    ``bare_year`` marks a plain four-digit number that could be a year.
    """

    low: Decimal
    high: Decimal
    approx: bool = False
    scale: Decimal = _ONE
    exact: bool = True
    bare_year: bool = False


@dataclass(frozen=True)
class _Modifier:
    """A word group that bounds or blurs the number it precedes or follows."""

    words: tuple[str, ...]
    bound: str = ""
    strict: bool = False
    approx: bool = False


def _approx(*words: str) -> _Modifier:
    """A modifier that only marks the number as approximate."""
    return _Modifier(words, approx=True)


def _upper(*words: str, strict: bool = False, approx: bool = False) -> _Modifier:
    """A modifier that makes the number a maximum."""
    return _Modifier(words, "upper", strict, approx)


def _lower(*words: str, strict: bool = False, approx: bool = False) -> _Modifier:
    """A modifier that makes the number a minimum."""
    return _Modifier(words, "lower", strict, approx)


_PREFIXES = sorted(
    (
        _approx("about"),
        _approx("around"),
        _approx("some"),
        _approx("roughly"),
        _approx("approximately"),
        _approx("approx", "."),
        _approx("approx"),
        _approx("nearly"),
        _approx("almost"),
        _approx("close", "to"),
        _approx("an", "estimated"),
        _approx("an", "approximate"),
        _approx("estimated"),
        _approx("est", "."),
        _approx("circa"),
        _approx("ca", "."),
        _approx("c", "."),
        _approx("perhaps"),
        _approx("maybe"),
        _approx("~"),
        _approx("in", "the", "region", "of"),
        _approx("on", "the", "order", "of"),
        _upper("up", "to"),
        _upper("as", "many", "as"),
        _upper("no", "more", "than"),
        _upper("not", "more", "than"),
        _upper("at", "most"),
        _upper("a", "maximum", "of"),
        _upper("fewer", "than", strict=True),
        _upper("less", "than", strict=True),
        _upper("under", strict=True),
        _upper("below", strict=True),
        _upper("well", "under", strict=True),
        _upper("well", "below", strict=True),
        _upper("just", "under", strict=True, approx=True),
        _upper("just", "below", strict=True, approx=True),
        _lower("more", "than", strict=True),
        _lower("over", strict=True),
        _lower("above", strict=True),
        _lower("in", "excess", "of", strict=True),
        _lower("upwards", "of", strict=True),
        _lower("upward", "of", strict=True),
        _lower("well", "over", strict=True),
        _lower("well", "above", strict=True),
        _lower("just", "over", strict=True, approx=True),
        _lower("just", "above", strict=True, approx=True),
        _lower("at", "least"),
        _lower("no", "fewer", "than"),
        _lower("no", "less", "than"),
        _lower("not", "fewer", "than"),
        _lower("not", "less", "than"),
        _lower("a", "minimum", "of"),
        _lower("as", "few", "as"),
    ),
    key=lambda modifier: -len(modifier.words),
)
# Modifiers by first word, longest first, so each token is tried against a few.
_PREFIXES_BY_FIRST: dict[str, list[_Modifier]] = {}
for _modifier in _PREFIXES:
    _PREFIXES_BY_FIRST.setdefault(_modifier.words[0], []).append(_modifier)
_SUFFIXES = (
    _approx("or", "so"),
    _approx("-", "odd"),
    _lower("or", "more"),
    _lower("-", "plus"),
    _upper("or", "fewer"),
    _upper("or", "less"),
    _lower("at", "least"),
    _upper("at", "most"),
)
_BETWEEN_JOINS = frozenset({"and", "to", "-", "–", "—"})
_FROM_JOINS = frozenset({"to", "-", "–", "—"})
_RANGE_JOINS = frozenset({"to", "-", "–", "—", "or"})
# No range phrase is longer than this many tokens.
_MAX_RANGE_TOKENS = 40


@dataclass(frozen=True)
class _Phrase:
    """A quantity phrase found at tokens ``[start, end)``."""

    start: int
    end: int
    value: Value
    modified: bool
    bare_year: bool


# --- tokens ---------------------------------------------------------------


def _tokenize(text: str) -> list[_Tok]:
    """Split text into tokens that keep their character offsets."""
    return [
        _Tok(m.group(), m.group().lower(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)
    ]


def _low(toks: Sequence[_Tok], i: int) -> str:
    """Lower-cased token ``i``, or "" past the end, so look-ahead needs no checks."""
    return toks[i].low if i < len(toks) else ""


def _match(toks: Sequence[_Tok], i: int, words: tuple[str, ...]) -> int | None:
    """Index after ``words`` if they are the tokens at ``i``, else None."""
    for offset, word in enumerate(words):
        if _low(toks, i + offset) != word:
            return None
    return i + len(words)


# --- written numbers ------------------------------------------------------


def _word_kind(word: str) -> tuple[str, int] | None:
    """Kind and value of a number word ("twenty" -> ("tens", 20))."""
    for kind, table in (("unit", _UNITS), ("teen", _TEENS), ("tens", _TENS), ("big", _BIG)):
        if word in table:
            return kind, table[word]
    if word == "hundred":
        return "hundred", 100
    if word == "dozen":
        return "dozen", 12
    return None


def _is_small(toks: Sequence[_Tok], i: int) -> bool:
    """Whether token ``i`` is a number word below a hundred."""
    kind = _word_kind(_low(toks, i))
    return kind is not None and kind[0] in ("unit", "teen", "tens")


def _joiner_ok(toks: Sequence[_Tok], j: int, last: str) -> bool:
    """Whether "and" or a hyphen at ``j`` continues the written number.

    "and" joins only after a scale ("one hundred and fifty"), a hyphen only
    after a tens word ("twenty-five"); otherwise they belong to the sentence
    ("between two and three").
    """
    if toks[j].low == "and":
        return last in ("hundred", "big") and _is_small(toks, j + 1)
    if toks[j].low == "-":
        nxt = _word_kind(_low(toks, j + 1))
        return last == "tens" and nxt is not None and nxt[0] == "unit"
    return False


_SCALE_KINDS = frozenset({"hundred", "big", "dozen"})


@dataclass
class _WordState:
    """Running sums while a written number is read word by word.

    ``trailing`` is the product of the scale words closing the number and
    ``clean`` whether nothing but a head came before them ("three thousand",
    not "one thousand one hundred"): only then can a range lend the scale.
    """

    total: Decimal = Decimal(0)
    current: Decimal = Decimal(0)
    last: str = ""
    last_big: int = 0
    after_and: bool = False
    trailing: Decimal = _ONE
    clean: bool = True

    def fits(self, kind: str, value: int) -> bool:
        """Whether a word of this kind may follow what came before."""
        if self.last not in _ALLOWED_AFTER[kind]:
            return False
        if kind == "hundred" and self.after_and:
            return False  # "one hundred and two hundred" is two numbers
        return not (kind == "big" and self.last_big and value >= self.last_big)

    def take(self, kind: str, value: int) -> bool:
        """Add one number word; False when it cannot follow what came before."""
        if not self.fits(kind, value):
            return False
        scale = Decimal(value)
        if kind in _SCALE_KINDS:
            if self.last not in ("hundred", "big"):
                self.trailing, self.clean = _ONE, self.total == 0
            self.trailing *= scale
        else:
            self.trailing = _ONE
        if kind in ("hundred", "dozen"):
            self.current *= scale
        elif kind == "big":
            self.total += self.current * scale
            self.current, self.last_big, self.after_and = Decimal(0), value, False
        else:
            self.current += scale
        self.last = kind
        return True

    def lendable(self) -> Decimal:
        """The closing scale a range may lend to its first member, else 1."""
        return self.trailing if self.clean else _ONE


def _parse_words(toks: Sequence[_Tok], i: int) -> tuple[int, Decimal, Decimal] | None:
    """Read a written number ("one hundred and fifty", "a thousand").

    Returns the index after it, its value and the scale a range may lend.
    """
    state = _WordState()
    j = i
    if _low(toks, j) in ("a", "an") and _low(toks, j + 1) in _SCALES:
        state.current, state.last, j = _ONE, "unit", j + 1
    while j < len(toks):
        if toks[j].low in ("and", "-"):
            if not _joiner_ok(toks, j, state.last):
                break
            state.after_and = state.after_and or toks[j].low == "and"
            state.last = "and" if toks[j].low == "and" else "hyphen"
            j += 1
            continue
        kind = _word_kind(toks[j].low)
        if kind is None or not state.take(*kind):
            break
        j += 1
        if kind[0] == "dozen":
            break
    if state.last in ("", "and", "hyphen"):
        return None
    return j, state.total + state.current, state.lendable()


# --- numbers in digits ----------------------------------------------------


def _parse_digits(toks: Sequence[_Tok], i: int) -> tuple[int, _Amount] | None:
    """Read digits with any scale after them ("4,000", "1.2 million", "5k")."""
    tok = toks[i]
    value = Decimal(re.sub(rf"[,{_SPACES}]", "", tok.text))
    j = i + 1
    if j < len(toks) and toks[j].start == tok.end and toks[j].text[0].isalpha():
        mult = _SUFFIX_SCALES.get(toks[j].low)
        if mult is None:
            return None  # "15th", "1990s", "5km": not a count
        return j + 1, _Amount(value * mult, value * mult, scale=Decimal(mult))
    scale = _ONE
    while _low(toks, j) in _SCALES:
        scale *= _SCALES[toks[j].low]
        j += 1
    value *= scale
    bare = scale == 1 and tok.text.isdigit() and len(tok.text) == 4
    return j, _Amount(value, value, scale=scale, bare_year=bare and 1900 <= value <= 2099)


def _parse_number(toks: Sequence[_Tok], i: int) -> tuple[int, _Amount] | None:
    """Read one number written in digits, words or both."""
    if i >= len(toks):
        return None
    if toks[i].is_digits:
        return _parse_digits(toks, i)
    half = _match(toks, i, ("half", "a"))
    if half is not None and _low(toks, half) in _SCALES:
        value = Decimal(_SCALES[toks[half].low]) / 2
        return half + 1, _Amount(value, value)
    words = _parse_words(toks, i)
    if words is None:
        return None
    j, value, trailing = words
    return j, _Amount(value, value, scale=trailing)


# --- vague counts ---------------------------------------------------------


def _scale_run(toks: Sequence[_Tok], j: int) -> tuple[int, Decimal]:
    """Read consecutive scale words ("hundred thousand") into one multiplier."""
    mult = _ONE
    while _low(toks, j) in _SCALES:
        mult *= _SCALES[toks[j].low]
        j += 1
    return j, mult


def _parse_few(toks: Sequence[_Tok], i: int) -> tuple[int, _Amount] | None:
    """Read "several hundred", "a few thousand", "several tens of thousands"."""
    for words, (low, high) in _FEW:
        j = _match(toks, i, words)
        if j is None:
            continue
        if _low(toks, j) == "tens" and _low(toks, j + 1) == "of":
            scale = _PLURAL_SCALES.get(_low(toks, j + 2))
            if scale is not None:
                mult = Decimal(10 * scale)
                return j + 3, _Amount(low * mult, high * mult, approx=True, exact=False)
        end, mult = _scale_run(toks, j)
        if end == j + 1 and _low(toks, j) == "dozen":
            # "a few dozen", "several dozen": as many as "dozens", 24..99
            return end, _Amount(Decimal(24), Decimal(99), approx=True, exact=False)
        if end > j:
            return end, _Amount(low * mult, high * mult, approx=True, exact=False)
    return None


def _parse_plural(toks: Sequence[_Tok], i: int) -> tuple[int, _Amount] | None:
    """Read "hundreds", "tens of thousands", "dozens", "many thousands"."""
    j = i + 1 if _low(toks, i) == "many" else i
    band = _BANDS.get(_low(toks, j)) if _low(toks, j + 1) in _PLURAL_HEADS else None
    j += 1 if band is not None else 0
    head = _PLURAL_HEADS.get(_low(toks, j))
    if head is None:
        return None
    low, high = Decimal(head[0]), Decimal(head[1])
    if band is not None and head[0] >= 100:
        # "in the low thousands" is 1,000-3,999, "the high hundreds" 700-999
        low, high = band[0] * low, (band[1] + 1) * low - 1
    j += 1
    while _low(toks, j) == "of" and _low(toks, j + 1) in _PLURAL_SCALES:
        scale = _PLURAL_SCALES[toks[j + 1].low]
        low, high = low * scale, (high + 1) * scale - 1
        j += 2
    if toks[j - 1].low == "tens" and _low(toks, j) != "of":
        return None  # bare "tens" is not a count; "tens of fighters" is
    return j, _Amount(low, high, approx=True, exact=False)


def _parse_vague(toks: Sequence[_Tok], i: int) -> tuple[int, _Amount] | None:
    """Read a count given without a number ("a handful", "dozens")."""
    handful = _match(toks, i, ("a", "handful"))
    if handful is not None:
        return handful, _Amount(Decimal(3), Decimal(9), approx=True, exact=False)
    return _parse_few(toks, i) or _parse_plural(toks, i)


def _parse_single(toks: Sequence[_Tok], i: int) -> tuple[int, _Amount] | None:
    """Read one count, exact or vague."""
    return _parse_vague(toks, i) or _parse_number(toks, i)


# --- ranges ---------------------------------------------------------------


def _combine(low: _Amount, high: _Amount) -> _Amount | None:
    """Join two members of a range, or None when they do not make one.

    A first member without a scale borrows the second's when that keeps the
    range ascending: "between two and three thousand" is 2000..3000, while
    "between 500 and 1 thousand" stays 500..1000.
    """
    start = low.low
    lends = low.exact and low.scale == 1 and high.scale > 1
    if lends and start * high.scale <= high.low:
        start *= high.scale
    if start > high.low:
        return None
    return _Amount(
        start,
        high.high,
        approx=low.approx or high.approx,
        scale=high.scale,
        exact=False,
        bare_year=low.bare_year and high.bare_year,
    )


def _parse_range_after(
    toks: Sequence[_Tok], j: int, low: _Amount, joins: frozenset[str]
) -> tuple[int, _Amount] | None:
    """Complete a range whose first member ends at ``j``."""
    if _low(toks, j) not in joins:
        return None
    other = _parse_single(toks, j + 1)
    if other is None:
        return None
    combined = _combine(low, other[1])
    return None if combined is None else (other[0], combined)


def _and_positions(toks: Sequence[_Tok], i: int) -> list[int]:
    """Indices of "and" within reach of a range starting at ``i``."""
    return [k for k in range(i + 1, min(len(toks), i + _MAX_RANGE_TOKENS)) if toks[k].low == "and"]


def _parse_bracketed(
    toks: Sequence[_Tok], i: int, joins: frozenset[str]
) -> tuple[int, _Amount] | None:
    """Read the two members after "between" or "from".

    "and" may sit inside a written member ("one hundred and fifty") or join
    the two, so the first member is tried ending at each "and" within reach
    and the reading that covers the most words wins: "between one hundred
    and fifty and two hundred" is 150..200, "between one hundred and two
    hundred" is 100..200.
    """
    best: tuple[int, _Amount] | None = None
    for limit in [*_and_positions(toks, i), len(toks)]:
        first = _parse_single(toks[:limit], i)
        if first is None:
            continue
        found = _parse_range_after(toks, first[0], first[1], joins)
        if found is not None and (best is None or found[0] > best[0]):
            best = found
    return best


def _parse_core(toks: Sequence[_Tok], i: int) -> tuple[int, _Amount] | None:
    """Read a count or a range of counts, without modifiers."""
    word = _low(toks, i)
    if word == "between":
        return _parse_bracketed(toks, i + 1, _BETWEEN_JOINS)
    if word == "from":
        return _parse_bracketed(toks, i + 1, _FROM_JOINS)
    single = _parse_single(toks, i)
    if single is None:
        return None
    return _parse_range_after(toks, single[0], single[1], _RANGE_JOINS) or single


# --- modifiers ------------------------------------------------------------


def _prefix_at(toks: Sequence[_Tok], i: int) -> tuple[int, _Modifier] | None:
    """The longest modifier starting at ``i``."""
    for modifier in _PREFIXES_BY_FIRST.get(_low(toks, i), ()):
        end = _match(toks, i, modifier.words)
        if end is not None:
            return end, modifier
    return None


def _read_prefixes(toks: Sequence[_Tok], i: int) -> tuple[int, list[_Modifier]]:
    """Read up to three modifiers, at most one of them a bound.

    Modifiers stack in prose ("at least an estimated 2,000"), but two bounds
    never do, so a second bound ends the run.
    """
    found: list[_Modifier] = []
    j = i
    while len(found) < 3:
        hit = _prefix_at(toks, j)
        if hit is None or (hit[1].bound and any(m.bound for m in found)):
            break
        j = hit[0]
        found.append(hit[1])
    return j, found


def _read_suffix(toks: Sequence[_Tok], j: int) -> tuple[int, _Modifier | None]:
    """Read a trailing modifier ("or so", "-odd", "or more", "+")."""
    if _low(toks, j) == "+" and toks[j].start == toks[j - 1].end:
        return j + 1, _lower("+")
    for modifier in _SUFFIXES:
        end = _match(toks, j, modifier.words)
        if end is not None:
            return end, modifier
    return j, _bound_after_noun(toks, j)


def _bound_after_noun(toks: Sequence[_Tok], j: int) -> _Modifier | None:
    """A bound that follows the counted noun: "3,000 fighters or fewer".

    The phrase still ends at the number, so the noun stays the unit; only a
    bound that closes the clause counts ("or more of them" is another phrase).
    """
    if j >= len(toks) or not toks[j].text.isalpha():
        return None
    for modifier in _SUFFIXES:
        end = _match(toks, j + 1, modifier.words)
        if end is not None and modifier.bound and not _low(toks, end).isalpha():
            return modifier
    return None


def _number(value: Decimal) -> float:
    """An int when the value is whole (so 4000 prints as 4000), else a float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _to_value(amount: _Amount, modifiers: list[_Modifier]) -> Value:
    """Apply the modifiers' bound and blur to an amount."""
    approx = amount.approx or any(m.approx for m in modifiers)
    bound = next((m for m in modifiers if m.bound), None)
    if bound is None:
        return Value(_number(amount.low), _number(amount.high), approx)
    if bound.bound == "upper":
        top = amount.high
        if bound.strict:
            top = top.to_integral_value(ROUND_CEILING) - 1
        return Value(None, _number(top), approx)
    bottom = amount.low
    if bound.strict:
        bottom = bottom.to_integral_value(ROUND_FLOOR) + 1
    return Value(_number(bottom), None, approx)


def _parse_phrase(toks: Sequence[_Tok], i: int) -> _Phrase | None:
    """Read a whole quantity phrase starting at token ``i``."""
    j, modifiers = _read_prefixes(toks, i)
    core = _parse_core(toks, j)
    if core is None:
        return None
    end, amount = core
    end, suffix = _read_suffix(toks, end)
    if suffix is not None and not (suffix.bound and any(m.bound for m in modifiers)):
        modifiers.append(suffix)
    value = _to_value(amount, modifiers)
    return _Phrase(i, end, value, bool(modifiers), amount.bare_year)


# --- filtering ------------------------------------------------------------


def _looks_counted(word: str) -> bool:
    """Whether a word after a number reads like what is counted ("fighters")."""
    if word in _COUNT_NOUNS:
        return True
    return len(word) > 2 and word.endswith("s") and word not in _NOT_PLURAL


def _year_is_count(text: str, start: int, end: int, modified: bool) -> bool:
    """Whether a bare number such as 2000 counts something rather than dates it.

    It must be followed by a counted noun ("2000 fighters") and either carry
    a modifier ("some 2000 fighters") or follow a word that does not
    introduce years ("has 2000 fighters", not "in 2019 militants").
    """
    nxt = _NEXT_WORD_RE.match(text, end)
    if nxt is None or not _looks_counted(nxt.group(1)):
        return False
    if modified:
        return True
    prev = _PREV_WORD_RE.search(text, 0, start)
    return prev is not None and prev.group(1) not in _YEAR_CONTEXT


def _opens_with_modifier(phrase: str) -> bool:
    """Whether a phrase starts with a modifier word ("as many as 900").

    A label names a bare number ("number 5"); "number as many as 900" is
    the verb "to number" before a count.
    """
    first = phrase.split(maxsplit=1)[0].lower()
    return first.isalpha() and _word_kind(first) is None and first not in ("a", "an")


def _keep(text: str, start: int, end: int, phrase: _Phrase) -> bool:
    """Whether a phrase found in a sentence counts something."""
    if _citation_marker(text, start, end):
        return False  # "ten million followers worldwide.[32]"
    before = text[max(0, start - 30) : start]
    if _BEFORE_SKIP_RE.search(before) or _MONTH_BEFORE_RE.search(before):
        return False
    if (
        _LABEL_BEFORE_RE.search(before)
        and not _opens_with_modifier(text[start:end])
        and not _COUNTING_NUMBER_RE.search(before)
    ):
        return False
    if _NUMBERED_RE.search(before) and _LIST_NEXT_RE.match(text, end):
        return False  # the first of "numbered 45, 46 and 47", not "numbered 3,000 fighters"
    if _AFTER_SKIP_RE.match(text, end) or _MONTH_AFTER_RE.match(text, end):
        return False
    if text[start:end].lower() == "one":
        return False  # "one of", "no one": the pronoun, far more often than a count
    return not phrase.bare_year or _year_is_count(text, start, end, phrase.modified)


def _citation_marker(text: str, start: int, end: int) -> bool:
    """A wiki's note number in brackets, set against the word or stop it follows."""
    opened = start >= 2 and text[start - 1] == "[" and not text[start - 2].isspace()
    return opened and text[end : end + 1] == "]" and text[start:end].isdigit()


def _scan(text: str) -> list[tuple[int, int, Value]]:
    """Every kept quantity phrase of ``text``, left to right."""
    toks = _tokenize(text)
    found: list[tuple[int, int, Value]] = []
    i = 0
    while i < len(toks):
        phrase = _parse_phrase(toks, i)
        if phrase is None:
            i += 1
            continue
        start, end = toks[phrase.start].start, toks[phrase.end - 1].end
        if _keep(text, start, end, phrase):
            found.append((start, end, phrase.value))
        i = phrase.end
    return found


# --- public API -----------------------------------------------------------


def find_quantities(text: str) -> list[tuple[int, int, Value]]:
    """Character spans and values of every quantity phrase in a sentence.

    Spans include modifiers ("about 2,000"), so the caller can look right
    after ``end`` for the unit ("fighters"). Years, dates, times,
    percentages, money, ordinals, labels and codes are left out (see the
    module docstring); a plain four-digit number from 1900 to 2099 is read as
    a year unless a counted noun follows it and it is modified or follows a
    word that does not introduce years ("has 2000 fighters").
    """
    return _scan(text)


def parse_quantity(text: str) -> Value | None:
    """The value of the first quantity phrase in ``text``, or None.

    When the whole text is one phrase it is read as given, so "2000" alone is
    a number; inside a sentence the filters of :func:`find_quantities` apply,
    so "in 2021" holds no quantity. ``qualifier`` is left None: the caller
    adds it.
    """
    toks = _tokenize(text)
    if toks:
        whole = _parse_phrase(toks, 0)
        if whole is not None and whole.end == len(toks):
            return whole.value
    found = _scan(text)
    return found[0][2] if found else None


def _format_number(number: float) -> str:
    """Digits with thousands separators and no exponent ("1,200,000", "0.5")."""
    value = Decimal(str(number))
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return format(value.normalize(), ",f")


def format_quantity(value: Value) -> str:
    """A canonical written form that :func:`parse_quantity` reads back.

    Exact values read "2,000", "between 4,000 and 6,000", "at least 22",
    "up to 3,000"; approximate ones add "about", "roughly" or "an
    estimated". A qualifier follows in brackets. A value with neither bound
    is "an unknown number", which holds no quantity. Bounds are expected to
    be non-negative with ``min <= max``.
    """
    low, high = value.min, value.max
    if low is None and high is None:
        text = "an unknown number"
    elif low is not None and high is not None and low == high:
        text = ("about " if value.approx else "") + _format_number(low)
    elif low is not None and high is not None:
        pair = (_format_number(low), _format_number(high))
        text = "roughly {} to {}" if value.approx else "between {} and {}"
        text = text.format(*pair)
    elif low is not None:
        text = "at least " + ("an estimated " if value.approx else "") + _format_number(low)
    else:
        assert high is not None
        text = "up to " + ("an estimated " if value.approx else "") + _format_number(high)
    return f"{text} ({value.qualifier})" if value.qualifier else text
