"""Pledges: what an actor commits to, and to whom.

The one who commits is the subject of the pledge verb (or owns the pledge
noun: "the Taliban's commitment"); the counterparty is an actor reached
through the verb's indirect object or a "to"/"with" phrase ("assured
Washington", "an agreement with the United States"), never through the
content of the promise ("committed to preventing al Qaeda ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from claimgraph.model import Actor
from claimgraph.nlp.actors import ActorSpan, DocActors
from claimgraph.nlp.coref import SPEAKING_KINDS
from claimgraph.nlp.drafts import Draft, actors_below, distinct, distinct_actors
from claimgraph.nlp.lexicon import Lexicon
from claimgraph.nlp.presence import _owners as owners
from claimgraph.nlp.relations import (
    acting_region,
    conditional,
    governed_region,
    subject_spans,
    the_two,
)
from claimgraph.nlp.segments import Segment
from claimgraph.nlp.syntax import (
    find_subject,
    prep_objects,
    previous_sentence_start,
    surrendered,
    verb_above,
)
from claimgraph.nlp.triggers import TriggerMatch

PLEDGERS = frozenset({"armed_group", "state", "organization", "person"})
# Who can be a party to a truce or an agreement: a person speaks for one.
PARTIES = PLEDGERS - {"person"}
ROUTE_DEPS = frozenset({"prep", "pobj", "dative", "dobj", "compound", "poss", "amod"})
# Tokens before a sentence searched for the truce "the offer" refers to.
OFFER_LOOKBACK = 120


def counterparties(
    anchor: Token, actors: DocActors, exclude: set[str], lexicon: Lexicon
) -> list[Actor]:
    """Actors the pledge is made to, found through prepositions and objects."""
    found: list[tuple[int, Actor]] = []  # (where named, party)
    stack = [c for c in anchor.children if c.dep_ in ("dative", "dobj", "prep")]
    given = anchor
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of":
        given = anchor.head.head  # "an act of commitment"
    if anchor.pos_ == "NOUN" and given.dep_ == "dobj":
        # "gave Bangkok the same undertaking": whom the promise is given to;
        # "signed an act of commitment with the P-DDRCS": whom it is signed with
        stack += [
            c
            for c in given.head.children
            if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "with")
        ]
    stack += _receivers(anchor, lexicon)
    while stack:
        token = stack.pop()
        if token.dep_ == "prep" and token.lower_ not in lexicon.counterparty_preps:
            continue
        span = actors.at(token.i)
        if span is not None:
            # a promise to a group's leader is made to his group ("assured Abdi")
            party = actors.leaders.get(span.actor.id) or acting_region(span.actor, lexicon)
            if party.id not in exclude and party.kind in PLEDGERS:
                found.append((span.start, party))
                continue
        region = governed_region(token, actors, lexicon)
        if region is not None and region.id not in exclude:
            found.append((token.i, region))  # "an undertaking with Kwango's provincial government"
            continue
        stack.extend(c for c in token.children if c.dep_ in ROUTE_DEPS)
    parties = distinct_actors([party for _, party in sorted(found, key=lambda f: f[0])])
    return [a for a in parties if a.kind != "person"]


def _infinitive(clause: Token) -> bool:
    """A verb's infinitive complement, which the parser hangs as an adverbial clause
    when a phrase comes between: "undertook at the end of 2024 to contribute"."""
    return clause.dep_ == "xcomp" or (
        clause.dep_ == "advcl"
        and clause.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _receivers(anchor: Token, lexicon: Lexicon) -> list[Token]:
    """Whom a pledged handing-over goes to: "promised to hand any scam workers found in
    its areas to the Thai authorities", "committed to handing over its weapons to X"."""
    acts = [c for c in anchor.children if _infinitive(c)]
    acts += [
        g for c in anchor.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"
    ]
    return [
        t
        for act in acts
        if {act.lemma_.lower(), act.lower_.removesuffix("ing")} & lexicon.giving_verbs
        for t in act.subtree
        if t.dep_ == "dative"
        or (t.dep_ == "prep" and t.lower_ == "to" and (t.head == act or t.head.pos_ == "VERB"))
    ]


def protected(anchor: Token, actors: DocActors, exclude: set[str], lexicon: Lexicon) -> list[Actor]:
    """States the promise shields: "not let anyone use its soil to threaten X".

    A promise not to let a territory be used against a country is made to
    that country, though only the content of the promise names it.
    """
    found = []
    for word in anchor.subtree:
        if word.lemma_.lower() not in lexicon.threat_words or word.i == anchor.i:
            continue
        stack = [c for c in word.children if c.dep_ in ("dobj", "pobj")]
        stack += [g for c in word.children if c.lower_ == "of" for g in c.children]
        while stack:
            token = stack.pop()
            span = actors.at(token.i)
            if span is not None and span.actor.id not in exclude and span.actor.kind == "state":
                found.append(span)
                stack.extend(c for c in token.children if c.dep_ == "conj")
                continue
            stack.extend(
                c
                for c in token.children
                if c.dep_ in ROUTE_DEPS or c.dep_ in ("conj", "appos", "amod")
            )
    # "not to attack Chinese and Russian vessels": made to each state named.
    return distinct(sorted(found, key=lambda s: s.start))


def _allowed(anchor: Token, actors: DocActors, exclude: set[str], lexicon: Lexicon) -> list[Actor]:
    """Whom a promise lets act: "undertook to let MINURSO resupply its team sites",
    "promised to allow UN agencies to deliver aid" are made to MINURSO, the agencies."""
    found: list[Actor] = []
    for verb in anchor.subtree:
        lemma = verb.lemma_.lower()
        if (lemma not in lexicon.permitting_verbs and lemma != "let") or verb.i == anchor.i:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "will not let anyone use its soil": see protected()
        doers = [c for c in verb.children if c.dep_ == "dobj"]
        doers += [
            g
            for c in verb.children
            if c.dep_ in ("ccomp", "xcomp")
            for g in c.children
            if g.dep_ == "nsubj"
        ]
        for doer in doers:
            span = actors.at(doer.i)
            if span is not None and span.actor.id not in exclude and span.actor.kind in PARTIES:
                found.append(span.actor)
    return found[:1]


def _guarded(anchor: Token, actors: DocActors, exclude: set[str], lexicon: Lexicon) -> list[Actor]:
    """Whom a promise keeps safe: "remained committed to protecting the coalition's
    military advisers" is made to the coalition."""
    for verb in anchor.subtree:
        if verb.i == anchor.i or verb.lemma_.lower() not in lexicon.guarding_verbs:
            continue
        found = _first_party([c for c in verb.children if c.dep_ == "dobj"], actors, exclude)
        if found:
            return found
    return []


def _first_party(tokens: list[Token], actors: DocActors, exclude: set[str]) -> list[Actor]:
    """The first party (no person) named in the phrases headed by ``tokens``, other than
    ``exclude``: the one a promise is made to, as a list of at most one."""
    for token in tokens:
        for span in actors_below(token, actors):
            if span.actor.id not in exclude and span.actor.kind in PARTIES:
                return [span.actor]
    return []


def _partners(anchor: Token, actors: DocActors, exclude: set[str], lexicon: Lexicon) -> list[Actor]:
    """Whom a promise is to be kept together with: "pledged to keep cooperating with
    the United States", "undertook to share its conclusions with our organisation",
    "pledged to keep the peace with the government"."""
    for verb in anchor.subtree:
        if verb.i == anchor.i or not _shared_with(verb, lexicon) or _aside(verb, anchor):
            continue
        # "share its findings with": the partner may hang on the thing shared
        things = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        found = _first_party(
            [p for t in things for p in prep_objects(t, ("with",))], actors, exclude
        )
        if found:
            return found
    return []


def _aside(word: Token, anchor: Token) -> bool:
    """A word in a condition or a relative clause below the promise, no part of what is
    promised: "would observe a ceasefire if Kinshasa opened a dialogue with the Hema",
    "will let fuel through to any town that stops cooperating with the army"."""
    while word.i != anchor.i and word.head.i != word.i:
        if word.dep_ in ("advcl", "relcl"):
            return True
        word = word.head
    return False


def _talks_with(verb: Token, lexicon: Lexicon) -> bool:
    """Negotiating with someone named ("negotiate with Israel"), not on terms ("never
    negotiate on anything less than a referendum"): its refusal is a pledge denied."""
    return verb.lemma_.lower() in lexicon.negotiating_verbs and bool(prep_objects(verb, ("with",)))


def _shared_with(word: Token, lexicon: Lexicon) -> bool:
    """A deed done with a partner, or a peace kept or talks held with one ("promised to
    open talks with the HSGF")."""
    if word.pos_ == "VERB":
        return word.lemma_.lower() in lexicon.partnering_verbs
    return word.pos_ == "NOUN" and (
        is_truce(word, lexicon)
        or word.lower_ in lexicon.peace_nouns
        or word.lemma_.lower() in lexicon.talks_nouns
    )


def agreement_partners(
    anchor: Token, actors: DocActors, exclude: set[str], lexicon: Lexicon
) -> list[Actor]:
    """Whom a promise is owed under the deal it is part of, named where the deal is:
    "committed to the border agreement it signed with Iraq", "under the action plan it
    agreed with the FATF, Pakistan undertook ...", "the pledge it gave the United States".

    The deal is any noun of the promise's clause that a relative clause says was
    signed, agreed or reached with someone, or the promise itself given to someone.
    """
    dealing = lexicon.truce_verbs | lexicon.dealing_verbs
    clause = anchor if anchor.pos_ in ("VERB", "AUX") else verb_above(anchor)
    for noun in (t for t in clause.subtree if t.pos_ in ("NOUN", "PROPN")):
        for verb in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
            if verb.lemma_.lower() not in dealing:
                continue
            partners = prep_objects(verb, ("with",))
            if noun.i == anchor.i:
                partners += [c for c in verb.children if c.dep_ == "dative"]
            found = _first_party(partners, actors, exclude)
            if found:
                return found
    return []


def _excluded(anchor: Token, lexicon: Lexicon) -> bool:
    """ "Pledged allegiance" is a relation, "vowed to drive it out" a threat: neither is a pledge."""
    objects = [c for c in anchor.children if c.dep_ in ("dobj", "pobj", "attr")]
    objects += [g for c in anchor.children if c.dep_ == "prep" for g in c.children]
    if any(c.lemma_.lower() in lexicon.pledge_excluded for c in objects):
        return True  # "pledged allegiance", "renewed its pledge of allegiance"
    if _promises_in_general(anchor):
        return True  # "more tired of promises", "more than promises made in Washington"
    if anchor.pos_ == "NOUN" and anchor.dep_ == "appos" and anchor.head.pos_ == "PROPN":
        return True  # "his bay'ah to Mullah Omar, an oath sworn to a dead man": not Omar's
    if anchor.pos_ == "VERB" and any(c.dep_ == "prt" for c in anchor.children):
        return True  # "has not let up": a phrasal verb is another verb
    return any(
        c.dep_ == "xcomp"
        and c.lemma_.lower() in lexicon.threat_verbs
        and not _own_people(c, lexicon)
        for c in anchor.children
        if not any(g.dep_ == "neg" for g in c.children)
    )


def _sworn_to(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[Actor]:
    """The groups or leaders an oath is sworn to: "renewed their oath to al-Qaeda" is
    allegiance (a relation), not a pledge; an oath to a state or to do something is one."""
    if anchor.pos_ != "NOUN" or anchor.lemma_.lower() not in lexicon.oath_nouns:
        return []
    kinds = lexicon.relations["allegiance"].object_kinds
    tos = prep_objects(anchor, ("to",))
    if anchor.dep_ == "dobj":
        tos += prep_objects(anchor.head, ("to",))  # "renewed their oath to al-Qaeda"
    spans = [actors.at(to.i) for to in tos]
    return [s.actor for s in spans if s is not None and s.actor.kind in kinds]


def _own_people(verb: Token, lexicon: Lexicon) -> bool:
    """ "Promised to expel any member found guilty", "to punish its fighters": a threat
    to one's own people is a commitment to discipline them, not a threat."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in lexicon.group_owned_nouns
        and any(g.lower_ in ("any", "its", "their", "our") for g in c.children)
        for c in verb.children
    )


def _promises_in_general(anchor: Token) -> bool:
    """A bare plural "promises" that nobody owns and nothing completes is talk about
    promises, not one made."""
    if anchor.pos_ != "NOUN" or anchor.tag_ != "NNS":
        return False
    owned = any(c.dep_ in ("poss", "det", "nummod", "amod") for c in anchor.children)
    completed = any(
        c.dep_ in ("acl", "relcl", "ccomp") and c.lemma_ != "make" for c in anchor.children
    )
    given = anchor.dep_ == "dobj" and anchor.head.pos_ == "VERB"
    return not (owned or completed or given)


def _pledgers(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[Actor]:
    """Who commits."""
    if anchor.pos_ == "NOUN":
        named = [a for a in owners(anchor, actors, lexicon) if a.kind in PLEDGERS]
        if named:
            return named
    subject, passive = find_subject(anchor)
    if passive:
        return _passive_pledgers(anchor, actors)
    if subject is None:
        return []
    region = governed_region(subject, actors, lexicon)
    if region is not None:
        return [region]  # "Kwara's government has committed itself to ..."
    spans = subject_spans(subject, anchor, actors, lexicon)
    parties = [acting_region(a, lexicon) for a in distinct(spans)]
    return [a for a in parties if a.kind in PLEDGERS]


def _passive_pledgers(anchor: Token, actors: DocActors) -> list[Actor]:
    """Parties of a passive truce: "declared by the PKK", "agreed between X and Y"."""
    spans = [
        s
        for c in anchor.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "between")
        for s in actors_below(c, actors)
    ]
    return [a for a in distinct(spans) if a.kind in PLEDGERS]


def _mutual(anchor: Token, lexicon: Lexicon) -> bool:
    """ "Agreed to stop attacking each other", "both sides agreed to a ceasefire",
    "X and Y agreed to share intelligence".

    Each pledger commits to the others.
    """
    if anchor.pos_ == "VERB" and anchor.lemma_.lower() in lexicon.concluding_verbs:
        return True  # "Asunción and Brasília agreed to share intelligence": with each other
    words = {t.lemma_.lower() for t in anchor.subtree}
    if words & {"other", "another"} or words & lexicon.truce_nouns:
        return True
    if words & lexicon.joint_words:
        return True  # "agreed to mount joint patrols and share intelligence"
    # "both federations agreed to stop fighting": a truce in all but name.
    return bool(words & lexicon.cessation_verbs) and bool(words & lexicon.fighting_words)


def _one_per_pledger(drafts: list[Draft]) -> list[Draft]:
    """A sentence's pledges, one per pledger and counterparty, named ones first.

    "promised America they would never let ..." is one commitment read
    twice; the reading that names the counterparty stands for both.
    """
    named = {(d.subject.id) for d in drafts if d.object is not None}
    seen: set[tuple[str, str]] = set()
    out = []
    for draft in drafts:
        key = (draft.subject.id, draft.object.id if draft.object else "")
        if key in seen or (draft.object is None and draft.subject.id in named):
            continue
        seen.add(key)
        out.append(draft)
    return out


def truce_anchors(seg: Segment, lexicon: Lexicon) -> list[Token]:
    """Verbs that make a truce a commitment: "declared a ceasefire", "signed a truce".

    A truce or ceasefire is a promise of its maker whatever verb states it
    ("announced", "observed", "agreed"); the verb, not the noun, carries the
    maker as its subject. A truce only named ("the truce collapsed") is an
    event, not a commitment.
    """
    out = []
    for token in seg.span:
        if _signed_with(token, lexicon):
            out.append(token.head)
            continue
        if not is_truce(token, lexicon):
            continue
        # "the ceasefire that the PKK declared", "the PKK's ceasefire".
        out += [c for c in token.children if c.dep_ == "relcl" and _makes_truce(c, lexicon)]
        if any(c.dep_ == "poss" for c in token.children):
            out.append(token)
            continue
        noun = token.head if token.dep_ == "compound" else token  # "a ceasefire proposal"
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
        elif noun.dep_ not in ("dobj", "nsubjpass"):
            continue
        if _makes_truce(head, lexicon):
            out.append(head)
    return out


def _signed_with(noun: Token, lexicon: Lexicon) -> bool:
    """Any agreement two sides sign together binds each to the other, peace deal or
    not: "signed an accord with Chad", "Burundi and Congo signed a defence pact"."""
    if noun.lemma_.lower() not in lexicon.agreement_nouns or noun.dep_ != "dobj":
        return False
    verb = noun.head
    if verb.lemma_.lower() not in lexicon.signing_verbs or is_truce(noun, lexicon):
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return False  # "signed Mali's 2015 peace agreement": joining a deal made before
    if any(c.lower_ in lexicon.commercial_words for c in noun.subtree):
        return False  # "signed electricity and trade deals with Kabul": business
    subject, _passive = find_subject(verb)
    paired = subject is not None and (
        any(c.dep_ == "conj" for c in subject.children) or the_two(subject)
    )
    withs = [c for t in (verb, noun) for c in t.children if c.dep_ == "prep"]
    return paired or any(c.lower_ == "with" for c in withs)


def is_truce(noun: Token, lexicon: Lexicon) -> bool:
    """A truce noun, or an agreement made one by its modifier ("a peace deal")."""
    lemma = noun.lemma_.lower()
    if lemma in lexicon.truce_nouns:
        return True
    return lemma in lexicon.agreement_nouns and any(
        c.dep_ in ("compound", "amod") and c.lower_ in lexicon.truce_modifiers
        for c in noun.children
    )


def _makes_truce(verb: Token, lexicon: Lexicon) -> bool:
    """Whether ``verb`` declares, signs or keeps a truce."""
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in lexicon.truce_verbs


def truce_parties(
    seg: Segment, actors: DocActors, lexicon: Lexicon
) -> list[tuple[Token, list[Actor]]]:
    """Truces of a sentence with the parties a "between" phrase gives them.

    "a ceasefire between the ELN and Bogotá took effect", "the ceasefire
    agreed between Israel and Hamas": each party is bound to the others.
    A truce said to have ended ("collapsed", "broke down") binds no one now.
    """
    out = []
    for token in seg.span:
        if not is_truce(token, lexicon):
            continue
        holders = [token, *(c for c in token.children if c.dep_ in ("acl", "relcl"))]
        if token.dep_ == "pobj" and token.head.head.pos_ == "VERB":
            holders.append(token.head.head)  # "Under the ceasefire agreed between X and Y"
        between = [
            c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "between"
        ]
        if not between or _ended(token, lexicon):
            continue
        parties = distinct([s for b in between for s in actors_below(b, actors)])
        parties = [a for a in parties if a.kind in PARTIES]
        if parties:
            out.append((token, parties))
    return out


def _ended(truce: Token, lexicon: Lexicon) -> bool:
    """Whether the sentence says the truce is over ("the truce collapsed")."""
    verb = truce.head if truce.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    return verb is not None and verb.lemma_.lower() in lexicon.ended_verbs


def _bound(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[tuple[Token, list[Actor]]]:
    """Parties an agreement is said to bind: "the truce commits both X and Y to ..."."""
    out = []
    for verb in seg.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.binding_verbs:
            continue
        subject, _passive = find_subject(verb)
        if verb.dep_ == "acl":
            subject = verb.head  # "signed a joint statement committing both sides to ..."
        elif verb.dep_ == "advcl" and verb.tag_ == "VBG":
            signed = [c for c in verb.head.children if c.dep_ == "dobj"]
            subject = signed[0] if signed else subject  # the same, read as an adverbial
        nouns = lexicon.truce_nouns | lexicon.agreement_nouns | lexicon.binding_documents
        if subject is None or subject.lemma_.lower() not in nouns:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        parties = distinct([s for o in objects for s in actors_below(o, actors)])
        if not parties and any(the_two(o) for o in objects):
            parties = _signatories(subject, actors)
        parties = [a for a in parties if a.kind in PARTIES]
        if parties:
            out.append((verb, parties))
    return out


def _signed(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[tuple[Token, list[Actor]]]:
    """The parties of an agreement a sentence says they signed or reached: "the
    Taliban and the United States signed the Doha agreement", "Burundi signed a
    defence pact with Kinshasa". Remembered for the pledges made under it later."""
    nouns = lexicon.agreement_nouns | lexicon.binding_documents
    out = []
    for noun in seg.span:
        if noun.lemma_.lower() not in nouns or noun.dep_ != "dobj":
            continue
        verb = noun.head
        if verb.lemma_.lower() not in lexicon.truce_verbs:
            continue
        partners = [s.actor for p in prep_objects(verb, ("with",)) for s in [actors.at(p.i)] if s]
        parties = [
            a for a in distinct_actors(_signatories(noun, actors) + partners) if a.kind in PARTIES
        ]
        if len(parties) == 2:
            out.append((verb, parties))
    return out


def _signatories(document: Token, actors: DocActors) -> list[Actor]:
    """Who signed or agreed the document that binds "both sides": "X and Y signed a
    joint statement committing both sides to ..."."""
    if document.dep_ != "dobj":
        return []
    subject, passive = find_subject(document.head)
    if subject is None or passive:
        return []
    return distinct([s for t in (subject, *subject.conjuncts) if (s := actors.at(t.i)) is not None])


def _pledges(
    pledger: Actor, anchor: Token, made_to: Sequence[Actor], negated: bool = False
) -> list[Draft]:
    """One pledge per party it is made to, or one made to no one named."""
    parties: list[Actor | None] = [*made_to] or [None]
    return [Draft("pledge", "pledge", pledger, anchor.i, p, negated=negated) for p in parties]


def _mutual_drafts(groups: list[tuple[Token, list[Actor]]]) -> list[Draft]:
    """One pledge per party of a truce, made to each other party (or to no one named)."""
    out = []
    for anchor, parties in groups:
        for party in parties:
            out += _pledges(party, anchor, [p for p in parties if p.id != party.id])
    return out


def _with_counterparts(drafts: list[Draft], groups: list[tuple[Token, list[Actor]]]) -> list[Draft]:
    """Pledges with no counterparty take the other party of the sentence's truce."""
    out = []
    for draft in drafts:
        others = [
            p
            for _anchor, parties in groups
            if any(p.id == draft.subject.id for p in parties)
            for p in parties
            if p.id != draft.subject.id
        ]
        if draft.object is None and others:
            out += [replace(draft, object=other) for other in others]
        else:
            out.append(draft)
    return out


def _announced(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """Commitments announced in reported speech: "the PKK said it would lay down its weapons".

    A speaker saying that it will dissolve, disarm, stop or not attack binds
    itself as surely as with "pledged"; the future modal and the speaker
    being the doer make it a commitment rather than a forecast.
    """
    out = []
    for verb in seg.span:
        clause = verb
        while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head  # "said it would treat ... and would release prisoners"
        if verb.pos_ != "VERB" or clause.dep_ != "ccomp":
            continue
        lemma = verb.lemma_.lower()
        # "would stay and defend the city": the modal of the first verb binds both
        future = any(
            c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll")
            for head in {verb, clause}
            for c in head.children
        )
        # "announced that it is suspending its operations": a halt to fighting taken
        # as it is said ("it was withdrawing its troops" only reports a move).
        ongoing = (
            verb.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
            and bool(_fighting_objects(verb, lexicon))
        )
        if not future and not ongoing and not _ended_itself(verb, lexicon):
            continue
        negated = any(c.dep_ == "neg" for c in verb.children)
        kept = _keeps_arms(verb, lexicon)
        # harm forsworn: "would not attack", "would never harm", "would not support"
        forsworn = lemma in lexicon.threat_verbs or lemma in lexicon.abstained_verbs
        # "would not give up its weapons", not "would not give the army a village"
        refusing = negated and (
            forsworn
            or _talks_with(verb, lexicon)
            or (lemma in lexicon.refused_act_verbs and any(c.dep_ == "prt" for c in verb.children))
        )
        # "would give Trinidad two patrol boats" binds; "would not give the army a single
        # village" refuses a demand no one is said to have made.
        announced = lemma in lexicon.announced_verbs and not (
            negated and lemma in lexicon.giving_verbs
        )
        committing = lemma in lexicon.commitment_verbs or announced
        committing = committing or _staying(verb, lexicon) or surrendered(verb, lexicon)
        committing = committing or (future and _undertaken(verb, negated, lexicon))
        if not committing and not refusing and not kept:
            continue
        speaker, _passive = find_subject(clause.head)
        doer, _ = find_subject(verb)
        if doer is None or clause.head.lemma_.lower() not in lexicon.reporting_verbs:
            continue
        if _unsaid(clause):
            continue
        done = distinct(subject_spans(doer, verb, actors, lexicon))
        if speaker is not None:
            said = distinct(subject_spans(speaker, verb.head, actors, lexicon))
        else:  # a parse that lost the speaker: "it would dissolve itself" speaks for itself
            said = done if doer.pos_ == "PRON" else []
        if speaker is not None and said and all(a.kind == "person" for a in said):
            # "Ponomarev, who has long spoken for the Legion, said the Legion would ...":
            # a person described by the group speaks for it.
            said = [a for a in done if _named_in_description(speaker, a, actors)] or said
            # "Chérizier said that Viv Ansanm would halt its attacks": a group's leader or
            # member speaks for it (the groups he leads are among his sides)
            said = said + [g for a in said for g in actors.sides.get(a.id, ())]
            # "Sheinbaum said her government would ...", "Hassan Sheikh Mohamud announced
            # that he would move to the front": a head of state speaks for the state.
            said = said + [actors.heads[a.id] for a in said if a.id in actors.heads]
            done = done + [actors.heads[a.id] for a in done if a.id in actors.heads]
        for pledger in said:
            if pledger.kind in PLEDGERS and pledger.kind != "person" and pledger in done:
                # "will not let anyone attack X", "will protect Chinese investments": made to X
                # "will not attack civilians" promises; "will not hand over its
                # weapons" refuses, a pledge denied, and shields no one.
                threat = forsworn or _back_to_fighting(verb, lexicon)
                refused = (negated and not threat) or kept
                shields = (negated or lemma in lexicon.threat_words) and not refused
                shielded = protected(clause.head, actors, {pledger.id}, lexicon) if shields else []
                shielded = shielded or _spared(verb, actors, lexicon)
                # "would not attack the TNLA": made to the TNLA
                shielded = shielded or _attacked(verb, actors, {pledger.id}, lexicon)
                shielded = shielded or _told(clause.head, actors, {pledger.id}, lexicon)
                shielded = shielded or _handed_to(verb, actors, {pledger.id}, lexicon)
                shielded = shielded or _partners(clause.head, actors, {pledger.id}, lexicon)
                out += _pledges(pledger, verb, shielded, negated=refused)
    return out


def _undertaken(verb: Token, negated: bool, lexicon: Lexicon) -> bool:
    """Any other act a speaker says it will do: "would refer the allegations to the
    judiciary", "will hold an election". A refusal, a threat or more fighting ("would keep
    attacking Israel") commits to nothing, nor does a state it forecasts ("would lose")."""
    lemma = verb.lemma_.lower()
    if negated or lemma in lexicon.threat_verbs or lemma in lexicon.uncommitted_verbs:
        return False
    # "it would take more than promises to change them" talks of promises; it makes none
    barring = lexicon.threat_verbs | lexicon.fighting_words | lexicon.promise_nouns
    return not any(
        t.lemma_.lower() in barring
        for t in verb.subtree
        if t.i != verb.i and t.dep_ in ("xcomp", "dobj", "pcomp", "pobj", "prep")
    )


def _unsaid(clause: Token) -> bool:
    """ "Has not said whether it will renew the money", "have not said how they will
    replace it": a question left open commits no one."""
    said = clause.head
    return any(c.dep_ == "neg" for c in said.children) or any(
        c.dep_ in ("mark", "advmod") and c.lower_ in ("whether", "if", "how", "when")
        for c in clause.children
    )


def _handed_to(verb: Token, actors: DocActors, exclude: set[str], lexicon: Lexicon) -> list[Actor]:
    """Whom a speaker says it will give something or work with: "will give up its
    weapons to the state", "would give the Sindh police armoured vehicles", "would
    cooperate fully with the Court"."""
    lemma = verb.lemma_.lower()
    takers = []
    if lemma in lexicon.giving_verbs:
        takers += [c for c in verb.children if c.dep_ == "dative"]
        takers += prep_objects(verb, ("to",))
        # "would give Trinidad and Tobago two patrol boats": the first of two objects
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        takers += objects[:1] if len(objects) > 1 else []
    if lemma in lexicon.partnering_verbs:
        takers += prep_objects(verb, ("with",))
    return _first_party(takers, actors, exclude)


def _staying(verb: Token, lexicon: Lexicon) -> bool:
    """ "Its soldiers will stay until ...", "would keep its contingent in Haiti": a force
    kept in place, not an activity kept up ("keep fighting", "keep up its attacks") or
    a state kept ("will stay shut")."""
    if verb.lemma_.lower() not in lexicon.staying_verbs:
        return False
    if any(c.dep_ in ("xcomp", "acomp", "prt", "oprd") or c.tag_ == "VBG" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.lemma_.lower() == "keep":
        return bool(objects) and not any(o.lemma_.lower() in lexicon.weapon_words for o in objects)
    return not objects


def _keeps_arms(verb: Token, lexicon: Lexicon) -> bool:
    """ "Would keep their weapons until ...": a refusal to disarm, the pledge denied."""
    return (
        verb.lemma_.lower() in lexicon.retaining_verbs
        and not any(c.dep_ == "neg" for c in verb.children)
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lexicon.weapon_words for c in verb.children
        )
    )


def _named_in_description(speaker: Token, group: Actor, actors: DocActors) -> bool:
    """Whether a speaker's own phrase names ``group``: an apposition or relative clause
    ("Ponomarev, who has long spoken for the Legion"), or the words before the name
    ("Taliban spokesman Zabihullah Mujahid", "Kenya's foreign minister")."""
    return any(
        (span := actors.at(t.i)) is not None and span.actor.id == group.id
        for child in speaker.children
        if child.dep_ in ("appos", "relcl", "acl", "compound", "poss")
        for t in child.subtree
    )


def _fighting_objects(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The fighting a verb acts on: "halt its attacks", "suspending its operations"."""
    return [
        c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.fighting_words
    ]


def _back_to_fighting(verb: Token, lexicon: Lexicon) -> bool:
    """ "Will not return to violence", "would not go back to war": what a party says it
    will not do is fight again, a promise like "will not attack"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(g.lemma_.lower() in lexicon.fighting_words for g in c.children)
        for c in verb.children
    )


def _spared(verb: Token, actors: DocActors, lexicon: Lexicon) -> list[Actor]:
    """ "Is suspending its operations against US forces": whoever is spared is promised.

    Only the state or group the fighting is aimed at, through "against" or
    "on", and the names that make up its phrase ("US forces in Iraq": not Iraq).
    """
    fighting = _fighting_objects(verb, lexicon)
    aims = [
        g
        for noun in fighting
        for p in [*noun.children, *verb.children]
        if p.dep_ == "prep" and p.lower_ in lexicon.target_preps | lexicon.threat_words
        for g in p.children
        if g.dep_ == "pobj"
    ]
    found = [s for aim in aims if (s := _aimed_party(aim, actors)) is not None]
    return distinct(found) if fighting else []


def _aimed_party(
    aim: Token, actors: DocActors, exclude: frozenset[str] | set[str] = frozenset()
) -> ActorSpan | None:
    """The party a fight is aimed at: the word's own actor, or one its phrase names
    ("Iranian forces", "the military's garrisons"), other than ``exclude``."""
    for token in [aim, *(c for c in aim.children if c.dep_ in ("compound", "amod", "poss"))]:
        span = actors.at(token.i)
        if span is not None and span.actor.id not in exclude and span.actor.kind in PARTIES:
            return span
    return None


def _attacked(anchor: Token, actors: DocActors, exclude: set[str], lexicon: Lexicon) -> list[Actor]:
    """Whom a promise not to fight spares: "promised not to fire on Iranian forces",
    "would not attack the military's garrisons"; the party the fighting is aimed at,
    through the negated verb's object or "on" and "against", and the names of its
    phrase. A promise to fight ("a force to fight the jihadists") is made to no enemy."""
    acts = [anchor, *(c for c in anchor.children if c.dep_ in ("xcomp", "ccomp") or _infinitive(c))]
    preps = (*lexicon.target_preps, "against")
    aims = [
        aim
        for act in acts
        if act.pos_ == "VERB"
        and act.lemma_.lower() in lexicon.fighting_words
        and any(c.dep_ == "neg" for c in act.children)  # not "a force to fight X"
        for aim in [*(c for c in act.children if c.dep_ == "dobj"), *prep_objects(act, preps)]
    ]
    parties = [s for aim in aims if (s := _aimed_party(aim, actors, exclude)) is not None]
    return [parties[0].actor] if parties else []


def _ended_itself(verb: Token, lexicon: Lexicon) -> bool:
    """ "announced that it had dissolved itself": a group undoing itself, done, binds it."""
    return verb.lemma_.lower() in lexicon.self_ending_verbs and any(
        c.dep_ == "dobj" and c.lower_ in ("itself", "themselves") for c in verb.children
    )


def _refusals(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "Manila has refused the NDFP's request for a ceasefire", "the government refused
    the offer": the refuser's pledge, denied, made to whoever asked for the truce."""
    out: list[Draft] = []
    for verb in seg.span:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.refusing_verbs:
            continue
        for thing in (c for c in verb.children if c.dep_ == "dobj"):
            offer = thing.lemma_.lower() in lexicon.offer_nouns
            asked = offer and any(is_truce(t, lexicon) for t in thing.subtree)
            proposed = is_truce(thing, lexicon) and _unmade(thing)
            if not (proposed or asked or (offer and _truce_offered_before(thing, lexicon))):
                continue
            refusers = [a for a in _pledgers(verb, actors, lexicon) if a.kind != "person"]
            askers = [
                s.actor for c in thing.children if c.dep_ == "poss" for s in actors_below(c, actors)
            ] or _offerers_before(thing, actors, lexicon)
            for refuser in refusers:
                others = [a for a in askers if a.id != refuser.id]
                out += _pledges(refuser, verb, others, negated=True)
        out += _refused_acts(verb, actors, lexicon)
    return out


def _refused_acts(verb: Token, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "refused to hand over its weapons", "rejected Jakarta's calls to lay down its
    weapons", "rejected a government demand that it pull its fighters out": a pledge
    denied, made to whoever asked."""
    acts = [c for c in verb.children if c.dep_ == "xcomp" and _committing_act(c, lexicon)]
    # "refused to negotiate with either front": made to the other side of the talks
    talks = [c for c in verb.children if c.dep_ == "xcomp" and _talks_with(c, lexicon)]
    askers: list[Actor] = []
    for thing in (c for c in verb.children if c.dep_ == "dobj"):
        if thing.lemma_.lower() not in lexicon.offer_nouns - {"offer", "proposal"}:
            continue
        asked = [
            c
            for c in thing.children
            if c.dep_ in ("acl", "ccomp", "relcl") and _committing_act(c, lexicon)
        ]
        # "rejected Jakarta's calls to lay down its weapons", the infinitive hung on the verb
        asked += [
            c
            for c in verb.children
            if c.dep_ == "advcl" and c.i > thing.i and _committing_act(c, lexicon)
        ]
        if asked:
            acts += asked
            askers = [
                s.actor
                for c in thing.children
                if c.dep_ in ("poss", "compound")
                for s in actors_below(c, actors)
                if s.actor.kind in PARTIES
            ]
    if not acts and not talks:
        return []
    refusers = [a for a in _pledgers(verb, actors, lexicon) if a.kind != "person"]
    out: list[Draft] = []
    for refuser in refusers:
        others = [a for a in askers if a.id != refuser.id]
        if talks and not others:
            others = _partners(verb, actors, {refuser.id}, lexicon)
        out += _pledges(refuser, verb, others, negated=True)
    return out


def _told(verb: Token, actors: DocActors, exclude: set[str], lexicon: Lexicon) -> list[Actor]:
    """The state or group a promise was told to: "the M23 told Qatar it would respect the
    ceasefire" is made to Qatar. A paper or an agency told ("told Reuters") is only
    where it was said."""
    if verb.lemma_.lower() not in lexicon.telling_verbs:
        return []
    return [
        span.actor
        for c in verb.children
        if c.dep_ in ("dobj", "dative")
        for span in actors_below(c, actors)
        if span.actor.kind in ("state", "armed_group") and span.actor.id not in exclude
    ][:1]


def _committing_act(verb: Token, lexicon: Lexicon) -> bool:
    """A verb for what a party may commit to do: "disarm", "hand over", "withdraw"."""
    lemma = verb.lemma_.lower()
    acts = lemma in lexicon.commitment_verbs or lemma in lexicon.refused_act_verbs
    return verb.pos_ in ("VERB", "AUX") and acts


def _unmade(truce: Token) -> bool:
    """ "refused a ceasefire", not "rejected the 2016 peace deal" others had made."""
    return not any(
        (c.dep_ == "det" and c.lower_ not in ("a", "an", "any")) or c.dep_ in ("poss", "nummod")
        for c in truce.children
    )


def _just_before(noun: Token) -> Span:
    """The words of the sentences just before the one ``noun`` is in."""
    start = noun.sent.start
    return noun.doc[max(0, start - OFFER_LOOKBACK) : start]


def _truce_offered_before(noun: Token, lexicon: Lexicon) -> bool:
    """Whether the sentences just before "the offer" speak of a truce."""
    return any(is_truce(t, lexicon) for t in _just_before(noun))


def _offerers_before(noun: Token, actors: DocActors, lexicon: Lexicon) -> list[Actor]:
    """Who offered the truce "the offer" refers to: the subject of the last offer before."""
    for token in reversed(_just_before(noun)):
        if token.pos_ == "VERB" and token.lemma_.lower() in ("offer", "propose"):
            found = [a for a in _pledgers(token, actors, lexicon) if a.kind != "person"]
            if found:
                return found
    return []


def read_pledges(
    seg: Segment, matches: list[TriggerMatch], actors: DocActors, lexicon: Lexicon
) -> list[Draft]:
    """Pledge drafts for the trigger matches and the truces of one sentence."""
    out = _pledge_drafts(seg, matches, actors, lexicon) + _refusals(seg, actors, lexicon)
    out += _nobody_allowed(seg, actors, lexicon)
    pledged_now = {d.subject.id for d in out}
    out += [d for d in _bound_by_agreement(seg, actors, lexicon) if d.subject.id not in pledged_now]
    pledged_now = {d.subject.id for d in out}
    out += [d for d in _announced(seg, actors, lexicon) if d.subject.id not in pledged_now]
    groups = truce_parties(seg, actors, lexicon) + _bound(seg, actors, lexicon)
    out = _with_counterparts(out, groups)
    pledged = {d.subject.id for d in out}
    extra = [d for d in _mutual_drafts(groups) if d.subject.id not in pledged]
    drafts = _reciprocal(_one_per_pledger(out + extra))
    return [_offered_to_condition(d, seg, actors, lexicon) for d in drafts]


def _even(clause: Token) -> bool:
    """Whether a condition is a concession: "even if"."""
    return any(c.dep_ == "advmod" and c.lower_ == "even" for c in clause.children)


def _offered_to_condition(draft: Draft, seg: Segment, actors: DocActors, lexicon: Lexicon) -> Draft:
    """An offer made on a condition another party must meet is made to that party:
    "would free the soldiers if the government agreed to resume talks"."""
    if draft.object is not None:
        return draft
    anchor = seg.span.doc[draft.anchor]
    # "pledged to honour it as long as": the condition may hang on the promised act
    promised = [c for c in anchor.children if c.dep_ == "xcomp"]
    for token in [anchor, *promised, *list(anchor.ancestors)[:3]]:
        for clause in _conditions(token):
            if not any(
                m.dep_ == "mark" and m.lower_ in ("if", "provided", "unless", "as")
                for m in clause.children
            ):
                continue
            subject, _passive = find_subject(clause)
            if subject is None or subject.pos_ == "PRON" or _even(clause):
                continue  # "even if they were among his allies": no party is asked
            parties = [
                a
                for a in distinct(subject_spans(subject, clause, actors, lexicon))
                if a.kind in PARTIES and a.id != draft.subject.id
            ]
            if parties:
                return replace(draft, object=parties[0])
    return draft


def _conditions(token: Token) -> list[Token]:
    """Clauses a commitment is made on: "if the government agreed", and "(for) as long
    as Israel does", whose clause hangs from "long"."""
    out = [c for c in token.children if c.dep_ == "advcl"]
    longs = [c for c in token.children if c.dep_ == "advmod" and c.lower_ == "long"]
    longs += [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children
        if g.dep_ == "pcomp" and g.lower_ == "long"
    ]
    return out + [c for long in longs for c in long.children if c.dep_ == "advcl"]


def _reciprocal(drafts: list[Draft]) -> list[Draft]:
    """Two parties' undertakings in one sentence are made to each other.

    "Hamas agreed to release the hostages, while Israel agreed to withdraw":
    each side's pledge has the other as its counterparty.
    """
    if len(drafts) != 2 or any(d.negated for d in drafts):
        return drafts
    first, second = drafts
    if first.subject.id == second.subject.id or first.anchor == second.anchor:
        return drafts
    # "the Houthis undertook to stop attacking American ships, while Washington
    # undertook ...": one side may already name the other.
    if any(
        d.object is not None and d.object.id != o.subject.id
        for d, o in ((first, second), (second, first))
    ):
        return drafts
    if first.subject.kind not in PARTIES or second.subject.kind not in PARTIES:
        return drafts
    return [replace(first, object=second.subject), replace(second, object=first.subject)]


def _pledge_drafts(
    seg: Segment, matches: list[TriggerMatch], actors: DocActors, lexicon: Lexicon
) -> list[Draft]:
    """Pledges of trigger words and truce verbs, before truce parties are added."""
    out: list[Draft] = []
    anchors = [
        m.anchor
        for m in matches
        if m.trigger.category == "pledge" and not _excluded(m.anchor, lexicon)
    ]
    sworn = {a.i: groups for a in anchors if (groups := _sworn_to(a, actors, lexicon))}
    anchors = [a for a in anchors if a.i not in sworn]
    anchors += [v for v in _committing(seg, lexicon) if all(v.i != a.i for a in anchors)]
    truces = [a for a in truce_anchors(seg, lexicon) if all(a.i != b.i for b in anchors)]
    # "would halt its attacks if the government agreed to talks": the condition commits no one
    for anchor in (a for a in anchors + truces if not conditional(a)):
        pledgers = _pledgers(anchor, actors, lexicon)
        subject, _passive = find_subject(anchor)
        # "the two governments would not allow ...": each commits to the other.
        pair = subject is not None and the_two(subject)
        for pledger in pledgers:
            # A truce made by several parties binds each of them to the others.
            joint = pair or _mutual(anchor, lexicon) or anchor in truces
            if len(pledgers) > 1 and (joint or _deal_to_do(anchor, lexicon)):
                others = [p for p in pledgers if p.id != pledger.id]
            else:
                others = agreement_partners(anchor, actors, {pledger.id}, lexicon)
                others = others or counterparties(anchor, actors, {pledger.id}, lexicon)[:1]
                others = others or protected(anchor, actors, {pledger.id}, lexicon)
                others = others or _attacked(anchor, actors, {pledger.id}, lexicon)
                others = others or _joined_state(anchor, actors, lexicon, pledger)
                others = others or _allowed(anchor, actors, {pledger.id}, lexicon)
                others = others or _guarded(anchor, actors, {pledger.id}, lexicon)
                others = others or _partners(anchor, actors, {pledger.id}, lexicon)
            # "will not allow" is the commitment itself, not its denial; "would not
            # agree to a new ceasefire" refuses the truce.
            truce = anchor in truces or any(is_truce(t, lexicon) for t in anchor.subtree)
            refused = truce and any(c.dep_ == "neg" for c in anchor.children)
            out += _pledges(pledger, anchor, others, negated=refused)
            if (
                anchor in truces
                and not refused
                and len(pledgers) == 1
                and _concluded(anchor, lexicon)
            ):
                # "signed a peace agreement with Manila": Manila is bound to it too
                out += [
                    Draft("pledge", "pledge", other, anchor.i, pledger)
                    for other in others
                    if other.kind in PARTIES
                ]
    for i, groups in sworn.items():
        out += [
            Draft("relation", "allegiance", pledger, i, group)
            for pledger in _pledgers(seg.span.doc[i], actors, lexicon)
            for group in groups
            if pledger.id != group.id
        ]
    return out


def _concluded(verb: Token, lexicon: Lexicon) -> bool:
    """ "Signed", "agreed", "reached" a truce, which binds both sides, unlike one
    "declared" or "offered" alone, or a "unilateral" one."""
    if verb.lemma_.lower() not in lexicon.concluding_verbs:
        return False
    return not any(t.lower_ == "unilateral" for t in verb.subtree)


def _bound_by_agreement(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "Under the deal, the two sides will disengage their forces": what a party
    will or must do under an agreement is its commitment (to the other party)."""
    nouns = lexicon.agreement_nouns | lexicon.binding_documents
    out: list[Draft] = []
    for verb in seg.span:
        if verb.pos_ != "VERB" or conditional(verb):
            continue
        if not any(c.dep_ == "aux" and c.lower_ in lexicon.binding_modals for c in verb.children):
            continue
        under = prep_objects(verb, ("under",))
        if not any(o.lemma_.lower() in nouns for o in under):
            continue
        subject, passive = find_subject(verb)
        if subject is None or passive:
            continue
        pledgers = [
            a for a in distinct(subject_spans(subject, verb, actors, lexicon)) if a.kind in PARTIES
        ]
        out += _mutual_drafts([(verb, pledgers)])
    return out


def _nobody_allowed(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """ "Taliban officials insist that no group is allowed to use Afghan soil against
    China": the speaker's pledge, made to the state the soil would be used against."""
    out = []
    for verb in seg.span:
        if verb.lemma_.lower() not in lexicon.permitting_verbs or verb.dep_ != "ccomp":
            continue
        subject, passive = find_subject(verb)
        nobody = subject is not None and any(
            c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subject.children
        )
        if not passive or not nobody or verb.head.lemma_.lower() not in lexicon.reporting_verbs:
            continue
        speaker, _ = find_subject(verb.head)
        said = distinct(subject_spans(speaker, verb.head, actors, lexicon)) if speaker else []
        for pledger in [a for a in said if a.kind in PARTIES][:1]:
            out += _pledges(pledger, verb, protected(verb, actors, {pledger.id}, lexicon))
    return out


def _joined_state(
    anchor: Token, actors: DocActors, lexicon: Lexicon, pledger: Actor
) -> list[Actor]:
    """ "agreed to merge its fighters into the new Syrian state": the state joined."""
    verbs = [c for c in anchor.children if c.dep_ in ("xcomp", "advcl", "conj")] + [anchor]
    found = [
        s
        for v in verbs
        if v.lemma_.lower() in lexicon.joining_verbs
        for target in prep_objects(v, ("into",))
        for s in actors.among(t.i for t in target.subtree)
        if s.actor.kind == "state" and s.actor.id != pledger.id
    ]
    return distinct(found)[:1]


def _committing(seg: Segment, lexicon: Lexicon) -> list[Token]:
    """Verbs committing their subject to an infinitive set apart from them.

    "agreed on May 10 to stop all firing": the trigger phrase "agree to" is
    broken by the date, the commitment is not.
    """
    out = [
        t
        for t in seg.span
        if t.pos_ == "VERB"
        and t.lemma_.lower() in lexicon.committing_verbs
        and any(_infinitive(c) and c.i > t.i + 1 for c in t.children)
        and not _excluded(t, lexicon)
    ]
    return out + [v for v in seg.span if _deal_to_do(v, lexicon) and v not in out]


def _deal_to_do(verb: Token, lexicon: Lexicon) -> bool:
    """ "reached local understandings not to attack each other's traders": an agreement
    to do something, reached or signed, commits the verb's subject as "agreed to" does."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.truce_verbs:
        return False
    deals = [
        c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.agreement_nouns
    ]
    return any(
        c.dep_ in ("acl", "relcl", "xcomp")
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        for d in deals
        for c in d.children
    )


def _in_return(
    seg: Segment, drafts: list[Draft], lexicon: Lexicon, before: list[Actor]
) -> list[Draft]:
    """ "In return, the government promised ...": made to those who pledged just before."""
    opening = " ".join(t.lower_ for t in seg.span[:3])
    if not before or not any(opening.startswith(p) for p in lexicon.exchange_openers):
        return drafts
    out = []
    for draft in drafts:
        others = [a for a in before if a.id != draft.subject.id]
        if draft.type == "pledge" and draft.object is None and others:
            out += [replace(draft, object=other) for other in others]
        else:
            out.append(draft)
    return out


def remember_agreements(
    seg: Segment, drafts: list[Draft], actors: DocActors, lexicon: Lexicon, memory: dict[str, Actor]
) -> list[Draft]:
    """Give counterparty-less pledges under a known agreement its counterparty.

    "Under the Doha agreement with Washington, ..." names the counterparty
    once; "under that accord, the Taliban pledged ..." later relies on it.
    """
    agreement = [t for t in seg.span if t.lemma_.lower() in lexicon.agreement_nouns]
    for _truce, parties in truce_parties(seg, actors, lexicon) + _signed(seg, actors, lexicon):
        if len(parties) == 2:
            # "the ceasefire between the ELN and Bogotá": later, "the group
            # would honour the truce" is a pledge to the other party.
            memory[f"party:{parties[0].id}"] = parties[1]
            memory[f"party:{parties[1].id}"] = parties[0]
    drafts = [
        replace(d, object=memory[f"party:{d.subject.id}"])
        if d.type == "pledge" and d.object is None and f"party:{d.subject.id}" in memory
        else d
        for d in drafts
    ]
    before = [a for k, a in memory.items() if k.startswith("pledger:")]
    drafts = _in_return(seg, drafts, lexicon, before)
    pledgers = distinct_actors([d.subject for d in drafts if d.type == "pledge"])
    if pledgers:
        for key in [k for k in memory if k.startswith("pledger:")]:
            del memory[key]
        memory.update({f"pledger:{p.id}": p for p in pledgers})
    for noun in agreement:
        found = counterparties(noun, actors, set(), lexicon)
        for reached in (c for c in noun.children if c.dep_ in ("acl", "relcl")):
            if not found and reached.lemma_.lower() in lexicon.truce_verbs:
                # "an arrangement reached with the PSNI", "the agreement they signed
                # with the United States": the other party of the deal
                found = counterparties(reached, actors, set(), lexicon)
        if found:
            memory["agreement"] = found[0]
    for draft in drafts:
        if draft.type == "pledge" and draft.object is not None:
            memory.setdefault("agreement", draft.object)
    known = memory.get("agreement")
    # "Under that accord, the Taliban pledged ...": a pledge made under the deal is
    # made to its counterparty; "remain committed to the understanding" or "would
    # abide by the truce" only keeps to it, and names no one it is made to.
    under = [n for n in agreement if n.dep_ == "pobj" and n.head.lower_ in ("under", "in")]
    if not under or known is None:
        return drafts
    return [
        replace(d, object=known)
        if d.type == "pledge" and d.object is None and d.subject.id != known.id
        else d
        for d in drafts
    ]


def spokesmen(actors: DocActors, lexicon: Lexicon) -> dict[str, Actor]:
    """The body each named spokesman speaks for, as the text introduces him: "its
    spokesman, Hervé Sélémona" (after "the government"), "the party's spokesman, X",
    "Speaking for the CNDD-FDD, its spokesman, X, ...". What he later promises
    ("He promised that ...") the body promises."""
    out: dict[str, Actor] = {}
    doc = actors.doc
    for span in actors.spans:
        if span.actor.kind != "person" or span.how == "coref" or span.actor.id in out:
            continue
        for title in _titles_given(span, doc):
            if title.lemma_.lower() not in lexicon.spokesman_nouns:
                continue
            bodies = [
                s.actor
                for c in title.children
                if c.dep_ in ("poss", "compound")
                for s in actors_below(c, actors)
                if s.actor.kind in SPEAKING_KINDS
            ]
            if bodies:
                out[span.actor.id] = bodies[0]
    return out


def state_officials(actors: DocActors, lexicon: Lexicon, country: Actor | None) -> dict[str, Actor]:
    """The state each named president or minister serves, as the text introduces him:
    "Sergei Lavrov, Russia's foreign minister" serves Russia, "Taliban Defence Minister
    X" the Taliban, and "President Patrice Talon", with no mention saying whose, the
    state last named (``country``, the story's, when none is near). What he says his
    state will do ("promised to send 3,000 more troops") the state promises; a former
    minister speaks for no one, and "Palestinian President X" for no state we know."""
    named: dict[str, Actor] = {}
    guessed: dict[str, Actor] = {}
    for span in actors.spans:
        if span.actor.kind != "person" or span.how == "coref":
            continue
        for title in _office_titles(span, actors.doc, lexicon):
            below = [
                s.actor
                for c in title.children
                if c.dep_ in ("poss", "compound", "amod", "prep")
                for s in actors_below(c, actors)
            ]
            # "Justice Minister": the tagger's organisation "Justice" is no body
            bodies = [a for a in below if a.kind in SPEAKING_KINDS and _known_body(a)]
            if bodies:
                named.setdefault(span.actor.id, bodies[0])
            # "Punjab's chief minister" serves a province, "Palestinian President" a nation
            elif not below and not any(_unknown_nation(c, lexicon) for c in title.children):
                nearby = _state_before(span.start, actors, country) or country
                if nearby is not None:
                    guessed.setdefault(span.actor.id, nearby)
    return {**guessed, **named}


def _unknown_nation(word: Token, lexicon: Lexicon) -> bool:
    """A word of a title that says the office may be another state's: a nationality no
    listed state stands for ("Palestinian President"), or a foreign ministry, whose
    minister is as often a visitor as the story's own ("Foreign Minister Ahmed Attaf")."""
    return word.ent_type_ == "NORP" or word.lower_ in lexicon.foreign_office_words


def _titles_given(span: ActorSpan, doc: Doc) -> list[Token]:
    """The words a person's name is set beside: "its spokesman, X", "X, Russia's foreign
    minister", "President X"."""
    name = doc[span.end - 1]
    titles = [name.head] if name.dep_ == "appos" else []
    return titles + [c for c in name.children if c.dep_ in ("appos", "compound")]


def _office_titles(span: ActorSpan, doc: Doc, lexicon: Lexicon) -> list[Token]:
    """The state offices a person's name is given with, but not former ones."""
    return [
        t
        for t in _titles_given(span, doc)
        if t.lemma_.lower() in lexicon.state_office_titles
        and not any(c.lower_ in lexicon.former_words for c in t.children)
    ]


def _known_body(actor: Actor) -> bool:
    """A state or armed group, or an organisation the gazetteer knows."""
    return actor.kind != "organization" or actor.origin == "gazetteer"


def _state_before(start: int, actors: DocActors, country: Actor | None) -> Actor | None:
    """The state last named in the three sentences up to token ``start``, or the story's
    own if it is one of them: "..., a charge Cotonou rejected. President Patrice Talon
    promised" serves Benin in a tracker of the whole region."""
    doc = actors.doc
    first = doc[start].sent.start
    for _ in range(3):
        first = previous_sentence_start(doc[first])
    states = [
        s.actor
        for s in actors.spans
        if first <= s.start < start
        and s.actor.kind == "state"
        and s.how not in ("coref", "demonym")
    ]
    if country is not None and country in states:
        return country
    return states[-1] if states else None
