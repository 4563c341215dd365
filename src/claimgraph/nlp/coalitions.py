"""Groups that belong to a coalition of groups, read from the shape of the sentence.

"The Three Brotherhood Alliance, made up of the Arakan Army, the MNDAA and the
TNLA", "Harakat al-Nujaba, another member of the Islamic Resistance in Iraq",
"X is composed of A and B": membership between two armed groups. Role nouns
("commander", "figure") give membership only to people (see ``member_of`` in
the trigger lexicon); here both sides must be groups.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimgraph.model import Actor
from claimgraph.nlp.actors import DocActors
from claimgraph.nlp.drafts import Draft, distinct
from claimgraph.nlp.lexicon import Lexicon
from claimgraph.nlp.relations import last_two, the_two
from claimgraph.nlp.segments import Segment
from claimgraph.nlp.syntax import find_subject, prep_objects

GROUP = "armed_group"


def _groups(tokens: list[Token], actors: DocActors) -> list[Actor]:
    """The armed groups ``tokens`` and their conjuncts name themselves.

    "made up of former FARC fighters" names fighters, not the FARC.
    """
    named = [actors.at(c.i) for t in _listed(tokens, actors) for c in (t, *t.conjuncts)]
    return [a for a in distinct([s for s in named if s is not None]) if a.kind == GROUP]


def _listed(tokens: list[Token], actors: DocActors) -> list[Token]:
    """``tokens`` and the names the parse hung on them as appositions in a list.

    "A (MNDAA), B (TNLA) and C" is often parsed with B as an apposition of A
    and C a conjunct of B; an apposition naming another actor is a list item.
    """
    out = list(tokens)
    for token in tokens:
        own = actors.at(token.i)
        for child in token.children:
            named = actors.at(child.i) if child.dep_ == "appos" else None
            if named is not None and own is not None and named.actor.id != own.actor.id:
                out.append(child)
    return out


def _whole(verb: Token, actors: DocActors) -> Actor | None:
    """The coalition a listing verb describes: the noun it modifies, else its subject."""
    if verb.dep_ in ("acl", "relcl"):
        named = actors.at(verb.head.i)
    else:
        subject, _passive = find_subject(verb)
        named = actors.at(subject.i) if subject is not None else None
    return named.actor if named is not None and named.actor.kind == GROUP else None


def _listed_members(verb: Token, actors: DocActors, lexicon: Lexicon) -> list[tuple[Actor, Actor]]:
    """(member, coalition) of "X, made up of A, B and C" and "X is composed of A and B"."""
    if verb.lemma_.lower() not in lexicon.listing_verbs:
        return []
    whole = _whole(verb, actors)
    if whole is None:
        return []
    members = _groups(prep_objects(verb, ("of",)), actors)
    return [(m, whole) for m in members if m.id != whole.id]


def _including_members(
    verb: Token, actors: DocActors, lexicon: Lexicon
) -> list[tuple[Actor, Actor]]:
    """(member, coalition) of "X, a coalition that includes A and B"."""
    if verb.lemma_.lower() not in lexicon.including_verbs or verb.dep_ != "relcl":
        return []
    noun = verb.head
    whole = actors.at(noun.i) or (actors.at(noun.head.i) if noun.dep_ == "appos" else None)
    if whole is None or whole.actor.kind != GROUP:
        return []
    if noun.lemma_.lower() not in lexicon.coalition_words and not _coalition(
        whole.actor, actors, lexicon
    ):
        return []
    named = [c for c in verb.children if c.dep_ == "dobj"]
    named += prep_objects(verb, ("with",))  # "the alliance, which joins the AA with the TNLA"
    members = _groups(named, actors)
    return [(m, whole.actor) for m in members if m.id != whole.actor.id]


def _coalition_of_groups(
    noun: Token, actors: DocActors, lexicon: Lexicon
) -> list[tuple[Actor, Actor]]:
    """(member, coalition) of "X is a coalition of local groups, among them A and B" and
    "..., including A and B": the groups named under the coalition noun are its members."""
    if noun.lemma_.lower() not in lexicon.coalition_words or noun.dep_ not in ("attr", "appos"):
        return []
    if noun.dep_ == "attr":
        subject, passive = find_subject(noun.head)
        whole = actors.at(subject.i) if subject is not None and not passive else None
    else:
        whole = actors.at(noun.head.i)
    if whole is None or whole.actor.kind != GROUP:
        return []
    named = [
        t
        for t in noun.subtree
        if t.dep_ == "pobj" and t.head.lower_ in ("including", "among") and t.lower_ != "them"
    ]
    named += [t for t in noun.subtree if t.dep_ == "appos" and t.head.lower_ == "them"]
    members = _groups(named, actors)
    return [(m, whole.actor) for m in members if m.id != whole.actor.id]


def _members_included(
    verb: Token, actors: DocActors, lexicon: Lexicon
) -> list[tuple[Actor, Actor]]:
    """(member, coalition) of "(Other) members of the coalition include A and B"."""
    if verb.lemma_.lower() not in lexicon.including_verbs or verb.dep_ == "relcl":
        return []
    subject, passive = find_subject(verb)
    if subject is None or passive or subject.lemma_.lower() != "member":
        return []
    wholes = _groups(prep_objects(subject, ("of",)), actors)
    members = _groups([c for c in verb.children if c.dep_ == "dobj"], actors)
    return [(m, w) for m in members for w in wholes if m.id != w.id]


def _founders(verb: Token, actors: DocActors, lexicon: Lexicon) -> list[tuple[Actor, Actor]]:
    """(member, coalition) of "The coalition was formed in 2023 by A and B"."""
    if verb.lemma_.lower() not in lexicon.listing_verbs:
        return []
    subject, passive = find_subject(verb)
    whole = actors.at(subject.i) if subject is not None and passive else None
    if whole is None or not _coalition(whole.actor, actors, lexicon):
        return []
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return [(m, whole.actor) for m in _groups(agents, actors) if m.id != whole.actor.id]


def _member_noun(noun: Token, actors: DocActors) -> list[tuple[Actor, Actor]]:
    """(member, coalition) of "X, (another) member of Y"."""
    if noun.lemma_.lower() != "member" or noun.dep_ != "appos":
        return []
    member = actors.at(noun.head.i)
    wholes = _groups(prep_objects(noun, ("of",)), actors)
    if member is None or member.actor.kind != GROUP:
        return []
    return [(member.actor, w) for w in wholes if w.id != member.actor.id]


def _among_members(token: Token, actors: DocActors) -> list[tuple[Actor, Actor]]:
    """(member, coalition) of "A and B are among its member groups", "X is among the
    members of Y"."""
    if token.lower_ != "among" or token.dep_ != "prep" or token.head.lemma_ != "be":
        return []
    nouns = [c for c in token.children if c.dep_ == "pobj"]
    members_noun = [
        n
        for n in nouns
        if n.lemma_.lower() == "member"
        or any(c.dep_ == "compound" and c.lemma_.lower() == "member" for c in n.children)
    ]
    owners = [c for n in members_noun for c in n.children if c.dep_ == "poss"]
    wholes = _groups(owners + [o for n in members_noun for o in prep_objects(n, ("of",))], actors)
    subject, passive = find_subject(token.head)
    members = _groups([subject], actors) if subject is not None and not passive else []
    if {w.id for w in wholes} & {m.id for m in members}:
        return []  # "its" read as one of the members themselves: the owner is unknown
    return [(m, w) for m in members for w in wholes]


def _coalition(group: Actor, actors: DocActors, lexicon: Lexicon) -> bool:
    """Whether a group is a coalition: its name says so, or a phrase set beside it does.

    "The Alliance Fleuve Congo", "the Popular Mobilization Forces, the
    umbrella of mostly Shia militias", "Viv Ansanm, a coalition of gangs".
    """
    if any(set(name.lower().split()) & lexicon.coalition_words for name in _names(group)):
        return True
    doc = actors.doc
    for span in actors.spans:
        if span.actor.id != group.id:
            continue
        head = span.root(doc)
        if any(
            c.dep_ == "appos" and c.lemma_.lower() in lexicon.coalition_words for c in head.children
        ):
            return True
    return False


def _names(group: Actor) -> tuple[str, ...]:
    """A group's name and aliases: "SDF" is the Syrian Democratic Forces."""
    return (group.name, *group.aliases)


def _belonging(token: Token, actors: DocActors, lexicon: Lexicon) -> list[tuple[Actor, Actor]]:
    """(member, coalition) of "X belongs to Y", "X is part of Y", "X ... as part of Y"."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in lexicon.belonging_verbs:
        verb, wholes = token, _groups(prep_objects(token, ("to",)), actors)
    elif token.pos_ == "NOUN" and lemma in lexicon.part_nouns:
        verb = token.head.head if token.dep_ == "pobj" else token.head
        wholes = _groups(prep_objects(token, ("of",)), actors)
    else:
        return []
    wholes = [w for w in wholes if _coalition(w, actors, lexicon)]
    subject, passive = find_subject(verb) if wholes else (None, False)
    if subject is None or passive:
        return []
    described = [subject.head] if subject.dep_ == "appos" else []  # "Gran Grif, a gang that"
    if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        described = [verb.head]  # "the Manbij Military Council, which belongs to the SDF"
    owners = [c for c in subject.children if c.dep_ == "poss"]  # "Kataib Hezbollah's brigades"
    members = _groups([subject], actors) or _groups(described, actors) or _groups(owners, actors)
    return [(m, w) for m in members for w in wholes if m.id != w.id]


def _under_banner(token: Token, actors: DocActors, lexicon: Lexicon) -> list[tuple[Actor, Actor]]:
    """(member, coalition) of "X has fought under the Wazalendo banner", "commanders of X
    came under the umbrella of Y": a group under a coalition's flag is one of its members."""
    if token.lower_ != "under" or token.dep_ != "prep":
        return []
    flags = [
        n for n in prep_objects(token.head, ("under",)) if n.lemma_.lower() in lexicon.banner_nouns
    ]
    named = [c for n in flags for c in n.children if c.dep_ == "compound"]
    named += [o for n in flags for o in prep_objects(n, ("of",))]  # "the umbrella of the SNA"
    wholes = [w for w in _groups(named, actors) if _coalition(w, actors, lexicon)]
    subject, passive = find_subject(token.head) if wholes else (None, False)
    if subject is None or passive:
        return []
    owners = [c for c in subject.children if c.dep_ in ("poss", "compound")]  # "X commanders"
    members = _groups([subject], actors) or _groups(owners, actors)
    return [(m, w) for m in members for w in wholes if m.id != w.id]


def _taken_into(verb: Token, actors: DocActors, lexicon: Lexicon) -> list[tuple[Actor, Actor]]:
    """(member, body) of "X was folded into Y", "X's fighters are being integrated into
    a division of Y": a group taken into an army or a larger group."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.integrating_verbs:
        return []
    targets = prep_objects(verb, ("into",))
    # "a newly created division of the Syrian army": the body the unit belongs to.
    targets += [o for t in targets for o in prep_objects(t, ("of",))]
    spans = [s for t in targets if (s := actors.at(t.i)) is not None]
    bodies = [a for a in distinct(spans) if a.kind in (GROUP, "organization")]
    subject, passive = find_subject(verb)
    if not bodies or subject is None or not passive:
        return []
    owners = [c for c in subject.children if c.dep_ == "poss"]  # "the TIP's fighters"
    members = _groups([subject], actors) or _groups(owners, actors)
    if not members and the_two(subject):  # "Both battalions have been folded into ..."
        members = [s.actor for s in last_two(subject, actors, lexicon) if s.actor.kind == GROUP]
    return [(m, b) for m in members for b in bodies[:1] if m.id != b.id]


def read_memberships(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """``member_of`` drafts between armed groups for one sentence."""
    out: list[Draft] = []
    for token in seg.span:
        pairs = _listed_members(token, actors, lexicon) if token.pos_ == "VERB" else []
        pairs += _including_members(token, actors, lexicon) if token.pos_ == "VERB" else []
        pairs += _members_included(token, actors, lexicon) if token.pos_ == "VERB" else []
        pairs += _founders(token, actors, lexicon) if token.pos_ == "VERB" else []
        pairs += _member_noun(token, actors) if token.pos_ == "NOUN" else []
        pairs += _coalition_of_groups(token, actors, lexicon) if token.pos_ == "NOUN" else []
        pairs += _among_members(token, actors)
        pairs += _belonging(token, actors, lexicon) + _taken_into(token, actors, lexicon)
        pairs += _under_banner(token, actors, lexicon)
        out += [Draft("relation", "member_of", m, token.i, w) for m, w in pairs]
    return out
