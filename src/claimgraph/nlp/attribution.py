"""Attribution: who asserts what each sentence states.

A sentence names its source with a reporting verb ("..., said Peter Mills",
"the report states") or a marker ("according to the report"). A source named
in one sentence carries to the next sentences of its paragraph that name no
other; a quotation spanning sentences keeps its speaker; a sentence with no
source anywhere is the outlet's own statement. Names go through the
gazetteer, so "the Institute for the Study of War" is the source "ISW".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from claimgraph.ingest.byline import WIRE_DATELINE
from claimgraph.model import Actor, Document, Source
from claimgraph.nlp.actors import ActorSpan, DocActors, GazetteerLike, named_earlier, police_named
from claimgraph.nlp.drafts import actors_below
from claimgraph.nlp.lexicon import Lexicon
from claimgraph.nlp.numbers import find_quantities
from claimgraph.nlp.relations import owned_up_to
from claimgraph.nlp.segments import Segment
from claimgraph.nlp.syntax import (
    BY_PHRASE,
    DETACHED,
    RELATIVE_TAGS,
    find_subject,
    lists_members,
    unnamed_person_before,
    with_a,
    with_the,
)

ACTOR_SOURCE_KINDS = {"person": "person", "organization": "organization"}
OPEN_QUOTES = "\u201c"
CLOSE_QUOTES = "\u201d"
NOT_ISSUER = DETACHED | {"relcl", "acl"}
# Issuers whose "experts" or "panel" is a sanctions panel on one country.
UN_ISSUERS = frozenset({"united-nations", "un-security-council"})
SUBORDINATE = frozenset({"advcl", "relcl", "acl", "pcomp", "csubj", "ccomp"})
# The publisher's own voice outside quotation marks: "we believe", "our estimate".
FIRST_PERSON = frozenset({"we", "us", "our", "ours"})
# Longest speaker phrase read between a comma and a trailing reporting verb.
MAX_SPEAKER = 12
# How a misread trailing reporting verb is attached: to the clause before or as the root.
TRAILING_DEPS = frozenset({"advcl", "conj", "parataxis", "ccomp", "ROOT"})


@dataclass
class SentenceSources:
    """The sources of one sentence.

    ``source`` is what the sentence as a whole is attributed to (its own
    marker or main reporting verb, else the source carried in); ``outer`` is
    the carried source alone; ``verbs`` maps each reporting verb to its
    source; ``subjects`` holds the token ranges of the phrases naming them;
    ``voice`` is the speaker of a transcript's turn, who describes in it what
    the writer describes elsewhere.
    """

    source: Source
    outer: Source
    document: Source | None
    verbs: dict[int, Source] = field(default_factory=dict)
    subjects: list[tuple[int, int]] = field(default_factory=list)
    voice: Source | None = None


@dataclass
class Attribution:
    """The sources of every sentence of a document."""

    sentences: list[SentenceSources] = field(default_factory=list)
    # Who writes the document: the outlet, or a report's issuer.
    writer: Source | None = None

    def source_for(self, anchor: Token, index: int) -> Source:
        """Who asserts a claim read at ``anchor`` in sentence ``index``.

        The nearest reporting verb above the claim wins ("X said that ...");
        a claim inside the phrase naming a source ("Mujahid, the Taliban
        spokesman, said") is the carried source's; otherwise the sentence's.
        """
        sentence = self.sentences[index]
        current = anchor
        for _ in range(32):
            if current.i in sentence.verbs:
                return sentence.verbs[current.i]
            if current.head.i == current.i:
                break
            if (
                current.dep_ in ("nsubj", "nsubjpass")
                and current.head.i in sentence.verbs
                and any(left <= current.i <= right for left, right in sentence.subjects)
            ):
                # "Mujahid, the Taliban spokesman, said": the writer describes the speaker
                # (unless the parse took a noun of the statement for the speaker).
                return self._describer(sentence, current.head)
            if _before_colon(current):
                return sentence.outer  # "X is the larger: the monitors estimate ..."
            current = current.head
        for left, right in sentence.subjects:
            if left <= anchor.i <= right:
                return self._describer(sentence)
        if _in_marker_phrase(anchor):
            # "..., according to Mohammed Abdulsalam, the group's chief negotiator":
            # the writer describes the source.
            return self._describer(sentence)
        return sentence.source

    def _describer(self, sentence: SentenceSources, verb: Token | None = None) -> Source:
        """Who describes the people a sentence names: a transcript's speaker in his turn,
        else a paper or report that tells what the speaker said ("X, the group's leader,
        said ..., Mashriq Wire reported"), else the writer (or, with none, the source
        carried in)."""
        if sentence.voice is not None:
            return sentence.voice
        teller = _telling_source(sentence, verb) if verb is not None else None
        return teller or self.writer or sentence.outer


def _telling_source(sentence: SentenceSources, verb: Token) -> Source | None:
    """The paper or document whose reporting verb governs ``verb``, if any."""
    current = verb
    while current.head.i != current.i:
        current = current.head
        source = sentence.verbs.get(current.i)
        if source is not None:
            return source if source.kind in ("outlet", "document") else None
    for i, source in sentence.verbs.items():
        closing = i > verb.i and _closing_report(verb.doc[i])
        if closing and source.kind in ("outlet", "document"):
            return source  # the parser hung the closing report on the speaker's verb
    marked = sentence.source not in (sentence.outer, *sentence.verbs.values())
    if marked and sentence.source.kind in ("outlet", "document"):
        return sentence.source  # "According to the Mashriq Wire, X, the group's leader, said"
    return None


@dataclass
class _State:
    """What the reader remembers while walking the document."""

    default: Source
    in_force: Source | None = None
    last_document: Source | None = None
    last_person: Source | None = None
    # An unnamed speaker given only a role ("a Kataib Hezbollah spokesman"), and
    # where: a later "he said" is that speaker when no person was named since.
    role_speaker: tuple[int, Source] | None = None
    last_person_at: int = -1
    affiliations: dict[str, str] = field(default_factory=dict)
    # Whom a role noun last stood for: "a spokesman for the UPDF said ... The
    # spokesman said" is the UPDF both times.
    roles: dict[str, Source] = field(default_factory=dict)
    # The last newspaper or agency named as a source: "the paper said" next.
    last_outlet: Source | None = None
    # Who the sentence being read says is speaking: "an official put ..., the wire
    # said" is the wire's report of an unnamed official.
    reporting: Source | None = None
    # Who issued each kind of document named so far: "Somalia's defence ministry
    # issued a statement ... The statement said" is Somalia's.
    issued: dict[str, Source] = field(default_factory=dict)
    # The named speaker of the transcript turn being read, and where quotes run:
    # an "I" outside quotes is the turn's speaker, or the writer.
    voice: Source | None = None
    # The writer of the thread post or forwarded message being read: its "we" and
    # "our" are the writer's, as the outlet's are the outlet's.
    writer: Source | None = None
    quotes: list[tuple[int, int]] = field(default_factory=list)
    # Bodies the text names as organs of another ("the army's 3rd Infantry Division",
    # "the LNA General Command"): when they speak, their owner speaks.
    organs: dict[str, Actor] = field(default_factory=dict)


@dataclass
class _Explicit:
    """What one sentence names itself, before carrying over."""

    source: Source | None = None
    verbs: dict[int, Source] = field(default_factory=dict)
    subjects: list[tuple[int, int]] = field(default_factory=list)


def organ_owners(
    actors: DocActors, lexicon: Lexicon, armies: Mapping[str, Actor]
) -> dict[str, Actor]:
    """Learned bodies whose name ends in an organ word ("the army's 3rd Infantry
    Division", "the LNA General Command"), with the state, group or army that owns
    them where they are first named: what they say or do, their owner does."""
    out: dict[str, Actor] = {}
    for span in actors.spans:
        actor = span.actor
        if actor.origin != "learned" or actor.kind != "organization" or span.how == "coref":
            continue
        words = actor.name.lower().split()
        if actor.id in out or not words or words[-1] not in lexicon.organ_words:
            continue
        head = actors.doc[span.end - 1]
        owners = [c for c in head.children if c.dep_ in ("poss", "compound")]
        owners += [t for t in actors.doc[span.start - 1 : span.start] if t.dep_ == "compound"]
        for owner in owners:
            found = actors.at(owner.i)
            if (
                found is not None
                and found is not span
                and (found.actor.kind in ("state", "armed_group") or found.actor in armies.values())
            ):
                out[actor.id] = found.actor
                break
    return out


def actor_source(actor: Actor, kind: str | None = None, affiliation: str | None = None) -> Source:
    """A source for an actor: people and organisations keep their kind."""
    return Source(actor.name, kind or ACTOR_SOURCE_KINDS.get(actor.kind, "actor"), affiliation)


def _depth(token: Token) -> int:
    """Distance of ``token`` from its sentence root."""
    depth = 0
    while token.head.i != token.i and depth < 64:
        token = token.head
        depth += 1
    return depth


def _the_report_body(head: Token, lexicon: Lexicon) -> bool:
    """A capitalised "the Group", "the Team", "the Panel" with nothing else in its name."""
    body = head.lemma_.lower() in lexicon.document_body_words or head.lower_ == "group"
    return (
        body
        and head.is_title
        and with_the(head)
        and not any(c.dep_ in ("compound", "amod", "poss") for c in head.children)
    )


def _role_spoken_since(
    person: Actor | None, pronoun: Token, actors: DocActors, state: _State
) -> Source | None:
    """The unnamed role speaker a "he" means when it spoke after ``person`` was named.

    "... said Haidar al-Khafaji. A Kataib Hezbollah spokesman rejected the
    accusations. He said ...": the spokesman, whom coreference cannot name.
    """
    if state.role_speaker is None:
        return None
    at, source = state.role_speaker
    named = [
        s.start
        for s in actors.spans
        if person is not None and s.actor.id == person.id and s.how != "coref"
    ]
    last = max([state.last_person_at, *(i for i in named if i < pronoun.i)])
    return source if last < at < pronoun.i else None


def _spoken_about(person: Actor, pronoun: Token, actors: DocActors) -> bool:
    """Whether the person a trailing "he said" was resolved to is named in what is said,
    earlier in the same sentence: then the pronoun is the speaker, someone else."""
    start = pronoun.sent.start
    return any(
        s.actor.id == person.id and s.how != "coref" and start <= s.start < pronoun.i
        for s in actors.spans
    )


def _person_before(start: int, actors: DocActors) -> Actor | None:
    """The last person named before a sentence (not by a pronoun)."""
    persons = [
        s for s in actors.spans if s.actor.kind == "person" and s.how != "coref" and s.end <= start
    ]
    return max(persons, key=lambda s: s.start).actor if persons else None


def _governs_sentence(verb: Token, speech_acts: frozenset[str] = frozenset()) -> bool:
    """A reporting verb of the main clause, not of a subordinate one.

    A trailing "..., saying" speaks for the whole sentence only when the main
    verb is itself said ("refused the offer, saying ..."); "began an
    operation against X, saying ..." is the writer's account of a deed.
    """
    current = verb
    for _ in range(32):
        if current.dep_ == "advcl" and current.tag_ == "VBG" and current.head.dep_ == "ROOT":
            # "The government refused the offer, saying ...": the refuser speaks
            return current.head.lemma_.lower() in speech_acts
        if current.i == verb.i and _infinitive_of_main_verb(current):
            return True  # "It went on to accuse Egypt ...": the main clause's saying
        if current.dep_ in SUBORDINATE:
            return False
        if current.dep_ == "parataxis" and _after_colon(current):
            return False  # "JNIM is the larger: the monitors estimate that ..."
        if current.head.i == current.i:
            return True
        current = current.head
    return True


def _infinitive_of_main_verb(verb: Token) -> bool:
    """ "It went on to accuse Egypt", "continued to insist": a saying in the infinitive
    hung on the sentence's main verb, which is said by that verb's subject."""
    return (
        verb.dep_ in ("xcomp", "advcl")
        and verb.head.dep_ == "ROOT"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _trailing_subject(verb: Token) -> Token | None:
    """The speaker of a trailing ", a senior officer of the police said" the parser misread.

    The small parser often hangs the noun phrase between the comma and a
    closing reporting verb on the clause before it (as an apposition) and
    leaves the verb without a subject; that phrase is who speaks, and the
    clause before it is what they say.
    """
    if verb.dep_ not in TRAILING_DEPS or verb.tag_ not in ("VBD", "VBZ"):
        return None
    doc = verb.doc
    comma = verb.i - 1
    while comma > verb.sent.start and doc[comma].text != "," and verb.i - comma <= MAX_SPEAKER:
        comma -= 1
    if doc[comma].text != "," or comma + 1 >= verb.i:
        return None
    root = doc[comma + 1 : verb.i].root
    if root.pos_ not in ("NOUN", "PROPN") or root.dep_ not in ("appos", "npadvmod", "conj"):
        return None
    return root


def _closing_report(verb: Token) -> bool:
    """A sentence closed by ", the Acre Observer reported": it reports all before it.

    The parser may hang such a verb on the nearest noun as a relative
    clause; but a clause set off by a comma with its own subject and no
    relative word, ending the sentence with nothing said after it, can only
    be the reporting of what comes before.
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or len(subjects) != 1:
        return False
    doc = verb.doc
    start = subjects[0].left_edge.i
    if start <= verb.sent.start or doc[start - 1].text != ",":
        return False
    if any(t.tag_ in RELATIVE_TAGS or t.lower_ == "that" for t in doc[start : verb.i]):
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "conj") for c in verb.children):
        return False
    after = [t for t in doc[verb.i + 1 : verb.sent.end] if not t.is_punct]
    return all(verb.i < t.i <= verb.right_edge.i for t in after)


def _before_colon(clause: Token) -> bool:
    """A clause the parser hung on a reporting verb after a colon that follows it."""
    end = clause.right_edge.i
    return (
        clause.dep_ == "ccomp"
        and end < clause.head.i
        and end + 1 < len(clause.doc)
        and clause.doc[end + 1].text in (":", ";")
    )


def _after_colon(clause: Token) -> bool:
    """Whether a clause follows a colon or semicolon: a statement of its own."""
    start = clause.left_edge.i
    return start > 0 and clause.doc[start - 1].text in (":", ";")


def quoted_chars(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks (curly or straight)."""
    ranges: list[tuple[int, int]] = []
    opened: int | None = None
    for i, char in enumerate(text):
        if char in OPEN_QUOTES or (char == '"' and opened is None):
            opened = i
        elif (char in CLOSE_QUOTES or char == '"') and opened is not None:
            ranges.append((opened, i + 1))
            opened = None
        elif char == "\n" and opened is not None and text[i + 1 : i + 2] == "\n":
            ranges.append((opened, i))
            opened = None
    if opened is not None:
        ranges.append((opened, len(text)))
    return ranges


def _inside(char: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether a character offset lies within a quotation."""
    return any(start < char < end for start, end in ranges)


def dateline_outlet(body: str) -> str | None:
    """The outlet a wire dateline names ("KABUL, May 2 (Global Wire) - ")."""
    match = WIRE_DATELINE.match(body.lstrip())
    return match.group("outlet") if match else None


# Common nouns for a newspaper named before: "the paper added".
PRESS_NOUNS = frozenset({"paper", "newspaper"})


def _bare_definite(head: Token) -> bool:
    """ "the spokesman" with nothing else that says whose."""
    det = with_the(head)
    other = any(c.dep_ in ("poss", "prep", "compound", "amod", "appos") for c in head.children)
    return det and not other


def _the_same(head: Token) -> bool:
    """ "the same officials": those named before, whatever else the phrase says."""
    return with_the(head) and any(c.dep_ == "amod" and c.lower_ == "same" for c in head.children)


def _named_before_noun(head: Token) -> bool:
    """ "the spokesman", "the same newspaper": a noun for one named before."""
    return _bare_definite(head) or _the_same(head)


def _outlet_short_name(head: Token, outlet: Source) -> bool:
    """ "the Clarion" for the Kwara Clarion: the last word of the outlet's own name."""
    words = outlet.name.split()
    return (
        outlet.kind == "outlet"
        and len(words) > 1
        and head.pos_ == "PROPN"
        and head.text == words[-1]
        and _bare_definite(head)
    )


def _placing_without_figure(verb: Token, lexicon: Lexicon) -> bool:
    """Whether ``verb`` reports nothing: "put"/"peg" without an "at" figure, or
    a phrasal verb ("call on").

    "Monitors put the group at 4,000" reports an estimate; "the group can put
    3,000 men on the streets" reports nothing.
    """
    if _phrasal(verb, lexicon):
        return True  # "can call on 3,000 fighters", "called for talks": not a report
    if verb.lemma_.lower() not in lexicon.placing_verbs:
        return False
    return not any(
        t.dep_ == "prep" and t.lower_ == "at" and find_quantities(_subtree_text(t))
        for t in verb.subtree
    )  # "at 4,000", "at several dozen", not "at any one time"


def _subtree_text(token: Token) -> str:
    """The words a token heads, as written."""
    doc = token.doc
    return doc[token.left_edge.i : token.right_edge.i + 1].text


def _revises_figure(verb: Token, lexicon: Lexicon) -> bool:
    """Whether ``verb`` sets or hands over an estimate: "raised its estimate ... to
    7,000", "offered a far larger figure".

    Who revises or gives a figure reports it, as who puts it at a number does.
    """
    if verb.lemma_.lower() not in lexicon.revision_verbs | lexicon.offering_verbs:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.figure_nouns for c in verb.children)


def _phrasal(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a particle right after the verb makes it another verb ("call on")."""
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is None or after.lower_ not in lexicon.phrasal_particles or after.head.i != verb.i:
        return False
    return after.dep_ == "prt" or verb.lemma_.lower() in lexicon.naming_verbs


class Attributor:
    """Reads sources; built once with the gazetteer and lexicon."""

    def __init__(
        self, gazetteer: GazetteerLike, lexicon: Lexicon, armies: Mapping[str, Actor]
    ) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.armies = armies  # each state's army, as the actor resolver found them
        self.marker_starts = frozenset(m[0] for m in lexicon.source_markers)
        self.speech_acts = lexicon.reporting_verbs | lexicon.refusing_verbs | lexicon.denial_verbs
        # What a speaker does when a sentence only voices or judges: not conduct.
        self.voicing = self.speech_acts | lexicon.accusing_verbs | lexicon.describing_verbs
        # Roles that speak for their own side even to a report ("Somali officials told
        # the Panel"), unlike the officers and combatants a report relays.
        self.own_voices = lexicon.role_nouns - lexicon.officer_nouns

    def attribute(
        self,
        segments: list[Segment],
        actors: DocActors,
        document: Document,
        default: Source | None = None,
        voices: Mapping[int, Source] | None = None,
        writers: Mapping[int, Source] | None = None,
        organs: Mapping[str, Actor] | None = None,
    ) -> Attribution:
        """The sources of every sentence of a document.

        ``default`` is who speaks when no one is named: the outlet, or for a
        report with no outlet the report's issuer; ``voices`` are who speaks each
        paragraph a transcript's turn or a signed letter gives to someone;
        ``writers`` who writes each paragraph of a thread's post or a channel's
        forwarded message, the default there, as the outlet is in a story; ``organs``
        the bodies the text names as another's organs, with the owners who speak for
        them (:func:`organ_owners`, read here when the caller has not).
        """
        outlet = document.outlet or dateline_outlet(document.body) or "unknown outlet"
        state = _State(default or Source(outlet, "outlet"))
        if organs is None:
            organs = organ_owners(actors, self.lexicon, self.armies)
        state.organs = dict(organs)
        if default is not None and default.kind == "document":
            state.last_document = default
        quotes = quoted_chars(document.body)
        state.quotes = quotes
        voices = voices or {}
        writers = writers or {}
        explicit: list[_Explicit] = []
        documents: list[Source | None] = []  # the last document named up to each sentence
        paragraph = -1
        for seg in segments:
            if seg.paragraph != paragraph and state.default.kind == "document":
                # a report citing another body's report does so for one paragraph;
                # "this assessment" later on is the report's own again
                paragraph, state.last_document = seg.paragraph, state.default
            state.voice = voices.get(seg.paragraph) or writers.get(seg.paragraph)
            state.writer = writers.get(seg.paragraph)
            explicit.append(self._explicit(seg, actors, quotes, state))
            documents.append(state.last_document)
        speakers = _quote_speakers(segments, [e.source for e in explicit], quotes)
        out = Attribution(writer=state.default)
        paragraph = -1
        for seg, named, speaker, latest in zip(
            segments, explicit, speakers, documents, strict=True
        ):
            if seg.paragraph != paragraph:
                paragraph, state.in_force = seg.paragraph, None
            carried = state.in_force
            quoted = _inside(seg.span.root.idx, quotes)
            if carried is not None and not quoted and self._acts_itself(seg, actors, carried):
                carried = None  # "Israeli officials said ... Israeli drones have killed ..."
            writer = writers.get(seg.paragraph)
            outer = speaker or voices.get(seg.paragraph) or carried or writer or state.default
            source = named.source or outer
            if named.source is not None:
                state.in_force = named.source
            voice = voices.get(seg.paragraph) or writer
            out.sentences.append(
                SentenceSources(source, outer, latest, named.verbs, named.subjects, voice)
            )
        return out

    def _acts_itself(self, seg: Segment, actors: DocActors, source: Source) -> bool:
        """Whether a sentence's main subject is the actor a carried source names, doing
        something other than speaking or judging (outside quotation marks).

        What a state or group is said to do in a sentence of its own, after it
        spoke in the sentence before, is the writer's statement of its conduct,
        not more of what it said; "Moscow regards the Taliban as a partner" is
        still Moscow's view.
        """
        root = seg.span.root
        # "Kayka has promised in public that ...", "It also promised that ...": a promise
        # made in a sentence of its own is told by the writer, as any conduct is
        promising = root.lemma_.lower() in self.lexicon.committing_verbs
        if source.kind in ("document", "outlet") or (source.kind == "person" and not promising):
            return False
        if root.lemma_.lower() in self.voicing and not promising:
            return False
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(
            span.actor.name == source.name
            for subject in subjects
            for span in actors.among(range(subject.left_edge.i, subject.right_edge.i + 1))
            if span.how != "coref" or promising
        )

    def _explicit(
        self, seg: Segment, actors: DocActors, quotes: list[tuple[int, int]], state: _State
    ) -> _Explicit:
        """The sources the sentence itself names."""
        self._remember_issued(seg, actors, state)
        self._remember_role_subject(seg, actors, quotes, state)
        named = _Explicit(source=self._marker_source(seg.span, actors, state))
        verbs = [
            t
            for t in seg.span
            if (
                t.lemma_.lower() in self.lexicon.reporting_verbs
                or _revises_figure(t, self.lexicon)
                or self._third_party_view(t, actors)
                or self._document_names(t)
            )
            and (t.pos_ in ("VERB", "AUX") or _verb_read_as_noun(t))
            and not _inside(t.idx, quotes)
            and not _placing_without_figure(t, self.lexicon)
            and not _counts_its_own(t, actors)
            and not _compared_with(t)
            and not _finds_shelter(t, self.lexicon)
        ]
        for noun in seg.span:
            owner = self._estimate_owner(noun, actors)
            if owner is not None and noun.head.i not in named.verbs:
                # "which the United Nations estimates has 2,000 fighters", read with
                # "estimates" as the noun subject of "has": the UN's estimate.
                source = self._phrase_source(owner, actors, state, None)
                if source is not None:
                    named.verbs[noun.head.i] = source
            owner = self._range_owner(noun, actors)
            if owner is not None:
                # "above the UN's range of 7,000 to 12,000": the figures are the UN's.
                source = self._phrase_source(owner, actors, state, None)
                if source is not None:
                    named.verbs[noun.i] = source
        if named.source is None and _our_own_figure(seg.span.root, self.lexicon):
            named.source = _we(state)  # "Our own estimate ... is 2,000 to 3,000 fighters"
        for verb in sorted(verbs, key=_depth):
            state.reporting = named.source
            source = self._verb_source(verb, actors, state, named)
            if source is None:
                continue
            named.verbs[verb.i] = source
            if named.source is None and (
                (_governs_sentence(verb, self.speech_acts) and not self._second_act(verb, quotes))
                or _trailing_subject(verb) is not None
                or _closing_report(verb)
            ):
                named.source = source
        return named

    def _remember_role_subject(
        self, seg: Segment, actors: DocActors, quotes: list[tuple[int, int]], state: _State
    ) -> None:
        """An unnamed role introduced as a clause's subject ("An Indian Army brigadier in
        north Kashmir put the number lower still."): a later "he told us" is him."""
        for token in seg.span:
            if (
                token.dep_ == "nsubj"
                and token.tag_ == "NN"
                and token.lemma_.lower() in self.lexicon.role_nouns
                and actors.at(token.i) is None
                and not _inside(token.idx, quotes)
                and any(c.dep_ in ("compound", "amod", "poss") for c in token.children)
            ):
                source = self._resolve_phrase(token, actors, state, None)
                if source is not None and source.kind != "person":
                    state.role_speaker = (token.i, source)

    def _remember_issued(self, seg: Segment, actors: DocActors, state: _State) -> None:
        """Note who issues a document in this sentence ("X issued a statement")."""
        for noun in seg.span:
            lemma = noun.lemma_.lower()
            if lemma not in self.lexicon.document_nouns:
                continue
            publisher = self._publisher(noun, actors)
            if publisher is not None:
                state.issued[lemma] = self._actor(publisher, noun, state, noun.head)
            if publisher is not None and noun.dep_ == "nsubjpass":
                # "A study ... was published by X. It put ...": the study is in force
                state.last_document = actor_source(publisher, "document")

    def _third_party_view(self, verb: Token, actors: DocActors) -> bool:
        """ "Turkey regards the YPG as the PKK's Syrian branch": a state's view of two others.

        A state or body that regards one actor as tied to another (named as
        owner in the "as" phrase) is the source of that tie; a group that
        regards another as its enemy only states its own stance.
        """
        if verb.lemma_.lower() not in self.lexicon.view_verbs or verb.pos_ != "VERB":
            return False
        subject, passive = find_subject(verb)
        speaker = actors.at(subject.i) if subject is not None and not passive else None
        if speaker is None or speaker.actor.kind not in ("state", "organization"):
            return False
        tied = [
            t
            for prep in verb.children
            if prep.lower_ == "as"
            for t in prep.subtree
            if (t.dep_ == "poss" or (t.dep_ == "pobj" and t.head.lower_ == "of"))
            and actors.at(t.i) is not None
        ]
        return any(actors.at(t.i) is not speaker for t in tied)

    def _document_names(self, verb: Token) -> bool:
        """ "US State Department reports have named Iran as the main source of money for
        Hamas": a document that names or describes one actor as another's states it."""
        if verb.lemma_.lower() not in self.lexicon.describing_verbs or verb.pos_ != "VERB":
            return False
        subject, passive = find_subject(verb)
        return (
            subject is not None
            and not passive
            and subject.lemma_.lower() in self.lexicon.document_nouns
        )

    def _estimate_owner(self, noun: Token, actors: DocActors) -> Token | None:
        """The named owner of an estimate noun that is a clause subject."""
        if noun.dep_ != "nsubj" or noun.lemma_.lower() not in self.lexicon.count_nouns:
            return None
        owners = [
            c
            for c in noun.children
            if c.dep_ in ("compound", "poss") and actors.at(c.i) is not None
        ]
        return owners[-1] if owners else None

    def _range_owner(self, noun: Token, actors: DocActors) -> Token | None:
        """The named owner of an estimate noun that holds its figures: "the UN's range of"."""
        if (
            noun.dep_ in ("nsubj", "nsubjpass")
            or noun.lemma_.lower() not in self.lexicon.count_nouns
        ):
            return None
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return None
        owners = [c for c in noun.children if c.dep_ == "poss" and actors.at(c.i) is not None]
        return owners[-1] if owners else None

    def _second_act(self, verb: Token, quotes: list[tuple[int, int]]) -> bool:
        """ "The group is led by X and says it fights for Y": the saying is the
        second of two acts; the first is the writer's statement, not what was said
        (unless it is quoted: '"We never armed them," the mission said')."""
        first = verb.head
        return (
            verb.dep_ == "conj"
            and first.i < verb.i
            and first.lemma_.lower() not in self.lexicon.reporting_verbs
            and not _inside(first.idx, quotes)
        )

    def _verb_source(
        self, verb: Token, actors: DocActors, state: _State, named: _Explicit
    ) -> Source | None:
        """The source of one reporting verb: its subject, or its head verb's."""
        # "Two of them, New Delhi said that morning, were camps": of two subjects the
        # parser gave the verb, the speaker is the one nearest before it
        subjects = sorted(
            (c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: abs(verb.i - c.i)
        )
        subjects = subjects or _reduced_relative_subject(verb)
        trailing = (
            _trailing_subject(verb) if not subjects else self._misread_speaker(verb, subjects[0])
        )
        if trailing is not None:
            subjects = [trailing]
        if subjects and subjects[0].tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
            # "Mali's government, which has denied ...": the noun the clause describes.
            subjects = [_described(verb, subjects[0], actors)]
        holder = None
        if verb.dep_ in ("conj", "xcomp") and not _passive(verb):
            holder = verb
        elif verb.dep_ == "advcl" and verb.tag_ == "VBG":
            holder = verb.head  # "The government refused the offer, saying ...": the refuser
        elif _infinitive_of_main_verb(verb):
            holder = verb.head  # "It went on to accuse Egypt": who went on
        if not subjects and holder is not None:
            shared, passive = find_subject(holder)
            if shared is not None and not passive:
                subjects = [shared]
        if subjects:
            subject = subjects[0]
            left, right = subject.left_edge.i, subject.right_edge.i
            if left <= verb.i <= right:
                right = subject.i  # a relative clause inside its own subject
            named.subjects.append((left, right))
            return self._phrase_source(subject, actors, state, verb)
        if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i in named.verbs:
            return named.verbs[verb.head.i]
        if verb.dep_ == "acl" and any(c.dep_ == "ccomp" for c in verb.children):
            # "The Team, which reports to the Council, estimated that ...":
            # a misread main verb whose subject is the noun it hangs on.
            head = verb.head
            root = verb.sent.root
            if root.pos_ in ("NOUN", "PROPN") and verb.doc[verb.i - 1].text == ",":
                # "The UN Panel of Experts on Libya, which monitors the arms embargo,
                # estimated that ...": the sentence's noun, not the clause's last.
                head = root
            named.subjects.append((head.left_edge.i, verb.i - 1))
            return self._phrase_source(head, actors, state, verb)
        return None

    def _misread_speaker(self, verb: Token, subject: Token) -> Token | None:
        """ "..., most of them in Derry and Belfast, a senior detective from the PSNI told
        reporters": the parser took a noun of the statement for the verb's subject and
        hung the speaker, a role noun just before the verb, on a name in it."""
        root = _trailing_subject(verb)
        if root is None or subject.i > root.i:
            return None
        speakers = self.lexicon.role_nouns | self.lexicon.person_nouns
        return root if root.lemma_.lower() in speakers else None

    def _marker_source(self, span: Span, actors: DocActors, state: _State) -> Source | None:
        """A source introduced by a marker phrase ("according to X", "by X's count")."""
        firsts = self.marker_starts
        for token in span:
            lower = token.lower_
            if (
                lower not in firsts
                and lower not in self.lexicon.count_nouns
                and token.lemma_.lower() not in self.lexicon.count_nouns
            ):
                continue
            if (
                token.lemma_.lower() in self.lexicon.count_nouns
                and token.dep_ == "pobj"
                and token.head.lower_ in ("by", "in")
            ):
                # "by the UN's count", "in her estimate" when "her" is someone named
                owners = [
                    c
                    for c in token.children
                    if c.dep_ == "poss" and (c.pos_ != "PRON" or _person_pronoun(c, actors))
                ]
                if owners:
                    return self._phrase_source(owners[0], actors, state, None)
            for marker in self.lexicon.source_markers:
                words = span.doc[token.i : token.i + len(marker)]
                if len(words) == len(marker) and tuple(w.lower_ for w in words) == marker:
                    target = _marker_object(words)
                    if target is not None:
                        return self._phrase_source(target, actors, state, None)
        return None

    def _phrase_source(
        self, head: Token, actors: DocActors, state: _State, verb: Token | None
    ) -> Source | None:
        """The source a noun phrase names; updates what the state remembers."""
        role = head.lemma_.lower() if head.lemma_.lower() in self.lexicon.role_nouns else None
        unnamed = actors.at(head.i) is None and _named_before_noun(head)
        if role is not None and role in state.roles and unnamed:
            # "The spokesman said", "according to the same intelligence officials"
            return state.roles[role]
        source = self._resolve_phrase(head, actors, state, verb)
        remembered = source or _medium_only(state.reporting)
        if role is not None and remembered is not None:
            # "An official put ..., the wire said. ..., the official said": the wire's man
            state.roles[role] = remembered
        if source is not None and source.kind == "document" and source.name != state.default.name:
            state.last_document = source  # the outlet's own unnamed "report" is no document
        if source is not None and source.kind == "person":
            state.last_person = source
            state.last_person_at = head.i
        elif source is not None and role and head.tag_ == "NN" and actors.at(head.i) is None:
            state.role_speaker = (head.i, source)
        return source

    def _resolve_phrase(
        self, head: Token, actors: DocActors, state: _State, verb: Token | None
    ) -> Source | None:
        """Person, organisation, document or the source in force."""
        span = actors.at(head.i)
        lemma = head.lemma_.lower()
        given = self._given_name(head)
        if given is not None:
            return self._person_named(given, actors, state)  # "a fighter who gave his name as X"
        titled = self._titled_name(head) if span is None else None
        if titled is not None:  # "Dr Naveed Rind of Kingsbridge University told me"
            return self._person_named(titled, actors, state)
        unknown = span is None or span.actor.origin == "learned"
        if unknown and _outlet_short_name(head, state.default):
            return state.default  # "seen by the Clarion" in the Kwara Clarion's own story
        if (
            unknown
            and head.pos_ == "PROPN"
            and (head.lower_ in self.lexicon.press_words or self._reporter(head, verb, actors))
        ):
            # "the Acre Observer reported": a paper, whatever place its name holds
            state.last_outlet = Source(_outlet_text(head), "outlet")
            return state.last_outlet
        staff_of = self._paper_of_staff(head, actors, state)
        if staff_of is not None:
            return staff_of  # "the paper's Kirkuk correspondent writes": the paper
        named_for_place = _named_for_place(head, actors) or self._staff_of_place_body(head, actors)
        if named_for_place is not None:
            return named_for_place  # "the Mindanao Strategic Studies Centre counts ..."
        if self._press_noun(head) and head.pos_ == "NOUN" and _named_before_noun(head):
            # "The paper reports" in a press review's item on it, "The paper said" (or
            # "the same newspaper put") after "the Guanabara Tribune reported"
            paper = _paper_in_force(state)
            if paper is not None:
                return paper
        # "The Group estimated" in the Group of Experts' own report, but not "the Panel of
        # Experts on Yemen" cited in another body's report
        other_body = span is not None and span.actor.name != state.default.name
        if (
            _the_report_body(head, self.lexicon)
            and state.default.kind == "document"
            and not other_body
        ):
            return state.default
        if state.default.kind == "document" and self._informant(head, verb, actors):
            return state.default  # "Former M23 combatants told the Group": the report's
        teller = self._teller(head, verb, actors) if head.pos_ == "PRON" else None
        if teller is not None:  # "Pakistan said it believed ...": Pakistan, whatever "it" took
            return self._actor(teller, head, state, verb)
        if span is not None and span.how == "coref" and head.pos_ == "PRON":
            if verb is not None and any(owned_up_to(t, self.lexicon) == verb for t in verb.subtree):
                return self._actor(span.actor, head, state, verb)  # "it has claimed attacks on"
            if span.actor.kind == "person" and _spoken_about(span.actor, head, actors):
                # '"Kony might send out 40 men," he said': not Kony, the speaker before
                spoken = _role_spoken_since(None, head, actors, state) or state.last_person
                before = _person_before(head.sent.start, actors)
                if spoken is None and before is not None:
                    return self._person(before, head, state)
                return spoken or self._person(span.actor, head, state)
            if span.actor.kind == "person":
                spoken = _role_spoken_since(span.actor, head, actors, state)
                return spoken or self._person(span.actor, head, state)
            nothing_in_force = state.in_force is None and state.last_document is None
            if nothing_in_force and head.lower_ == "it" and span.actor.kind == "organization":
                # "Human Rights Watch goes further. It said ...": no report is in force
                return self._actor(span.actor, head, state, verb)
            return state.in_force or state.last_document
        collective = self.lexicon.collective_nouns
        owners = [
            o
            for c in head.children
            if c.dep_ == "poss" and (o := actors.at(c.i)) is not None and o is not span
        ]
        if (
            span is not None
            and span.actor.origin == "learned"
            and span.how != "acronym"  # "the Department of State Services (DSS)": named
            and (lemma in collective or lemma.removesuffix("s") in collective)
        ):
            if owners and owners[0].actor.kind == "state":
                # "Niger's defence ministry said": the state speaks.
                return self._actor(owners[0].actor, head, state, verb)
            if not owners:
                return state.in_force or state.last_document
        if span is not None and owners and self._armys_unit(span, owners[0]):
            # "the army's 6th Infantry Division puts ...": a unit speaks for its army
            return self._actor(owners[0].actor, head, state, verb)
        if span is not None and owners and self._titled_document(span.actor):
            # "the Drug Enforcement Administration's latest National Drug Threat
            # Assessment": a document is named by its issuer
            return actor_source(owners[0].actor, "document")
        if span is not None:
            return self._actor(span.actor, head, state, verb)
        for child in (*head.children, *_appended_to_post(head, actors)):
            named = actors.at(child.i)
            if (
                child.dep_ in ("appos", "compound")
                and named is not None
                and named.actor.kind == "person"
                and not lists_members(child, self.lexicon)  # "among them X": one of several
            ):
                return self._person(named.actor, head, state)
            if (
                child.dep_ == "appos"
                and named is None
                and head.lemma_.lower() in self.lexicon.role_nouns
            ):
                untagged = self._untagged_name(child)
                if untagged is not None:  # "the FARDC spokesperson, Lieutenant Serge Aseza"
                    return self._person_named(untagged, actors, state)
        if _named_by_who(head):
            return Source(_phrase_text(head), "person")  # the tagger missed a person's name
        if head.pos_ == "PRON":
            unnamed = unnamed_person_before(head, self.lexicon.human_nouns)
            if unnamed is not None:  # "A man who gave his name as Makiadi ... He put"
                return self._phrase_source(unnamed, actors, state, None)
            if head.lower_ in ("he", "she"):
                return _role_spoken_since(None, head, actors, state) or state.last_person
            if head.lower_ in FIRST_PERSON:
                return _we(state)  # "we believe" outside quotes
            if head.lower_ in ("i", "me"):
                if _inside(head.idx, state.quotes):
                    return None  # '"I think they have 40 men," he said': the quote's speaker
                return state.voice or state.default  # the turn's guest, or the columnist
            return state.in_force or state.last_document
        if any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in head.children):
            return _we(state)  # "our own estimate is that ..."
        if state.voice is not None and any(
            c.dep_ == "poss" and c.lower_ == "your" for c in head.children
        ):
            return state.default  # a letter's "your correspondent put ...": the paper's
        issuer = self._refine(head, self._issuer(head, actors), actors)
        earlier = named_earlier(head, actors)
        if issuer is not None and earlier is not None and _body_named_for(earlier, issuer):
            issuer = earlier  # "the UN experts" after "the UN Group of Experts on the DRC"
        if issuer is None and self._anonymous(head):
            voice = lemma in self.lexicon.anonymous_voices
            if voice and state.default.kind != "document":
                # "Western military analysts put ... far lower": in a news story the
                # writer's unnamed sources, not the report cited before
                return state.default
            return state.in_force  # "most Western estimates put ...": nobody's document
        if lemma in self.lexicon.document_nouns:
            if issuer is not None:
                return actor_source(issuer, "document")
            if lemma in state.issued and _bare_definite(head):
                return state.issued[lemma]  # "The statement said", after "X issued a statement"
            if state.last_document is None and owners and owners[0].actor.kind != "place":
                # "The Nzadi network sees it otherwise. Its report estimates ...": with no
                # report in force yet, "its" is the body just named.
                return actor_source(_reporting_owner(owners[0], head, actors), "document")
            return state.last_document or Source(state.default.name, "document")
        if issuer is not None:
            return self._actor(issuer, head, state, verb)
        if earlier is not None:
            return self._actor(earlier, head, state, verb)
        spoken_for = self._spoken_for(head, actors)
        if spoken_for is not None:
            return self._actor(spoken_for, head, state, verb)
        if lemma in self.lexicon.witness_nouns and head.tag_ == "NNS":
            return Source(_witness_text(head), "person")  # "residents said"
        if lemma in self.lexicon.anonymous_voices or self._anonymous(head):
            # "according to Western diplomats": no document's voice; unnamed analysts
            # quoted beside a named party speak through the writer, not that party.
            return _medium_only(state.in_force) or state.default
        named_next = self._named_next(head, actors)
        if named_next is not None:
            return self._actor(named_next, head, state, verb)
        if lemma in self.lexicon.collective_nouns:
            return state.in_force or state.last_document
        return None

    def _named_next(self, head: Token, actors: DocActors) -> Actor | None:
        """The body a wire's lead leaves unnamed, named as the next sentence's speaker.

        "..., a Kenyan rights group said in a report. The Tumaini Rights
        Observatory, a Nairobi-based monitor, said ...": the group is the Observatory.
        """
        if not with_a(head) or head.lemma_.lower() not in self.lexicon.body_nouns:
            return None
        doc = head.doc
        if head.sent.end >= len(doc):
            return None
        for token in doc[head.sent.end].sent:
            span = actors.at(token.i)
            if (
                token.dep_ == "nsubj"
                and token.head.lemma_.lower() in self.lexicon.reporting_verbs
                and span is not None
                and span.actor.kind == "organization"
            ):
                return span.actor
        return None

    def _informant(self, head: Token, verb: Token | None, actors: DocActors) -> bool:
        """An unnamed informant of a report: "Member States reported", "former M23
        combatants told the Group", "two FARDC officers interviewed by the Group".

        The report relays what its informants said; a named body ("the Government of
        Chad informed the Panel") still speaks for itself.
        """
        if actors.at(head.i) is not None or head.pos_ == "PRON":
            return False
        if head.lemma_.lower() in self.own_voices:
            return False  # "Somali officials told the Panel": the state's own officials
        named = [c.lower_ for c in head.children if c.dep_ == "compound"] + [head.lower_]
        if " ".join(named) in self.lexicon.informant_phrases:
            return True  # "Member States reported"
        addressed = [
            g
            for c in (verb.children if verb is not None else ())
            if c.dep_ in ("dobj", "dative", "prep")
            for g in (c, *(p for p in c.children if p.dep_ == "pobj"))
        ]
        interviewed = [
            g
            for acl in head.children
            if acl.dep_ == "acl"
            for by in acl.children
            if by.dep_ == "agent"
            for g in by.children
        ]
        return any(_the_report_body(g, self.lexicon) for g in addressed + interviewed)

    def _given_name(self, head: Token) -> Span | None:
        """The name an unnamed speaker gives in a relative clause: "a Lions' Den fighter
        who gave his name as Abu Adam", "a commander who goes by the name Abhay"."""
        for clause in head.children:
            if (
                clause.dep_ != "relcl"
                or clause.lemma_.lower() not in self.lexicon.self_naming_verbs
            ):
                continue
            doc = head.doc
            # "who gave his name as Makiadi and described himself as one of ...": the
            # marker of the naming verb, not of a verb conjoined to it
            joined = {t.i for c in clause.children if c.dep_ == "conj" for t in c.subtree}
            markers = [
                t
                for t in clause.subtree
                if t.lower_ in self.lexicon.self_naming_markers
                and t.i > clause.i
                and t.i not in joined
            ]
            start = markers[-1].i + 1 if markers else len(doc)
            if start < len(doc) and doc[start].text == ",":
                start += 1  # "who gave only his first name, Makiadi"
            if start < len(doc) and doc[start].pos_ != "PROPN":
                # "who introduced himself as the sect's spokesman, Njoroge wa Kamau"
                start = next(
                    (t.i + 1 for t in doc[start].sent if t.i >= start and _comma_before_name(t)),
                    start,
                )
            end = start
            while end < len(doc) and (
                doc[end].pos_ == "PROPN"
                or (end > start and doc[end].lower_ in self.lexicon.name_joiners)
            ):
                end += 1  # the parser may hang the name outside the clause
            while end > start and doc[end - 1].pos_ != "PROPN":
                end -= 1
            if end > start:
                return doc[start:end]
        return None

    def _teller(self, pronoun: Token, verb: Token | None, actors: DocActors) -> Actor | None:
        """Who "it" is when it judges inside what a named body says: "Pakistan said it
        believed the TTP had 5,000 fighters", "the Government informed the Team that it
        did not share the estimates, assessing that ...": the body speaking of itself."""
        if pronoun.lower_ not in ("it", "they") or verb is None:
            return None  # "The Taliban said they did not believe ..." too
        outer = verb.head
        for _ in range(4):
            if outer.head.i == outer.i and outer.lemma_.lower() not in self.lexicon.reporting_verbs:
                return None
            if outer.lemma_.lower() in self.lexicon.reporting_verbs and outer.pos_ == "VERB":
                subject, passive = find_subject(outer)
                if subject is None or passive:
                    return None
                # "The Government of Nigeria informed ...": the state its government is
                found = actors.at(subject.i)
                if found is None and pronoun.lower_ == "it":
                    found = next(iter(actors_below(subject, actors)), None)
                kinds = ("state", "organization", "armed_group")
                if found is None or subject.pos_ == "PRON" or found.actor.kind not in kinds:
                    return None
                return found.actor
            outer = outer.head
        return None

    def _staff_of_place_body(self, head: Token, actors: DocActors) -> Source | None:
        """ "Analysts at the Islamabad Policy Institute": the body they work at, whose
        name holds a place."""
        if head.lemma_.lower() not in self.lexicon.posted_nouns | self.lexicon.staff_nouns:
            return None
        bodies = (
            _named_for_place(body, actors)
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ == "at"
            for body in prep.children
            if body.dep_ == "pobj"
        )
        return next((b for b in bodies if b is not None), None)

    def _untagged_name(self, token: Token) -> Span | None:
        """A person's name the tagger missed, in apposition to a role: title-case words
        of two or more, ranks left out ("Lieutenant Serge Aseza" is Serge Aseza)."""
        words = [t for t in token.subtree if t.i <= token.i]
        if token.pos_ != "PROPN" or token.ent_type_ not in ("", "PERSON") or not words:
            return None
        if any(not t.is_title or (t is not token and t.dep_ != "compound") for t in words):
            return None
        start = words[0].i
        while start < token.i and token.doc[start].lower_.rstrip(".") in self.lexicon.honorifics:
            start += 1
        return token.doc[start : token.i + 1] if token.i - start >= 1 else None

    def _titled_name(self, head: Token) -> Span | None:
        """A name the tagger missed that a form of address opens ("Dr Naveed Rind"):
        a person's, whatever the tagger made of it."""
        name = self._untagged_name(head)
        if name is None or name.start == 0:
            return None
        before = head.doc[name.start - 1]
        addressed = before.lower_.rstrip(".") in self.lexicon.honorifics
        return name if addressed and before.head.i == head.i else None

    def _person_named(self, name: Span, actors: DocActors, state: _State) -> Source:
        """A person source for a name, the gazetteer's or learned actor's where known."""
        span = actors.at(name.start)
        if span is not None and span.actor.kind == "person":
            return self._person(span.actor, name.root, state)
        source = Source(name.text, "person")
        state.last_person, state.last_person_at = source, name.start
        return source

    def _spoken_for(self, head: Token, actors: DocActors) -> Actor | None:
        """The body an unowned spokesman speaks for: the subject of the clause before.

        "The AA denies playing favourites; a spokesman said ...", "Pakistan 'does not
        fund X,' a spokesman said": the last body that is a subject earlier in the
        sentence. A spokesman "for" someone or with a name is read elsewhere.
        """
        if head.lemma_.lower() not in self.lexicon.spokesman_nouns:
            return None
        if any(c.dep_ in ("poss", "prep", "appos", "compound", "amod") for c in head.children):
            return None  # "its spokesman", "a spokesman for X", "a government spokesman"
        bodies = ("armed_group", "organization", "state")
        for token in reversed(head.sent[: head.i - head.sent.start]):
            span = actors.at(token.i)
            if token.dep_ in ("nsubj", "nsubjpass") and span is not None:
                return span.actor if span.actor.kind in bodies else None
        return None

    def _paper_of_staff(self, head: Token, actors: DocActors, state: _State) -> Source | None:
        """The paper a correspondent or editor writes for, named as the owner:
        "the paper's Kirkuk correspondent" (the paper in force), "The Kabul Times's
        Kandahar correspondent" (that paper)."""
        if head.lemma_.lower() not in self.lexicon.press_staff:
            return None
        for owner in (c for c in head.children if c.dep_ == "poss"):
            if owner.pos_ == "NOUN" and self._press_noun(owner):
                return _paper_in_force(state) or state.default
            if owner.pos_ == "PROPN" and actors.at(owner.i) is None:
                state.last_outlet = Source(_outlet_text(owner), "outlet")
                return state.last_outlet
        return None

    def _press_noun(self, token: Token) -> bool:
        """A common noun for a newspaper: "paper", "daily", "weekly"."""
        lemma = token.lemma_.lower()
        return lemma in PRESS_NOUNS or lemma in self.lexicon.press_words

    def _reporter(self, head: Token, verb: Token | None, actors: DocActors) -> bool:
        """ "..., Darfur Crossroads reported": a name the gazetteer lacks that reports the
        news is a paper or a site; "Member States reported" and a name holding a known
        actor ("the U.N. Panel of Experts") are not."""
        lemma = head.lemma_.lower()
        collective = self.lexicon.collective_nouns
        return (
            verb is not None
            and verb.lemma_.lower() == "report"
            and head.dep_ == "nsubj"
            and lemma.removesuffix("s") not in collective
            and lemma not in collective | self.lexicon.document_nouns
            and not any(
                (s := actors.at(t.i)) is not None and s.actor.kind != "place" for t in head.subtree
            )
        )

    def _refine(self, head: Token, issuer: Actor | None, actors: DocActors) -> Actor | None:
        """A body of the issuer named by its role ("UN sanctions monitors"), or
        the UN experts on the country the story is about ("a panel of United
        Nations experts" in a story about Sudan)."""
        if issuer is None:
            return None
        words = {t.lemma_.lower() for t in head.subtree} | {head.lemma_.lower()}
        for body in self.lexicon.source_bodies:
            if body.issuer == issuer.id and words & body.words:
                return self.gazetteer.get(body.source) or issuer
        if issuer.id in UN_ISSUERS and words & self.lexicon.expert_words:
            return self._experts(actors) or issuer
        return issuer

    def _experts(self, actors: DocActors) -> Actor | None:
        """The UN experts on the country the document names most."""
        named = Counter(
            country
            for span in actors.spans
            if span.how != "coref" and span.actor.kind in ("state", "place")
            if (country := self.gazetteer.country_of(span.actor.id)) is not None
        )
        for country, _count in named.most_common():
            experts = self.gazetteer.experts_on(country)
            if experts is not None:
                return experts
        return None

    def _issuer(self, head: Token, actors: DocActors) -> Actor | None:
        """An organisation named inside a phrase ("a report from the UN")."""
        whole = _phrase_text(head)
        known = self.gazetteer.lookup(whole) if whole else None
        if known is not None:
            return known
        document = head.lemma_.lower() in self.lexicon.document_nouns
        body = head.lemma_.lower() in self.lexicon.body_nouns
        for child in head.children:
            if document and child.dep_ == "poss" and child.pos_ == "PRON":
                continue  # "its latest assessment": the report in force, not a guessed "it"
            if body and child.dep_ == "amod":
                continue  # "a Kenyan rights group": where it works, not who it speaks for
            at_body = child.lower_ == "at" and head.lemma_.lower() in self.lexicon.posted_nouns
            if child.lower_ == "at" and head.lemma_.lower() in self.lexicon.staff_nouns:
                # "researchers at the Kivu Conflict Monitor", not "at a Beirut think tank"
                at_body = any(s.actor.kind != "place" for s in actors_below(child, actors))
            if child.dep_ in ("compound", "poss", "amod", "nmod") or (
                # "a senior officer at the Directorate of Criminal Investigations"
                child.dep_ == "prep" and (child.lower_ in self.lexicon.owner_preps or at_body)
            ):
                found = actors_below(child, actors, skip=NOT_ISSUER)
                if found:
                    return (
                        self._national(found[0], head)
                        or self._officers_army(found[0], head)
                        or found[0].actor
                    )
        posted = self._posted_in(head, actors)
        if posted is not None:
            return posted
        publisher = self._publisher(head, actors)
        if publisher is not None:
            return publisher
        for child in head.children:
            by_phrases = [g for g in child.children if g.dep_ == BY_PHRASE]
            if child.lemma_.lower() in self.lexicon.reading_verbs:
                continue  # "a police report seen by the Clarion": its reader, not its author
            if child.dep_ == "acl" and by_phrases:
                found = actors_below(by_phrases[0], actors, skip=NOT_ISSUER)
                if found:
                    return found[0].actor
        return None

    def _posted_in(self, head: Token, actors: DocActors) -> Actor | None:
        """The state an unnamed official speaks for when only their post is named.

        "A senior intelligence official in Dhaka" is Bangladesh, "officers in
        Uvira" the Congolese army; "Western" or "foreign" ones stay anonymous.
        """
        lemma = head.lemma_.lower()
        if lemma not in self.lexicon.posted_nouns or self._anonymous(head):
            return None
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ != "in":
                continue
            found = actors_below(child, actors, skip=NOT_ISSUER)
            country = self.gazetteer.country_of(found[0].actor.id) if found else None
            state = self.gazetteer.get(country) if country is not None else None
            if state is not None:
                if lemma in self.lexicon.officer_nouns:
                    return self.armies.get(state.id) or state
                return state
        return None

    def _titled_document(self, actor: Actor) -> bool:
        """A name the resolver learned that is a document's title ("National Drug
        Threat Assessment", "World Drug Report")."""
        words = actor.name.lower().split()
        return (
            actor.origin == "learned" and bool(words) and words[-1] in self.lexicon.document_nouns
        )

    def _anonymous(self, head: Token) -> bool:
        """ "Most Western estimates", "independent analysts": voices nobody names."""
        return any(
            c.dep_ in ("amod", "det", "compound") and c.lower_ in self.lexicon.anonymous_modifiers
            for c in head.children
        )

    def _publisher(self, head: Token, actors: DocActors) -> Actor | None:
        """Who published the document ``head`` names: "X published a report saying", "the
        study was published by X", or did something "in a statement" ("X recommitted
        itself to the deal in a statement")."""
        verb = head.head
        within = head.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ == "VERB"
        published = verb.lemma_.lower() in self.lexicon.publishing_verbs
        if head.dep_ == "nsubjpass" and published:
            agents = [g for g in verb.children if g.dep_ == BY_PHRASE]
            found = actors_below(agents[0], actors, skip=NOT_ISSUER) if agents else []
            return found[0].actor if found and found[0].actor.kind != "place" else None
        if within:
            verb = verb.head
        elif head.dep_ != "dobj" or not published:
            return None
        subject, passive = find_subject(verb)
        if subject is None or passive:
            return None
        span = actors.at(subject.i)
        if span is None:
            # "Somalia's defence ministry issued a statement": the state's own office
            owners = [actors.at(c.i) for c in subject.children if c.dep_ == "poss"]
            span = next((o for o in owners if o is not None and o.actor.kind == "state"), None)
        return span.actor if span is not None and span.actor.kind != "place" else None

    def _national(self, span: ActorSpan, head: Token) -> Actor | None:
        """The state behind "Israeli military estimates", "Nigerian military intelligence officials".

        A state's forces named by a nationality adjective, as a modifier of
        officials, estimates or assessments, speak for the state (the corpus
        annotates "Indian officials" and "Israeli military estimates" alike);
        "the army said" keeps the army.
        """
        if span.actor.kind != "organization":
            return None
        lemma = head.lemma_.lower()
        if lemma == "intelligence" or lemma in self.lexicon.officer_nouns:
            return None  # "Colombian army intelligence", "military intelligence officers"
        nouns = (
            self.lexicon.collective_nouns | self.lexicon.count_nouns | self.lexicon.document_nouns
        )
        if lemma not in nouns and lemma.removesuffix("s") not in nouns:
            return None
        first = head.doc[span.start].lower_
        place = self.lexicon.demonyms.get(first)
        state = self.gazetteer.get(place) if place is not None else None
        return state if state is not None and state.kind == "state" else None

    def _armys_unit(self, span: ActorSpan, owner: ActorSpan) -> bool:
        """Whether a body the text names is a unit of the army that owns it."""
        learned = span.actor.origin == "learned" and span.actor.kind == "organization"
        return learned and owner.actor in self.armies.values()

    def _officers_army(self, span: ActorSpan, head: Token) -> Actor | None:
        """The army behind "Malian officers", "Congolese officers", "Sudanese military
        sources": officers speak for their army, where the gazetteer lists one ("Malian
        officials" still speak for the state); police officers for the state's police."""
        if span.actor.kind != "state" or span.how != "demonym":
            return None
        lemma = head.lemma_.lower()
        military = any(c.lower_ in ("military", "army") for c in head.children)
        if lemma not in self.lexicon.officer_nouns and not (military and lemma == "source"):
            return None
        if any(c.lower_ == "police" for c in head.children):
            # "Bangladeshi police officers": the state's police, or the state, not its army
            demonym = head.doc[span.start : span.end].text
            return police_named(self.gazetteer, (demonym, span.actor.name)) or span.actor
        return self.armies.get(span.actor.id)

    def _actor(self, actor: Actor, head: Token, state: _State, verb: Token | None) -> Source:
        """The source for a named actor, as a document when it "said in a report"."""
        actor = state.organs.get(actor.id, actor)
        if actor.kind == "person":
            return self._person(actor, head, state)
        if verb is not None and _in_document(verb, self.lexicon):
            return actor_source(actor, "document")
        words = set(actor.name.lower().split())
        if actor.kind == "organization" and words & self.lexicon.document_body_words:
            # A monitoring team or a department speaks through its reports.
            return actor_source(actor, "document")
        return actor_source(actor)

    def _person(self, actor: Actor, head: Token, state: _State) -> Source:
        """A person source with the organisation an apposition ties them to."""
        affiliation = state.affiliations.get(actor.id)
        for child in head.children:
            if child.dep_ == "appos" and affiliation is None:
                affiliation = self._affiliation(child)
        if affiliation is not None:
            state.affiliations[actor.id] = affiliation
        return Source(actor.name, "person", affiliation)

    def _affiliation(self, role: Token) -> str | None:
        """The organisation in a role phrase ("researcher at ISW", "a Pakistani official").

        What stands before a researcher's or analyst's title is what he studies or where
        he sits ("Afghanistan researcher at ISW", "a Kabul-based analyst"), not whom he
        works for; a place is never an employer.
        """
        studies = role.lemma_.lower() in self.lexicon.staff_nouns
        for token in role.subtree:
            if token.ent_type_ in ("ORG", "GPE", "NORP") or token.is_title:
                if studies and token.i < role.i:
                    continue
                actor = self.gazetteer.lookup(_entity_text(token))
                if actor is not None and actor.kind not in ("person", "place"):
                    return actor.name
        return None


def _reporting_owner(owner: ActorSpan, noun: Token, actors: DocActors) -> Actor:
    """Whose report "its" names: "the Monitoring Team put ISKP's strength at ...; its more
    recent reports speak of ..." are the Team's, the body named before in the sentence,
    not the group a guessed "its" took."""
    if owner.how != "coref" or owner.actor.kind != "armed_group":
        return owner.actor
    bodies = [
        s
        for s in actors.among(range(noun.sent.start, owner.start))
        if s.actor.kind == "organization" and s.how != "coref"
    ]
    return bodies[-1].actor if bodies else owner.actor


def _comma_before_name(token: Token) -> bool:
    """A comma that a capitalised name follows: ", Njoroge wa Kamau"."""
    doc = token.doc
    return token.text == "," and token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"


def _medium_only(source: Source | None) -> Source | None:
    """``source`` when it is a document or a paper, whose unnamed informants it reports."""
    return source if source is not None and source.kind in ("document", "outlet") else None


def _counts_its_own(verb: Token, actors: DocActors) -> bool:
    """ "ISIS-K counts 4,000 fighters" (it has them), "counting on Damascus", "counted
    X among its members": "count" reports a figure only as someone else's tally
    ("the Sham Monitor counted roughly 3,000 fighters")."""
    if verb.lemma_.lower() != "count":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("on", "as", "among") for c in verb.children):
        return True
    subject, _passive = find_subject(verb)
    if subject is None:
        return False
    # "CODECO factions together counted 2,500 combatants": the name may modify the head
    named = [subject, *(c for c in subject.children if c.dep_ == "compound")]
    return any(
        (span := actors.at(t.i)) is not None and span.actor.kind == "armed_group" for t in named
    )


def _finds_shelter(verb: Token, lexicon: Lexicon) -> bool:
    """ "Al-Qaeda found a safe haven under the Taliban": finding a place to hide
    reports nothing."""
    return any(
        c.dep_ == "dobj" and c.lemma_.lower() in lexicon.shelter_nouns for c in verb.children
    )


def _compared_with(verb: Token) -> bool:
    """ "More than the military admits, fewer than the party claims": a claim the figure is
    measured against, not the figure's source."""
    if verb.dep_ == "pobj" and verb.head.lower_ in ("than", "as"):
        return True
    return any(c.dep_ == "mark" and c.lower_ in ("than", "as") for c in verb.children) and (
        verb.dep_ == "advcl" and verb.head.lower_ in ("more", "fewer", "less", "higher", "lower")
    )


def _our_own_figure(root: Token, lexicon: Lexicon) -> bool:
    """Whether a sentence states the writer's own figure or view: "Our own estimate is
    ...", "Our own judgement lies in between: JAD probably has 40 to 60 members"."""
    views = lexicon.judgement_nouns
    clauses = [root, *(c for c in root.children if c.dep_ in ("ccomp", "parataxis"))]
    return any(
        c.dep_ == "nsubj"
        and (
            (c.lemma_.lower() in lexicon.figure_nouns and clause.lemma_ == "be")
            or c.lemma_.lower() in views
        )
        and any(g.dep_ == "poss" and g.lower_ in FIRST_PERSON for g in c.children)
        for clause in clauses
        for c in clause.children
    )


def _named_by_who(head: Token) -> bool:
    """ "Marta Kovalenko, who follows the units, told the paper": a name whose
    relative clause opens with "who" is a person's."""
    return (
        head.pos_ == "PROPN"
        and head.i > 0
        and head.doc[head.i - 1].pos_ == "PROPN"
        and any(
            c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children)
            for c in head.children
        )
    )


def _we(state: _State) -> Source:
    """Who "we" and "our" outside quotes are: a post's writer, a turn's speaker, else
    the publisher itself."""
    return state.writer or state.voice or state.default


def _paper_in_force(state: _State) -> Source | None:
    """The paper "the paper" means: the one whose item of a press review is being read,
    else the last paper named as a source."""
    if state.writer is not None and state.writer.kind == "outlet":
        return state.writer
    return state.last_outlet


def _described(verb: Token, relative: Token, actors: DocActors) -> Token:
    """The noun a relative clause describes: the one it hangs from, or for "who" the
    person that noun belongs to ("Julián Erazo at the Centro de Estudios in Pasto,
    who told ...": the parser hangs the clause from the town)."""
    head = verb.head
    if relative.lower_ != "who":
        return head
    for noun in (head, *head.ancestors):
        named = actors.at(noun.i)
        if (named is not None and named.actor.kind == "person") or noun.ent_type_ == "PERSON":
            return noun
        if noun.dep_ not in ("pobj", "prep"):
            break
    return head


def _reduced_relative_subject(verb: Token) -> list[Token]:
    """ "The Panel of Experts on Yemen established pursuant to resolution 2140 has
    reported": the parser made the participle a clausal subject with the speaker as its
    own subject."""
    return [
        s
        for c in verb.children
        if c.dep_ == "csubj" and c.tag_ in ("VBN", "VBD")
        for s in c.children
        if s.dep_ == "nsubj"
    ]


def _verb_read_as_noun(token: Token) -> bool:
    """ "Indian officials we spoke to estimate that ...": the tagger read the verb
    as a noun, but a noun has no subject and no clause of its own."""
    deps = {c.dep_ for c in token.children}
    return token.pos_ == "NOUN" and "nsubj" in deps and "ccomp" in deps


def _in_marker_phrase(anchor: Token) -> bool:
    """Whether a word sits in the noun phrase an "according to" introduces."""
    for token in anchor.ancestors:
        if token.dep_ == "pobj" and token.head.lower_ == "to":
            marker = token.head.head if token.head.i > 0 else None
            if marker is not None and marker.lower_ == "according":
                return True
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


def _marker_object(words: Span) -> Token | None:
    """The noun a marker phrase introduces: the object of its last word."""
    last = words[-1]
    for child in last.children:
        if child.dep_ in ("pobj", "dobj"):
            return child
    following = words.doc[words.end] if words.end < len(words.doc) else None
    return following if following is not None and following.pos_ in ("NOUN", "PROPN") else None


def _passive(verb: Token) -> bool:
    """Whether a verb is passive itself: "the group ... is believed to retain"
    names who is believed about, not who believes."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def _body_named_for(body: Actor, issuer: Actor) -> bool:
    """Whether a body's name carries its issuer's: "UN Group of Experts" and the UN."""
    words = body.name.split()
    return body.id != issuer.id and any(
        name in words or name in body.name for name in (issuer.name, *issuer.aliases) if name
    )


def _in_document(verb: Token, lexicon: Lexicon) -> bool:
    """A verb like "said in a report" presents a document."""
    return any(
        child.dep_ == "prep"
        and child.lower_ in ("in", "through")
        and any(g.lemma_.lower() in lexicon.document_nouns for g in child.children)
        for child in verb.children
    )


def _appended_to_post(head: Token, actors: DocActors) -> list[Token]:
    """A name in apposition that the parse hung on the place of a post: "the FARDC
    spokesperson in Ituri, Lieutenant Serge Aseza, said" names the spokesperson."""
    return [
        appos
        for prep in head.children
        if prep.dep_ == "prep"
        for place in prep.children
        if place.dep_ == "pobj"
        and (span := actors.at(place.i)) is not None
        and span.actor.kind in ("place", "state")
        for appos in place.children
        if appos.dep_ == "appos"
    ]


def _person_pronoun(token: Token, actors: DocActors) -> bool:
    """Whether a pronoun stands for a person the text named ("her" for the expert)."""
    span = actors.at(token.i)
    return span is not None and span.how == "coref" and span.actor.kind == "person"


def _named_for_place(head: Token, actors: DocActors) -> Source | None:
    """A body whose name holds a place, "the Mindanao Strategic Studies Centre" or "the
    Société civile de Mambasa": the body, named as written, not the place.

    The name opens with a capital, has a place among its words, and ends in the
    place itself or in a capitalised word the gazetteer does not know.
    """
    if head.pos_ != "PROPN":
        return None
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ != "det"]
    if len(words) < 2 or words[-1] != head or any(t.is_punct for t in words):
        return None
    spans = [actors.at(t.i) for t in words]
    places = [s for s in spans if s is not None and s.actor.kind == "place" and s.how != "coref"]
    others = [s for s in spans if s is not None and s not in places]
    if not places or others or (spans[-1] is not None and spans[-1] is not places[-1]):
        return None
    bare = [t for t, s in zip(words, spans, strict=True) if s is None]
    # "Société civile de": a name in French keeps its small words small
    if not bare or not words[0].is_title or not all(t.is_alpha for t in bare):
        return None
    return Source(head.doc[words[0].i : head.i + 1].text, "organization")


def _phrase_text(head: Token) -> str:
    """The words of a noun phrase before its head and the head itself."""
    return head.doc[_phrase_start(head) : head.i + 1].text


def _outlet_text(head: Token) -> str:
    """A paper's name without the words that describe it: "Tigris Telegraph" in "the
    Baghdad daily Tigris Telegraph", but "al-Monitor" whole."""
    doc = head.doc
    start = _phrase_start(head)
    for i in range(head.i - 1, start - 1, -1):
        word, after = doc[i], doc[i + 1]
        if word.is_lower and word.is_alpha and after.text != "-":
            return doc[i + 1 : head.i + 1].text
    return doc[start : head.i + 1].text


def _witness_text(head: Token) -> str:
    """ "Residents", "fishermen in Baga Sola": the people and where they are."""
    end = head.i
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from", "near", "around"):
            end = prep.right_edge.i
            break
    return head.doc[_phrase_start(head) : end + 1].text


def _phrase_start(head: Token) -> int:
    """Where a noun phrase's modifiers before its head begin."""
    left = [t for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")]
    return min([t.left_edge.i for t in left] + [head.i])


def _entity_text(token: Token) -> str:
    """The full entity around ``token``, or the token itself."""
    if token.ent_type_:
        for ent in token.doc.ents:
            if ent.start <= token.i < ent.end:
                return ent.text
    return token.text


def _quote_speakers(
    segments: list[Segment], explicit: list[Source | None], quotes: list[tuple[int, int]]
) -> list[Source | None]:
    """For sentences inside a multi-sentence quotation, the quote's speaker."""
    out: list[Source | None] = [None] * len(segments)
    for start, end in quotes:
        members = [
            i
            for i, seg in enumerate(segments)
            if seg.span.start_char < end and seg.span.end_char > start
        ]
        if len(members) < 2:
            continue
        speaker = next((explicit[i] for i in members if explicit[i] is not None), None)
        for i in members:
            out[i] = speaker
    return out
