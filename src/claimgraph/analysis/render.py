"""Lay a brief out as Markdown, HTML (with a server-side SVG chart) or JSON.

The renderers take the plain data of :func:`~claimgraph.analysis.briefs.build_brief`
and add nothing but layout. Document text is untrusted: Markdown cells are
escaped, and HTML goes through Jinja2 with autoescaping on, the chart
included (its labels are template variables, never concatenated markup).
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from claimgraph.analysis.briefs import number, value_text

CHART_WIDTH = 640
CHART_HEIGHT = 260
_MARGIN = {"left": 64, "right": 16, "top": 16, "bottom": 36}


def to_json(brief: dict[str, Any]) -> str:
    """The brief as one JSON document."""
    return json.dumps(brief, ensure_ascii=False, indent=2, default=str) + "\n"


def _md(text: Any) -> str:
    """Text safe inside a Markdown table cell or list item."""
    cleaned = " ".join(str(text if text is not None else "").split())
    for char in "\\|*_[]<>`":
        cleaned = cleaned.replace(char, "\\" + char)
    return cleaned


def _refs(numbers: list[int]) -> str:
    return "".join(f"[{n}]" for n in numbers)


def _counts(line: dict[str, Any]) -> str:
    return (
        f"{line['grade']}; {line['sources']} source{'s' if line['sources'] != 1 else ''}, "
        f"{line['relays']} article{'s' if line['relays'] != 1 else ''}"
    )


def _period(line: dict[str, Any]) -> str:
    first, last = line.get("first_seen"), line.get("last_seen")
    if not first:
        return "undated"
    return first if first == last else f"{first} to {last}"


def to_markdown(brief: dict[str, Any]) -> str:
    """A brief an analyst can paste into a memo; every line ends with its citations."""
    actor = brief["actor"]
    out = [f"# Brief: {_md(actor['name'])}", ""]
    facts = [actor["kind"].replace("_", " ")]
    if actor["aliases"]:
        facts.append("also " + ", ".join(_md(a) for a in actor["aliases"][:8]))
    if actor["merged"]:
        facts.append("includes " + ", ".join(_md(m["name"]) for m in actor["merged"]))
    counts = brief["counts"]
    facts.append(
        f"{counts['assertions']} assertions from {counts['claims']} claims in "
        f"{counts['documents']} documents, {counts['sources']} independent sources"
    )
    if brief["since"]:
        facts.append(f"documents published since {brief['since']}")
    out += ["*" + "; ".join(facts) + ".*", ""]
    out += [
        "Grades follow the Admiralty system: source reliability A (reliable) to F (cannot be "
        "judged), credibility 1 (confirmed) to 6 (cannot be judged). Sources count "
        "independent originators; articles count copies once.",
        "",
    ]
    out += _md_strength(brief)
    out += _md_section("Relations", brief["relations"])
    out += _md_lines("Places", brief["places"])
    out += _md_pledges(brief["pledges"])
    out += _md_lines("Denials", brief["denials"])
    out += _md_disputes(brief["disputes"], brief["window_days"])
    out += ["## Sources", ""]
    for entry in brief["citations"]:
        out.append(f"{entry['n']}. {_citation_text(entry, markdown=True)}")
    return "\n".join(out).rstrip() + "\n"


def _citation_text(entry: dict[str, Any], *, markdown: bool) -> str:
    esc = _md if markdown else (lambda value: " ".join(str(value or "").split()))
    document = entry["document"]
    where = [
        esc(document.get("outlet") or "unknown outlet"),
        f"\u201c{esc(document.get('title') or 'untitled')}\u201d",
        esc(document.get("published") or "undated"),
    ]
    link = document.get("url") or document.get("path")
    if link:
        where.append(esc(link))
    return (
        f"{', '.join(where)} (document {document['id']}, characters "
        f"{entry['start']}\u2013{entry['end']}). {esc(entry['source'])}: "
        f"\u201c{esc(entry['sentence'])}\u201d"
    )


def _md_strength(brief: dict[str, Any]) -> list[str]:
    out = ["## Strength estimates", ""]
    if not brief["strength"]:
        return [*out, "No estimate of strength is stored.", ""]
    out += [
        "| period | estimate | unit | grade | sources | articles | cited |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for line in brief["strength"]:
        flag = " (disputed)" if line["disputed"] else ""
        out.append(
            f"| {_period(line)} | {value_text(line['value'])}{flag} | {_md(line['unit'])} | "
            f"{line['grade']} | {line['sources']} | {line['relays']} | {_refs(line['cite'])} |"
        )
    out += ["", "Single estimates over time (a trend across years is not a dispute):", ""]
    out += [
        "| date | estimate | unit | source | grade | cited |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for point in brief["timeline"]:
        estimate = value_text({"min": point["min"], "max": point["max"]})
        if point["approx"]:
            estimate = "about " + estimate
        if point["hedged"]:
            estimate += " (hedged)"
        out.append(
            f"| {point['date'] or 'undated'} | {estimate} | {_md(point['unit'])} | "
            f"{_md(point['source'])} | {point['grade']} | [{point['cite']}] |"
        )
    return [*out, ""]


def _md_item(line: dict[str, Any]) -> str:
    text = f"- {_md(line['statement'])} ({_counts(line)}; {_period(line)})"
    if line["hedged"]:
        text += ", hedged"
    if line["disputed"]:
        text += f", disputed by {', '.join(_md(n) for n in line['disputed_by'])}"
    return f"{text} {_refs(line['cite'])}"


def _md_section(title: str, groups: list[dict[str, Any]]) -> list[str]:
    out = [f"## {title}", ""]
    if not groups:
        return [*out, "None stored.", ""]
    for group in groups:
        out += [f"### {_md(group['title'])}", ""]
        out += [_md_item(line) for line in group["lines"]]
        out.append("")
    return out


def _md_lines(title: str, lines: list[dict[str, Any]]) -> list[str]:
    out = [f"## {title}", ""]
    if not lines:
        return [*out, "None stored.", ""]
    return [*out, *(_md_item(line) for line in lines), ""]


def _md_pledges(pledges: list[dict[str, Any]]) -> list[str]:
    out = ["## Pledges", ""]
    if not pledges:
        return [*out, "None stored.", ""]
    for pledge in pledges:
        out.append(_md_item(pledge))
        for quote in pledge["quotes"]:
            out.append(f"  - \u201c{_md(quote['sentence'])}\u201d [{quote['cite']}]")
        if pledge["against"]:
            out.append("  - Reported against it:")
            out += ["  " + _md_item(line) for line in pledge["against"]]
        else:
            out.append("  - Nothing stored is reported against it.")
    return [*out, ""]


def _md_disputes(disputes: list[dict[str, Any]], window: int) -> list[str]:
    out = ["## Disputed claims", ""]
    if not disputes:
        return [*out, "No open dispute.", ""]
    out.append(f"Estimates are compared within {window} days of each other.")
    out.append("")
    for dispute in disputes:
        first, second = dispute["sides"]
        out.append(f"- **{dispute['kind']}** ({_md(dispute['reason'])}):")
        for side in (first, second):
            names = ", ".join(_md(n) for n in side["source_names"])
            out.append(
                f"  - {_md(side['statement'])}: {names} ({side['grade']}; "
                f"{_period(side)}) {_refs(side['cite'])}"
            )
    return [*out, ""]


# --- HTML ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def _environment() -> Environment:
    """Templates from the package, escaped for HTML and SVG."""
    environment = Environment(
        loader=PackageLoader("claimgraph", "templates"),
        autoescape=select_autoescape(["html", "svg", "j2"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["value_text"] = value_text
    environment.filters["number"] = number
    environment.globals["period"] = _period
    return environment


def to_html(brief: dict[str, Any]) -> str:
    """A self-contained HTML page (no JavaScript) with one SVG chart per unit."""
    charts = [
        chart
        for unit in _units(brief["timeline"])
        if (chart := strength_chart(brief["timeline"], unit))
    ]
    template = _environment().get_template("brief.html.j2")
    return template.render(brief=brief, charts=charts)


def _units(timeline: list[dict[str, Any]]) -> list[str]:
    return list(dict.fromkeys(point["unit"] for point in timeline))


def strength_chart(timeline: list[dict[str, Any]], unit: str) -> dict[str, Any] | None:
    """Geometry of a chart of dated estimates of one unit: a bar per range, a dot per figure.

    Open ranges ("up to 200") are drawn from the axis, ("at least 22") to the
    top, and marked open. Returns None when fewer than one dated estimate exists.
    """
    points = [p for p in timeline if p["unit"] == unit and p["date"]]
    if not points:
        return None
    days = [date.fromisoformat(p["date"]).toordinal() for p in points]
    first, last = min(days), max(days)
    span = max(last - first, 1)
    top = max(float(v) for p in points for v in (p["min"], p["max"]) if v is not None) * 1.15
    top = top or 1.0
    inner_w = CHART_WIDTH - _MARGIN["left"] - _MARGIN["right"]
    inner_h = CHART_HEIGHT - _MARGIN["top"] - _MARGIN["bottom"]

    def x(day: int) -> float:
        if last == first:
            return _MARGIN["left"] + inner_w / 2
        return round(_MARGIN["left"] + (day - first) / span * inner_w, 1)

    def y(value: float) -> float:
        return round(_MARGIN["top"] + inner_h - value / top * inner_h, 1)

    marks = []
    for point, day in zip(points, days, strict=True):
        low = point["min"] if point["min"] is not None else 0
        high = point["max"] if point["max"] is not None else top
        marks.append(
            {
                "x": x(day),
                "y1": y(float(low)),
                "y2": y(float(high)),
                "dot": y((float(low) + float(high)) / 2),
                "open_low": point["min"] is None,
                "open_high": point["max"] is None,
                "hedged": point["hedged"],
                "label": f"{point['date']}: {value_text({'min': point['min'], 'max': point['max']})} "
                f"{unit}, {point['source']} [{point['cite']}]",
                "cite": point["cite"],
            }
        )
    ticks = [{"y": y(top * i / 4), "label": number(round(top * i / 4 / 10) * 10)} for i in range(5)]
    years = sorted({date.fromordinal(d).year for d in days})
    year_ticks = [
        {"x": x(max(first, min(last, date(year, 1, 1).toordinal()))), "label": str(year)}
        for year in years
    ]
    return {
        "unit": unit,
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "left": _MARGIN["left"],
        "right": CHART_WIDTH - _MARGIN["right"],
        "top": _MARGIN["top"],
        "bottom": CHART_HEIGHT - _MARGIN["bottom"],
        "marks": marks,
        "y_ticks": ticks,
        "x_ticks": year_ticks,
    }
