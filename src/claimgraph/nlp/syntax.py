"""Dependency-tree walks shared by the claim readers.

Every reader asks the same questions of a trigger word: who is the subject of
its clause, which actors hang below it, is it negated, is it hedged. The
answers come from the parse, not from word order, so they hold for prose the
rules were never tuned on.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from claimgraph.nlp.lexicon import Lexicon

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# spaCy's label for the "by" phrase of a passive verb.
BY_PHRASE = "agent"
RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "parataxis", "csubj"})
# Branches that start another statement: never part of a phrase's own actors.
DETACHED = frozenset(
    {"relcl", "acl", "appos", "advcl", "ccomp", "parataxis", "punct", "csubj", "mark"}
)


def subtree(token: Token, skip: frozenset[str] = DETACHED) -> Iterator[Token]:
    """``token`` and its descendants, not entering ``skip`` branches.

    A coordinated verb starts another statement ("led the group and was
    designated by the US") and is never entered either, nor is anything the
    parser coordinated with a verb ("has fought the government and pledged
    allegiance to al-Qaeda", read with "allegiance" as the verb's conjunct).
    """
    stack = [token]
    while stack:
        current = stack.pop()
        yield current
        verb = current.pos_ in ("VERB", "AUX")
        stack.extend(
            c
            for c in current.children
            if c.dep_ not in skip and not (c.dep_ == "conj" and (verb or c.pos_ in ("VERB", "AUX")))
        )


def with_the(token: Token) -> bool:
    """Whether a noun takes "the" as its determiner ("the army", not "an army post")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


def with_a(token: Token) -> bool:
    """Whether a noun takes "a" or "an" as its determiner: it describes, it names no one."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)


def previous_sentence_start(token: Token) -> int:
    """Where the sentence before ``token``'s starts (its own when it is the first)."""
    return token.doc[max(token.sent.start - 1, 0)].sent.start


def lists_members(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun carries an "including" or "among" phrase: "the affiliates, including
    AQAP" name the members that follow, and "Alexander Bortnikov, among them" is one of
    several."""
    return any(c.dep_ == "prep" and c.lower_ in lexicon.listing_preps for c in token.children)


def indices(token: Token, skip: frozenset[str] = DETACHED) -> list[int]:
    """Token indices of :func:`subtree`."""
    return [t.i for t in subtree(token, skip)]


def completes(token: Token, nouns: frozenset[str]) -> bool:
    """Whether ``token`` completes one of ``nouns`` through "of": "war" in "the laws of
    war", "them" in "most of them", "soldiers" in "the killing of five soldiers"."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in nouns


def prep_objects(head: Token, words: tuple[str, ...]) -> list[Token]:
    """Objects of the prepositions ``words`` that hang on ``head`` ("to X", "in Mali")."""
    return [
        g
        for c in head.children
        if c.dep_ == "prep" and c.lower_ in words
        for g in c.children
        if g.dep_ == "pobj"
    ]


def first_conjunct(token: Token) -> Token:
    """The first of a list a word is in: "Riyadh" in "money or weapons from Abu Dhabi
    and Riyadh" stands where "Abu Dhabi" does."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def verb_above(token: Token) -> Token:
    """The nearest verb at or above ``token`` (the root if none): the clause a word sits in."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def find_subject(anchor: Token) -> tuple[Token | None, bool]:
    """The subject of the clause ``anchor`` sits in, and whether it is passive.

    Climbs through complements ("is believed to have"), coordinated verbs
    and nouns; a relative clause or participle takes the noun it modifies,
    an apposition or compound the name it describes.
    """
    current = anchor
    shared = False
    # "was raised and armed by X": a participle joined to a passive verb shares its voice
    conjoined_participle = anchor.tag_ == "VBN"
    for _ in range(16):
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS and child.i != anchor.i:
                relative = _relative_clause(current) if child.tag_ in RELATIVE_TAGS else None
                if relative is not None:
                    return relative.head, False
                # A subject shared across "and" or "is believed to" is passive
                # for its own verb only.
                own = not shared or conjoined_participle
                # "is armed and trained by Rwanda": a joined participle with its own
                # "by" agent is passive whatever label the parser gave the subject
                by_agent = (
                    anchor.tag_ == "VBN"
                    and anchor.dep_ == "conj"
                    and any(_by_agent(c) for c in anchor.children)
                )
                return child, (child.dep_ == "nsubjpass" and own) or by_agent
        if current.dep_ in ("relcl", "acl"):
            return current.head, current.dep_ == "acl" and current.tag_ == "VBN" and not shared
        if current.dep_ in ("appos", "compound") and current.i == anchor.i:
            return current.head, False
        if _adjective_phrase(current) and current.i == anchor.i:
            return current.head, False  # "cells loyal to X": the cells, not who counts them
        if current.dep_ in ("nsubj", "nsubjpass") and current.i != anchor.i:
            return None, False
        gerund = is_gerund(current)
        controller = _object_controller(current) if gerund else _listed_act_doer(current)
        if controller is not None:
            return controller, False
        if gerund:
            shared = True  # "denied sheltering al Qaeda": the denier shelters
        elif current.dep_ in ("ROOT", "ccomp", "parataxis", "csubj") or current.head.i == current.i:
            return None, False
        if current.dep_ in ("conj", "xcomp"):
            shared = True
        conjoined_participle = conjoined_participle and current.dep_ == "conj"
        current = current.head
    return None, False


def _by_agent(child: Token) -> bool:
    """A "by" phrase naming a doer, not "side by side" or "village by village"."""
    if child.dep_ != "agent" or child.i == 0:
        return False
    objects = [g for g in child.children if g.dep_ == "pobj"]
    return bool(objects) and objects[0].lower_ != child.doc[child.i - 1].lower_


def _adjective_phrase(token: Token) -> bool:
    """An adjective after its noun with its own preposition: "cells loyal to X"."""
    return (
        token.dep_ == "amod"
        and token.pos_ == "ADJ"
        and token.head.i < token.i
        and any(c.dep_ == "prep" for c in token.children)
    )


def verbless_clause(noun: Token) -> bool:
    """A noun with a subject and no verb under a verb: "made [Russia its partner]".

    The parser reads the object and what it is made or considered into as
    a clause of their own.
    """
    return (
        noun.dep_ in ("ccomp", "xcomp")
        and noun.pos_ == "NOUN"
        and noun.head.pos_ == "VERB"
        and any(c.dep_ == "nsubj" for c in noun.children)
        and not any(c.dep_ in ("aux", "auxpass", "cop") for c in noun.children)
    )


def _relative_clause(verb: Token) -> Token | None:
    """The relative clause a verb heads or reports inside: "X, which it said was helping".

    A relative pronoun may be the subject of a clause reported within the
    relative clause; the noun the clause describes is still who is meant.
    """
    current = verb
    for _ in range(4):
        if current.dep_ == "relcl":
            return current
        if current.dep_ not in ("ccomp", "xcomp") or current.head.i == current.i:
            return None
        current = current.head
    return None


def _object_controller(gerund: Token) -> Token | None:
    """The object that does what a gerund says: "accused Kabul of sheltering X".

    After "of", "for" or "with" on a verb that has a direct object, the object is
    the doer ("thanked Qatar for hosting", "charged X with financing").
    """
    prep = gerund.head
    if gerund.dep_ not in ("pcomp", "pobj") or prep.lower_ not in ("of", "for", "with"):
        return None
    second = prep.dep_ == "conj" and prep.head.pos_ == "ADP"
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
        prep = prep.head  # "accused Egypt of bombing its positions and of arming the army"
    if prep.head.pos_ != "VERB":
        # "accused Saudi Arabia and the UAE of bankrolling": the parser hung "of" on the
        # last of the listed objects
        first = first_conjunct(prep.head)
        listed = first is not prep.head and first.dep_ == "dobj" and first.head.pos_ == "VERB"
        return first if listed else None
    objects = [c for c in prep.head.children if c.dep_ == "dobj"]
    if second:  # a named object only: "accuse both juntas of ... and of letting" is vaguer
        objects = [o for o in objects if o.pos_ == "PROPN"]
    return objects[0] if objects else None


def _listed_act_doer(verb: Token) -> Token | None:
    """ "Accuses Rwanda of training, arming and sheltering X", parsed with "arming" as an
    adverbial clause of "accuses": the accused does every act the list names."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.pos_ != "VERB" or head.i > verb.i:
        return None
    listed = any(
        c.dep_ == "prep"
        and c.lower_ in ("of", "for")
        and any(g.lower_.endswith("ing") and g.i == verb.i - 2 for g in c.children)
        for c in head.children
    )
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < verb.i]
    return objects[0] if listed and objects else None


def without_clauses(phrase: Token) -> list[Token]:
    """The tokens of a phrase less its relative and participle clauses ("battalions
    that the KIA has trained" names the battalions, not the KIA)."""
    clauses = {t.i for c in phrase.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
    return [t for t in phrase.subtree if t.i not in clauses]


def is_gerund(token: Token) -> bool:
    """A gerund clause ("denied sheltering X"), or a gerund the tagger read as a noun
    after "of" or "for" ("accuses Algiers of arming, training and paying for ...")."""
    if token.dep_ in ("ccomp", "pcomp") and token.tag_ == "VBG":
        return True
    if token.dep_ in ("ccomp", "pcomp") and token.tag_ == "VBN":
        # "designated for having provided support to X": a perfect gerund
        return any(c.dep_ == "aux" and c.lower_ == "having" for c in token.children)
    return (
        token.dep_ == "pobj"
        and token.tag_ == "NN"
        and token.lower_.endswith("ing")
        and token.head.lower_ in ("of", "for")
        and not any(c.dep_ == "det" for c in token.children)
    )


def clause_chain(anchor: Token, through_complements: bool = True) -> list[Token]:
    """``anchor`` and its ancestors up to the verb heading its clause.

    With ``through_complements`` an open complement ("believed to have")
    does not end the clause, so a hedge on the matrix verb is seen.
    """
    chain = [anchor]
    current = anchor
    for _ in range(16):
        if current.dep_ in CLAUSE_DEPS or current.head.i == current.i:
            break
        if current.dep_ == "appos" and current.pos_ == "NOUN":
            break  # "BDK, a group active in Kongo Central, has denied ...": said apart
        if current.dep_ == "xcomp" and not through_complements:
            break
        if _own_conjoined_clause(current):
            break  # "did not kill civilians and that its war was with the army"
        current = current.head
        chain.append(current)
    return chain


def _own_conjoined_clause(token: Token) -> bool:
    """A verb joined to another that opens its own clause: its own subject and a
    "that" or other marker ("said X did not ... and that its war was ..."), or a
    "but" before it."""
    if token.dep_ != "conj" or token.pos_ not in ("VERB", "AUX"):
        return False
    deps = {c.dep_ for c in token.children}
    if not deps & {"nsubj", "nsubjpass", "expl"}:
        return False
    # "have not fired on a ship, but they have vowed to ...": a contrast opens its own clause.
    contrast = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in token.head.children)
    return "mark" in deps or contrast or _after_comma_and(token)


def _after_comma_and(token: Token) -> bool:
    """ "It cannot mass men any more, and most of its units stay near Tindouf": a
    clause after ", and" with a subject of its own is a sentence of its own."""
    start = token.left_edge.i
    doc = token.doc
    return start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].text == ","


def governor(anchor: Token) -> Token | None:
    """The verb above the clause of ``anchor`` ("denied" in "denied that X")."""
    top = clause_chain(anchor)[-1]
    while top.dep_ == "conj" and top.head.dep_ in GOVERNED and top.head.i != top.i:
        top = top.head  # "deny that X has bases there or that they shelter it": both denied
    if top.dep_ in GOVERNED and top.head.i != top.i:
        return top.head
    return None


GOVERNED = frozenset({"ccomp", "xcomp", "pcomp", "advcl"})


def _shielded(anchor: Token, lexicon: Lexicon) -> bool:
    """Whether a noun trigger sits in a phrase a negated clause does not reach."""
    token = anchor
    for _ in range(8):
        if token.dep_ == "pobj" and token.head.dep_ == "prep":
            if token.head.lower_ in lexicon.shielding_preps:
                return True
            token = token.head.head
        elif token.dep_ in ("appos", "conj", "compound", "nmod", "poss") and token.pos_ in (
            "NOUN",
            "PROPN",
        ):
            token = token.head
        else:
            return False
    return False


# Subjects that deny what their clause says of anyone, and verbs they then affirm with:
# "nobody doubts that ..." asserts it.


def is_negated(anchor: Token, lexicon: Lexicon) -> bool:
    """A negator on the clause of ``anchor`` or a denial verb governing it."""
    if anchor.pos_ in ("NOUN", "PROPN") and _shielded(anchor, lexicon):
        return any(
            c.dep_ == "neg" or (c.lower_ in lexicon.negation_cues and c.dep_ == "det")
            for c in anchor.children
        )
    for token in clause_chain(anchor):
        if token.i != anchor.i and token.lemma_.lower() in lexicon.denial_verbs:
            return True  # "denied sheltering al Qaeda"
        if token.dep_ == "conj" and token.head.lemma_.lower() in lexicon.denial_verbs:
            return _negator_on(token, lexicon)  # "dismissed that figure and put it at 2,000"
        if token.i != anchor.i and _refused(token, anchor, lexicon):
            return True  # "refused to fight the Islamic State"
        for child in token.children:
            if _comparative(child):
                continue  # "no less hostile", "not only funds": a stronger statement
            if token.i != anchor.i and token.lemma_.lower() in _endings(token, lexicon):
                continue  # "no change in its protection of X": the protection goes on
            if child.dep_ == "neg" or (
                child.lower_ in lexicon.negation_cues
                and child.dep_ in ("det", "advmod", "neg", "preconj", "cc")
            ):
                return True
            if _no_longer(child):
                return True  # "no longer holds Dhadaar": the state of things now is denied
            if child.dep_ in SUBJECT_DEPS and any(
                g.dep_ == "det" and g.lower_ == "no" and not _comparative(g) for g in child.children
            ):
                return True  # "no al Qaeda members were present"
        if _but_conjunct(token):
            break  # "is no longer a faction on its edge but a wing of it": the second stands
    if any(
        c.dep_ in ("dobj", "attr")
        and any(g.dep_ == "preconj" and g.lower_ in lexicon.negation_cues for g in c.children)
        for c in anchor.children
    ):
        return True  # "harbours neither the EMC nor the Segunda Marquetalia"
    if _takes_no(anchor, lexicon):
        return True  # "takes no orders from Tehran"
    if _said_by_no_one(anchor, lexicon):
        return True  # "Nothing in our material suggests that the CRP has ..."
    head = governor(anchor)
    if head is not None and head.lemma_.lower() in lexicon.denial_verbs:
        return not any(c.dep_ == "neg" for c in head.children)
    return anchor.dep_ == "pobj" and anchor.head.head.lemma_.lower() in lexicon.denial_verbs


def _takes_no(verb: Token, lexicon: Lexicon) -> bool:
    """ "Takes no orders from Tehran", "received no money": a verb whose object,
    right after it, is no orders or means."""
    if verb.pos_ != "VERB" or verb.i + 1 >= len(verb.doc):
        return False
    no, thing = verb.doc[verb.i + 1], verb.doc[verb.i + 1].head
    return (
        no.lower_ == "no"
        and no.dep_ == "det"
        and thing.dep_ == "dobj"
        and thing.head.i == verb.i
        and thing.lemma_.lower() in lexicon.given_nouns
    )


def _said_by_no_one(anchor: Token, lexicon: Lexicon) -> bool:
    """Whether the clause of ``anchor`` is what "nothing" or "nobody" says or shows."""
    top = clause_chain(anchor)[-1]
    verb = top.head.lemma_.lower()
    if top.dep_ != "ccomp" or top.head.pos_ != "VERB":
        return False  # "What nobody disputes is that ...", parsed with "is" as the verb
    if verb in lexicon.denial_verbs or verb in lexicon.doubting_verbs:
        return False  # "nobody denies that ..." asserts it
    return any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in lexicon.negative_subjects for c in top.head.children
    )


def _refused(verb: Token, anchor: Token, lexicon: Lexicon) -> bool:
    """Whether ``verb`` refuses the act its infinitive names and ``anchor`` is in it."""
    return verb.lemma_.lower() in lexicon.refusing_verbs and any(
        c.dep_ == "xcomp" and c.left_edge.i <= anchor.i <= c.right_edge.i for c in verb.children
    )


def _endings(token: Token, lexicon: Lexicon) -> frozenset[str]:
    """Words whose negation asserts that what they govern goes on."""
    if token.pos_ in ("VERB", "AUX"):
        return lexicon.ending_verbs  # "the rivalry has not abated"
    return lexicon.change_nouns  # "no change in its protection"


def _negator_on(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb carries its own negator ("and did not put it at 2,000")."""
    return any(
        (c.dep_ == "neg" or c.lower_ in lexicon.negation_cues) and not _comparative(c)
        for c in verb.children
        if c.dep_ in ("neg", "advmod", "det")
    )


def _but_conjunct(token: Token) -> bool:
    """The second member of "not A but B", whose denial stops at the first."""
    return token.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "but" for c in token.head.children
    )


def _no_longer(modifier: Token) -> bool:
    """ "no longer", "not any longer": a negator hung on "longer" rather than on the verb."""
    return (
        modifier.dep_ == "advmod"
        and modifier.lower_ == "longer"
        and any(c.dep_ == "neg" or c.lower_ in ("no", "not") for c in modifier.subtree)
    )


def _comparative(negator: Token) -> bool:
    """A negator that bounds or strengthens instead of denying: "no more than", "not only"."""
    doc = negator.doc
    if negator.i + 1 >= len(doc):
        return False
    return doc[negator.i + 1].lower_ in ("less", "fewer", "more", "only", "just", "merely")


def _hedge_token(token: Token, lexicon: Lexicon) -> bool:
    """Whether ``token`` itself marks uncertainty."""
    lemma = token.lemma_.lower()
    if lemma in lexicon.raising_verbs:
        return True
    if lemma in lexicon.hedge_passives and any(c.dep_ == "auxpass" for c in token.children):
        return True
    return token.dep_ in ("acomp", "amod") and lemma in lexicon.hedge_adjectives


def _hedge_child(child: Token, lexicon: Lexicon) -> bool:
    """Whether a dependent of the clause marks uncertainty."""
    lower = child.lower_
    if child.dep_ == "aux" and lower in lexicon.modals:
        return True
    if child.dep_ in ("advmod", "amod") and lower in lexicon.hedge_adverbs:
        return True
    return child.dep_ == "amod" and child.lemma_.lower() in lexicon.hedge_adjectives


def is_hedged(anchor: Token, lexicon: Lexicon) -> bool:
    """A modal, hedging adverb, "is believed to" or "appears to" on the claim."""
    chain = clause_chain(anchor)
    head = governor(anchor)
    if (
        head is not None
        and head.dep_ in ("ROOT", "ccomp")
        and head.lemma_.lower() in lexicon.hedge_passives
    ):
        chain.append(head)
    for token in chain:
        if _hedge_token(token, lexicon):
            return True
        if any(_hedge_child(child, lexicon) for child in token.children):
            return True
    return any(t.lower_ in lexicon.sentence_hedges for t in anchor.sent)


def in_event(head: Token, lexicon: Lexicon) -> bool:
    """Whether a phrase sits in a clause about a loss, or in the object of one.

    "lost the cells it ran in Kabul": the relative clause hangs on the
    object of "lost", so the cells are no longer there. "Killed its
    commanders in Kabul" still places them there.
    """
    chain = clause_chain(head)
    top = chain[-1]
    if top.dep_ == "relcl" and top.head.i != top.i:
        chain += clause_chain(top.head)
    return any(t.lemma_.lower() in lexicon.lost_verbs for t in chain)


def path_to(token: Token, ancestor: Token) -> list[Token]:
    """Tokens from ``token`` up to (not including) ``ancestor``; [] if unrelated."""
    out: list[Token] = []
    current = token
    for _ in range(32):
        if current.i == ancestor.i:
            return out
        if current.head.i == current.i:
            return []
        out.append(current)
        current = current.head
    return []


def unnamed_person_before(token: Token, humans: frozenset[str]) -> Token | None:
    """The unnamed person a sentence-opening "he" goes on with: the subject of the
    sentence before when ``humans`` has its noun.

    "A man who gave his name as Makiadi spoke to the Post. He put ...", "A senior
    official ... said the camp loyal to Abdirahman Mahdi had ... He put ...": the man
    and the official, not a person named inside what they said.
    """
    sent = token.sent
    if token.lower_ not in ("he", "she") or sent.start == 0:
        return None
    # the sentence's own subject, opening it or trailing ('Kony has 30 men, he told the Observer')
    if token.dep_ != "nsubj" or token.head != sent.root:
        return None
    other = "woman" if token.lower_ == "he" else "man"
    if any(
        t.dep_ == "nsubj" and t.lemma_.lower() in humans for t in token.doc[sent.start : token.i]
    ):
        return None  # "An Indian Army brigadier put it lower: Hizb, he told us, has ..."
    before = token.doc[sent.start - 1].sent.root
    subjects = [t for t in before.children if t.dep_ == "nsubj"]
    return next(
        (
            t
            for t in subjects
            if t.pos_ == "NOUN"
            and t.lemma_.lower() in humans
            and not t.lemma_.lower().endswith(other)  # "a woman ... He was killed": someone else
            # "The CNPSC spokesperson, Abeli Musombwa, told the Group": named after all
            and not any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in t.children)
        ),
        None,
    )


def things_read_as_verbs(verb: Token) -> list[Token]:
    """Second things received that the parser read as verbs joined to ``verb``: "pay"
    in "receive weapons and pay from the army" (see :func:`_thing_read_as_verb`)."""
    return [c for c in verb.children if _thing_read_as_verb(c)]


def received_read_as_verb(token: Token, lexicon: Lexicon) -> bool:
    """Whether ``token`` is a thing received, read as a verb joined to a receiving verb:
    "pay" in "receive weapons and pay from the army" is received, not paid."""
    return token.head.lemma_.lower() in lexicon.receiving_verbs and _thing_read_as_verb(token)


def _thing_read_as_verb(token: Token) -> bool:
    """A verb joined to another with no subject or object of its own and a "from" phrase."""
    return (
        token.dep_ == "conj"
        and token.pos_ == "VERB"
        and not any(g.dep_ in ("dobj", "nsubj", "dative") for g in token.children)
        and bool(prep_objects(token, ("from",)))
    )


def surrendered(verb: Token, lexicon: Lexicon) -> bool:
    """ "Will give up its weapons to the state", "handed their rifles to the army": a
    party handing over its own arms surrenders them and supplies no one."""
    if verb.lemma_.lower() not in lexicon.surrendering_verbs:
        return False  # "Iran sent its drones to the Houthis" supplies them
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return True
    owned = any(
        g.dep_ == "poss" and g.lower_ in ("its", "their")
        for c in verb.children
        if c.dep_ == "dobj"
        for g in c.children
    )
    return owned and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
