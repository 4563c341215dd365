"""Pure functions that turn stored data into what pages draw.

Everything here returns plain data or SVG markup whose every piece of text has
gone through :func:`markupsafe.escape`, so templates can insert the SVG as is
while article text stays inert.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass
class Segment:
    """A stretch of the body with the same highlighting throughout."""

    text: str
    claims: tuple[str, ...] = ()
    claim_types: tuple[str, ...] = ()
    mention: dict[str, Any] | None = None
    anchors: list[str] = field(default_factory=list)
    ends: list[tuple[str, int]] = field(default_factory=list)


def body_segments(
    body: str, mentions: Sequence[dict[str, Any]], claims: Sequence[dict[str, Any]]
) -> list[list[Segment]]:
    """Paragraphs of the body cut wherever a mention or a claim sentence starts or ends.

    Each segment knows the claims whose sentence covers it and the mention it
    lies in, so the page can wrap it in a highlight and a link. Claims are
    numbered in the order given; the first segment of a claim carries its
    anchor and the last its reference number.
    """
    spans = _valid_spans(body, mentions, claims)
    cuts = {0, len(body)}
    for match in PARAGRAPH_BREAK.finditer(body):
        cuts.update((match.start(), match.end()))
    for start, end, _kind, _item in spans:
        cuts.update((start, end))
    bounds = sorted(cut for cut in cuts if 0 <= cut <= len(body))
    paragraphs: list[list[Segment]] = [[]]
    numbers = {claim["id"]: index for index, claim in enumerate(claims, start=1)}
    started: set[str] = set()
    for start, end in itertools.pairwise(bounds):
        piece = body[start:end]
        if PARAGRAPH_BREAK.fullmatch(piece):
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        segment = _segment(piece, start, end, spans)
        for claim_id in segment.claims:
            if claim_id not in started:
                started.add(claim_id)
                segment.anchors.append(claim_id)
        segment.ends = [
            (claim_id, numbers[claim_id])
            for s, e, kind, item in spans
            if kind == "claim" and e == end and (claim_id := item["id"]) in segment.claims
        ]
        paragraphs[-1].append(segment)
    return [paragraph for paragraph in paragraphs if paragraph]


def _valid_spans(
    body: str, mentions: Sequence[dict[str, Any]], claims: Sequence[dict[str, Any]]
) -> list[tuple[int, int, str, dict[str, Any]]]:
    """Spans inside the body; a bad offset is skipped instead of breaking the page."""
    spans: list[tuple[int, int, str, dict[str, Any]]] = []
    for mention in mentions:
        if 0 <= mention["start"] < mention["end"] <= len(body):
            spans.append((mention["start"], mention["end"], "mention", mention))
    for claim in claims:
        evidence = claim["evidence"]
        if 0 <= evidence["start"] < evidence["end"] <= len(body):
            spans.append((evidence["start"], evidence["end"], "claim", claim))
    return spans


def _segment(
    piece: str, start: int, end: int, spans: Iterable[tuple[int, int, str, dict[str, Any]]]
) -> Segment:
    covering = [(kind, item) for s, e, kind, item in spans if s <= start and end <= e]
    claims = [item for kind, item in covering if kind == "claim"]
    mentions = [item for kind, item in covering if kind == "mention"]
    return Segment(
        text=piece,
        claims=tuple(claim["id"] for claim in claims),
        claim_types=tuple(sorted({claim["type"] for claim in claims})),
        mention=mentions[0] if mentions else None,
    )


# --- estimates chart -------------------------------------------------------------


@dataclass(frozen=True)
class Estimate:
    """One strength figure placed on the chart."""

    label: str
    low: float
    high: float
    source: str
    claim_id: str


def estimates_svg(estimates: Sequence[Estimate], *, width: int = 640) -> Markup:
    """A horizontal range chart: one row per estimate, a bar from low to high.

    Rows are ordered as given (the caller sorts them by date). The scale
    starts at zero so that the lengths of bars can be compared.
    """
    if not estimates:
        return Markup("")
    row, top, left, right = 26, 28, 150, 24
    height = top + row * len(estimates) + 10
    peak = max(estimate.high for estimate in estimates) or 1.0
    scale = _nice_ceiling(peak)
    plot = width - left - right

    def x(value: float) -> float:
        return left + plot * value / scale

    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="strength estimates" xmlns="http://www.w3.org/2000/svg">'
    ]
    for tick in _ticks(scale):
        parts.append(
            f'<line x1="{x(tick):.1f}" y1="{top - 6}" x2="{x(tick):.1f}" y2="{height - 8}" '
            'stroke="#d9dde3" stroke-width="1"/>'
            f'<text x="{x(tick):.1f}" y="{top - 10}" font-size="11" fill="#5b6470" '
            f'text-anchor="middle">{escape(_short_number(tick))}</text>'
        )
    for index, estimate in enumerate(estimates):
        y = top + row * index + row / 2
        low, high = x(estimate.low), x(estimate.high)
        title = escape(
            f"{_short_number(estimate.low)}–{_short_number(estimate.high)} · {estimate.source}"
        )
        parts.append(
            f'<a href="#claim-{escape(estimate.claim_id)}"><g>'
            f"<title>{title}</title>"
            f'<text x="{left - 8}" y="{y + 4:.1f}" font-size="12" fill="#1d232b" '
            f'text-anchor="end">{escape(_clip(estimate.label, 22))}</text>'
            f'<line x1="{low:.1f}" y1="{y:.1f}" x2="{max(high, low + 2):.1f}" y2="{y:.1f}" '
            'stroke="#2f5d8a" stroke-width="8" stroke-linecap="round"/>'
            "</g></a>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _nice_ceiling(value: float) -> float:
    """The next round number at or above ``value`` (1, 2 or 5 times a power of ten)."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return float(step * power)
    return float(10 * power)


def _ticks(scale: float) -> list[float]:
    return [scale * fraction / 4 for fraction in range(5)]


def _short_number(value: float) -> str:
    if value >= 1000 and value % 100 == 0:
        return f"{value / 1000:g}k"
    return f"{value:g}"


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


# --- relation graph --------------------------------------------------------------

KIND_COLOURS = {
    "armed_group": "#b5452f",
    "state": "#2f5d8a",
    "organization": "#6a5a9c",
    "person": "#3d7a4f",
    "place": "#8a6d2f",
}
HOSTILE = {"hostile", "internal_division"}


def graph_svg(
    centre: str,
    nodes: dict[str, dict[str, Any]],
    edges: Sequence[dict[str, Any]],
    *,
    width: int = 640,
    height: int = 420,
) -> Markup:
    """The relation graph around ``centre``, laid out by networkx, nodes linking to actors.

    ``nodes`` maps actor id to ``{"name", "kind"}``; each edge has
    ``subject_id``, ``object_id``, ``predicate``, ``polarity`` and ``claims``.
    The layout is seeded, so a page looks the same on every load.
    """
    if len(nodes) < 2:
        return Markup("")
    positions = _layout(centre, nodes, edges, width=width, height=height)
    parts = [
        f'<svg class="graph" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="relation graph" xmlns="http://www.w3.org/2000/svg">'
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" '
        'fill="#7a838f"/></marker></defs>'
    ]
    for edge in edges:
        parts.append(_edge_svg(edge, positions))
    for actor_id, node in nodes.items():
        parts.append(_node_svg(actor_id, node, positions[actor_id], centre=actor_id == centre))
    parts.append("</svg>")
    return Markup("".join(parts))


def _layout(
    centre: str,
    nodes: dict[str, dict[str, Any]],
    edges: Sequence[dict[str, Any]],
    *,
    width: int,
    height: int,
) -> dict[str, tuple[float, float]]:
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    for edge in edges:
        graph.add_edge(edge["subject_id"], edge["object_id"])
    raw = nx.spring_layout(graph, seed=7, center=(0, 0), k=1.4 / math.sqrt(len(nodes)))
    if centre in raw:
        cx, cy = raw[centre]
        raw = {key: (float(px - cx), float(py - cy)) for key, (px, py) in raw.items()}
    span_x = max(abs(px) for px, _ in raw.values()) or 1.0
    span_y = max(abs(py) for _, py in raw.values()) or 1.0
    margin_x, margin_y = 90, 40
    return {
        key: (
            width / 2 + (width / 2 - margin_x) * px / span_x,
            height / 2 + (height / 2 - margin_y) * py / span_y,
        )
        for key, (px, py) in raw.items()
    }


def _edge_svg(edge: dict[str, Any], positions: dict[str, tuple[float, float]]) -> str:
    (x1, y1), (x2, y2) = positions[edge["subject_id"]], positions[edge["object_id"]]
    length = math.hypot(x2 - x1, y2 - y1) or 1.0
    shrink = 16 / length
    x2e, y2e = x2 - (x2 - x1) * shrink, y2 - (y2 - y1) * shrink
    denied = edge.get("polarity") == "denied"
    colour = "#b5452f" if edge["predicate"] in HOSTILE else "#7a838f"
    dash = ' stroke-dasharray="5 4"' if denied else ""
    width = min(1.5 + math.log2(1 + edge.get("claims", 1)), 5)
    label = f"{edge['predicate']}{' (denied)' if denied else ''} · {edge.get('claims', 1)} claims"
    mx, my = (x1 + x2) / 2, (y1 + y2) / 2
    return (
        f'<g class="edge"><title>{escape(label)}</title>'
        f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2e:.1f}" y2="{y2e:.1f}" stroke="{colour}" '
        f'stroke-width="{width:.1f}"{dash} marker-end="url(#arrow)"/>'
        f'<text x="{mx:.1f}" y="{my - 4:.1f}" font-size="10" fill="#5b6470" '
        f'text-anchor="middle">{escape(edge["predicate"])}</text></g>'
    )


def _node_svg(
    actor_id: str, node: dict[str, Any], position: tuple[float, float], *, centre: bool
) -> str:
    x, y = position
    colour = KIND_COLOURS.get(node.get("kind", ""), "#5b6470")
    radius = 14 if centre else 10
    return (
        f'<a class="node" href="/actors/{escape(actor_id)}" data-actor="{escape(actor_id)}">'
        f"<title>{escape(node['name'])} ({escape(node.get('kind', ''))})</title>"
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{colour}" '
        f'stroke="#ffffff" stroke-width="2"/>'
        f'<text x="{x:.1f}" y="{y + radius + 13:.1f}" font-size="12" fill="#1d232b" '
        f'text-anchor="middle" font-weight="{"700" if centre else "400"}">'
        f"{escape(_clip(node['name'], 26))}</text></a>"
    )
