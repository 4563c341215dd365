"""Short-range coreference for news prose.

Articles name a group once and then say "the group", "the militants", "it"
or "they". Such a phrase refers to the most salient actor of a fitting kind
in the preceding sentences: the nearest sentence that has one, its subject
before its other actors, and kinds in the order the lexicon lists them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from claimgraph.model import Actor, Source
from claimgraph.nlp.actors import (
    SEATED_BODIES,
    ActorSpan,
    DocActors,
    GazetteerLike,
    holds_word,
    named_by_last_word,
    named_earlier,
    police_named,
)
from claimgraph.nlp.attribution import quoted_chars
from claimgraph.nlp.lexicon import Lexicon
from claimgraph.nlp.segments import Segment
from claimgraph.nlp.syntax import (
    RELATIVE_TAGS,
    completes,
    find_subject,
    lists_members,
    prep_objects,
    previous_sentence_start,
    unnamed_person_before,
    with_the,
    without_clauses,
)

LOOKBACK = 3
# Words for a group that, in the plural, stand for several groups: "the cartels".
COLLECTIVE_GROUP_NOUNS = frozenset({"cartel", "gang", "coalition", "alliance"})
# Governments a story names only by a common noun: "the junta" is the story country's,
# and so is "junta delegations" with no "the".
STORY_GOVERNMENTS = ("government", "junta")
COMPOUND_GOVERNMENTS = ("junta",)


@dataclass(frozen=True)
class _Seen:
    """An actor mention remembered for later reference, by statement position."""

    segment: int
    span: ActorSpan
    subject: bool
    aside: bool = False  # a modifier inside a phrase: "since the M23 advance"
    passing: bool = False  # inside a relative clause on the main subject
    pronoun: bool = False  # a pronoun subject already taken as the actor: "It controls"


def _is_subject(span: ActorSpan, doc: Doc) -> bool:
    """Whether a mention is (part of) a clause subject."""
    root = doc[span.start]
    for token in doc[span.start : span.end]:
        if token.head.i < span.start or token.head.i >= span.end or token.head.i == token.i:
            root = token
            break
    return root.dep_ in ("nsubj", "nsubjpass") or (
        root.dep_ == "conj" and root.head.dep_ in ("nsubj", "nsubjpass")
    )


def _aside(span: ActorSpan, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a mention only modifies a noun inside a prepositional phrase ("has been
    concentrated since the M23 advance"): it is not what the sentence is about.

    A group's own people or places ("the detention of Islamic State fighters")
    still name it.
    """
    root = span.root(doc)
    head = root.head
    own = head.lemma_.lower() in lexicon.armed_members | lexicon.located_nouns
    return root.dep_ in ("compound", "amod", "poss") and head.dep_ == "pobj" and not own


def _in_subjects_relative(token: Token) -> bool:
    """ "The Iraqi government, which is negotiating with Washington over the future of
    the US-led coalition, has condemned ...": a name inside a relative clause on the
    main subject is said in passing; "its spokesman" next is the government's."""
    for above in token.ancestors:
        if above.dep_ == "relcl":
            noun = above.head
            return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ROOT"
    return False


SUBJECT_LIKE = ("nsubj", "nsubjpass", "poss")


def _partitive(token: Token, lexicon: Lexicon) -> bool:
    """A pronoun a part is taken of: "most of them", "what remains of it", "some 300
    of them"."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.like_num:
        return True
    return completes(token, lexicon.quantifiers)


def _counted_subject(token: Token, lexicon: Lexicon) -> bool:
    """A pronoun a part is taken of that is what its clause is about: "Most of them are
    in Colombia", not "15,000 fighters, many of them recruited from Arab tribes", where
    the part is of the force the same sentence counts."""
    part = token.head.head
    return (
        _partitive(token, lexicon)
        and part.dep_ in ("nsubj", "nsubjpass")
        and part.head.dep_ in ("ROOT", "ccomp", "conj")
    )


def _kinds_wanted(token: Token, lexicon: Lexicon) -> tuple[str, ...] | None:
    """The kinds a referring word may take, or None if it does not refer."""
    lower = token.lower_
    if lower in lexicon.pronouns and token.pos_ == "PRON":
        if lower in lexicon.partitive_pronouns and not _counted_subject(token, lexicon):
            return None  # "most of them are in Kunar", but not "sent them weapons"
        if (
            lower == "it"
            and token.dep_ == "dobj"
            and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.head.children)
        ):
            return None  # "JNIM and the army are fighting it out": no one is meant
        opens = token.i == token.sent.start or token.i == 0 or token.nbor(-1).is_punct
        estimated = token.dep_ == "dobj" and token.head.lemma_.lower() in lexicon.reporting_verbs
        # "give it shelter", "sent them weapons", "denies arming it"; never the
        # place a holding verb takes ("before the KIA takes it").
        given = token.dep_ == "dative" or (
            token.dep_ == "dobj" and token.head.lemma_.lower() not in lexicon.holding_verbs
        )
        if (
            token.dep_ == "poss"
            and token.head.lemma_.lower() in lexicon.state_owned_nouns
            and "person" not in lexicon.pronouns[lower]
        ):
            if token.head.lemma_.lower() in lexicon.shared_office_nouns and any(
                c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.head.children
            ):
                # "Its president, Gaston Iyamuremye, ...": a movement's office as well
                return ("state", "armed_group")
            return ("state",)  # "Its government says ...": only a state has one
        if token.dep_ == "poss" and token.head.lemma_.lower() in lexicon.group_owned_nouns:
            return ("armed_group",)  # "put its membership at several hundred": a group's
        if _owns_soldiers(token, lexicon):
            # "Since then its soldiers have fought ...": a state's, or an army's.
            return ("state", *sorted(lexicon.pronouns[lower], key=_kind_order))
        if opens or estimated or given or _partitive(token, lexicon) or token.dep_ in SUBJECT_LIKE:
            return tuple(sorted(lexicon.pronouns[lower], key=_kind_order))
        return None
    lemma = token.lemma_.lower()
    if token.pos_ == "PROPN" and _bare_state_noun(token, lexicon):
        lemma = token.lower_  # "The Government" in UN style, not "the Government of Cameroon"
    elif token.pos_ != "NOUN" or lemma not in lexicon.nominals:
        return None
    if lemma in lexicon.plural_only_nominals and (
        token.tag_ != "NNS"
        or any(c.dep_ in ("compound", "nmod", "acl", "relcl") for c in token.children)
    ):
        return None  # "the volunteer units", "the units deployed towards Benin": some others
    if lists_members(token, lexicon):
        return None  # "the affiliates, including AQAP": the names that follow, not a referent
    if token.tag_ == "NNS" and lemma in COLLECTIVE_GROUP_NOUNS:
        return None  # "the cartels", "the gangs": several groups, not one named before
    if lemma in lexicon.land_nouns and any(
        c.dep_ in ("nmod", "compound") and c.pos_ == "NOUN" for c in token.children
    ):
        return None  # "the avocado and lime country", "cattle country": a kind of land
    kinds = tuple(sorted(lexicon.nominals[lemma], key=_kind_order))
    if token.dep_ == "poss" and token.head.lemma_.lower() in lexicon.research_nouns:
        kinds = ("organization", *(k for k in kinds if k != "organization"))
    if kinds != ("state",) and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(t.pos_ == "PROPN" for t in c.subtree)
        for c in token.children
    ):
        # "the member gangs of Viv Ansanm": parts of the name that follows ("the
        # government of interim president al-Sharaa" is still the story's state).
        return None
    if lemma in COMPOUND_GOVERNMENTS and token.dep_ == "compound" and kinds == ("state",):
        return kinds  # "junta delegations": the story's junta, with no "the"
    if not any(c.dep_ == "det" and c.lower_ in lexicon.determiners for c in token.children):
        return None
    return kinds


def _bare_state_noun(token: Token, lexicon: Lexicon) -> bool:
    """A noun that can only mean a state, with nothing that names which one.

    A ministry's portfolio names no state: "The Ministry of Defence", "the
    defence ministry" are the state the story is about.
    """
    if not lexicon.names_only_a_state(token.lower_):
        return False
    words = [
        t
        for c in token.children
        if c.dep_ in ("prep", "compound", "amod", "poss")
        for t in c.subtree
        if t.is_alpha and t.lower_ not in ("of", "and", "the")
    ]
    return all(t.lower_ in lexicon.portfolio_words for t in words)


def _kind_order(kind: str) -> int:
    """Preference among kinds when several fit: groups first."""
    order = ("armed_group", "organization", "state", "person", "place")
    return order.index(kind) if kind in order else len(order)


def _names_itself(token: Token, actors: DocActors, lexicon: Lexicon) -> bool:
    """A phrase like "the Taliban movement" names its actor already; "the al-Qaeda
    affiliate" names only its parent (see :func:`_branch_parents`)."""
    if _branch_parents(token, actors, lexicon):
        return False
    return any(
        actors.at(c.i) is not None for c in token.children if c.dep_ in ("compound", "poss", "amod")
    )


def _branch_parents(token: Token, actors: DocActors, lexicon: Lexicon) -> frozenset[str]:
    """The group a branch noun's name modifier names: al-Qaeda in "the al-Qaeda
    affiliate has ...", a subject that refers to a branch named before, never to
    al-Qaeda itself. A branch the phrase goes on to name or describe ("the SLM
    faction led by ...", "the ISIL affiliate on the continent") is no reference."""
    if token.lemma_.lower() not in lexicon.branch_subjects or token.dep_ not in (
        "nsubj",
        "nsubjpass",
    ):
        return frozenset()
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
        return frozenset()
    if any(c.dep_ in ("appos", "relcl", "acl", "prep") for c in token.children):
        return frozenset()
    return frozenset(
        span.actor.id
        for c in token.children
        if c.dep_ == "compound"
        and (span := actors.at(c.i)) is not None
        and span.actor.kind == "armed_group"
    )


def _named_by_apposition(token: Token, actors: DocActors, lexicon: Lexicon) -> ActorSpan | None:
    """The actor a descriptive phrase is set beside.

    "TTP, the largest militant group" describes TTP; "the branch, known as
    ISIS-K" and "the group ISIS-K" name their actor right there.
    """
    if token.dep_ == "appos" and actors.at(token.head.i) is not None:
        return actors.at(token.head.i)
    if token.dep_ == "appos" and token.head.lemma_.lower() in lexicon.armed_members:
        # "thousands of PDF fighters, the local militias that ...": the fighters' group
        for child in token.head.children:
            if child.dep_ in ("compound", "poss") and actors.at(child.i) is not None:
                return actors.at(child.i)
    opening = _opening_name_before(token, actors)
    if opening is not None:
        return opening
    if token.dep_ == "attr":
        # "HTS remains the dominant group": the copula's subject.
        for sibling in token.head.children:
            if sibling.dep_ in ("nsubj", "nsubjpass") and actors.at(sibling.i) is not None:
                return actors.at(sibling.i)
    for child in token.children:
        if child.dep_ == "appos" and actors.at(child.i) is not None:
            return actors.at(child.i)
        if child.dep_ == "acl" and child.lemma_.lower() in lexicon.naming_verbs:
            for grandchild in child.subtree:
                if actors.at(grandchild.i) is not None:
                    return actors.at(grandchild.i)
    return None


def _opening_name_before(token: Token, actors: DocActors) -> ActorSpan | None:
    """ "The Wazalendo, the armed groups mobilized since 2022 ...": a definite phrase
    right after the name that opens the sentence and a comma describes that name, even
    when the parser took the phrase for a subject of its own."""
    edge = token.left_edge
    if edge.i < 2 or token.doc[edge.i - 1].text != "," or edge.lower_ != "the":
        return None
    if token.dep_ == "poss":
        return None  # "Khalid Batarfi, the group's leader": the group is not he
    span = actors.at(edge.i - 2)
    if span is None or span.end != edge.i - 1 or span.actor.kind == "person":
        return None
    start = token.sent.start
    opens = span.start == start or (span.start == start + 1 and token.doc[start].lower_ == "the")
    return span if opens else None


def _described_body(token: Token, actors: DocActors, lexicon: Lexicon) -> ActorSpan | None:
    """An organisation an apposition just called by the same noun: "The group said"
    after "Sinai Witness, a London-based rights group, ..." is that group, not an
    armed one named before it."""
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return None
    start = previous_sentence_start(token)  # this sentence and the one before
    lemma = token.lemma_.lower()
    for earlier in reversed(token.doc[start : token.i]):
        if earlier.lemma_.lower() != lemma or earlier.dep_ != "appos":
            continue
        named = _named_by_apposition(earlier, actors, lexicon)
        if named is not None and named.actor.kind == "organization":
            return named
    return None


def _introduced_as(token: Token, actors: DocActors, lexicon: Lexicon) -> ActorSpan | None:
    """The group the text introduced by this very noun: "the militia" after "The
    militia, the Union of Sinai Tribes, was set up ...", though a body it merged
    into was named since.

    Only nouns narrower than "group" count: "the group" is any group, and the
    most salient one is the better guess. An introduction as the subject or the
    complement of "is" counts, not a rival described in passing: "the gang" after
    "it first fought Los Rastrojos, a trafficking gang, for the crossings" is still
    the gang the story is about.
    """
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or token.tag_ != "NN" or lemma in lexicon.generic_group_nouns:
        return None
    if not with_the(token):
        return None
    for earlier in reversed(token.doc[: token.sent.start]):
        if earlier.lemma_.lower() != lemma or earlier.tag_ != "NN":
            continue
        if any(c.dep_ == "appos" for c in earlier.children):
            named_noun = earlier  # "The militia, the Union of Sinai Tribes, ..."
        elif earlier.dep_ == "appos":
            named_noun = earlier.head  # "The Union of Sinai Tribes, a militia, ..."
        else:
            continue
        if named_noun.dep_ not in ("nsubj", "nsubjpass", "attr"):
            continue
        named = _named_by_apposition(earlier, actors, lexicon)
        if named is not None and named.actor.kind == "armed_group":
            return named
    return None


def _conjoined_owner(token: Token, actors: DocActors) -> ActorSpan | None:
    """ "The United States and its allies": the name the owned noun is joined to."""
    if token.dep_ != "poss" or token.pos_ != "PRON" or token.head.dep_ != "conj":
        return None
    return actors.at(token.head.head.i)


def _fronted_owner(
    token: Token, actors: DocActors, kinds: tuple[str, ...], lexicon: Lexicon
) -> ActorSpan | None:
    """ "In its latest statement, the TTP said ...", "Using its hideouts in Khost, the TTP
    has ...": a possessive in a phrase or participle that opens the clause, before its
    subject, looks ahead to that subject, not back to the sentences before. An account
    owned so is the subject's only if the subject tells it: in "In their account, LeT
    created it", "their" are the ones whose account it is, named before."""
    if token.dep_ != "poss" or token.lower_ not in ("its", "their"):
        return None
    account = token.head.lemma_.lower() in lexicon.claim_nouns
    node = token.head
    for _ in range(6):
        verb = node.head
        if node.dep_ not in ("pobj", "prep", "dobj", "advcl") or verb.i == node.i:
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if node.dep_ in ("prep", "advcl") and verb.pos_ in ("VERB", "AUX") and subjects:
            if subjects[0].i < node.i or len(subjects) > 1:
                return None  # "the TTP said in its statement": not ahead; two: a misparse
            if account and verb.lemma_.lower() not in lexicon.reporting_verbs:
                return None
            span = actors.at(subjects[0].i)
            return span if span is not None and span.actor.kind in kinds else None
        node = verb
    return None


def _possessive(token: Token) -> bool:
    """A possessive phrase: "the group's leaders"."""
    return token.dep_ == "poss" or any(c.dep_ == "case" for c in token.children)


def _described_by_phrase(token: Token, actors: DocActors) -> str | None:
    """The actor a phrase holding ``token`` is set beside.

    In "AQIS, the network's South Asian affiliate" the network is not AQIS
    itself.
    """
    current = token
    for _ in range(4):
        if current.dep_ == "appos":
            span = actors.at(current.head.i)
            return span.actor.id if span is not None else None
        if current.dep_ not in ("poss", "compound", "amod", "det") or current.head.i == current.i:
            return None
        current = current.head
    return None


def _clause_subject_tokens(token: Token) -> set[int]:
    """Tokens of the subject of the verb a pronoun is the object of.

    "The panel put it at 400" cannot mean the panel put itself at 400: a
    plain pronoun object never refers to its own verb's subject, nor does
    the owner of a predicate noun ("X is its partner", "X and Y are among its
    member groups").
    """
    verb = token.head
    if token.dep_ == "poss" and verb.dep_ == "attr":
        # "The Gul Bahadur group is its most important partner": not its own.
        verb = verb.head
    elif token.dep_ == "poss" and verb.dep_ == "pobj" and verb.head.lower_ == "among":
        verb = verb.head.head
    elif token.dep_ not in ("dobj", "dative"):
        return set()
    return {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}


def _named_by_its_noun(
    token: Token,
    history: list[_Seen],
    seg: Segment,
    actors: DocActors,
    lexicon: Lexicon,
    barred: frozenset[str] = frozenset(),
) -> ActorSpan | None:
    """ "The brigade" after "the Babylon Brigades and the PMF": of the groups the nearest
    sentence names, the one whose name, as written, ends in the noun.

    Generic nouns ("the group", "the movement") stay with the most salient group,
    and a group named only further back does not outrank a nearer one.
    """
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or not with_the(token) or lemma in lexicon.generic_group_nouns:
        return None
    if "armed_group" not in lexicon.nominals.get(lemma, ()):
        return None
    groups = [
        s
        for s in actors.among(range(seg.start, token.i))
        if s.actor.kind == "armed_group" and s.actor.id not in barred
    ]
    if not groups:
        seen = [
            s
            for s in history
            if s.span.actor.kind == "armed_group" and s.span.actor.id not in barred
        ]
        nearest = max((s.segment for s in seen), default=None)
        groups = [s.span for s in seen if s.segment == nearest]
    for span in reversed(groups):
        words = actors.doc[span.start : span.end].text.lower().split()
        if len(words) > 1 and words[-1] in (lemma, f"{lemma}s", f"{lemma}es"):
            return span
    return None


def _same_sentence(
    seg: Segment,
    token: Token,
    actors: DocActors,
    kinds: tuple[str, ...],
    lexicon: Lexicon,
    barred: frozenset[str] = frozenset(),
) -> ActorSpan | None:
    """For a pronoun inside a sentence, the first fitting actor before it."""
    if token.i == seg.start or (
        token.pos_ != "PRON" and not _possessive(token) and not _rejects_a_charge(token, lexicon)
    ):
        return None
    described = _described_by_phrase(token, actors)
    own_subject = _clause_subject_tokens(token)
    speaker = token.lower_ == "its" and token.head.lemma_.lower() in lexicon.speaker_nouns
    wanted = (*kinds, "state") if speaker else kinds
    before = [
        s
        for s in actors.among(range(seg.start, token.i))
        if s.actor.kind in wanted
        and s.actor.id != described
        and s.start not in own_subject
        and s.actor.id not in barred
    ]
    if not before:
        return None
    named = _named_subject(token, actors)
    if named is not None and not speaker and any(s is named for s in before):
        return named  # "Its armed wing, the CNA, keeps its headquarters at ...": the CNA's
    if speaker:
        # "Pakistan does not arm LeT, ... its spokesperson told reporters":
        # whose spokesperson is the sentence's first subject, a state included.
        subjects = [s for s in before if _is_subject(s, token.doc)]
        if subjects:
            return subjects[0]
        before = [s for s in before if s.actor.kind in kinds]
        if not before:
            return None
    return min(before, key=lambda s: (kinds.index(s.actor.kind), s.start))


def _earlier_clause(
    seg: Segment,
    token: Token,
    actors: DocActors,
    kinds: tuple[str, ...],
    barred: frozenset[str],
) -> ActorSpan | None:
    """ "Neither ceasefire obliged Hamas to disarm, and the movement has said ...": a
    noun opening a coordinated clause refers to the one fitting actor of the clause
    before it, not to one of earlier sentences."""
    verb = token.head
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "conj":
        return None
    fitting = {
        s.actor.id: s
        for s in actors.among(range(seg.start, token.i))
        if s.actor.kind in kinds and s.actor.id not in barred
    }
    return next(iter(fitting.values())) if len(fitting) == 1 else None


def _named_subject(token: Token, actors: DocActors) -> ActorSpan | None:
    """The name set beside the subject of the clause a possessive sits in: "Its armed
    wing, the Chin National Army, keeps its headquarters ...": the CNA."""
    if token.dep_ != "poss" or token.head.dep_ not in ("dobj", "pobj"):
        return None
    verb = token.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subject in subjects:
        for name in (c for c in subject.children if c.dep_ == "appos"):
            span = actors.at(name.i)
            if span is not None and span.how != "coref":
                return span
    return None


def _rejects_a_charge(token: Token, lexicon: Lexicon) -> bool:
    """ "..., a charge the group rejected": a referring noun whose clause sums up the
    accusation just made, and so names someone in the same sentence."""
    clause = token.head
    return (
        token.dep_ == "nsubj"
        and clause.dep_ == "relcl"
        and clause.head.lemma_.lower() in lexicon.accusation_nouns | lexicon.claim_nouns
    )


def _embedding_subject(token: Token) -> Token | None:
    """The subject of the verb whose complement clause holds ``token``, if any.

    "The Taliban insist that the group has no presence": the Taliban.
    """
    current = token
    for _ in range(12):
        if current.dep_ == "ccomp":
            verb = current.head
            while True:
                subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subjects or verb.dep_ != "conj":
                    return subjects[0] if subjects else None
                verb = verb.head
        if current.dep_ in ("nsubj", "nsubjpass", "conj", "relcl") and current.i != token.i:
            return None
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _rejecter(token: Token) -> Token | None:
    """Who answers the claim whose "that" clause holds ``token``: "Iran has rejected
    claims that it arms the Houthis" is Iran's answer about itself."""
    clause = token.head
    if token.dep_ != "nsubj" or clause.dep_ != "acl" or clause.head.dep_ not in ("dobj", "pobj"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    claim = clause.head
    verb = claim.head.head if claim.dep_ == "pobj" else claim.head
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _counted_by_other(token: Token, actors: DocActors, lexicon: Lexicon) -> frozenset[str]:
    """A speaker that cannot be the "it" whose fighters are counted.

    "The UN estimates that it has 7,000 fighters": a body or state that
    reports a count of fighters counts someone else's; an armed group that
    says "it has 7,000 fighters" counts its own.
    """
    if _measured_by_subject(token, lexicon):
        # "UN monitors put its overall strength at about 2,000": not the monitors'.
        speaker, _passive = find_subject(token.head.head)
    elif token.lower_ != "it" or token.dep_ != "nsubj":
        return frozenset()
    else:
        fighters = {words[-1] for words, unit in lexicon.units.items() if unit == "fighters"}
        # "it has 7,000 fighters", "it is down to fewer than 30 armed men"
        if not any(
            t.lemma_.lower() in fighters
            and t.dep_ in ("dobj", "pobj")
            and any(c.dep_ == "nummod" for c in t.children)
            for t in token.head.subtree
        ):
            return frozenset()
        speaker = _embedding_subject(token)
    if speaker is None:
        return frozenset()
    # "Major X, spokesman of the 103rd Infantry Brigade, told me it is down to ...":
    # neither the speaker nor the body his title names.
    spans = actors.among(range(speaker.left_edge.i, speaker.right_edge.i + 1))
    return frozenset(s.actor.id for s in spans if s.actor.kind != "armed_group")


def _measured_by_subject(token: Token, lexicon: Lexicon) -> bool:
    """ "its" owning the size a verb's subject puts at a figure: "put its strength at"."""
    measure = token.head
    return (
        token.lower_ == "its"
        and token.dep_ == "poss"
        and measure.dep_ == "dobj"
        and measure.lemma_.lower() in lexicon.measure_nouns
    )


def _speaker_itself(token: Token, actors: DocActors) -> ActorSpan | None:
    """ "it" in what a body says of itself: "Its government says it neither arms the M23".

    Only for "it": a state that speaks of itself as "it" is the speaker, and
    a group's "the group" is handled by :func:`_reported_other`.
    """
    if token.lower_ != "it" or token.pos_ != "PRON":
        return None
    speaker = _embedding_subject(token) or _rejecter(token)
    if speaker is None:
        return None
    span = actors.at(speaker.i)
    if span is None:
        owners = [actors.at(c.i) for c in speaker.children if c.dep_ == "poss"]
        span = next((o for o in owners if o is not None), None)  # "Its government says it"
    kinds = ("state", "organization", "armed_group")
    return span if span is not None and span.actor.kind in kinds else None


def _states_own(token: Token, actors: DocActors) -> ActorSpan | None:
    """ "its" on what a state's own clause acts on: "Niger ... accused its partners".

    The pronoun kinds leave states out ("it" in this prose is mostly a
    group); a state that is the subject of the very clause is the owner.
    """
    if token.lower_ != "its" or token.dep_ != "poss":
        return None
    verb = token.head.head
    while verb.dep_ == "prep":
        verb = verb.head
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            span = actors.at(subjects[0].i)
            return span if span is not None and span.actor.kind == "state" else None
        if verb.dep_ != "conj":
            return None
        verb = verb.head
    return None


def _reported_other(
    seg: Segment,
    token: Token,
    actors: DocActors,
    kinds: tuple[str, ...],
    barred: frozenset[str] = frozenset(),
) -> ActorSpan | None:
    """For "the group" inside what someone says, the other group the sentence named.

    A speaker who meant itself would say "we" or "it"; "the Taliban deny
    sheltering al-Qaeda and insist that the group has no presence" means
    al-Qaeda, the fitting actor named last before, other than the speaker.
    """
    if token.pos_ != "NOUN" or "state" in kinds:
        return None  # "the government denied ... in the country": its own country
    speaker = _embedding_subject(token)
    if speaker is None:
        return None
    # "RAB said the KNF trained the outfit's recruits": neither the speaker nor the
    # subject of the verb the group is an object of.
    barred = barred | {
        span.actor.id for t in speaker.subtree if (span := actors.at(t.i)) is not None
    }
    before = [
        s
        for s in actors.among(range(seg.start, token.i))
        if s.actor.kind in kinds and s.actor.id not in barred and s.how != "coref"
    ]
    return before[-1] if before else _speakers_group(speaker, actors, kinds)


def _speakers_group(speaker: Token, actors: DocActors, kinds: tuple[str, ...]) -> ActorSpan | None:
    """The group a person speaks for: "its commander said the group has 30,000 troops".

    When the speaker is a person or a role and its phrase names one group
    (its owner), "the group" in what they say is that group.
    """
    own = actors.at(speaker.i)
    if own is not None and own.actor.kind != "person":
        return None
    owners = [
        s
        for s in actors.among(t.i for t in speaker.subtree)
        if s is not own and s.actor.kind in kinds
    ]
    return owners[0] if len({s.actor.id for s in owners}) == 1 else None


def _country_placed_before(
    seg: Segment, token: Token, actors: DocActors, lexicon: Lexicon
) -> ActorSpan | None:
    """ "the country" after a sentence put something *in* a state: that state.

    "6,000 fighters in Afghanistan, making it the largest group in the
    country" is Afghanistan, whatever the story names most; a state only
    named as an owner ("Russia's Wagner Group") is not where anything is.
    """
    if token.lemma_.lower() != "country":
        return None
    placed = _states_placed(actors, range(seg.start, token.i), lexicon)
    return placed[-1] if placed else None


def _country_owning_before(seg: Segment, token: Token, actors: DocActors) -> ActorSpan | None:
    """ "the country" after a state named in its sentence as the owner of a place or an
    institution: "Spain's National Police said the group had 200 members in the
    country" is Spain; but "Russia's Wagner Group" is no state's place."""
    if token.lemma_.lower() != "country":
        return None
    owners = [
        s
        for s in actors.among(range(seg.start, token.i))
        if s.actor.kind == "state"
        and s.how != "coref"
        and (root := s.root(actors.doc)).dep_ == "poss"
        and not _names_a_group(root.head, actors)
    ]
    return owners[-1] if owners else None


def _names_a_group(noun: Token, actors: DocActors) -> bool:
    """Whether a noun is (part of) an armed group's name."""
    span = actors.at(noun.i)
    return span is not None and span.actor.kind == "armed_group"


def _states_placed(actors: DocActors, tokens: range, lexicon: Lexicon) -> list[ActorSpan]:
    """States named *in* a locative phrase ("in Afghanistan", "In Togo"), in text order."""
    return [
        s
        for s in actors.among(tokens)
        if s.actor.kind == "state"
        and (root := s.root(actors.doc)).dep_ == "pobj"
        and root.head.lower_ in lexicon.locative_preps
    ]


def _story_state(actors: DocActors) -> ActorSpan | None:
    """The first naming of the state the story names most, if it names one twice."""
    counts = Counter(
        s.actor.id for s in actors.spans if s.actor.kind == "state" and s.how != "demonym"
    )
    if not counts or counts.most_common(1)[0][1] < 2:
        return None
    topic = counts.most_common(1)[0][0]
    return next(s for s in actors.spans if s.actor.id == topic and s.how != "demonym")


def _story_government(token: Token, actors: DocActors, kinds: tuple[str, ...]) -> ActorSpan | None:
    """ "The government" named long after its state: the state the story names most.

    In a brief about Colombia's dissidents, "the government opened talks with
    it" is Colombia's even when no state was named in the sentences before.
    """
    if token.lemma_.lower() != "government" or kinds != ("state",):
        return None
    return _story_state(actors)


def _country_government(
    token: Token, actors: DocActors, kinds: tuple[str, ...], gazetteer: GazetteerLike | None
) -> ActorSpan | None:
    """ "The government" in a story about one country: that country's, counting the
    places the story names as well as its states. "The junta" likewise: in a story
    from Shan State, the junta is Myanmar's even just after China brokered a truce."""
    if token.lemma_.lower() not in STORY_GOVERNMENTS or kinds != ("state",) or gazetteer is None:
        return None
    if token.pos_ == "PROPN":
        return None  # "The Government" in UN style: the state the paragraph is about
    country = story_country(actors, gazetteer)
    return None if country is None else ActorSpan(token.i, token.i + 1, country, "COREF", "coref")


def _story_army(
    token: Token,
    actors: DocActors,
    lexicon: Lexicon,
    gazetteer: GazetteerLike | None,
    armies: Mapping[str, Actor],
) -> Actor | None:
    """ "The army" with no army named before it: the army of the state the story is about.

    A story about Sudan speaks of "the army's 6th Infantry Division" before,
    or without, naming the Sudanese Armed Forces. A state the gazetteer lists
    no army for is its own force ("fighting the military" in Myanmar).
    """
    if token.lemma_.lower() not in lexicon.story_force_heads or gazetteer is None:
        return None
    # "attacks on army outposts", "an army spokesman said": the army whose posts or
    # voice they are, with no "the"
    owned = lexicon.force_posts | lexicon.role_nouns
    post = token.dep_ == "compound" and token.head.lemma_.lower() in owned
    # "Army estimates put ...", "Army spokesman X said": the word opening a sentence
    opening = token.i == token.sent.start and token.is_title
    definite = with_the(token)
    if not (post or opening or definite):
        return None
    country = (_sentence_country(token, actors, lexicon) if post else None) or story_country(
        actors, gazetteer
    )
    return None if country is None else armies.get(country.id, country)


def _story_police(
    token: Token, actors: DocActors, lexicon: Lexicon, gazetteer: GazetteerLike | None
) -> Actor | None:
    """ "The police", "Police put ...", "a police report" with no force named before:
    the national police of the state the story is about, where the gazetteer lists
    it (the corpus writes "the police" by the force's formal name)."""
    if token.lower_ != "police" or gazetteer is None:
        return None
    definite = with_the(token)
    opening = token.i == token.sent.start and token.dep_ in ("nsubj", "nsubjpass")
    modifier = token.dep_ == "compound" and token.head.lemma_.lower() in lexicon.police_documents
    if not (definite or opening or modifier):
        return None
    country = story_country(actors, gazetteer)
    if country is None:
        return None
    words = [w for w, place in lexicon.demonyms.items() if place == country.id]
    return police_named(gazetteer, (country.name, *words))


def _story_voice(token: Token, actors: DocActors, gazetteer: GazetteerLike | None) -> Actor | None:
    """ "Prosecutors say ...", "the prosecutors" with no owner: the state the story is about."""
    if gazetteer is None or any(c.dep_ in ("poss", "amod", "compound") for c in token.children):
        return None
    if not (with_the(token) or token.dep_ in ("nsubj", "nsubjpass")):
        return None
    return story_country(actors, gazetteer)


def _bare_state(
    token: Token, actors: DocActors, lexicon: Lexicon, gazetteer: GazetteerLike | None
) -> Actor | None:
    """ "The state had never armed the militia", "hand its weapons to the state", "merge
    its institutions into the state": the bare word as a party is the country the story
    is about. "In the state", "the state's capital" or any story set in a federation,
    whose members are states, name a region."""
    if gazetteer is None or not with_the(token) or any(c.dep_ != "det" for c in token.children):
        return None
    head = token.head
    party = token.dep_ in ("nsubj", "nsubjpass") or (
        token.dep_ == "pobj"
        and (
            head.lower_ in ("to", "from", "by")
            or (head.lower_ == "into" and head.head.lemma_.lower() in lexicon.joining_verbs)
        )
    )
    country = story_country(actors, gazetteer) if party else None
    return None if country is None or country.id in lexicon.federations else country


def _story_office(
    token: Token, actors: DocActors, lexicon: Lexicon, gazetteer: GazetteerLike | None
) -> Actor | None:
    """ "The defence minister promised that the army would stay", "the prime minister
    has committed this government to ...": an office of state named by its field alone,
    its holder unnamed, acts for the state the story is about. "The minister, X", "the
    president of the movement" or "the former president" are someone in particular."""
    if gazetteer is None or not with_the(token) or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    fields = lexicon.service_words | lexicon.office_fields
    if not all(
        (c.dep_ == "det" and c.lower_ == "the")
        or (c.dep_ in ("compound", "amod") and c.lower_ in fields)
        for c in token.children
    ):
        return None
    return story_country(actors, gazetteer)


def _titled_person(token: Token, actors: DocActors, lexicon: Lexicon) -> Actor | None:
    """ "The expert witness" after "the expert witness Dr. Johanna Brettschneider": the
    person the text introduced by that title, the last one so introduced."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or not with_the(token):
        return None
    if token.dep_ in ("poss", "compound"):
        return None  # "the governor's administration" is not the governor
    doc = token.doc
    persons = [
        s
        for s in actors.spans
        if s.actor.kind == "person" and s.how != "coref" and s.end <= token.i
    ]
    for span in sorted(persons, key=lambda s: -s.start):
        before = span.start - 1
        while before >= 0 and doc[before].lower_.rstrip(".") in lexicon.honorifics:
            before -= 1
        if before >= 0 and doc[before].lower_ == token.lower_:
            return span.actor
    return None


def _story_bare_voice(
    token: Token, actors: DocActors, lexicon: Lexicon, gazetteer: GazetteerLike | None
) -> Actor | None:
    """ "..., officials said", "federal security officials said", "a senior interior
    ministry official put ...": unowned and qualified by nothing but their service, the
    speakers are the state the story is about (one official only with his ministry named)."""
    if gazetteer is None or token.dep_ != "nsubj":
        return None
    ministry = [c for c in token.children if _names_a_ministry(c, lexicon)]
    indefinite = [c for c in token.children if c.dep_ == "det" and c.lower_ in ("a", "an")]
    if token.tag_ != "NNS" and not (ministry and indefinite):
        return None
    service = ("amod", "compound")
    if any(
        c.dep_ != "punct"
        and not (c.dep_ in service and c.lower_ in lexicon.service_words)
        and c not in ministry + indefinite
        for c in token.children
    ):
        return None
    return story_country(actors, gazetteer)


def _names_a_ministry(token: Token, lexicon: Lexicon) -> bool:
    """ "interior ministry", "defence ministry" before "official": a ministry by its
    field alone, no state or person named."""
    if token.dep_ != "compound" or token.lemma_.lower() not in lexicon.ministry_nouns:
        return False
    return all(
        c.dep_ in ("amod", "compound") and c.lower_ in lexicon.service_words for c in token.children
    )


def _sentence_country(token: Token, actors: DocActors, lexicon: Lexicon) -> Actor | None:
    """A state the sentence sets its events in: "In Togo, ... attacks on army outposts"."""
    placed = _states_placed(actors, range(token.sent.start, token.sent.end), lexicon)
    return placed[0].actor if placed else None


def _states_forces(
    token: Token, actors: DocActors, lexicon: Lexicon, gazetteer: GazetteerLike | None
) -> Actor | None:
    """ "Federal forces", "government troops", "security forces" with no owner named:
    the state the story is about (the corpus annotates them as the state)."""
    if gazetteer is None or token.tag_ != "NNS" or token.lemma_.lower() not in ("force", "troop"):
        return None
    if any(c.dep_ in ("poss", "prep") or actors.at(c.i) is not None for c in token.children):
        return None  # "Ecuador's security forces", "Chadian forces", "forces of the RSF"
    if not any(c.lower_ in lexicon.state_force_modifiers for c in token.children):
        return None
    return story_country(actors, gazetteer)


def story_country(actors: DocActors, gazetteer: GazetteerLike) -> Actor | None:
    """The state a story happens in: the one its states and places name most, at least twice.

    Places count for the state they lie in, so a story about Imo and Anambra
    is Nigeria's even if it names Finland, where a leader lives, more often
    than Nigeria itself.
    """
    counts: Counter[str] = Counter()
    for span in actors.spans:
        if span.how in ("demonym", "coref") or span.actor.kind not in ("state", "place"):
            continue
        country = gazetteer.country_of(span.actor.id)
        if country is not None:
            counts[country] += 1
    if not counts or counts.most_common(1)[0][1] < 2:
        return None
    state = gazetteer.get(counts.most_common(1)[0][0])
    return state if state is not None and state.kind == "state" else None


def _topic_country(token: Token, history: list[_Seen], topic: str | None) -> ActorSpan | None:
    """ "the country": the state the article is about, when it was named lately.

    "mercenaries had been deployed in the country" in a story from Bamako is
    Mali, even when the sentence before spoke of "the Russian government".
    """
    if token.lemma_.lower() != "country" or topic is None:
        return None
    recent = [s.span for s in history if s.span.actor.id == topic]
    return recent[-1] if recent else None


def _antecedent(
    history: list[_Seen],
    kinds: tuple[str, ...],
    current: int,
    barred: frozenset[str] = frozenset(),
    topic: str | None = None,
    subject_first: bool = False,
    chained: bool = False,
) -> ActorSpan | None:
    """The most salient remembered actor of one of ``kinds``, other than ``barred`` ones.

    Within the nearest sentence that has one, the article's topic (the
    actor it has named most so far) comes first, then a subject. A pronoun
    (``chained``) goes on with a pronoun subject before it, whatever the topic:
    "It controls the Hashd's brigades ... Its fighters also hold Anbar" are
    the same faction's.
    """
    for distance in range(1, LOOKBACK + 1):
        candidates = [
            s
            for s in history
            if s.segment == current - distance
            and s.span.actor.kind in kinds
            and s.span.actor.id not in barred
        ]
        if candidates:
            best = min(
                candidates,
                key=lambda s: (
                    s.passing,
                    subject_first and not s.subject,
                    kinds.index(s.span.actor.kind),
                    s.aside,
                    chained and not s.pronoun,
                    s.span.actor.id != topic,
                    not s.subject,
                    s.span.start,
                ),
            )
            return best.span
    return None


def _opening_subject(token: Token) -> bool:
    """ "It went on to accuse Egypt ...", "The group has conducted ...": a pronoun or
    noun opening the sentence as its subject goes on with the last sentence's
    subject, however often the story names another."""
    return token.left_edge.i == token.sent.start and token.dep_ in ("nsubj", "nsubjpass")


def _document_goes_on(token: Token, lexicon: Lexicon) -> bool:
    """ "It" reporting again after a sentence whose subject is a document: "The study
    found the CV dominant in Amazonas. It put the faction's membership at ..." is
    the study speaking, not a group."""
    if token.lower_ != "it" or token.dep_ != "nsubj":
        return False
    if token.head.lemma_.lower() not in lexicon.reporting_verbs or token.sent.start == 0:
        return False
    before = token.doc[token.sent.start - 1].sent
    subjects = [t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")]
    return any(t.lemma_.lower() in lexicon.document_nouns for t in subjects)


def _owns_soldiers(token: Token, lexicon: Lexicon) -> bool:
    """ "its troops", "their soldiers": the owner of soldiers named by a pronoun."""
    return (
        token.pos_ == "PRON"
        and token.dep_ == "poss"
        and token.head.lemma_.lower() in lexicon.soldier_nouns
    )


def _topic(actors: DocActors, before: int, kinds: tuple[str, ...]) -> str | None:
    """The actor of a fitting kind the document has named most before ``before``.

    An adjective ("Russian instructors") names a nationality, not the topic.
    """
    counts: dict[str, int] = {}
    for span in actors.among(range(0, before)):
        if span.actor.kind in kinds[:1] and span.how != "demonym":
            counts[span.actor.id] = counts.get(span.actor.id, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def _subject_actors(token: Token, actors: DocActors) -> frozenset[str]:
    """Actors of the subject of the verb ``token`` is the object of.

    "The Taliban, who have fought the group": the group is not the
    Taliban, whatever the previous sentence was about.
    """
    if token.dep_ not in ("dobj", "dative"):
        return frozenset()
    verb = token.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and subjects[0].tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        subjects = [verb.head]
    found = {
        span.actor.id
        for subject in subjects
        for t in subject.subtree
        if (span := actors.at(t.i)) is not None and not _where(t, span)
    }
    return frozenset(found)


def _object_side(token: Token, actors: DocActors) -> frozenset[str]:
    """For "the group" inside a verb's object, the actors of that verb's subject.

    "The Taliban continue to afford protection to the group's senior figures":
    the group is not the Taliban. Only for descriptions; "its" may well be
    the subject's own ("the Taliban protect its leaders").
    """
    if token.pos_ != "NOUN":
        return frozenset()
    current, objective = token, False
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            break
        if current.dep_ in ("nsubj", "nsubjpass"):
            return frozenset()
        objective = objective or current.dep_ in ("dobj", "dative")
        current = current.head
    if not objective or current.pos_ not in ("VERB", "AUX"):
        return frozenset()
    subject, _passive = find_subject(current)
    if subject is None:
        return frozenset()
    return frozenset(
        span.actor.id for t in (subject, *subject.conjuncts) if (span := actors.at(t.i)) is not None
    )


def _earlier_object(
    seg: Segment,
    token: Token,
    actors: DocActors,
    kinds: tuple[str, ...],
    barred: frozenset[str],
    object_side: frozenset[str],
) -> ActorSpan | None:
    """ "The Houthis were cooperating with AQAP and had supplied the group with drones".

    A description on the object side of a verb (``object_side``: that verb's
    subject, from :func:`_object_side`) names the fitting actor the same
    sentence named last, when that is not the verb's own subject.
    """
    if not object_side:
        return None
    before = [
        s
        for s in actors.among(range(seg.start, token.i))
        if s.actor.kind in kinds and s.actor.id not in barred and s.how != "coref"
    ]
    return before[-1] if before else None


def _where(token: Token, span: ActorSpan) -> bool:
    """A place the subject is said to be in: "al-Qaeda's affiliate in Somalia"
    does not make Somalia the subject that "the government" cannot be."""
    return (
        span.actor.kind in ("state", "place")
        and token.dep_ == "pobj"
        and token.head.lower_ in ("in", "inside", "across", "throughout")
    )


def _own_objects(token: Token, actors: DocActors, lexicon: Lexicon) -> frozenset[str]:
    """Actors that are objects of the verb a subject pronoun governs, and of its conjuncts,
    or its companions.

    "It neither arms the M23 nor has troops in Congo": "it" is not the M23; "With the
    AA and the TNLA it forms the Three Brotherhood Alliance": nor is it the AA.
    """
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return frozenset()
    verbs = [token.head, *(c for c in token.head.children if c.dep_ == "conj")]
    objects = frozenset(
        span.actor.id
        for verb in verbs
        for child in verb.children
        if child.dep_ in ("dobj", "dative")
        for span in actors.among(t.i for t in child.subtree)
    )
    companions = [
        child
        for verb in verbs
        for child in verb.children
        if (child.dep_ == "prep" and child.lower_ in lexicon.companion_preps)
        or (child.dep_ == "advmod" and child.lower_ == "together")  # "together with"
    ]
    return objects | frozenset(
        span.actor.id
        for child in companions
        for span in actors.among(t.i for t in without_clauses(child))
    )


def _state_behind(target: ActorSpan, actors: DocActors) -> ActorSpan:
    """For an unlisted office of a state ("Pakistan's Foreign Office"), the state.

    "It said" after such an office speaks for the state, as the office's
    own name does in a subject.
    """
    if target.actor.origin != "learned" or target.actor.kind != "organization":
        return target
    doc = actors.doc
    for token in doc[target.start : target.end]:
        for child in token.children:
            owner = actors.at(child.i)
            if child.dep_ == "poss" and owner is not None and owner.actor.kind == "state":
                return owner
    return target


def _relative_owner(token: Token, actors: DocActors) -> ActorSpan | None:
    """ "AQAP, whose leader ...": the actor a relative "whose" hangs on."""
    if token.tag_ != "WP$":
        return None
    current = token
    for _ in range(6):
        if current.dep_ == "relcl":
            return _described_by(current, actors)
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def _relative_subject_owner(
    token: Token, actors: DocActors, kinds: tuple[str, ...]
) -> ActorSpan | None:
    """ "Jundallah, a group that waged a campaign until its leader was captured":
    a possessive inside a relative clause whose subject is the relative pronoun
    belongs to the name the clause describes."""
    if not _possessive(token) or token.pos_ != "PRON":
        return None
    current = token
    for _ in range(8):
        if current.head.i == current.i:
            return None
        current = current.head
        if current.dep_ == "relcl":
            break
    else:
        return None
    if not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in current.children):
        return None
    span = _described_by(current, actors)
    return span if span is not None and span.actor.kind in kinds else None


def _described_by(clause: Token, actors: DocActors) -> ActorSpan | None:
    """The name a relative clause describes, through a description set beside it:
    "PIJ, a smaller group whose armed wing ..." is PIJ."""
    noun = clause.head
    span = actors.at(noun.i)
    if span is None and noun.dep_ == "appos":
        span = actors.at(noun.head.i)
    return span


SINGULAR_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_VERB_FORMS = frozenset({"are", "were", "have"})


def plural_actors(actors: DocActors) -> frozenset[str]:
    """Actors the text treats as plural: "the Taliban have", "the Houthis are".

    "Its" cannot refer back to them: in "the Taliban have killed several of
    its commanders" the commanders are someone else's.
    """
    found = set()
    for span in actors.spans:
        if span.how == "coref":
            continue
        head = actors.doc[span.end - 1]
        # "TIP officials deny": the verb agrees with the officials, not the group.
        if head.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "conj" for c in head.children):
            continue  # "JNIM and Islamic State Sahel have fought": the pair is plural
        verb = head.head
        forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
        # "the ADF may have": a base form after a modal says nothing of number.
        plural = any(
            t.tag_ == "VBP" or (t.lower_ in PLURAL_VERB_FORMS and t.tag_ != "VB") for t in forms
        )
        singular = any(t.tag_ == "VBZ" or t.lower_ in ("is", "was", "has") for t in forms)
        if plural and not singular:
            found.add(span.actor.id)
    return frozenset(found)


FIRST_PERSON_PLURAL = frozenset({"we", "our", "us", "ours"})
SPEAKING_KINDS = ("armed_group", "organization", "state")


def _speakers_side(
    seg: Segment,
    token: Token,
    actors: DocActors,
    quotes: list[tuple[int, int]],
    gazetteer: GazetteerLike | None = None,
) -> ActorSpan | None:
    """ "We will not allow ...," said a spokesman for the Taliban: "we" is the speaker's side.

    Inside a quotation, the first group, organisation or state the sentence
    names outside the quotation marks is who "we" speaks for; failing one, the
    side the gazetteer gives the person named there ('"Our fighters still hold
    Hiiraan," Dhere said').
    """
    if token.lower_ not in FIRST_PERSON_PLURAL or token.pos_ != "PRON":
        return None
    if not any(start <= token.idx < end for start, end in quotes):
        return None
    outside = [
        span
        for span in actors.among(range(seg.start, seg.end))
        if not any(start <= actors.doc[span.start].idx < end for start, end in quotes)
    ]
    for span in outside:
        if span.actor.kind in SPEAKING_KINDS and span.how != "coref":
            return span
    for span in outside:
        side = (
            gazetteer.side_of(span.actor.id) if gazetteer and span.actor.kind == "person" else None
        )
        if side is not None:
            return ActorSpan(span.start, span.end, side, "COREF", "coref")
    return None


LEADERS_BODIES = frozenset({"government", "office", "administration", "presidency"})


def _leaders_state(
    token: Token, actors: DocActors, gazetteer: GazetteerLike | None
) -> Actor | None:
    """A head of government's government: "Abiy Ahmed's government", "his government"
    once "his" is Abiy, is Ethiopia; "President Hassan Sheikh Mohamud's office said"
    is Somalia speaking."""
    if gazetteer is None or token.pos_ not in ("NOUN", "PROPN"):
        return None
    if token.lemma_.lower() not in LEADERS_BODIES:
        return None
    owners = [c for c in token.children if c.dep_ == "poss"]
    owners += [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    ]
    for child in owners:  # "Touadéra's government", "the government of President Touadéra"
        owner = actors.at(child.i)
        if owner is not None and owner.actor.kind == "state" and child.dep_ == "pobj":
            return owner.actor  # "The Government of Uganda informed the Panel that it ..."
        if owner is not None and owner.actor.kind == "person":
            state = gazetteer.body_led_by(owner.actor.id)
            return state if state is not None and state.kind == "state" else None
    return None


def _speakers_country(
    token: Token, actors: DocActors, gazetteer: GazetteerLike | None
) -> Actor | None:
    """ "his country", "her government" in what an official says: the state the speaker
    is introduced as serving ("Pakistan's foreign minister, Ishaq Dar, said his
    country would ...", "a Sudanese diplomat said his country had never ...")."""
    if token.lemma_.lower() not in LEADERS_BODIES | {"country"} or token.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children):
        return None
    speaker = _embedding_subject(token)
    if speaker is None:
        return None
    span = actors.at(speaker.i)
    if span is not None and span.actor.kind == "person" and gazetteer is not None:
        state = gazetteer.body_led_by(span.actor.id)
        if state is not None and state.kind == "state":
            return state
    described = [t for t in speaker.subtree if t.i != speaker.i and not _placed(t, speaker)]
    # "Taliban spokesman Zabihullah Mujahid said his government ...": a ruling group too
    kinds = ("state",) if token.lemma_.lower() == "country" else ("state", "armed_group")
    states = [s.actor for t in described if (s := actors.at(t.i)) and s.actor.kind in kinds]
    return states[0] if states else None


def _placed(word: Token, top: Token) -> bool:
    """Whether ``word`` sits in a phrase that places ``top`` ("a diplomat in Bangui")."""
    while word.i != top.i:
        if word.dep_ == "prep" and word.lower_ != "of":
            return True
        word = word.head
    return False


def _described_branchs_parent(
    token: Token, actors: DocActors, lexicon: Lexicon, gazetteer: GazetteerLike | None
) -> Actor | None:
    """ "AQIS, the network's South Asian affiliate": the group a described branch
    belongs to, as the gazetteer lists it, not the branch itself or the topic."""
    branch = token.head
    if gazetteer is None or token.dep_ != "poss" or token.pos_ != "NOUN":
        return None
    if branch.lemma_.lower() not in lexicon.branch_nouns:
        return None
    described = actors.at(branch.head.i) if branch.dep_ == "appos" else None
    if described is None:
        described = next(
            (actors.at(c.i) for c in branch.children if c.dep_ == "appos" and actors.at(c.i)),
            None,
        )
    return gazetteer.parent_of(described.actor.id) if described is not None else None


def _seated_body(token: Token, actors: DocActors) -> Actor | None:
    """ "The new government in Damascus", "the junta in Niamey": the state whose seat
    the body is placed in, whatever state the story is about."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in SEATED_BODIES:
        return None
    if any(c.dep_ in ("poss", "compound") for c in token.children):
        return None  # "the movement's leadership in Denmark" is the movement's
    for seat in prep_objects(token, ("in",)):
        span = actors.at(seat.i)
        if span is not None and span.actor.kind == "state":
            return span.actor
    return None


def _named_body(
    token: Token,
    actors: DocActors,
    lexicon: Lexicon,
    gazetteer: GazetteerLike | None,
    armies: Mapping[str, Actor],
) -> Actor | None:
    """A body a definite head noun names again: "the army" after "the Congolese army",
    "the brigade" after "the Jenin Brigade"; "the army" named first is the story's."""
    opening = token.i == token.sent.start and token.lower_ in lexicon.named_force_heads
    if token.pos_ != "NOUN" and not opening:
        return None  # a name, except "Army estimates put ..." capitalised as it opens
    lemma = token.lemma_.lower()
    if lemma in lexicon.named_group_heads:
        named = named_earlier(token, actors, ("armed_group",))
        return named if named is None or not _other_group_just_named(token, named, actors) else None
    if lemma in lexicon.named_party_heads:
        # "the party" is the Communist Party named long before, not the
        # police unit named last; of two parties, the one the story is about
        return _party_named(token, actors)
    if lemma in lexicon.state_voices:
        return _story_voice(token, actors, gazetteer)
    if lemma in lexicon.bare_state_voices:
        return _story_bare_voice(token, actors, lexicon, gazetteer)
    if lemma in lexicon.bare_state_nouns:
        return _bare_state(token, actors, lexicon, gazetteer)
    if lemma in lexicon.state_office_titles:
        return _story_office(token, actors, lexicon, gazetteer)
    if lemma not in lexicon.named_force_heads:
        return None
    return (
        named_earlier(token, actors)
        or _story_police(token, actors, lexicon, gazetteer)
        or _story_army(token, actors, lexicon, gazetteer, armies)
    )


def _governing_body(token: Token, actor: Actor, gazetteer: GazetteerLike | None) -> Actor:
    """ "The government" of a state whose rule is split, as the gazetteer lists it: in
    Libya the government that the UN deals with in Tripoli, not the state at large."""
    if gazetteer is None or actor.kind != "state" or token.lemma_.lower() != "government":
        return actor
    return gazetteer.local_owner("government", (actor.id,)) or actor


def _party_named(token: Token, actors: DocActors) -> Actor | None:
    """The party "the party" names: of the groups named so far whose names hold the word,
    the one named most often ("the size of the Party of Free Life of Kurdistan (PJAK)
    and ... its orders from the PKK. Your correspondent put the party's armed strength
    at ..." is PJAK's), the later of two named as often."""
    if not with_the(token):
        return None
    word = token.lemma_.lower().removesuffix("s")
    counts: Counter[str] = Counter()
    latest: dict[str, tuple[int, Actor]] = {}
    for span in actors.among(range(0, token.i)):
        if span.how == "coref" or span.actor.kind not in ("armed_group", "organization"):
            continue
        if holds_word(span, token.doc, word, aliases=True):
            counts[span.actor.id] += 1
            latest[span.actor.id] = (span.start, span.actor)
    best = max(counts, key=lambda i: (counts[i], latest[i][0]), default=None)
    return latest[best][1] if best is not None else None


def _other_group_just_named(token: Token, named: Actor, actors: DocActors) -> bool:
    """Whether the sentence before has another group as subject (of its main or reported
    clause) and does not name ``named``: "the
    Fatemiyoun Brigade ... About 800 Zainabiyoun veterans came home. The same officials
    believe the brigade ...": "the brigade" is the group just spoken of."""
    sentence = token.sent
    if sentence.start == 0:
        return False
    before = token.doc[sentence.start - 1].sent
    spans = actors.among(range(before.start, token.i))
    if any(s.actor.id == named.id for s in spans):
        return False
    clauses = [before.root, *(c for c in before.root.children if c.dep_ == "ccomp")]
    subjects = [c for v in clauses for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    subject = {t.i for c in subjects for t in c.subtree}
    return any(s.actor.kind == "armed_group" and s.start in subject for s in spans)


def _quoted_we(token: Token, quotes: list[tuple[int, int]]) -> bool:
    """ "we", "our" inside quotation marks."""
    return _first_person_plural(token) and any(start <= token.idx < end for start, end in quotes)


def _first_person_plural(token: Token) -> bool:
    return token.lower_ in FIRST_PERSON_PLURAL and token.pos_ == "PRON"


def _our_side_noun(token: Token, actors: DocActors, lexicon: Lexicon) -> bool:
    """Whether "our" owns a word for the speaker's group or its men ("our movement")."""
    head = token.head
    return (
        token.dep_ == "poss"
        and head.pos_ == "NOUN"
        and actors.at(head.i) is None
        and (head.lemma_.lower() in lexicon.nominals or head.lemma_.lower() in lexicon.followers)
    )


def _turn_sides(actors: DocActors, voices: Mapping[int, Source]) -> dict[int, ActorSpan]:
    """The side each speaker of a transcript's turn or writer of a letter speaks for,
    by paragraph: the group the label names ("[Recording] (X, spokesman, NDC-R
    Guidon wing):"), or the state an embassy's letter writes for."""
    doc = actors.doc
    out: dict[int, ActorSpan] = {}
    for paragraph, speaker in voices.items():
        if speaker.affiliation is None and speaker.kind == "person":
            continue
        named = [
            s
            for s in actors.spans
            if s.actor.kind in SPEAKING_KINDS
            and s.how != "coref"
            and (
                s.actor.name == speaker.name
                if speaker.affiliation is None
                else re.search(rf"\b{re.escape(doc[s.start : s.end].text)}\b", speaker.affiliation)
                is not None
            )
        ]
        if named:
            out[paragraph] = named[0]
    return out


def _is_statement(seg: Segment) -> bool:
    """Whether a segment is a sentence with a verb, not a number, heading or page footer.

    Only statements count towards how far back a referring phrase may look:
    a paragraph number or a running footer between two sentences does not
    put the previous sentence out of reach.
    """
    return any(t.pos_ in ("VERB", "AUX") for t in seg.span)


SITE_PREPS = frozenset({"on", "at", "along", "near", "to", "across", "behind"})


def _name_ending_noun(token: Token, actors: DocActors, lexicon: Lexicon) -> Actor | None:
    """The group or body a definite common noun names by the last word of its name:
    "the front" after "the Azawad Liberation Front", "the alliance" after "the Three
    Brotherhood Alliance", "the foundation" after the Homeland Study Group Foundation.

    A state's bodies ("the army", "the council") and a place on a battlefield
    ("on the front", "the front line") do not refer this way.
    """
    word = token.lower_
    # "The Legion" after "the Freedom of Russia Legion": capitalised, for the
    # words that end units' names only (not "the Sahel").
    named = token.pos_ == "PROPN" and token.is_title and word in lexicon.name_end_nouns
    if not named and (token.pos_ != "NOUN" or token.tag_ != "NN" or not token.is_lower):
        return None
    if word in lexicon.body_heads or word in lexicon.nominals or token.dep_ == "compound":
        return None  # "the group", "the cartel": the salient one, not the one named so
    if word == "state" or lexicon.names_only_a_state(word):
        return None  # "the Pakistani state" is no "Islamic State"
    if not with_the(token):
        return None
    if token.dep_ == "pobj" and token.head.lower_ in SITE_PREPS:
        return None
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children):
        return None  # "the Carlos Patiño front" names a unit of its own
    # a common noun may take up any of a group's names ("the front" after "the NRF");
    # a capitalised one only its own name ("the Group" is no "Islamic State group")
    kinds = ("armed_group", "organization") if word in lexicon.body_name_ends else ("armed_group",)
    return named_by_last_word(actors, token.i, word, kinds, aliases=not named)


def _remembered(
    seg: Segment,
    position: int,
    actors: DocActors,
    capitals: Mapping[str, Actor],
    lexicon: Lexicon,
) -> list[_Seen]:
    """The mentions of one sentence as later references may take them.

    A capital named as a place ("arrived in Ouagadougou") also brings its
    government to mind: "The government has denied ..." in the next
    sentence is Burkina Faso's.
    """
    doc = seg.span.doc
    out = []
    for span in actors.among(range(seg.start, seg.end)):
        subject, aside = _is_subject(span, doc), _aside(span, doc, lexicon)
        passing = _in_subjects_relative(span.root(doc))
        word = doc[span.start]
        # not a side clause's: "before it fell silent" carries no chain on
        pronoun = (
            subject
            and span.how == "coref"
            and word.pos_ == "PRON"
            and word.head.dep_ not in ("advcl", "relcl", "acl", "pcomp")
        )
        out.append(_Seen(position, span, subject, aside, passing, pronoun))
        state = capitals.get(span.actor.id)
        if state is not None and span.actor.kind == "place" and state.kind == "state":
            out.append(
                _Seen(position, ActorSpan(span.start, span.end, state, "GPE", "coref"), False)
            )
    return out


def resolve_coreference(
    segments: list[Segment],
    actors: DocActors,
    lexicon: Lexicon,
    capitals: Mapping[str, Actor] | None = None,
    gazetteer: GazetteerLike | None = None,
    armies: Mapping[str, Actor] | None = None,
    voices: Mapping[int, Source] | None = None,
) -> list[ActorSpan]:
    """Add spans for referring phrases to ``actors``; return the added spans.

    ``capitals`` maps a capital's actor id to the state it stands for; the
    ``gazetteer`` gives the state a person heads and the country a place lies
    in; ``armies`` maps a state's id to its army; ``voices`` are who speaks the
    paragraphs of a transcript's turns or a letter, whose "we" is their side.
    """
    history: list[_Seen] = []
    added: list[ActorSpan] = []
    position = 0
    quotes = quoted_chars(actors.doc.text)
    plural = plural_actors(actors)
    side: tuple[int, ActorSpan] | None = None  # the last speaker's side, by paragraph
    turn_sides = _turn_sides(actors, voices or {})
    for seg in segments:
        if _is_statement(seg):
            position += 1
        for token in seg.span:
            if actors.at(token.i) is not None:
                continue
            body = _seated_body(token, actors) or _named_body(
                token, actors, lexicon, gazetteer, armies or {}
            )
            body = body or _leaders_state(token, actors, gazetteer)
            body = body or _speakers_country(token, actors, gazetteer)
            body = body or _states_forces(token, actors, lexicon, gazetteer)
            # "the front's strength" after "the Azawad Liberation Front"
            body = body or _name_ending_noun(token, actors, lexicon)
            body = body or _titled_person(token, actors, lexicon)
            if _kinds_wanted(token, lexicon) is not None:
                body = body or _described_branchs_parent(token, actors, lexicon, gazetteer)
            if body is not None:  # "the army" after "the Congolese army"
                body = _governing_body(token, body, gazetteer)
                span = ActorSpan(token.i, token.i + 1, body, "COREF", "coref")
                actors.add(span)
                added.append(span)
                continue
            owner = _relative_owner(token, actors)
            spoken = _speakers_side(seg, token, actors, quotes, gazetteer)
            if spoken is not None:
                side = (seg.paragraph, spoken)
            elif side is not None and side[0] == seg.paragraph and _quoted_we(token, quotes):
                # "... Our forces control the Nuba Mountains": the quote goes on.
                spoken = side[1]
            elif seg.paragraph in turn_sides and _first_person_plural(token):
                spoken = turn_sides[seg.paragraph]  # a transcript's speaker for his side
            owner = owner or spoken
            if owner is not None:
                span = ActorSpan(token.i, token.i + 1, owner.actor, "COREF", "coref")
                actors.add(span)
                added.append(span)
                if spoken is not None and _our_side_noun(token, actors, lexicon):
                    # "Our movement fights the M23", "our men will leave it": the side itself
                    span = ActorSpan(token.head.i, token.head.i + 1, owner.actor, "COREF", "coref")
                    actors.add(span)
                    added.append(span)
                continue
            kinds = _kinds_wanted(token, lexicon)
            if kinds is None or _names_itself(token, actors, lexicon):
                continue
            if unnamed_person_before(token, lexicon.human_nouns) is not None:
                continue  # "A senior official ... said ... Mahdi ... He put ...": the official
            if _document_goes_on(token, lexicon):
                continue  # "The study found ... It put the faction's membership at ..."
            barred = plural if token.lower_ in SINGULAR_PRONOUNS else frozenset()
            object_side = _object_side(token, actors)
            barred |= _own_objects(token, actors, lexicon) | object_side
            barred |= _branch_parents(token, actors, lexicon)
            counter = _counted_by_other(token, actors, lexicon)
            barred |= counter
            target = (
                _described_body(token, actors, lexicon)
                or _introduced_as(token, actors, lexicon)
                or _relative_subject_owner(token, actors, kinds)
                or _conjoined_owner(token, actors)
                or _fronted_owner(token, actors, kinds, lexicon)
                or _named_by_apposition(token, actors, lexicon)
                or (None if counter else _speaker_itself(token, actors))
                or _states_own(token, actors)
                or _named_by_its_noun(token, history, seg, actors, lexicon, barred)
                or _same_sentence(seg, token, actors, kinds, lexicon, barred)
                or _earlier_clause(seg, token, actors, kinds, barred)
                or _reported_other(seg, token, actors, kinds, barred)
                or _earlier_object(seg, token, actors, kinds, barred, object_side)
                or _country_placed_before(seg, token, actors, lexicon)
                or _country_owning_before(seg, token, actors)
                or _topic_country(token, history, _topic(actors, token.i, kinds))
                or _country_government(token, actors, kinds, gazetteer)
                or _antecedent(
                    history,
                    kinds,
                    position,
                    _subject_actors(token, actors) | barred,
                    _topic(actors, token.i, kinds),
                    # "its troops": a state's or a force's, whichever the last sentence is about
                    subject_first=_owns_soldiers(token, lexicon)
                    or (_opening_subject(token) and "state" not in kinds),
                    chained=token.pos_ == "PRON",
                )
                or _story_government(token, actors, kinds)
            )
            if target is not None:
                target = _state_behind(target, actors)
                actor = _governing_body(token, target.actor, gazetteer)
                span = ActorSpan(token.i, token.i + 1, actor, "COREF", "coref")
                actors.add(span)
                added.append(span)
        history += _remembered(seg, position, actors, capitals or {}, lexicon)
        history = [s for s in history if s.segment > position - LOOKBACK]
    return added
