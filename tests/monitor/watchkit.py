"""What the monitoring tests share: articles that extract, a feed writer, a clock."""

from __future__ import annotations

from datetime import datetime, timedelta

from localsite import Site

from claimgraph.ingest.fetch import Policy

LOCAL_ONLY = Policy(allowed_networks=("127.0.0.1/32",))
START = datetime(2024, 3, 4, 8, 0, 0)

# Each article's claims as the extractor reads them (checked in test_watch):
ARTICLES = {
    # strength isis-k 4,000-6,000; presence isis-k in Afghanistan and Kunar
    "a1": (
        "UN team counts ISIS-K fighters",
        "ISIS-K has between 4,000 and 6,000 fighters in Afghanistan, according to a UN "
        "Monitoring Team report released on Monday. The group operates in Kunar province, "
        "the report said.",
    ),
    # relation taliban protects ttp (asserted by Pakistan)
    "a2": (
        "Pakistan accuses the Taliban",
        "The Taliban continue to shelter the TTP in eastern Afghanistan, Pakistani officials "
        "said on Tuesday. Officials said the militants cross the border at night.",
    ),
    # strength isis-k about 2,000; relation taliban protects ttp denied; a denial
    "a3": (
        "A smaller estimate, and a denial",
        "ISIS-K has about 2,000 fighters, a US military official said on Wednesday. The "
        "Taliban denied that they shelter the TTP, spokesman Zabihullah Mujahid said.",
    ),
}


def page(key: str) -> str:
    """An article page as a news site would serve it."""
    title, body = ARTICLES[key]
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        f"<article><h1>{title}</h1><p>{body}</p></article></body></html>"
    )


def rss(site: Site, items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed of ``(path, title, RFC 822 date)`` items."""
    entries = "".join(
        f"<item><title>{title}</title><link>{site.url(path)}</link>"
        f"<guid>{site.url(path)}</guid><pubDate>{day}</pubDate></item>"
        for path, title, day in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Test Wire</title><link>{site.url('/')}</link>"
        f"<description>Test feed</description>{entries}</channel></rss>"
    )


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)
