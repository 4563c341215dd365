"""Strength: how many fighters, members, camps or groups an actor has.

Quantities come from ``nlp.numbers`` (which already skips years, dates and
money). A quantity is a strength claim when it counts a unit noun of the
lexicon ("4,000 fighters"), or stands alone in a clause whose subject is one
("its fighters are estimated at around 400") or names a size ("core
membership numbers 30"). A qualifier that follows ("including family
members") is kept, and when it names another unit the count is of that unit.
Counts of events ("killed 40 fighters") are not strength.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from claimgraph.model import Actor, Value
from claimgraph.nlp.actors import DocActors
from claimgraph.nlp.drafts import Draft, actors_below, distinct
from claimgraph.nlp.lexicon import Lexicon
from claimgraph.nlp.numbers import find_quantities
from claimgraph.nlp.relations import subject_spans
from claimgraph.nlp.segments import Segment
from claimgraph.nlp.syntax import (
    clause_chain,
    completes,
    find_subject,
    is_negated,
    prep_objects,
    verb_above,
)

HOLDERS = frozenset({"armed_group"})
# Units a mission or an army has as well as an armed group: "20,000 troops".
FORCE_UNITS = frozenset({"troops", "personnel", "officers"})
# A state's troops count only when the sentence places them abroad (see extract).
FORCE_HOLDERS = frozenset({"armed_group", "organization", "state"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
LOOKAHEAD = 5
# "4,000 to 6,000, a figure that includes family members": how far a qualifier may start.
QUALIFIER_REACH = 6
# "The two groups" refers back; a count this small after "the" is no estimate.
ANAPHORIC_MAX = 12


def unit_of(token: Token, lexicon: Lexicon) -> str | None:
    """The unit a counted noun gives ("training camps" -> camps), if any."""
    lemma = token.lemma_.lower()
    if token.i > 0:
        pair = (token.nbor(-1).lemma_.lower(), lemma)
        if pair in lexicon.units:
            return lexicon.units[pair]
    unit = lexicon.units.get((lemma,)) or lexicon.units.get((token.lower_,))
    if unit == "members" and _bearing_arms(token, lexicon):
        return "fighters"  # "1,500 people with guns", "7,000 people under arms"
    return unit


def _bearing_arms(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a counted noun is qualified by the weapons its people carry
    (hung on the noun, or on the verb just after it: "has 7,000 people under arms")."""
    preps = list(noun.children)
    if noun.dep_ == "dobj":
        preps += [c for c in noun.head.children if c.i == noun.right_edge.i + 1]
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("with", "under")
        and any(o.lemma_.lower() in lexicon.weapon_words for o in prep.children)
        for prep in preps
    )


def counted_noun(quantity: Span) -> Token | None:
    """The noun a quantity counts: its syntactic head, else the next noun."""
    for token in quantity:
        head = token.head
        if (
            head.i >= quantity.end
            and head.pos_ in NOUN_POS
            and token.dep_ in ("nummod", "quantmod", "amod", "compound")
        ):
            return head
    for token in quantity:
        heads = token.lower_ in ("thousands", "hundreds", "dozens", "tens")
        heads = heads or token.head.i >= quantity.end
        before = not heads and token.head.i < quantity.start
        if heads or before:
            # "thousands of fighters", "no more than five hundred of its fighters",
            # "has deployed about 4,000 of its soldiers" (the count is the verb's object,
            # of a force "its" owns: "a handful of cells" counts no force)
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    objects = [g for g in child.children if g.dep_ == "pobj"]
                    if objects and (not before or _own_force(objects[0])):
                        return objects[0]
    doc = quantity.doc
    for i in range(quantity.end, min(quantity.end + LOOKAHEAD, len(doc))):
        token = doc[i]
        if token.text in (".", "!", "?") or token.is_sent_start:
            return None  # "at several dozen. Turkish authorities ...": the next sentence's
        if token.pos_ == "NOUN":
            return token
        if token.pos_ not in ("ADJ", "PROPN", "PUNCT", "NUM") or token.text in (",", ";"):
            return None
    return None


def _own_force(noun: Token) -> bool:
    """Whether a possessive pronoun owns the counted noun: "of its soldiers"."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)


def _qualifier(quantity: Span, lexicon: Lexicon) -> Token | None:
    """A qualifier phrase right after a quantity ("including family members")."""
    doc = quantity.doc
    for i in range(quantity.end, min(quantity.end + QUALIFIER_REACH, len(doc))):
        if doc[i].lower_ in lexicon.qualifier_markers or doc[i].lemma_ == "include":
            return doc[i]
        if doc[i].text in (";", ".") or doc[i].pos_ in ("VERB", "NUM"):
            return None  # "around 400, rising to some 2,000 including ...": not 400's
    return None


def _qualifier_unit(marker: Token, lexicon: Lexicon) -> str | None:
    """The unit a qualifier names, if it names one."""
    for token in marker.subtree:
        if token.pos_ == "NOUN" and unit_of(token, lexicon):
            return unit_of(token, lexicon)
    return None


def _clause_unit(
    anchor: Token, lexicon: Lexicon, actors: DocActors
) -> tuple[str | None, Token | None]:
    """For a bare number, the unit its clause subject names.

    A subject that is the group itself ("the group had been reduced to
    200") names no unit.
    """
    if anchor.dep_ == "nsubj" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.weapon_words for c in anchor.head.children
    ):
        return "fighters", None  # "3,500 people, of whom perhaps 2,100 carry weapons"
    subject, _passive = find_subject(anchor)
    if subject is None:
        return None, None
    named = actors.at(subject.i)
    if named is not None and named.actor.kind != "armed_group":
        # "Officials put the number of its members at 40", the officials read as their
        # state: what is put, not who puts
        counted = _estimated_object(anchor, lexicon)
        if counted is not None:
            return counted
    if named is not None:
        # "Hurras al-Din is assessed to number fewer than 200": a group's count.
        counting = any(t.lemma_.lower() in lexicon.count_verbs for t in clause_chain(anchor))
        # "and KIB probably has fewer than 300": the group, whose unit is the one
        # counted before it in the sentence, if any.
        if counting:
            return "fighters", None
        held = anchor.dep_ == "dobj" or (anchor.dep_ == "pobj" and anchor.head.lower_ == "to")
        partitive = any(c.dep_ == "prep" and c.lower_ == "of" for c in anchor.children)
        return None, (subject if held and not partitive else None)
    # "Police officers put its membership at several hundred": what is put, not who puts
    counted = _estimated_object(anchor, lexicon)
    if counted is not None:
        return counted
    unit = unit_of(subject, lexicon) or _measure_unit(subject, lexicon)
    if unit is None:
        # "Estimates of the TTP's strength range from 5,000 to 7,000".
        for noun in prep_objects(subject, ("of",)):
            if _measure_unit(noun, lexicon):
                return _measure_unit(noun, lexicon), noun
    return unit, subject


def _estimated_object(anchor: Token, lexicon: Lexicon) -> tuple[str, Token] | None:
    """ "Estimates put its fighters at 20,000": the unit the estimating verb's object names.

    Also through a size noun: "puts the number of its fighters at 1,500".
    """
    verb = anchor
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        unit = unit_of(obj, lexicon)
        if unit is not None:
            return unit, obj
        if _measure_unit(obj, lexicon) is not None:
            for noun in prep_objects(obj, ("of",)):
                if unit_of(noun, lexicon) is not None:
                    return unit_of(noun, lexicon) or "", noun
            return _measure_unit(obj, lexicon) or "", obj
    return None


def _measure_unit(noun: Token, lexicon: Lexicon) -> str | None:
    """The unit a size noun stands for ("ranks", "strength"), as written or lemmatised."""
    return lexicon.measure_nouns.get(noun.lemma_.lower()) or lexicon.measure_nouns.get(noun.lower_)


def _anaphoric(quantity: Span, value: Value) -> bool:
    """ "The two groups", "these three factions": a set already named, not an estimate."""
    doc = quantity.doc
    before = doc[quantity.start - 1] if quantity.start > 0 else None
    small = value.max is not None and value.max <= ANAPHORIC_MAX
    return small and before is not None and before.lower_ in ("the", "these", "those", "both")


def _change_from(quantity: Span, lexicon: Lexicon) -> bool:
    """A count a change starts from: "down from 400", "up from some 2,000", but not
    what changes in something else that is counted ("its raids rose from 20")."""
    prep = quantity.root.head
    if not (
        quantity.root.dep_ == "pobj"
        and prep.lower_ == "from"
        and prep.head.lemma_.lower() in lexicon.change_words
    ):
        return False
    changed = [c for c in prep.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return not changed or any(
        unit_of(c, lexicon) or _measure_unit(c, lexicon) or c.lemma_.lower() in lexicon.figure_nouns
        for c in changed
    )


def _part_of_noun(quantity: Span) -> bool:
    """A number inside another noun's phrase: "a factor of two", "one of three"."""
    root = quantity.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN"


def _in_qualifier(quantity: Span, lexicon: Lexicon) -> bool:
    """A count inside another count's qualifier ("including several hundred recruits")."""
    token = quantity.root
    for _ in range(4):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.lower_ in lexicon.qualifier_markers:
            return True
    return False


def _is_event(anchor: Token, lexicon: Lexicon) -> bool:
    """Whether the count is of an event ("killed 40 fighters", "40 people killed")."""
    # "2,000 trained fighters": a modifier before the noun says what they are, not an event
    around = [
        *clause_chain(anchor, through_complements=False),
        *(c for c in anchor.children if not _said_of_some(c, lexicon) and c.dep_ != "amod"),
    ]
    if anchor.dep_ in ("nsubj", "nsubjpass"):
        # "Eleven members ... surrendered", also when the parse joins the verbs.
        around += [anchor.head, *(c for c in anchor.head.children if c.dep_ == "conj")]
    if any(t.lemma_.lower() in lexicon.event_verbs and t.pos_ == "VERB" for t in around):
        return True
    if anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in lexicon.object_event_verbs:
        # "RDF instructors had trained several thousand recruits": others' men trained,
        # not the trainer's own ("Hamas trained two thousand recruits")
        trainer, _passive = find_subject(anchor.head)
        if (
            trainer is not None
            and trainer.pos_ == "NOUN"
            and trainer.lemma_ not in lexicon.nominals
        ):
            return True
    # "leaving three officers and eleven followers dead": a toll
    toll = [*around, *(c for t in around for c in t.children if c.dep_ in ("oprd", "conj"))]
    if any(t.pos_ == "ADJ" and t.lower_ in lexicon.casualty_adjectives for t in toll):
        return True
    if completes(anchor, lexicon.event_nouns):
        return True  # "the killing of five soldiers"
    # "nine thousand suspected members are still held in prisons": detainees, not a force;
    # "100 gunmen, most of them in the Tulkarm camp" places part of the force.
    parts = {
        c.i
        for c in anchor.children
        if c.dep_ == "appos" and c.lemma_.lower() in lexicon.quantifiers
    }
    held = any(t.lemma_.lower() in lexicon.detaining_verbs for t in around)
    places = lexicon.detention_nouns | (lexicon.camp_nouns if held else frozenset())
    return any(
        g.lemma_.lower() in places
        for t in around
        if t.i not in parts
        for c in t.children
        if c.dep_ == "prep" and c.lower_ in ("in", "inside")
        for g in c.children
    )


def _speakers(quantity: Span, anchor: Token, lexicon: Lexicon) -> bool:
    """ "Two of its officers said", "three commanders told the agency": the people
    counted are the story's sources, not the size of a force."""
    return any(
        t.dep_ == "nsubj" and t.head.lemma_.lower() in lexicon.speaking_verbs
        for t in (anchor, quantity.root)
    )


def _said_of_some(clause: Token, lexicon: Lexicon) -> bool:
    """ "100,000 fighters, many of them recruited from Arab clans": a clause on part
    of the counted force describes it; it is no event the count is of."""
    return clause.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in lexicon.quantifiers
        for c in clause.children
    )


def _other_groups(noun: Token, lexicon: Lexicon) -> bool:
    """ "The CNDF and two smaller groups founded ...", "the CJNG and six other groups":
    groups counted beside a named one are not its own."""
    if noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children):
        return True
    return any(c.dep_ == "amod" and c.lower_ in lexicon.others_words for c in noun.children)


def _planned_force(anchor: Token, lexicon: Lexicon) -> bool:
    """ "Announced a joint force of 5,000 troops", "would establish a force of 5,000":
    a force to be raised is a plan, not a strength."""
    noun = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else None
    if noun is None or noun.lemma_.lower() not in lexicon.formation_nouns:
        return False
    verb = noun.head
    return noun.dep_ == "dobj" and verb.lemma_.lower() in lexicon.founding_verbs


def holders(
    anchor: Token,
    noun: Token | None,
    actors: DocActors,
    lexicon: Lexicon,
    kinds: frozenset[str] = HOLDERS,
    skip: frozenset[int] = frozenset(),
    by_leader: bool = False,
) -> list[Actor]:
    """The actor whose strength is counted.

    A qualifier ("including recruits from Boko Haram") names other groups
    that are not the holder; ``skip`` lists tokens that cannot name it either.
    With ``by_leader``, a leader's men are his group's ("Kony has no more than
    30 fighters left"); where a leader hides is not where his group is.
    """
    if noun is not None:
        qualified = {
            t.i for m in noun.subtree if m.lower_ in lexicon.qualifier_markers for t in m.subtree
        } | skip
        # "the TNLA has 8,000 fighters and the MNDAA about 6,000": a name joined to the
        # counted noun starts the next count, it does not hold this one.
        qualified |= {
            t.i
            for c in noun.children
            if c.dep_ == "conj" and actors.at(c.i) is not None
            for t in c.subtree
        }
        named = [
            s
            for s in actors_below(noun, actors, qualified)
            if s.start != noun.i and s.actor.kind in kinds
        ]
        if named:
            return distinct(named)[:1]
        # "tens of thousands of auxiliaries, the Volunteers for ...": the name beside them.
        beside = [actors.at(c.i) for c in noun.children if c.dep_ == "appos"]
        named = [s for s in beside if s is not None and s.actor.kind in kinds]
        if named:
            return [named[0].actor]
    subject, _passive = find_subject(noun if noun is not None else anchor)
    if subject is None:
        return []
    if noun is not None:
        skip = skip | qualified
    counted = _counted_object(_counting_verb(subject, noun or anchor), actors, kinds, skip)
    if counted:
        return counted
    spans = subject_spans(subject, anchor, actors, lexicon)
    # "Kony has no more than 30 fighters left": a leader's men are his group's
    led = [actors.leaders.get(a.id, a) if by_leader else a for a in distinct(spans)]
    return [a for a in led if a.kind in kinds]


def _counting_verb(subject: Token, count: Token) -> Token:
    """The verb whose object may name the counted group: the subject's own verb, or
    the relative clause on the subject that holds the count ("Burundi, which has
    kept several thousand troops in South Kivu, has fought Twirwaneho")."""
    for clause in subject.children:
        if clause.dep_ == "relcl" and clause.left_edge.i <= count.i <= clause.right_edge.i:
            return verb_above(count)
    return subject.head


def _counted_object(
    verb: Token,
    actors: DocActors,
    kinds: frozenset[str] = HOLDERS,
    skip: frozenset[int] = frozenset(),
) -> list[Actor]:
    """The group an estimating verb's object names.

    "monitors put ISIS-K at 4,000 fighters", "estimated the ADF's strength
    at 1,500": the object, or the owner of a strength noun, is counted.
    """
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        held = actors.at(child.i)
        if held is not None:
            return [held.actor] if held.actor.kind in kinds else []
        owned = [s.actor for s in actors_below(child, actors, set(skip)) if s.actor.kind in kinds]
        if owned:
            return owned[:1]
    return []


def nearest_group(quantity: Span, start: int, actors: DocActors) -> list[Actor]:
    """The group named last before a count in its sentence, when the parse fails."""
    before = [s for s in actors.among(range(start, quantity.start)) if s.actor.kind in HOLDERS]
    return [before[-1].actor] if before else []


def _names_holder(subject: Token, actors: DocActors) -> bool:
    """Whether a subject phrase names a group ("the remnants of Boko Haram")."""
    return any(s.actor.kind in HOLDERS for s in actors_below(subject, actors))


def _measured_by(root: Token, lexicon: Lexicon) -> tuple[str, Token] | None:
    """The size noun a bare count is the "of" phrase of: "has a force of 3,000"."""
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return None
    noun = root.head.head
    unit = _measure_unit(noun, lexicon) if noun.pos_ == "NOUN" else None
    return (unit, noun) if unit is not None else None


def _summed(quantity: Span, noun: Token | None) -> bool:
    """A count the sentence says several hold together: "X and the gangs it
    supplies together have some 5,000 gunmen", "X and Y have 3,000 combined"."""
    words = {t.lower_ for t in quantity.sent}
    if not words & {"together", "combined", "jointly"}:
        return False
    subject, _passive = find_subject(noun if noun is not None else quantity.root)
    return subject is not None and any(c.dep_ == "conj" for c in subject.children)


def _distributed(quantity: Span) -> bool:
    """Whether a count shared by several holders is each one's: "each has about 500"."""
    sentence = quantity.sent
    return any(t.lower_ in ("each", "respectively", "apiece") for t in sentence)


def _sized(quantity: Span) -> bool:
    """Whether a quantity gives the size of the noun after it: "a 3,000-strong force"."""
    doc = quantity.doc
    after = doc[quantity.end : quantity.end + 2]
    words = [t.lower_ for t in after]
    return words[:1] == ["strong"] or words == ["-", "strong"]


def _read_quantity(
    quantity: Span,
    value: Value,
    actors: DocActors,
    lexicon: Lexicon,
    start: int,
    previous_unit: str | None = None,
) -> list[Draft]:
    """Drafts for one quantity; ``previous_unit`` is the unit counted before it."""
    measured = _measured_by(quantity.root, lexicon)
    if _in_qualifier(quantity, lexicon) or _anaphoric(quantity, value):
        return []
    if _part_of_noun(quantity) and measured is None:
        return []
    noun = counted_noun(quantity)
    unit = unit_of(noun, lexicon) if noun is not None else None
    if noun is not None and _sized(quantity) and unit in (None, "groups"):
        unit = "fighters"  # "a 3,000-strong force", "a 400-strong group": its fighters
    subject_noun: Token | None = None
    gapped = _gapped_holder(quantity, actors) if noun is None and previous_unit else None
    if gapped is not None:
        # "the TNLA has 8,000 fighters and the MNDAA about 6,000": same count, next group
        return [Draft("strength", previous_unit or "", gapped, quantity.root.i, None, value)]
    if measured is not None and noun is None:
        unit, subject_noun = measured  # "a force of 3,000", "a strength of about 500"
    elif noun is None:
        unit, subject_noun = _clause_unit(quantity.root, lexicon, actors)
        root = quantity.root
        changed = (
            root.dep_ == "pobj" and _figure_verb(root.head).lemma_.lower() in lexicon.change_words
        )
        if unit is None and subject_noun is not None and _names_holder(subject_noun, actors):
            # "X has 4,000 fighters, while the remnants of Y are put at 1,500", but not
            # "... and its raids rose from 20 to 45": what rose is not the group.
            unit = None if changed else previous_unit
        if unit is None and _change_from(quantity, lexicon):
            # "fewer than 50 members, down from more than 400 in 2016": the same count earlier.
            unit = previous_unit
    elif unit is None:
        return []
    marker = _qualifier(quantity, lexicon)
    if marker is not None:
        if noun is None:
            # "some 2,000 including family members" counts members.
            unit = _qualifier_unit(marker, lexicon) or unit
        value = Value(
            value.min,
            value.max,
            value.approx,
            quantity.doc[marker.i : marker.right_edge.i + 1].text,
        )
    anchor = noun if noun is not None else quantity.root
    if unit is None or _is_event(anchor, lexicon) or _planned_force(anchor, lexicon):
        return []
    if _speakers(quantity, anchor, lexicon) or (
        unit == "groups" and _other_groups(anchor, lexicon)
    ):
        return []
    if unit in FORCE_UNITS:
        # "ATMIS, which has nearly 20,000 troops": missions and armies hold troops too.
        counted = noun or subject_noun
        placed = _locative_tokens(counted, lexicon) if counted is not None else frozenset()
        forces = holders(anchor, counted, actors, lexicon, FORCE_HOLDERS, placed)
        if forces and not holders(anchor, counted, actors, lexicon):
            return [Draft("strength", unit, holder, anchor.i, None, value) for holder in forces]
    owners = holders(
        anchor, noun or subject_noun, actors, lexicon, by_leader=True
    ) or nearest_group(quantity, start, actors)
    if len(owners) > 1 and not _distributed(quantity):
        return []  # "Between them, X and Y could field 15,000": a sum, no group's size
    if _summed(quantity, noun or subject_noun):
        return []  # "X and the gangs it supplies together have 5,000": a sum
    value, negated = _negated_bound(value, anchor, lexicon)
    if unit == "troops" and noun is not None and _had_soldiers(noun):
        unit = "fighters"
    return [
        Draft("strength", unit, holder, anchor.i, None, value, negated=negated) for holder in owners
    ]


def _had_soldiers(noun: Token) -> bool:
    """Whether an armed group is said to have ``noun``, soldiers: then they are its fighters.

    "The RCSS has fewer than 1,000 soldiers" counts fighters; "3,000 SSC-Khatumo
    soldiers" on a payroll are named as an army's troops are.
    """
    return noun.lemma_.lower() == "soldier" and not any(
        child.dep_ in ("compound", "poss") for child in noun.children
    )


def _negated_bound(value: Value, anchor: Token, lexicon: Lexicon) -> tuple[Value, bool]:
    """The value and whether it is denied: a denied open bound is the other bound, asserted.

    "never had more than 120 fighters" says it had at most 120; "not fewer
    than 300" says at least 300. A denied exact count stays denied.
    """
    if not is_negated(anchor, lexicon):
        return value, False
    if value.min is not None and value.max is None:
        return replace(value, min=None, max=value.min - 1), False
    if value.max is not None and value.min is None:
        return replace(value, min=value.max + 1, max=None), False
    return value, True


def _gapped_holder(quantity: Span, actors: DocActors) -> Actor | None:
    """The group named, with its verb and unit left out, right before a bare count.

    "... and the MNDAA about 6,000": a name joined by "and" to an earlier
    count's noun, then the number.
    """
    doc = quantity.doc
    i = quantity.start - 1
    # "about", "some" that the parser did not keep with the number; "at probably" after
    # a verb that sets figures ("put X at 500 and Y at probably fewer than 300")
    for _ in range(2):
        if i >= 0 and doc[i].pos_ in ("ADP", "ADV") and doc[i].dep_ in ("prep", "advmod"):
            i -= 1
    span = actors.at(i) if i >= 0 else None
    if span is None or span.actor.kind not in HOLDERS:
        return None
    root = span.root(doc)
    if root.dep_ != "conj":
        return None
    head = root.head
    if head.tag_ in ("NNS", "NN"):
        return span.actor
    # "Hamas has 800 fighters, and Islamic Jihad about 250": the name joined to the verb
    counted = any(
        c.dep_ == "dobj" and c.tag_ in ("NNS", "NN") and c.i < root.i for c in head.children
    )
    return span.actor if head.pos_ in ("VERB", "AUX") and counted else None


def _locative_tokens(noun: Token, lexicon: Lexicon) -> frozenset[int]:
    """Tokens of the places a counted noun is set in: "Iraq" in "2,500 troops in Iraq"."""
    return frozenset(
        t.i
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ in lexicon.locative_preps
        for t in prep.subtree
    )


def read_strength(
    seg: Segment, actors: DocActors, lexicon: Lexicon, earlier: Draft | None = None
) -> list[Draft]:
    """Strength drafts for one sentence; ``earlier`` is the last estimate just before it."""
    span = seg.span
    doc = span.doc
    base = span.start_char
    out: list[Draft] = []
    previous: str | None = None
    for start, end, value in find_quantities(span.text):
        quantity = doc.char_span(base + start, base + end, alignment_mode="expand")
        if quantity is not None and any(actors.at(t.i) is not None for t in quantity):
            continue  # "Densus 88 officers": a number in a name counts nothing
        if quantity is not None and len(quantity):
            drafts = _read_quantity(quantity, value, actors, lexicon, span.start, previous)
            before = out[-1] if out else earlier
            if before is not None and not drafts:
                # "The CNA has some 4,000 fighters. The CNDF is thought to have some 1,200."
                drafts = _count_of_the_same(quantity, value, before, actors, lexicon)
            if before is not None and not drafts:
                # "Some 300 of them are in Kazumba", "some thirty of whom live in Vienna"
                drafts = _part_of_the_count(quantity, value, before, actors, lexicon)
            if before is not None and not drafts and _estimate_is(quantity, lexicon):
                # "Our own estimate ... is 2,000 to 3,000 fighters": of the count before
                unit = _unit_word(quantity, lexicon) or before.predicate
                drafts = [Draft("strength", unit, before.subject, quantity.root.i, None, value)]
            if out and not drafts:
                # "about 1,200 fighters, against some 2,000 in 2019": the same count, set beside
                drafts = _contrasted_count(quantity, value, out[-1], actors, lexicon)
            if before is not None and _restated_figure(quantity, lexicon):
                # "SDF commanders put the number at more than 4,000": who counts is no holder
                # "put the figure higher, at about 2,000": the count given just before
                drafts = [
                    Draft(
                        "strength", before.predicate, before.subject, quantity.root.i, None, value
                    )
                ]
                if out and _revising_verb(quantity, lexicon) is not None:
                    out.pop()  # "raised its estimate from about 5,000 to ...": replaced
            previous = drafts[-1].predicate if drafts else previous
            out += drafts
    return out


def _contrasted_count(
    quantity: Span, value: Value, before: Draft, actors: DocActors, lexicon: Lexicon
) -> list[Draft]:
    """A bare number set beside the count just read counts the same unit: of the same
    group at another time ("about 1,200 fighters, against some 2,000 in 2019",
    "compared with about 3,000 at the end of 2023", "cut the group from about 1,000
    fighters to fewer than 400"), or of the group a "for" names ("between 2,000 and
    3,000 gunmen, against fewer than a thousand for La Mayiza")."""
    root = quantity.root
    prep = root.head
    if root.dep_ != "pobj" or counted_noun(quantity) is not None:
        return []
    word = prep.lower_
    compared = word in ("with", "to") and prep.head.lemma_.lower() == "compare"
    moved = word == "to" and _moved_from(prep.head, before.anchor)
    if word not in lexicon.contrast_preps and not compared and not moved:
        return []
    named = [
        span.actor
        for child in root.children
        if child.dep_ == "prep" and child.lower_ == "for"
        for span in actors_below(child, actors)
        if span.actor.kind == before.subject.kind
    ]
    holder = named[0] if named else before.subject
    return [Draft("strength", before.predicate, holder, root.i, None, value)]


def _moved_from(verb: Token, anchor: int) -> bool:
    """Whether ``verb`` has a "from" phrase holding the word at ``anchor``: a change
    "from about 1,000 fighters to ..."."""
    return any(
        c.dep_ == "prep" and c.lower_ == "from" and c.left_edge.i <= anchor <= c.right_edge.i
        for c in verb.children
    )


def _count_of_the_same(
    quantity: Span, value: Value, before: Draft, actors: DocActors, lexicon: Lexicon
) -> list[Draft]:
    """A bare number a group "has" or "fields" right after a count of the same unit:
    "The CNDF is thought to have some 1,200" counts what was counted before."""
    root = quantity.root
    verb = root.head
    if root.pos_ != "NUM" or root.dep_ != "dobj" or root.i != quantity[-1].i:
        return []
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return []  # "has three of them": a part of something named, not a count
    if verb.lemma_.lower() not in lexicon.count_verbs | {"have"}:
        return []
    subject, passive = find_subject(verb)
    if subject is None or passive:
        return []
    groups = [
        a
        for a in distinct(subject_spans(subject, verb, actors, lexicon))
        if a.kind == before.subject.kind
    ]
    return [Draft("strength", before.predicate, g, root.i, None, value) for g in groups]


def _part_of_the_count(
    quantity: Span, value: Value, before: Draft, actors: DocActors, lexicon: Lexicon
) -> list[Draft]:
    """A number "of them" or "of whom" that are somewhere or do something is a part of the
    group counted just before, in the same unit: "fewer than eighty active supporters,
    some thirty of whom live in Vienna", "Some 300 of them are in Kazumba alone", "could
    mobilise 18,000 of them".

    "Them" must be that group where coreference took it for one; a part killed or
    arrested is an event, not a count.
    """
    root = quantity.root
    if root.pos_ != "NUM" or root.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return []
    pronouns = [
        g
        for c in root.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj" and g.lower_ in lexicon.part_pronouns
    ]
    if not pronouns or _is_event(root, lexicon):
        return []
    meant = actors.at(pronouns[0].i)
    if meant is not None and meant.actor.id != before.subject.id:
        return []
    return [Draft("strength", before.predicate, before.subject, root.i, None, value)]


def _estimate_is(quantity: Span, lexicon: Lexicon) -> bool:
    """Whether a count is what "the estimate" or "our figure" is, with no group named:
    "Our own estimate, based on interviews, is 2,000 to 3,000 fighters", "the real
    figure is probably nearer 30,000", "the true number is closer to 5,000", "the
    figure lies between 400 and 500"."""
    head = quantity.root
    while head.dep_ in ("nummod", "quantmod", "compound") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in lexicon.approximating_preps:
        head = head.head.head  # "closer to 3,000": the word the preposition hangs on
    verb = head.head
    if head.dep_ not in ("attr", "acomp", "dobj") or verb.lemma_ not in lexicon.figure_verbs:
        return False
    return any(c.dep_ == "nsubj" and _bare_figure(c, lexicon) for c in verb.children)


def _bare_figure(noun: Token, lexicon: Lexicon) -> bool:
    """ "the figure", "our own estimate": a figure noun that names no count "of" anything."""
    return noun.lemma_.lower() in lexicon.figure_nouns and not any(
        g.dep_ == "prep" and g.lower_ == "of" for g in noun.children
    )


def _unit_word(quantity: Span, lexicon: Lexicon) -> str | None:
    """The unit a count names right after it ("3,000 fighters"), as a predicate."""
    head = quantity.root
    while head.dep_ in ("nummod", "quantmod") and head.head.i != head.i:
        head = head.head
    return unit_of(head, lexicon) if head.pos_ == "NOUN" else None


def _figure_verb(prep: Token) -> Token:
    """The verb that sets a figure "at" or "to" a value, past any "from" before it."""
    head = prep.head
    return head.head if head.dep_ == "prep" and head.lower_ == "from" else head


def _revising_verb(quantity: Span, lexicon: Lexicon) -> Token | None:
    """The verb that replaces an estimate with ``quantity``: "revised that figure to 1,200"."""
    prep = quantity.root.head
    if quantity.root.dep_ != "pobj" or prep.lower_ != "to":
        return None
    verb = _figure_verb(prep)
    return verb if verb.lemma_.lower() in lexicon.revision_verbs else None


def _restated_figure(quantity: Span, lexicon: Lexicon) -> bool:
    """Whether a bare count sets "the figure" or "the number" at a new value.

    "US Africa Command put the figure higher that year, at about 2,000": no
    unit and no group are named; both are those of the estimate before.
    """
    prep = quantity.root.head
    if quantity.root.dep_ == "pobj" and prep.lower_ == "of":
        # "above the UN's range of 7,000 to 12,000": another estimate of the same count
        return prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in lexicon.figure_nouns
    if quantity.root.dep_ != "pobj" or prep.lower_ not in ("at", "to"):
        return False
    verb = _figure_verb(prep)
    if prep.lower_ == "to" and _revising_verb(quantity, lexicon) is None:
        return False  # "rose to 2,000" names no figure being set
    if verb.dep_ == "conj" and verb.pos_ != "VERB":
        verb = verb.head  # "put the figure at 400 to 600, and a third at no more than 350"
    return any(c.dep_ == "dobj" and _bare_figure(c, lexicon) for c in verb.children)
