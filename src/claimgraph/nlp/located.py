"""Presence stated by location alone: a group, or something of a group's, *in* a place.

Analysts read presence into phrases with no presence verb at all: "al
Qaeda's core membership in Afghanistan", "TTP, the largest foreign group in
Afghanistan", "between 4,000 and 6,500 fighters inside Afghanistan", "its
bases in Afghanistan", "ISIS-K, the Islamic State's Afghan franchise". This
reader starts from each place and walks up the parse: through a place noun
a demonym modifies ("Afghan soil"), a locative preposition, to the phrase
the place is attached to, and from there to the group that phrase belongs to.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimgraph.model import Actor
from claimgraph.nlp.actors import ActorSpan, DocActors
from claimgraph.nlp.drafts import Draft, actors_below, distinct
from claimgraph.nlp.lexicon import Lexicon
from claimgraph.nlp.presence import (
    counts_forces,
    forecast,
    owns_named_place,
    place_drafts,
    sheltered,
    shelters_another,
)
from claimgraph.nlp.segments import Segment
from claimgraph.nlp.strength import holders
from claimgraph.nlp.syntax import find_subject, in_event

OWNER_DEPS = frozenset({"poss", "compound"})


def _described(noun: Token, actors: DocActors) -> ActorSpan | None:
    """The actor a descriptive noun stands for ("TTP, the largest group")."""
    own = actors.at(noun.i)
    if own is not None:
        return own
    if noun.dep_ == "appos":
        return actors.at(noun.head.i)
    for child in noun.children:
        if child.dep_ == "appos" and actors.at(child.i) is not None:
            return actors.at(child.i)
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        # "Turkey regards the YPG as the PKK's Syrian branch": the object regarded.
        objects = [c for c in noun.head.head.children if c.dep_ == "dobj"]
        return actors.at(objects[0].i) if objects else None
    return None


def _branch_of(name: Token, lexicon: Lexicon) -> bool:
    """Whether a name is the group a branch noun is "of" ("the affiliate of al-Qaeda")."""
    prep = name.head
    return (
        name.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in lexicon.branch_nouns
    )


def _named(token: Token, actors: DocActors) -> bool:
    """Whether ``token`` ends a name, not a common noun that stands for an actor."""
    own = actors.at(token.i)
    return own is not None and own.how != "coref"


def _named_before(token: Token, actors: DocActors) -> list[Actor]:
    """The last actor named before ``token`` in its sentence."""
    before = actors.among(range(token.sent.start, token.i))
    return [before[-1].actor] if before else []


def _clausal_subject(verb: Token, actors: DocActors, lexicon: Lexicon) -> list[Actor]:
    """Groups named in a clause that is the subject: "what remains of it is based in X"."""
    kinds = lexicon.presence_subject_kinds
    clauses = [c for c in verb.children if c.dep_ in ("csubj", "csubjpass")]
    found = distinct([s for c in clauses for s in actors.among(t.i for t in c.subtree)])
    return [a for a in found if a.kind in kinds][:1]


def _object_owners(verb: Token, actors: DocActors, lexicon: Lexicon) -> list[Actor]:
    """Groups owning what a verb places: "Qatar hosts the group's office in Doha"."""
    kinds = lexicon.presence_subject_kinds
    objects = [
        c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.located_nouns
    ]
    owners = [
        s
        for o in objects
        for c in o.children
        if c.dep_ in OWNER_DEPS
        for s in actors_below(c, actors)
    ]
    return [a for a in distinct(owners) if a.kind in kinds]


def _groups_of(head: Token, actors: DocActors, lexicon: Lexicon) -> list[Actor]:
    """The group a phrase set in a place belongs to."""
    kinds = lexicon.presence_subject_kinds
    own = actors.at(head.i)
    if own is not None and _branch_of(head, lexicon):
        # "the affiliate of al-Qaeda in Somalia": the affiliate is there.
        return _groups_of(head.head.head, actors, lexicon)
    if _named(head, actors):
        # "the Houthis in Yemen" or "Islamic State in Iraq and the Levant"
        # is a name or a description, not a statement of presence.
        return []
    if in_event(head, lexicon):
        return []
    described = _described(head, actors)
    if described is None and head.dep_ == "attr":
        # "JNIM is the dominant armed actor in Burkina Faso": the copula's subject.
        subjects = [c for c in head.head.children if c.dep_ == "nsubj"]
        described = actors.at(subjects[0].i) if subjects else None
    if described is not None:
        return [described.actor] if described.actor.kind in kinds else []
    lemma = head.lemma_.lower()
    if (head.pos_ == "PRON" or lemma in lexicon.quantifiers) and head.head.i != head.i:
        # "400 fighters, most of them in Ghazni": the phrase they belong to.
        found = _groups_of(head.head, actors, lexicon) if head.dep_ != "ROOT" else []
        counted = _counted_before(head, lexicon) if lemma in lexicon.quantifiers else None
        if not found and counted is not None:
            # The parse hung "most of them" on the verb: the fighters counted before it.
            found = _groups_of(counted, actors, lexicon)
        return found
    if head.dep_ == "acl" and head.pos_ == "VERB" and lemma in lexicon.located_verbs:
        # "fighters concentrated in Kunar": the noun the participle describes.
        return _groups_of(head.head, actors, lexicon)
    if head.pos_ in ("NOUN", "PROPN") and lemma in lexicon.state_force_nouns:
        # A state's or a mission's troops or base: it is there (the caller keeps a
        # state and its army only abroad).
        kinds = kinds | {"state", "organization"}
        owner_deps = OWNER_DEPS | {"amod"}  # "American troops"
    else:
        owner_deps = OWNER_DEPS
    if head.pos_ in ("NOUN", "PROPN") and (
        lemma in lexicon.located_nouns or lemma in lexicon.state_force_nouns
    ):
        if head.tag_ == "NN" and lemma in lexicon.role_words:
            return []  # "its leader, living in Iran": one person, not the group
        owners = [s for c in head.children if c.dep_ in owner_deps for s in actors_below(c, actors)]
        found = [a for a in distinct(owners) if a.kind in kinds]
        if "state" in kinds and not found:
            # "The United States has 2,500 troops in Iraq": the clause's subject
            # keeps them, never the place their phrase names.
            subject, _passive = find_subject(head)
            spans = actors_below(subject, actors) if subject is not None else []
            found = [a for a in distinct(spans) if a.kind in kinds]
        found = found or [a for a in holders(head, head, actors, lexicon) if a.kind in kinds]
        if not found and any(c.dep_ == "nummod" for c in head.children):
            # A count the parse left without a clause ("X likely fields 900
            # fighters inside Y"): the group named last before it, as for strength.
            found = [a for a in _named_before(head, actors) if a.kind in kinds]
        return found
    if head.pos_ in ("VERB", "AUX") and lemma in lexicon.located_verbs:
        subject, _passive = find_subject(head)
        if (
            subject is not None
            and subject.lemma_.lower() in lexicon.state_force_nouns
            and not _named(subject, actors)
        ):
            # "2,500 American troops remain in Iraq"; but "the Rwanda Defence Force has
            # troops in South Kivu" names its holder, whose last word only looks like one
            return _groups_of(subject, actors, lexicon)
        counted = _part_counted(head, subject, lexicon)
        if counted is not None:
            # "300 fighters, of whom perhaps 100 remain inside Bangladesh", "40 cadres,
            # most of them hiding in the forests of Kishtwar": the counted force's
            return _groups_of(counted, actors, lexicon)
        if subject is not None and subject.tag_ == "NN" and subject.lemma_ in lexicon.role_words:
            return []  # "a member of the group who is living in Iran"
        if shelters_another(head, lexicon):
            return sheltered(head, actors, lexicon)  # "shelter TTP fighters in Kunar"
        if any(c.dep_ == "dobj" and counts_forces(c, lexicon) for c in head.children):
            # "Uganda now has 3,000 troops in Congo" (kept only abroad), "the mission
            # has about 1,000 personnel in Haiti"
            kinds = kinds | {"state", "organization"}
        found = holders(head, None, actors, lexicon, frozenset(kinds))
        return (
            found
            or _clausal_subject(head, actors, lexicon)
            or _object_owners(head, actors, lexicon)
        )
    return []


def _part_counted(verb: Token, subject: Token | None, lexicon: Lexicon) -> Token | None:
    """The counted noun a part of it is placed by: the noun a relative clause on "of
    whom" describes, or the count before "most of them" as the verb's subject."""
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return None  # "many of them recruited from Arab tribes across Darfur": whence
    counted = verb.head
    partitive = any(t.lower_ == "whom" and t.head.lower_ == "of" for t in verb.subtree)
    if verb.dep_ == "relcl" and partitive and counted.lemma_.lower() in lexicon.located_nouns:
        return counted
    if subject is None or subject.lemma_.lower() not in lexicon.quantifiers:
        return None
    return (
        _counted_before(subject, lexicon)
        if any(c.lower_ == "of" for c in subject.children)
        else None
    )


def _counted_before(quantifier: Token, lexicon: Lexicon) -> Token | None:
    """The last noun of a located kind before "most of them" in its sentence."""
    for token in reversed(quantifier.doc[quantifier.sent.start : quantifier.i]):
        if token.pos_ == "NOUN" and token.lemma_.lower() in lexicon.located_nouns:
            return token
    return None


def _attachment(place: Token, lexicon: Lexicon) -> Token | None:
    """The phrase a place is attached to through a locative preposition."""
    token = place
    while token.dep_ == "conj":
        token = token.head  # "Ghazni, Helmand and Zabul provinces"
    if (
        token.dep_ in ("amod", "compound", "poss", "nmod")
        and token.head.lemma_.lower() in lexicon.place_nouns
    ):
        token = token.head
    elif token.dep_ in ("amod", "compound") and token.head.lemma_.lower() in lexicon.branch_nouns:
        return token.head  # "its Afghan franchise", "the Sahel branch of al-Qaeda"
    for _ in range(4):
        while token.dep_ == "conj" or (token.dep_ == "appos" and token.head.dep_ == "pobj"):
            token = token.head  # "in Northern Samar, the island of Negros and ..."
        if token.dep_ != "pobj":
            return None
        prep = _joined_prep(token.head, lexicon)
        if prep is None or prep.dep_ != "prep":
            return None
        if (
            prep.lower_ in lexicon.relative_place_preps
            and prep.head.lemma_.lower() in lexicon.place_nouns
        ):
            # "fighters in the highlands above Fizi": the highlands are placed by Fizi.
            token = prep.head
            continue
        if prep.lower_ in lexicon.locative_preps:
            return prep.head
        part = prep.head.lemma_.lower()
        if prep.lower_ != "of" or (
            part not in lexicon.place_nouns and part not in lexicon.quantifiers
        ):
            return None
        # "remote areas of Kunar", "much of Mali": climb to the noun and go on.
        token = prep.head
    return None


def _joined_prep(prep: Token, lexicon: Lexicon) -> Token | None:
    """The preposition a place's own one is joined to: "most of them around Zalambessa
    and in Irob" places Irob where Zalambessa is, when both prepositions are locative."""
    if prep.dep_ != "conj" or prep.pos_ != "ADP":
        return prep
    first = prep
    while first.dep_ == "conj":
        first = first.head
        if first.dep_ == "pobj":  # "in North Down and around Newtownards"
            first = first.head
    if first.pos_ != "ADP" or not {prep.lower_, first.lower_} <= lexicon.locative_preps:
        return None
    return first


def read_located(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """Presence drafts for places a group, or its members, are said to be in."""
    out: list[Draft] = []
    for span in actors.among(range(seg.start, seg.end)):
        if span.actor.kind not in lexicon.presence_object_kinds:
            continue
        root = span.root(seg.span.doc)
        if owns_named_place(root, actors):
            continue  # "Puntland's Bari region": the place named is Bari
        head = _attachment(root, lexicon)
        if head is None or forecast(head, lexicon):
            continue  # "is likely to push into Dosso": not where the group is
        out += place_drafts(head, _groups_of(head, actors, lexicon), [span], actors, lexicon)
    return out
