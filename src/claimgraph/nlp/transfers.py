"""Material support read from the shape of a transfer, not from a fixed phrase.

"Iran gives Hezbollah $700 million a year", "Rwandan troops supplied the
rebels with weapons", "the Houthis receive missiles and drone parts from
Iran": a giving verb, a giver, a recipient and something material passing
between them. The words in between vary without end, so the reader works from
the verb's dependents: the theme (direct object, a "with" phrase, or the
passive subject), the recipient (indirect object, a "to" phrase, or the
direct object when the theme comes with "with"), and the giver (subject or
"by" agent). A receiving verb turns it round: the "from" phrase gives.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimgraph.model import Actor
from claimgraph.nlp.actors import ActorSpan, DocActors
from claimgraph.nlp.drafts import Draft, actors_below, distinct
from claimgraph.nlp.lexicon import Lexicon
from claimgraph.nlp.relations import subject_spans
from claimgraph.nlp.segments import Segment
from claimgraph.nlp.syntax import (
    BY_PHRASE,
    find_subject,
    prep_objects,
    received_read_as_verb,
    surrendered,
    things_read_as_verbs,
)

MONEY_WORDS = frozenset({"$", "usd", "dollar", "euro", "€", "£"})
LISTING_WORDS = frozenset({"including", "like", "notably", "especially", "particularly"})


def _material(noun: Token, lexicon: Lexicon, nouns: frozenset[str] | None = None) -> bool:
    """Whether a theme noun (or a conjunct) is of ``nouns``: arms, money and training by default."""
    words = lexicon.material_nouns if nouns is None else nouns
    money = nouns is None
    for token in (noun, *noun.conjuncts):
        if token.lemma_.lower() in words or token.lower_ in words:
            return True
        if money and any(c.lower_ in MONEY_WORDS or c.lemma_ in MONEY_WORDS for c in token.subtree):
            return True
        if any(
            c.dep_ in ("compound", "nmod") and c.lemma_.lower() in words for c in token.children
        ):
            return True  # "drone components", "weapons deliveries"
    return False


def _nominals(tokens: list[Token]) -> list[Token]:
    """Tokens with a preposition the parse took for an object ("to" as dative) replaced by its object."""
    out: list[Token] = []
    for token in tokens:
        if token.pos_ == "ADP":
            out += [c for c in token.children if c.dep_ == "pobj"]
        else:
            out.append(token)
    return out


def _parties(tokens: list[Token], actors: DocActors, kinds: frozenset[str]) -> list[Actor]:
    """The actors the phrases headed by ``tokens`` name, of the allowed kinds.

    A phrase's own name wins over names inside it: "the Islamic State's
    branch in Mozambique" is the branch, not its owner or its place.
    """
    spans: list[ActorSpan] = []
    for token in _nominals(tokens):
        heads = [token, *token.conjuncts]
        own = [span for t in heads if (span := actors.at(t.i)) is not None]
        if own:
            spans += own
            continue
        inner = {
            t.i
            for c in token.children
            if c.dep_ in ("poss", "prep") and c.lower_ not in LISTING_WORDS
            for t in c.subtree
        }
        spans += actors_below(token, actors, inner)  # "armed groups, including Hamas and PIJ"
    return [a for a in distinct(spans) if a.kind in kinds]


def _giver(verb: Token, actors: DocActors, lexicon: Lexicon, kinds: frozenset[str]) -> list[Actor]:
    """The doer of a giving verb: its subject, or the "by" agent of a passive."""
    agents = [c for c in verb.children if c.dep_ == BY_PHRASE]
    if agents:
        return _parties(agents, actors, kinds)
    return _active_subjects(verb, actors, lexicon, kinds)


def _active_subjects(
    verb: Token, actors: DocActors, lexicon: Lexicon, kinds: frozenset[str]
) -> list[Actor]:
    """The actors of the allowed kinds an active verb's subject names; none for a passive."""
    subject, passive = find_subject(verb)
    if subject is None or passive:
        return []
    return [a for a in distinct(subject_spans(subject, verb, actors, lexicon)) if a.kind in kinds]


def _giving(verb: Token, actors: DocActors, lexicon: Lexicon) -> list[tuple[str, Actor, Actor]]:
    """(predicate, giver, recipient) of one giving verb: shelter is ``protects``, material ``funds``.

    The verb's parts are read once; each kind of theme then decides whether
    the verb states that relation ("supplied the rebels with weapons", "give
    it shelter").
    """
    spec = lexicon.relations["funds"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    subject, _passive = find_subject(verb)
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    themes = objects + ([subject] if subject is not None and passive else [])
    if verb.dep_ == "relcl" and all(o.tag_ in ("WDT", "WP") for o in objects):
        themes.append(verb.head)  # "drones, which Ankara has sold to Niamey"
    with_themes = prep_objects(verb, ("with",))
    named = [c for c in verb.children if c.dep_ == "dative"] + prep_objects(verb, ("to", "for"))
    givers: list[Actor] | None = None
    out: list[tuple[str, Actor, Actor]] = []
    for predicate, nouns in (("protects", lexicon.shelter_nouns), ("funds", None)):
        if with_themes and any(_material(t, lexicon, nouns) for t in with_themes):
            recipients = named + objects  # "supplied the rebels with weapons"
        elif any(_material(t, lexicon, nouns) for t in themes):
            # "sent the Houthis trainers": a name the parse hung on the theme.
            hung = [
                c for t in objects for c in t.children if c.dep_ == "compound" and actors.at(c.i)
            ]
            # "sent Hezbollah hundreds of millions of dollars": a second object the parse
            # took for a theme names the recipient.
            second = [o for o in objects if actors.at(o.i) is not None and len(objects) > 1]
            recipients = named + hung + second
        else:
            continue
        takers = _parties(recipients, actors, spec.object_kinds)
        givers = givers if givers is not None else _giver(verb, actors, lexicon, spec.subject_kinds)
        out += [(predicate, g, t) for g in givers for t in takers if g.id != t.id]
    return out


def _receiving(verb: Token, actors: DocActors, lexicon: Lexicon) -> list[tuple[Actor, Actor]]:
    """(giver, recipient) pairs of a receiving verb: "receive weapons from Iran"."""
    spec = lexicon.relations["funds"]
    themes = [c for c in verb.children if c.dep_ == "dobj"]
    # "drew money and most of its weapons from Nusra": the parser may hang the
    # second thing received on the verb itself.
    themes += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "ADJ")]
    themes += [g for t in themes for g in t.children if g.dep_ in ("nmod", "pobj")]
    themes += [g for t in themes for c in t.children if c.dep_ == "prep" for g in c.children]
    if not any(_material(t, lexicon) or t.lower_ == "nothing" for t in themes):
        return []  # "takes nothing from Tehran" is money denied
    sources = prep_objects(verb, ("from",))
    for second in things_read_as_verbs(verb):  # "receive weapons and pay from the army"
        sources += prep_objects(second, ("from",))
    for theme in themes:  # "receive missiles and drone parts from Iran"
        sources += prep_objects(theme, ("from",))
    sources = _forces_of(sources, actors, lexicon)
    takers = _active_subjects(verb, actors, lexicon, spec.object_kinds)
    # "receives Emirati weapons": with no "from" phrase, the name on the material gives
    givers = (
        _parties(sources, actors, spec.subject_kinds)
        if sources
        else _makers(themes, actors, lexicon)
    )
    return [(g, t) for g in givers for t in takers if g.id != t.id]


def _sheltered(verb: Token, actors: DocActors, lexicon: Lexicon) -> list[tuple[Actor, Actor]]:
    """(protector, protected) of a verb of finding shelter: "al-Qaeda found a safe haven
    under the Taliban", "enjoys sanctuary with the Haqqanis", "got protection from
    Kampala". A place it is found in ("a haven in Kunar") protects no one."""
    spec = lexicon.relations["protects"]
    themes = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(_material(t, lexicon, lexicon.shelter_nouns) for t in themes):
        return []
    preps = tuple(lexicon.shelter_giver_preps)
    sources = prep_objects(verb, preps) + [g for t in themes for g in prep_objects(t, preps)]
    takers = _active_subjects(verb, actors, lexicon, spec.object_kinds)
    givers = _parties(sources, actors, spec.subject_kinds)  # no place among them
    return [(g, t) for g in givers for t in takers if g.id != t.id]


def _forces_of(tokens: list[Token], actors: DocActors, lexicon: Lexicon) -> list[Token]:
    """ "Soldiers of the FARDC", "fighters of the RSF": a force that names no one
    stands for the body it is "of"."""
    forces = lexicon.state_force_nouns | lexicon.group_owned_nouns
    out: list[Token] = []
    for token in tokens:
        owners = prep_objects(token, ("of",)) if token.lemma_.lower() in forces else []
        out += owners if owners and actors.at(token.i) is None else [token]
    return out


def _makers(themes: list[Token], actors: DocActors, lexicon: Lexicon) -> list[Actor]:
    """ "Receives Emirati weapons", "received Wagner rifles": the name set on the
    material itself is whose it was, when no "from" phrase says so."""
    spec = lexicon.relations["funds"]
    names = [
        span
        for theme in themes
        if _material(theme, lexicon)
        for c in theme.children
        if c.dep_ in ("amod", "compound") and (span := actors.at(c.i)) is not None
    ]
    return [a for a in distinct(names) if a.kind in spec.subject_kinds]


def _supplied(noun: Token, actors: DocActors, lexicon: Lexicon) -> list[tuple[Actor, Actor]]:
    """(giver, recipient) of a supplying noun: "the AA is the Brotherhood's main source of
    heavier weapons", "Iran, the main supplier of weapons to the Houthis"."""
    spec = lexicon.relations["funds"]
    themes = prep_objects(noun, ("of",))
    if not any(_material(t, lexicon) for t in themes):
        return []
    if noun.dep_ == "attr":
        subject, passive = find_subject(noun.head)
        givers = (
            [] if subject is None or passive else _parties([subject], actors, spec.subject_kinds)
        )
    elif noun.dep_ == "appos":
        givers = _parties([noun.head], actors, spec.subject_kinds)
    else:
        return []
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [c for t in themes for c in t.children if c.dep_ == "poss"]
    owners += prep_objects(noun, ("for", "to")) + [
        g for t in themes for g in prep_objects(t, ("for", "to"))
    ]
    takers = _parties(owners, actors, spec.object_kinds)
    return [(g, t) for g in givers for t in takers if g.id != t.id]


def read_transfers(seg: Segment, actors: DocActors, lexicon: Lexicon) -> list[Draft]:
    """``funds`` drafts for the transfers of material stated in one sentence."""
    out: list[Draft] = []
    for noun in seg.span:
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.supplying_nouns:
            out += [
                Draft("relation", "funds", g, noun.i, t)
                for g, t in _supplied(noun, actors, lexicon)
            ]
    for verb in seg.span:
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        if received_read_as_verb(verb, lexicon):
            continue  # "and pay from the army": a thing received, no giving
        if lemma in lexicon.giving_verbs:
            given = [] if surrendered(verb, lexicon) else _giving(verb, actors, lexicon)
        elif lemma in lexicon.receiving_verbs | lexicon.sheltered_verbs:
            given = [("funds", g, t) for g, t in _receiving(verb, actors, lexicon)]
            given += [("protects", g, t) for g, t in _sheltered(verb, actors, lexicon)]
        else:
            continue
        negated = True if _nothing_given(verb) else None  # "received no money from Iran"
        out += [
            Draft("relation", predicate, g, verb.i, t, negated=negated) for predicate, g, t in given
        ]
    return out


def _nothing_given(verb: Token) -> bool:
    """Whether what is given or received is "no" thing: "received no money", "takes
    nothing from Tehran"."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return any(c.lower_ == "nothing" for c in things) or any(
        g.dep_ == "det" and g.lower_ == "no" for c in things for g in c.children
    )
