"""Synthetic news articles for benchmarks and load tests, built from templates and the gazetteer.

Throughput has to be measured on far more text than the hand-written corpus
holds, and on text shaped like the real inputs: paragraphs of reporting with
a claim here and there among sentences that hold none. Every article is a
pure function of ``(seed, index)``, so a corpus of N articles is the first N
of a corpus of 4N, and two runs measure exactly the same texts.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from claimgraph.nlp.gazetteer import Gazetteer

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
OUTLETS = (
    "Frontier Ledger",
    "Crossroads Monitor",
    "Sahel Desk",
    "Eastern Wire",
    "Valley Courier",
    "Coastline Review",
)
# Sentences that carry a claim: strength, relation, presence, pledge, denial.
CLAIM_TEMPLATES = (
    "{source} estimated that {group} has between {low} and {high} fighters in {place}.",
    "{group} can field roughly {number} fighters, according to {source}.",
    "{group} may have as many as {number} members, officials in {place} believe.",
    "{source} said {group} receives money and weapons from {other}.",
    "{group} has pledged allegiance to {other}, {person} told reporters.",
    "Fighters loyal to {group} were active in {place} during {month}, {source} reported.",
    "A spokesman for {group} denied that the group had any ties to {other}.",
    "{source} reported that {group} and {other} fought each other near {place} in {month}.",
    "{person} said {group} still shelters commanders of {other} in {place}.",
)
# Sentences of ordinary reporting that hold no claim about a group.
FILLER_TEMPLATES = (
    "Residents of {place} said markets reopened after weeks of disruption.",
    "Aid agencies warned that food prices in {place} had doubled since {month}.",
    "Roads between {place} and {place2} stayed closed for most of the week.",
    "Local officials met elders to discuss the return of displaced families.",
    "Schools in several districts of {place} resumed classes on {weekday}.",
    "Heavy rain in {month} washed away bridges and cut villages off from clinics.",
    "Traders complained that checkpoints added days to every journey to {place}.",
    "The provincial council approved a budget for water and power repairs.",
    "Journalists were not allowed to visit the area, so accounts could not be checked.",
    "Several families said they had received no help since they fled in {month}.",
    "A doctor in {place} described shortages of medicine and fuel for generators.",
    "Farmers said the harvest was poor after a dry spring and expensive seed.",
    "The governor promised to restore mobile phone coverage before {month}.",
    "Prices for bread and cooking oil rose again, shopkeepers in {place} said.",
    "Talks between the two delegations ended without a date for the next round.",
    "Witnesses described long queues at the only working bank in {place}.",
    "The ministry said it would publish casualty figures at the end of the month.",
    "Analysts cautioned that the numbers were estimates and varied by source.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FIRST_DAY = date(2019, 1, 1)


@dataclass(frozen=True)
class Names:
    """The names the templates draw on, taken from the gazetteer once."""

    groups: tuple[str, ...]
    places: tuple[str, ...]
    people: tuple[str, ...]
    sources: tuple[str, ...]

    @classmethod
    def from_gazetteer(cls, gazetteer: Gazetteer) -> Names:
        """Canonical names by kind; states and places both serve as places."""
        places = [a.name for a in gazetteer.actors("state") + gazetteer.actors("place")]
        sources = [a.name for a in gazetteer.actors("organization")]
        return cls(
            groups=_non_empty(a.name for a in gazetteer.actors("armed_group")),
            places=_non_empty(places),
            people=_non_empty(a.name for a in gazetteer.actors("person")),
            sources=_non_empty(sources or ["officials"]),
        )


@dataclass(frozen=True)
class Article:
    """One synthetic article, ready to be written as text, JSONL or HTML."""

    index: int
    title: str
    outlet: str
    published: date
    url: str
    paragraphs: tuple[str, ...]

    @property
    def body(self) -> str:
        """Paragraphs separated by blank lines, as the cleaner would give them back."""
        return "\n\n".join(self.paragraphs)

    def as_text(self) -> str:
        """Plain text: headline, blank line, paragraphs."""
        return f"{self.title}\n\n{self.body}\n"

    def as_record(self) -> dict[str, str]:
        """The JSONL record shape the reader takes."""
        return {
            "url": self.url,
            "title": self.title,
            "text": self.body,
            "published": self.published.isoformat(),
            "outlet": self.outlet,
        }

    def as_html(self) -> str:
        """A small HTML page with the article in ``<article>``."""
        paragraphs = "".join(f"<p>{p}</p>" for p in self.paragraphs)
        return (
            f"<html><head><title>{self.title}</title>"
            f'<meta property="og:site_name" content="{self.outlet}">'
            f'<meta property="article:published_time" content="{self.published.isoformat()}">'
            f"</head><body><article><h1>{self.title}</h1>{paragraphs}</article></body></html>"
        )


def _non_empty(values: Iterable[str]) -> tuple[str, ...]:
    """The names, or one placeholder so a template slot is never left without a name."""
    return tuple(values) or ("Unknown",)


def article(index: int, names: Names, *, seed: int = 0) -> Article:
    """The article at ``index``: the same for the same seed, whatever the corpus size."""
    rng = random.Random(f"claimgraph-synthetic:{seed}:{index}")
    group = rng.choice(names.groups)
    place = rng.choice(names.places)
    paragraphs = [
        _paragraph(rng, names, group=group, place=place) for _ in range(rng.randint(5, 9))
    ]
    paragraphs.append(f"This is dispatch {index + 1} of the {_series(seed)} series.")
    published = FIRST_DAY + timedelta(days=rng.randrange(2000))
    return Article(
        index=index,
        title=f"{group} and the situation in {place}: report {index + 1}",
        outlet=rng.choice(OUTLETS),
        published=published,
        url=f"https://example.org/{seed}/{index}",
        paragraphs=tuple(paragraphs),
    )


def articles(count: int, names: Names, *, seed: int = 0, start: int = 0) -> Iterator[Article]:
    """Articles ``start`` to ``start + count - 1``, generated one at a time."""
    for index in range(start, start + count):
        yield article(index, names, seed=seed)


def _series(seed: int) -> str:
    return "field" if seed == 0 else f"field-{seed}"


def _paragraph(rng: random.Random, names: Names, *, group: str, place: str) -> str:
    """Three to five sentences; about one in three paragraphs carries a claim."""
    sentences = [_fill(rng, rng.choice(FILLER_TEMPLATES), names, group, place)]
    for _ in range(rng.randint(2, 4)):
        templates = CLAIM_TEMPLATES if rng.random() < 0.12 else FILLER_TEMPLATES
        sentences.append(_fill(rng, rng.choice(templates), names, group, place))
    rng.shuffle(sentences)
    return " ".join(sentences)


def _fill(rng: random.Random, template: str, names: Names, group: str, place: str) -> str:
    """Fill a template's slots; the article's main group and place recur most often."""
    low = rng.randrange(2, 60) * 100
    return template.format(
        group=group if rng.random() < 0.7 else rng.choice(names.groups),
        other=_other(rng, names.groups, group),
        place=place if rng.random() < 0.6 else rng.choice(names.places),
        place2=rng.choice(names.places),
        person=rng.choice(names.people),
        source=rng.choice(names.sources),
        low=f"{low:,}",
        high=f"{low + rng.randrange(1, 40) * 100:,}",
        number=f"{rng.randrange(5, 300) * 100:,}",
        month=rng.choice(MONTHS),
        weekday=rng.choice(WEEKDAYS),
    )


def _other(rng: random.Random, groups: Sequence[str], group: str) -> str:
    """A group other than ``group`` when there is one."""
    others = [name for name in groups[:50] if name != group]
    return rng.choice(others) if others else group


def word_count(text: str) -> int:
    """Words as the benchmark counts them: runs of non-space characters."""
    return len(text.split())
