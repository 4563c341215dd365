"""Relations between actors: who allies with, funds, protects or leads whom.

For each relation trigger the subject comes from the trigger's clause (or the
name an apposition or compound describes: "Mullah Omar, the Taliban leader"),
the object from the phrase the trigger heads, or failing that from the other
dependents of its verb ("provides support to X"). A passive clause or an
inverse phrase ("receives funding from") swaps the two.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Doc, Token

from claimgraph.model import Actor
from claimgraph.nlp.actors import LEADERS_MEN, ActorSpan, DocActors, named_leader
from claimgraph.nlp.drafts import Draft, actors_below, distinct, distinct_actors
from claimgraph.nlp.lexicon import Lexicon, RelationSpec
from claimgraph.nlp.segments import Segment
from claimgraph.nlp.syntax import (
    BY_PHRASE,
    DETACHED,
    RELATIVE_TAGS,
    completes,
    find_subject,
    first_conjunct,
    indices,
    prep_objects,
    received_read_as_verb,
    subtree,
    surrendered,
    verb_above,
    verbless_clause,
    with_a,
    with_the,
)
from claimgraph.nlp.triggers import TriggerMatch

OBJECT_DEPS = frozenset(
    {"prep", "dative", BY_PHRASE, "dobj", "attr", "oprd", "npadvmod", "acomp", "xcomp"}
)
OWNED_ACT_DEPS = frozenset({"prep", BY_PHRASE, "npadvmod"})
ROLE_PREDICATES = ("leads", "member_of")
# Nouns of these predicates describe the actor they are set beside
# ("ISIS-K, the Islamic State's branch"), never the clause subject.
DESCRIPTIVE_PREDICATES = ("leads", "member_of", "affiliate", "splinter_of")
# Ties whose stop the corpus annotates as denied ("had stopped funding the group").
SUPPORT_PREDICATES = ("funds", "protects", "ally")
# Where a word tagged as an adjective is doing a noun's work.
NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr"})
BY_SKIP = DETACHED - {"appos"}
SUBJECT_MODIFIERS = frozenset({"amod", "acl", "relcl"})
# "Its leader, X, pledged allegiance to Y": the owner and the name set beside
# the subject are not objects of its verb.
SUBJECT_PARTS = frozenset({"poss", "appos", "compound"})
# A trigger ending in one of these ("close to", "loyal to") takes its object
# from that preposition's own phrase, not from names deeper in it.
PREPOSITION_ENDINGS = frozenset({"to", "with", "of", "for", "from", "on", "against"})
CONDITIONS = frozenset({"if", "unless", "provided", "providing", "whether"})
# Words that make two subjects fight as one: "fought the ADF together".
TOGETHER = frozenset({"together", "jointly"})
# Words by which conjoined subjects act on the same side: "carried out joint raids",
# "fought alongside", so the fighting is not between them.
SIDE_BY_SIDE_WORDS = TOGETHER | {"alongside", "beside", "joint"}


def _behalves(anchor: Token) -> list[Token]:
    """The "behalf" of a trigger's clause: "swore allegiance on the group's behalf", "on
    behalf of JNIM"."""
    heads = {anchor, anchor.head, *(c for c in anchor.children if c.dep_ == "dobj")}
    return [
        behalf
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for behalf in prep.children
        if behalf.lower_ == "behalf"
    ]


def _acting_for(behalves: list[Token], actors: DocActors) -> list[ActorSpan]:
    """The party a person acts for ("on the group's behalf"): the relation ties the
    group, not the person."""
    for behalf in behalves:
        owners = [c for c in behalf.children if c.dep_ == "poss"]
        owners += [g for c in behalf.children if c.lower_ == "of" for g in c.children]
        found = [s for o in owners if (s := actors.at(o.i)) is not None]
        if found:
            return found[:1]
    return []


def _named_after(word: Token, actors: DocActors) -> ActorSpan | None:
    """The person a role is named by: "Abdi and the defence minister, Murhaf Abu Qasra,
    agreed a ceasefire" has the minister agree."""
    named = [actors.at(c.i) for c in word.children if c.dep_ == "appos"]
    people = [s for s in named if s is not None and s.actor.kind == "person"]
    return people[0] if people else None


def subject_spans(
    subject: Token, anchor: Token, actors: DocActors, lexicon: Lexicon
) -> list[ActorSpan]:
    """The actors a subject phrase names (with its conjuncts)."""
    if the_two(subject):
        return last_two(subject, actors, lexicon)
    pair = next((c for c in subject.children if c.dep_ == "poss" and the_two(c)), None)
    if pair is not None and actors.at(subject.i) is None:
        return last_two(pair, actors, lexicon)  # "the two groups' leaders agreed ..."
    own = actors.at(subject.i)
    speaker = _speaking_pair(subject, lexicon) if own is None else None
    if speaker is not None:
        # "Both governments said they remain committed": "they" are the two.
        return last_two(speaker, actors, lexicon)
    speakers = _speaking_parties(subject, actors, lexicon) if own is None else []
    if speakers:
        return speakers  # "Cuba, Norway and Venezuela said they remained committed"
    if own is not None and own.actor.origin == "learned" and own.actor.kind == "organization":
        # "Pakistan's Foreign Office": a state's office speaks for the state.
        for child in subject.children:
            owner = actors.at(child.i)
            if child.dep_ == "poss" and owner is not None and owner.actor.kind == "state":
                own = owner
    if own is not None:
        spans = [own]
        if any(
            c.dep_ == "relcl"
            and c.left_edge.i <= anchor.i <= c.right_edge.i
            and not _each_other(c)  # "the PCC and the CV, which had been at war with each other"
            for c in subject.children
        ):
            return spans  # "the TTP and al-Qaeda, which trains ...": only al-Qaeda
        for conj in [*subject.conjuncts, *_listed_as_apposition(subject, own, actors)]:
            other = actors.at(conj.i) or _named_after(conj, actors)
            if other is not None:
                spans.append(other)
        return spans
    for child in subject.children:
        named = actors.at(child.i)
        if child.dep_ == "appos" and named is not None:
            return [named]
    described = actors.at(subject.head.i) or next(
        (
            span
            for c in subject.head.children
            if c.dep_ == "compound" and (span := actors.at(c.i)) is not None
        ),
        None,
    )
    if subject.dep_ == "appos" and described is not None:
        # "X, the interior minister, who heads Y": X; "the Radaa Deterrence Force,
        # the force that holds ...": the name its compound gives.
        return [described]
    members = _described_members(subject, actors)
    if members is not None:
        return [members]
    said_of = _complement_of(subject, anchor, actors, lexicon)
    if said_of:
        return said_of
    # A trigger inside the subject's own phrase ("the group's ally X") keeps its own
    # words out; an apposition the parser hangs past the verb does not count.
    inside = subject.is_ancestor(anchor)
    below_anchor = set(indices(anchor, frozenset())) if inside else set()
    found = actors_below(subject, actors, exclude=below_anchor)
    # "ISIS cells in Syria attacked the SDF": the place the subject is set in does
    # not act with it (unless it is all the phrase names: "the government in Kabul").
    placed = {
        t.i
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ in lexicon.locative_preps
        for t in prep.subtree
    }
    found = [s for s in found if s.start not in placed] or found
    if subject.lemma_.lower() in lexicon.oath_nouns:
        # "the Taliban's pledge to Washington not to host al-Qaeda": not Washington's act
        pledged_to = {t.i for c in subject.children if c.lower_ == "to" for t in c.subtree}
        found = [s for s in found if s.start not in pledged_to]
    if _unnamed_groups(subject, lexicon) and all(s.actor.kind in ("state", "place") for s in found):
        return []  # "Iraq's Iran-aligned armed factions": groups nobody names, not the states
    if rival_part(subject):
        return []  # "the movement's rival wing, led by Malik Agar": not the movement
    return found


def _complement_of(
    noun: Token, anchor: Token, actors: DocActors, lexicon: Lexicon
) -> list[ActorSpan]:
    """ "Kata'ib Hezbollah is a militia aligned with Iran": the noun a copula
    says the subject is describes the subject, whose actors act in its participle."""
    if noun.dep_ != "attr" or anchor.dep_ != "acl" or anchor.head.i != noun.i:
        return []
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subject is None or actors.at(subject.i) is None:
        return []
    return subject_spans(subject, anchor, actors, lexicon)


def _voiced_party(subject: Token, actors: DocActors, lexicon: Lexicon) -> ActorSpan | None:
    """ "An FLA spokesman, X, denied any link with JNIM": a spokesman named for a
    party speaks for it, so the ties he states or denies are the party's."""
    if subject.lemma_.lower() not in lexicon.speaker_nouns:
        return None
    owners = [
        span
        for c in subject.children
        if c.dep_ in ("compound", "poss", "nmod") and (span := actors.at(c.i)) is not None
    ]
    parties = [s for s in owners if s.actor.kind in ("armed_group", "organization", "state")]
    return parties[0] if len(parties) == 1 else None


def rival_part(noun: Token) -> bool:
    """A part of a group that stands against it: "its rival wing", "a breakaway faction"."""
    return noun.lemma_.lower() in RIVAL_PARTS and any(
        c.dep_ == "amod" and c.lower_ in RIVAL_WORDS for c in noun.children
    )


RIVAL_PARTS = frozenset({"wing", "faction", "branch", "splinter"})
RIVAL_WORDS = frozenset({"rival", "breakaway", "dissident", "splinter", "renegade"})


def _unnamed_groups(noun: Token, lexicon: Lexicon) -> bool:
    """A plural word for armed groups: "factions", "militias", "gangs"."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in lexicon.group_nouns


def _described_members(noun: Token, actors: DocActors) -> ActorSpan | None:
    """ "the SNA, a coalition of factions armed by Turkey": the factions are the SNA's.

    A plural after "of" in a phrase set beside a name describes what that
    name is made of; what is said of them is said of it.
    """
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.dep_ != "appos":
        return None
    if noun.tag_ not in ("NNS", "NNPS") or actors.at(noun.i) is not None:
        return None
    return actors.at(of.head.head.i)


def _they_speaker(subject: Token, lexicon: Lexicon) -> Token | None:
    """The subject of the reporting verb whose clause "they" opens: "X said they ..."."""
    if subject.lower_ != "they" or subject.pos_ != "PRON":
        return None
    clause = subject.head
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in lexicon.reporting_verbs:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _speaking_pair(subject: Token, lexicon: Lexicon) -> Token | None:
    """The "both sides" subject of the reporting verb whose clause "they" opens."""
    speaker = _they_speaker(subject, lexicon)
    return speaker if speaker is not None and the_two(speaker) else None


def _speaking_parties(subject: Token, actors: DocActors, lexicon: Lexicon) -> list[ActorSpan]:
    """The named speakers a "they" opening their own reported clause stands for,
    when two or more are named together: "Chad and Niger said they would ..."."""
    speaker = _they_speaker(subject, lexicon)
    if speaker is None:
        return []
    named = [actors.at(t.i) for t in (speaker, *speaker.conjuncts)]
    spans = [n for n in named if n is not None and n.actor.kind not in ("person", "place")]
    return spans if len(spans) > 1 and len(spans) == len(named) else []


def acting_region(actor: Actor, lexicon: Lexicon) -> Actor:
    """A region that acts as a state does, read as one: "Puntland's forces have been
    fighting Islamic State Somalia", "Jubaland accused Mogadishu of ...". Somalia's
    federal member states and Ethiopia's regional states have their own forces and
    governments; elsewhere a region's name stays a place."""
    if actor.kind == "place" and actor.id in lexicon.acting_regions:
        return replace(actor, kind="state")
    return actor


def governed_region(subject: Token, actors: DocActors, lexicon: Lexicon) -> Actor | None:
    """The region whose government a subject names: "Kwara's government", "Kebbi's
    governor, Nasir Idris", "the Niger State government".

    A federated state or province acts through its government as a state
    does; the region's own name stays a place everywhere else.
    """
    if subject.lemma_.lower() not in lexicon.governing_nouns:
        return None
    for child in subject.children:
        span = actors.at(child.i) if child.dep_ in ("poss", "compound") else None
        if span is not None and span.actor.kind == "place":
            return span.actor
    return None


def the_two(subject: Token) -> bool:
    """ "The two (factions)", "both sides": a subject standing for the last two actors named."""
    if subject.lower_ == "two" and any(c.lower_ == "the" for c in subject.children):
        return True
    if subject.lower_ == "both" and subject.pos_ == "PRON":
        return True  # "X and Y, both still headquartered in Misrata"
    if subject.tag_ == "NNS" and any(c.lower_ == "both" for c in subject.children):
        return True
    if subject.lemma_.lower() in ("side", "party") and any(
        c.lower_ in ("each", "either") for c in subject.children
    ):
        return True  # "X and Y signed a declaration in which each side pledged to ..."
    return any(c.dep_ == "nummod" and c.lower_ == "two" for c in subject.children) and with_the(
        subject
    )


def _sentence_starts_before(token: Token, count: int) -> int:
    """The first token of the sentence ``count`` sentences before ``token``'s."""
    start = token.sent.start
    for _ in range(count):
        if start == 0:
            break
        start = token.doc[start - 1].sent.start
    return start


def last_two(
    subject: Token,
    actors: DocActors,
    lexicon: Lexicon,
    exclude: frozenset[str] = frozenset(),
    latest: bool = False,
) -> list[ActorSpan]:
    """The two parties (not people or places) a "the two" or "both" subject stands for.

    "Hamas and Israel fought for months. In January both sides agreed to a
    ceasefire": they may be named in the sentences before. The two named
    most often there win, the later of two equals first: "the two
    neighbours" after a story about Iran and Pakistan are those two, not
    Iraq and Syria named in passing. Two named in the subject's own sentence
    come first.
    """
    if subject.lemma_.lower() in lexicon.place_nouns - {"side"}:
        return []  # "the two towns went to war": places, not the last two parties named
    start = _sentence_starts_before(subject, 8)
    groups_only = subject.lemma_.lower() in lexicon.group_nouns  # "the two groups": not states
    states_only = subject.lemma_.lower() in lexicon.state_nouns  # "both Gulf states"
    speaker = _speaker_phrase(subject)  # "Oman's foreign minister said both sides ...": a mediator
    named: dict[str, list[ActorSpan]] = {}
    for span in actors.among(range(start, subject.left_edge.i)):
        # "The government opened talks with the EMC and both sides ...": a noun that
        # refers back names a party in the subject's own sentence; pronouns never do.
        nominal = actors.doc[span.start].pos_ == "NOUN" and span.start >= subject.sent.start
        if (span.how == "coref" and not nominal) or span.actor.kind in ("person", "place"):
            continue
        if span.start in speaker:
            continue
        if span.actor.id in exclude:
            continue
        if groups_only and span.actor.kind != "armed_group":
            continue
        if states_only and span.actor.kind != "state":
            continue
        named.setdefault(span.actor.id, []).append(span)
    if latest:  # "denies any link to either group": the two named last
        return sorted((spans[-1] for spans in named.values()), key=lambda s: s.start)[-2:]
    here = [spans[-1] for spans in named.values() if spans[-1].start >= subject.sent.start]
    if len(here) >= 2:  # "X maintains ties with Y, and ... the two groups": this sentence's
        return sorted(here, key=lambda s: s.start)[-2:]
    paired = _last_between(start, subject.left_edge.i, actors)
    if paired:
        return paired
    if len(named) < 2:
        return []
    # "X and Y agreed a truce, China said": a party that only reports, when
    # two others are named, is the mediator, not one of the two.
    doc = actors.doc
    parties = {k: v for k, v in named.items() if not all(_reports(s, doc, lexicon) for s in v)}
    named = parties if len(parties) >= 2 else named
    ranked = sorted(named.values(), key=lambda spans: (len(spans), spans[-1].start), reverse=True)
    return sorted((spans[-1] for spans in ranked[:2]), key=lambda s: s.start)


def _last_between(start: int, end: int, actors: DocActors) -> list[ActorSpan]:
    """The two parties of the last "between X and Y" before a "the two sides".

    "Chinese officials hosted talks between KIA and junta delegations ...
    the two sides agreed": the host is named as often, but "between" names
    the sides, "junta" among them though it only refers back.
    """
    kept = {
        s.start: s
        for s in actors.among(range(start, end))
        if s.actor.kind not in ("person", "place")
    }
    doc = actors.doc
    for prep in reversed(doc[start:end]):
        if prep.lower_ != "between" or prep.dep_ != "prep":
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects:
            continue
        tokens = [t for t in objects[0].subtree if t.i < end]
        pair = {kept[t.i].actor.id: kept[t.i] for t in reversed(tokens) if t.i in kept}
        if len(pair) == 2:
            return sorted(pair.values(), key=lambda s: s.start)
    return []


def _reports(span: ActorSpan, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a mention is the subject of a reporting verb ("..., China said")."""
    root = span.root(doc)
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in lexicon.reporting_verbs


def _denied_own_tie(anchor: Token, lexicon: Lexicon) -> bool:
    """ "The Houthis deny any link to either group", "Iran denies giving refuge to
    either group": the denier is a party to the tie."""
    verb = anchor.head
    if verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "ccomp"):
        verb = verb.head  # "denies giving refuge": the giver is the denier
    return anchor.dep_ == "dobj" and verb.lemma_.lower() in lexicon.denial_verbs


def _announced_by_pair(anchor: Token, subject: Token, actors: DocActors) -> bool:
    """ "X and Y announced an alliance": the pair that announces a tie is its parties.

    A report naming the parties inside the phrase ("reported ties between X
    and Y") or one speaker ("the UN reported cooperation") only reports it.
    """
    if anchor.dep_ != "dobj" or actors.at(subject.i) is None:
        return False
    if any(actors.at(t.i) is not None for t in anchor.subtree if t.i != anchor.i):
        return False
    return any(c.dep_ == "conj" and actors.at(c.i) is not None for c in subject.children)


def _names_a_pair(token: Token) -> bool:
    """ "either group", "both of them", "the two groups": the last two parties named."""
    if the_two(token):
        return True
    if any(c.dep_ == "det" and c.lower_ in ("either", "neither") for c in token.children):
        return True
    return token.lower_ == "both" and any(
        c.dep_ == "prep" and any(g.lower_ == "them" for g in c.children) for c in token.children
    )


def _pair_objects(
    anchor: Token, actors: DocActors, lexicon: Lexicon, subject_ids: set[str]
) -> list[ActorSpan]:
    """ "denies giving refuge to either group", "gives both of them trainers"."""
    phrase = [t for t in anchor.subtree if t.i != anchor.i] if anchor.pos_ == "NOUN" else []
    head = anchor.head if anchor.dep_ == "dobj" else anchor
    phrase += [t for c in head.children if c.dep_ in OBJECT_DEPS for t in c.subtree]
    for token in phrase:
        if _names_a_pair(token):
            return last_two(token, actors, lexicon, frozenset(subject_ids), latest=True)
    return []


def _speaker_phrase(subject: Token) -> set[int]:
    """Tokens of the subject of the verb that reports the clause ``subject`` is in."""
    clause = subject.head
    while clause.dep_ not in ("ccomp", "ROOT") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return set()
    return {
        t.i for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree
    }


def sibling_spans(
    anchor: Token, actors: DocActors, exclude: set[int], deps: frozenset[str] = OBJECT_DEPS
) -> list[ActorSpan]:
    """Actors on the other dependents of the anchor's verb ("support to X")."""
    path = anchor
    head = anchor.head
    if anchor.dep_ == "pobj" and head.dep_ == "prep":
        path, head = head, head.head
    if head.i == path.i:
        return []
    purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children)
    if anchor.pos_ == "VERB" and anchor.dep_ in ("advcl", "xcomp") and purpose:
        return []  # "sent members to Syria to train with X": Syria is not trained
    spans: list[ActorSpan] = []
    for child in head.children:
        if child.i != path.i and child.dep_ in deps:
            spans += actors_below(child, actors, exclude)
    return spans


def _stative(anchor: Token, lexicon: Lexicon) -> bool:
    """A participle that says what its subject is ("affiliated with", "linked to"),
    not a passive whose "by" phrase names the doer."""
    lemma = anchor.lemma_.lower()
    return lemma in lexicon.stative_participles and not any(
        c.dep_ == BY_PHRASE for c in anchor.children
    )


def roles(
    anchor: Token, actors: DocActors, lexicon: Lexicon, inverse: bool = False
) -> tuple[list[Actor], list[Actor]]:
    """Logical subject and object actors of the trigger ``anchor``.

    The subject of a reporting verb ("the Monitoring Team describes ties
    between X and Y") reports the relation and takes no part in it.
    """
    prefixed = _hyphen_agent(anchor, actors, lexicon)
    if prefixed is not None:
        return prefixed
    subject, passive = find_subject(anchor)
    if passive and _stative(anchor, lexicon):
        passive = False  # "Ansaru is affiliated with al-Qaeda": Ansaru is the affiliate
    if subject is None and _one_of(anchor) and anchor.head.head.dep_ == "appos":
        subject = anchor.head.head.head  # "Hezbollah, one of Iran's allies,"
    speaker = subject
    if (
        subject is not None
        and subject.dep_ == "nsubj"
        and anchor.pos_ in ("NOUN", "PROPN", "ADJ")
        and subject.head.lemma_.lower() in lexicon.reporting_verbs
        and subject.i not in indices(anchor)
        and not subject.left_edge.i <= anchor.i <= subject.right_edge.i
        and not _denied_own_tie(anchor, lexicon)
        and not _announced_by_pair(anchor, subject, actors)
        and owned_up_to(anchor, lexicon) is None
    ):
        subject = None
    subj_spans = subject_spans(subject, anchor, actors, lexicon) if subject is not None else []
    voiced = _voiced_party(subject, actors, lexicon) if subject is not None else None
    if voiced is not None and all(s.actor.kind == "person" for s in subj_spans):
        subj_spans = [voiced]  # the tie is the party's; the spokesman's denial stays his
    behalves = _behalves(anchor)
    acting = _acting_for(behalves, actors)
    agents = subj_spans if acting else []  # who acted for the party: no party himself
    subj_spans = acting or subj_spans
    described = _predicative_object(anchor, actors, lexicon)
    describer: list[ActorSpan] = []
    if described is not None:
        # "officials described ISKP as an enemy of Moscow": the described
        # name takes part; whoever describes it only reports, unless the
        # noun names no other party ("Moscow regards the Taliban as a partner").
        if verbless_clause(anchor):
            speaker, _passive = find_subject(anchor.head)
        spoken = subject_spans(speaker, anchor, actors, lexicon) if speaker is not None else []
        describer = [s for s in spoken if s.actor.id != described.actor.id]
        if speaker is not None and all(s.actor.kind == "person" for s in describer):
            # "Burkina Faso's junta leader, Captain X, has called Russia an ally".
            owners = [actors.at(c.i) for c in speaker.children if c.dep_ == "poss"]
            describer = [o for o in owners if o is not None] or describer
        subj_spans, passive = [described], False
    made = described is not None and verbless_clause(anchor)
    # "made Russia its partner": "its" is the maker, who is already the describer.
    owner = None if made else _possessor(anchor, actors, lexicon)
    complement = _copula_complement(anchor, actors) if owner is not None else []
    complement = [a for a in complement if owner is not None and a.id != owner.actor.id]
    if owner is not None and complement:
        # "The RSF's main foreign backer is the UAE": the UAE backs the RSF
        return ([owner.actor], complement) if inverse else (complement, [owner.actor])
    under: list[ActorSpan] = []
    if owner is not None:
        # "Iran's backing of Hezbollah": the owner of the act is its doer,
        # whatever clause the noun sits in; "operated under Hezbollah's
        # protection", "are on the M23's payroll": the clause subject receives it.
        if anchor.dep_ == "pobj" and anchor.head.lower_ in ("under", "on"):
            under = [s for s in subj_spans if s.actor.id != owner.actor.id]
        subj_spans, passive = [owner], False
    own = actors.at(anchor.i)
    exclude = {i for s in subj_spans for i in range(s.start, s.end)}
    if (
        subject is not None
        and subj_spans
        and not (subject.left_edge.i <= anchor.i <= subject.right_edge.i)
    ):
        # "Iran-backed Houthis attacked ...", "the Houthis, whom Iran arms,
        # attacked ...": a name in a modifier of the subject is never the
        # object of its verb.
        for child in subject.children:
            if child.dep_ in SUBJECT_MODIFIERS or child.dep_ in SUBJECT_PARTS:
                exclude.update(t.i for t in child.subtree)
    if own is not None:
        exclude.update(range(own.start, own.end))
    owned_act = not made and described is None and _owned_act(anchor, owner)
    if made or owned_act:
        # "support X in its offensive on Tripoli": whoever "its" is does the act
        exclude.update(c.i for c in anchor.children if c.dep_ == "poss")
    exclude.update(
        _locative(anchor, lexicon.adjunct_preps, lexicon.target_preps, lexicon.campaign_nouns)
    )
    exclude.update(t.i for behalf in behalves for t in behalf.subtree)
    exclude.update(i for s in agents for i in range(s.start, s.end))
    strays = [c for c in anchor.children if c.dep_ == BY_PHRASE and _noun_agent(c)]
    exclude.update(t.i for c in strays for t in c.subtree)
    subject_ids = {s.actor.id for s in subj_spans}
    obj_spans = [
        s
        for s in actors_below(anchor, actors, exclude)
        if s is not own and s.actor.id not in subject_ids
    ]
    by_phrases = [c for c in anchor.children if c.dep_ == BY_PHRASE and c not in strays]
    if passive and by_phrases:
        # "led by the veteran militant Iyad Ag Ghaly": the "by" phrase with its apposition;
        # "commanded by an officer called Owila": the name the description is given.
        named_by = actors_below(by_phrases[0], actors, exclude, skip=BY_SKIP)
        obj_spans = named_by or _called(by_phrases[0], actors, lexicon) or obj_spans
    if not obj_spans:
        # "support X in its offensive": the one supported is no target of the offensive,
        # though "launched its offensive against X" names one
        deps = OWNED_ACT_DEPS if owned_act else OBJECT_DEPS
        obj_spans = describer or under or sibling_spans(anchor, actors, exclude, deps)
    if not obj_spans:
        obj_spans = _shared_objects(anchor, actors, exclude) or _relative_object(
            anchor, actors, lexicon
        )
    if not obj_spans:
        obj_spans = _loyal_forces(anchor, actors, lexicon)
    if not obj_spans:
        obj_spans = _pair_objects(anchor, actors, lexicon, subject_ids)
    obj_spans = _with_listed(obj_spans, actors)
    named = _appositive_object(anchor, actors)
    if named is not None and named.actor.id not in subject_ids:
        obj_spans = [named]
    obj_spans = _without_owners(obj_spans, actors)
    subjects, objects = distinct(subj_spans), distinct(obj_spans)
    # "groups linked to X and Y": conjoined objects are not related to each other.
    if not subj_spans and len(objects) > 1 and not _pairs_objects(anchor):
        objects = objects[:1]
    if (passive or inverse) and not (under and objects == distinct(under)):
        # "on the M23's payroll": the owner pays and the clause subject is paid,
        # whichever way round the trigger is written.
        subjects, objects = objects, subjects
    return subjects, objects


def owned_up_to(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb by which a group owns up to the attacks ``noun`` names.

    "Has claimed more than 160 attacks on US forces", "claimed responsibility for
    the attacks": the claimant carried them out, though "claim" also reports.
    """
    if noun.lemma_.lower() not in lexicon.attack_nouns or noun.tag_ != "NNS":
        return None  # "did not claim either attack": one event
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "the Islamic State has claimed its attacks": another's attacks
    head = noun
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_ in lexicon.run_nouns
    ):
        head = noun.head.head  # "a series of attacks"
    if head.dep_ == "pobj" and head.head.lower_ in ("for", "of"):
        head = head.head.head  # "responsibility for the attacks", "most of the attacks"
    verb = head.head
    if head.dep_ == "dobj" and verb.lemma_.lower() in lexicon.claiming_verbs:
        return verb
    return None


def _called(phrase: Token, actors: DocActors, lexicon: Lexicon) -> list[ActorSpan]:
    """The names given to the nouns of a phrase by "called", "named" or "known as"."""
    return [
        span
        for noun in phrase.children
        for acl in noun.children
        if acl.dep_ == "acl" and acl.lemma_.lower() in lexicon.naming_participles
        for span in actors_below(acl, actors)
    ]


def _loyal_forces(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[ActorSpan]:
    """The side whose forces the object is: "target forces aligned with the STC"."""
    out: list[ActorSpan] = []
    for obj in (c for c in anchor.children if c.dep_ == "dobj"):
        for mod in obj.children:
            words = {mod.lemma_.lower(), mod.lower_}
            if mod.dep_ not in ("acl", "amod") or not words & lexicon.allegiance_modifiers:
                continue
            for prep in (
                c for c in mod.children if c.dep_ == "prep" and c.lower_ in ("with", "to")
            ):
                out += actors_below(prep, actors)
    return out


def _relative_object_clause(verb: Token) -> bool:
    """A relative clause whose object is the relative pronoun: "the militia that Iran arms"."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in verb.children
    )


def _relative_object(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[ActorSpan]:
    """ "the VDP, a militia that it arms": the name the relative clause hangs on is the
    object; "the STC's forces, which the UAE pays": the owner of the forces."""
    if not _relative_object_clause(anchor):
        return []
    noun = anchor.head
    own = actors.at(noun.i)
    if own is not None:
        return [own]
    if noun.lemma_.lower() in lexicon.state_force_nouns | lexicon.group_owned_nouns:
        owners = [s for c in noun.children if c.dep_ == "poss" and (s := actors.at(c.i))]
        if owners:
            return owners
    described = actors.at(noun.head.i) if noun.dep_ == "appos" else None
    if noun.dep_ == "attr":  # "Hezbollah is a militia that Iran finances"
        subjects = [c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        described = actors.at(subjects[0].i) if subjects else None
    return [described] if described is not None else []


def _shared_objects(anchor: Token, actors: DocActors, exclude: set[int]) -> list[ActorSpan]:
    """The object coordinated verbs share: "does not arm, fund or shelter X".

    The parser hangs the object on the first verb ("arm") or on the last
    ("does not fund or harbour X"); a verb with no object of its own takes
    it from the other, provided that verb has no subject of its own.
    """
    if anchor.pos_ != "VERB" or any(c.dep_ == "dobj" for c in anchor.children):
        return []
    first = first_conjunct(anchor)
    verbs = [first, *first.conjuncts] if first.i != anchor.i else list(anchor.conjuncts)
    objects = [
        c
        for verb in verbs
        if verb.i != anchor.i
        if verb is first or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        for c in verb.children
        if c.dep_ == "dobj"
    ]
    return [s for o in objects for s in actors_below(o, actors, exclude)]


def _with_listed(spans: list[ActorSpan], actors: DocActors) -> list[ActorSpan]:
    """Spans plus names listed after them as appositions: "LeT, JeM or any other group".

    A name set beside a name of the same kind continues a list; a
    description ("JNIM, the al-Qaeda franchise") is not a name.
    """
    doc = actors.doc
    out = list(spans)
    for span in spans:
        children = [c for t in doc[span.start : span.end] for c in t.children]
        for child in children:
            listed = actors.at(child.i)
            if child.dep_ != "appos" or listed is None or listed.actor.kind != span.actor.kind:
                continue
            if all(o.actor.id != listed.actor.id for o in out):
                out.append(listed)
    return out


def _hyphen_agent(
    anchor: Token, actors: DocActors, lexicon: Lexicon
) -> tuple[list[Actor], list[Actor]] | None:
    """ "The Iran-backed Houthis": the name joined to a participle is its doer.

    The participle describes the noun it modifies ("an Iran-funded group"
    stands for whatever that phrase names), so the pair is doer and noun,
    whatever clause the phrase sits in.
    """
    doc = actors.doc
    if anchor.dep_ not in ("amod", "compound") or anchor.tag_ not in ("VBN", "VBD"):
        return None
    if anchor.i < 2 or doc[anchor.i - 1].tag_ != "HYPH":
        return None
    agent = actors.at(anchor.i - 2)
    if agent is None:
        return None
    # "Wagner-linked Telegram channels" describes channels, not Telegram.
    described = described_actor(anchor.head, actors, lexicon)
    if described is None or described.actor.id == agent.actor.id:
        return [], []
    if _stative(anchor, lexicon):
        # "the Islamic State-affiliated ISWAP": the noun is the affiliate
        return [described.actor], [agent.actor]
    return [agent.actor], [described.actor]


def _possessor(anchor: Token, actors: DocActors, lexicon: Lexicon) -> ActorSpan | None:
    """The actor that owns a trigger noun ("Iran's" in "Iran's support for X").

    A predicate noun ("Turkey is HTS's partner") takes the clause subject as
    doer and its owner as the other party, so it has no possessor here; nor
    does a pronoun, whose antecedent is a guess; a description that refers
    back ("the group's allegiance") does own it.
    """
    if not _may_be_owned(anchor):
        return None
    for child in anchor.children:
        named = actors.at(child.i)
        reliable = named is not None and (
            named.how != "coref" or child.pos_ in ("NOUN", "PROPN") or _copula_subject(anchor)
        )
        if child.dep_ == "poss" and reliable:
            return named
        under = anchor.dep_ == "pobj" and anchor.head.lower_ == "under"
        if child.dep_ in ("compound", "amod") and under and reliable:
            return named  # "survive under Taliban protection": the Taliban's
        if child.dep_ == "amod" and child.pos_ == "ADJ" and reliable and _done_to(anchor):
            return named  # "Iranian funding of the Houthis": Iran's
        if child.dep_ in ("compound", "amod") and reliable and _aimed_campaign(anchor, lexicon):
            return named  # "the Taliban crackdown on ISIS-K": the Taliban's
    return _sworn_by(anchor, actors, lexicon)


def _sworn_by(anchor: Token, actors: DocActors, lexicon: Lexicon) -> ActorSpan | None:
    """The owner of an oath a trigger is "of": "Boko Haram's pledge of allegiance"."""
    prep = anchor.head
    if (
        anchor.dep_ != "pobj"
        or prep.lower_ != "of"
        or prep.head.lemma_.lower() not in lexicon.oath_nouns
    ):
        return None
    owners = [actors.at(c.i) for c in prep.head.children if c.dep_ == "poss"]
    return next((o for o in owners if o is not None and o.how != "coref"), None)


def _aimed_campaign(noun: Token, lexicon: Lexicon) -> bool:
    """Whether ``noun`` is a campaign with its target: "crackdown on X", "war against X"."""
    return noun.lemma_.lower() in lexicon.campaign_nouns and any(
        c.dep_ == "prep" and c.lower_ in lexicon.target_preps | {"against"} for c in noun.children
    )


def _done_to(noun: Token) -> bool:
    """Whether an act noun names whom it is done to: "funding of X", "support for X"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("of", "for", "to")
        and any(g.dep_ == "pobj" for g in c.children)
        for c in noun.children
    )


def _owned_act(anchor: Token, owner: ActorSpan | None) -> bool:
    """Whether an act noun has an owner too unsure to be its doer ("its offensive"), who is
    still never the one it is done to."""
    return (
        owner is None
        and anchor.pos_ == "NOUN"
        and _may_be_owned(anchor)
        and any(c.dep_ == "poss" for c in anchor.children)
    )


def _may_be_owned(anchor: Token) -> bool:
    """Whether a noun's owner may be the doer of the act it names: not a predicate noun,
    whose owner is the other party ("Turkey is HTS's partner"), nor "one of Iran's
    closest allies"."""
    return (
        anchor.pos_ in ("NOUN", "PROPN")
        and anchor.dep_ not in ("attr", "oprd", "appos")
        and not _one_of(anchor)
    )


# How the parser may hang the names of a list on one another.
LISTED_AS = frozenset({"appos", "nmod", "compound"})


def _copula_complement(noun: Token, actors: DocActors) -> list[Actor]:
    """The actors a copula says the subject noun ``noun`` is: "its backer is the UAE",
    "its main partners are X, Y and Z"."""
    if not _copula_subject(noun):
        return []
    named: list[ActorSpan] = []
    stack = [c for c in noun.head.children if c.dep_ == "attr"]
    while stack:
        token = stack.pop()
        span = actors.at(token.i)
        named += [span] if span is not None else []
        # a list of names, which the parser may hang as appositions; not a description
        # ("ISKP, the Islamic State's branch in Afghanistan") nor what it says
        stack += [
            c
            for c in token.children
            if c.dep_ == "conj" or (c.dep_ in LISTED_AS and actors.at(c.i) is not None)
        ]
    return distinct(sorted(named, key=lambda s: s.start))


def _copula_subject(noun: Token) -> bool:
    """ "Its closest friend is the KIA": the noun a copula says who is."""
    return noun.dep_ == "nsubj" and noun.head.lemma_ == "be"


def _one_of(anchor: Token) -> bool:
    """ "Hezbollah is one of Iran's closest allies", "AQAP, once the most feared of
    al-Qaeda's branches": a predicate noun behind "one of" or a superlative."""
    of = anchor.head
    if anchor.dep_ != "pobj" or of.lower_ != "of":
        return False
    one = of.head
    picks = one.lower_ in ("one", "two", "some", "several") or one.tag_ == "JJS"
    picks = picks or any(c.lower_ == "most" for c in one.children)
    return picks and one.dep_ in ("attr", "appos", "oprd")


def _without_owners(spans: list[ActorSpan], actors: DocActors) -> list[ActorSpan]:
    """Object spans minus the possessors of other object spans.

    In "funds to the Islamic State's branch in Mozambique" the branch is
    funded; the Islamic State only owns it. A name modifying a noun shares
    that noun's owner: in "Somalia's al-Shabaab militants" Somalia is where
    the group is, not another party.
    """
    doc = actors.doc
    heads = [doc[span.end - 1] for span in spans]
    heads += [h.head for h in heads if h.dep_ in ("compound", "amod")]
    owned = {t.i for h in heads for c in h.children if c.dep_ == "poss" for t in c.subtree}
    kept = [s for s in spans if s.start not in owned]
    return kept or spans


def _appositive_object(anchor: Token, actors: DocActors) -> ActorSpan | None:
    """The name set beside the trigger's object: "hosts its leader, Saif al-Adel".

    Also through a preposition: "pledged allegiance to the Taliban leader, X".
    """
    objects = [c for c in anchor.children if c.dep_ in ("dobj", "dative")]
    objects += [
        g
        for head in (anchor, *objects)
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in ("to", "with")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    for child in objects:
        if actors.at(child.i) is None:
            for grandchild in child.children:
                named = actors.at(grandchild.i)
                if grandchild.dep_ == "appos" and named is not None:
                    return named
    return None


def _pairs_objects(anchor: Token) -> bool:
    """Whether the trigger relates its objects to each other ("ties between X and Y")."""
    return any(
        (c.dep_ == "prep" and c.lower_ in ("between", "among", "amongst")) or c.lower_ == "other"
        for c in anchor.subtree
    )


def _locative(
    anchor: Token,
    adjuncts: frozenset[str],
    targets: frozenset[str] = frozenset(),
    campaigns: frozenset[str] = frozenset(),
) -> set[int]:
    """Tokens of the sentence reached through an adjunct preposition.

    "attacks inside Afghanistan", "under his leadership": where, when or
    how, never the other party of a relation. A target preposition on the
    trigger or on the verb that carries it ("attacks on X", "waged war on
    X", "cracked down on X") names the other party instead; on a singular
    noun ("the attack on a concert hall") it names the scene of one event, but not
    on a campaign's ("the Taliban's crackdown on ISIS-K").
    """
    carriers = {
        t.i
        for t in (anchor, anchor.head)
        if t.pos_ == "VERB" or t.tag_ == "NNS" or t.lemma_.lower() in campaigns
    }
    if anchor.pos_ == "VERB":
        # "declared war on X": the object the verb's phrase is made with carries it too
        carriers |= {c.i for c in anchor.children if c.dep_ == "dobj"}
    out: set[int] = set()
    for token in anchor.sent.root.subtree:
        if token.dep_ == "prep" and token.lower_ in adjuncts:
            if token.left_edge.i <= anchor.i <= token.right_edge.i:
                continue  # the trigger's own phrase: "among Taliban factions"
            if token.lower_ in targets and token.head.i in carriers:
                continue
            out.update(t.i for t in token.subtree)
    return out


def _predicative_object(anchor: Token, actors: DocActors, lexicon: Lexicon) -> ActorSpan | None:
    """The object a role is given to: "described X as Y's affiliate" describes X.

    Also without "as": "has called Russia a strategic ally".
    """
    if anchor.dep_ == "oprd" and anchor.head.pos_ == "VERB":
        verb = anchor.head
    elif verbless_clause(anchor):
        # "has made Russia its main security partner": the parser gives the
        # object as the subject of a clause with no verb.
        subject = next(c for c in anchor.children if c.dep_ == "nsubj")
        return (
            actors.at(subject.i) if anchor.head.lemma_.lower() in lexicon.describing_verbs else None
        )
    elif anchor.dep_ == "pobj" and anchor.head.lower_ == "as":
        verb = anchor.head.head
    elif anchor.dep_ == "advcl" and any(c.lower_ == "as" for c in anchor.children):
        verb = anchor.head  # "describes X and Y as closely aligned"
    else:
        return None
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.lemma_.lower() not in lexicon.describing_verbs:
        return None  # "succeeded X as leader": the subject holds the role
    for child in verb.children:
        if child.dep_ == "dobj" and actors.at(child.i) is not None:
            return actors.at(child.i)
        if child.dep_ == "dobj" and child.lower_ in REFLEXIVES:
            # "Mbatchi, who described himself as the FLEC-FAC's chief of staff"
            describer, _passive = find_subject(verb)
            return actors.at(describer.i) if describer is not None else None
        if child.dep_ == "dobj":
            # "regards the SDF's main component, the YPG, as ...": the name beside it.
            named = [actors.at(c.i) for c in child.children if c.dep_ == "appos"]
            if named and named[0] is not None:
                return named[0]
    if _relative_object_clause(verb):
        # "X, which officials describe as a front for Y"; "X, the businessman
        # whom the EU sanctioned as a financier of Y": the name the noun describes.
        noun = verb.head
        span = actors.at(noun.i)
        return actors.at(noun.head.i) if span is None and noun.dep_ == "appos" else span
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" for c in verb.children):
        return actors.at(verb.head.i)  # "X, which is described as a proxy of Y"
    return None


def _named_after_phrase(prep: Token, actors: DocActors) -> ActorSpan | None:
    """A person named after the role's phrase, which the parser hangs on the phrase's
    noun: "the EPP's top commander in the field, Osvaldo Villalba"."""
    if prep.dep_ != "prep":
        return None
    for noun in (g for g in prep.children if g.dep_ == "pobj" and actors.at(g.i) is None):
        for name in (c for c in noun.children if c.dep_ == "appos"):
            span = actors.at(name.i)
            if span is not None and span.actor.kind == "person":
                return span
    return None


def _role_holder(anchor: Token, actors: DocActors, lexicon: Lexicon) -> ActorSpan | None:
    """The person a role noun describes: "Mujahid, the spokesman", "leader X"."""
    if anchor.dep_ in ("appos", "compound") and actors.at(anchor.head.i) is not None:
        return actors.at(anchor.head.i)
    if _one_of(anchor):  # "AQAP remains one of the most capable Al-Qaida affiliates"
        one = anchor.head.head
        if one.dep_ == "appos":
            return actors.at(one.head.i)
        subject, _passive = find_subject(one)
        return actors.at(subject.i) if subject is not None else None
    named = actors.at(anchor.i)
    if named is not None and named.how == "coref":
        return named  # "the Islamic State's branch in Mozambique" names its branch
    described = _predicative_object(anchor, actors, lexicon)
    if described is not None:
        return described
    copula_expl = any(c.dep_ == "expl" for c in anchor.head.children)
    if not copula_expl and (
        anchor.dep_ == "attr" or (anchor.dep_ == "pobj" and anchor.head.lower_ == "as")
    ):
        subject, passive = find_subject(anchor.head if anchor.dep_ == "pobj" else anchor)
        # "was named as the group's leader": a passive subject holds the role too.
        if subject is not None and (not passive or anchor.dep_ == "pobj"):
            return actors.at(subject.i) or _named_by_compound(subject, actors)
    if _copula_subject(anchor):
        # "Its armed wing is the al-Quds Brigades": the copula names the holder.
        named_as = [actors.at(c.i) for c in anchor.head.children if c.dep_ == "attr"]
        if named_as and named_as[0] is not None:
            return named_as[0]
    for child in anchor.children:
        if child.dep_ == "appos" and actors.at(child.i) is not None:
            return actors.at(child.i)
        named = _named_after_phrase(child, actors)
        if named is not None:
            return named
        if child.dep_ == "acl" and child.lemma_.lower() in lexicon.naming_verbs:
            # "its branch, known as ISIS-K": the name the phrase is given.
            given = actors.among(t.i for t in child.subtree)
            if given:
                return given[0]
        if child.dep_ == "relcl" and child.lemma_.lower() in lexicon.self_naming_verbs:
            # "a Lions' Den fighter who gave his name as Abu Adam": the name he gave
            people = [
                s
                for s in actors.among(t.i for t in child.subtree)
                if s.actor.kind == "person" and s.how != "coref"  # not "his" of "his name"
            ]
            if people:
                return people[0]
    return _set_off_person(anchor, actors)


def _set_off_person(anchor: Token, actors: DocActors) -> ActorSpan | None:
    """ "The group's spokesman, Khaing Thukha, told ...": a person's name set off by
    commas right after the role noun holds it, however the parser attached the name
    (it read "Khaing" as a verb)."""
    doc = anchor.doc
    if anchor.i + 2 >= len(doc) or doc[anchor.i + 1].text != ",":
        return None
    span = actors.at(anchor.i + 2)
    if span is None or span.start != anchor.i + 2 or span.actor.kind != "person":
        return None
    return span if span.end < len(doc) and doc[span.end].text == "," else None


def _named_by_compound(noun: Token, actors: DocActors) -> ActorSpan | None:
    """ "The Sharqiya group was an offshoot of JMB": a common noun whose one compound
    is a name stands for that name."""
    if noun.pos_ != "NOUN":
        return None
    names = [n for c in noun.children if c.dep_ == "compound" and (n := actors.at(c.i))]
    return names[0] if len(names) == 1 else None


def described_actor(noun: Token, actors: DocActors, lexicon: Lexicon) -> ActorSpan | None:
    """The actor a noun phrase names or describes ("its branch, known as ISIS-K")."""
    own = actors.at(noun.i)
    return own if own is not None else _role_holder(noun, actors, lexicon)


def role_roles(
    anchor: Token, actors: DocActors, lexicon: Lexicon
) -> tuple[list[Actor], list[Actor]]:
    """Holder and organisation of a role noun ("the Taliban's spokesman")."""
    holder = _role_holder(anchor, actors, lexicon)
    if holder is None:
        return _included_holders(anchor, actors, lexicon)
    exclude = set(range(holder.start, holder.end))
    objects = [
        s
        for s in actors_below(anchor, actors, exclude)
        if s.start != anchor.i and not _describes_role(s, anchor)
    ]
    if not objects and anchor.dep_ == "compound":
        # "al-Qaeda's Sahel branch JNIM": the owner hangs on the name, not the role
        owners = [c for c in anchor.head.children if c.dep_ == "poss" and c.i < anchor.i]
        objects = [s for o in owners for s in actors_below(o, actors, exclude)]
    return [holder.actor], distinct(objects)


def _describes_role(span: ActorSpan, anchor: Token) -> bool:
    """An unknown word set before a role noun says which one it is, not whose: "the
    Islamic State's Khorasan branch", "the Uyghur faction" (a known group's name or a
    longer one there still owns it: "the al-Qaeda branch", "the Foxtrot network
    leader")."""
    root = span.root(anchor.doc)
    return (
        span.actor.origin == "learned"
        and len(span.actor.name.split()) == 1
        and not span.actor.name.isupper()  # "a KIA commander": initials name a body
        and root.head.i == anchor.i
        and root.dep_ in ("compound", "amod")
    )


def _included_holders(
    anchor: Token, actors: DocActors, lexicon: Lexicon
) -> tuple[list[Actor], list[Actor]]:
    """ "communicates with the affiliates, including AQAP and al-Shabaab": the names
    included hold the role; the one it is held in is the noun's owner, else the clause
    subject's group."""
    preps = [c for c in anchor.children if c.dep_ == "prep" and c.lower_ in lexicon.listing_preps]
    included = [s for p in preps for s in actors_below(p, actors)]
    if not included:
        return [], []
    owners = [s for c in anchor.children if c.dep_ == "poss" for s in actors_below(c, actors)]
    if not owners:
        subject, _passive = find_subject(anchor)
        owners = subject_spans(subject, anchor, actors, lexicon) if subject is not None else []
    ids = {s.actor.id for s in included}
    parents = [a for a in distinct(owners) if a.kind == "armed_group" and a.id not in ids]
    return distinct(included), parents[:1]


def _text_order(pair: tuple[Actor, Actor], anchor: Token, actors: DocActors) -> tuple[Actor, Actor]:
    """A symmetric pair with the actor named first in the sentence first."""
    sent = anchor.sent
    first: dict[str, int] = {}
    for span in actors.among(range(sent.start, sent.end)):
        first.setdefault(span.actor.id, span.start)
    a, b = pair
    return (b, a) if first.get(b.id, 1 << 30) < first.get(a.id, 1 << 30) else (a, b)


def _pairs(
    spec: RelationSpec, subjects: list[Actor], objects: list[Actor]
) -> list[tuple[Actor, Actor]]:
    """Subject-object pairs; a symmetric relation may pair conjoined names."""
    if spec.symmetric and not objects and len(subjects) > 1:
        objects, subjects = subjects[1:], subjects[:1]
    elif spec.symmetric and not subjects and len(objects) > 1:
        subjects, objects = objects[:1], objects[1:]
    return [(s, o) for s in subjects for o in objects if s.id != o.id]


def _demoted(anchor: Token, spec: RelationSpec, actors: DocActors) -> bool:
    """Whether a leading role is narrowed ("deputy leader", "head of finance")."""
    for child in anchor.children:
        if child.lemma_.lower() in spec.demoted_by or child.lower_ in spec.demoted_by:
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects and all(actors.at(o.i) is None for o in objects):
                return True
    return False


def _commanded_by_a_group(commanders: list[Actor]) -> bool:
    """Whether the ones "under the command of" someone are under a group, not a person."""
    return bool(commanders) and all(c.kind == "armed_group" for c in commanders)


def _listed_as_apposition(subject: Token, own: ActorSpan, actors: DocActors) -> list[Token]:
    """ "The RDK, the Freedom of Russia Legion and the Siberian Battalion answer to HUR":
    a list the parser read as the first name with an apposition that has conjuncts;
    a name of the same kind joined by "and" to another is a list member, not a description."""
    out: list[Token] = []
    for child in subject.children:
        named = actors.at(child.i)
        if child.dep_ != "appos" or named is None or named.actor.kind != own.actor.kind:
            continue
        if named.actor.id != own.actor.id and child.conjuncts:
            out += [child, *child.conjuncts]
    return out


def _loyal_to(anchor: Token, objects: list[Actor], kind: str) -> bool:
    """Whether "loyal to" names only actors of ``kind``: units loyal to a government
    or movement that is no armed group are its affiliates ("PDF units loyal to the
    National Unity Government"), a faction loyal to a person is led by them."""
    return anchor.pos_ == "ADJ" and bool(objects) and all(o.kind == kind for o in objects)


def _answers_to_a_person(anchor: Token, objects: list[Actor]) -> bool:
    """Whether a group "answers to" only people: its commander, not a parent group."""
    return (
        anchor.pos_ == "VERB"
        and anchor.lemma_.lower() == "answer"
        and bool(objects)
        and all(o.kind == "person" for o in objects)
    )


def _heads_a_part(anchor: Token, actors: DocActors) -> bool:
    """ "heads the SDF's media office": leading a part of a group is being its member."""
    return anchor.pos_ == "VERB" and any(
        c.dep_ == "dobj"
        and actors.at(c.i) is None
        and any(g.dep_ == "poss" and actors.at(g.i) is not None for g in c.children)
        for c in anchor.children
    )


def _owned_leader(anchor: Token, spec: RelationSpec) -> bool:
    """ "Radaa's commander", "its commander", "the commander of the SDF": the one
    commander a group has leads it."""
    if anchor.lemma_.lower() not in spec.leader_when_owned or anchor.tag_ != "NN":
        return False
    deps = {c.dep_ for c in anchor.children}
    if deps == {"compound"} and anchor.dep_ == "compound" and anchor.head.tag_ == "NNP":
        return True  # "RSF commander Mohamed Hamdan Dagalo": the title before the name
    if deps & {"amod", "compound", "nmod", "nummod"}:
        return False
    # "the commander of the SDF": the one commander the phrase names
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in anchor.children)
    return "poss" in deps or (the and any(_of_a_party(c) for c in anchor.children))


def _of_a_party(prep: Token) -> bool:
    """An "of" phrase naming a proper noun: "of the Syrian Democratic Forces"."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in prep.children)
    )


def _internal(match: TriggerMatch, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """A division inside one actor; two distinct actors make it hostility."""
    anchor = match.anchor
    subjects, _objects = roles(anchor, actors, lexicon)
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in anchor.children)
    involved = distinct([s for s in actors.among(indices(anchor)) if s.start != anchor.i])
    spec = lexicon.relations["internal_division"]
    parties = lexicon.relations["hostile"].subject_kinds
    involved = [a for a in involved if a.kind in parties]  # not "between the lake and the hills"
    if between and len(involved) > 1 and spec.two_actor_predicate:
        return [Draft("relation", spec.two_actor_predicate, involved[0], anchor.i, involved[1])]
    direct = [
        c
        for c in anchor.children
        if c.dep_ in ("poss", "compound")
        or (c.dep_ == "prep" and c.lower_ in lexicon.internal_preps)
    ]
    if anchor.dep_ in ("nsubj", "nsubjpass", "dobj") and anchor.head.pos_ == "VERB":
        # "Rifts have emerged within the Taliban", "caused friction among its commanders":
        # the place of the rift hangs on the verb
        direct += [
            c for c in anchor.head.children if c.dep_ == "prep" and c.lower_ in lexicon.inside_preps
        ]
    if anchor.pos_ == "VERB":
        # "the detention has split the movement", "has divided AQAP's leadership"
        direct += [c for c in anchor.children if c.dep_ == "dobj"]
    direct += _parts_between(anchor, lexicon)
    if _named_district(anchor, lexicon) or _a_unit_of(anchor, lexicon):
        return []
    near = distinct([s for c in direct for s in actors_below(c, actors)])
    scene = anchor.dep_ == "pobj" and (
        anchor.head.lower_ in lexicon.temporal_preps or anchor.head.lower_ in ("despite", "over")
    )
    if not near and not scene:
        # "despite disputes over water" sets a scene; the clause subject is
        # divided only when the division is its own predicate ("is already split").
        subject, passive = find_subject(anchor)
        own = distinct(subject_spans(subject, anchor, actors, lexicon)) if subject else []
        # "has been torn apart by a war between two factions": the passive's subject
        near = (own or subjects) if passive else (subjects or own)
    kinds = spec.subject_kinds
    return [
        Draft("relation", "internal_division", a, anchor.i, a) for a in near[:1] if a.kind in kinds
    ]


def _parts_between(anchor: Token, lexicon: Lexicon) -> list[Token]:
    """The parts of one actor a rivalry runs between: "rivalry between two UVF factions",
    "a war between two factions of the cartel"."""
    preps = [c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "between"]
    return [
        g
        for p in preps
        for g in p.children
        if g.dep_ == "pobj"
        and g.lemma_.lower() in lexicon.wing_nouns
        and g.tag_ == "NNS"
        and not any(c.dep_ == "conj" for c in g.subtree)  # "factions of X and the Y group"
    ]


def _named_district(anchor: Token, lexicon: Lexicon) -> bool:
    """ "active in Momo division": a named division one is in is a district, not a rift."""
    return (
        anchor.dep_ == "pobj"
        and anchor.head.lower_ in lexicon.place_preps
        and not any(c.dep_ in ("det", "poss") for c in anchor.children)
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in anchor.children)
    )


def _a_unit_of(anchor: Token, lexicon: Lexicon) -> bool:
    """ "a newly created division of the Syrian army", "folded into divisions of the
    army", "the army's 82 Division": units of a force, not a rift."""
    if anchor.text.istitle() and not anchor.is_sent_start:
        return True  # a formation's name: "the 6th Infantry Division"
    if _the_unit_again(anchor):
        return True  # "according to the division", "the division says"
    taken_in = (
        anchor.dep_ == "pobj"
        and anchor.head.lower_ in ("in", "into")
        and anchor.head.head.lemma_.lower() in lexicon.integrating_verbs
    )
    return taken_in or (
        anchor.tag_ == "NN"
        and with_a(anchor)
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in anchor.children)
    )


def _the_unit_again(anchor: Token) -> bool:
    """ "The division" bare, named again as a speaker or a doer: a formation named
    before, not a rift, which is always in, within or between something."""
    if anchor.tag_ != "NN" or anchor.lemma_.lower() != "division" or not with_the(anchor):
        return False
    if any(c.dep_ in ("prep", "amod", "compound", "poss", "acl") for c in anchor.children):
        return False  # "the division within the movement", "the deep division"
    speaking = anchor.dep_ in ("nsubj", "nsubjpass")
    cited = anchor.dep_ == "pobj" and anchor.head.lower_ in ("to", "by")  # "according to"
    return speaking or cited


def _backdrop(anchor: Token, lexicon: Lexicon) -> bool:
    """A trigger that only sets the scene of the sentence.

    "fought alongside X during the offensive" dates the statement; "killed
    its leader in a drone strike" says how one event happened.
    """
    if anchor.dep_ != "pobj":
        return False
    prep = anchor.head
    if prep.lower_ in lexicon.temporal_preps:
        return True
    return prep.lower_ == "in" and prep.head.lemma_.lower() in lexicon.event_verbs


def _one_event(anchor: Token, lexicon: Lexicon) -> bool:
    """A verb that states hostility only as a habit, told in the simple past.

    "Has killed hundreds of Pakistani soldiers" or "kills" tells a long war;
    "killed dozens of Boko Haram members in clashes" tells one event.
    """
    if anchor.pos_ != "VERB" or anchor.lemma_.lower() not in lexicon.habitual_only_verbs:
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in anchor.children)
    return anchor.tag_ == "VBD" or (anchor.tag_ == "VBN" and not perfect)


def _harmed_without_parties(anchor: Token, actors: DocActors, lexicon: Lexicon) -> bool:
    """A tie that something weakens and that names no party of its own.

    "The withdrawal of Mali and Niger from ECOWAS has weakened regional
    cooperation": those named in what weakens it are not its parties.
    """
    if anchor.dep_ != "dobj" or anchor.head.lemma_.lower() not in lexicon.harming_verbs:
        return False
    return not any(actors.at(t.i) is not None for t in anchor.subtree if t.i != anchor.i)


def _ceased(anchor: Token, predicate: str, lexicon: Lexicon) -> bool:
    """A relation the sentence says is or will be stopped, or is shunned ("agreed to
    stop attacking", "avoiding fights with"): no relation either way, save support
    that was stopped, which :func:`_severed` reads as denied."""
    verb = _undoing_verb(anchor, lexicon.cessation_verbs)
    if verb is None:
        return False
    return predicate not in SUPPORT_PREDICATES or not _realised(verb)


def _severed(anchor: Token, predicate: str, lexicon: Lexicon) -> bool:
    """A tie the sentence says is cut ("cut every link with the FDLR") or whose support
    was stopped ("had stopped funding the group by 2018"): denied since. Fighting that
    stopped is no denied hostility ("have largely stopped killing each other")."""
    if _undoing_verb(anchor, lexicon.severing_verbs) is not None:
        return True
    stopped = _undoing_verb(anchor, lexicon.cessation_verbs)
    return predicate in SUPPORT_PREDICATES and stopped is not None and _realised(stopped)


def _realised(verb: Token) -> bool:
    """Whether a stopping verb tells a stop that happened: "stopped", "had stopped",
    "appears to have stopped", not "agreed to stop" or "will stop"."""
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _undoing_verb(anchor: Token, verbs: frozenset[str]) -> Token | None:
    """The verb of ``verbs`` that stops what the trigger says, unless it is negated
    ("has not stopped funding": the funding goes on)."""
    current = anchor
    for _ in range(3):
        if current.head.i == current.i:
            return None
        complement = current.dep_ in ("xcomp", "dobj", "pcomp", "ccomp") or current.tag_ == "VBG"
        if current.dep_ in ("csubj", "nsubj", "nsubjpass"):
            complement = False  # "Fighting between X and Y broke out": what breaks out starts
        if complement and current.head.lemma_.lower() in verbs:
            negated = any(c.dep_ == "neg" for c in current.head.children)
            return None if negated else current.head
        current = current.head
    return None


def _listed_alongside(anchor: Token, lexicon: Lexicon) -> bool:
    """Whether "alongside" or "beside" only adds to a list the verb names or describes
    ("designated ... naming the six cartels alongside Tren de Aragua and MS-13")."""
    verb = anchor.head
    listing = lexicon.naming_verbs | lexicon.describing_verbs
    return anchor.lower_ in lexicon.partner_preps and verb.lemma_.lower() in listing


REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


def _linked_pair(
    anchor: Token, actors: DocActors, phrase: range
) -> tuple[list[Actor], list[Actor]] | None:
    """For "X linked A to B", the two things linked, not X and B.

    A symmetric verb with a direct object and a "to"/"with" phrase relates
    the two; when the object is no actor ("linked the attack to Ukraine")
    nothing is related. None leaves the clause to the usual reading. An
    object inside the trigger phrase ("traded fire with X") is no party.
    """
    direct = [c for c in anchor.children if c.dep_ == "dobj" and c.i not in phrase]
    linking = [
        c
        for head in (anchor, *direct)
        for c in head.children
        if c.dep_ == "prep"
        and c.lower_ in ("to", "with")
        # "fought ISIS with American backing": the means of the fight, not a party
        and not _names_support(c)
        # "fights the M23 with what it captures": a clause is the means too
        and not any(g.dep_ == "pcomp" for g in c.children)
    ]
    if anchor.pos_ != "VERB" or not direct or not linking:
        return None
    if direct[0].lower_ in REFLEXIVES:
        return None  # "allied itself with X": the subject ties itself to X
    inner = {t.i for c in linking for t in c.subtree}
    first = distinct(actors_below(direct[0], actors, inner))
    second = distinct([s for c in linking for s in actors_below(c, actors)])
    if first and second:
        return first[:1], second[:1]
    return None if first else ([], [])


def _between(
    anchor: Token, actors: DocActors, lexicon: Lexicon
) -> tuple[list[Actor], list[Actor]] | None:
    """ "The Houthis' outreach comes on top of ties between al-Shabaab and AQAP":
    the two named after "between" are the pair; the clause subject is not.
    "Fighting between the two groups" is the pair named last before."""
    listed = [head for o in prep_objects(anchor, ("between",)) for head in (o, *o.conjuncts)]
    pair = [h for h in listed if _names_a_pair(h)]
    if pair:  # "the two groups" may have been read as one of them
        named = distinct(last_two(pair[0], actors, lexicon, latest=True))
    else:
        named = distinct([s for head in listed if (s := _party_named(head, actors, lexicon))])
    if len(named) > 1:
        return named[:1], named[1:]
    # "contacts between JNIM and groups in that area": one party named, no pair.
    return ([], []) if len(listed) > 1 else None


def _party_named(head: Token, actors: DocActors, lexicon: Lexicon) -> ActorSpan | None:
    """The actor a party of "between" names: its own name, or the side whose men or
    units it is ("fighters of the SNA", "factions of the Syrian National Army")."""
    own = actors.at(head.i)
    parts = lexicon.state_force_nouns | lexicon.group_owned_nouns | lexicon.party_part_nouns
    if own is not None or head.lemma_.lower() not in parts:
        return own
    ofs = prep_objects(head, ("of",))
    # "the SDF and fighters of the SNA": the parser may hang the "of" on the first party
    ofs += [
        g
        for c in head.head.children
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1
        for g in c.children
        if g.dep_ == "pobj"
    ]
    owners = [actors.at(o.i) for o in ofs]
    owners += [actors.at(c.i) for c in head.children if c.dep_ in ("poss", "compound")]
    return next((o for o in owners if o is not None), None)


def _one_blow(anchor: Token, lexicon: Lexicon) -> bool:
    """A single attack, strike or raid named as a singular noun: "the attack", "an
    attack", "the Taliban's attack"."""
    return (
        anchor.tag_ == "NN"
        and anchor.lemma_.lower() in lexicon.single_blows
        and any(
            (c.dep_ == "det" and c.lower_ in ("the", "this", "that", "a", "an")) or c.dep_ == "poss"
            for c in anchor.children
        )
    )


def _taken_by_subject(anchor: Token, lexicon: Lexicon) -> bool:
    """Whether the trigger noun ``anchor`` is what its verb's subject finds or receives
    ("found a safe haven", "receive logistical support from"): the subject is the one
    sheltered or paid, not the one who shelters or pays."""
    slot = first_conjunct(anchor)
    verb = slot.head
    takes = lexicon.sheltered_verbs | lexicon.receiving_verbs
    return slot.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in takes


def _support_received(anchor: Token, lexicon: Lexicon) -> bool:
    """ "Continues to receive logistical and operational support from the Taliban":
    support a party is given from someone is means (money, arms, training), not an
    alliance; "political support" stays a tie."""
    return (
        anchor.pos_ == "NOUN"
        and anchor.lemma_.lower() in lexicon.helping_nouns
        and _taken_by_subject(anchor, lexicon)
        and any(
            c.dep_ == "prep" and c.lower_ == "from"
            for c in (*anchor.children, *anchor.head.children)
        )
        and not any(c.lemma_.lower() in lexicon.nonmaterial_words for c in anchor.children)
    )


def _depends_for_means(anchor: Token, lexicon: Lexicon) -> bool:
    """ "Depends on Saudi Arabia for salaries and fuel", "relies on Iran for its weapons":
    the one depended on pays or arms the other; it is means given, not an alliance."""
    if anchor.pos_ != "VERB":
        return False
    on = [c for c in anchor.children if c.dep_ == "prep" and c.lower_ in ("on", "upon")]
    heads = [anchor, *on, *(c for p in on for c in p.children if c.dep_ == "pobj")]
    return any(
        w.lemma_.lower() in lexicon.material_nouns
        for head in heads
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for c in p.children
        if c.dep_ == "pobj"
        for w in (c, *c.conjuncts)
    )


def _helps_do(anchor: Token) -> bool:
    """ "Helped secure a truce": help given to an act, not to a party."""
    return (
        anchor.lemma_.lower() == "help"
        and anchor.pos_ == "VERB"
        and not any(c.dep_ in ("dobj", "dative") for c in anchor.children)
        and any(c.dep_ in ("xcomp", "ccomp") for c in anchor.children)
    )


def _noun_agent(by: Token) -> bool:
    """A "by" phrase right after a "from" phrase belongs to its noun, whatever the parse
    says: in "protected from arrest by Israel", Israel arrests and protects no one."""
    before = by.doc[by.i - 1] if by.i > 0 else None
    return (
        before is not None
        and before.pos_ == "NOUN"
        and before.dep_ == "pobj"
        and before.head.lower_ == "from"
        and before.head.head.i == by.head.i
    )


def _in_agent_phrase(anchor: Token) -> bool:
    """A noun in the "by" phrase of a passive verb, or in one coordinated with it."""
    prep = anchor.head
    if anchor.dep_ != "pobj":
        return False
    prep = first_conjunct(prep)
    return prep.dep_ == BY_PHRASE


def _owned_and_aimed(anchor: Token) -> bool:
    """An act with an owner and a target, an act of its own whatever it does to the
    clause it is in: "weakened by its war with Fano"."""
    children = list(anchor.children)
    return any(c.dep_ == "poss" for c in children) and any(
        c.dep_ == "prep" and c.lower_ in ("with", "against") for c in children
    )


def _made_with(anchor: Token, actors: DocActors) -> tuple[list[Actor], list[Actor]] | None:
    """ "the alliance that the SPLM-N struck with the RSF": the clause's subject and the
    party it made the tie "with"."""
    if anchor.pos_ != "NOUN":
        return None
    for clause in [*(c for c in anchor.children if c.dep_ == "relcl"), *_object_clause(anchor)]:
        makers = [s for c in clause.children if c.dep_ == "nsubj" for s in actors_below(c, actors)]
        partners = [
            s
            for c in clause.children
            if c.dep_ == "prep" and c.lower_ == "with"
            for s in actors_below(c, actors)
        ]
        if makers and partners:
            return distinct(makers)[:1], distinct(partners)[:1]
    return None


def _object_clause(noun: Token) -> list[Token]:
    """The verb of "NOUN that X VERBed" read as a complement clause though the
    noun is the verb's missing object ("the alliance that the SPLM-N struck")."""
    doc = noun.doc
    that = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if that is None or that.lower_ != "that" or that.dep_ != "mark":
        return []
    verb = that.head
    if verb.i < that.i or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in verb.children):
        return []
    return [verb]


def _struck_a_deal(anchor: Token, lexicon: Lexicon) -> bool:
    """ "struck a deal with", "the alliance that X struck with Y": no blow is struck."""
    if anchor.lemma_.lower() != "strike" or anchor.pos_ != "VERB":
        return False
    deals = lexicon.agreement_nouns | lexicon.alliance_nouns
    objects = [c for c in anchor.children if c.dep_ == "dobj"]
    if anchor.dep_ == "relcl":
        objects.append(anchor.head)
    that = [c for c in anchor.children if c.dep_ == "mark" and c.lower_ == "that"]
    if that and that[0].i > 0:
        objects.append(anchor.doc[that[0].i - 1])
    return any(o.lemma_.lower() in deals for o in objects)


def _hosts_an_office(anchor: Token, lexicon: Lexicon) -> bool:
    """ "Qatar hosts Hamas's political office": a seat, not protection (see the corpus README);
    "sponsored talks between Congo and the M23": no funding either."""
    if anchor.lemma_.lower() not in lexicon.hosting_verbs:
        return False
    objects = [c for c in anchor.children if c.dep_ == "dobj"]
    if anchor.dep_ == "relcl":
        objects.append(anchor.head)  # "the talks that the United States and Qatar have sponsored"
    hosted = lexicon.hosted_nouns
    return any(o.lemma_.lower() in hosted or o.lower_ in hosted for o in objects)


def _struck_state(anchor: Token, actors: DocActors) -> list[Actor]:
    """ "ISIS-K has struck inside Iran": with no target named, the state struck at."""
    spans = [actors.at(obj.i) for obj in prep_objects(anchor, ("inside", "into"))]
    return [span.actor for span in spans if span is not None and span.actor.kind == "state"]


def conditional(anchor: Token) -> bool:
    """A relation stated under a condition: "as long as they had no ties to Israel"."""
    for token in [anchor, *anchor.ancestors]:
        if token.dep_ != "advcl":
            continue
        marks = [c for c in token.children if c.dep_ == "mark"]
        if any(m.lower_ in CONDITIONS for m in marks):
            return True
        if any(m.lower_ == "as" and m.i >= 2 and m.doc[m.i - 1].lower_ == "long" for m in marks):
            return True
        if any(m.lower_ == "long" for m in token.children if m.dep_ == "advmod"):
            return True
    return False


def _founded_by(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[Actor]:
    """The group people who broke away went on to form: "X, formed by commanders
    who broke away from Y" makes X the splinter, though "commanders" are the subject."""
    people, _passive = find_subject(anchor)
    if people is None or people.dep_ != "pobj" or people.head.dep_ != BY_PHRASE:
        return []
    verb = people.head.head
    if verb.lemma_.lower() not in lexicon.founding_verbs or actors.at(people.i) is not None:
        return []
    group, _passive = find_subject(verb)  # "X, formed by ...": the noun the participle modifies
    if group is None:
        return []
    return distinct(subject_spans(group, verb, actors, lexicon))


def _prepositional_object(
    match: TriggerMatch, actors: DocActors, objects: list[Actor]
) -> list[Actor]:
    """For "close to", "loyal to": only the names the preposition itself governs.

    "close to the upper end of the UN's range" names no party.
    """
    last = actors.doc[match.end - 1]
    if last.lower_ not in PREPOSITION_ENDINGS or last.pos_ != "ADP":
        return objects
    heads = [c for c in last.children if c.dep_ == "pobj"]
    if any(_names_a_pair(h) for h in heads):
        return objects  # "operations against both groups": the pair named before
    heads += [g for h in heads for g in h.conjuncts]
    heads += [g for h in heads for g in h.children if g.dep_ == "appos"]
    governed = {span.actor.id for h in heads if (span := actors.at(h.i)) is not None}
    for head in heads:
        # "Taliban commanders", "al-Qaeda's general command": the modifier names the party
        for child in head.children:
            span = actors.at(child.i)
            if child.dep_ in ("compound", "amod", "poss") and span is not None:
                governed.add(span.actor.id)
    return [o for o in objects if o.id in governed]


def _not_places_of(
    anchor: Token, objects: list[Actor], actors: DocActors, lexicon: Lexicon
) -> list[Actor]:
    """Objects minus nationalities: "the closest Afghan allies", "a threat from Afghan territory"."""
    doc = actors.doc
    dropped = set()
    for span in actors.spans:
        if span.how != "demonym":
            continue
        token = doc[span.start]
        if token.head.i == anchor.i or token.head.lemma_.lower() in lexicon.place_nouns:
            dropped.add(span.actor.id)
    named = {
        s.actor.id
        for s in actors.among(range(anchor.sent.start, anchor.sent.end))
        if s.how != "demonym"
    }
    return [o for o in objects if o.id not in dropped or o.id in named]


def _nominal(anchor: Token) -> bool:
    """Whether a trigger stands as a noun: "its secretary-general" is tagged an adjective."""
    if anchor.pos_ in ("NOUN", "PROPN"):
        return True
    return anchor.pos_ == "ADJ" and anchor.dep_ in NOUN_SLOTS


def _directed(anchor: Token, lexicon: Lexicon) -> bool:
    """ "urged its members not to shelter the group's fighters": asked for, not done."""
    return (
        anchor.dep_ == "xcomp"
        and anchor.head.lemma_.lower() in lexicon.directive_verbs
        and any(c.dep_ == "dobj" for c in anchor.head.children)
    )


def _unnamed_agent(anchor: Token, actors: DocActors, lexicon: Lexicon) -> bool:
    """ "fought the government and its foreign backers": backers nobody names.

    An agent noun in an object slot is the doer of its relation; with no
    name of its own (or an apposition giving one) the doer is unknown, and
    the clause's subject is not it.
    """
    if anchor.pos_ != "NOUN" or anchor.lemma_.lower() not in lexicon.agent_nouns:
        return False
    slot = first_conjunct(anchor)
    if slot.dep_ == "pobj":
        slot = slot.head  # "received arms from its backers", not "one of its allies"
        if slot.lower_ == "as" or slot.head.pos_ not in ("VERB", "AUX"):
            return False
    elif slot.dep_ != "dobj":
        return False
    if actors.at(anchor.i) is not None:
        return False
    return not any(c.dep_ == "appos" and actors.at(c.i) is not None for c in anchor.children)


def _operation_against(anchor: Token) -> bool:
    """ "ran joint operations against both factions": the "joint" of an operation
    names no ally among those it is against."""
    return anchor.lemma_.lower() == "operation" and any(
        c.lower_ == "against" for c in anchor.children
    )


def withheld(
    anchor: Token, predicate: str, inverse: bool, actors: DocActors, lexicon: Lexicon
) -> bool:
    """Whether the word ``anchor``, read as stating ``predicate``, states no relation at
    all where it stands: a backdrop, a stopped or hypothetical tie, one event, an
    office hosted, a deal struck, a list, help to do something.

    The learned relation reader asks the same of the word its relations hang on.
    """
    if _backdrop(anchor, lexicon) or _ceased(anchor, predicate, lexicon) or conditional(anchor):
        return True
    if received_read_as_verb(anchor, lexicon):
        return True  # "receive weapons and pay from the army": "pay" is received, not paid
    if _one_event(anchor, lexicon):
        return True  # "ISWAP fighters killed dozens of Boko Haram members in clashes"
    if _harmed_without_parties(anchor, actors, lexicon):
        return True  # "the withdrawal of X and Y has weakened regional cooperation"
    if predicate in ("protects", "funds") and _hosts_an_office(anchor, lexicon):
        return True
    if predicate == "funds" and surrendered(verb_above(anchor), lexicon):
        return True  # "will hand its weapons to the state": a surrender, no supply
    if predicate == "protects" and not inverse and _taken_by_subject(anchor, lexicon):
        return True  # "found a safe haven under the Taliban": the finder is sheltered
    if predicate == "hostile" and _struck_a_deal(anchor, lexicon):
        return True
    if predicate == "ally" and _operation_against(anchor):
        predicate = "hostile"  # "joint operations against both factions"
    if predicate == "hostile" and (
        _one_blow(anchor, lexicon) or completes(anchor, lexicon.war_frame_nouns)
    ):
        return True  # "link the attack to Ukraine": one event; "the laws of war": no fighting
    if _helps_do(anchor):
        return True  # "helped secure a truce between X and Y": no tie with the helper
    if _listed_alongside(anchor, lexicon):
        return True  # "naming the six cartels alongside Tren de Aragua": a list, no tie
    if predicate == "hostile" and _in_agent_phrase(anchor) and not _owned_and_aimed(anchor):
        return True  # "supported by US air strikes": the strikes are the support
    return _unnamed_agent(anchor, actors, lexicon) or _directed(anchor, lexicon)


def _relation(match: TriggerMatch, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """Drafts for one relation trigger."""
    spec = lexicon.relations[match.trigger.predicate]
    if spec.predicate == "internal_division":
        return _internal(match, actors, lexicon)
    anchor = match.anchor
    if withheld(anchor, spec.predicate, match.trigger.inverse, actors, lexicon):
        return []
    if spec.predicate == "ally" and _operation_against(anchor):
        # "joint operations against both factions": hostile to them, not allied
        spec = lexicon.relations["hostile"]
    elif spec.predicate == "ally" and _support_received(anchor, lexicon):
        spec = lexicon.relations["funds"]  # "receive operational support from the Taliban"
    depended = spec.predicate == "ally" and _depends_for_means(anchor, lexicon)
    if depended:
        spec = lexicon.relations["funds"]  # "depends on Saudi Arabia for salaries"
    local: bool | None = None
    # "cut every link with the FDLR", "had stopped funding the group": denied since
    severed = _severed(anchor, spec.predicate, lexicon)
    if anchor.dep_ == "appos":
        local = False  # "Iran, Hezbollah's main backer, denied ...": said in passing
    if spec.predicate in DESCRIPTIVE_PREDICATES and _nominal(anchor) and not match.trigger.inverse:
        subjects, objects = role_roles(anchor, actors, lexicon)
        # A role stated in passing ("X, the spokesman, ...") is not negated
        # or hedged by the clause it sits in.
        local = None if anchor.dep_ in ("attr", "pobj") else False
    else:
        subjects, objects = roles(anchor, actors, lexicon, match.trigger.inverse)
        phrase = range(match.start, match.end)
        linked = (
            _linked_pair(anchor, actors, phrase)
            or _between(anchor, actors, lexicon)
            or _made_with(anchor, actors)
            if spec.symmetric
            else None
        )
        if linked is not None:
            subjects, objects = linked
        if spec.predicate == "splinter_of" and not subjects:
            subjects = _founded_by(anchor, actors, lexicon)
        if (
            spec.predicate == "funds"
            and not match.trigger.inverse
            and _taken_by_subject(anchor, lexicon)
        ):
            subjects, objects = objects, subjects  # "receives logistical support from X"
        if depended:
            subjects, objects = objects, subjects  # the one depended on gives
    predicate = spec.predicate
    if predicate == "leads" and _nominal(anchor) and _demoted(anchor, spec, actors):
        predicate = "member_of"
        spec = lexicon.relations["member_of"]
    elif predicate == "leads" and _heads_a_part(anchor, actors):
        predicate = "member_of"  # "who heads the SDF's media office"
        spec = lexicon.relations["member_of"]
    elif predicate == "member_of" and _owned_leader(anchor, spec):
        predicate = "leads"
        spec = lexicon.relations["leads"]
    if spec.predicate in ROLE_PREDICATES and len(subjects) > 1:
        # One person holds a role: the one the gazetteer knows, else the last named
        # ("commanded by X, a trader from Darfur": not Darfur).
        subjects = [s for s in subjects if s.kind in spec.subject_kinds] or subjects
        known = [s for s in subjects if s.origin == "gazetteer"]
        subjects = known[-1:] or subjects[-1:]
    if match.trigger.inverse:
        # "under the command of X": the preposition governs the logical subject.
        subjects = _prepositional_object(match, actors, subjects)
    else:
        objects = _prepositional_object(match, actors, objects)
    if predicate == "leads" and match.trigger.inverse and _commanded_by_a_group(subjects):
        # "fought under the command of HTS": a group under another's command is its affiliate.
        predicate, spec = "affiliate", lexicon.relations["affiliate"]
        subjects, objects = objects, subjects
    if predicate == "allegiance" and _loyal_to(anchor, objects, "organization"):
        predicate, spec = "affiliate", lexicon.relations["affiliate"]
    elif predicate == "allegiance" and _loyal_to(anchor, objects, "person"):
        # "the Boko Haram faction loyal to Bakura Doro": he leads it.
        predicate, spec = "leads", lexicon.relations["leads"]
        subjects, objects = objects, subjects
    elif predicate == "affiliate" and _answers_to_a_person(anchor, objects):
        # "a Kamuina Nsapu faction answers to Mukenge Tshibuabua": he leads it.
        predicate, spec = "leads", lexicon.relations["leads"]
        subjects, objects = objects, subjects
    objects = _not_places_of(anchor, objects, actors, lexicon)
    if spec.predicate != "hostile":
        topics = _topics(match, actors, lexicon)  # "share intelligence on ISWAP": what it is about
        objects = [o for o in objects if o.id not in topics]
    if spec.predicate == "hostile" and not objects:
        objects = _struck_state(anchor, actors)
    if spec.predicate == "hostile" and (not objects or _parts_between(anchor, lexicon)):
        # "tensions within the HTS leadership", "rivalry between two UVF factions"
        inside = _within(anchor, actors, lexicon)
        if inside is not None:
            return [Draft("relation", "internal_division", inside, anchor.i, inside)]
    joined: list[Draft] = []
    if spec.predicate == "hostile":
        # "fought the group alongside the Congolese army": the army fights it too.
        # "fought for the RSF": the side served is no more hit than a partner
        served = _served(anchor, actors, lexicon) + _joined(anchor, actors, lexicon)
        partners = distinct_actors(_partners(anchor, actors, lexicon) + served)
        partner_ids = {p.id for p in partners + _backers(anchor, actors)}
        objects = [o for o in objects if o.id not in partner_ids]
        # "fought the Islamic State beside the YPG": the side and its partner are allies
        joined = [
            Draft("relation", "ally", s, anchor.i, p)
            for s in (subjects if objects else [])
            for p in partners
            if s.id != p.id and s.kind in ("armed_group", "state")
        ]
        subjects = distinct_actors(subjects + partners) if objects else subjects
        if partners and not objects:
            allies = [(s, p) for s in subjects for p in served if s.id != p.id]
            subjects = []  # "fought alongside HTS in the offensive": no one is hit
            if allies:  # "fought for the RSF for more than a year": on its side
                return [Draft("relation", "ally", s, anchor.i, p) for s, p in allies]
    if spec.predicate == "ally" and _fights_itself(anchor, subjects, actors, lexicon):
        return []  # "ADF bombers struck Kampala, and have fought the group alongside ...": misread
    targets = _fought_against(anchor, spec, actors, lexicon)
    objects = [o for o in objects if all(o.id != t.id for t in targets)]
    out = joined + _joint_fighters(anchor, spec, subjects, objects, lexicon)
    out += [
        Draft("relation", "hostile", side, anchor.i, target)
        for side in subjects + objects
        for target in targets
        if side.kind in spec.subject_kinds and side.id != target.id
    ]
    if spec.predicate == "hostile" and not objects and not _mutual(anchor):
        subjects = []  # "fought side by side", "launch their attacks": not on each other
    elif _each_other(anchor):
        # "shelled each other's trenches ... west of Las Anod": a place is no party
        objects = [o for o in objects if o.kind in spec.object_kinds]
    if spec.group_triggers and not _group_belongs(anchor, spec):
        subjects = [s for s in subjects if s.kind == "person"]
    if spec.state_triggers and " ".join(match.trigger.words) not in spec.state_triggers:
        objects = [o for o in objects if o.kind != "state"]  # "the Malian branch": a place
    subjects = [acting_region(a, lexicon) for a in subjects]
    objects = [acting_region(a, lexicon) for a in objects]
    pairs = _pairs(spec, subjects, objects)
    if spec.group_triggers:
        # a person's roles are claims inside armed groups only (see the corpus README)
        pairs = [(s, o) for s, o in pairs if s.kind != "person" or o.kind == "armed_group"]
    if spec.symmetric:
        pairs = [_text_order(pair, anchor, actors) for pair in pairs]
    for subject, obj in pairs:
        if subject.kind in spec.subject_kinds and obj.kind in spec.object_kinds:
            out.append(
                Draft(
                    "relation",
                    predicate,
                    subject,
                    anchor.i,
                    obj,
                    negated=True if severed else local,
                    hedged=local,
                )
            )
    return out


def _group_belongs(anchor: Token, spec: RelationSpec) -> bool:
    """Whether a trigger can make a group part of another: "is a member of", "joined
    the coalition in 2023"; not "joined M23 units in attacks" (fought beside them),
    "an alliance that joins the AA with the TNLA" (brings them together) nor "sent
    fighters to join the Houthis" (its men join)."""
    if anchor.lemma_.lower() not in spec.group_triggers:
        return False
    if anchor.lemma_.lower() != "join":
        return True
    if anchor.dep_ in ("xcomp", "advcl") and any(c.dep_ == "dobj" for c in anchor.head.children):
        return False  # "sent several hundred fighters to join the Houthis": men, not the group
    return not any(
        c.dep_ == "prep"
        and (
            c.lower_ == "with"
            or (c.lower_ == "in" and any(g.ent_type_ != "DATE" for g in c.children))
        )
        for c in anchor.children
    )


RECIPROCALS = frozenset({"each other", "one another"})
TOPIC_PREPS = frozenset({"on", "about", "regarding", "concerning"})


def _topics(match: TriggerMatch, actors: DocActors, lexicon: Lexicon) -> set[str]:
    """Actors a tie is about, not with: "share intelligence on the movements of ISWAP".

    Only what a document or intelligence is "on" or "about" is its topic; "relies on
    the Wazalendo" names a partner.
    """
    anchor = match.anchor
    holders = [anchor, *(c for c in anchor.children if c.dep_ == "dobj")]
    if all(h.lemma_.lower() not in lexicon.document_nouns for h in holders):
        return set()
    preps = [p for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS]
    return {s.actor.id for p in preps for s in actors_below(p, actors)}


def _within(anchor: Token, actors: DocActors, lexicon: Lexicon) -> Actor | None:
    """The one actor a rivalry or tension is inside of: "tensions within the HTS leadership"."""
    preps = [c for c in anchor.children if c.dep_ == "prep" and c.lower_ in ("within", "inside")]
    preps += _parts_between(anchor, lexicon)
    found = distinct([s for p in preps for s in actors_below(p, actors)])
    kinds = lexicon.relations["internal_division"].subject_kinds
    return found[0] if len(found) == 1 and found[0].kind in kinds else None


def _fought_against(
    anchor: Token, spec: RelationSpec, actors: DocActors, lexicon: Lexicon
) -> list[Actor]:
    """The enemy of "fought alongside the army against the M23", "accompany the army in
    operations against JNIM": hostile to both allies."""
    if spec.predicate != "ally" or anchor.lemma_.lower() not in lexicon.joint_fighting_verbs:
        return []
    preps = [t for t in subtree(anchor) if t.dep_ == "prep" and t.lower_ == "against"]
    return distinct([s for p in preps for s in actors_below(p, actors)])


SUPPORT_NOUNS = frozenset({"backing", "support", "help", "assistance", "aid", "blessing"})


def _partners(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[Actor]:
    """Who fights beside the subject: "fought alongside HTS in the offensive" is no blow at HTS."""
    verb = anchor.head.head if anchor.dep_ == "pobj" else anchor
    heads = [verb]
    if verb.dep_ in ("xcomp", "advcl"):
        heads.append(verb.head)  # "went on to fight X beside Y and, from 2017, beside Z"
    preps = [
        c
        for head in heads
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in lexicon.partner_preps and (head is verb or c.i > verb.i)
    ]
    return distinct([s for p in preps for s in actors_below(p, actors)])


def _served(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[Actor]:
    """The group a verb of fighting is done for: "fought for the RSF"."""
    verb = anchor.head.head if anchor.dep_ == "pobj" else anchor
    if verb.lemma_.lower() not in lexicon.battle_verbs:
        return []
    served = prep_objects(verb, tuple(lexicon.served_preps))
    # "fought on the RSF side", "on the army's side": the side's owner
    sides = [g for g in prep_objects(verb, ("on",)) if g.lemma_.lower() == "side"]
    served += [o for g in sides for o in g.children if o.dep_ in ("compound", "poss")]
    return _sides(actors, served)


def _joined(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[Actor]:
    """The side joined or helped in the fighting: "joined the Houthis in attacks on
    shipping" is on the Houthis' side, not a blow at them."""
    verb = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "in" else None
    if verb is None or verb.lemma_.lower() not in lexicon.joint_fighting_verbs:
        return []
    return _sides(actors, [g for g in verb.children if g.dep_ == "dobj"])


SIDE_KINDS = frozenset({"armed_group", "state", "organization"})


def _sides(actors: DocActors, tokens: Iterable[Token]) -> list[Actor]:
    """The distinct groups, states and bodies named at ``tokens``: who can take a side."""
    spans = [s for t in tokens if (s := actors.at(t.i)) is not None and s.actor.kind in SIDE_KINDS]
    return distinct(spans)


def _backers(anchor: Token, actors: DocActors) -> list[Actor]:
    """Who backs the fight: "fought ISIS with American backing" is no blow at the US."""
    verb = anchor.head.head if anchor.dep_ == "pobj" else anchor
    preps = [
        c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" and _names_support(c)
    ]
    return distinct([s for p in preps for s in actors_below(p, actors)])


def _names_support(prep: Token) -> bool:
    """Whether a preposition's object is backing: "with American backing"."""
    return any(g.lemma_.lower() in SUPPORT_NOUNS for g in prep.children if g.dep_ == "pobj")


def _mutual(anchor: Token) -> bool:
    """Whether hostility read with no object may be between its conjoined subjects.

    "ISSP and JNIM clashed" may; "ISSP and JNIM fought side by side" and
    "IRGC officers and Hezbollah advisers helped them launch their attacks"
    may not.
    """
    if anchor.pos_ == "NOUN" and any(c.dep_ == "poss" for c in anchor.children):
        return False
    near = [*anchor.children, *(g for c in anchor.children for g in c.children)]
    doc = anchor.doc
    side_by_side = any(
        t.lower_ == "side" and doc[t.i + 1 : t.i + 3].text.lower() == "by side"
        for t in anchor.subtree
    )
    return not side_by_side and not any(t.lower_ in SIDE_BY_SIDE_WORDS for t in near)


def _fights_itself(
    anchor: Token, subjects: list[Actor], actors: DocActors, lexicon: Lexicon
) -> bool:
    """Whether "alongside" hangs on a verb of fighting whose object is its own subject:
    the parser gave the verb the wrong subject, so no partner of it can be trusted."""
    verb = anchor.head if anchor.dep_ == "prep" else anchor
    if verb.lemma_.lower() not in lexicon.battle_verbs:
        return False
    fought = {
        s.actor.id for c in verb.children if c.dep_ == "dobj" for s in actors_below(c, actors)
    }
    return any(s.id in fought for s in subjects)


def _each_other(anchor: Token) -> bool:
    """Whether the act is said to go both ways: "shelled each other's trenches"; a
    relative clause that says so is about all the names it follows."""
    doc = anchor.doc
    return any(
        doc[t.i : t.i + 2].text.lower() in RECIPROCALS for t in anchor.subtree if t.i + 1 < len(doc)
    )


def _joint_fighters(
    anchor: Token, spec: RelationSpec, subjects: list[Actor], objects: list[Actor], lexicon: Lexicon
) -> list[Draft]:
    """ "Uganda and Congo have fought the ADF together", "Rwandan and Mozambican troops
    opened a joint offensive against IS-M", "NRF and AFF units carried out joint raids":
    the two fighters are allies."""
    # "... struck Houthi launchers in a joint campaign": the joint noun the fight is in
    framed = [
        o for p in anchor.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
    ]
    together = any(c.lower_ in TOGETHER for c in anchor.children) or any(
        c.dep_ == "amod" and c.lower_ in lexicon.joint_words
        for noun in (anchor, *framed)
        for c in noun.children
    )
    # "NRF and AFF units carried out joint raids": allies whoever the raids hit
    if spec.predicate != "hostile" or not together or len(subjects) < 2:
        return []
    first, second = subjects[0], subjects[1]
    return [Draft("relation", "ally", first, anchor.i, second)]


def read_relations(matches: list[TriggerMatch], actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """Relation drafts for the trigger matches of one sentence."""
    out: list[Draft] = []
    for match in matches:
        if match.trigger.category == "relation":
            out += _relation(match, actors, lexicon)
    return out


def read_noun_read_relations(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "India says the ISI arms the BKI": a verb of support the tagger read as a plural
    noun between two names ("ISI arms" taken for a noun phrase) still ties them.

    Only the exact run name, verb, optional "the", name is read, so "the group's arms
    supplies" and "ISI arms depots" are left alone.
    """
    out: list[Draft] = []
    doc = seg.span.doc
    for verb in seg.span:
        predicate = lexicon.noun_read_relation_verbs.get(verb.lower_)
        if predicate is None or verb.i == 0 or not _misread(verb):
            continue
        giver = actors.at(verb.i - 1)
        after = (
            verb.i + 2 if verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "the" else verb.i + 1
        )
        taker = actors.at(after) if after < len(doc) else None
        if giver is None or taker is None or giver.end != verb.i or taker.start != after:
            continue
        spec = lexicon.relations[predicate]
        if giver.actor.kind in spec.subject_kinds and taker.actor.kind in spec.object_kinds:
            out.append(Draft("relation", predicate, giver.actor, verb.i, taker.actor))
    return out


def _misread(verb: Token) -> bool:
    """A verb the parser took for a noun, or left without its subject (the name before
    it hung on it as a compound)."""
    if verb.pos_ in ("NOUN", "PROPN"):
        return True
    subjects = {c.dep_ for c in verb.children} & {"nsubj", "nsubjpass"}
    return verb.pos_ == "VERB" and not subjects


def read_named_operations(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "Uganda and Congo launched Operation Shujaa against the ADF": whoever launches
    a named operation against someone is hostile to them."""
    out: list[Draft] = []
    for word in seg.span:
        if word.lower_ not in lexicon.operation_words or not word.is_title:
            continue
        name = word.head if word.dep_ == "compound" else word
        verb = name.head
        if name.dep_ != "dobj" or verb.pos_ != "VERB":
            continue
        targets = [
            s
            for h in (verb, name)
            for p in prep_objects(h, ("against",))
            for s in [actors.at(p.i)]
            if s
        ]
        subject, passive = find_subject(verb)
        if subject is None or passive or not targets:
            continue
        launchers = subject_spans(subject, verb, actors, lexicon)
        spec = lexicon.relations["hostile"]
        out += [
            Draft("relation", "hostile", a, word.i, t.actor)
            for a in distinct(launchers)
            for t in targets
            if a.kind in spec.subject_kinds
            and t.actor.kind in spec.object_kinds
            and a.id != t.actor.id
        ]
    return out


def read_let_through(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "accused both juntas of letting JNIM fighters rest and refuel", "had let ELN
    columns cross into Catatumbo": whoever lets a group move, pass or rest on its
    ground protects it."""
    spec = lexicon.relations["protects"]
    out: list[Draft] = []
    for verb in seg.span:
        if verb.lemma_.lower() != "let" or verb.pos_ != "VERB":
            continue
        acts = [
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "xcomp") and c.lemma_.lower() in lexicon.passing_acts
        ]
        let_in = [
            s.actor
            for act in acts
            for c in act.children
            if c.dep_ in ("nsubj", "dobj")
            for s in actors_below(c, actors)
            if s.actor.kind == "armed_group"
        ]
        subject, passive = find_subject(verb)
        if not let_in or subject is None or passive:
            continue
        if subject.dep_ == "nsubj" and subject.head.lemma_.lower() in lexicon.accusing_verbs:
            continue  # the accuser of "accused X of letting ..." lets no one through
        hosts = [
            a
            for a in distinct(subject_spans(subject, verb, actors, lexicon))
            if a.kind in spec.subject_kinds and a.kind != "person"
        ]
        out += [
            Draft("relation", "protects", host, verb.i, group)
            for host in hosts
            for group in distinct_actors(let_in)
            if host.id != group.id
        ]
    return out


def read_allied_conjuncts(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "Fighters of the Pakistani Taliban and the allied Hafiz Gul Bahadur group": a
    group called allied beside another is that one's ally."""
    spec = lexicon.relations["ally"]
    out: list[Draft] = []
    for word in seg.span:
        if word.lower_ != "allied" or word.dep_ != "amod":
            continue
        noun = word.head
        own = actors.at(noun.i) or next(
            (s for c in noun.children if c.dep_ == "compound" and (s := actors.at(c.i))), None
        )
        first = noun.head if noun.dep_ == "conj" else None
        partner = actors.at(first.i) if first is not None else None
        if first is not None and partner is None:
            # "Fighters of the Pakistani Taliban and the allied X": whose fighters
            partner = next((s for o in prep_objects(first, ("of",)) if (s := actors.at(o.i))), None)
        if own is None or partner is None or own.actor.id == partner.actor.id:
            continue
        if own.actor.kind in spec.subject_kinds and partner.actor.kind in spec.object_kinds:
            out.append(Draft("relation", "ally", partner.actor, word.i, own.actor))
    return out


def read_owned_groups(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """A person who owns a named group leads it: "Khalifa Haftar's Libyan National Army",
    "the Katiba Macina of Amadou Koufa", "the SPLM-N loyal to Abdelaziz al-Hilu".

    Only named people count; "his forces" and "Iran's Quds Force" name no leader.
    """
    spec = lexicon.relations["leads"]
    out: list[Draft] = []
    for span in actors.among(t.i for t in seg.span):
        if span.actor.kind not in spec.object_kinds or span.how == LEADERS_MEN:
            continue  # "Kony's men" are the LRA because he leads it: no new fact
        root = span.root(actors.doc)
        owners = [c for c in root.children if c.dep_ == "poss"] + prep_objects(root, ("of",))
        people = [
            person.actor
            for owner in owners
            if (person := actors.at(owner.i)) is not None
            and person.how != "coref"
            and person.actor.kind == "person"
        ]
        loyal = named_leader(actors.doc, span, actors)  # "the SPLM-N loyal to al-Hilu"
        people += [loyal] if loyal is not None else []
        out += [
            Draft("relation", "leads", person, root.i, span.actor, None, False, False)
            for person in {p.id: p for p in people}.values()
        ]
    return out


def read_group_owned_groups(seg: Segment, actors: DocActors) -> list[Draft]:
    """A named armed group owned by another is part of it: "PIJ's al-Quds Brigades",
    "Hezbollah's Radwan Force".

    Only groups named as such count on both sides: a state's force ("Iran's Quds
    Force") is an organ of the state, and a pronoun owner ("its al-Quds Brigades")
    is left to the readers of descriptions. "The wing of X" and "factions of X"
    name parts that are often the owner itself or no named group at all, so only
    the possessive counts.
    """
    out: list[Draft] = []
    for span in actors.among(t.i for t in seg.span):
        if span.actor.kind != "armed_group" or span.how == "coref":
            continue
        root = span.root(actors.doc)
        owners = [c for c in root.children if c.dep_ == "poss"]
        out += [
            Draft("relation", "affiliate", span.actor, root.i, owner.actor)
            for token in owners
            if (owner := actors.at(token.i)) is not None
            and owner.how != "coref"
            and owner.actor.kind == "armed_group"
            and owner.actor.id != span.actor.id
        ]
    return out


def _founding(verb: Token, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """Who founded and what they founded, for a founding verb: "X founded Y", "Y was set
    up by X", "the militia that X raised"; nothing for any other verb."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.founding_verbs:
        return [], []
    subject, passive = find_subject(verb)
    if passive:
        founders = [g for c in verb.children if c.dep_ == BY_PHRASE for g in c.children]
        return founders, [subject] if subject is not None else []
    founders = [subject] if subject is not None else []
    made = [c for c in verb.children if c.dep_ == "dobj"]
    relative = verb.dep_ == "relcl" and any(c.tag_ in RELATIVE_TAGS for c in verb.children)
    if relative and (not made or made[0].tag_ in RELATIVE_TAGS):
        made = [verb.head]  # "Ansar al-Tawhid, which its veterans founded"
    return founders, made


def read_founded_by_veterans(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """A group founded by another's veterans split from it: "Ansar al-Tawhid, which Jund
    al-Aqsa veterans founded in 2018", "formed by former members of the FARC"; one
    founded by a person is led by him: "the militia that Sheka raised in 2008"."""
    out: list[Draft] = []
    for verb in seg.span:
        founders, made = _founding(verb, lexicon)
        # "the Nduma Defence of Congo, the militia that Sheka raised": the name it describes
        made = [t.head if t.dep_ == "appos" and actors.at(t.head.i) else t for t in made]
        spans = [s for t in made if (s := actors.at(t.i)) is not None]
        groups = [s.actor for s in spans]
        named = [s.actor for s in spans if s.how != "coref"]  # a founder needs a named group
        parents = [p for t in founders if _veterans(t, lexicon) for p in _owners_of(t, actors)]
        out += [
            Draft("relation", "splinter_of", g, verb.i, p)
            for g in groups[:1]
            for p in parents[:1]
            if g.kind == "armed_group" and p.kind == "armed_group" and g.id != p.id
        ]
        people = [
            s.actor
            for t in founders
            for c in (t, *t.conjuncts)
            if (s := actors.at(c.i)) is not None and s.actor.kind == "person"
        ]
        out += [
            Draft("relation", "leads", person, verb.i, g)
            for g in named[:1]
            for person in distinct_actors(people)
            if g.kind in ("armed_group", "organization")
        ]
    return out


def _veterans(noun: Token, lexicon: Lexicon) -> bool:
    """ "veterans", "defectors", "former members": people who left a group."""
    lemma = noun.lemma_.lower()
    former = any(c.lower_ in ("former", "ex") for c in noun.children if c.dep_ == "amod")
    return lemma in lexicon.veteran_nouns or (lemma in lexicon.former_member_nouns and former)


def _owners_of(noun: Token, actors: DocActors) -> list[Actor]:
    """The group a people noun belongs to: "Jund al-Aqsa veterans", "its veterans",
    "former members of the FARC", "defectors from the ELN"."""
    owners = [c for c in noun.children if c.dep_ in ("poss", "compound")]
    owners += prep_objects(noun, ("of", "from"))
    return [s.actor for t in owners if (s := actors.at(t.i)) is not None]


def read_grown_under(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """A group that grew, was founded or fought "under" a named person is led by him:
    "It grew up inside Tocorón under Héctor Guerrero Flores".

    Only a verb whose subject is the group (or a phrase naming it) counts, and
    only a person named outright, not "under him".
    """
    spec = lexicon.relations["leads"]
    out: list[Draft] = []
    for prep in seg.span:
        if prep.dep_ != "prep" or prep.lower_ != "under" or prep.head.pos_ != "VERB":
            continue
        people = [
            span.actor
            for g in prep.children
            if g.dep_ == "pobj"
            and (span := actors.at(g.i)) is not None
            and span.how != "coref"
            and span.actor.kind == "person"
        ]
        if not people:
            continue
        subject, _passive = find_subject(prep.head)
        if subject is None:
            continue
        groups = [
            a
            for a in distinct(subject_spans(subject, prep.head, actors, lexicon))
            if a.kind in spec.object_kinds and a.kind != "person" and a.kind != "state"
        ]
        out += [Draft("relation", "leads", p, prep.i, g) for p in people for g in groups]
    return out


def helpers(head: Token, lexicon: Lexicon) -> list[Token]:
    """The words naming who helps a verb or its doer: "with the support of the UPDF",
    "with the help of PKK fighters", "with the backing of Ankara"."""
    return [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "with"
        for n in c.children
        if n.dep_ == "pobj" and n.lemma_.lower() in lexicon.helping_nouns
        for g in prep_objects(n, ("of",))
    ]


def read_helped_by(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "The SSPDF, with the support of the UPDF, carried out air strikes": the doer and
    its helper are allies, whatever the act."""
    spec = lexicon.relations["ally"]
    out: list[Draft] = []
    for head in seg.span:
        helping = [s.actor for t in helpers(head, lexicon) for s in actors_below(t, actors)]
        helping = [a for a in distinct_actors(helping) if a.kind in spec.object_kinds]
        if not helping:
            continue
        if head.pos_ == "VERB":
            subject, passive = find_subject(head)
            if subject is None or passive:
                continue
            spans = subject_spans(subject, head, actors, lexicon)
        elif head.dep_ == "nsubj":  # "The SAF, with the support of Egypt, attacked ..."
            spans = [s for s in [actors.at(head.i)] if s is not None]
        else:
            continue
        doers = [a for a in distinct(spans) if a.kind in spec.subject_kinds]
        out += [
            Draft("relation", "ally", doer, head.i, helper)
            for doer in doers
            for helper in helping
            if doer.id != helper.id
        ]
    return out
