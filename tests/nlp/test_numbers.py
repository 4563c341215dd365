"""Quantity phrases read as the annotation guide reads them."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from claimgraph.model import Value
from claimgraph.nlp.numbers import find_quantities, format_quantity, parse_quantity

# (phrase, min, max, approx)
PHRASES = [
    ("between 4,000 and 6,000", 4000, 6000, False),
    ("4,000-6,000", 4000, 6000, False),
    ("4,000 to 6,000", 4000, 6000, False),
    ("4000–6000", 4000, 6000, False),
    ("1,500 to 2,000", 1500, 2000, False),
    ("from 1,500 to 2,000", 1500, 2000, False),
    ("an estimated 400", 400, 400, True),
    ("about 2,000", 2000, 2000, True),
    ("around 400", 400, 400, True),
    ("some 2,000", 2000, 2000, True),
    ("roughly 2,000", 2000, 2000, True),
    ("approximately 2,000", 2000, 2000, True),
    ("nearly 2,000", 2000, 2000, True),
    ("almost 2,000", 2000, 2000, True),
    ("2,000 or so", 2000, 2000, True),
    ("2,000-odd", 2000, 2000, True),
    ("up to 3,000", None, 3000, False),
    ("as many as 3,000", None, 3000, False),
    ("no more than 3,000", None, 3000, False),
    ("fewer than 100", None, 99, False),
    ("less than 100", None, 99, False),
    ("under 100", None, 99, False),
    ("over 21", 22, None, False),
    ("more than 21", 22, None, False),
    ("more than 1,000", 1001, None, False),
    ("at least 21", 21, None, False),
    ("2,000 or more", 2000, None, False),
    ("2,000+", 2000, None, False),
    ("several hundred", 200, 900, True),
    ("a few hundred", 200, 900, True),
    ("hundreds", 100, 999, True),
    ("thousands", 1000, 9999, True),
    ("several thousand", 2000, 9000, True),
    ("tens of thousands", 10000, 99999, True),
    ("hundreds of thousands", 100000, 999999, True),
    ("dozens", 24, 99, True),
    ("a few dozen", 24, 99, True),
    ("several dozen", 24, 99, True),
    ("a dozen", 12, 12, False),
    ("two dozen", 24, 24, False),
    ("more than a dozen", 13, None, False),
    ("a handful", 3, 9, True),
    ("two thousand", 2000, 2000, False),
    ("Twenty-five", 25, 25, False),
    ("twenty five", 25, 25, False),
    ("one hundred and fifty", 150, 150, False),
    ("one hundred fifty", 150, 150, False),
    ("fifteen hundred", 1500, 1500, False),
    ("a thousand", 1000, 1000, False),
    ("half a million", 500000, 500000, False),
    ("one hundred and fifty thousand", 150000, 150000, False),
    ("4.5 thousand", 4500, 4500, False),
    ("1.2 million", 1200000, 1200000, False),
    ("5k", 5000, 5000, False),
    ("3 thousand", 3000, 3000, False),
    ("between two and three thousand", 2000, 3000, False),
    ("between 20 and 30 thousand", 20000, 30000, False),
    ("one or two thousand", 1000, 2000, False),
    ("between one hundred and two hundred", 100, 200, False),
    ("between one hundred and fifty and two hundred", 150, 200, False),
    ("between 500 and 1 thousand", 500, 1000, False),
    ("at least an estimated 2,000", 2000, None, True),
    ("up to an estimated 3,000", None, 3000, True),
    ("roughly 4,000 to 6,000", 4000, 6000, True),
    ("in the low thousands", 1000, 3999, True),
    ("the high hundreds", 700, 999, True),
    ("the mid hundreds", 400, 699, True),
]


@pytest.mark.parametrize(("text", "low", "high", "approx"), PHRASES)
def test_parse_quantity(text: str, low: int | None, high: int | None, approx: bool) -> None:
    assert parse_quantity(text) == Value(min=low, max=high, approx=approx)


@pytest.mark.parametrize(
    "text",
    [
        "fighters",
        "",
        "in 2021",
        "since 2015",
        "40 percent",
        "40%",
        "$10 million",
        "the 15th report",
        "the 1990s",
        "an unknown number",
    ],
)
def test_parse_quantity_finds_nothing(text: str) -> None:
    assert parse_quantity(text) is None


def test_a_bare_year_alone_is_read_as_a_number() -> None:
    assert parse_quantity("2000") == Value(min=2000, max=2000)


def test_strength_sentence() -> None:
    sentence = (
        "ISIS-K is estimated to have between 4,000 and 6,000 fighters, up from 2,000 in 2021."
    )
    found = [(sentence[start:end], value) for start, end, value in find_quantities(sentence)]
    assert found == [
        ("between 4,000 and 6,000", Value(4000, 6000)),
        ("2,000", Value(2000, 2000)),
    ]


# (sentence, the phrases find_quantities must return, in order)
SENTENCES = [
    ("It fields about 300 men and a dozen camps.", ["about 300", "a dozen"]),
    ("Tens of thousands of supporters and 1,500-strong units.", ["Tens of thousands", "1,500"]),
    ("The group has 2000 fighters and some 2000 members.", ["2000", "some 2000"]),
    ("It grew from 2,000 to 4,000 between 2019 and 2021.", ["from 2,000 to 4,000"]),
    ("One of the groups has one hundred members; no one knows.", ["one hundred"]),
    ("Two-thirds of its 800 fighters fled.", ["800"]),
    ("In 2021, 40% of the $10 million went to 30 percent of 12 units.", ["12"]),
    ("On 12 March 2024 at 10:30 GMT, 5 pm local time, 50 fighters left.", ["50"]),
    ("AK-47 rifles, COVID-19, F-16s and Resolution 2253 were cited by 7 officials.", ["7"]),
    ("The 15th report and the 1990s, 2019-21 and 12/03/2024 and 9/11.", []),
    ("USD 4 million and €3,000 and 200 dollars, but 60 guards.", ["60"]),
    ("They may number as many as 900 fighters.", ["as many as 900"]),
    ("It is assessed to number fewer than 300 men.", ["fewer than 300"]),
    ("Flight number 5 and resolution number 12 were cited.", []),
    ("It is thought to number 2,000 fighters.", ["2,000"]),
    ("Its fighters number 3,000 and could number 500 more.", ["3,000", "500"]),
    ("The guards of room number 12 were 40 men.", ["40"]),
    ("Some 12 000 fighters and 10\u202f500 recruits.", ["Some 12 000", "10\u202f500"]),
    ("In 2019 500 fighters left, and in 2020 300 more.", ["500", "300"]),
    ("It has 3,000 fighters or fewer.", ["3,000"]),
]


@pytest.mark.parametrize(("sentence", "phrases"), SENTENCES)
def test_find_quantities_spans(sentence: str, phrases: list[str]) -> None:
    assert [sentence[start:end] for start, end, _ in find_quantities(sentence)] == phrases


# --- properties -----------------------------------------------------------

_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def _below_thousand(n: int, british: bool) -> list[str]:
    """Words for 1..999 ("one hundred and five" when ``british``)."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_UNITS[hundreds], "hundred"]
        if rest and british:
            words.append("and")
    if rest >= 20:
        words.append(_TENS[rest // 10] + (f"-{_UNITS[rest % 10]}" if rest % 10 else ""))
    elif rest >= 10:
        words.append(_TEENS.split()[rest - 10])
    elif rest:
        words.append(_UNITS[rest])
    return words


def number_to_words(n: int, british: bool = False) -> str:
    """English words for 0..999,999,999 ("two thousand and five" when ``british``)."""
    if n == 0:
        return "zero"
    words: list[str] = []
    for scale, name in ((10**6, "million"), (10**3, "thousand"), (1, "")):
        chunk, n = divmod(n, scale) if scale > 1 else (n, 0)
        if not chunk:
            continue
        if british and scale == 1 and words and chunk < 100:
            words.append("and")
        words += _below_thousand(chunk, british) + ([name] if name else [])
    return " ".join(words)


@pytest.mark.parametrize(
    ("n", "british", "words"),
    [
        (25, False, "twenty-five"),
        (150, True, "one hundred and fifty"),
        (2005, True, "two thousand and five"),
        (1_215_000, False, "one million two hundred fifteen thousand"),
    ],
)
def test_number_to_words_helper(n: int, british: bool, words: str) -> None:
    assert number_to_words(n, british) == words


@given(st.integers(min_value=0, max_value=999_999_999), st.booleans())
def test_written_numbers_round_trip(n: int, british: bool) -> None:
    assert parse_quantity(number_to_words(n, british)) == Value(min=n, max=n)


@given(
    st.integers(min_value=1, max_value=999_999),
    st.integers(min_value=1, max_value=999_999),
    st.booleans(),
)
def test_written_ranges_round_trip(a: int, b: int, british: bool) -> None:
    """Written ranges read back, except where the second member ends in a scale.

    There "between two and three thousand" lends "thousand" to "two", which
    the table above checks.
    """
    low, high = sorted((a, b))
    assume(not number_to_words(high).endswith(("hundred", "thousand", "million")))
    text = f"between {number_to_words(low, british)} and {number_to_words(high, british)}"
    assert parse_quantity(text) == Value(min=low, max=high)


_bound = st.one_of(st.none(), st.integers(min_value=0, max_value=10**12))


@st.composite
def _values(draw: st.DrawFn) -> Value:
    """Values with ordered, non-negative bounds, at least one of them set."""
    low, high = draw(_bound), draw(_bound)
    if low is None and high is None:
        low = draw(st.integers(min_value=0, max_value=10**6))
    if low is not None and high is not None and low > high:
        low, high = high, low
    return Value(min=low, max=high, approx=draw(st.booleans()))


@given(_values())
def test_format_round_trips(value: Value) -> None:
    assert parse_quantity(format_quantity(value)) == value


@given(_values(), st.sampled_from(["fighters", "members", "camps"]))
def test_formatted_phrase_is_found_in_a_sentence(value: Value, unit: str) -> None:
    phrase = format_quantity(value)
    sentence = f"The report says the group has {phrase} {unit} in the north."
    start = sentence.index(phrase)
    assert find_quantities(sentence) == [(start, start + len(phrase), value)]


def test_format_examples() -> None:
    assert format_quantity(Value(4000, 6000)) == "between 4,000 and 6,000"
    assert format_quantity(Value(2000, 2000, approx=True)) == "about 2,000"
    assert format_quantity(Value(None, 99)) == "up to 99"
    assert format_quantity(Value(0.5, 1.5)) == "between 0.5 and 1.5"
    assert format_quantity(Value(2000, 2000, qualifier="including family members")) == (
        "2,000 (including family members)"
    )


_YEAR_TEMPLATES = [
    "In {y}, the group expanded.",
    "In {y} militants attacked the base.",
    "Since {y} the group has grown.",
    "The {y} report found 3,500 fighters.",
    "{y} was the worst year.",
    "By {y} it had grown; after {y2} it shrank.",
    "Between {y} and {y2} the group split.",
    "From {y} to {y2}, it grew.",
    "The group, founded in {y}, grew.",
    "In March {y} it regrouped.",
    "On 12 March {y} it attacked.",
    "Its {y} offensive failed ({y}).",
    "The {y} and {y2} attacks.",
    "Around {y}, the group split.",
    "It was founded around {y} and grew after {y2}.",
]


@given(
    st.integers(min_value=1900, max_value=2099),
    st.integers(min_value=1900, max_value=2099),
    st.sampled_from(_YEAR_TEMPLATES),
)
def test_years_are_never_quantities(year: int, other: int, template: str) -> None:
    sentence = template.format(y=year, y2=other)
    years = {year, other}
    for start, end, value in find_quantities(sentence):
        assert value.min not in years and value.max not in years, sentence[start:end]


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("It has 3,000 fighters or fewer.", None, 3000),
        ("It may field 120,000 fighters or more.", 120000, None),
        ("It has 3,000 fighters or more of them in the north.", 3000, 3000),
        ("It has between 3 000 and 4 500 fighters.", 3000, 4500),
        ("I would put it at 3,000 fighters at least, and maybe more.", 3000, None),
        ("It has 400 men at most.", None, 400),
    ],
)
def test_bounds_after_the_counted_noun_and_spaced_thousands(
    sentence: str, low: int | None, high: int | None
) -> None:
    (_start, _end, value), *_rest = find_quantities(sentence)
    assert (value.min, value.max) == (low, high)


@pytest.mark.parametrize(
    "sentence",
    [
        "It was set up in 2016 by hunters' brotherhoods.¹⁴ Its founders were 300 men.",
        "¹⁵ Men seen bearing arms at 40 checkpoints.",
        "The brigade has more than 3,000 men under arms.² Others say 2,000.",
    ],
)
def test_footnote_markers_in_superscript_digits_are_no_numbers(sentence: str) -> None:
    found = [(v.min, v.max) for _s, _e, v in find_quantities(sentence)]
    assert found and all(low is not None and low >= 40 for low, _high in found)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It claims more than ten million followers.[32]", [(10_000_001, None)]),
        ('It called the figure "invented".[19][20] Police say 300 men.', [(300, 300)]),
        ("Its cadre is small [4] but grows, with 300 men.", [(4, 4), (300, 300)]),
    ],
)
def test_a_wikis_note_numbers_in_brackets_are_no_numbers(
    sentence: str, expected: list[tuple[int | None, int | None]]
) -> None:
    assert [(v.min, v.max) for _s, _e, v in find_quantities(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kataib Hezbollah commands three brigades, numbered 45, 46 and 47.", [(3, 3)]),
        ("The units, numbered 5 and 6, have 300 men.", [(300, 300)]),
        # the verb "to number" before a count
        ("The group numbered 3,000 fighters.", [(3000, 3000)]),
        ("The fronts numbered 12, down from 20.", [(12, 12), (20, 20)]),
    ],
)
def test_a_list_of_numbers_after_numbered_is_labels(
    sentence: str, expected: list[tuple[int, int]]
) -> None:
    assert [(v.min, v.max) for _s, _e, v in find_quantities(sentence)] == expected
