"""The gazetteer: known actors and places, read from YAML and checked on load.

``data/actors.yaml`` holds armed groups, organisations and people;
``data/places.yaml`` holds every country (kind ``state``) and the provinces,
regions and cities that presence claims point at (kind ``place``). A country
is defined in ``places.yaml`` only, so one id never has two definitions.

Both files are checked together when loaded, and every problem is reported as
a :class:`~claimgraph.errors.DataFileError` whose subject is ``file:line``, so
the person editing the data is sent straight to the faulty entry.

Aliases come in two sorts. Ordinary aliases match whatever their case,
punctuation, accents or a trailing possessive ("ISKP", "Iskp's",
"Islamic State-Khorasan Province"). Exact aliases ("IS", "US", "LeT") match
only as written, because folded they are English words or too short to be
safe ("is", "us", "let").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from claimgraph.data import data_path, read_data_file
from claimgraph.errors import DataFileError
from claimgraph.model import Actor
from claimgraph.nlp.towns import towns_by_key

ACTOR_FILE_KINDS: frozenset[str] = frozenset({"armed_group", "organization", "person"})
PLACE_FILE_KINDS: frozenset[str] = frozenset({"state", "place"})
LINK_PREDICATES: frozenset[str] = frozenset(
    {"affiliate", "splinter_of", "member_of", "leads", "allegiance", "ally"}
)
ENTITY_LABELS: dict[str, str] = {
    "armed_group": "ORG",
    "organization": "ORG",
    "state": "GPE",
    "place": "LOC",
    "person": "PERSON",
}

_ACTOR_FIELDS = frozenset(
    {"id", "name", "kind", "aliases", "exact_aliases", "links", "home", "local_names"}
)
_PLACE_FIELDS = frozenset({"id", "name", "kind", "aliases", "exact_aliases", "country"})
_REQUIRED_FIELDS = ("id", "name", "kind")
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_STR_TAG = "tag:yaml.org,2002:str"

# Folded keys shorter than this are too easily hit by chance ("uk", "kp").
_MIN_KEY_LENGTH = 3
# Everyday English words that acronyms fold into; such an alias must be exact.
# fmt: off
_COMMON_WORDS: frozenset[str] = frozenset((
    "act", "add", "age", "aid", "aim", "air", "all", "and", "any", "are", "arm", "art", "ask",
    "bad", "bag", "ban", "bar", "bat", "bay", "bed", "big", "bit", "box", "boy", "bus", "but",
    "buy", "can", "cap", "car", "cat", "cut", "day", "den", "did", "die", "dig", "dog", "don",
    "dot", "due", "ear", "eat", "end", "era", "eve", "eye", "fan", "far", "fat", "few", "fit",
    "fly", "for", "fun", "gap", "gas", "get", "god", "got", "gun", "had", "ham", "has", "hat",
    "her", "him", "his", "hit", "hot", "how", "hum", "ice", "ill", "its", "jam", "job", "key",
    "kid", "law", "lay", "led", "leg", "let", "lie", "lot", "low", "mad", "man", "map", "may",
    "men", "mit", "mix", "mob", "new", "nor", "not", "now", "nun", "odd", "off", "oil", "old",
    "one", "our", "out", "own", "pan", "pat", "pay", "per", "pet", "pin", "pit", "pop", "pot",
    "put", "ran", "rap", "rat", "raw", "red", "rid", "rod", "row", "run", "sad", "saw", "say",
    "sea", "see", "set", "she", "sin", "sir", "sit", "six", "sky", "son", "sun", "tab", "tag",
    "tan", "tap", "tax", "tea", "ten", "the", "tie", "tin", "tip", "toe", "ton", "too", "top",
    "toy", "try", "two", "use", "van", "via", "war", "was", "way", "web", "who", "why", "win",
    "yes", "yet", "you", "also", "area", "army", "back", "band", "base", "bill", "case", "city",
    "cost", "dawn", "duty", "east", "fall", "fire", "fish", "form", "free", "gate", "hand",
    "hope", "host", "iron", "land", "last", "left", "line", "mark", "mass", "more", "most",
    "move", "name", "navy", "news", "next", "note", "over", "part", "peak", "post", "raid",
    "rand", "rank", "rise", "road", "rule", "safe", "said", "seal", "side", "sign", "site",
    "some", "star", "step", "tank", "team", "term", "than", "that", "them", "then", "they",
    "this", "time", "town", "unit", "upon", "vice", "wall", "want", "ward", "were", "west",
    "what", "when", "will", "with", "word", "work", "year", "aah", "imp", "sour", "swat",
    "tyre", "march", "start", "alliance", "amnesty", "foreign",
))
# fmt: on

_APOSTROPHES = "'\u2019\u2018\u02bc\u02bb\u02be\u02bf`\u00b4\u2032"
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_POSSESSIVE_RE = re.compile(f"[{_APOSTROPHES}]s?$")
_EDGE_PUNCT = ' \t\r\n,;:!?"()[]{}\u201c\u201d'
_WORD_RE = re.compile(r"[^\W_]+")
_THE_RE = re.compile(r"^(?:the|The|THE)\s+")


def _strip_accents(text: str) -> str:
    """Drop combining marks so "Ménaka" and "Menaka" agree."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def key(text: str) -> str:
    """Fold a name to the form aliases are compared in.

    Names of one actor are written many ways in the press: case, hyphens or
    spaces, transliteration apostrophes ("al-Qa'ida"), accents, a leading
    "the" and a possessive ("al Qaeda's"). All of those are dropped here, so
    ``key("the ISIS-K's") == key("Isis K")``. Apostrophes and full stops are
    removed rather than spaced ("Qa'ida" -> "qaida", "U.S." -> "us"), and "&"
    reads as "and".
    """
    folded = _strip_accents(unicodedata.normalize("NFKC", text)).casefold()
    folded = _POSSESSIVE_RE.sub("", folded.strip(_EDGE_PUNCT + "."))
    folded = folded.replace("&", " and ")
    folded = re.sub(f"[{_APOSTROPHES}.]", "", folded)
    words = _WORD_RE.findall(folded)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def exact_form(text: str) -> str:
    """Case-preserving form of a name, for aliases that must match as written.

    Only typography is evened out (curly quotes, dash variants, spacing), a
    leading "the" and a trailing possessive are dropped; case and full stops
    stay, so "U.S." and "US" are two exact aliases and "us" is neither.
    """
    form = unicodedata.normalize("NFKC", text)
    form = re.sub(f"[{_APOSTROPHES}]", "'", form)
    form = re.sub(f"[{_DASHES}]", "-", form)
    form = " ".join(form.split()).strip(_EDGE_PUNCT)
    form = re.sub(r"'s?$", "", form)
    return _THE_RE.sub("", form)


def ambiguity(folded: str) -> str | None:
    """Why a folded alias is unsafe to match case-insensitively, or None."""
    if len(folded.replace(" ", "")) < _MIN_KEY_LENGTH:
        return "is too short"
    if folded in _COMMON_WORDS:
        return "is an English word"
    return None


@dataclass(frozen=True)
class GazetteerEntry:
    """One actor or place as the data files define it.

    ``actor.aliases`` holds every alias (ordinary and exact); ``exact_aliases``
    says which of them match only as written. ``country`` is the containing
    state of a place; ``links`` are background ties ``(predicate, object id)``;
    ``home`` lists the places a branch is named for ("the Islamic State's
    branch in Afghanistan" is ISIS-K); ``local_names`` are other actors' names,
    or names no actor owns, that stand for this one in a story set in its home
    ("al-Shabaab" in Cabo Delgado is IS Mozambique, "the Joint Forces" in
    Darfur the armed movements' joint force).
    """

    actor: Actor
    links: tuple[tuple[str, str], ...] = ()
    country: str | None = None
    exact_aliases: tuple[str, ...] = ()
    home: tuple[str, ...] = ()
    local_names: tuple[str, ...] = ()

    def folded_names(self) -> list[str]:
        """Names matched case-insensitively: the canonical name and ordinary aliases.

        A canonical name that is also listed as exact ("HTS") is matched only
        as written, like any exact alias.
        """
        exact = set(self.exact_aliases)
        names = [self.actor.name, *self.actor.aliases]
        return [n for n in _unique(names) if n not in exact]


class Gazetteer:
    """Look actors up by id or by any of their names."""

    def __init__(self, entries: dict[str, GazetteerEntry]) -> None:
        self.entries = entries
        self._patterns: list[dict[str, Any]] | None = None
        self._folded: dict[str, str] = {}
        self._exact: dict[str, str] = {}
        self._towns: dict[str, frozenset[str]] | None = None
        for actor_id, entry in entries.items():
            for name in entry.folded_names():
                self._folded.setdefault(key(name), actor_id)
            for alias in entry.exact_aliases:
                self._exact.setdefault(exact_form(alias), actor_id)
        # the entries each actor's name is a local name of, by that actor's id
        self._local: dict[str, list[GazetteerEntry]] = {}
        # the entries each name no actor owns is a local name of, by folded name
        self._local_unowned: dict[str, list[GazetteerEntry]] = {}
        for entry in entries.values():
            for name in entry.local_names:
                named = self.lookup(name)
                if named is not None:
                    self._local.setdefault(named.id, []).append(entry)
                else:
                    self._local_unowned.setdefault(key(name), []).append(entry)

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        entry = self.entries.get(actor_id)
        return entry.actor if entry else None

    def lookup(self, text: str) -> Actor | None:
        """The actor a name refers to, or None when the gazetteer does not know it.

        Exact aliases are tried first and case-sensitively (a sentence-final
        full stop is forgiven); then the folded key of the text.
        """
        form = exact_form(text)
        for candidate in (form, form.rstrip(".")):
            if candidate in self._exact:
                return self.get(self._exact[candidate])
        actor_id = self._folded.get(key(text))
        return self.get(actor_id) if actor_id else None

    def towns_in(self, name: str) -> frozenset[str]:
        """The states that have a town of this name in the world table (see
        ``nlp.towns``); empty for a name no town bears."""
        if self._towns is None:
            self._towns = towns_by_key(key, self._state_named)
        return self._towns.get(key(name), frozenset())

    def _state_named(self, name: str) -> Actor | None:
        """The state a country name stands for, or None."""
        actor = self.lookup(name)
        return actor if actor is not None and actor.kind == "state" else None

    def actors(self, kind: str | None = None) -> list[Actor]:
        """All actors in file order, or those of one kind."""
        return [e.actor for e in self.entries.values() if kind is None or e.actor.kind == kind]

    def country_of(self, actor_id: str) -> str | None:
        """The state a place lies in; a state is its own country; None otherwise.

        Places that straddle borders (the Sahel, Lake Chad) have no country.
        """
        entry = self.entries.get(actor_id)
        if entry is None:
            return None
        if entry.actor.kind == "state":
            return entry.actor.id
        return entry.country

    def faction_led_by(self, parent_id: str, person_id: str) -> Actor | None:
        """The faction of ``parent_id`` that ``person_id`` leads, when the data say so.

        "The SPLM-N loyal to Abdelaziz al-Hilu" is the SPLM-N al-Hilu.
        """
        for faction in self._led_by(person_id):
            if ("splinter_of", parent_id) in faction.links:
                return faction.actor
        return None

    def body_led_by(self, person_id: str) -> Actor | None:
        """The government or organisation a person leads, when the data say so.

        A prime minister's promise is his government's ("Dbeibah promised").
        """
        for body in self._led_by(person_id):
            if body.actor.kind in ("state", "organization"):
                return body.actor
        return None

    def group_led_by(self, person_id: str) -> Actor | None:
        """The one armed group a person leads, when the data say so: "Kony has no more
        than 30 fighters left" counts the LRA's."""
        groups = [e.actor for e in self._led_by(person_id) if e.actor.kind == "armed_group"]
        return groups[0] if len(groups) == 1 else None

    def side_of(self, person_id: str) -> Actor | None:
        """The group, body or state a person is listed as leading or belonging to: whom
        his "we" speaks for."""
        kinds = ("armed_group", "organization", "state")
        sides = self._linked(person_id, ("leads", "member_of"))
        return next((e.actor for e in sides if e.actor.kind in kinds), None)

    def groups_of(self, person_id: str) -> tuple[Actor, ...]:
        """Every armed group a person is listed as leading or belonging to: whom he
        may speak for ("Chérizier", who leads the G9, also speaks for Viv Ansanm)."""
        sides = self._linked(person_id, ("leads", "member_of"))
        return tuple(e.actor for e in sides if e.actor.kind == "armed_group")

    def _led_by(self, person_id: str) -> list[GazetteerEntry]:
        """The entries a person's ``leads`` links point at, in file order of the links."""
        return self._linked(person_id, ("leads",))

    def _linked(self, person_id: str, predicates: tuple[str, ...]) -> list[GazetteerEntry]:
        """The entries a person's links of ``predicates`` point at, in file order."""
        person = self.entries.get(person_id)
        links = person.links if person is not None else ()
        linked = [
            self.entries.get(target) for predicate, target in links if predicate in predicates
        ]
        return [entry for entry in linked if entry is not None]

    def local_stand_in(self, actor_id: str, countries: Collection[str]) -> Actor | None:
        """The actor that a known actor's name stands for in a story set in ``countries``.

        "al-Shabaab" names the Somali group, but in a story about Cabo Delgado
        it is the local name of IS Mozambique: an entry whose ``local_names``
        hold a name of ``actor_id`` and whose home is one of ``countries``.
        Only an unambiguous answer counts.
        """
        found = [e.actor for e in self._local.get(actor_id, ()) if set(e.home) & set(countries)]
        return found[0] if len(found) == 1 else None

    def local_owner(self, name: str, countries: Collection[str]) -> Actor | None:
        """The actor a name no actor owns stands for in a story set in ``countries``.

        "The Joint Forces" is too common a name to be an alias, but in a story
        about Darfur it is the armed movements' joint force. Only an
        unambiguous answer counts.
        """
        entries = self._local_unowned.get(key(name), ())
        found = [e.actor for e in entries if set(e.home) & set(countries)]
        return found[0] if len(found) == 1 else None

    def home_of(self, actor_id: str) -> tuple[str, ...]:
        """The places an actor is listed at home in (none when unknown)."""
        entry = self.entries.get(actor_id)
        return entry.home if entry else ()

    def experts_on(self, country_id: str) -> Actor | None:
        """The UN panel or group of experts that monitors sanctions on a country."""
        for entry in self.entries.values():
            on_country = country_id in entry.home
            if on_country and ("member_of", "un-security-council") in entry.links:
                return entry.actor
        return None

    def parent_of(self, actor_id: str) -> Actor | None:
        """The group an actor is listed as an affiliate of, if any."""
        entry = self.entries.get(actor_id)
        parents = [o for p, o in entry.links if p == "affiliate"] if entry else []
        return self.get(parents[0]) if parents else None

    def branch_in(self, parent_id: str, place_id: str) -> Actor | None:
        """The listed affiliate of ``parent_id`` whose home is this place or its country.

        Only an unambiguous answer counts: two branches at home in one
        country (there are none today) would leave the phrase unresolved.
        """
        wanted = {place_id, self.country_of(place_id)} - {None}
        found = [
            e.actor
            for e in self.entries.values()
            if ("affiliate", parent_id) in e.links and wanted & set(e.home)
        ]
        return found[0] if len(found) == 1 else None

    def patterns(self) -> list[dict[str, Any]]:
        """Token patterns for a spaCy ``entity_ruler``/``span_ruler``, one per name.

        Ordinary names match on ``LOWER`` (accent and apostrophe variants
        included, hyphens optional), exact aliases on ``ORTH``. Names are split
        with spaCy's English tokenizer so the patterns line up with the tokens
        of the English pipelines. Built on first use, then reused.
        """
        if self._patterns is None:
            self._patterns = self._build_patterns()
        return list(self._patterns)

    def _build_patterns(self) -> list[dict[str, Any]]:
        """Token patterns of every name, without repeats."""
        seen: set[str] = set()
        result: list[dict[str, Any]] = []
        for actor_id, entry in self.entries.items():
            label = ENTITY_LABELS[entry.actor.kind]
            names = [(n, "LOWER") for n in entry.folded_names()]
            names += [(a, "ORTH") for a in entry.exact_aliases]
            for name, attr in names:
                pattern = [_token_pattern(tok, attr) for tok in _tokenize(name)]
                signature = repr((actor_id, pattern))
                if pattern and signature not in seen:
                    seen.add(signature)
                    result.append({"label": label, "pattern": pattern, "id": actor_id})
        return result


@lru_cache(maxsize=1)
def _english_tokenizer() -> Any:
    """spaCy's rule-based English tokenizer, built once (no model is loaded)."""
    import spacy

    return spacy.blank("en").tokenizer


def _tokenize(name: str) -> list[str]:
    """Split a name the way the English pipelines split running text."""
    return [tok.text for tok in _english_tokenizer()(name)]


def _token_pattern(token: str, attr: str) -> dict[str, Any]:
    """One token of a pattern, tolerant of the typography variants of the press."""
    if all(ch in _DASHES for ch in token):
        return {"ORTH": {"IN": sorted(set(_DASHES))}, "OP": "?"}
    text = token.lower() if attr == "LOWER" else token
    variants = {text, _strip_accents(text)}
    variants |= {v.replace("'", "\u2019") for v in variants}
    variants |= {v.replace("\u2019", "'") for v in variants}
    if len(variants) == 1:
        return {attr: text}
    return {attr: {"IN": sorted(variants)}}


# --- reading YAML with line numbers ------------------------------------------


def data_error(path: Path | str, node: yaml.Node | None, reason: str) -> DataFileError:
    """An error for ``reason`` located at ``node`` (1-based line) in ``path``."""
    line = node.start_mark.line + 1 if node is not None else 1
    return DataFileError(reason, subject=f"{path}:{line}")


def compose_file(path: Path | str) -> yaml.Node:
    """Parse a YAML file into nodes, which remember their line numbers."""
    text = read_data_file(path)
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DataFileError(f"invalid YAML: {problem}", subject=f"{path}:{line}") from exc
    if node is None:
        raise DataFileError("file is empty", subject=f"{path}:1")
    return node


def mapping_fields(path: Path | str, node: yaml.Node, what: str) -> dict[str, yaml.Node]:
    """The fields of a YAML mapping by name, refusing non-mappings and repeated keys."""
    if not isinstance(node, yaml.MappingNode):
        raise data_error(path, node, f"{what} must be a mapping")
    fields: dict[str, yaml.Node] = {}
    for key_node, value_node in node.value:
        name = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if not isinstance(name, str) or not name:
            raise data_error(path, key_node, f"{what} has a field name that is not text")
        if name in fields:
            raise data_error(path, key_node, f"{what} repeats field '{name}'")
        fields[name] = value_node
    return fields


def text_value(path: Path | str, node: yaml.Node, what: str) -> str:
    """A non-empty text scalar (YAML booleans and numbers are refused)."""
    if not isinstance(node, yaml.ScalarNode) or node.tag != _STR_TAG:
        raise data_error(path, node, f"{what} must be text (quote it if YAML reads it otherwise)")
    value = str(node.value).strip()
    if not value:
        raise data_error(path, node, f"{what} is empty")
    return value


def sequence_items(path: Path | str, node: yaml.Node, what: str) -> list[yaml.Node]:
    """The items of a YAML sequence."""
    if not isinstance(node, yaml.SequenceNode):
        raise data_error(path, node, f"{what} must be a list")
    return list(node.value)


# --- entries as read, before cross-checks --------------------------------------


@dataclass(frozen=True)
class _Located:
    """A value and the file line it was read from."""

    value: str
    path: str
    line: int

    def where(self) -> str:
        """``file:line`` of the value, for pointing back at it."""
        return f"{self.path}:{self.line}"

    def error(self, reason: str) -> DataFileError:
        """A data error located at this value."""
        return DataFileError(reason, subject=self.where())


@dataclass(frozen=True)
class _RawEntry:
    """One entry as read from a file, each value with its line."""

    id: _Located
    name: _Located
    kind: str
    aliases: tuple[_Located, ...]
    exact_aliases: tuple[_Located, ...]
    links: tuple[tuple[_Located, _Located], ...]
    country: _Located | None
    home: tuple[_Located, ...] = ()
    local_names: tuple[_Located, ...] = ()


def _located(path: Path | str, node: yaml.Node, what: str) -> _Located:
    """Read a text scalar together with its position."""
    return _Located(text_value(path, node, what), str(path), node.start_mark.line + 1)


def _located_list(
    path: Path | str, fields: dict[str, yaml.Node], name: str, ident: str
) -> tuple[_Located, ...]:
    """An optional list-of-text field of an entry."""
    if name not in fields:
        return ()
    items = sequence_items(path, fields[name], f"'{name}' of {ident}")
    return tuple(_located(path, item, f"an item of '{name}' of {ident}") for item in items)


def _read_links(
    path: Path | str, fields: dict[str, yaml.Node], ident: str
) -> tuple[tuple[_Located, _Located], ...]:
    """The ``links`` field: a list of ``{predicate, object}`` mappings."""
    if "links" not in fields:
        return ()
    links = []
    for item in sequence_items(path, fields["links"], f"'links' of {ident}"):
        link = mapping_fields(path, item, f"a link of {ident}")
        unknown = sorted(set(link) - {"predicate", "object"})
        if unknown or "predicate" not in link or "object" not in link:
            raise data_error(
                path, item, f"a link of {ident} needs exactly 'predicate' and 'object'"
            )
        predicate = _located(path, link["predicate"], f"a link predicate of {ident}")
        if predicate.value not in LINK_PREDICATES:
            allowed = ", ".join(sorted(LINK_PREDICATES))
            raise predicate.error(f"unknown link predicate '{predicate.value}' (use {allowed})")
        links.append((predicate, _located(path, link["object"], f"a link object of {ident}")))
    return tuple(links)


def _read_entry(
    path: Path | str, node: yaml.Node, allowed: frozenset[str], kinds: frozenset[str]
) -> _RawEntry:
    """Check the shape of one entry and read its fields."""
    fields = mapping_fields(path, node, "an entry")
    unknown = sorted(set(fields) - allowed)
    if unknown:
        raise data_error(path, fields[unknown[0]], f"unknown field '{unknown[0]}'")
    for required in _REQUIRED_FIELDS:
        if required not in fields:
            raise data_error(path, node, f"entry has no '{required}'")
    ident = _located(path, fields["id"], "'id'")
    if not _ID_RE.match(ident.value):
        raise ident.error(f"id '{ident.value}' is not a lowercase slug like 'isis-k'")
    kind = _located(path, fields["kind"], f"'kind' of {ident.value}")
    if kind.value not in kinds:
        raise kind.error(
            f"unknown kind '{kind.value}' for {ident.value} in this file "
            f"(use {', '.join(sorted(kinds))})"
        )
    country = fields.get("country")
    return _RawEntry(
        id=ident,
        name=_located(path, fields["name"], f"'name' of {ident.value}"),
        kind=kind.value,
        aliases=_located_list(path, fields, "aliases", ident.value),
        exact_aliases=_located_list(path, fields, "exact_aliases", ident.value),
        links=_read_links(path, fields, ident.value),
        country=None if country is None else _located(path, country, f"'country' of {ident.value}"),
        home=_located_list(path, fields, "home", ident.value),
        local_names=_located_list(path, fields, "local_names", ident.value),
    )


def _read_file(path: Path | str, section: str, kinds: frozenset[str]) -> list[_RawEntry]:
    """Read the entries listed under ``section`` in one gazetteer file."""
    root = mapping_fields(path, compose_file(path), "the file")
    unknown = sorted(set(root) - {section})
    if unknown:
        raise data_error(path, root[unknown[0]], f"unknown top-level field '{unknown[0]}'")
    if section not in root:
        raise DataFileError(f"file has no '{section}' list", subject=f"{path}:1")
    allowed = _ACTOR_FIELDS if section == "actors" else _PLACE_FIELDS
    items = sequence_items(path, root[section], f"'{section}'")
    return [_read_entry(path, item, allowed, kinds) for item in items]


# --- checks across entries and files -------------------------------------------


def _check_ids(raw: list[_RawEntry]) -> dict[str, _RawEntry]:
    """Index entries by id, refusing an id defined twice."""
    by_id: dict[str, _RawEntry] = {}
    for entry in raw:
        first = by_id.get(entry.id.value)
        if first is not None:
            raise entry.id.error(
                f"duplicate id '{entry.id.value}' (first defined at {first.id.where()})"
            )
        by_id[entry.id.value] = entry
    return by_id


def _folded_names(entry: _RawEntry) -> Iterator[_Located]:
    """Canonical name and ordinary aliases, the names matched case-insensitively."""
    exact = {alias.value for alias in entry.exact_aliases}
    for name in (entry.name, *entry.aliases):
        if name.value not in exact:
            yield name


def _check_aliases(raw: list[_RawEntry]) -> None:
    """Refuse a name that would resolve to two actors, or that is unsafe to fold."""
    folded: dict[str, tuple[str, _Located]] = {}
    for entry in raw:
        for name in _folded_names(entry):
            folded_key = key(name.value)
            if not folded_key:
                raise name.error(f"name '{name.value}' of {entry.id.value} has no letters")
            problem = ambiguity(folded_key)
            if problem:
                raise name.error(
                    f"alias '{name.value}' of {entry.id.value} {problem} when case is "
                    "ignored; list it under exact_aliases"
                )
            owner = folded.setdefault(folded_key, (entry.id.value, name))
            if owner[0] != entry.id.value:
                raise name.error(
                    f"alias '{name.value}' of {entry.id.value} already names "
                    f"{owner[0]} ({owner[1].where()})"
                )
    _check_exact_aliases(raw, {k: owner for k, (owner, _) in folded.items()})


def _check_exact_aliases(raw: list[_RawEntry], folded_owner: dict[str, str]) -> None:
    """Refuse an exact alias shared by two actors or clashing with a folded name."""
    exact: dict[str, tuple[str, _Located]] = {}
    for entry in raw:
        for alias in entry.exact_aliases:
            form = exact_form(alias.value)
            owner = exact.setdefault(form, (entry.id.value, alias))
            if owner[0] != entry.id.value:
                raise alias.error(
                    f"exact alias '{alias.value}' of {entry.id.value} already names "
                    f"{owner[0]} ({owner[1].where()})"
                )
            other = folded_owner.get(key(alias.value), entry.id.value)
            if other != entry.id.value:
                raise alias.error(
                    f"exact alias '{alias.value}' of {entry.id.value} folds to a name of {other}"
                )


def _check_references(by_id: dict[str, _RawEntry]) -> None:
    """Links and countries must point at known ids of a fitting kind."""
    for entry in by_id.values():
        for _predicate, target in entry.links:
            if target.value not in by_id:
                raise target.error(f"link of {entry.id.value} to unknown id '{target.value}'")
            if target.value == entry.id.value:
                raise target.error(f"{entry.id.value} is linked to itself")
        for place in entry.home:
            if by_id.get(place.value) is None or by_id[place.value].kind not in ("state", "place"):
                raise place.error(f"home '{place.value}' of {entry.id.value} is not a known place")
        if entry.local_names and not entry.home:
            raise entry.local_names[0].error(f"local names of {entry.id.value} need a 'home'")
        if entry.country is None:
            continue
        if entry.kind == "state":
            raise entry.country.error(f"state {entry.id.value} cannot have a 'country'")
        container = by_id.get(entry.country.value)
        if container is None or container.kind != "state":
            raise entry.country.error(
                f"country '{entry.country.value}' of {entry.id.value} is not a known state"
            )


def _to_entry(raw: _RawEntry) -> GazetteerEntry:
    """Turn a checked raw entry into the public record."""
    aliases = _unique(a.value for a in (*raw.aliases, *raw.exact_aliases))
    actor = Actor(id=raw.id.value, name=raw.name.value, kind=raw.kind, aliases=aliases)
    return GazetteerEntry(
        actor=actor,
        links=tuple((p.value, o.value) for p, o in raw.links),
        country=raw.country.value if raw.country else None,
        exact_aliases=_unique(a.value for a in raw.exact_aliases),
        home=tuple(h.value for h in raw.home),
        local_names=tuple(n.value for n in raw.local_names),
    )


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    """Values in first-seen order without repeats."""
    return tuple(dict.fromkeys(values))


def build_gazetteer(raw: list[_RawEntry]) -> Gazetteer:
    """Check entries from all files together and build the gazetteer."""
    by_id = _check_ids(raw)
    _check_aliases(raw)
    _check_references(by_id)
    return Gazetteer({ident: _to_entry(entry) for ident, entry in by_id.items()})


def _load(actors_path: Path | str, places_path: Path | str) -> Gazetteer:
    """Read, check and build the gazetteer from two files."""
    raw = _read_file(actors_path, "actors", ACTOR_FILE_KINDS)
    raw += _read_file(places_path, "places", PLACE_FILE_KINDS)
    return build_gazetteer(raw)


@lru_cache(maxsize=1)
def _load_default() -> Gazetteer:
    """The shipped gazetteer, read once per process."""
    return _load(data_path("actors.yaml"), data_path("places.yaml"))


def load_gazetteer(
    actors_path: Path | str | None = None, places_path: Path | str | None = None
) -> Gazetteer:
    """The gazetteer from the shipped files (cached) or from the given ones.

    Files given explicitly are read on every call, so an edited file is seen
    at once; a missing argument falls back to the shipped file.
    """
    if actors_path is None and places_path is None:
        return _load_default()
    return _load(
        actors_path or data_path("actors.yaml"),
        places_path or data_path("places.yaml"),
    )
