"""Time expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimgraph.nlp.when import resolve_when

PUBLISHED = date(2024, 5, 10)  # a Friday

# (sentence, expected with PUBLISHED, expected without a publication date)
SENTENCES = [
    ("The attack took place on 12 March 2024.", "2024-03-12", "2024-03-12"),
    ("It happened on March 12, 2024, near Kabul.", "2024-03-12", "2024-03-12"),
    ("The 3rd of June 2019 raid failed.", "2019-06-03", "2019-06-03"),
    ("Officials met on 2023-11-02 in Doha.", "2023-11-02", "2023-11-02"),
    ("In March 2024 the group regrouped.", "2024-03", "2024-03"),
    ("In 2021, the group had 4,000 fighters.", "2021", "2021"),
    ("The group, founded in 2015, has 4,000 fighters.", "2015", "2015"),
    ("In mid-2021 it had grown.", "2021", "2021"),
    ("By the end of 2021 it had grown.", "2021", "2021"),
    ("In the 1990s the movement was founded.", "1990/1999", "1990/1999"),
    ("In the late 1990s it split.", "1997/1999", "1997/1999"),
    ("Veterans of the '80s war returned.", "1980/1989", "1980/1989"),
    ("Since 2015 the group has grown.", "2015/2024-05-10", "2015/.."),
    ("Between 2019 and 2021 it lost ground.", "2019/2021", "2019/2021"),
    ("From 2019 to 2021 it lost ground.", "2019/2021", "2019/2021"),
    ("During 2019-21 it lost ground.", "2019/2021", "2019/2021"),
    ("Between March 2020 and June 2021 it grew.", "2020-03/2021-06", "2020-03/2021-06"),
    ("In the first quarter of 2023 it grew.", "2023-01/2023-03", "2023-01/2023-03"),
    ("Before 2015 it was small.", "../2015", "../2015"),
    ("Last year the group grew.", "2023", None),
    ("Earlier this year the group grew.", "2024", None),
    ("Late last year the group grew.", "2023", None),
    ("Last month the group grew.", "2024-04", None),
    ("Earlier this month the group grew.", "2024-05", None),
    ("In recent months the group grew.", "2023-11-10/2024-05-10", None),
    ("Over the past two years it doubled.", "2022-05-10/2024-05-10", None),
    ("Last week the group grew.", "2024-04-29/2024-05-05", None),
    ("Yesterday the group attacked.", "2024-05-09", None),
    ("The group attacked a checkpoint on Tuesday.", "2024-05-07", None),
    ("On Friday the group attacked.", "2024-05-10", None),
    ("Last Friday the group attacked.", "2024-05-03", None),
    ("In June the group attacked.", "2023-06", None),
    ("Three months ago the group split.", "2024-02", None),
    ("Two years ago the group split.", "2022", None),
    ("Since last year it has grown.", "2023/2024-05-10", None),
    ("On 3 June the group attacked.", "2023-06-03", None),
]

NO_TIME = [
    "The group has 4,000 fighters in the north.",
    "The 2021 report said it had 2,000 fighters.",
    "It had between 2000 and 3000 fighters.",
    "A force of 2000 fighters crossed the border.",
    "May the talks succeed, he said.",
    "It controls 40 percent of the district.",
    "Resolution 2253 lists the group.",
]


@pytest.mark.parametrize(("sentence", "with_date", "without_date"), SENTENCES)
def test_resolve_when(sentence: str, with_date: str, without_date: str | None) -> None:
    assert resolve_when(sentence, PUBLISHED) == with_date
    assert resolve_when(sentence, None) == without_date


@pytest.mark.parametrize("sentence", NO_TIME)
def test_no_time_expression(sentence: str) -> None:
    assert resolve_when(sentence, PUBLISHED) is None


def test_first_expression_wins() -> None:
    sentence = "In 2021 the group had 4,000 fighters, down from 6,000 in 2019."
    assert resolve_when(sentence, PUBLISHED) == "2021"


def test_a_datetime_is_used_as_its_date() -> None:
    published = datetime(2024, 5, 10, 23, 30)
    assert resolve_when("Since 2015 it has grown.", published) == "2015/2024-05-10"


# --- properties -----------------------------------------------------------

_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))


@given(_dates, st.sampled_from(["%d %B %Y", "%B %d, %Y", "%Y-%m-%d", "%d %b. %Y"]))
def test_explicit_dates_read_back(day: date, form: str) -> None:
    sentence = f"The raid took place on {day.strftime(form)} near the border."
    assert resolve_when(sentence, None) == day.isoformat()


@given(_dates, st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]))
def test_weekday_is_the_latest_on_or_before_publication(published: date, weekday: str) -> None:
    resolved = resolve_when(f"The group attacked on {weekday}.", published)
    assert resolved is not None
    day = date.fromisoformat(resolved)
    assert day.strftime("%A") == weekday
    assert timedelta(0) <= published - day < timedelta(days=7)


@given(_dates, st.integers(min_value=1900, max_value=2099))
def test_since_a_year_runs_to_publication(published: date, year: int) -> None:
    assert resolve_when(f"Since {year} the group has grown.", published) == (
        f"{year}/{published.isoformat()}"
    )


@given(_dates, st.integers(min_value=1, max_value=12))
def test_months_ago_is_a_month_before_publication(published: date, months: int) -> None:
    resolved = resolve_when(f"It split {months} months ago.", published)
    assert resolved is not None
    year, month = map(int, resolved.split("-"))
    assert (published.year * 12 + published.month) - (year * 12 + month) == months
