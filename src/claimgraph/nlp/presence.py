"""Presence: where a group operates, has bases, hubs, camps or networks.

The place comes from the phrase the trigger heads ("camps in Kunar") or from
the trigger's verb ("uses Afghanistan as a hub"); the group from the words
modifying the trigger ("ISIS-K's presence", "al Qaeda training camps") or
else from the clause subject. Direction words before a place ("northern and
eastern Afghanistan") are kept as the claim's qualifier.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from claimgraph.model import Actor, Value
from claimgraph.nlp.actors import ActorSpan, DocActors
from claimgraph.nlp.drafts import Draft, actors_below, distinct, distinct_actors
from claimgraph.nlp.lexicon import Lexicon
from claimgraph.nlp.relations import conditional, described_actor, owned_up_to, subject_spans
from claimgraph.nlp.segments import Segment
from claimgraph.nlp.syntax import (
    DETACHED,
    find_subject,
    first_conjunct,
    in_event,
    indices,
    prep_objects,
    verbless_clause,
)
from claimgraph.nlp.triggers import TriggerMatch

MODIFIER_DEPS = frozenset({"poss", "compound", "nmod"})


def _owners(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[Actor]:
    """Groups named on the trigger noun itself ("ISIS-K's camps")."""
    spans: list[ActorSpan] = []
    for child in anchor.children:
        if child.dep_ in MODIFIER_DEPS or (
            child.dep_ == "prep" and child.lower_ in lexicon.owner_preps
        ):
            spans += actors_below(child, actors)
    return [a for a in distinct(spans) if a.kind in lexicon.presence_subject_kinds]


def _subjects(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[Actor]:
    """The groups said to be present."""
    owners = _owners(anchor, actors, lexicon) if anchor.pos_ in ("NOUN", "PROPN") else []
    if owners and not _their(anchor):
        return owners
    if owners:
        # "Fighters of X and units of Y have tightened their grip on ...": "their" is
        # every group the subject names, not the one coreference picked.
        named = _subjects_of_clause(anchor, actors, lexicon)
        return named if {a.id for a in owners} <= {a.id for a in named} else owners
    return _subjects_of_clause(anchor, actors, lexicon)


def _their(anchor: Token) -> bool:
    """Whether a trigger noun is owned by "their"."""
    return any(c.dep_ == "poss" and c.lower_ == "their" for c in anchor.children)


def _subjects_of_clause(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[Actor]:
    """The groups the clause of ``anchor`` names as its subject."""
    if verbless_clause(anchor):
        anchor = anchor.head  # "ISSP has made the area its stronghold": the maker
    if anchor.dep_ == "amod" and anchor.head.pos_ in ("NOUN", "PROPN"):
        # "its Afghanistan-based branch, known as ISIS-K": the branch; "Somalia-based
        # al-Shabaab": the group itself; "the Kunar-based ISIS-K cell": the group it names.
        described = described_actor(anchor.head, actors, lexicon) or next(
            (
                named
                for c in anchor.head.children
                if c.dep_ == "compound" and (named := actors.at(c.i)) is not None
            ),
            None,
        )
        kinds = lexicon.presence_subject_kinds
        return [described.actor] if described and described.actor.kind in kinds else []
    subject, _passive = find_subject(anchor)
    if subject is not None and actors.at(subject.i) is None and subject.dep_ == "attr":
        # "the deadliest group operating in X": the copula's subject.
        subject, _passive = find_subject(subject)
    if subject is None:
        return []
    found = distinct(subject_spans(subject, anchor, actors, lexicon))
    kinds = lexicon.presence_subject_kinds
    if any(c.dep_ == "dobj" and counts_forces(c, lexicon) for c in anchor.children):
        kinds = kinds | {"state"}  # "Rwanda deployed troops in Congo" (kept only abroad)
    if subject.lemma_.lower() in lexicon.state_force_nouns:
        # "Turkish personnel operate from al-Watiya": the state is there (kept only abroad).
        kinds = kinds | {"state"}
        found += distinct(
            [
                s
                for c in subject.children
                if c.dep_ in ("amod", "poss")
                for s in actors_below(c, actors)
            ]
        )
    return [a for a in distinct_actors(found) if a.kind in kinds]


def counts_forces(noun: Token, lexicon: Lexicon) -> bool:
    """ "troops", "thousands of soldiers": a state's forces as a verb's object."""
    if noun.lemma_.lower() in lexicon.state_force_nouns:
        return True
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(g.lemma_.lower() in lexicon.state_force_nouns for g in p.children)
        for p in noun.children
    )


def _sibling_places(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[ActorSpan]:
    """Places on the trigger's verb: "uses Afghanistan as a hub", "cells in X"."""
    head = anchor.head.head if anchor.dep_ == "pobj" else anchor.head
    if head.i == anchor.i:
        return []
    spans: list[ActorSpan] = []
    for child in head.children:
        if child.i == anchor.i or child.i == anchor.head.i:
            continue
        if (
            child.dep_ == "dobj"
            or (child.dep_ == "prep" and child.lower_ in lexicon.place_preps)
            or _on_land(child, lexicon)
        ):
            spans += [
                s
                for s in actors_below(child, actors) + listed_places(child, actors, lexicon)
                if not _nationality_of(s, actors, lexicon)
            ]
        elif child.dep_ == "attr" and anchor.dep_ == "nsubj":
            spans += actors_below(child, actors)  # "its heartland remains the Jubba valley"
    return spans


def _on_land(prep: Token, lexicon: Lexicon) -> bool:
    """ "on the Macomia coast", "on the Afghan side of the border": "on" a stretch of
    land, not "on" troops or a target."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "on"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in lexicon.place_nouns for o in prep.children)
    )


def _nationality_of(span: ActorSpan, actors: DocActors, lexicon: Lexicon) -> bool:
    """A nationality adjective on a noun that is no place: "ambushed Israeli troops
    near the camp" hits Israel's troops, it does not put the camp in Israel ("on
    Afghan soil" does name a place, and so does "al-Qaeda's Afghan network", a
    group's own network)."""
    root = span.root(actors.doc)
    if span.how != "demonym" or root.dep_ != "amod":
        return False
    noun = root.head
    if noun.lemma_.lower() in lexicon.place_nouns | lexicon.force_posts:
        return False
    return not any(
        c.dep_ in ("poss", "compound")
        and (owner := actors.at(c.i)) is not None
        and owner.actor.kind == "armed_group"
        for c in noun.children
    )


FROM_BASES = frozenset({"operate", "operation", "base", "launch", "attack", "strike", "stage"})


def _origin(child: Token, anchor: Token) -> bool:
    """ "Recruited fighters from Ethiopia": where recruits come from, not where the group is.

    "Operates from Kunar" is a base; with other words "from" names an origin.
    """
    return (
        child.dep_ == "prep" and child.lower_ == "from" and anchor.lemma_.lower() not in FROM_BASES
    )


def listed_places(phrase: Token, actors: DocActors, lexicon: Lexicon) -> list[ActorSpan]:
    """Places listed beside a place noun: "several provinces, notably Kunar and Helmand"."""
    out: list[ActorSpan] = []
    for token in indices_tokens(phrase):
        if token.lemma_.lower() in lexicon.place_nouns and actors.at(token.i) is None:
            for child in token.children:
                if child.dep_ == "appos":
                    out += actors.among(t.i for t in child.subtree)
    return out


def indices_tokens(phrase: Token) -> list[Token]:
    """The tokens of a phrase without its detached parts (clauses, appositions)."""
    doc = phrase.doc
    return [doc[i] for i in indices(phrase, DETACHED)]


def _places(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[ActorSpan]:
    """Place spans the trigger points at, in text order, one per actor."""
    if anchor.lemma_.lower() in lexicon.holding_verbs:
        return _held_places(anchor, actors, lexicon)
    if anchor.lemma_.lower() in lexicon.motion_verbs and anchor.pos_ == "VERB":
        return _destinations(anchor, actors, lexicon)
    if anchor.lemma_.lower() in lexicon.battle_verbs | lexicon.arrival_verbs:
        return _battle_places(anchor, actors, lexicon)
    kinds = lexicon.presence_object_kinds
    # "has made the tri-border area its main stronghold": the clause's subject is the place.
    subjects = () if verbless_clause(anchor) else ("nsubj", "nsubjpass")
    below = [
        c
        for c in anchor.children
        if c.dep_ not in (*subjects, "poss", "compound") and not _origin(c, anchor)
    ]
    # "the network behind the bombings of three churches in Surabaya": where an
    # act it is blamed for happened, not where it is.
    origins = {
        t.i
        for c in anchor.subtree
        if c.dep_ == "prep" and c.i != anchor.i and (_origin(c, anchor) or c.lower_ == "behind")
        for t in c.subtree
    }
    spans = [
        s
        for child in below
        for s in actors_below(child, actors, origins) + listed_places(child, actors, lexicon)
        if s.actor.kind in kinds and s.start != anchor.i and not _nationality_of(s, actors, lexicon)
    ]
    if not spans:
        spans = [s for s in _sibling_places(anchor, actors, lexicon) if s.actor.kind in kinds]
    if not spans and anchor.pos_ == "NOUN":
        spans = [s for s in _named_as(anchor, actors) if s.actor.kind in kinds]
    spans += [s for span in spans for s in _listed_after(span, actors, kinds)]
    return _once_each(spans)


def _once_each(spans: list[ActorSpan]) -> list[ActorSpan]:
    """The first span of each actor, in the order given."""
    first: dict[str, ActorSpan] = {}
    for span in spans:
        first.setdefault(span.actor.id, span)
    return list(first.values())


def _listed_after(span: ActorSpan, actors: DocActors, kinds: frozenset[str]) -> list[ActorSpan]:
    """The places listed after one: "in Riosucio, Carmen del Darién, Juradó and Unguía",
    however the parser hung the list. Only a list closed by "and"/"or" counts, so that
    "fighting in Goma, Rwanda says" lists nothing."""
    run: list[ActorSpan] = []
    end = span.end
    tokens = actors.doc
    while end < len(tokens):
        i = end
        while i < len(tokens) and tokens[i].lower_ in (",", "and", "or") and i - end < 2:
            i += 1
        listed = actors.at(i) if i > end else None
        if listed is None or listed.start != i or listed.actor.kind not in kinds:
            break
        run.append(listed)
        end = listed.end
        if tokens[i - 1].lower_ in ("and", "or"):
            # "no camps in Afghanistan, and Pakistan should look at ...": a new clause
            opens_clause = tokens[listed.end - 1].dep_ in ("nsubj", "nsubjpass")
            return [] if opens_clause else run  # the list is closed
    return []


def _named_as(noun: Token, actors: DocActors) -> list[ActorSpan]:
    """The place a presence noun describes: "Rashidieh, Fatah's stronghold", "Shwe
    Kokko ... is the KNA's stronghold"."""
    doc = noun.doc
    if noun.dep_ == "appos":
        named = noun.head
        if doc[noun.left_edge.i - 1].text != "," or named.i != noun.left_edge.i - 2:
            return []
        if any(c.dep_ == "prep" and c.i < noun.i for c in noun.children):
            return []  # "..., among them the headquarters of JeM in Bahawalpur"
    elif noun.dep_ == "attr":
        named = next((c for c in noun.head.children if c.dep_ == "nsubj"), noun)
    else:
        return []
    span = actors.at(named.i)
    return [span] if span is not None and named.i != noun.i else []


def _held_places(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[ActorSpan]:
    """Places a holding verb's object names: "holds most of Khartoum and its twin city of Bahri".

    Only the object and its "of"/"from ... to" parts count; "held talks in
    Doha" holds no place.
    """
    lemma = anchor.lemma_.lower()
    if lemma not in lexicon.lasting_holds and forecast(anchor, lexicon):
        return []  # "could retake the town", "need to take Djibo": not done
    tokens: list[Token] = []
    for obj in (c for c in anchor.children if c.dep_ == "dobj"):
        for head in (obj, *obj.conjuncts):
            tokens.append(head)
            # "several towns in Middle Shabelle", "the hills above Ilaga": a place
            # noun may say where with "in" or a relative preposition.
            place = head.lemma_.lower() in lexicon.place_nouns
            sway = head.lemma_.lower() in lexicon.sway_nouns  # "held sway over ..."
            around = {"in"} | lexicon.relative_place_preps if place else set()
            parts = lexicon.held_preps | around | ({"over"} if sway else set())
            # "holds sway over X": the parser may hang "over" on the verb.
            strays = (
                [c for c in anchor.children if c.lower_ == "over" and c.i > obj.i] if sway else []
            )
            for prep in (
                *(c for c in head.children if c.dep_ == "prep"),
                *_stray_of(anchor, obj, lexicon),
                *strays,
            ):
                if prep.lower_ not in parts:
                    continue
                # "from the outskirts of Oog to Buuhoodle": the "to" hangs on the "from"
                ends = [q for q in prep.children if q.dep_ == "prep" and q.lower_ in parts]
                for part in (g for p in (prep, *ends) for g in p.children if g.dep_ == "pobj"):
                    tokens += [part, *part.conjuncts]
                    # "much of the Middle Juba and Lower Shabelle regions"
                    tokens += [
                        h
                        for t in (part, *part.conjuncts)
                        for p in t.children
                        if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children
                        for h in (g, *g.conjuncts)
                    ]
    # "the Middle Juba and Lower Shabelle regions", "its capital, Wad Madani":
    # the names a place noun carries or is set beside.
    tokens += [c for t in list(tokens) for c in t.children if c.dep_ in ("compound", "appos")]
    out: list[ActorSpan] = []
    for token in tokens:
        span = actors.at(token.i)
        if (
            span is not None
            and span.actor.kind in lexicon.presence_object_kinds
            and all(o.actor.id != span.actor.id for o in out)
        ):
            out.append(span)
    return out


def _battle_places(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[ActorSpan]:
    """Where a group fights: "fights in eastern Congo", "has fought the army in Tillaberi".

    Only a place phrase on the verb itself counts: its object is the enemy,
    and a place on another verb of the sentence is that verb's.
    """
    if forecast(anchor, lexicon):
        return []
    kinds = lexicon.presence_object_kinds
    spans = [
        s
        for c in anchor.children
        if c.dep_ == "prep" and c.lower_ in lexicon.place_preps
        for s in actors_below(c, actors) + listed_places(c, actors, lexicon)
        if s.actor.kind in kinds
    ]
    return list({s.actor.id: s for s in spans}.values())


def _stray_of(verb: Token, obj: Token, lexicon: Lexicon) -> list[Token]:
    """An "of" the parser hung on the verb right after its object: "taken control of X";
    a "from" after ground held: "holds everything from Oog to Buuhoodle" (not "took
    no orders from Tehran")."""
    after = obj.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(obj.doc) else None
    ground = obj.pos_ == "PRON" or obj.lemma_.lower() in lexicon.place_nouns
    wanted = ("of", "from") if ground else ("of",)
    if after is None or after.lower_ not in wanted or after.head.i != verb.i:
        return []
    return [after]


def forecast(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb in the infinitive is forecast, planned or needed, not done.

    "is likely to push into Dosso", "could retake the town", "do not need to
    take Djibo"; "are believed to move between Bastar and Telangana" is a fact.
    """
    if verb.tag_ != "VB":
        return False
    words = [c for c in verb.children if c.dep_ == "aux"]
    if verb.dep_ == "xcomp":
        words += [verb.head, *(c for c in verb.head.children if c.dep_ == "aux")]
    return any(w.lemma_.lower() in lexicon.forecast_words for w in words)


# Prepositions of moving about inside a place: "move between the islands", "sweep
# across Borno" place the mover there as much as "into" does.
ROAMING_PREPS = frozenset({"between", "around", "across", "through", "within", "inside"})


def _destinations(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[ActorSpan]:
    """Where a move ends: "pushed into Lubero territory", "entered North Kivu".

    Only the destination counts; "pushed ISSP out of Ansongo" and "pushed
    for talks" place no one.
    """
    if forecast(anchor, lexicon):
        return []  # "is likely to push further into Dosso": a forecast, not a place held
    heads = [c for c in anchor.children if c.dep_ == "dobj" and anchor.lemma_.lower() == "enter"]
    heads += [
        g
        for c in anchor.children
        if c.dep_ == "prep" and (c.lower_ in lexicon.destination_preps or c.lower_ in ROAMING_PREPS)
        for g in c.children
        if g.dep_ == "pobj"
    ]
    kinds = lexicon.presence_object_kinds
    spans = [s for h in heads for s in actors_below(h, actors) if s.actor.kind in kinds]
    return list({s.actor.id: s for s in spans}.values())


def qualifier(doc: Doc, span: ActorSpan, lexicon: Lexicon) -> str | None:
    """Direction words modifying a place ("northern and eastern")."""
    head = doc[span.end - 1]
    words = [
        c
        for c in head.children
        if c.dep_ in ("amod", "compound") and c.i < span.start and c.lower_ in lexicon.region_words
    ]
    if not words:
        return None
    first = min(words, key=lambda t: t.i)
    last = max(t.i for w in words for t in w.subtree if t.i < span.start)
    return doc[first.i : last + 1].text


def owns_named_place(root: Token, actors: DocActors) -> bool:
    """Whether a place only owns the places its phrase names.

    Afghanistan in "Afghanistan's Khost and Paktika provinces", Puntland in
    "Puntland's Bari region", Mali in "the Menaka region of Mali": the
    presence is at the level named.
    """
    noun = root.head
    if root.dep_ == "pobj" and noun.lower_ == "of" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "the Menaka region of Mali", "the Mambasa territory of Ituri"
    elif root.dep_ != "poss" or noun.i == root.i:
        return False
    return any(
        c.dep_ in ("compound", "amod", "nmod")
        and (span := actors.at(c.i)) is not None
        and span.actor.kind in ("place", "state")
        for c in noun.children
    )


def _edge_only(span: ActorSpan, anchor: Token, lexicon: Lexicon) -> bool:
    """A place named only as a border, or as where something else is based.

    "near the Malian border", "the borders of Benin and Nigeria" and "set up
    ... the Pakistan-based group" put no one inside Mali, Benin or Pakistan;
    "its Afghanistan-based branch" read from "based" itself still does.
    """
    doc = anchor.doc
    after = doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].tag_ == "HYPH" and after[1].lower_ == "based":
        return after[1].i != anchor.i
    root = span.root(doc)
    root = first_conjunct(root)  # "the borders of Benin and Nigeria"
    holder = root.head
    if root.dep_ == "pobj" and holder.lower_ in ("of", "with"):
        holder = holder.head  # "the borders of Benin", "along the borders with Chad"
    elif root.dep_ not in ("amod", "compound", "poss", "nmod"):
        return False
    return holder.lemma_.lower() in lexicon.border_nouns


def place_drafts(
    anchor: Token,
    subjects: list[Actor],
    places: list[ActorSpan],
    actors: DocActors,
    lexicon: Lexicon,
) -> list[Draft]:
    """One presence draft per group and place; a place that only owns a named one is left out."""
    out = []
    doc = anchor.doc
    places = [
        p
        for p in places
        if not owns_named_place(doc[p.end - 1], actors)
        and not _edge_only(p, anchor, lexicon)
        and p.actor.id not in lexicon.broad_places
    ]
    for subject in subjects:
        for place in places:
            if place.actor.id != subject.id:
                words = qualifier(anchor.doc, place, lexicon)
                value = Value(qualifier=words) if words else None
                out.append(Draft("presence", "operates_in", subject, anchor.i, place.actor, value))
    return out


def _places_below(preps: list[Token], actors: DocActors, lexicon: Lexicon) -> list[ActorSpan]:
    """The places named under some prepositions, in order."""
    return [
        s
        for p in preps
        for s in actors_below(p, actors)
        if s.actor.kind in lexicon.presence_object_kinds
    ]


def read_existential(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "There are (no) al Qaeda members in Afghanistan": presence by existence."""
    out: list[Draft] = []
    for token in seg.span:
        if token.lemma_ != "be" or not any(c.dep_ == "expl" for c in token.children):
            continue
        for noun in (
            c for c in token.children if c.dep_ in ("attr", "nsubj") and c.pos_ in ("NOUN", "PROPN")
        ):
            groups = _owners(noun, actors, lexicon) or [
                s.actor
                for s in [actors.at(noun.i)]
                if s is not None and s.actor.kind in lexicon.presence_subject_kinds
            ]
            if not groups and noun.lemma_.lower() in lexicon.state_force_nouns:
                # "There are still Rwandan soldiers in Goma" (kept only abroad).
                named = [s for c in noun.children for s in actors_below(c, actors)]
                groups = [a for a in distinct(named) if a.kind == "state"]
            preps = [
                c
                for c in (*noun.children, *token.children)
                if c.dep_ == "prep" and c.lower_ in lexicon.place_preps
            ]
            out += place_drafts(
                noun, groups, _places_below(preps, actors, lexicon), actors, lexicon
            )
    return out


def read_noun_read_verbs(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "The Houthis control Sanaa and Hodeidah", which the tagger reads as one noun
    phrase ("Houthis control" modifying "Sanaa"): the group holds the places.

    Only the exact run group name, verb-as-noun, place name is read, so "the
    Houthis' control of Sanaa" and "a control post" are left alone.
    """
    out: list[Draft] = []
    doc = seg.span.doc
    for verb in seg.span:
        if verb.pos_ != "NOUN" or verb.lower_ not in lexicon.noun_read_holding_verbs:
            continue
        group = actors.at(verb.i - 1) if verb.i > 0 else None
        place = actors.at(verb.i + 1) if verb.i + 1 < len(doc) else None
        if group is None or place is None or verb.dep_ != "compound":
            continue
        if group.actor.kind not in lexicon.presence_subject_kinds:
            continue
        if place.actor.kind not in lexicon.presence_object_kinds:
            continue
        root = place.root(doc)
        listed = [s for c in root.conjuncts for s in [actors.at(c.i)] if s is not None]
        places = [place, *(s for s in listed if s.actor.kind in lexicon.presence_object_kinds)]
        out += place_drafts(verb, [group.actor], places, actors, lexicon)
    return out


def read_groups_of_places(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "Twirwaneho, the Banyamulenge armed group of the Hauts Plateaux": a group described
    as the group, militia or faction "of" a place is there.

    Only a description set beside the name (an apposition) or said of it ("is the
    main militia of Ituri") counts; "a group of fighters" names no place.
    """
    out: list[Draft] = []
    for noun in seg.span:
        if noun.lemma_.lower() not in lexicon.group_nouns or noun.dep_ not in ("appos", "attr"):
            continue
        if noun.tag_ != "NN":
            continue  # "..., the strongest armed groups of western Libya": no one group's
        copula = noun.dep_ == "attr" and noun.head.lemma_ == "be"
        holder = noun.head if noun.dep_ == "appos" else find_subject(noun)[0] if copula else None
        group = actors.at(holder.i) if holder is not None else None
        if group is None or group.actor.kind not in lexicon.presence_subject_kinds:
            continue
        # the place itself after "of", not "a group of Ugandan origin"
        named = [
            span
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for g in prep.children
            if g.dep_ == "pobj" and (span := actors.at(g.i)) is not None
        ]
        places = [p for p in named if p.actor.kind in lexicon.presence_object_kinds]
        out += place_drafts(noun, [group.actor], places, actors, lexicon)
    return out


def read_fallen_places(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "Buthidaung fell to the Arakan Army", "Falam fell to it and its allies": the
    place a group took, told from the place's side (not "could fall to the rebels")."""
    out: list[Draft] = []
    kinds = lexicon.presence_object_kinds
    for verb in seg.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.falling_verbs:
            continue
        subject, passive = find_subject(verb)
        if subject is None or passive or forecast(verb, lexicon) or conditional(verb):
            continue
        places = [
            s
            for t in (subject, *subject.conjuncts)
            if (s := actors.at(t.i)) is not None and s.actor.kind in kinds
        ]
        takers = [
            s.actor
            for t in prep_objects(verb, ("to",))
            for g in (t, *t.conjuncts)
            if (s := actors.at(g.i)) is not None and s.actor.kind in lexicon.presence_subject_kinds
        ]
        if places and takers:
            out += place_drafts(verb, distinct_actors(takers), places, actors, lexicon)
    return out


def read_held_areas(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "M23-held Goma", "KIA-held areas of Kachin State": the group named before the
    hyphen holds the place the participle describes, or the place of its "of" phrase."""
    out: list[Draft] = []
    doc = seg.span.doc
    kinds = lexicon.presence_object_kinds
    for word in seg.span:
        if word.lower_ not in lexicon.held_participles or word.dep_ != "amod" or word.i < 2:
            continue
        if doc[word.i - 1].text != "-" or doc[word.i - 1].whitespace_:
            continue
        group = actors.at(word.i - 2)
        if group is None or group.actor.kind not in lexicon.presence_subject_kinds:
            continue
        noun = word.head
        own = actors.at(noun.i)
        places = [own] if own is not None and own.actor.kind in kinds else []
        places += _places_below(prep_objects(noun, ("of",)), actors, lexicon)  # "areas of X"
        out += place_drafts(word, [group.actor], places, actors, lexicon)
    return out


def read_attacks_carried_out(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "It has carried out most of the deadliest attacks in Khyber Pakhtunkhwa": a
    group that carries out or mounts attacks in a place operates there.

    The place must be on the verb or on the attacks, and the attacks told as
    done (not planned, not a single one named by "the attack").
    """
    out: list[Draft] = []
    conducting = lexicon.conducting_verbs | lexicon.claiming_verbs
    for verb in seg.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in conducting:
            continue
        carried = verb.lemma_.lower() != "carry" or any(
            c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
        )
        if forecast(verb, lexicon) or not carried:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # "most of the attacks", "claimed responsibility for the attacks"
        objects += prep_objects(objects[0], ("of", "for")) if objects else []
        attacks = [
            c
            for c in objects
            if c.lemma_.lower() in lexicon.attack_nouns
            and c.tag_ == "NNS"
            and (verb.lemma_.lower() in lexicon.conducting_verbs or owned_up_to(c, lexicon))
        ]
        if not attacks:
            continue
        # "attacks on army posts near Anefis": where the targets stood (not ships at sea)
        targets = [
            t
            for t in prep_objects(attacks[0], ("on", "against"))
            if t.lemma_.lower() not in lexicon.passing_targets
        ]
        preps = [
            p
            for h in (verb, *attacks, *targets)
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in lexicon.place_preps
        ]
        places = _places_below(preps, actors, lexicon)
        if places:
            out += place_drafts(verb, _subjects(verb, actors, lexicon), places, actors, lexicon)
    return out


def read_repeated_attacks(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "Its fighters have repeatedly attacked army posts in Alibori", "have killed
    hundreds of them in ambushes and raids across the Est region": a group that
    attacks again and again in a place operates there.

    Told as repeated by an adverb, a plural object or plural attacks; a single
    attack gives no claim, and a place must be on the verb, its object or
    the attacks.
    """
    out: list[Draft] = []
    for verb in seg.span:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in lexicon.attacking_verbs | lexicon.killing_verbs:
            continue
        subject, passive = find_subject(verb)
        if subject is None or passive or forecast(verb, lexicon):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        attacks = [
            a
            for h in (verb, *objects)
            for c in prep_objects(h, ("in", "during", "through"))
            for a in (c, *c.conjuncts)
            if a.lemma_.lower() in lexicon.attack_nouns and a.tag_ == "NNS"
        ]
        again = any(
            c.dep_ == "advmod" and c.lower_ in lexicon.repeating_adverbs for c in verb.children
        )
        if any(o.lemma_.lower() in lexicon.passing_targets for o in objects):
            continue
        plural = again or any(o.tag_ == "NNS" for o in objects)
        if not (attacks or (plural and lemma in lexicon.attacking_verbs)):
            continue
        holders = dict.fromkeys((verb, *objects, *attacks))
        preps = [
            q
            for h in holders
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in lexicon.place_preps
            for q in (p, *p.conjuncts)  # "in Kenge territory and in Bagata"
        ]
        places = [
            s
            for s in _places_below(preps, actors, lexicon)
            if _directly_under(s, preps, actors.doc)
        ]
        if places:
            out += place_drafts(verb, _subjects(verb, actors, lexicon), places, actors, lexicon)
    return out


def read_owned_attacks(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "ISIS-K attacks in Nangarhar have fallen", "JNIM's raids across northern Benin":
    attacks (plural) a group's name owns, set in a place, place the group there.

    Attacks feared, threatened or planned ("fears of ISIS-K attacks in Europe") are
    not told as done, so their place gives nothing.
    """
    out: list[Draft] = []
    for noun in seg.span:
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in lexicon.attack_nouns:
            continue
        if _feared(noun, lexicon):
            continue
        owners = [
            span.actor
            for c in noun.children
            if c.dep_ in ("compound", "poss", "amod")
            and (span := actors.at(c.i)) is not None
            and span.how != "coref"  # "halt its attacks across the country": whose is a guess
            and span.actor.kind in lexicon.presence_subject_kinds
        ]
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in lexicon.place_preps]
        places = [
            s
            for s in _places_below(preps, actors, lexicon)
            if _directly_under(s, preps, actors.doc)
        ]
        if owners and places:
            out += place_drafts(noun, distinct_actors(owners), places, actors, lexicon)
    return out


def _feared(noun: Token, lexicon: Lexicon) -> bool:
    """Whether attacks are only feared, threatened, planned or prevented: "fears of
    attacks", "to prevent attacks", "plotting attacks"."""
    return any(t.lemma_.lower() in lexicon.unrealised_words for t in (noun.head, noun.head.head))


def _directly_under(span: ActorSpan, preps: list[Token], doc: Doc) -> bool:
    """Whether a place is what its preposition names, not a place further down the
    phrase: "villages along the road to Butembo" are not in Butembo, while "parts
    of Alibori" are."""
    token = span.root(doc)
    while token.dep_ in ("conj", "compound", "amod", "appos", "pobj", "poss", "nmod"):
        if token.dep_ == "pobj" and token.head.lower_ != "of":
            return token.head in preps  # the first preposition above placed it
        token = token.head
    return False


def read_hosted_forces(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "Accused Benin of hosting French military bases", "allowing French forces to
    operate from its territory": the forces' state is present in the host state."""
    out: list[Draft] = []
    for verb in seg.span:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in lexicon.hosting_verbs | lexicon.permitting_verbs:
            continue
        forces = [c for c in verb.children if c.dep_ == "dobj" and _force_noun(c, lexicon)]
        if lemma in lexicon.permitting_verbs:
            # "allowing French forces to operate": the forces stay only if the verb says so
            staying = [
                c
                for c in verb.children
                if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in lexicon.stationing_verbs
            ]
            forces += [
                g
                for c in staying
                for g in c.children
                if g.dep_ in ("nsubj", "nsubjpass") and _force_noun(g, lexicon)
            ]
            forces = forces if staying else []
        host, _passive = find_subject(verb)
        hosts = actors.at(host.i) if host is not None else None
        if not forces or hosts is None or hosts.actor.kind != "state":
            continue
        for force in forces:
            owners = [c for c in force.children if c.dep_ in ("amod", "poss", "compound")]
            states = [s.actor for o in owners if (s := actors.at(o.i)) is not None]
            out += [
                Draft("presence", "operates_in", state, verb.i, hosts.actor)
                for state in states
                if state.kind == "state" and state.id != hosts.actor.id
            ]
    return out


def _force_noun(noun: Token, lexicon: Lexicon) -> bool:
    """ "troops", "military bases" (lemmatised "basis"): a state's forces."""
    return noun.lemma_.lower() in lexicon.state_force_nouns or noun.lower_ in ("bases", "base")


def read_where_clauses(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "Darfur, where the paramilitaries now hold four state capitals": whoever
    acts in a "where" clause on a place is there."""
    out: list[Draft] = []
    for token in seg.span:
        if token.tag_ != "WRB" or token.lower_ != "where" or token.dep_ != "advmod":
            continue
        verb = token.head
        place = actors.at(verb.head.i) if verb.dep_ in ("relcl", "advcl") else None
        place = _outer_place(place, actors) if place is not None else None
        if place is None or place.actor.kind not in lexicon.presence_object_kinds:
            continue
        if forecast(verb, lexicon):
            continue
        subject, passive = find_subject(verb)
        if subject is None or passive or subject.i < verb.head.i:
            continue
        found = distinct(subject_spans(subject, verb, actors, lexicon))
        groups = [a for a in found if a.kind in lexicon.presence_subject_kinds]
        out += place_drafts(verb, groups, [place], actors, lexicon)
    return out


def _outer_place(place: ActorSpan, actors: DocActors) -> ActorSpan:
    """ "Rakhine State on the Bay of Bengal, where ...": the place the phrase is about."""
    root = place.root(actors.doc)
    prep = root.head
    if root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ != "of":
        outer = actors.at(prep.head.i)
        if outer is not None and outer.actor.kind in ("place", "state"):
            return outer
    return place


BRANCH_LIKE = frozenset(
    {"branch", "affiliate", "wing", "franchise", "group", "faction", "cell", "network", "militia"}
)


def _hyphenated_description(anchor: Token, actors: DocActors, lexicon: Lexicon) -> bool:
    """ "X-based" describing a noun that is no armed group places nobody's fighters."""
    doc = anchor.doc
    hyphen = anchor.i >= 2 and doc[anchor.i - 1].tag_ == "HYPH"
    if not hyphen or anchor.dep_ not in ("amod", "compound"):
        return False
    described = actors.at(anchor.head.i)
    if described is None:
        # "its Yemen-based branch, known as AQAP" describes a group it names, and
        # "Burkina Faso-based JNIM fighters" the group's own men.
        head = anchor.head.lemma_.lower()
        return head not in BRANCH_LIKE and head not in lexicon.located_nouns
    return described.actor.kind != "armed_group" or described.how == "coref"


def shelters_another(anchor: Token, lexicon: Lexicon) -> bool:
    """A verb of sheltering with an object: the place is where the sheltered are."""
    if anchor.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in anchor.children):
        return False
    return anchor.lemma_.lower() in lexicon.one_word_triggers("relation", ("protects",))


def sheltered(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[Actor]:
    """The groups a sheltering verb's object names: "hosted the Hamas political office"."""
    kinds = lexicon.presence_subject_kinds
    objects = [c for c in anchor.children if c.dep_ == "dobj"]
    named = [s for o in objects for s in actors_below(o, actors)]
    return [a for a in distinct(named) if a.kind in kinds]


def _arrived_to_stay(verb: Token, lexicon: Lexicon) -> bool:
    """Whether who arrived is a group or its forces, not a delegation or a visitor."""
    subject, _passive = find_subject(verb)
    if subject is None:
        return False
    if subject.tag_ in ("NNP", "NNPS"):
        return True
    lemma = subject.lemma_.lower()
    return lemma in lexicon.state_force_nouns or lemma in lexicon.located_nouns


def read_presence(matches: list[TriggerMatch], actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """Presence drafts for the trigger matches of one sentence."""
    out: list[Draft] = []
    for match in matches:
        if match.trigger.category != "presence":
            continue
        anchor = match.anchor
        if anchor.pos_ in ("NOUN", "PROPN") and in_event(anchor, lexicon):
            continue  # "lost the cells it ran in Kabul"
        if _hyphenated_description(anchor, actors, lexicon):
            continue  # "a researcher at the Ouagadougou-based Centre": the centre's seat
        if anchor.dep_ == "dobj" and forecast(anchor.head, lexicon):
            continue  # "could seek to extend its operations into Nigeria": not yet there
        if conditional(anchor):
            continue  # "If the AA takes Sittwe, it will ...": a condition, not a fact
        if anchor.lemma_.lower() in lexicon.arrival_verbs and not _arrived_to_stay(anchor, lexicon):
            continue  # "a Taliban delegation arrived in Doha": a visit
        if anchor.lemma_.lower() in lexicon.passive_placing_verbs and not find_subject(anchor)[1]:
            continue  # "ONLF men have been seen around Gode", not "until it sees what ..."
        if anchor.lemma_.lower() in lexicon.sending_verbs and not _sends_its_men(anchor, lexicon):
            continue  # "sent a delegation to Cairo": a visit; "sent weapons": a transfer
        departure = anchor.lemma_.lower() in lexicon.departure_verbs
        places = (
            _left_places(anchor, actors, lexicon) if departure else _places(anchor, actors, lexicon)
        )
        if not places:
            continue
        # "sheltering the TTP's leadership on Afghan soil": the sheltered is there.
        subjects = (
            sheltered(anchor, actors, lexicon)
            if shelters_another(anchor, lexicon)
            else _subjects(anchor, actors, lexicon)
        )
        drafts = place_drafts(anchor, subjects, places, actors, lexicon)
        if departure:
            # "pulled out of Kyaukme": gone; "agreed to withdraw from Mogok": still there
            drafts = [replace(d, negated=_departed(anchor)) for d in drafts]
        out += drafts
    return out


def _left_places(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[ActorSpan]:
    """The places a departure verb leaves: under its "out of", "from" and "back from"
    phrases, not in a clause beside it ("while the army kept bombing Kachin villages")."""
    kinds = lexicon.presence_object_kinds
    heads = [c for c in anchor.children if c.lower_ in ("out", "from", "back")]
    heads += [g for h in heads for g in h.children if g.dep_ in ("prep", "conj")]
    return _once_each([s for h in heads for s in actors_below(h, actors) if s.actor.kind in kinds])


def _departed(verb: Token) -> bool:
    """Whether a departure is said as done: not an infinitive ("agreed to withdraw"),
    not negated or with a modal ("would not pull back")."""
    return not any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ in ("MD", "TO")) for c in verb.children
    )


def _sends_its_men(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a sending verb sends fighters: "sent most of its fighters east", "has sent
    two battalions to Ghayl Bin Yamin" (the head of a partitive counts: "some of its men")."""
    if forecast(verb, lexicon) or any(c.dep_ == "neg" for c in verb.children):
        return False  # "would not send any of its forces into Sulu"
    for thing in (c for c in verb.children if c.dep_ == "dobj"):
        heads = [thing, *prep_objects(thing, ("of",))]
        if any(h.lemma_.lower() in lexicon.sent_force_nouns for h in heads):
            return True
    return False


BATTLE_PREPS = frozenset({"in", "around", "near", "across", "inside", "throughout", "along"})


def read_battlegrounds(drafts: list[Draft], actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """Presence of the armed groups in a fight, where the sentence places the fight.

    "In Arauca the ELN is still at war with the EMC", "fighting the SDF around
    Manbij": both sides are there. A place inside either party's own phrase is
    left to the other readers.
    """
    doc = actors.doc
    out: list[Draft] = []
    kinds = lexicon.presence_object_kinds
    for draft in drafts:
        if draft.type != "relation" or draft.object is None:
            continue
        anchor = doc[draft.anchor]
        if draft.predicate != "hostile" and not _fighting_beside(anchor, draft, lexicon):
            continue
        holders = [anchor]
        for ancestor in anchor.ancestors:  # up to the verb of the fight's clause
            holders.append(ancestor)
            if ancestor.pos_ in ("VERB", "AUX"):
                break
        # The parser hangs the fight's place on the enemy: on a state's common noun
        # ("at war with the government in Cauca": a government is not in a place) or
        # on the enemy named as its object ("is fighting the RSF in North Kordofan").
        enemies = _fought_enemies(anchor)
        holders += [
            o for o in enemies if o.dep_ == "pobj" and o.lemma_.lower() in lexicon.state_owned_nouns
        ]
        holders += [o for o in enemies if _names(o, draft.object, actors)]
        places = [
            span
            for holder in holders
            for prep in holder.children
            if prep.dep_ == "prep" and prep.lower_ in BATTLE_PREPS
            for span in actors_below(prep, actors)
            if span.actor.kind in kinds
        ]
        places += [s for h in holders for s in _fought_over(h, actors) if s.actor.kind in kinds]
        sides = (draft.subject, draft.object) if draft.predicate == "hostile" else (draft.subject,)
        parties = [a for a in sides if a.kind in lexicon.presence_subject_kinds]
        if draft.predicate == "ally" and draft.subject.kind == "state":
            parties.append(draft.subject)  # its troops fight there; at home it is filtered out
        out += place_drafts(anchor, parties, places, actors, lexicon)
    return out


def _fought_enemies(anchor: Token) -> list[Token]:
    """The nouns a fight verb takes as its enemy: "fighting the RSF", "at war with X"."""
    objects = [c for c in anchor.children if c.dep_ == "dobj"]
    preps = [
        p
        for t in (anchor, *anchor.children)
        for p in t.children
        if p.dep_ == "prep" and p.lower_ in ("with", "against")
    ]
    return objects + [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _names(token: Token, actor: Actor | None, actors: DocActors) -> bool:
    """Whether ``token`` is a mention of ``actor``."""
    span = actors.at(token.i)
    return actor is not None and span is not None and span.actor.id == actor.id


def _fought_over(holder: Token, actors: DocActors) -> list[ActorSpan]:
    """ "fought Los Rastrojos for control of the crossings around Cúcuta": the ground a
    fight is over, so both sides are there; only names inside that noun phrase."""
    found = []
    for prep in holder.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        for control in (g for g in prep.children if g.lemma_.lower() == "control"):
            found += actors_below(control, actors)
    return found


def _fighting_beside(anchor: Token, draft: Draft, lexicon: Lexicon) -> bool:
    """ "Rwandan troops were fighting alongside the M23 in North Kivu": a tie made by
    fighting, whose subject's troops are where the fight is."""
    if draft.predicate != "ally" or anchor.lemma_.lower() != "fight":
        return False
    subject, _passive = find_subject(anchor)
    return subject is not None and (
        draft.subject.kind != "state" or (subject.lemma_.lower(),) in lexicon.units
    )
