"""Find the actors a parsed document names, and resolve them to records.

Two readers cooperate: the gazetteer's phrase patterns (case-insensitive for
ordinary names, case-sensitive for short all-capital aliases such as "IS" or
"US" that collide with common words) and spaCy's named entities, which catch
names the gazetteer has never seen. Acronyms a text defines ("the National
Resistance Front (NRF)") are learned for the rest of that document, and a
person's later surname-only mention resolves to the full name first given.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, TypeVar

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from claimgraph.errors import DataFileError
from claimgraph.model import Actor
from claimgraph.nlp.lexicon import Lexicon
from claimgraph.nlp.pipeline import dateline_span
from claimgraph.nlp.syntax import (
    first_conjunct,
    is_gerund,
    prep_objects,
    previous_sentence_start,
    with_a,
    with_the,
)

# A short form of a name: a word, or a run of words.
Form = TypeVar("Form", str, tuple[str, ...])

ENTITY_KINDS = {
    "FAC": "organization",
    "ORG": "organization",
    "PERSON": "person",
    "GPE": "place",
    "LOC": "place",
    "NORP": "organization",
}
# Entity labels (or none) under which the tagger leaves small towns it does not know.
UNLABELLED_PLACE_TYPES = frozenset({"", "NORP", "PRODUCT", "WORK_OF_ART"})
# Labels a town's name never has: "in August" names a month, not the town of August.
NOT_PLACE_TYPES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&\-]{1,9}$")
MAX_PHRASES = 64
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dative"})
MAX_NAME_TOKENS = 10
MAX_BODY_WORDS = 4
# Governing bodies named by their seat: "the junta in Bamako" is Mali's.
SEATED_BODIES = frozenset(
    {
        "government",
        "junta",
        "regime",
        "authority",
        "administration",
        "leadership",
        "rulers",
        "ministry",
        "presidency",
        "military",
    }
)
# What a government says, "from" its capital: "fiction from Addis Ababa" is the
# government's.
SENT_FROM = frozenset({"fiction", "lie", "propaganda", "fabrication", "accusation"})
# Verbs of trade between governments: what is sold "to Niamey" goes to Niger's government.
SOLD_TO = frozenset({"sell", "supply", "export", "donate", "lend"})
NAME_CONNECTORS = frozenset(
    {"of", "for", "the", "and", "al", "el", "-", "'s", "de", "wal", "ul", "e", "in"}
)


JOINABLE_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC"})


def joined_entities(doc: Doc, lexicon: Lexicon) -> list[Span]:
    """The tagger's entities, two joined by a name's lower-case word made one.

    "Ndugu wa Mlima" is often tagged as two names around "wa"; the whole is
    one group's name, labelled as a body if either part was.
    """
    out: list[Span] = []
    for ent in doc.ents:
        last = out[-1] if out else None
        joiner = doc[ent.start - 1] if ent.start > 0 else None
        if (
            last is not None
            and joiner is not None
            and last.end == joiner.i
            and joiner.lower_ in lexicon.name_joiners
            and joiner.is_lower
            and {last.label_, ent.label_} <= JOINABLE_LABELS
        ):
            label = "ORG" if "ORG" in (last.label_, ent.label_) else last.label_
            out[-1] = Span(doc, last.start, ent.end, label=label)
            continue
        out.append(ent)
    return out


class GazetteerLike(Protocol):
    """What the resolver needs from the gazetteer (see ``nlp.gazetteer``)."""

    def lookup(self, text: str) -> Actor | None:
        """The actor a name or alias stands for."""

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id."""

    def patterns(self) -> list[dict[str, Any]]:
        """EntityRuler patterns, ``id`` = actor id."""

    def branch_in(self, parent_id: str, place_id: str) -> Actor | None:
        """The listed branch of a group at home in a place, when there is one."""

    def country_of(self, actor_id: str) -> str | None:
        """The state a place lies in (a state is its own); None when unknown."""

    def towns_in(self, name: str) -> frozenset[str]:
        """The states that have a town of this name."""

    def faction_led_by(self, parent_id: str, person_id: str) -> Actor | None:
        """The faction of a group that a person leads, when the data say so."""

    def body_led_by(self, person_id: str) -> Actor | None:
        """The government or organisation a person leads, when the data say so."""

    def group_led_by(self, person_id: str) -> Actor | None:
        """The one armed group a person leads, when the data say so."""

    def groups_of(self, person_id: str) -> tuple[Actor, ...]:
        """The armed groups a person leads or belongs to."""

    def experts_on(self, country_id: str) -> Actor | None:
        """The UN panel or group of experts that monitors sanctions on a country."""

    def local_stand_in(self, actor_id: str, countries: Collection[str]) -> Actor | None:
        """The actor a known actor's name stands for in a story set in ``countries``."""

    def local_owner(self, name: str, countries: Collection[str]) -> Actor | None:
        """The actor a name no actor owns stands for in a story set in ``countries``."""

    def home_of(self, actor_id: str) -> tuple[str, ...]:
        """The places an actor is listed at home in."""

    def side_of(self, person_id: str) -> Actor | None:
        """The group, body or state a person is listed as leading or belonging to."""

    def parent_of(self, actor_id: str) -> Actor | None:
        """The group an actor is listed as an affiliate of, if any."""


@dataclass(frozen=True)
class ActorSpan:
    """A run of tokens ``[start, end)`` that refers to ``actor``."""

    start: int
    end: int
    actor: Actor
    label: str
    how: str

    def root(self, doc: Doc) -> Token:
        """The token of the span whose head lies outside it."""
        for token in doc[self.start : self.end]:
            if not self.start <= token.head.i < self.end or token.head.i == token.i:
                return token
        return doc[self.end - 1]


@dataclass
class DocActors:
    """The actor spans of one document, indexed by token."""

    doc: Doc
    spans: list[ActorSpan] = field(default_factory=list)
    by_token: list[ActorSpan | None] = field(default_factory=list)
    entities: list[tuple[Span, Actor | None]] = field(default_factory=list)
    # The armed group each person named here leads, as the gazetteer says.
    leaders: dict[str, Actor] = field(default_factory=dict)
    # The state or organisation each person named here heads, as the gazetteer says.
    heads: dict[str, Actor] = field(default_factory=dict)
    # The armed groups each person named here leads or belongs to, as the gazetteer says.
    sides: dict[str, tuple[Actor, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.by_token:
            self.by_token = [None] * len(self.doc)

    def add(self, span: ActorSpan) -> None:
        """Record a span; tokens already covered keep their first span."""
        self.spans.append(span)
        for i in range(span.start, span.end):
            if self.by_token[i] is None:
                self.by_token[i] = span

    def replace(self, span: ActorSpan) -> None:
        """Record a span in place of every span it overlaps."""
        self.drop(span.start, span.end)
        self.add(span)

    def drop(self, start: int, end: int) -> None:
        """Forget every span that overlaps tokens ``start`` to ``end``."""
        gone = {id(s) for s in self.spans if s.start < end and start < s.end}
        self.spans = [s for s in self.spans if id(s) not in gone]
        self.by_token = [None if s is not None and id(s) in gone else s for s in self.by_token]

    def at(self, i: int) -> ActorSpan | None:
        """The span covering token ``i``."""
        return self.by_token[i]

    def mentions_of(self, actor_id: str) -> list[ActorSpan]:
        """Every span of the actor with this id, in the order they were recorded."""
        return [s for s in self.spans if s.actor.id == actor_id]

    def among(self, tokens: Iterable[int]) -> list[ActorSpan]:
        """Distinct spans covering any of ``tokens``, in text order."""
        seen: dict[int, ActorSpan] = {}
        for i in tokens:
            span = self.by_token[i]
            if span is not None and id(span) not in seen:
                seen[id(span)] = span
        return sorted(seen.values(), key=lambda s: s.start)


def _variants(text: str) -> set[str]:
    """Spellings a name takes in prose: hyphens as spaces, curly apostrophes."""
    text = text.replace("\u2019", "'")
    out = {text, text.replace("-", " "), text.replace("'", "")}
    out.add(text.replace("-", " ").replace("'", ""))
    return {" ".join(v.split()) for v in out if v.strip()}


def _token_choices(token: dict[str, Any]) -> tuple[str, list[str]] | None:
    """The attribute and the alternatives one token pattern accepts."""
    keys = set(token) - {"OP"}
    if len(keys) != 1 or token.get("OP") not in (None, "?"):
        return None
    attr = keys.pop()
    value = token[attr]
    if isinstance(value, str):
        choices = [value]
    elif isinstance(value, dict) and set(value) == {"IN"}:
        choices = [str(v) for v in value["IN"]]
    else:
        return None
    if token.get("OP") == "?":
        choices = ["", *choices]
    return attr, choices


def expand_token_pattern(pattern: list[dict[str, Any]]) -> tuple[str, list[list[str]]] | None:
    """A token pattern as the phrases it matches, for the much faster PhraseMatcher.

    Returns the attribute to match on (``LOWER`` or ``ORTH``) and every word
    sequence, or None when the pattern uses operators a phrase cannot hold.
    """
    sequences: list[list[str]] = [[]]
    attrs: set[str] = set()
    for token in pattern:
        choice = _token_choices(token)
        if choice is None:
            return None
        attr, options = choice
        if "" not in options:
            attrs.add(attr)
        sequences = [[*seq, o] if o else seq for seq in sequences for o in options]
        if len(sequences) > MAX_PHRASES:
            return None
    if not attrs <= {"LOWER", "ORTH"} or not attrs:
        return None
    attr = "ORTH" if "ORTH" in attrs else "LOWER"
    return attr, [s for s in sequences if s]


LEADER_MARKERS = (("loyal", "to"), ("led", "by"), ("headed", "by"), ("commanded", "by"))


def named_leader(doc: Doc, span: ActorSpan, found: DocActors) -> Actor | None:
    """The person right after a group's name as its leader: "X (X) loyal to Y", "X led by Y"."""
    i = span.end
    if i < len(doc) and doc[i].text == "(":
        while i < len(doc) and doc[i].text != ")":
            i += 1
        i += 1
    if i + 2 >= len(doc) or (doc[i].lower_, doc[i + 1].lower_) not in LEADER_MARKERS:
        return None
    person = found.at(i + 2)
    return person.actor if person is not None and person.actor.kind == "person" else None


def _describes_a_group(token: Token, lexicon: Lexicon) -> bool:
    """ "the Somali group", "the Afghan militants": a group named by where it is from.

    The phrase refers back to the group; the country is no actor of its own.
    """
    head = token.head
    kinds = lexicon.nominals.get(head.lemma_.lower())
    return (
        token.dep_ == "amod"
        and kinds is not None
        and set(kinds) == {"armed_group"}
        and head.lemma_.lower() not in lexicon.branch_nouns
        and with_the(head)
    )


def _part_of_a_name(span: ActorSpan, names: list[Span]) -> bool:
    """A place inside a longer name: "Salahuddin" in "Salahuddin Farooqui", "Sahel"
    in the rights group "Justice Sahel".

    The name's other words must be capitalised words of its own (at most two).
    """
    if span.actor.kind != "place":
        return False
    for name in names:
        if not (name.start <= span.start and span.end <= name.end):
            continue
        extra = [t for t in name if not span.start <= t.i < span.end]
        if 0 < len(extra) <= 2 and all(t.is_title for t in extra):
            return True
    return False


def _direction_only(span: Span, lexicon: Lexicon) -> bool:
    """Words in small letters that only say where: "in the far north" names no region.

    Names in small letters still match ("the islamic state khorasan province").
    """
    words = [t.lower_ for t in span if t.is_alpha]
    directions = lexicon.region_words | lexicon.direction_words
    return bool(words) and span.text == span.text.lower() and all(w in directions for w in words)


def _case_sensitive(text: str) -> bool:
    """Short all-capital aliases must keep their case ("IS" is not "is")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) <= 4 and all(c.isupper() for c in letters)


class ActorResolver:
    """Built once per process: the compiled gazetteer matchers."""

    def __init__(self, nlp: Language, gazetteer: GazetteerLike, lexicon: Lexicon) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.tokens = Matcher(nlp.vocab)
        self._compile(nlp, gazetteer.patterns())
        _check_listed_ids(gazetteer, lexicon)
        self.demonyms = _demonym_actors(gazetteer, lexicon)
        self.metonyms = _metonym_actors(gazetteer, lexicon)
        self.armies = _state_armies(gazetteer, lexicon)
        self.army_states = {army.id: state for state, army in self.armies.items()}
        # forces that serve abroad besides the army: "Quds Force advisers in Sanaa"
        self.army_states |= {
            force: home[0]
            for force in sorted(lexicon.expeditionary_forces)
            if len(home := gazetteer.home_of(force)) == 1
        }
        self.voices = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.voices.add("VOICE", [nlp.make_doc(phrase) for phrase in sorted(lexicon.voice_bodies)])
        self.roles = lexicon.role_words | lexicon.person_nouns

    def _compile(self, nlp: Language, patterns: list[dict[str, Any]]) -> None:
        """Add every pattern (and its spelling variants) under its actor id."""
        for pattern in patterns:
            actor_id = str(pattern.get("id") or "")
            body = pattern.get("pattern")
            if not actor_id or body is None:
                continue
            if isinstance(body, str):
                for text in _variants(body):
                    matcher = self.exact if _case_sensitive(text) else self.lower
                    matcher.add(actor_id, [nlp.make_doc(text)])
                continue
            expanded = expand_token_pattern(body)
            if expanded is None:
                self.tokens.add(actor_id, [body])
                continue
            attr, phrases = expanded
            matcher = self.exact if attr == "ORTH" else self.lower
            matcher.add(actor_id, [Doc(nlp.vocab, words=words) for words in phrases])

    def _persons_by_role(self, doc: Doc, found: DocActors) -> None:
        """Make an unknown "organisation" a person when the text gives it a person's role.

        The tagger takes some names for bodies ("Gaston Iyamuremye ... remains
        the president of the group"); a name that is, remains or serves as a
        leader, or that a role noun describes, is a person's.
        """
        for span in list(found.spans):
            actor = span.actor
            if actor.origin != "learned" or actor.kind != "organization" or span.label != "ORG":
                continue
            if _group_like(actor.name, self.lexicon) or any(
                t.lower_ in self.lexicon.body_heads or t.is_upper
                for t in doc[span.start : span.end]
            ):
                continue
            root = span.root(doc)
            described = [c for c in root.children if c.dep_ == "appos"]
            if root.dep_ == "nsubj" and root.head.lemma_ in self.lexicon.copular_verbs:
                described += [c for c in root.head.children if c.dep_ == "attr"]
            described += _set_off_after(doc, span)
            if any(d.lemma_.lower() in self.roles for d in described) or _leading_name(
                root, self.lexicon
            ):
                _rekind(found, found.mentions_of(actor.id), "person", "PERSON")

    def _after_name_particle(self, doc: Doc, span: ActorSpan) -> bool:
        """A group's name inside a person's: "Abu Shabab", "Ibn Taymiyya" is no group.

        A capitalised kunya or nasab particle right before a one-word match
        makes the two a name ("Shabab" alone is al-Shabaab).
        """
        if span.start == 0 or span.end - span.start != 1 or span.actor.kind == "person":
            return False
        before = doc[span.start - 1]
        return before.is_title and before.lower_ in self.lexicon.name_particles

    def _hyphenated_name(self, doc: Doc, span: ActorSpan, names: list[Span]) -> bool:
        """A known name opening another's: "BDK-Renouveau" is a faction of its own.

        The tagger's name runs on past a hyphen to a capitalised word that names
        nothing known; "Taliban-Pakistan talks" name two known actors and stay.
        """
        if span.end >= len(doc) or doc[span.end].text != "-" or doc[span.end - 1].whitespace_:
            return False
        name = next((n for n in names if n.start == span.start and n.end > span.end + 1), None)
        if name is None or not doc[span.end + 1].is_title:
            return False
        return self.gazetteer.lookup(doc[span.end + 1 : name.end].text) is None

    def resolve(self, doc: Doc) -> DocActors:
        """All actor spans of ``doc``: gazetteer first, then entities."""
        found = DocActors(doc)
        dateline_start, dateline_stop = dateline_span(doc)
        skip = dateline_stop if dateline_start == 0 else 0
        entities = joined_entities(doc, self.lexicon)
        names = [e for e in entities if e.label_ in ("PERSON", "ORG")]
        for span in self.gazetteer_spans(doc):
            if span.start < skip or _part_of_a_name(span, names):
                continue
            if self._end_of_another_body(doc, span, names):
                continue
            if self._after_name_particle(doc, span) or self._hyphenated_name(doc, span, names):
                continue
            found.add(span)
        self._shared_name_places(doc, found)
        self._local_names(found)
        acronyms = _learn_acronyms(doc, found, self.lexicon, self.gazetteer)
        for span in list(_initials_uses(doc, found, acronyms)):
            found.add(span)
        persons: dict[str, Actor] = {}
        for span in found.spans:  # "Iyad Ag Ghaly" named in full, then "Ag Ghaly"
            if span.actor.kind == "person":
                words = doc[span.start : span.end].text.split()
                _remember_names(words, span.actor, persons, self.lexicon.name_articles)
        for ent in entities:
            if ent.start >= skip:
                self._resolve_entity(ent, found, acronyms, persons)
        for span in _role_holders(doc, found, self.roles, persons, skip, self.lexicon):
            found.replace(span)
        for span in found.spans:
            group = (
                self.gazetteer.group_led_by(span.actor.id) if span.actor.kind == "person" else None
            )
            if group is not None:
                found.leaders[span.actor.id] = group
            sides = self.gazetteer.groups_of(span.actor.id) if span.actor.kind == "person" else ()
            if sides:
                found.sides[span.actor.id] = sides
            body = (
                self.gazetteer.body_led_by(span.actor.id) if span.actor.kind == "person" else None
            )
            if body is not None:
                found.heads[span.actor.id] = body
        for span in _acronym_uses(doc, found, acronyms):
            found.add(span)
        for span in _named_factions(doc, found, self.gazetteer):
            found.replace(span)
        _persons_taken_for_bodies(doc, found, self.lexicon)
        for span in _surname_uses(doc, found, skip):
            found.replace(span)
        # after the surnames: "Iván Mordisco ... Mordisco's faction"
        for span in _leaders_men(doc, found, self.lexicon):
            found.add(span)
        for span in _leaders_own(doc, found, self.lexicon):
            found.add(span)
        for span in _unit_short_uses(doc, found, self.lexicon, skip):
            found.replace(span)
        for span in _tail_short_uses(doc, found, self.lexicon, skip):
            found.replace(span)
        for span in _head_short_uses(doc, found, skip):
            found.replace(span)
        for span in _ending_short_uses(doc, found, self.lexicon, skip):
            found.replace(span)
        for span in _part_name_guesses(doc, found, self.lexicon, skip):
            found.replace(span)
        _named_networks(doc, found, self.lexicon, skip)
        self._named_units(doc, found, skip)
        _family_factions(doc, found, self.lexicon, skip)
        for span in _place_nouns_again(doc, found, self.lexicon, skip):
            found.add(span)
        for token in doc[skip:]:
            start, place = _demonym_at(token, self.demonyms)
            if place is None or _describes_a_group(token, self.lexicon):
                continue
            if found.at(token.i) is None and token.pos_ in ("ADJ", "PROPN"):
                found.add(ActorSpan(start, token.i + 1, place, "NORP", "demonym"))
        self._state_bodies(doc, found)
        self._national_forces(doc, found)
        self._leaders_factions(doc, found)
        _led_by_name(doc, found)
        _armed_by_description(doc, found, self.lexicon)
        _bodies_by_description(doc, found, self.lexicon)
        _units_as_parents(doc, found, self.lexicon)
        _nicknames(doc, found, self.lexicon)
        self._persons_by_role(doc, found)
        _wing_names(doc, found, self.lexicon)
        _places_by_position(doc, found, self.lexicon)
        self._known_towns(doc, found)
        self._longer_places(doc, found)
        self._unlabelled_places(doc, found, skip)
        self._shared_name_places(doc, found)  # again, for the names the tagger found
        self._local_owners(found)
        self._voice_bodies(doc, found)
        self._apply_metonyms(doc, found)
        for token in doc[skip:]:
            branch = self._named_branch(token, found)
            if branch is not None:
                found.add(ActorSpan(token.i, token.i + 1, branch, "BRANCH", "coref"))
        if dateline_start > 0:  # a dateline under a standfirst names where it was filed
            found.drop(dateline_start, dateline_stop)
        found.spans.sort(key=lambda s: s.start)
        return found

    def _shared_name_places(self, doc: Doc, found: DocActors) -> None:
        """ "North and South Kivu", "Middle and Lower Shabelle": the first words of a
        list before a place name of two or more words each name a place of their own with
        the rest of that name ("North Kivu")."""
        for span in list(found.spans):
            if span.actor.kind in ("state", "place") and span.end - span.start >= 2:
                self._places_sharing(doc, found, span)

    def _places_sharing(self, doc: Doc, found: DocActors, span: ActorSpan) -> None:
        """The places named by the words listed before ``span`` with the rest of its name;
        one the gazetteer lacks is learned when both first words only say which part
        ("East and West Wollega")."""
        starts = self.lexicon.place_name_starts
        rest = doc[span.start + 1 : span.end].text
        joint = span.start - 1
        while joint >= 1 and doc[joint].lower_ in ("and", "or", ","):
            word = doc[joint - 1]
            covering = found.at(word.i)
            if not word.is_title or not (covering is None or _lone_place(covering)):
                break
            name = f"{word.text} {rest}"
            place = self.gazetteer.lookup(name)
            if place is None and word.lower_ in starts and doc[span.start].lower_ in starts:
                place = Actor.learned(name, "place")
            if place is None or place.kind not in ("state", "place"):
                break
            how = "gazetteer" if place.origin == "gazetteer" else "entity"
            found.replace(ActorSpan(word.i, word.i + 1, place, "GPE", how))
            joint = word.i - 1

    def _story_countries(self, found: DocActors) -> Counter[str]:
        """How often the story names each country, through its places or itself."""
        return Counter(
            country
            for s in found.spans
            if s.actor.kind in ("state", "place")
            and (country := self.gazetteer.country_of(s.actor.id)) is not None
        )

    def _local_names(self, found: DocActors) -> None:
        """A known name that, in a story set elsewhere than its owner's home, is the local
        name of a group at home there: "al-Shabaab" in a story from Cabo Delgado that
        never names Somalia is IS Mozambique.
        """
        named = self._story_countries(found)
        if not named:
            return
        story = named.most_common(1)[0][0]
        for span in list(found.spans):
            local = self.gazetteer.local_stand_in(span.actor.id, (story,))
            if local is None:
                continue
            home = self.gazetteer.home_of(span.actor.id)
            if home and not any(self.gazetteer.country_of(h) in named for h in home):
                found.replace(ActorSpan(span.start, span.end, local, span.label, span.how))

    def _local_owners(self, found: DocActors) -> None:
        """A name the tagger found that no actor owns but that, in a story set in one
        country, names a listed actor at home there: "the Joint Forces" in a story
        about Darfur are the armed movements' joint force."""
        named = self._story_countries(found)
        if not named:
            return
        story = named.most_common(1)[0][0]
        for span in list(found.spans):
            if span.actor.origin == "gazetteer":
                continue
            owner = self.gazetteer.local_owner(span.actor.name, (story,))
            if owner is not None:
                found.replace(ActorSpan(span.start, span.end, owner, span.label, span.how))

    def _unlabelled_places(self, doc: Doc, found: DocActors, skip: int) -> None:
        """A name the tagger gave no place label to, set where only a place can stand.

        Small towns are often tagged as a people or a product, or not at all
        ("camps around Sugapa", "the hills above Ilaga and Beoga"); a proper
        name that no actor covers, that reads as no group or people, and
        that stands only after "in", "near", "around" and their like is a place.
        A known town of a country the story names may also stand after "from",
        "to" or "at", whatever the tagger made of it (see :mod:`claimgraph.nlp.towns`).
        """
        states = self._story_states(found)
        for token in doc[skip:]:
            if token.dep_ == "compound" or found.at(token.i) is not None:
                continue
            if token.tag_ != "NNP" or not token.is_title:
                continue
            start = token.left_edge.i if token.left_edge.dep_ == "compound" else token.i
            words = doc[start : token.i + 1]
            if start > 0 and doc[start - 1].text in ("-", "–"):
                continue  # "the South-West" split by the tokenizer: not a name of its own
            if any(found.at(t.i) is not None or t.tag_ != "NNP" for t in words):
                continue
            if _group_like(words.text, self.lexicon) or token.lower_.removesuffix("s") in (
                self.demonyms
            ):
                continue
            if states and self.gazetteer.towns_in(words.text) & states:
                if not _town_placed(token, start, self.lexicon):
                    continue  # a known town of the story's countries, anywhere a place goes
            elif token.ent_type_ not in UNLABELLED_PLACE_TYPES or not _only_placed(
                token, self.lexicon
            ):
                continue
            found.add(
                ActorSpan(start, token.i + 1, Actor.learned(words.text, "place"), "GPE", "entity")
            )

    def _story_states(self, found: DocActors) -> set[str]:
        """The states a document names, itself or through one of its places."""
        states = set()
        for span in found.spans:
            if span.actor.kind in ("state", "place"):
                state = self.gazetteer.country_of(span.actor.id)
                if state is not None:
                    states.add(state)
        return states

    def _known_towns(self, doc: Doc, found: DocActors) -> None:
        """Make a name the tagger took for a person or a body a place when it is a town
        of a country the story names, and a mention stands where a place does.

        "The AA has also held Kyauktaw since early 2024" in a story on Myanmar:
        Kyauktaw is a Rakhine town, whatever the tagger says, while "Paris"
        said of a person in a story that names no France stays a person.
        """
        states = self._story_states(found)
        if not states:
            return  # no country named, no town known: the table is not even read
        for mentions in _unknown_names(doc, found, self.lexicon):
            if not self.gazetteer.towns_in(mentions[0].actor.name) & states:
                continue
            if any(_name_goes_on(doc, s.end) for s in mentions):
                continue  # "Baga Sola": the tagger cut a longer name short
            if any(_only_placed(s.root(doc), self.lexicon, held=True) for s in mentions):
                _rekind(found, mentions, "place", "GPE")

    def _longer_places(self, doc: Doc, found: DocActors) -> None:
        """A known place inside a longer place name: "Bajo Cauca", "Puerto Colombia",
        "West Shewa", "Old Oyo National Park" name places of their own.

        The gazetteer matched only the known part; capitalised words the lexicon lists
        as starting or ending place names, right before or after it, make the name.
        """
        starts, ends = self.lexicon.place_name_starts, self.lexicon.place_name_ends
        for span in list(found.spans):
            if span.actor.kind not in ("state", "place") or span.how != "gazetteer":
                continue
            start, end = span.start, span.end
            while start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ in starts:
                start -= 1
            while end < len(doc) and doc[end].is_title and doc[end].lower_ in ends:
                end += 1
            if (start, end) == (span.start, span.end):
                continue
            if any(
                found.at(i) is not None for i in (*range(start, span.start), *range(span.end, end))
            ):
                continue
            name = doc[start:end].text
            actor = self.gazetteer.lookup(name) or Actor.learned(name, "place")
            longer = ActorSpan(start, end, actor, "GPE", "entity")
            found.replace(longer)
            self._places_sharing(doc, found, longer)

    def _national_forces(self, doc: Doc, found: DocActors) -> None:
        """ "Somalia's army said": the country's army the gazetteer lists ("Somali army")."""
        for token in doc:
            if token.lemma_.lower() not in self.lexicon.named_force_heads or found.at(token.i):
                continue
            owners = [found.at(c.i) for c in token.children if c.dep_ == "poss"]
            state = owners[0].actor if owners and owners[0] is not None else None
            if state is None or state.kind != "state":
                continue
            for adjective, actor in self.demonyms.items():
                force = self.gazetteer.lookup(f"{adjective} {token.lower_}")
                if actor.id == state.id and force is not None and force.kind == "organization":
                    found.add(ActorSpan(token.i, token.i + 1, force, "FORCE", "gazetteer"))
                    break

    def _leaders_factions(self, doc: Doc, found: DocActors) -> None:
        """ "The SPLM-N loyal to Abdelaziz al-Hilu": a group named with the leader of one
        of its factions is that faction, here and wherever the story names the
        group again."""
        factions: dict[str, Actor] = {}
        for span in list(found.spans):
            if span.actor.kind != "armed_group" or span.actor.id in factions:
                continue
            leader = named_leader(doc, span, found)
            faction = self.gazetteer.faction_led_by(span.actor.id, leader.id) if leader else None
            if faction is not None:
                factions[span.actor.id] = faction
        for span in list(found.spans):
            faction = factions.get(span.actor.id)
            if faction is not None and span.how != "coref":
                found.replace(ActorSpan(span.start, span.end, faction, span.label, span.how))

    def _named_branch(self, token: Token, found: DocActors) -> Actor | None:
        """The listed branch a phrase like "the Islamic State's branch in Mozambique" means.

        The place is a prepositional "in" phrase or a modifier ("al-Qaeda's
        Somali affiliate"). A group's branch is often listed under the group's
        name and the country's ("Islamic State Mozambique"); otherwise the
        gazetteer's ``home`` of the parent's affiliates decides.
        """
        if token.lower_ not in self.lexicon.branch_nouns:
            return None
        # "the Islamic State's Sahel Province": a branch noun written as part of a name
        if token.pos_ != "NOUN" and not (token.pos_ == "PROPN" and token.is_title):
            return None
        if found.at(token.i) is not None:
            return None
        parents = [found.at(c.i) for c in token.children if c.dep_ == "poss"]
        parent = next((p.actor for p in parents if p is not None), None)
        named = self._branch_by_name(token, parent) if parent is not None else None
        if named is not None:
            return named
        # "cells of the Caucasus branch in Dagestan": the branch is named for one of them
        for place in _branch_places(token, found):
            branch = (
                self._branch_of_group_named_before(token, place, found)
                if parent is None
                else self._branch_of(parent, place)
            )
            if branch is not None:
                return branch
        return None

    def _branch_by_name(self, token: Token, parent: Actor) -> Actor | None:
        """ "The Islamic State's Caucasus Province" is listed as "Islamic State Caucasus
        Province": the owner's name, then the capitalised words of the branch's own."""
        words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
        if not token.is_title or not words or not all(w.is_title for w in words):
            return None
        name = " ".join([parent.name, *(w.text for w in words), token.text])
        branch = self.gazetteer.lookup(name)
        if branch is None or branch.kind != "armed_group" or branch.id == parent.id:
            return None
        return branch

    def _branch_of(self, parent: Actor, place: Actor) -> Actor | None:
        """The branch of ``parent`` listed for ``place``, by name or by home."""
        for name in (f"{parent.name} {place.name}", f"{parent.name} in {place.name}"):
            branch = self.gazetteer.lookup(name)
            if branch is not None and branch.kind == "armed_group" and branch.id != parent.id:
                return branch
        return self.gazetteer.branch_in(parent.id, place.id)

    def _branch_of_group_named_before(
        self, token: Token, place: Actor, found: DocActors
    ) -> Actor | None:
        """ "The Caucasus branch" with no owner: the branch at home there of the latest
        armed group named that has one (or whose parent has one). "Its Mozambican
        branch" is read alike: the owner "its" stands for is not yet known here."""
        owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in token.children)
        if not with_the(token) and not owned:
            return None
        before = sorted((s for s in found.spans if s.end <= token.i), key=lambda s: s.start)
        for span in reversed(before):
            if span.actor.kind != "armed_group":
                continue
            parent = self.gazetteer.parent_of(span.actor.id)
            for owner in (span.actor, parent):
                branch = self.gazetteer.branch_in(owner.id, place.id) if owner else None
                if branch is not None:
                    return branch
        return None

    def _state_bodies(self, doc: Doc, found: DocActors) -> None:
        """A body named after a place: "the Jammu and Kashmir Police", "Uganda People's Defence Forces",
        "the Tanganyika Militia".

        The gazetteer matched only the place; the capitalised words after it
        that end in a body's head noun make the name of an organisation.
        """
        militia = self.lexicon.militia_name_heads
        heads = self.lexicon.body_heads | militia
        for span in list(found.spans):
            if span.actor.kind not in ("state", "place") or span.how != "gazetteer":
                continue
            end = span.end
            while end < len(doc) and end - span.end < MAX_BODY_WORDS:
                token = doc[end]
                if token.lower_ in heads and token.is_title:
                    break
                if not (token.is_title or token.text in ("'s", "’s", "of", "and")):
                    end = len(doc)
                    break
                end += 1
            if end >= len(doc) or doc[end].lower_ not in heads:
                continue  # no body's head within reach: "the Bhamo Civil Relief Committee's account"
            if any(found.at(i) is not None for i in range(span.end, end + 1)):
                continue
            name = doc[span.start : end + 1].text
            # "the Tanganyika Militia" is an armed group, "the Kenya Police" a body.
            kind = "armed_group" if doc[end].lower_ in militia else "organization"
            actor = self.gazetteer.lookup(name) or Actor.learned(name, kind)
            found.replace(ActorSpan(span.start, end + 1, actor, "ORG", "entity"))

    def _end_of_another_body(self, doc: Doc, span: ActorSpan, names: list[Span]) -> bool:
        """A body's name ending a longer one: "Security Council" in "its National
        Security Council" is Thailand's, not the UN's.

        Only capitalised words that name no state or people may come before it
        ("the Afghan Taliban", "Pakistan's Foreign Office" keep their match).
        """
        if span.actor.kind != "organization" or span.how != "gazetteer":
            return False
        for name in names:
            if name.end != span.end or not name.start < span.start <= name.start + 2:
                continue
            extra = [t for t in doc[name.start : span.start] if t.pos_ != "DET"]  # "the"
            if extra and all(t.is_title and t.lower_ not in self.demonyms for t in extra):
                return self.gazetteer.lookup(name.text) is None
        return False

    def _voice_bodies(self, doc: Doc, found: DocActors) -> None:
        """A foreign ministry stands for its state, as the corpus annotates it.

        The state is the demonym before the body ("the Pakistani Foreign
        Office") or the capital the sentence sets it in ("In Islamabad, the
        Foreign Office rejected ..."). A body the gazetteer lists keeps its
        own entry; "Iran's foreign ministry" is already the owner's voice.
        """
        for _, start, end in self.voices(doc):
            covering = found.among(range(start, end))
            if any(s.how == "gazetteer" for s in covering):
                continue
            state = self._voice_state(doc, start, found)
            if state is None:
                continue
            low = min([start, *(s.start for s in covering)])
            high = max([end, *(s.end for s in covering)])
            found.replace(ActorSpan(low, high, state, "ORG", "entity"))

    def _voice_state(self, doc: Doc, start: int, found: DocActors) -> Actor | None:
        """The state a foreign ministry at token ``start`` belongs to, if the text says."""
        if start > 0 and doc[start - 1].lower_ in self.demonyms:
            return self.demonyms[doc[start - 1].lower_]
        owner = found.at(start - 2) if start > 1 and doc[start - 1].lower_ in ("'s", "’s") else None
        if owner is not None and owner.actor.kind == "state":
            # "Iran's foreign ministry", "Pakistan's Foreign Office": the possessor's voice.
            return owner.actor
        for token in doc[start].sent:
            span = found.at(token.i)
            if span is None or token.dep_ != "pobj" or token.head.lower_ != "in":
                continue
            state = self.metonyms.get(span.actor.id)
            if state is not None:
                return state
        return None

    def _apply_metonyms(self, doc: Doc, found: DocActors) -> None:
        """A capital that acts ("Moscow regards ...") stands for its state."""
        for span in list(found.spans):
            state = self.metonyms.get(span.actor.id)
            if state is not None and (
                _acting(doc[span.end - 1]) or _given_from(doc[span.end - 1], self.lexicon)
            ):
                found.replace(ActorSpan(span.start, span.end, state, span.label, span.how))

    def gazetteer_spans(self, doc: Doc) -> Iterator[ActorSpan]:
        """Longest non-overlapping gazetteer matches."""
        matches = self.lower(doc) + self.exact(doc) + self.tokens(doc)
        matches.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
        taken = [False] * len(doc)
        for match_id, start, end in matches:
            if any(taken[start:end]):
                continue
            actor = self.gazetteer.get(doc.vocab.strings[match_id])
            if actor is None or _direction_only(doc[start:end], self.lexicon):
                continue
            for i in range(start, end):
                taken[i] = True
            yield ActorSpan(start, end, actor, "GAZETTEER", "gazetteer")

    def _resolve_entity(
        self, ent: Span, found: DocActors, acronyms: dict[str, Actor], persons: dict[str, Actor]
    ) -> None:
        """Resolve one spaCy entity not already covered by the gazetteer."""
        if ent.label_ not in ENTITY_KINDS:
            return
        parts = _conjoined_names(ent)
        if len(parts) == 1:
            parts = _listed_places(ent, self.lexicon)
        if len(parts) > 1:
            for part in parts:
                self._resolve_entity(part, found, acronyms, persons)
            return
        span = _trim(ent)
        if span is not None and span.label_ == "PERSON":
            span = _with_given_name(span, self.lexicon)
        if span is None or any(found.at(i) is not None for i in range(span.start, span.end)):
            found.entities.append((ent, None))
            return
        actor = _name_ending_earlier(span, found, self.lexicon) or self._entity_actor(
            span, acronyms, persons
        )
        found.entities.append((span, actor))
        if actor is not None:
            how = "gazetteer" if actor.origin == "gazetteer" else "entity"
            found.add(ActorSpan(span.start, span.end, actor, ent.label_, how))

    def _people_word(self, span: Span) -> bool:
        """A one-word name for a people the tagger took for a person or body.

        "recruited among Tajiks" (a demonym or plural proper noun) and "Uyghur fighters"
        (a name modifying a word for fighters) name an ethnic group, not an
        actor that can assert or do anything.
        """
        if len(span) != 1 or _group_like(span.text, self.lexicon):
            return False
        token = span[0]
        if token.lower_.removesuffix("s") in self.lexicon.demonyms:
            return True  # "Tajiks", "Afghans"
        if span.label_ == "PERSON":
            # "Tajiks", "Hutu extremists": a people, not a person
            return token.tag_ == "NNPS" or (
                token.dep_ in ("compound", "amod") and token.head.tag_ == "NNS"
            )
        return span.label_ == "ORG" and _describes_members(token, self.lexicon)

    def _entity_actor(
        self, span: Span, acronyms: dict[str, Actor], persons: dict[str, Actor]
    ) -> Actor | None:
        """Gazetteer, then learned acronyms, then same-person surnames, then new."""
        text = span.text
        actor = self.gazetteer.lookup(text) or acronyms.get(text)
        if actor is not None:
            return actor
        if len(text.split()) == 1 and text.lower() in persons:
            return persons[text.lower()]  # a surname the tagger took for a body
        if self._people_word(span) or _leaning(span, self.lexicon):
            return None
        if _REFERENCE_CODE.fullmatch(text):
            return None  # "(Q14)": a question or paragraph number cited in brackets
        if len(span) == 1 and span[0].lower_ in self.lexicon.creed_words:
            return None  # "a Salafist unit": a creed, not a body
        if span[0].lower_ in self.lexicon.operation_words and len(span) > 1:
            return None  # "Operation Shujaa" is what an army does, not who
        if _names_a_deal(span, self.lexicon):
            return None  # "the Suspension of Operations", "the Doha Agreement": a deal
        if _a_description(span, self.lexicon):
            return None  # "a smaller Banyamulenge militia": a description, not a name
        collective = self.lexicon.collective_nouns
        if all(t.lower_.removesuffix("s") in collective or t.lower_ in collective for t in span):
            return None  # "the Panel", "Member States": a body named before or no one
        if len(span) == 1 and self.lexicon.names_only_a_state(span[0].lower_):
            return None  # "The Government" in UN style: the state named before
        if len(span) == 1 and span[0].lower_ in self.lexicon.story_force_heads:
            return None  # "Army spokesman Nabil Abdallah": the story's army, not a name
        if _portfolio_only(span, self.lexicon):
            return None  # "the Ministry of Defence": the story's state, named before
        if span.label_ == "PERSON":
            if _article_led_group(span, self.lexicon):
                return Actor.learned(text, "armed_group")
            return _person(span, persons, self.lexicon)
        if span.label_ == "NORP" and not _group_like(text, self.lexicon):
            return None
        kind = ENTITY_KINDS[span.label_]
        if kind == "organization" and span[0].lower_ in self.lexicon.site_name_starts:
            kind = "place"  # "Camp Victoria", "Fort Liberté": a site, not a body
        if kind == "organization" and (
            _group_like(text, self.lexicon) or self._militia_forces(span)
        ):
            kind = "armed_group"
        return Actor.learned(text, kind)

    def _named_units(self, doc: Doc, found: DocActors, skip: int) -> None:
        """ "The Babylon Brigades", "the 30th Brigade", "the Free Ezidi Battalion": capitalised
        words before a unit's head noun that the tagger left unnamed name an armed group.

        Names after a state ("the Kenya Defence Forces") or a people ("the Malian
        Armed Forces") are its army, and a name that goes on ("the Brigade of the
        Martyrs") is left to the tagger.
        """
        heads = self.lexicon.militia_name_heads | self.lexicon.militia_name_endings
        units: dict[str, Actor] = {}
        for head in doc[skip:]:
            if not head.is_title or head.lower_ not in heads or found.at(head.i) is not None:
                continue
            if head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "of":
                continue
            start = head.i
            while start > skip and _unit_name_word(doc[start - 1]):
                start -= 1
            words = doc[start : head.i]
            if not words or start == doc[start].sent.start:
                continue  # "Brigades of ..." or a sentence's first words: no article, no name
            if doc[start - 1].lower_ != "the":
                continue
            if self._names_a_state(words[0].text):
                continue
            if any((s := found.at(t.i)) is not None and s.actor.kind != "place" for t in words):
                continue
            if all(t.lower_ in self.lexicon.generic_unit_words for t in words):
                continue  # "the Joint Forces", "the Special Forces": a kind of unit, no name
            name = doc[start : head.i + 1].text
            # "the Guard Forces" after "the Nineveh Plain Guard Forces": the same unit
            longer = [a for n, a in units.items() if n.endswith(f" {name}")]
            actor = (
                longer[0] if longer else units.setdefault(name, Actor.learned(name, "armed_group"))
            )
            found.replace(ActorSpan(start, head.i + 1, actor, "ORG", "entity"))

    def _militia_forces(self, span: Span) -> bool:
        """ "The Popular Forces", "the Kivu Defence Forces": forces named after no state.

        A state's army carries the state's name or demonym ("Kenya Defence
        Forces", "Malian Armed Forces"); forces named after a region, a
        people or an idea are a militia's.
        """
        words = [t for t in span if t.is_alpha and t.lower_ != "the"]
        if len(words) < 2 or words[-1].lower_ not in self.lexicon.militia_name_endings:
            return False
        return not self._names_a_state(words[0].text)

    def _names_a_state(self, word: str) -> bool:
        """Whether a name's first word is a state's name or demonym ("Kenya", "Malian"):
        forces named so are that state's army."""
        state = self.gazetteer.lookup(word)
        return word.lower() in self.demonyms or (state is not None and state.kind == "state")


def _family_factions(doc: Doc, found: DocActors, lexicon: Lexicon, skip: int) -> None:
    """ "Mai-Mai Malaika": a family of militias the gazetteer knows by its generic name,
    followed by a faction's own capitalised name it does not list, is that faction,
    wherever the tagger marked the whole as one name."""
    factions: dict[str, Actor] = {}
    for ent in doc.ents:
        if ent.start < skip or ent.label_ not in ("ORG", "PERSON", "NORP", "GPE"):
            continue
        span = found.at(ent.start)
        if span is None or span.actor.id not in lexicon.militia_families:
            continue
        if span.start != ent.start or span.end >= ent.end:
            continue
        rest = doc[span.end : ent.end]
        if not all(t.is_title and t.pos_ == "PROPN" and found.at(t.i) is None for t in rest):
            continue
        name = doc[span.start : ent.end].text
        actor = factions.setdefault(name, Actor.learned(name, "armed_group"))
        found.replace(ActorSpan(span.start, ent.end, actor, "ORG", "entity"))


def _unit_name_word(token: Token) -> bool:
    """A word that may open or go on a unit's name: capitalised, or an ordinal ("30th")."""
    ordinal = re.fullmatch(r"\d+(st|nd|rd|th)", token.lower_) is not None
    return ordinal or (token.is_title and token.is_alpha and token.lower_ != "the")


def _given_from(token: Token, lexicon: Lexicon) -> bool:
    """ "Takes its orders from Tehran", "money or weapons from Riyadh": what a
    capital gives or commands comes from its government."""
    token = first_conjunct(token)
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "from":
        return False
    given = prep.head
    given = first_conjunct(given)  # "money or weapons from Riyadh"
    lemma = given.lemma_.lower()
    if given.pos_ == "VERB":
        return lemma in lexicon.receiving_verbs and any(c.dep_ == "dobj" for c in given.children)
    return lemma in lexicon.given_nouns


def _acting(token: Token) -> bool:
    """Whether a capital's name stands for its government here.

    It does as a subject, owner, receiver or passive agent ("Moscow regards",
    "Tehran's backing", "gave Bangkok an undertaking", "armed by Kigali") and as
    the party of a relation noun ("an enemy of Moscow", "ties with Beijing"), with
    its conjuncts; "in Moscow" is the city.
    """
    token = first_conjunct(token)
    if token.dep_ in ACTING_DEPS:
        return True
    if token.dep_ == "dobj" and _controls_complement(token.head):
        return True  # "accused Kabul of sheltering", "pressed Islamabad to act"
    if token.dep_ == "dobj" and _told_that(token.head):
        return True  # "promised Islamabad that", "assured Kabul that"
    prep = token.head
    if token.dep_ == "pobj" and prep.dep_ == "agent":
        return True  # "inventions spread by Bujumbura", "a militia armed by Kigali"
    if token.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in SEATED_BODIES:
        return True  # "the military government in Ouagadougou"
    if token.dep_ == "pobj" and prep.lower_ == "from" and prep.head.lemma_.lower() in SENT_FROM:
        return True  # "recycled fiction from Addis Ababa"
    if token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lemma_.lower() in SOLD_TO:
        return True  # "drones that Ankara has sold to Niamey"
    return (
        token.dep_ == "pobj"
        and prep.lower_ in ("of", "with", "between")
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() not in ("city", "capital", "outskirts", "centre", "center")
    )


def _persons_taken_for_bodies(doc: Doc, found: DocActors, lexicon: Lexicon) -> None:
    """Make a name the tagger took for a body a person when the text later calls that
    person by the name's last word: "according to Mahamat Saleh Issa" (tagged as an
    organisation), then "rejected Issa's account" (tagged as a person).

    Only names of two to four capitalised words with no word of a body's or group's
    name qualify.
    """
    later: dict[str, int] = {}
    for span in found.spans:
        learned = span.actor.kind == "person" and span.actor.origin == "learned"
        if learned and span.end - span.start == 1:
            later.setdefault(doc[span.start].text, span.start)
    bodies = _mentions_by_actor(
        found, lambda s: s.actor.origin == "learned" and s.actor.kind == "organization"
    )
    for mentions in bodies:
        words = doc[mentions[0].start : mentions[0].end]
        if not 2 <= len(words) <= 4 or not all(t.is_alpha and t.is_title for t in words):
            continue
        if _group_like(words.text, lexicon) or any(
            t.lower_ in lexicon.body_heads or t.lower_ in lexicon.civil_body_heads for t in words
        ):
            continue
        role = any(_holds_a_role(m.root(doc), lexicon) for m in mentions)
        if role or later.get(words[-1].text, -1) > mentions[0].start:
            _rekind(found, mentions, "person", "PERSON")


def _holds_a_role(name: Token, lexicon: Lexicon) -> bool:
    """A name said to hold a role: "Its leader today is Mahdi Arsalon", "its
    emir, Mahdi Arsalon", "a faction led by Mahdi Arsalon"."""
    roles = lexicon.role_words
    if name.dep_ == "attr":
        return any(c.dep_ == "nsubj" and c.lemma_.lower() in roles for c in name.head.children)
    if name.dep_ == "appos":
        return name.head.lemma_.lower() in roles
    return (
        name.dep_ == "pobj"
        and name.head.dep_ == "agent"
        and name.head.head.lemma_.lower() in ("lead", "command", "head")
    )


def _surname_uses(doc: Doc, found: DocActors, skip: int) -> list[ActorSpan]:
    """Later mentions of a person by surname alone: "Akufo-Addo, speaking in Washington".

    The tagger often misses a bare surname at the start of a sentence; the
    full name given earlier says whose it is.
    """
    surnames: dict[tuple[str, ...], tuple[int, Actor]] = {}
    for span in found.spans:
        if span.actor.kind != "person" or span.end - span.start < 2:
            continue
        last = [t.text for t in doc[span.start + 1 : span.end]]
        tail = tuple(last[last.index("-") - 1 :]) if "-" in last else tuple(last[-1:])
        if len(last) >= 2 and "-" not in last:
            # "Mbuyi Kanda" after "Honoré Mbuyi Kanda": a two-word surname
            surnames.setdefault(tuple(last[-2:]), (span.end, span.actor))
        surnames.setdefault(tail, (span.end, span.actor))
    return [
        ActorSpan(start, end, actor, "PERSON", "entity")
        for start, end, actor in _later_uses(doc, found, surnames, skip, folded=False)
        if doc[start].is_title
    ]


def _unit_short_uses(doc: Doc, found: DocActors, lexicon: Lexicon, skip: int) -> list[ActorSpan]:
    """Later mentions of a learned unit without its last word: "al-Marsa" after "the
    al-Marsa Brigade", which the tagger may take for a person.

    Only a name of two or more words before "Brigade", "Battalion" or the like
    ("al-Marsa" is three tokens) is shortened, so a one-word place is never
    taken for the unit.
    """
    shorts: dict[tuple[str, ...], tuple[int, Actor]] = {}
    for span in found.spans:
        words = [t.lower_ for t in doc[span.start : span.end] if t.lower_ != "the"]
        learned = span.actor.origin == "learned" and span.actor.kind == "armed_group"
        if learned and len(words) >= 3 and words[-1] in lexicon.name_end_nouns:
            shorts.setdefault(tuple(words[:-1]), (span.end, span.actor))
    return [
        ActorSpan(start, end, actor, "ORG", "entity")
        for start, end, actor in _later_uses(doc, found, shorts, skip, folded=True)
        # not the full name again
        if end == len(doc) or doc[end].lower_ not in lexicon.name_end_nouns
    ]


def _tail_short_uses(doc: Doc, found: DocActors, lexicon: Lexicon, skip: int) -> list[ActorSpan]:
    """Later mentions of a group without the first words of its name: "the Zindabad
    Force" after "the Khalistan Zindabad Force", which the tagger would take for a group
    of its own.

    The short form keeps two words or more and the name's last word ("Force",
    "Front"); a short form two groups of the document share names neither.
    """
    endings = lexicon.name_end_nouns | lexicon.militia_name_endings | lexicon.militia_name_heads
    forms = []
    for span in found.spans:
        words = [t.text for t in doc[span.start : span.end] if t.lower_ != "the"]
        if span.actor.kind != "armed_group" or len(words) < 3:
            continue
        if words[-1].lower() not in endings:
            continue
        forms += [(tuple(words[k:]), span.end, span.actor) for k in range(1, len(words) - 1)]
    out = []
    for tail, (after, actor) in _unshared(forms).items():
        for i in range(max(after, skip), len(doc) - len(tail) + 1):
            if tuple(t.text for t in doc[i : i + len(tail)]) != tail or i == 0:
                continue
            if doc[i - 1].is_title and doc[i - 1].lower_ != "the":
                continue  # a longer name: "Khalistan Zindabad Force" again, or another's
            claimed = [found.at(j) for j in range(i, i + len(tail))]
            if all(
                c is None
                or (
                    c.actor.origin == "learned"
                    and c.actor.id != actor.id
                    and c.start >= i
                    and c.end <= i + len(tail)
                )
                for c in claimed
            ):
                out.append(ActorSpan(i, i + len(tail), actor, "ORG", "entity"))
    return out


# The joining particle of a name built the Persian and Urdu way: "Lashkar-e-Taiba".
_IZAFAT = frozenset({"e", "i", "ul", "ut", "ud", "al"})


def _head_short_uses(doc: Doc, found: DocActors, skip: int) -> list[ActorSpan]:
    """Later mentions of a body by the first word of its name: "Lashkar" after
    "Lashkar-e-Taiba" (a name joined by a particle), "the Rumuri report" after "the
    Rumuri Human Rights Initiative", which the tagger takes for names of their own.

    The first word of a joined name stands for the group wherever it is free; that of
    an organisation's name only where the tagger took it alone for a name. A first
    word two bodies of the document share ("Lashkar-e-Taiba" and "Lashkar-e-Jhangvi")
    names neither.
    """
    heads: dict[str, tuple[int, Actor, bool]] = {}
    shared: set[str] = set()
    for span in found.spans:
        head = _head_word([t.text for t in doc[span.start : span.end]], span.actor)
        if head is None:
            continue
        earlier = heads.setdefault(head[0], (span.end, span.actor, head[1]))
        if earlier[1].id != span.actor.id:
            shared.add(head[0])
    out = []
    for word, (after, actor, joined) in heads.items():
        if word in shared:
            continue
        for i in range(max(after, skip), len(doc)):
            claimed = found.at(i)
            if doc[i].text != word or (i + 1 < len(doc) and doc[i + 1].text == "-"):
                continue  # "Lashkar-e-Taiba" again, or another name it begins
            guessed = (
                claimed is not None
                and claimed.actor.origin == "learned"
                and (claimed.start, claimed.end) == (i, i + 1)
            )
            if guessed or (joined and claimed is None):
                out.append(ActorSpan(i, i + 1, actor, "ORG", "entity"))
    return out


def _ending_short_uses(doc: Doc, found: DocActors, lexicon: Lexicon, skip: int) -> list[ActorSpan]:
    """Later mentions of a group by the word before its generic last word: "Qassam
    cells" after "the Izz ad-Din al-Qassam Brigades", "Badr" after "the Badr
    Organization", where the tagger took that word alone for a new name.

    A word two groups of the document share names neither, and a word the tagger
    took for part of a longer name, or that names something known, is left alone.
    """
    endings = lexicon.name_end_nouns | lexicon.militia_name_heads | lexicon.generic_name_endings
    forms = []
    for span in found.spans:
        words = [t.text for t in doc[span.start : span.end]]
        if span.actor.kind != "armed_group" or len(words) < 2 or span.how == "coref":
            continue
        word = words[-2]
        if words[-1].lower() not in endings or not (word.istitle() and word.isalpha()):
            continue
        if word.lower() in ARABIC_ARTICLES or word.lower() == "the":
            continue
        forms.append((word, span.end, span.actor))
    out = []
    for word, (after, actor) in _unshared(forms).items():
        for i in range(max(after, skip), len(doc)):
            if doc[i].text == word and _guessed_alone(doc[i], found.at(i), lexicon):
                out.append(ActorSpan(i, i + 1, actor, "ORG", "entity"))
    return out


PART_NAME_KINDS = ("armed_group", "organization")


def _part_name_guesses(doc: Doc, found: DocActors, lexicon: Lexicon, skip: int) -> list[ActorSpan]:
    """Names the tagger guessed that are the first or last words of a body named before:
    "the Force" after "the Multinational Joint Task Force", "the Interim Government"
    after "the Interim Government of Ambazonia". After "the" and capitalised, they are
    that body again, unless the names of two bodies hold it; a single word only if it
    is a body's (``body_name_endings`` and the like), not "the Rohingya"."""
    forms: list[tuple[tuple[str, ...], int, Actor]] = []
    edges: set[tuple[str, ...]] = set()
    for span in found.spans:
        words = tuple(t.lower_ for t in doc[span.start : span.end] if t.lower_ != "the")
        if span.actor.kind in PART_NAME_KINDS and span.how != "coref" and len(words) > 1:
            # any run of words inside a name makes it shared ("the Rohingya" after the
            # Arakan Rohingya Salvation Army); only a first or last run names the body
            n = len(words)
            runs = [words[a:b] for a in range(n) for b in range(a + 1, n + 1) if b - a < n]
            forms += [(run, span.end, span.actor) for run in runs]
            edges |= {words[:k] for k in range(1, n)} | {words[k:] for k in range(1, n)}
    heads = (
        lexicon.body_heads
        | lexicon.civil_body_heads
        | lexicon.body_name_endings
        | lexicon.generic_name_endings
        | lexicon.militia_name_heads
        | lexicon.militia_name_endings
    )
    parts = {
        form: place
        for form, place in _unshared(forms).items()
        if form in edges and (len(form) > 1 or form[0] in heads)
    }
    out = []
    for span in found.spans:
        tokens = [t for t in doc[span.start : span.end] if t.lower_ != "the"]
        words = tuple(t.lower_ for t in tokens)
        if span.start < max(skip, 1) or span.actor.origin != "learned" or words not in parts:
            continue
        after, actor = parts[words]
        if after > span.start or actor.id == span.actor.id or not tokens[0].is_title:
            continue
        if doc[tokens[0].i - 1].lower_ == "the":
            out.append(ActorSpan(span.start, span.end, actor, "ORG", "entity"))
    return out


def _unshared(forms: Iterable[tuple[Form, int, Actor]]) -> dict[Form, tuple[int, Actor]]:
    """Each short form of a name with where it is first free to use and whose it is; a
    form the names of two actors share names neither."""
    first: dict[Form, tuple[int, Actor]] = {}
    shared: set[Form] = set()
    for form, after, actor in forms:
        if first.setdefault(form, (after, actor))[1].id != actor.id:
            shared.add(form)
    return {form: place for form, place in first.items() if form not in shared}


def _guessed_alone(token: Token, claimed: ActorSpan | None, lexicon: Lexicon) -> bool:
    """Whether the tagger took ``token`` alone for a name nothing known claims, or it
    names whose members or cells follow ("Badr fighters", "Qassam cells")."""
    if claimed is None:
        alone = token.ent_iob_ == "B" and (
            token.i + 1 == len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"
        )
        owner = token.dep_ == "compound" and token.head.lemma_.lower() in lexicon.armed_members
        return token.pos_ == "PROPN" and (alone or owner)
    learned = claimed.actor.origin == "learned" and claimed.actor.name == token.text
    return learned and (claimed.start, claimed.end) == (token.i, token.i + 1)


# How far back (in tokens) "the lake" looks for the lake it names again.
PLACE_NOUN_REACH = 400


def _place_nouns_again(doc: Doc, found: DocActors, lexicon: Lexicon, skip: int) -> list[ActorSpan]:
    """ "The lake", "the camp", "the forest" after "Lake Chad", "Ain al-Hilweh, the
    largest camp", "the Boni Forest": the place named last that the text has called by
    that noun. A noun with its own name or owner ("the Minawao camp", "the forests of
    Kivu") is another place."""
    nouns = [noun for noun in doc[skip + 1 :] if _bare_place_noun(noun, found, lexicon)]
    if not nouns:
        return []
    places = [s for s in found.spans if s.how != "coref" and s.actor.kind == "place"]
    # what the text calls each place where it names it, for a singular and a plural noun
    calls = {plural: [_called(doc, s, plural) for s in places] for plural in (False, True)}
    out = []
    for noun in nouns:
        before = [k for k, span in enumerate(places) if span.end <= noun.i]
        called: dict[str, set[str]] = {}
        for k in before:
            called.setdefault(places[k].actor.id, set()).update(calls[noun.tag_ == "NNS"][k])
        last = next(
            (places[k] for k in reversed(before) if noun.lower_ in called[places[k].actor.id]),
            None,
        )
        if last is not None and noun.i - last.end <= PLACE_NOUN_REACH:
            out.append(ActorSpan(noun.i, noun.i + 1, last.actor, "GPE", "coref"))
    return out


def _bare_place_noun(noun: Token, found: DocActors, lexicon: Lexicon) -> bool:
    """ "The lake", "the camp": a landmark noun after "the" with no name or owner of its own."""
    if noun.lemma_.lower() not in lexicon.place_head_nouns or noun.tag_ not in ("NN", "NNS"):
        return False
    if noun.doc[noun.i - 1].lower_ != "the" or found.at(noun.i) is not None:
        return False
    return noun.dep_ not in ("compound", "amod") and not any(
        c.dep_ in ("compound", "amod", "poss", "nmod") or c.lower_ == "of" for c in noun.children
    )


def _called(doc: Doc, span: ActorSpan, plural: bool) -> set[str]:
    """What the text calls a place where it names it: the words of its name, the word
    after it ("Ain al-Hilweh camp") and an apposition ("Ain al-Hilweh, the largest
    camp"); for a plural noun only a name that ends so ("the Qandil Mountains")."""
    name = span.actor.name.lower().split()
    after = [doc[span.end].lower_] if span.end < len(doc) else []
    if plural:
        return set(name[-1:] + after)
    appositions = [c.lower_ for c in span.root(doc).children if c.dep_ == "appos"]
    return set(name + [t.lower_ for t in doc[span.start : span.end]] + after + appositions)


def _head_word(words: list[str], actor: Actor) -> tuple[str, bool] | None:
    """The first word a body's name may be shortened to, and whether the name is
    joined by a particle ("Lashkar-e-Taiba"); None for a name not shortened so.
    An article before it is left out: "the Jamaa" after "al-Jamaa al-Islamiya"."""
    if words and words[0].lower() == "the":
        words = words[1:]
    article = len(words) > 3 and words[0].lower() in ARABIC_ARTICLES and words[1] == "-"
    if article:
        words = words[2:]
    if len(words) < 2 or not words[0].istitle() or not words[0].isalpha():
        return None
    joined = len(words) >= 5 and words[1] == words[3] == "-" and words[2].lower() in _IZAFAT
    if actor.kind == "armed_group" and joined:
        return words[0], True
    body = actor.kind == "organization" or (article and actor.kind == "armed_group")
    return (words[0], False) if body else None


ARABIC_ARTICLES = frozenset({"al", "el"})


def _article_led_group(span: Span, lexicon: Lexicon) -> bool:
    """Whether a name the tagger took for a person's is a group's: "al-Jamaa
    al-Islamiya" opens with an article, holds another and reads as a group's name.

    A person's name opens with a given name ("Abu Mohammed al-Julani"), and a
    surname alone ("al-Sharaa") holds one article.
    """
    words = [t.lower_ for t in span]
    return (
        len(words) >= 5
        and words[0] in ARABIC_ARTICLES
        and words[1] == "-"
        and words.count("-") >= 2
        and _group_like(span.text, lexicon)
    )


LEADERS_MEN = "leader's men"


def _leaders_men(doc: Doc, found: DocActors, lexicon: Lexicon) -> list[ActorSpan]:
    """ "Kony's men", "Guidon's fighters", "Mordisco's faction": the men or the group a
    known leader owns are the group he leads; "bin Laden's network", of a known member of
    one group only, is that group."""
    nouns = lexicon.followers | lexicon.group_nouns | lexicon.generic_group_nouns
    out = []
    for span in found.spans:
        sides = found.sides.get(span.actor.id, ())
        group = found.leaders.get(span.actor.id) or (sides[0] if len(sides) == 1 else None)
        owner = doc[span.end - 1]
        men = owner.head
        if (
            group is not None
            and owner.dep_ == "poss"
            and men.pos_ == "NOUN"
            and men.lemma_.lower() in nouns
            and found.at(men.i) is None
            # "Ntumi's party, the National Council of Republicans": named there
            and not any(c.dep_ == "appos" for c in men.children)
        ):
            out.append(ActorSpan(men.i, men.i + 1, group, "ORG", LEADERS_MEN))
    return out


def _named_networks(doc: Doc, found: DocActors, lexicon: Lexicon, skip: int) -> None:
    """ "The Foxtrot criminal network", "the Rumba network": a name no known actor holds,
    set before a network noun, names an armed group ("Foxtrot network"), and the bare
    name stands for it anywhere in the document ("Foxtrot grew out of the drug trade").

    The tagger takes such names for persons or for nothing; a known actor's name
    ("the ISIS network") stays that actor's.
    """
    names: dict[tuple[str, ...], tuple[int, Actor]] = {}
    for head in doc[skip:]:
        if head.tag_ != "NN" or head.lemma_.lower() not in lexicon.network_heads:
            continue
        # "nmod" when a modifier stands between: "the Foxtrot criminal network"
        words = [c for c in head.lefts if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        if not words or words[-1].i - words[0].i + 1 != len(words):
            continue
        if any(t.ent_type_ == "NORP" and t.tag_ != "NNPS" for t in words) or with_a(head):
            continue  # "a Dagestani network" describes; "the Americans gang" names
        start, end = words[0].i, words[-1].i + 1
        if any(
            (s := found.at(i)) is not None and s.actor.origin != "learned"
            for i in range(start, end)
        ):
            continue
        between = doc[end : head.i]
        if any(t.dep_ != "amod" or t.lower_ not in lexicon.armed_modifiers for t in between):
            continue
        key = tuple(t.text for t in doc[start:end])
        if key not in names:
            name = f"{doc[start:end].text} {head.lower_}"
            names[key] = (skip, Actor.learned(name, "armed_group"))
        found.replace(ActorSpan(start, head.i + 1, names[key][1], "ORG", "entity"))
    for start, end, actor in list(_later_uses(doc, found, names, skip, folded=False)):
        found.replace(ActorSpan(start, end, actor, "ORG", "entity"))


def _leaders_own(doc: Doc, found: DocActors, lexicon: Lexicon) -> list[ActorSpan]:
    """ "his movement", "his brigade", "his men" right after a known leader is named: the
    group he leads ("designated Hekmatyar a terrorist, saying his movement had ...")."""
    nouns = lexicon.followers | lexicon.group_nouns | lexicon.generic_group_nouns
    persons = [s for s in found.spans if s.actor.kind == "person"]
    out = []
    for token in doc:
        owned = token.head
        if token.lower_ not in ("his", "her") or token.dep_ != "poss" or owned.pos_ != "NOUN":
            continue
        if owned.lemma_.lower() not in nouns or found.at(owned.i) is not None:
            continue
        since = previous_sentence_start(token)
        named = [s for s in persons if since <= s.start and s.end <= token.i]
        group = found.leaders.get(named[-1].actor.id) if named else None
        if group is not None:
            out.append(ActorSpan(owned.i, owned.i + 1, group, "ORG", LEADERS_MEN))
    return out


def _later_uses(
    doc: Doc,
    found: DocActors,
    names: dict[tuple[str, ...], tuple[int, Actor]],
    skip: int,
    *,
    folded: bool,
) -> Iterator[tuple[int, int, Actor]]:
    """Where each short form of a name stands after the full name, on tokens no other
    name claims (or only a guess the tagger learned from them).

    ``names`` maps the short form's words (lower case when ``folded``) to where the
    full name ends and its actor. An unfolded form must be the tagger's whole guess
    ("Haftar"); a folded one may hold a guess learned from part of it ("Marsa").
    """
    for words, (after, actor) in names.items():
        size = len(words)
        for i in range(max(after, skip), len(doc) - size + 1):
            if tuple(t.lower_ if folded else t.text for t in doc[i : i + size]) != words:
                continue
            free = (
                _bare_surname_guess(found.at(j), i, size, exact=not folded)
                for j in range(i, i + size)
            )
            if all(free):
                yield i, i + size, actor


def _bare_surname_guess(
    span: ActorSpan | None, start: int, size: int, *, exact: bool = True
) -> bool:
    """Whether a token is free for a surname: unclaimed, or claimed only by a name the
    tagger learned from the surname alone ("Haftar" taken for a body or a new person).

    Not ``exact``: claimed by a name learned from any part of the words ("Marsa" in
    "al-Marsa" taken for a person).
    """
    if span is None:
        return True
    if exact:
        fits = span.start == start and span.end == start + size
    else:
        fits = start <= span.start and span.end <= start + size
    return fits and span.actor.origin == "learned" and span.actor.kind in ("person", "organization")


def _role_holders(
    doc: Doc,
    found: DocActors,
    roles: frozenset[str],
    persons: dict[str, Actor],
    skip: int,
    lexicon: Lexicon,
) -> list[ActorSpan]:
    """Names given a role ("its commander-in-chief, Twan Mrat Naing") are people.

    The tagger labels many unfamiliar names as works of art, places or
    bodies; a name in apposition to a role noun, or led by one ("spokesman
    Ali Hassan"), is a person whatever its label, unless the gazetteer or a
    person entity already covers it.
    """
    out: list[ActorSpan] = []
    for token in doc[skip:]:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in roles:
            continue
        names = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if token.dep_ in ("appos", "compound") and token.head.pos_ == "PROPN":
            names.append(token.head)
        for name in names:
            span = _name_run(name)
            if span is None or not _replaceable(found, span):
                continue
            person = _person(span, persons, lexicon)
            out.append(ActorSpan(span.start, span.end, person, "PERSON", "entity"))
    return out


def _name_run(name: Token) -> Span | None:
    """The proper-noun run ending in ``name``: at least two capitalised words."""
    doc = name.doc
    start = name.i
    while start > 0 and (
        doc[start - 1].pos_ == "PROPN" or (doc[start - 1].tag_ == "HYPH" and start > 1)
    ):
        start -= 1
    while start < name.i and not doc[start].is_title:
        start += 1
    words = [t for t in doc[start : name.i + 1] if t.pos_ == "PROPN"]
    if len(words) < 2 or not doc[start].is_title:
        return None
    return doc[start : name.i + 1]


def _replaceable(found: DocActors, span: Span) -> bool:
    """Whether nothing but names the tagger guessed wrongly covers ``span``.

    A person the tagger found in one word of a longer name ("Kyaw" and "Aung"
    in "Kyaw Thura Aung", each taken for someone named before) is one of them.
    """
    for i in range(span.start, span.end):
        held = found.at(i)
        if held is None:
            continue
        partial = held.actor.kind == "person" and held.end - held.start == 1 < len(span)
        if held.how != "entity" or held.actor.origin != "learned":
            return False
        if held.actor.kind == "person" and not partial:
            return False
    return True


def _controls_complement(verb: Token) -> bool:
    """Whether a verb's object does what its complement says ("urged X to act")."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and child.tag_ == "VB":
            return True
        gerund = any(is_gerund(g) for g in child.children)
        if child.dep_ == "prep" and child.lower_ in ("of", "for") and gerund:
            return True
    return False


def _told_that(verb: Token) -> bool:
    """Whether a verb's object is told something: it has a "that" clause."""
    return any(
        child.dep_ == "ccomp"
        and any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children)
        for child in verb.children
    )


def _branch_places(token: Token, found: DocActors) -> list[Actor]:
    """The places a branch noun may be named for: "branch in Mali", "Malian branch"."""
    candidates = prep_objects(token, ("in",))
    candidates += [c for c in token.children if c.dep_ in ("amod", "compound")]
    spans = [found.at(c.i) for c in candidates]
    return [s.actor for s in spans if s is not None and s.actor.kind in ("state", "place")]


def _lone_place(span: ActorSpan) -> bool:
    """A place named by one word, which a longer name it starts may take over ("East"
    in "East and West Wollega")."""
    return span.end - span.start == 1 and span.actor.kind == "place"


def _metonym_actors(gazetteer: GazetteerLike, lexicon: Lexicon) -> dict[str, Actor]:
    """Governing actors for the lexicon's capitals; unknown ids are refused.

    A capital missing from the gazetteer is skipped (it can never be
    matched); a state missing from it is an error in the lexicon.
    """
    out: dict[str, Actor] = {}
    for place_id, state_id in lexicon.metonyms.items():
        state = gazetteer.get(state_id)
        if state is None:
            raise DataFileError(
                f"metonym {place_id!r} names unknown state id {state_id!r}", subject="triggers.yaml"
            )
        out[place_id] = state
    return out


def police_named(gazetteer: GazetteerLike, names: Iterable[str]) -> Actor | None:
    """The police force the gazetteer lists as "<name> police" for the first of ``names``
    that has one ("Colombian police", "Bangladesh Police")."""
    for name in names:
        force = gazetteer.lookup(f"{name} police")
        if force is not None and force.kind == "organization":
            return force
    return None


def _state_armies(gazetteer: GazetteerLike, lexicon: Lexicon) -> dict[str, Actor]:
    """Each state's army, found as the gazetteer's "<demonym> army" or "<demonym> military".

    The armies are listed under their own names (the Sudanese Armed Forces);
    their demonym aliases are what ties them to a state.
    """
    out: dict[str, Actor] = {}
    for word, place_id in lexicon.demonyms.items():
        for head in sorted(lexicon.story_force_heads):
            army = gazetteer.lookup(f"{word} {head}")
            if army is not None and army.kind == "organization":
                out.setdefault(place_id, army)
    return out


# Lexicon lists of gazetteer ids, with the kinds their actors must have.
LISTED_IDS = (
    ("acting_regions", frozenset({"place"})),
    ("broad_places", frozenset({"place"})),
    ("militia_families", frozenset({"armed_group"})),
    ("expeditionary_forces", frozenset({"organization"})),
)


def _check_listed_ids(gazetteer: GazetteerLike, lexicon: Lexicon) -> None:
    """Refuse a lexicon list that names an id the gazetteer lacks, or an actor of the
    wrong kind: such an entry would silently never match."""
    for field_name, kinds in LISTED_IDS:
        for actor_id in sorted(getattr(lexicon, field_name)):
            actor = gazetteer.get(actor_id)
            if actor is None:
                reason = f"{field_name} names unknown id {actor_id!r}"
            elif actor.kind not in kinds:
                wanted = " or ".join(sorted(kinds))
                reason = f"{field_name} names {actor_id!r} of kind {actor.kind}, not {wanted}"
            else:
                continue
            raise DataFileError(reason, subject="triggers.yaml")


def _demonym_at(token: Token, demonyms: Mapping[str, Actor]) -> tuple[int, Actor | None]:
    """Where the demonym ending at ``token`` starts, and its place: "South Sudanese" is
    South Sudan's, not Sudan's."""
    if token.i > 0 and token.nbor(-1).is_title:
        place = demonyms.get(f"{token.nbor(-1).lower_} {token.lower_}")
        if place is not None:
            return token.i - 1, place
    return token.i, demonyms.get(token.lower_)


def _demonym_actors(gazetteer: GazetteerLike, lexicon: Lexicon) -> dict[str, Actor]:
    """Place actors for the lexicon's demonyms, refusing unknown ids."""
    out: dict[str, Actor] = {}
    for word, place_id in lexicon.demonyms.items():
        actor = gazetteer.get(place_id)
        if actor is None:
            raise DataFileError(
                f"demonym {word!r} names unknown place id {place_id!r}", subject="triggers.yaml"
            )
        out[word] = actor
    return out


def _joins_two_names(token: Token) -> bool:
    """Whether "and"/"or" here joins two names: before "the", or right after an acronym.

    A name hardly ever holds "and the" ("Islamic State of Iraq and the Levant"
    is found in the gazetteer first), nor "and" right after an acronym.
    """
    if token.lower_ not in ("and", "or") or token.i == 0 or token.i + 1 >= len(token.doc):
        return False
    before, after = token.nbor(-1), token.nbor(1)
    return after.lower_ == "the" or (before.is_upper and len(before.text) > 1)


def _conjoined_names(ent: Span) -> list[Span]:
    """Two names the tagger read as one: "RSF and the Sudanese Armed Forces"."""
    doc = ent.doc
    for token in ent[1:-1]:
        if _joins_two_names(token):
            left = Span(doc, ent.start, token.i, label=ent.label_)
            right = Span(doc, token.i + 1, ent.end, label=ent.label_)
            return [left, *_conjoined_names(right)] if len(right) else [left]
    return [ent]


def _listed_places(ent: Span, lexicon: Lexicon) -> list[Span]:
    """Places the tagger ran together: "Karachi's Malir and Korangi districts", "in
    Turbo and Necoclí", "around Nyankunde, Marabo and Komanda".

    A place entity, or any name after a place-only preposition, made of short
    capitalised names joined by commas and "and", none of them a group's or a body's
    word, is that many places ("Trinidad and Tobago" is found in the gazetteer first).
    """
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    placed = (before is not None and before.lower_ in lexicon.place_only_prepositions) or (
        after is not None and after.lemma_.lower() in lexicon.settlement_nouns
    )
    if ent.label_ not in ("GPE", "LOC") and not placed:
        return [ent]
    parts: list[Span] = []
    start = ent.start
    for token in ent:
        if token.lower_ == "and" or token.text == ",":
            if token.i > start:
                parts.append(Span(doc, start, token.i, label="GPE"))
            start = token.i + 1
    if start < ent.end:
        parts.append(Span(doc, start, ent.end, label="GPE"))
    words = lexicon.group_name_words | lexicon.body_heads
    if len(parts) < 2 or any(
        len(p) > 3 or not all(t.is_title for t in p) or any(t.lower_ in words for t in p)
        for p in parts
    ):
        return [ent]
    return parts


# Words for a body's people that the tagger may take into the body's name.
MEMBER_WORDS = frozenset(
    {"officers", "officials", "members", "soldiers", "troops", "fighters", "commanders"}
)


def _members_of(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` open with a body's people: "Officers of the ..."."""
    return end - start > 2 and doc[start].lower_ in MEMBER_WORDS and doc[start + 1].lower_ == "of"


def _trim(ent: Span) -> Span | None:
    """Drop a leading article or possessive pronoun, a trailing possessive and line breaks
    at either end from an entity; None when nothing is left."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].is_space:
        start += 1  # a line break the tagger took into a name in hard-wrapped text
    while end > start and doc[end - 1].is_space:
        end -= 1
    while start < end and doc[start].lower_ in ("the", "a", "an", "its", "their", "his", "her"):
        start += 1  # "Its Foreign Office": the office, owned by whom "its" refers to
    if _members_of(doc, start, end):
        start += 2  # "Officers of the Mozambique Defence Armed Forces": the body
        while start < end and doc[start].lower_ in ("the", "a", "an"):
            start += 1
    while end > start and doc[end - 1].lower_ in ("'s", "\u2019s", "'", "\u2019"):
        end -= 1
    return Span(doc, start, end, label=ent.label_) if end > start else None


def _with_given_name(span: Span, lexicon: Lexicon) -> Span:
    """A person's name with the given name the tagger left out: "Egianus Kogoya".

    An unlabelled capitalised proper noun right before the name, compounded
    onto it and no title or role word ("Commander", "President"), is part of it.
    """
    doc = span.doc
    if span.start < 2:
        return span
    before = doc[span.start - 1]
    titles = lexicon.role_nouns | lexicon.person_nouns | lexicon.officer_nouns
    if (
        before.tag_ != "NNP"
        or not before.is_title
        or before.ent_type_
        or before.dep_ != "compound"
        or not span.start <= before.head.i < span.end
        or before.lower_ in titles
        or doc[span.start - 2].tag_ == "NNP"
    ):
        return span
    return Span(doc, span.start - 1, span.end, label=span.label_)


def _portfolio_only(span: Span, lexicon: Lexicon) -> bool:
    """A ministry named only by its portfolio: "Ministry of Foreign Affairs"."""
    words = [t.lower_ for t in span if t.is_alpha and t.lower_ not in ("of", "and", "the")]
    if not any(lexicon.names_only_a_state(w) for w in words):
        return False
    return all(lexicon.names_only_a_state(w) or w in lexicon.portfolio_words for w in words)


def _leaning(span: Span, lexicon: Lexicon) -> bool:
    """A creed or school named in a hyphenated modifier: "a Salafist-leaning force".

    "Iran-backed" names an actor and stays one; "-leaning", "-inspired" name a
    way of thinking.
    """
    doc = span.doc
    after = doc[span.end : span.end + 2]
    return (
        len(span) == 1
        and len(after) == 2
        and after[0].tag_ == "HYPH"
        and after[1].lower_ in lexicon.creed_suffixes
    )


def _describes_members(token: Token, lexicon: Lexicon) -> bool:
    """Whether ``token`` modifies a noun counting people ("Uyghur fighters")."""
    head = token.head
    return (
        token.dep_ in ("amod", "compound", "nmod")
        and head.tag_ in ("NN", "NNS")
        and (head.lemma_.lower(),) in lexicon.units
    )


def _led_by_name(doc: Doc, found: DocActors) -> None:
    """ "the HTS-led government", "the Saudi-led coalition": the noun stands for its leader.

    A body named only by what leads it is, for the claims a sentence makes
    about it, that leader ("Israel regards the HTS-led government as a
    threat" is hostility to HTS).
    """
    for token in doc[2:]:
        if token.lower_ != "led" or token.dep_ not in ("amod", "compound", "nmod"):
            continue
        if doc[token.i - 1].tag_ != "HYPH":
            continue
        leader = found.at(token.i - 2)
        noun = token.head
        if leader is None or noun.i <= token.i or found.at(noun.i) is not None:
            continue
        if leader.actor.kind not in ("armed_group", "state"):
            continue
        found.add(ActorSpan(noun.i, noun.i + 1, leader.actor, "LED", "coref"))


def _armed_noun(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a description names an armed group: "a militia", "an armed group", "a coalition of gangs"."""
    lemma = noun.lemma_.lower()
    if lemma in lexicon.armed_nouns or noun.lower_ in lexicon.armed_nouns:
        return True
    if lemma not in lexicon.armed_heads and noun.lower_ not in lexicon.armed_heads:
        return False
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.lemma_.lower() in lexicon.armed_modifiers:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(g.lemma_.lower() in lexicon.armed_nouns for g in child.children)
        ):
            return True
    return False


def _armed_group_noun(noun: Token, lexicon: Lexicon) -> bool:
    """An armed description headed by a word for a group, never for one person."""
    lemma = noun.lemma_.lower()
    if lemma in lexicon.armed_collectives or noun.lower_ in lexicon.armed_collectives:
        return True  # "a secretive confraternity", "a gang"
    return (lemma in lexicon.armed_heads or noun.lower_ in lexicon.armed_heads) and _armed_noun(
        noun, lexicon
    )


def _descriptions(root: Token) -> list[Token]:
    """Nouns that say what a name is: its apposition, or the predicate of "X is a ..."."""
    out = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        out.append(root.head)
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        out += [c for c in root.head.children if c.dep_ == "attr"]
    return out


def _armed_by_description(doc: Doc, found: DocActors, lexicon: Lexicon) -> None:
    """Make an unknown organisation an armed group when the text describes it as one.

    "The Rapid Support Forces, a paramilitary force", "Viv Ansanm, a
    coalition of gangs", "RSF fighters": every mention of the name in the
    document then takes part in the claims only armed groups make (strength,
    presence).
    """
    armed: set[str] = set()
    # Names the text puts something in ("in Los Ríos", "In Jacarepaguá, the milícia of
    # ..."): places, whatever else is said of them.
    placed = {
        s.actor.id
        for s in found.spans
        if (root := s.root(doc)).dep_ == "pobj"
        and root.head.lower_ in lexicon.place_only_prepositions
    }
    for span in found.spans:
        if span.actor.origin != "learned" or span.actor.kind not in (
            "organization",
            "person",
            "place",
        ):
            continue
        root = span.root(doc)
        if span.actor.kind in ("person", "place"):
            # A name the tagger took for a person or a place: "Viv Ansanm, a coalition of
            # gangs", "Los Tlacos, a gang that controls the sierra", "the cartel's war with
            # Los Tlacos" (no town is opened by a gang's article and never a place).
            if span.actor.kind == "place" and span.actor.id in placed:
                continue
            described = any(_armed_group_noun(n, lexicon) for n in _descriptions(root))
            if described or (span.actor.kind == "place" and _gang_article(span, doc, lexicon)):
                armed.add(span.actor.id)
            continue
        head = root.head.lemma_.lower()
        members = root.dep_ in ("compound", "poss") and head in lexicon.armed_members
        if members or any(_armed_noun(n, lexicon) for n in _descriptions(root)):
            armed.add(span.actor.id)
        elif _gang_article(span, doc, lexicon):
            armed.add(span.actor.id)  # "Los Monos", "Los Tlacos": no person's name starts so
    mentions = [s for s in found.spans if s.actor.id in armed and s.actor.kind != "armed_group"]
    _rekind(found, mentions, "armed_group")


def _gang_article(span: ActorSpan, doc: Doc, lexicon: Lexicon) -> bool:
    """A name of more than one word opened by a gang's article ("Los Monos")."""
    return span.end - span.start > 1 and doc[span.start].lower_ in lexicon.gang_name_articles


def _bodies_by_description(doc: Doc, found: DocActors, lexicon: Lexicon) -> None:
    """Make a name the tagger took for a person an organisation when the text calls it
    one: "Sinai Witness, a London-based rights group", "a monitoring group"."""
    bodies = {
        span.actor.id
        for span in found.spans
        if span.actor.origin == "learned"
        and span.actor.kind == "person"
        and any(n.lemma_.lower() in lexicon.body_nouns for n in _descriptions(span.root(doc)))
    }
    _rekind(found, [s for s in found.spans if s.actor.id in bodies], "organization")


def _units_as_parents(doc: Doc, found: DocActors, lexicon: Lexicon) -> None:
    """A name the text only describes as a unit of a known group stands for that group:
    "the 33rd Front, a unit of the Estado Mayor de Bloques y Frente" (or "the EMBF's
    unit"), "the KNLA's 6th Brigade" (its claims are the group's, as the corpus
    annotates them)."""
    parents: dict[str, Actor] = {}
    for span in found.spans:
        if span.actor.origin != "learned" or span.actor.kind not in ("armed_group", "organization"):
            continue
        owner = _owning_group(span, doc, found, lexicon)
        if owner is not None:  # "the KNLA's 6th Brigade"
            parents[span.actor.id] = owner
            continue
        for noun in _descriptions(span.root(doc)):
            if noun.lemma_.lower() not in lexicon.unit_nouns:
                continue
            owners = [
                o.actor
                for p in noun.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj" and (o := found.at(g.i)) is not None
            ]
            # "the 33rd Front, the EMBF's unit in Catatumbo"
            owners += [o.actor for c in noun.children if c.dep_ == "poss" and (o := found.at(c.i))]
            known = [a for a in owners if a.origin == "gazetteer" and a.kind == "armed_group"]
            if known:
                parents[span.actor.id] = known[0]
    _stand_for(found, parents)


def _stand_for(found: DocActors, standing: dict[str, Actor]) -> None:
    """Every mention of an actor in ``standing`` becomes a mention of the actor it stands for."""
    for span in list(found.spans):
        actor = standing.get(span.actor.id)
        if actor is not None:
            found.replace(ActorSpan(span.start, span.end, actor, span.label, span.how))


def _nicknames(doc: Doc, found: DocActors, lexicon: Lexicon) -> None:
    """A person's nickname stands for the person: "Abdikadir Ahmed Aw-Ali, known as
    Firdhiye, who has led SSC-Khatumo" is Aw-Ali wherever "Firdhiye" is written."""
    people: dict[str, Actor] = {}
    for span in found.spans:
        root = span.root(doc)
        naming = root.head.head
        if span.actor.kind != "person" or root.dep_ != "pobj" or root.head.lower_ != "as":
            continue
        if naming.dep_ != "acl" or naming.lemma_.lower() not in lexicon.naming_verbs:
            continue
        named = found.at(naming.head.i)
        if named is not None and named.actor.kind == "person" and named.actor.id != span.actor.id:
            people[span.actor.id] = named.actor
    _stand_for(found, people)


def _owning_group(span: ActorSpan, doc: Doc, found: DocActors, lexicon: Lexicon) -> Actor | None:
    """The known group a unit's name is owned by: "the KNLA's 6th Brigade"."""
    if doc[span.end - 1].lower_.removesuffix("s") not in lexicon.unit_nouns:
        return None
    owners = [found.at(c.i) for c in span.root(doc).children if c.dep_ == "poss"]
    known = [
        o.actor
        for o in owners
        if o is not None and o.actor.origin == "gazetteer" and o.actor.kind == "armed_group"
    ]
    return known[0] if known else None


def _wing_names(doc: Doc, found: DocActors, lexicon: Lexicon) -> None:
    """A name the tagger took for a person's that a wing noun gives: "its political wing,
    Sadiqoun", "through its armed wing Saraya al-Salam" name a group's part, not a man."""
    for span in list(found.spans):
        if span.actor.origin != "learned" or span.actor.kind != "person":
            continue
        root = span.root(doc)
        nouns = [c for c in root.children if c.dep_ == "compound"]
        nouns += [root.head] if root.dep_ == "appos" else []
        wing = next((n for n in nouns if n.lemma_.lower() in lexicon.wing_nouns), None)
        if wing is None or not any(c.dep_ == "poss" for c in (*wing.children, *root.children)):
            continue
        political = any(c.lemma_.lower() in lexicon.nonmilitary_wings for c in wing.children)
        kind = "organization" if political else "armed_group"
        _rekind(found, found.mentions_of(span.actor.id), kind, "ORG")


def _leading_name(root: Token, lexicon: Lexicon) -> bool:
    """Whether a name is the one who leads: "the FRPI is led by Adirodhu Mbadhu",
    "Yasin Abu Bakr, who founded the Jamaat": the agent of a leading verb, or a name a
    "who" clause of a leading verb follows, is a person's."""
    by = root.head
    if root.dep_ == "pobj" and by.dep_ == "agent" and by.head.lemma_ in lexicon.leading_verbs:
        return True
    return any(
        c.dep_ == "relcl"
        and c.lemma_ in lexicon.leading_verbs
        and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)
        for c in root.children
    )


def _set_off_after(doc: Doc, span: ActorSpan) -> list[Token]:
    """The noun a name is set off after by commas: "the sect's national spokesman,
    Njoroge wa Kamau, said", an apposition whatever the parser made of the name."""
    start, end = span.start, span.end
    if start < 2 or doc[start - 1].text != "," or end >= len(doc) or doc[end].text != ",":
        return []
    before = doc[start - 2]
    return [before] if before.pos_ == "NOUN" else []


def _rekind(found: DocActors, mentions: list[ActorSpan], kind: str, label: str = "") -> None:
    """Give the actor of each mention another kind (and, if given, another label)."""
    for span in mentions:
        actor = replace(span.actor, kind=kind)
        found.replace(ActorSpan(span.start, span.end, actor, label or span.label, span.how))


def _mentions_by_actor(
    found: DocActors, keep: Callable[[ActorSpan], bool]
) -> list[list[ActorSpan]]:
    """The spans ``keep`` accepts, grouped by actor, each group in text order."""
    spans: dict[str, list[ActorSpan]] = {}
    for span in found.spans:
        if keep(span):
            spans.setdefault(span.actor.id, []).append(span)
    return list(spans.values())


def _unknown_names(doc: Doc, found: DocActors, lexicon: Lexicon) -> list[list[ActorSpan]]:
    """The mentions of each name the tagger guessed for a person or a body, capitalised
    ("in the bush" is none) and reading as no group's or state body's name: the names
    that may yet turn out to be places."""
    out = []
    guessed = _mentions_by_actor(found, lambda s: s.actor.origin == "learned" and s.how == "entity")
    for mentions in guessed:
        actor = mentions[0].actor
        if actor.kind not in ("organization", "person") or _group_like(actor.name, lexicon):
            continue
        if not _capitalised(actor.name, lexicon):
            continue
        if any(t.lower_ in lexicon.body_heads for t in doc[mentions[0].start : mentions[0].end]):
            continue
        out.append(mentions)
    return out


def _places_by_position(doc: Doc, found: DocActors, lexicon: Lexicon) -> None:
    """Make an unknown name a place when the text only ever puts things in it or names it
    as a settlement.

    The tagger often takes a town it does not know for an organisation or a
    person ("bases in Tshikapa"). A learned name every mention of which is
    the object of "in", "near", "around" and their like, or a name a settlement
    noun gives ("Tone prefecture"), and which does not read as a group's name,
    is a place.
    """
    places = {
        s.root(doc).i
        for s in found.spans
        if s.actor.kind in ("place", "state") and s.how != "coref"
    }
    for mentions in _unknown_names(doc, found, lexicon):
        actor = mentions[0].actor
        listed = [_listed_with_a_place(s.root(doc), places) for s in mentions]
        if actor.kind == "person" and " " in actor.name and not any(listed):
            continue  # "Karwan Ismail in Qamishli and Nour al-Khatib in Damascus"
        held = actor.kind == "organization"  # "took Matupi"; "took Guerrero" is a person
        if not all(
            placed or _only_placed(s.root(doc), lexicon, held)
            for s, placed in zip(mentions, listed, strict=True)
        ):
            continue
        _rekind(found, mentions, "place", "GPE")


def _listed_with_a_place(root: Token, places: set[int]) -> bool:
    """Whether a name is listed after a known place: "from Mong Ton and Mong Hsat"."""
    return root.dep_ == "conj" and root.head.i in places


def _capitalised(name: str, lexicon: Lexicon) -> bool:
    """A name in capitals, or with an article before a capital ("al-Sukhnah")."""
    article, _, rest = name.partition("-")
    return name[:1].isupper() or (article in lexicon.name_articles and rest[:1].isupper())


def _only_placed(root: Token, lexicon: Lexicon, held: bool = False) -> bool:
    """Whether a name stands where only a place can: "in X", "near X", "X and Y" after
    them, and with ``held`` the object of a verb of taking ground ("took Matupi")."""
    root = first_conjunct(root)
    if held and root.dep_ == "dobj" and root.head.lemma_.lower() in lexicon.holding_verbs:
        return True
    if _named_settlement(root, lexicon):
        return True
    return (
        root.dep_ == "pobj"
        and root.head.lower_ in lexicon.place_only_prepositions
        and not any(c.dep_ == "poss" or c.lower_ in ("'s", "’s") for c in root.children)
    )


def _name_goes_on(doc: Doc, end: int) -> bool:
    """Whether a capitalised proper noun follows a name's end: the name is longer."""
    return end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title


def _town_placed(root: Token, start: int, lexicon: Lexicon) -> bool:
    """Whether a town's name (from token ``start`` to ``root``) stands where a place can:
    where only a place can, or after "from", "to", "at", "between", "into", "towards" or
    "via" ("from Malmo to Sundsvall"); never as a date ("in August") or as the head of a
    longer name ("the University of Benin", "the Niassa Special Reserve")."""
    if root.ent_type_ in NOT_PLACE_TYPES:
        return False
    if any(
        (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ in ("compound", "amod") and c.i < start)
        for c in root.children
    ):
        return False
    if _only_placed(root, lexicon, held=True):
        return True
    first = first_conjunct(root)
    return first.dep_ == "pobj" and first.head.lower_ in lexicon.town_prepositions


def _named_settlement(root: Token, lexicon: Lexicon) -> bool:
    """A name a settlement or site noun gives a place: "the villages of Mayo-Sava",
    "Tone prefectures", "Bara, a North Kordofan town", "the army base at Barkaram",
    "the hills between Kolofata and Tourou", "keeps its headquarters at Loi Tai Leng"."""
    settlements = lexicon.settlement_nouns
    if root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in settlements:
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in settlements for c in root.children):
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "at" and root.head.head.pos_ in ("VERB", "AUX"):
        # "keeps its headquarters at Loi Tai Leng", "its headquarters is at Wan Hai"
        sites = lexicon.site_nouns
        verb = root.head.head
        return any(c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in sites for c in verb.children)
    if root.dep_ != "pobj" or root.head.head.pos_ != "NOUN":
        return False
    prep, noun = root.head.lower_, root.head.head.lemma_.lower()
    if prep == "of":
        return noun in settlements
    return prep in ("at", "between") and noun in settlements | lexicon.site_nouns


def _group_like(text: str, lexicon: Lexicon) -> bool:
    """Whether an unknown name reads as an armed group's name (not a court's division)."""
    # whole hyphenated words ("jamaat-ul") and their parts ("al-Islamiya")
    words = re.findall(r"[\w'-]+", text.lower()) + re.findall(r"\w+", text.lower())
    return any(w in lexicon.group_name_words for w in words) and not any(
        w in lexicon.judicial_name_words for w in words
    )


def _person(span: Span, persons: dict[str, Actor], lexicon: Lexicon) -> Actor:
    """A person entity; a bare surname or first name reuses the full name, and a
    form of address before a full name ("Sheikh", "Colonel") is left out of it."""
    words = span.text.split()
    while len(words) >= 3 and words[0].lower().rstrip(".") in lexicon.honorifics:
        words = words[1:]  # "Brigadier General Kyaw Thura Aung"
    name = " ".join(words)
    if name.lower() in persons:
        return persons[name.lower()]
    actor = Actor.learned(name, "person")
    _remember_names(words, actor, persons, lexicon.name_articles)
    return actor


def _remember_names(
    words: list[str], actor: Actor, persons: dict[str, Actor], articles: frozenset[str]
) -> None:
    """Let a full name's first word and its endings ("Ag Ghaly", "Ghaly", "Organi"
    for "al-Organi", ``articles`` being the lexicon's name articles) name the same
    person later."""
    if len(words) < 2:
        return
    persons.setdefault(words[0].lower(), actor)
    for start in range(1, len(words)):
        persons.setdefault(" ".join(words[start:]).lower(), actor)
    article, hyphen, rest = words[-1].lower().partition("-")
    if hyphen and article in articles and len(rest) > 2:
        persons.setdefault(rest, actor)  # "Organi" after "Ibrahim al-Organi"


def _acronym_at(doc: Doc, paren: int) -> str | None:
    """The acronym in "(ISIL-K)" starting at token ``paren``, if it is one."""
    for close in range(paren + 2, min(paren + 6, len(doc))):
        if doc[close].text == ")":
            short = doc[paren + 1 : close].text
            if ACRONYM.match(short) and sum(c.isupper() for c in short) >= 2:
                return short
            return None
    return None


def _a_description(span: Span, lexicon: Lexicon) -> bool:
    """Whether a tagged "name" ends in a common noun that heads no body ("Banyamulenge
    militia"); "the defence ministry" still names a body."""
    last = span[-1]
    return (
        span.label_ in ("ORG", "NORP")
        and len(span) > 1
        and last.is_lower
        and last.lower_ not in lexicon.body_heads
    )


def _names_a_deal(words: Span, lexicon: Lexicon) -> bool:
    """Whether a name is an agreement's ("the Doha Agreement", "the Suspension of
    Operations"): a deal is what parties make, not a party."""
    ends = {words[0].lemma_.lower(), words[-1].lemma_.lower()}
    return bool(ends & (lexicon.agreement_nouns | lexicon.truce_nouns | lexicon.deal_words))


def _learn_acronyms(
    doc: Doc, found: DocActors, lexicon: Lexicon, gazetteer: GazetteerLike
) -> dict[str, Actor]:
    """Acronyms defined as "Long Name (LN)", mapped to the long name's actor.

    An acronym the gazetteer knows decides for its long form too: "Islamic
    State in Iraq and the Levant-Khorasan (ISIL-K)" is ISIS-K, not the
    Islamic State its first words name.
    """
    learned: dict[str, Actor] = {}
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(":
            continue
        short = _acronym_at(doc, i)
        if short is None:
            continue
        known = gazetteer.lookup(short)
        long_form = _long_form(doc, i, short, lexicon)
        before = found.at(i - 1)
        if known is not None and before is not None and _redefines(doc, before, i, short, known):
            # "the Ambazonia Defence Forces (ADF)": in this text ADF is not the
            # gazetteer's ADF but the name just defined.
            learned[short] = before.actor
            for span in list(found.spans):
                if span.start > i and span.actor.id == known.id and doc[span.start].text == short:
                    found.replace(
                        ActorSpan(span.start, span.end, before.actor, "ACRONYM", "acronym")
                    )
            continue
        if known is not None:
            learned[short] = known
            named = before is not None and before.end == i and before.actor.id == known.id
            if long_form is not None and not named:
                found.replace(ActorSpan(long_form.start, i, known, "ACRONYM", "acronym"))
            continue
        spelled = before is not None and _spelled_start(doc, i, short, lexicon) < before.start
        if before is not None and before.end >= i and not spelled:
            # "... Kachin Independence Army (KIA)", also when the alias matched
            # holds the parenthesis: the name is the acronym's, whatever precedes it.
            learned[short] = before.actor
        elif long_form is not None and not _names_a_deal(doc[long_form.start : i], lexicon):
            # "Observatoire des droits humains du Kasaï (ODHK)": the body, not its place
            learned[short] = long_form.actor
            found.replace(long_form)
    return learned


def _redefines(doc: Doc, before: ActorSpan, paren: int, short: str, known: Actor) -> bool:
    """Whether a known name right before "(ACRONYM)" gives the acronym a new meaning.

    Its capitalised words must spell the acronym: "Ambazonia Defence Forces (ADF)".
    The name may hold the parenthesis when the gazetteer lists it that way:
    "United People's Democratic Front (UPDF)" is not Uganda's army.
    """
    if before.end < paren or before.actor.id == known.id or paren - before.start < 2:
        return False
    words = doc[before.start : paren]
    initials = "".join(t.text[0] for t in words if t.is_title)
    # "Kuki-Chin National Army (KNA)": a hyphenated word gives one initial.
    heads = "".join(
        t.text[0] for t in words if t.is_title and not (t.i > 0 and doc[t.i - 1].text == "-")
    )
    return short.replace("-", "") in (initials, heads)


def _long_form(doc: Doc, paren: int, short: str, lexicon: Lexicon) -> ActorSpan | None:
    """A new actor for the capitalised name just before "(ACRONYM)"."""
    start = paren
    limit = max(0, paren - MAX_NAME_TOKENS)
    while start > limit and (
        doc[start - 1].is_title
        or doc[start - 1].is_upper
        or doc[start - 1].lower_ in NAME_CONNECTORS
        or doc[start - 1].lower_ in lexicon.name_joiners  # "Frente Amplio y Popular"
    ):
        start -= 1
    while start < paren and (
        doc[start].lower_ in NAME_CONNECTORS or doc[start].lower_ in lexicon.name_joiners
    ):
        start += 1
    if _members_of(doc, start, paren):
        start += 2  # "Officers of the Mozambique Defence Armed Forces (FADM)": the body
        while start < paren and doc[start].lower_ in NAME_CONNECTORS:
            start += 1
    start = _after_other_name(doc, start, paren)
    words = [t for t in doc[start:paren] if t.is_alpha]
    if len(words) < 2:
        start = _spelled_start(doc, paren, short, lexicon)
        words = [t for t in doc[start:paren] if t.is_alpha]
    if len(words) < 2:
        return None
    name = doc[start:paren].text
    civil = doc[paren - 1].lower_ in lexicon.civil_body_heads
    kind = "armed_group" if _group_like(name, lexicon) and not civil else "organization"
    actor = Actor.learned(name, kind, (short,))
    return ActorSpan(start, paren, actor, "ACRONYM", "acronym")


def _spelled_start(doc: Doc, paren: int, short: str, lexicon: Lexicon) -> int:
    """Where a name in small letters that the acronym spells starts, else ``paren``.

    "Observatoire des droits humains du Kasaï (ODHK)": the initials of its
    words, leaving out joining words, spell the acronym; the first is a capital.
    """
    letters = short.replace("-", "").lower()
    initials = ""
    for i in range(paren - 1, max(-1, paren - 2 * len(letters) - 2), -1):
        word = doc[i]
        if not word.is_alpha:
            return paren
        if word.lower_ in NAME_CONNECTORS or word.lower_ in lexicon.name_joiners:
            continue
        initials = word.lower_[0] + initials
        if initials == letters:
            return i if word.is_title else paren
        if not letters.endswith(initials):
            return paren
    return paren


def _after_other_name(doc: Doc, start: int, paren: int) -> int:
    """Where a long form starts after a name it was joined to with "and (the)".

    "between the RSF and the Sudanese Armed Forces (SAF)": the long form of
    SAF is "Sudanese Armed Forces".
    """
    for i in range(paren - 2, start, -1):
        if _joins_two_names(doc[i]):
            j = i + 1
            while j < paren and doc[j].lower_ in NAME_CONNECTORS:
                j += 1
            return j
    return start


def _faction_words(doc: Doc, span: ActorSpan, gazetteer: GazetteerLike) -> Span | None:
    """The words in brackets right after a group's name that name one of its factions:
    "(MN Larma)", "(Democratic)"; not an acronym, a code, a place or another actor."""
    if span.actor.kind not in ("armed_group", "organization") or doc[span.end - 1].text == ")":
        return None
    if span.end + 2 >= len(doc) or doc[span.end].text != "(":
        return None
    close = next((t.i for t in doc[span.end + 1 : span.end + 5] if t.text == ")"), None)
    if close is None or close == span.end + 1:
        return None
    words = doc[span.end + 1 : close]
    if not all(t.is_alpha for t in words) or (not words[0].is_title and not words[0].is_upper):
        return None
    if len(words) == 1 and words[0].is_upper:
        return None  # "(UPDF)": an acronym
    return words if gazetteer.lookup(words.text) is None else None


def _named_factions(doc: Doc, found: DocActors, gazetteer: GazetteerLike) -> list[ActorSpan]:
    """Factions named as their parent with a word in brackets, "the UPDF (Democratic)",
    "the PCJSS (MN Larma)": each its own actor, when the text names it so twice
    (once may be a source cited in brackets)."""
    named: dict[str, list[ActorSpan]] = {}
    for span in found.spans:
        words = _faction_words(doc, span, gazetteer)
        if words is None:
            continue
        parent = doc[span.start : span.end].text
        parent = parent[4:] if parent.lower().startswith("the ") else parent
        name = f"{parent} ({words.text})"
        faction = Actor.learned(name, span.actor.kind)
        named.setdefault(name, []).append(
            ActorSpan(span.start, words.end + 1, faction, span.label, "faction")
        )
    return [s for spans in named.values() if len(spans) > 1 for s in spans]


def _acronym_uses(doc: Doc, found: DocActors, acronyms: dict[str, Actor]) -> Iterator[ActorSpan]:
    """Later bare uses of a learned acronym, and its defining long form."""
    if not acronyms:
        return
    for token in doc:
        actor = acronyms.get(token.text)
        if actor is not None and found.at(token.i) is None:
            yield ActorSpan(token.i, token.i + 1, actor, "ACRONYM", "acronym")


# A numbered question or annex cited in brackets: "Q14", "A3" (names such as
# "G9" or "M23" are in the gazetteer, which is asked first).
_REFERENCE_CODE = re.compile(r"[A-Z]{1,2}\d{1,3}")

# Small words a name's initials leave out: "Kachin Independence Army" is the KIA.
_NOT_INITIALLED = frozenset({"of", "the", "and", "for", "in", "de", "del", "la", "al"})


def _initials(name: str) -> str:
    """The initials of a name's words: "People's Defence Force" -> "PDF"."""
    words = re.findall(r"[A-Za-z][\w'’]*", name)
    return "".join(w[0].upper() for w in words if w.lower() not in _NOT_INITIALLED)


def _initials_uses(doc: Doc, found: DocActors, acronyms: dict[str, Actor]) -> Iterator[ActorSpan]:
    """Bare initials of a group named in full earlier without them: "the AA" and
    "AA-held towns" after "the Arakan Army", "KIA units" after "the Kachin
    Independence Army". Only initials that one group named before can have."""
    named: dict[str, set[str]] = {}  # initials -> ids of the groups they fit
    actors: dict[str, Actor] = {}
    spans = iter(sorted(found.spans, key=lambda s: s.start))
    pending = next(spans, None)
    for token in doc:
        while pending is not None and pending.end <= token.i:
            if (
                pending.actor.kind in ("armed_group", "organization")
                and pending.end - pending.start > 1
            ):
                for name in (doc[pending.start : pending.end].text, pending.actor.name):
                    named.setdefault(_initials(name), set()).add(pending.actor.id)
                actors[pending.actor.id] = pending.actor
            pending = next(spans, None)
        text = token.text
        if not (2 <= len(text) <= 5 and text.isalpha() and text.isupper()):
            continue
        fits = named.get(text, set())
        if len(fits) == 1 and found.at(token.i) is None and text not in acronyms:
            yield ActorSpan(token.i, token.i + 1, actors[next(iter(fits))], "ACRONYM", "acronym")


def _name_ending_earlier(span: Span, found: DocActors, lexicon: Lexicon) -> Actor | None:
    """The group "the Brigades" names again after "the Izz ad-Din al-Qassam Brigades".

    A capitalised last word of a group's or body's longer name, after "the", stands
    for it ("the Authority" after "the Palestinian Authority"); "the Army" and other
    words for a state's bodies do not.
    """
    doc = span.doc
    if len(span) != 1 or span.start == 0:
        return None
    word = span[0].lower_
    if word in lexicon.body_heads or not span[0].text[:1].isupper():
        return None
    if doc[span.start - 1].lower_ != "the":
        # "Shield fighters", "Shield units" after "the Sudan Shield Forces"
        head = span[0].head
        members = lexicon.armed_members | lexicon.unit_nouns
        if span[0].dep_ != "compound" or head.lemma_.lower() not in members:
            return None
        return _named_by_inner_word(found, span.start, word, lexicon)
    kinds = ("armed_group", "organization", "state")
    first = span[0].tag_ == "NNP" and word not in lexicon.demonyms  # not "the Syrian army"
    return (
        named_by_last_word(found, span.start, word, kinds)
        or (_named_by_first_word(found, span.start, word) if first else None)
        or _named_by_inner_word(found, span.start, word, lexicon)
    )


def _named_by_inner_word(
    found: DocActors, before: int, word: str, lexicon: Lexicon
) -> Actor | None:
    """ "The Shield" after "the Sudan Shield Forces": an inner word of an armed group's
    name of three or more, when no other body named so far has the word in its name
    ("the Rohingya" after both the Arakan Rohingya Salvation Army and the Rohingya
    Solidarity Organisation is neither) and it names no people or state."""
    if word in lexicon.demonyms or lexicon.names_only_a_state(word):
        return None
    having = {
        s.actor.id: s.actor
        for s in found.among(range(0, before))
        if s.actor.kind != "person"
        and s.actor.origin != "learned"
        and word in s.actor.name.lower().split()
    }
    if len(having) != 1:
        return None
    actor = next(iter(having.values()))
    words = actor.name.lower().split()
    inner = actor.kind == "armed_group" and len(words) >= 3 and word in words[1:-1]
    return actor if inner else None


def _named_by_first_word(found: DocActors, before: int, word: str) -> Actor | None:
    """ "The Jamaat" after "the Jamaat-e-Islami of Jammu and Kashmir", "the Lashkar"
    after "Lashkar-e-Taiba": the first part of a hyphen-joined name stands for it too
    (not "the Rohingya" for the Rohingya Solidarity Organisation)."""
    for earlier in reversed(found.among(range(0, before))):
        first = earlier.actor.name.split()[0]
        kind = earlier.actor.kind in ("armed_group", "organization")
        if kind and "-" in first and first.split("-")[0].lower() == word:
            return earlier.actor
    return None


def named_by_last_word(
    found: DocActors, before: int, word: str, kinds: tuple[str, ...], aliases: bool = False
) -> Actor | None:
    """The last actor of ``kinds`` named before token ``before`` whose longer name ends
    in ``word``: "the Brigades", "the front" after the full name. With ``aliases`` its
    other names count too: "the front" after "the NRF", the National Resistance Front."""
    for earlier in reversed(found.among(range(0, before))):
        if earlier.actor.kind not in kinds:
            continue
        names = (earlier.actor.name, *(earlier.actor.aliases if aliases else ()))
        if any(len(n.split()) > 1 and n.split()[-1].lower() == word for n in names):
            return earlier.actor
    return None


def named_earlier(
    head: Token,
    actors: DocActors,
    kinds: tuple[str, ...] = ("organization",),
    *,
    aliases: bool = False,
    by_ending: bool | None = None,
) -> Actor | None:
    """The body a definite noun refers back to: "the police" after "the Jammu and Kashmir Police".

    Only an organisation named earlier in the document whose name (or the
    name it was called by there, "the Congolese army" for the FARDC) holds
    the noun counts; "the group" and its like are left to coreference.
    With ``aliases``, the actor's other names count too ("the party" for
    the CPI (Maoist), the Communist Party of India (Maoist)); ``by_ending``
    says whether the noun must end the name (by default, for armed groups).
    """
    if not with_the(head):
        return None
    word = head.lemma_.lower().removesuffix("s")
    doc = head.doc
    for span in reversed(actors.among(range(0, head.i))):
        if span.actor.kind not in kinds or span.how == "coref":
            continue
        written = doc[span.start : span.end].text
        if ("armed_group" in kinds) if by_ending is None else by_ending:
            # A group's name must end in the noun as written: "the brigade" is the
            # Jenin Brigade, not the al-Quds Brigades; "the alliance" is not the
            # Myanmar National Democratic Alliance Army.
            ends = {n.split()[-1].lower() for n in (span.actor.name, written) if n.split()}
            if head.lower_ in ends:
                return span.actor
            continue
        if holds_word(span, doc, word, aliases=aliases):
            return span.actor
    return None


def holds_word(span: ActorSpan, doc: Doc, word: str, *, aliases: bool) -> bool:
    """Whether ``word`` (a plural folded to its singular) is a word of the name ``span``
    is written with, of its actor's name or, with ``aliases``, of another of its names."""
    written = doc[span.start : span.end].text
    names = [span.actor.name, written, *(span.actor.aliases if aliases else ())]
    return word in {w.lower().removesuffix("s") for w in " ".join(names).split()}
