"""Denials: who rejects whose claims.

The denier is the subject of the denial verb (or owns the denial noun). The
object is the party whose claims are denied, when the sentence names it on
the denied thing ("rejected the UN report", "dismissed claims by Kabul"). A
denied thing with no named author ("rejected the findings") points at the
document in force, which the orchestrator supplies.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimgraph.model import Actor
from claimgraph.nlp.actors import ActorSpan, DocActors, named_earlier
from claimgraph.nlp.drafts import Draft, actors_below, distinct, distinct_actors
from claimgraph.nlp.lexicon import Lexicon
from claimgraph.nlp.relations import governed_region, subject_spans
from claimgraph.nlp.syntax import find_subject, verb_above
from claimgraph.nlp.triggers import TriggerMatch

DENIERS = frozenset({"armed_group", "state", "organization", "person"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Determiners that make a denied claim a known one: "the findings", "that account".
DEFINITE_WORDS = DEMONSTRATIVES | {"the", "both"}


def denied_thing(anchor: Token) -> Token | None:
    """The object of a denial ("the findings" in "rejected the findings").

    For a verdict adjective ("called the findings baseless") it is the
    object of the verb or the subject of the adjective.
    """
    if anchor.pos_ in ("ADJ", "ADV") or anchor.dep_ in ("oprd", "attr", "acomp"):
        verb = anchor.head
        if verb.dep_ == "prep" and verb.lower_ == "as":
            verb = verb.head  # "branded the claims as false"
        candidates = [c for c in verb.children if c.dep_ == "dobj"]
        candidates += [c for c in anchor.children if c.dep_ == "nsubj"]
        if anchor.dep_ in ("attr", "acomp"):
            # "the report was false": the verdict is said of the subject.
            candidates += [c for c in verb.children if c.dep_ == "nsubj"]
        nouns = [c for c in candidates if c.pos_ in ("NOUN", "PROPN")]
        if nouns:
            return nouns[0]
    for child in anchor.children:
        if child.dep_ in ("dobj", "attr") or _misread_noun(child) or _verdict_first(child):
            return child
        if child.dep_ == "ccomp" and any(g.tag_ == "WP" for g in child.children):
            # "rejected what it called Cotonou's lies": what the denier calls it
            named = [g for g in child.children if g.dep_ in ("oprd", "xcomp") and g.pos_ == "NOUN"]
            if named:
                return named[0]
        if child.dep_ == "prep" and child.lower_ in ("of", "to"):
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if objects:
                return objects[0]
    if anchor.dep_ == "relcl" and anchor.head.pos_ == "NOUN" and _own_subject(anchor):
        return anchor.head  # "an allegation Pakistan has repeatedly rejected"
    return None


def _verdict_first(clause: Token) -> bool:
    """ "dismissed as fabrications reports that soldiers had fled": the verdict put
    first is parsed as the subject of a clause whose head is the thing dismissed."""
    if clause.dep_ != "advcl" or clause.i < 2:
        return False
    verdict, mark = clause.doc[clause.i - 1], clause.doc[clause.i - 2]
    # "reports" may be tagged a verb, with the verdict its subject
    return verdict.head.i == clause.i and verdict.dep_ == "nsubj" and mark.lower_ == "as"


def _misread_noun(clause: Token) -> bool:
    """ "Baku rejects that account" parsed as a clause, "that" its subject and "account"
    its verb: a clause of nothing but a demonstrative subject is a noun phrase."""
    if clause.dep_ != "ccomp" or clause.pos_ != "VERB":
        return False
    words = [c for c in clause.children if c.dep_ != "punct"]
    return (
        len(words) == 1
        and words[0].dep_ == "nsubj"
        and words[0].i == clause.i - 1
        and words[0].lower_ in DEMONSTRATIVES
    )


def _quoted_verdict(anchor: Token, lexicon: Lexicon) -> Token | None:
    """'Iran called the accusations "fabricated"': a quoted verdict the parser
    hangs on the claim as a participle is the calling verb's, which denies."""
    claim = anchor.head
    if (
        anchor.dep_ != "acl"
        or anchor.tag_ != "VBN"
        or any(c.dep_ == "agent" for c in anchor.children)
    ):
        return None
    if claim.dep_ != "dobj" or claim.lemma_.lower() not in lexicon.claim_nouns:
        return None
    verb = claim.head
    return verb if verb.lemma_.lower() in lexicon.naming_verbs else None


def _own_subject(clause: Token) -> bool:
    """Whether a relative clause has a subject other than its relative pronoun."""
    return any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP", "WP$") for c in clause.children)


def _verdict_speaker(subject: Token, thing: Token | None) -> Token | None:
    """Who pronounces a verdict on a claim: "X said the report was false".

    When the clause's subject is the denied claim itself, the denier is the
    subject of the verb that reports the clause.
    """
    if thing is None or subject.i != thing.i:
        return subject
    clause = subject.head
    if clause.dep_ != "ccomp":
        return None
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
    return speakers[0] if speakers else None


def _existential_speaker(anchor: Token) -> Token | None:
    """Who says "there was no truth in reports that ...": the subject of the verb
    reporting the existential clause the denying noun stands in."""
    clause = anchor.head
    if anchor.dep_ != "attr" or not any(c.dep_ == "expl" for c in clause.children):
        return None
    if clause.dep_ != "ccomp":
        return None
    return next((c for c in clause.head.children if c.dep_ == "nsubj"), None)


def _deniers(
    anchor: Token, actors: DocActors, lexicon: Lexicon, thing: Token | None = None
) -> list[Actor]:
    """Who denies."""
    if anchor.pos_ == "NOUN":
        named = [
            s.actor
            for c in anchor.children
            if c.dep_ in ("poss", "compound")
            for s in actors_below(c, actors)
        ]
        if named:
            return [a for a in distinct_actors(named) if a.kind in DENIERS]
    behalf = _spoken_for(anchor, actors)
    if behalf:
        return behalf
    subject, passive = find_subject(anchor)
    if subject is None and not passive:
        subject = _existential_speaker(anchor)
    if subject is None or passive:
        return []
    speaker = _verdict_speaker(subject, thing)
    if speaker is not None and actors.at(speaker.i) is None:
        speaker = _issuer_of_statement(speaker, lexicon) or speaker
    if speaker is None:
        return []
    region = governed_region(speaker, actors, lexicon)
    in_person = any(c.dep_ == "appos" and actors.at(c.i) is not None for c in speaker.children)
    if region is not None and not in_person:
        # "Niger State's government flatly rejected reports ..."; a governor named
        # beside his title denies in his own name ("Sinaloa's governor, X, denied").
        return [region]
    posted = {  # "Iran's mission to the United Nations": the UN hosts, Iran speaks
        t.i
        for prep in speaker.children
        if prep.dep_ == "prep" and prep.lower_ in ("to", "at")
        for t in prep.subtree
    }
    own = actors.at(speaker.i)
    accused = _accused(anchor, actors, lexicon)
    if accused and (own is None or _may_mean(speaker, own, accused, lexicon)):
        # "Turkey accuses the PUK of sheltering PKK cadres, a charge the party rejects"
        return accused
    spans = [s for s in subject_spans(speaker, anchor, actors, lexicon) if s.start not in posted]
    if (
        own is not None
        and own.actor.kind == "place"
        and own.how != "coref"
        and speaker.dep_ == "nsubj"
        and speaker.head.i == anchor.i
    ):
        # "a charge Puntland has always denied": a place that denies is its government
        return [own.actor]
    return [a for a in distinct(spans) if a.kind in DENIERS]


def _accused(anchor: Token, actors: DocActors, lexicon: Lexicon) -> list[Actor]:
    """Whom the charge a relative clause denies accuses: "X accused the PUK of ...,
    a charge the party rejects" is the PUK's denial, whatever the words that name it.

    The accused is the object of the accusing verb the charge noun is set beside.
    """
    charge = anchor.head
    if anchor.dep_ != "relcl" or charge.lemma_.lower() not in lexicon.accusation_nouns:
        return []
    verb = charge
    for _ in range(5):  # "accused Algeria of sheltering him, a charge ...": the charge
        if verb.head.i == verb.i:  # may hang on a word of what it charges
            return []
        verb = verb.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.accusing_verbs:
            break
    else:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]  # "accused X and Y of ..."
    found = []
    for noun in objects:
        parts = (c for c in noun.children if c.dep_ in ("compound", "poss", "appos"))
        span = next((s for t in (noun, *parts) if (s := actors.at(t.i)) is not None), None)
        if span is not None and span.actor.kind in DENIERS:
            found.append(span.actor)
    return distinct_actors(found)


def _may_mean(speaker: Token, own: ActorSpan, accused: list[Actor], lexicon: Lexicon) -> bool:
    """Whether a word coreference took for another actor may name the accused instead:
    "the party" may be any party; "the junta" that a group is accused of is the state."""
    kinds = lexicon.nominals.get(speaker.lemma_.lower())
    return own.how == "coref" and (kinds is None or all(a.kind in kinds for a in accused))


def _spoken_for(anchor: Token, actors: DocActors) -> list[Actor]:
    """ "Speaking for the government, its spokesman, X, rejected ...": whom the speaker
    denies for, named by the clause itself."""
    return [
        s.actor
        for clause in anchor.children
        if clause.dep_ == "advcl" and clause.lemma_.lower() == "speak"
        for prep in clause.children
        if prep.dep_ == "prep" and prep.lower_ in ("for", "on")
        for s in actors_below(prep, actors)
        if s.actor.kind in DENIERS
    ][:1]


def _issuer_of_statement(noun: Token, lexicon: Lexicon) -> Token | None:
    """Who issued a statement that denies: "X said in a statement that dismissed ...".

    The statement itself denies nothing; the subject of the verb it hangs on
    ("said in", "issued") does.
    """
    if noun.lemma_.lower() not in lexicon.statement_nouns:
        return None
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head
    elif noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "nsubj":
        return _signer(noun)
    else:
        return None
    issuer, passive = find_subject(verb)
    return None if passive else issuer


def _signer(noun: Token) -> Token | None:
    """Who a statement that denies is put out by: "a statement signed by the EMC's high
    command", "a video attributed to Los Chapitos", "issued in the force's name"."""
    participles = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    for verb in participles + [c for p in participles for c in p.conjuncts]:
        for prep in verb.children:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if prep.dep_ == "agent" or (prep.dep_ == "prep" and prep.lower_ == "to"):
                return objects[0] if objects else None
            if (
                prep.dep_ == "prep"
                and prep.lower_ == "in"
                and objects
                and objects[0].lower_ == "name"
            ):
                owners = [c for c in objects[0].children if c.dep_ == "poss"]  # "in X's name"
                return owners[0] if owners else None
    return None


def _speaks_for_someone(person: Actor, actors: DocActors, lexicon: Lexicon) -> bool:
    """Whether a person denies on behalf of a party: known, or given a role.

    A figure the gazetteer knows speaks for their movement; a name met only
    in the text must be given a role somewhere in it ("Mujahid, the
    spokesman", "government spokesman Ali Hassan") or be the one accused
    ("charged Anaclet Mbuta with arming ..."). A commentator who disputes an
    estimate takes part in a debate, not in a denial.
    """
    if person.origin != "learned":
        return True
    roles = lexicon.role_words
    for span in actors.spans:
        if span.actor.id != person.id:
            continue
        token = actors.doc[span.end - 1]
        named = token.head if token.dep_ == "compound" else token  # "Mbuta [Kiese]"
        if named.dep_ == "dobj" and named.head.lemma_.lower() in lexicon.accusing_verbs:
            return True  # the accused answers for themselves
        near = [*token.children, token.head, *token.head.children]
        if any(
            t.lemma_.lower() in roles
            and (t.dep_ in ("appos", "compound", "nsubj", "attr") or t.i == token.head.i)
            for t in near
        ):
            return True
    return False


# How many sentences back "rejected the accusation" looks for its accuser.
EARLIER_SENTENCES = 3


def _earlier_accuser(
    anchor: Token, actors: DocActors, lexicon: Lexicon, denier: Actor, thing: Token | None
) -> Actor | None:
    """Who made the accusation a denial rejects, named in the sentences before.

    "Nigerian officials have blamed ... and some have accused the military
    government there of sheltering ... Niger's government rejected the
    accusation": the first accuser the text names, the nearest sentence first.
    """
    verbs = lexicon.accusing_verbs
    if thing is not None and thing.lemma_.lower() in lexicon.criticism_nouns:
        verbs = verbs | lexicon.reporting_verbs  # criticism may only have been "said"
    if thing is not None and thing.lemma_.lower() in lexicon.description_nouns:
        verbs = verbs | lexicon.describing_verbs  # "described X as ...", "called X ..."
    accuser = _earlier_speaker(anchor, actors, lexicon, denier, verbs, EARLIER_SENTENCES)
    if accuser is None:
        # "Malian officials say the FLA and JNIM have coordinated ... The front denies
        # both charges": a charge only said, in the sentence just before.
        said = lexicon.reporting_verbs | lexicon.describing_verbs
        accuser = _earlier_speaker(anchor, actors, lexicon, denier, said, 1)
    return accuser


def _earlier_speaker(
    anchor: Token,
    actors: DocActors,
    lexicon: Lexicon,
    denier: Actor,
    verbs: frozenset[str],
    back: int,
) -> Actor | None:
    """The first subject of one of ``verbs`` in the ``back`` sentences before
    ``anchor``'s, the nearest sentence first, other than the denier."""
    doc = anchor.doc
    sentence = anchor.sent
    for _ in range(back):
        if sentence.start == 0:
            return None
        sentence = doc[sentence.start - 1].sent
        for verb in sentence:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
                continue
            subject, passive = find_subject(verb)
            if subject is None or passive:
                continue
            for span in subject_spans(subject, verb, actors, lexicon):
                if span.actor.id != denier.id and span.actor.kind in DENIERS:
                    return span.actor
    return None


def _verdict_author(
    anchor: Token, actors: DocActors, lexicon: Lexicon, denier: Actor
) -> Actor | None:
    """Whose claim a verdict names: "calls the charge a Taliban invention", "denied any
    link and called al-Mujamaie's charge slander" (the second verb's object)."""
    nouns = lexicon.verdict_nouns | lexicon.claim_nouns
    for verb in (anchor, *(c for c in anchor.children if c.dep_ == "conj")):
        for word in verb.subtree:
            if word.lemma_.lower() not in nouns:
                continue
            if word.i == anchor.i or word.head.i not in (verb.i, *(c.i for c in verb.children)):
                continue
            for child in word.children:
                span = actors.at(child.i) if child.dep_ in ("poss", "compound", "amod") else None
                if span is not None and span.actor.id != denier.id and span.actor.kind != "place":
                    return span.actor
    return None


def _denied_source(
    thing: Token | None, actors: DocActors, lexicon: Lexicon, denier: Actor, back: bool
) -> tuple[Actor | None, bool]:
    """The author of what is denied; and whether to take the document in force.

    ``back``: the thing is a pronoun for what the sentence before reports being said
    ("dismissed it"), which stands for what was said, not for who.
    """
    if thing is None:
        return None, False
    own = actors.at(thing.i)
    if own is not None and own.actor.id != denier.id and not back:
        return own.actor, False
    if thing.lower_ in _BACK_REFERENCES:
        # "When I read him the Centre's figure, Abalos dismissed it": the claim just named
        for noun in thing.doc[thing.sent.start : thing.i]:
            if noun.lemma_.lower() in lexicon.claim_nouns:
                for owner in (c for c in noun.children if c.dep_ == "poss"):
                    span = actors.at(owner.i)
                    named = named_earlier(owner, actors) or (span.actor if span else None)
                    if named is not None and named.id != denier.id:
                        return named, False
    # "the UN experts' finding" with "finding" tagged as a verb: the word as written
    if thing.lemma_.lower() not in lexicon.claim_nouns and thing.lower_ not in lexicon.claim_nouns:
        return None, False
    for child in thing.children:
        named = named_earlier(child, actors) if child.dep_ == "poss" else None
        if named is not None and named.id != denier.id:
            # "dismissed the army's claims", "the UN experts' finding": the body named before
            return named, False
    for span in actors_below(thing, actors):
        # "a report in the Johannesburg weekly The Southern Standard": a place says nothing
        if span.actor.id != denier.id and span.start != thing.i and span.actor.kind != "place":
            return span.actor, False
    definite = any(
        (c.dep_ in ("det", "predet") and c.lower_ in DEFINITE_WORDS)
        or c.dep_ == "poss"
        or (c.i == thing.i - 1 and c.lower_ in DEMONSTRATIVES)  # a clause misread
        for c in thing.children
    )  # "the findings", "the experts' findings", "its report"
    return None, definite


def _addressee(
    anchor: Token, actors: DocActors, lexicon: Lexicon, denier: Actor
) -> tuple[Actor | None, bool]:
    """Whom a denial answers: "in its reply to the Group's findings, Rwanda denied ...",
    "in a letter to the Group, the Government denied ...".

    Also whether it answers a body named only by a capitalised noun ("the
    Group" of a UN report), which is the document in force.
    """
    for prep in (c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "in"):
        for reply in (c for c in prep.children if c.lemma_.lower() in lexicon.reply_nouns):
            for to in (c for c in reply.children if c.dep_ == "prep" and c.lower_ == "to"):
                for span in actors_below(to, actors):
                    if span.actor.id != denier.id and span.actor.kind in DENIERS | {"document"}:
                        return span.actor, False
                # "to the Group('s findings)": the body named before by that noun
                for noun in (t for t in to.subtree if t.pos_ == "PROPN"):
                    named = named_earlier(noun, actors)
                    if named is not None and named.id != denier.id:
                        return named, False
                    if noun.lower_ in lexicon.collective_nouns:
                        return None, True
    return None, False


def _refusal(anchor: Token, thing: Token | None, lexicon: Lexicon) -> bool:
    """ "Denied the group a foothold", "denied entry": withholding, not denying a claim.

    A denial verb with a recipient, or whose object is something one can
    be granted, refuses it.
    """
    if any(c.dep_ == "dative" for c in anchor.children):
        return True
    return thing is not None and thing.lemma_.lower() in lexicon.refused_objects


def _not_a_claim(anchor: Token, thing: Token | None, lexicon: Lexicon, back: bool) -> bool:
    """ "Rejecting Shekau's killing of civilians" rejects a deed, not a claim.

    Verbs that reject many things count as denials only of claims, reports
    or a "that" clause; "deny" denies unless it refuses something. ``back``: the
    thing stands for what the sentence before reports being said.
    """
    if _refusal(anchor, thing, lexicon) or _left_open(anchor):
        return True
    if anchor.lemma_.lower() not in lexicon.strict_denials:
        return False
    if any(c.dep_ == "ccomp" for c in anchor.children):
        return False
    if thing is not None and _any_involvement(thing, lexicon):
        return False  # "disowns any part in the methamphetamine trade"
    if back:
        return False  # "Army officers say ... The MILF rejects all of it."
    return thing is None or thing.lemma_.lower() not in lexicon.claim_nouns


def _left_open(anchor: Token) -> bool:
    """ "Has neither confirmed nor denied a role", "did not confirm or deny it": a
    question left open, no denial."""
    if anchor.dep_ != "conj" or anchor.head.lemma_.lower() != "confirm":
        return False
    confirm = anchor.head
    return any(c.dep_ in ("neg", "preconj") for c in confirm.children)


# Words that stand for the whole of what was said before: "rejects it", "denies all of it".
_BACK_REFERENCES = frozenset({"it", "that", "this", "all", "everything"})
_ONE_THING = frozenset({"it", "that", "this"})


def _what_was_just_said(thing: Token, lexicon: Lexicon) -> bool:
    """Whether a pronoun object stands for what the sentence before reports someone saying."""
    if thing.lower_ not in _BACK_REFERENCES or thing.pos_ not in ("PRON", "DET"):
        return False
    start = thing.sent.start
    if start == 0:
        return False
    saying = lexicon.reporting_verbs | lexicon.accusing_verbs
    return any(
        t.pos_ == "VERB" and t.lemma_.lower() in saying and find_subject(t)[0] is not None
        for t in thing.doc[start - 1].sent
    )


def _any_involvement(thing: Token, lexicon: Lexicon) -> bool:
    """ "any part in", "any role in": a share in a deed that someone said it had."""
    return thing.lemma_.lower() in lexicon.involvement_nouns and any(
        c.dep_ == "det" and c.lower_ == "any" for c in thing.children
    )


def _summarised_claim(anchor: Token, lexicon: Lexicon) -> Token | None:
    """The clause a trailing "..., a claim X denies" sums up, if ``anchor`` is in one.

    The claim noun stands beside the clause (apposition or adverbial noun);
    the denial is of what that clause asserts.
    """
    noun = anchor.head
    if _charge_parsed_as_complement(anchor, lexicon):
        return anchor.head
    if (
        anchor.dep_ != "relcl"
        or noun.lemma_.lower() not in lexicon.claim_nouns | lexicon.accusation_nouns
    ):
        return None
    # "accused X of ..., a charge X rejected", also when the parse makes the
    # charge a second object of the accusing verb.
    second_object = noun.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children
    )
    # "... passes it intelligence, a charge Tehran rejects" read as a conjunct of the verb.
    beside_verb = noun.dep_ == "conj" and noun.head.pos_ in ("VERB", "AUX")
    summing = noun.dep_ in ("appos", "npadvmod") or second_object or beside_verb
    if not summing or noun.head.i == noun.i:
        return None
    clause = _last_clause(verb_above(noun.head), noun)
    return _accusation_over(clause, lexicon) or clause


def _charge_parsed_as_complement(anchor: Token, lexicon: Lexicon) -> bool:
    """ "Gitega accuses Rwanda of arming X, a charge Kigali denies", parsed as the
    accusing verb's complement clause with "charge" a modifier of its subject."""
    if anchor.dep_ != "ccomp" or anchor.head.lemma_.lower() not in lexicon.accusing_verbs:
        return False
    nouns = lexicon.claim_nouns | lexicon.accusation_nouns
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and any(g.dep_ == "compound" and g.lemma_.lower() in nouns for g in c.children)
        for c in anchor.children
    )


def rejects_description(anchor: Token, lexicon: Lexicon) -> bool:
    """Whether a denial is of a description: "the PKK's Syrian branch, a
    description the SDF rejects" disputes what the YPG is, not where it is."""
    return anchor.dep_ == "relcl" and anchor.head.lemma_.lower() in lexicon.description_nouns


def summarised_tokens(anchor: Token, lexicon: Lexicon) -> set[int]:
    """The tokens of the claim a trailing "..., a charge Kabul denies" sums up.

    What that clause states is both its claimant's claim and the denier's
    denied one: "accuses the Taliban of sheltering the TTP's leadership, a
    charge Kabul denies" gives the sheltering twice, once each way.
    """
    summary = _summarised_claim(anchor, lexicon)
    if summary is None:
        return set()
    if _charge_parsed_as_complement(anchor, lexicon):  # only the charge's own words
        charge = {t.i for t in anchor.subtree}
    else:
        charge = {t.i for t in anchor.head.subtree}
    return {t.i for t in summary.subtree} - charge


def _accusation_over(clause: Token, lexicon: Lexicon) -> Token | None:
    """The accusing verb a clause is the content of: "accused the KIA of using
    residents as human shields" for "using"."""
    current = clause
    for _ in range(6):
        if current.head.i == current.i or _own_clause(current):
            break  # a conjoined clause is said beside its head, not in it
        current = current.head
        if current.pos_ == "VERB" and current.lemma_.lower() in lexicon.accusing_verbs:
            return current
    # "US officials say the IRGC passes it intelligence, a charge Tehran rejects":
    # the clause is what its reporting verb's subject claims, however deep it is
    # reported ("Moscow said the vehicles proved that Washington was arming ...").
    current = clause
    for _ in range(3):
        if current.dep_ != "ccomp":
            break
        current = current.head
        if current.lemma_.lower() in lexicon.asserting_verbs:
            return current
    return None


def _accusing_clause(anchor: Token, thing: Token | None, lexicon: Lexicon) -> Token | None:
    """The denied clause, when its verb accuses: the accuser makes the claim denied."""
    clauses = [thing] if thing is not None else [c for c in anchor.children if c.dep_ == "ccomp"]
    return next(
        (
            c
            for c in clauses
            if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.lemma_.lower() in lexicon.accusing_verbs
        ),
        None,
    )


def _own_clause(verb: Token) -> bool:
    """A conjoined verb with its own subject: "..., and Gitega accuses Rwanda"."""
    return verb.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _last_clause(clause: Token, charge: Token) -> Token:
    """The last of a clause's conjoined clauses before a trailing charge, which sums up
    that one: "The movement claimed an attack ..., and Gitega accuses Rwanda of arming
    it, a charge Kigali rejects" is Gitega's charge."""
    verbs = [c for c in clause.children if _own_clause(c) and c.i < charge.i]
    return max(verbs, key=lambda c: c.i, default=clause)


def _claimant(clause: Token, actors: DocActors, lexicon: Lexicon, denier: Actor) -> Actor | None:
    """Who makes the claim a summarised clause states: its subject, unless it is the denier.

    "Officials in Moscow blamed Kyiv, a claim Kyiv denies": Moscow. When the
    clause is about the denier itself, the claim is its source's.
    """
    subject, passive = find_subject(clause)
    if subject is None or passive:
        return None
    named = [
        a for a in distinct(subject_spans(subject, clause, actors, lexicon)) if a.kind != "place"
    ]
    voices = lexicon.accusing_verbs | lexicon.reporting_verbs
    # "went on to accuse Egypt of ...", "continued to claim ...": the voicing is the complement
    voiced = clause.lemma_.lower() in voices or any(
        c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in voices for c in clause.children
    )
    if not voiced and any(a.kind not in ("state", "organization") for a in named):
        return None  # "X is reportedly living under its protection": the text's claim
    others = [a for a in named if a.id != denier.id]
    return others[0] if others and len(others) == len(named) else None


def _spread_by(anchor: Token, actors: DocActors, denier: Actor) -> Actor | None:
    """Who a denial says made up what it denies: "dismissed reports that ... as
    inventions spread by Bujumbura", "as a lie told by the army" (an "as" phrase
    whose participle has a "by" phrase, wherever the parse hangs it), or the state it
    comes from ("dismissed the allegation as 'recycled fiction from Addis Ababa'")."""
    doc = anchor.doc
    for verb in doc[anchor.i + 1 : anchor.sent.end]:
        agents = [c for c in verb.children if c.dep_ == "agent"]
        window = doc[max(anchor.i + 1, verb.i - 3) : verb.i]
        if verb.tag_ != "VBN" or not agents or not any(t.lower_ == "as" for t in window):
            continue
        for span in actors_below(agents[0], actors):
            if span.actor.id != denier.id and span.actor.kind in DENIERS:
                return span.actor
    for prep in (c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "as"):
        for token in prep.subtree:
            if token.dep_ != "pobj" or token.head.lower_ != "from":
                continue
            source = actors.at(token.i)
            if source is not None and source.actor.kind == "state" and source.actor.id != denier.id:
                return source.actor
    return None


def read_denials(matches: list[TriggerMatch], actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """Denial drafts; ``object_from_document`` marks "the findings"-style objects."""
    out: list[Draft] = []
    for match in matches:
        if match.trigger.category != "denial":
            continue
        anchor = _quoted_verdict(match.anchor, lexicon) or match.anchor
        thing = denied_thing(anchor)
        back = thing is not None and _what_was_just_said(thing, lexicon)
        if _not_a_claim(anchor, thing, lexicon, back):
            continue
        summary = _summarised_claim(anchor, lexicon)
        for denier in _deniers(anchor, actors, lexicon, thing):
            if denier.kind == "person" and not _speaks_for_someone(denier, actors, lexicon):
                continue
            author, from_document = _denied_source(thing, actors, lexicon, denier, back)
            if author is None:
                author = _spread_by(anchor, actors, denier)
            if author is None:
                author = _verdict_author(anchor, actors, lexicon, denier)
            # "rejected the accusation": an accusation is its accuser's, found in
            # the sentences before; "the reports" or "the findings" are the
            # document's in force or nobody's.
            accusation = thing is not None and thing.lemma_.lower() in lexicon.accusation_nouns
            from_earlier = from_document and accusation and author is None
            if from_earlier:
                from_document = False  # an accusation is its accuser's, not the report's
                author = _earlier_accuser(anchor, actors, lexicon, denier, thing)
                from_earlier = author is None
            if author is None and not from_earlier:
                author, to_document = _addressee(anchor, actors, lexicon, denier)
                from_document = (from_document or to_document) and author is None
            from_sentence = False
            if summary is None and author is None:
                # "Iranian prosecutors accused him of ..., a charge ASMLA has always
                # rejected", parsed as ASMLA rejecting that the prosecutors accused him
                summary = _accusing_clause(anchor, thing, lexicon)
            if summary is not None and author is None:
                author = _claimant(summary, actors, lexicon, denier)
                from_sentence = author is None
            # "Chad and the UAE have both denied this": what the sentence before
            # reports someone saying is that someone's claim ("rejects all of
            # this" may sum up more than one voice)
            from_earlier = from_earlier or (
                back
                and author is None
                and not from_document
                and thing is not None
                and thing.lower_ in _ONE_THING
            )
            out.append(
                Draft(
                    "denial",
                    "denies",
                    denier,
                    anchor.i,
                    author,
                    negated=False,
                    object_from_document=from_document,
                    object_from_sentence=from_sentence,
                    object_from_earlier=from_earlier,
                )
            )
    return out
