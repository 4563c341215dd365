"""The daily digest: what changed about each watched actor since a moment, with citations.

The store is consolidated twice: once with only the documents stored before
``since`` and once with everything. The two views of each watched actor are
compared by the same rules as alerts (:func:`claimgraph.monitor.alerts.changes`),
so the digest says what the alerts said, even for documents that arrived
through ``claimgraph ingest`` rather than a watched source. Lines cite
numbered sources: outlet, title, date, and the sentence itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from jinja2 import Environment
from sqlalchemy import Engine

from claimgraph.errors import InputError
from claimgraph.monitor.alerts import EVENTS, ActorView, Alert, Watch, actor_view, changes
from claimgraph.store import monitoring

SECTIONS = (
    ("new", "New assertions", ("new-claim", "new-relation")),
    ("estimates", "Changed estimates", ("estimate-change",)),
    ("disputes", "Disputes", ("dispute",)),
)
_UNITS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_since(text: str, *, now: datetime) -> datetime:
    """``"24h"``, ``"7d"``, ``"90m"``, ``"2w"`` before ``now``, or an ISO date or time (UTC)."""
    match = re.fullmatch(r"\s*(\d+)\s*([mhdw])\s*", text.lower())
    if match:
        return now - timedelta(seconds=int(match.group(1)) * _UNITS[match.group(2)])
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise InputError(
            f"{text!r} is neither a period like 24h or 7d nor an ISO date", subject="--since"
        ) from exc
    return moment.replace(tzinfo=None) if moment.tzinfo is None else _naive_utc(moment)


def _naive_utc(moment: datetime) -> datetime:
    offset = moment.utcoffset() or timedelta(0)
    return (moment - offset).replace(tzinfo=None)


def build_digest(
    engine: Engine, *, since: datetime, now: datetime, watches: Sequence[Watch]
) -> dict[str, Any]:
    """The digest data for ``watches`` over the documents stored since ``since``."""
    new_docs = monitoring.documents_ingested_since(engine, since)
    before, after = _views(engine, new_docs, watches) if new_docs and watches else ({}, {})
    actors = []
    for watch in watches:
        key = watch.id or 0
        every = Watch(watch.actor_id, watch.name, frozenset(EVENTS), watch.threshold, watch.id)
        found = (
            changes(before.get(key) or ActorView(watch.actor_id), after[key], every)
            if key in after
            else []
        )
        actors.append({"actor": watch.name, "actor_id": watch.actor_id, "alerts": found})
    return lay_out(actors, since=since, now=now, documents=len(new_docs))


def _views(
    engine: Engine, new_docs: set[str], watches: Sequence[Watch]
) -> tuple[dict[int, ActorView], dict[int, ActorView]]:
    """Each watched actor's view without the new documents, and with them."""
    from claimgraph.analysis import consolidate as analysis
    from claimgraph.analysis.ratings import load_outlet_ratings
    from claimgraph.analysis.rules import load_rules
    from claimgraph.nlp.gazetteer import load_gazetteer
    from claimgraph.store.consolidation import list_source_ratings
    from claimgraph.store.queries import iter_claims

    rules = load_rules()
    gazetteer = load_gazetteer()
    after = analysis.consolidate(engine, rules=rules)
    old_claims = [c for c in iter_claims(engine) if c["document"]["id"] not in new_docs]
    before = analysis.consolidate_claims(
        old_claims,
        resolution=after.resolution,
        relay_of=after.relay_of,
        gazetteer=gazetteer,
        ratings=load_outlet_ratings(),
        analyst={k: row["reliability"] for k, row in list_source_ratings(engine).items()},
        rules=rules,
    )
    return (
        {w.id or 0: actor_view(before, w.actor_id) for w in watches},
        {w.id or 0: actor_view(after, w.actor_id) for w in watches},
    )


def lay_out(
    actors: Sequence[dict[str, Any]], *, since: datetime, now: datetime, documents: int
) -> dict[str, Any]:
    """Pure: alerts per actor -> sections of lines with numbered citations."""
    numbers: dict[str, int] = {}
    citations: list[dict[str, Any]] = []

    def cite(citation: dict[str, Any]) -> int:
        if citation["claim"] not in numbers:
            numbers[citation["claim"]] = len(citations) + 1
            citations.append({"n": len(citations) + 1, **citation})
        return numbers[citation["claim"]]

    laid_out = []
    for actor in actors:
        entry: dict[str, Any] = {"actor": actor["actor"], "actor_id": actor["actor_id"]}
        for key, _title, kinds in SECTIONS:
            alerts: list[Alert] = [a for a in actor["alerts"] if a.kind in kinds]
            entry[key] = [
                {
                    "kind": alert.kind,
                    "text": alert.summary,
                    "cites": sorted({cite(c) for c in alert.details.get("citations", [])}),
                }
                for alert in alerts
            ]
        laid_out.append(entry)
    return {
        "since": since.isoformat(timespec="minutes"),
        "until": now.isoformat(timespec="minutes"),
        "documents": documents,
        "actors": laid_out,
        "citations": citations,
    }


# --- rendering ---------------------------------------------------------------------------


def _md(text: Any) -> str:
    """Text safe in a Markdown list item."""
    cleaned = " ".join(str(text if text is not None else "").split())
    for char in "\\|*_[]<>`":
        cleaned = cleaned.replace(char, "\\" + char)
    return cleaned


def _source_line(citation: dict[str, Any]) -> str:
    parts = [citation.get("outlet"), citation.get("title"), citation.get("published")]
    return ", ".join(str(part) for part in parts if part) or str(citation["doc_id"])


def to_markdown(digest: dict[str, Any]) -> str:
    """The digest as Markdown, every line followed by its citation numbers."""
    out = [
        f"# Digest {digest['since']} to {digest['until']}",
        "",
        f"{digest['documents']} new document{'s' if digest['documents'] != 1 else ''}.",
    ]
    if not digest["actors"]:
        out += ["", "No actor is watched: add one with `claimgraph alerts add --actor NAME`."]
    for actor in digest["actors"]:
        out += ["", f"## {_md(actor['actor'])}"]
        if not any(actor[key] for key, _title, _kinds in SECTIONS):
            out += ["", "Nothing new."]
        for key, title, _kinds in SECTIONS:
            if actor[key]:
                out += ["", f"### {title}", ""]
                out += [
                    f"- {_md(line['text'])} {''.join(f'[{n}]' for n in line['cites'])}".rstrip()
                    for line in actor[key]
                ]
    if digest["citations"]:
        out += ["", "## Sources", ""]
        for citation in digest["citations"]:
            link = f" <{citation['url']}>" if citation.get("url") else ""
            out.append(
                f"{citation['n']}. {_md(citation.get('source'))}, in {_md(_source_line(citation))}"
                f"{link}: \u201c{_md(citation['sentence'])}\u201d"
            )
    return "\n".join(out) + "\n"


_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Digest {{ d.since }} to {{ d.until }}</title></head>
<body>
<h1>Digest {{ d.since }} to {{ d.until }}</h1>
<p>{{ d.documents }} new document{{ '' if d.documents == 1 else 's' }}.</p>
{% if not d.actors %}<p>No actor is watched: add one with
<code>claimgraph alerts add --actor NAME</code>.</p>{% endif %}
{% for actor in d.actors %}
<section>
<h2>{{ actor.actor }}</h2>
{% set ns = namespace(any=false) %}
{% for key, title, kinds in sections %}{% if actor[key] %}{% set ns.any = true %}
<h3>{{ title }}</h3>
<ul>
{% for line in actor[key] %}<li>{{ line.text }}{% for n in line.cites %} <a href="#c{{ n }}">[{{ n }}]</a>{% endfor %}</li>
{% endfor %}</ul>
{% endif %}{% endfor %}
{% if not ns.any %}<p>Nothing new.</p>{% endif %}
</section>
{% endfor %}
{% if d.citations %}
<h2>Sources</h2>
<ol>
{% for c in d.citations %}<li id="c{{ c.n }}">{{ c.source }}, in {{ source_line(c) }}{% if c.url and c.url.startswith(('http://', 'https://')) %} <a href="{{ c.url }}" rel="noreferrer">link</a>{% endif %}: <q>{{ c.sentence }}</q></li>
{% endfor %}</ol>
{% endif %}
</body></html>
"""


def to_html(digest: dict[str, Any]) -> str:
    """The digest as one HTML page; all text is escaped (it comes from documents)."""
    environment = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    template = environment.from_string(_HTML)
    return template.render(d=digest, sections=SECTIONS, source_line=_source_line)
