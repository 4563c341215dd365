"""The extraction engine: a clean Document in, actors, mentions and claims out.

The steps each live in their own module and work on one parsed ``Doc``:
``segments`` (sentences, paragraphs), ``actors`` (gazetteer and entities),
``coref`` ("the group", "it"), ``attribution`` (who asserts each sentence),
``triggers`` (lexicon matches) and the readers ``relations``, ``presence``,
``strength``, ``pledges`` and ``denials``. This module runs them in order
and turns drafts into :class:`~claimgraph.model.Claim` records. Matchers are
compiled once per :class:`Extractor`; documents are parsed once, in batches.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import Literal

from spacy.tokens import Doc

from claimgraph.ingest.lines import (
    ANSWERER_REASON,
    SIGNATURE_REASON,
    WITNESS_REASON,
    is_section_path,
    section_labels,
)
from claimgraph.model import (
    Actor,
    Claim,
    Document,
    Evidence,
    Extraction,
    Mention,
    Source,
)
from claimgraph.nlp.actors import ActorResolver, DocActors, GazetteerLike
from claimgraph.nlp.attribution import Attribution, Attributor, actor_source, organ_owners
from claimgraph.nlp.coalitions import read_memberships
from claimgraph.nlp.coref import resolve_coreference, story_country
from claimgraph.nlp.denials import (
    EARLIER_SENTENCES,
    read_denials,
    rejects_description,
    summarised_tokens,
)
from claimgraph.nlp.drafts import Draft
from claimgraph.nlp.gazetteer import load_gazetteer
from claimgraph.nlp.learned_relations import (
    RelationModel,
    load_relation_model,
    read_learned_relations,
    relation_cues,
)
from claimgraph.nlp.letters import letter_writers
from claimgraph.nlp.lexicon import Lexicon, load_lexicon
from claimgraph.nlp.located import read_located
from claimgraph.nlp.pairs import PairModel, load_pair_model, read_learned_presence
from claimgraph.nlp.parties import (
    as_owners,
    not_fought_by_helpers,
    sides_taken,
    without_go_betweens,
)
from claimgraph.nlp.pipeline import load_pipeline, parse_by_paragraph
from claimgraph.nlp.pledges import (
    read_pledges,
    remember_agreements,
    spokesmen,
    state_officials,
)
from claimgraph.nlp.posts import post_writers
from claimgraph.nlp.presence import (
    read_attacks_carried_out,
    read_battlegrounds,
    read_existential,
    read_fallen_places,
    read_groups_of_places,
    read_held_areas,
    read_hosted_forces,
    read_noun_read_verbs,
    read_owned_attacks,
    read_presence,
    read_repeated_attacks,
    read_where_clauses,
)
from claimgraph.nlp.relations import (
    ROLE_PREDICATES,
    read_allied_conjuncts,
    read_founded_by_veterans,
    read_group_owned_groups,
    read_grown_under,
    read_helped_by,
    read_let_through,
    read_named_operations,
    read_noun_read_relations,
    read_owned_groups,
    read_relations,
)
from claimgraph.nlp.segments import Segment, is_heading, is_question, segment
from claimgraph.nlp.strength import read_strength
from claimgraph.nlp.syntax import is_hedged, is_negated
from claimgraph.nlp.transcripts import spoken_paragraphs, turns, unlabelled
from claimgraph.nlp.transfers import read_transfers
from claimgraph.nlp.triggers import TriggerFinder, TriggerMatch
from claimgraph.nlp.when import resolve_when

OPENING_TOKENS = 600
# The tokens and lines of a report's heading, where its issuer and its kind are named.
HEADING_TOKENS = 40
HEADING_LINES = 12
MAX_BODY_NAME_WORDS = 7


@dataclass(frozen=True)
class RuleReading:
    """What the rules read from one document, before the learned readers add to it."""

    actors: DocActors
    attribution: Attribution
    sentences: list[tuple[Segment, list[Draft]]]


class Extractor:
    """Reads claims from documents; build once, reuse for every document."""

    def __init__(
        self,
        model: str | None = None,
        *,
        gazetteer: GazetteerLike | None = None,
        lexicon: Lexicon | None = None,
        presence_model: PairModel | Literal["packaged"] | None = "packaged",
        relation_model: RelationModel | Literal["packaged"] | None = "packaged",
    ) -> None:
        """``presence_model`` scores the group-and-place pairs no rule read (see
        :mod:`claimgraph.nlp.pairs`), ``relation_model`` the pairs of actors no rule
        related (:mod:`claimgraph.nlp.learned_relations`); ``None`` leaves that kind of
        claim to the rules alone."""
        self.nlp = load_pipeline(model)
        self.gazetteer: GazetteerLike = gazetteer if gazetteer is not None else load_gazetteer()
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.resolver = ActorResolver(self.nlp, self.gazetteer, self.lexicon)
        self.triggers = TriggerFinder(self.nlp, self.lexicon)
        self.attributor = Attributor(self.gazetteer, self.lexicon, self.resolver.armies)
        self.presence_model = load_pair_model() if presence_model == "packaged" else presence_model
        self.relation_model = (
            load_relation_model() if relation_model == "packaged" else relation_model
        )
        self.relation_cues = relation_cues(self.lexicon)

    def extract(self, document: Document) -> Extraction:
        """Everything the NLP stage reads from one document."""
        return self.read(document, self.parse(document))

    def extract_many(
        self, documents: Iterable[Document], *, batch_size: int = 16
    ) -> Iterator[Extraction]:
        """Extractions for many documents, parsed ``batch_size`` documents at a time."""
        for batch, docs in self.parse_many(documents, batch_size=batch_size):
            for document, doc in zip(batch, docs, strict=True):
                yield self.read(document, doc)

    def parse(self, document: Document) -> Doc:
        """The parsed body of ``document``, a paragraph at a time (see
        :func:`~claimgraph.nlp.pipeline.parse_by_paragraph`)."""
        return next(parse_by_paragraph(self.nlp, [unlabelled(document.body)]))

    def parse_many(
        self, documents: Iterable[Document], *, batch_size: int = 16
    ) -> Iterator[tuple[list[Document], list[Doc]]]:
        """Batches of documents with their parsed bodies, the paragraphs of a batch
        going through ``nlp.pipe`` together."""
        stream = iter(documents)
        while batch := list(islice(stream, batch_size)):
            texts = [unlabelled(document.body) for document in batch]
            yield batch, list(parse_by_paragraph(self.nlp, texts))

    def read(self, document: Document, doc: Doc) -> Extraction:
        """Extraction from an already parsed body of ``document``."""
        reading = self.rule_reading(document, doc)
        sentences, actors = reading.sentences, reading.actors
        read = (
            read_learned_presence(sentences, actors, self.presence_model)
            if self.presence_model is not None
            else [drafts for _, drafts in sentences]
        )
        if self.relation_model is not None:
            added = read_learned_relations(
                sentences, actors, self.relation_model, self.lexicon, self.relation_cues
            )
            read = [drafts + more for drafts, more in zip(read, added, strict=True)]
        claims: list[Claim] = []
        memory: dict[str, Actor] = {}
        for (seg, _), drafts in zip(sentences, read, strict=True):
            drafts = remember_agreements(seg, drafts, actors, self.lexicon, memory)
            if drafts:
                when = resolve_when(seg.span.text, document.published)
                claims += self._claims(document, seg, drafts, reading.attribution, when)
        return _extraction(document, actors, claims)

    def rule_reading(self, document: Document, doc: Doc) -> RuleReading:
        """Actors, voices and the rules' drafts of every sentence of ``document``: all
        but the learned readers, which train on this and then add to it."""
        segments = segment(doc)
        actors = self.resolver.resolve(doc)
        # a hearing names its witnesses in full in the rubric the cleaner dropped
        labelled = turns(document.body, "\n".join(d.line for d in document.dropped))
        voices = spoken_paragraphs(labelled, segments) or letter_writers(
            segments, actors, self.lexicon
        )
        writers = post_writers(document.posts, segments, self.gazetteer)
        resolve_coreference(
            segments,
            actors,
            self.lexicon,
            self.resolver.metonyms,
            self.gazetteer,
            self.resolver.armies,
            {**writers, **voices},
        )
        country = story_country(actors, self.gazetteer)
        for person, state in state_officials(actors, self.lexicon, country).items():
            actors.heads.setdefault(person, state)
        default = _answerer(document) or self._report_issuer(document, actors)
        organs = organ_owners(actors, self.lexicon, self.resolver.armies)
        attribution = self.attributor.attribute(
            segments, actors, document, default, voices, writers, organs
        )
        sentences = self.sentence_drafts(doc, segments, actors, organs)
        return RuleReading(actors, attribution, sentences)

    def sentence_drafts(
        self,
        doc: Doc,
        segments: list[Segment],
        actors: DocActors,
        organs: dict[str, Actor],
    ) -> list[tuple[Segment, list[Draft]]]:
        """What the rules read from each sentence that is neither heading nor question."""
        speakers = {**actors.heads, **spokesmen(actors, self.lexicon)}
        found = [m for m in self.triggers.find(doc) if _free(m, actors)]
        out: list[tuple[Segment, list[Draft]]] = []
        estimate: tuple[int, Draft] | None = None  # the last strength read, and where
        for seg, matches in _by_segment(segments, found):
            if is_heading(seg) or is_question(seg):
                continue
            recent = estimate[1] if estimate and seg.index - estimate[0] <= 2 else None
            drafts = as_owners(self._drafts(seg, matches, actors, speakers, recent), organs)
            strengths = [d for d in drafts if d.type == "strength"]
            estimate = (seg.index, strengths[-1]) if strengths else estimate
            out.append((seg, drafts))
        return out

    def _drafts(
        self,
        seg: Segment,
        matches: list[TriggerMatch],
        actors: DocActors,
        speakers: dict[str, Actor],
        estimate: Draft | None = None,
    ) -> list[Draft]:
        """Every reader's drafts for one sentence; ``speakers`` maps each named spokesman
        to his body; ``estimate`` is the last one before it."""
        lexicon = self.lexicon
        drafts = read_strength(seg, actors, lexicon, estimate)
        drafts += read_existential(seg, actors, lexicon) + read_where_clauses(seg, actors, lexicon)
        drafts += read_noun_read_verbs(seg, actors, lexicon)
        misread = read_noun_read_relations(seg, actors, lexicon)
        misread_anchors = {m.anchor for m in misread}
        drafts += misread
        drafts += read_repeated_attacks(seg, actors, lexicon) + read_hosted_forces(
            seg, actors, lexicon
        )
        drafts += read_attacks_carried_out(seg, actors, lexicon) + read_held_areas(
            seg, actors, lexicon
        )
        drafts += read_owned_attacks(seg, actors, lexicon)
        drafts += read_fallen_places(seg, actors, lexicon) + read_groups_of_places(
            seg, actors, lexicon
        )
        drafts += read_located(seg, actors, lexicon) + read_transfers(seg, actors, lexicon)
        memberships = read_memberships(seg, actors, lexicon)
        drafts += memberships + read_owned_groups(seg, actors, lexicon)
        drafts += read_group_owned_groups(seg, actors)
        drafts += read_allied_conjuncts(seg, actors, lexicon) + read_let_through(
            seg, actors, lexicon
        )
        drafts += read_named_operations(seg, actors, lexicon) + read_grown_under(
            seg, actors, lexicon
        )
        drafts += read_founded_by_veterans(seg, actors, lexicon) + read_helped_by(
            seg, actors, lexicon
        )
        if matches:
            relations = _not_members(read_relations(matches, actors, lexicon), memberships)
            # "The Taliban shelter al-Qaeda": the verb read as a noun is read once, as a verb
            relations = [r for r in relations if r.anchor not in misread_anchors]
            drafts += relations + read_battlegrounds(relations, actors, lexicon)
            drafts += read_presence(matches, actors, lexicon)
            drafts += read_denials(matches, actors, lexicon)
        # A truce needs no trigger word: "declared a ceasefire" is a pledge.
        pledges = read_pledges(seg, matches, actors, lexicon)
        drafts = self._ties_to_parents(self._states_abroad(drafts), seg.span.doc)
        drafts += self._parents_in_names(seg, actors, drafts)
        fights = _vowed_fights(drafts, pledges, actors.doc, lexicon)
        pledges = [p for p in pledges if p.anchor not in fights]
        # A person who heads no party speaks for none: "Shekau promised fishermen ..."
        bodies = [
            b for b in self._bodies_pledge(pledges, drafts, speakers) if b.subject.kind != "person"
        ]
        drafts = _outside_promises(drafts, pledges, actors.doc) + bodies
        drafts = sides_taken(not_fought_by_helpers(drafts, seg, actors, lexicon), seg, actors)
        return without_go_betweens(drafts, seg, actors, lexicon)

    def _bodies_pledge(
        self, pledges: list[Draft], drafts: list[Draft], speakers: dict[str, Actor]
    ) -> list[Draft]:
        """A leader's promise binds the government or body the leader heads, and a
        promise made to a leader is made to that body; a commander's announcement, in the
        sentence that names his group ("one of its commanders, X, announced a
        ceasefire"), binds the group."""
        roles = {
            d.subject.id: d.object
            for d in drafts
            if d.type == "relation"
            and d.predicate in ROLE_PREDICATES
            and d.object is not None
            and d.subject.kind == "person"  # a group's membership of a coalition is no role
        }
        out = []
        for draft in pledges:
            body = (
                roles.get(draft.subject.id)
                or speakers.get(draft.subject.id)
                or self._body_of_leader(draft.subject)
            )
            person = draft.subject if draft.subject.kind == "person" else None
            out.append(
                replace(
                    draft,
                    subject=body,
                    object=self._promisee(draft.object, roles, speakers) if draft.object else None,
                    speaker=person if body.id != draft.subject.id else None,
                )
            )
        return out

    def _promisee(self, actor: Actor, roles: dict[str, Actor], speakers: dict[str, Actor]) -> Actor:
        """Whom a promise made to a person is made to: the body he heads or speaks for
        ("agreed a ceasefire with the defence minister, X" binds his state)."""
        if actor.kind != "person":
            return actor
        return roles.get(actor.id) or speakers.get(actor.id) or self._body_of_leader(actor)

    def _body_of_leader(self, actor: Actor) -> Actor:
        """The body or armed group a person heads, when the data say so ("Minni Minawi
        said his fighters would ..." binds his faction); anyone else as they are."""
        if actor.kind != "person":
            return actor
        body = self.gazetteer.body_led_by(actor.id) or self.gazetteer.group_led_by(actor.id)
        return body if body is not None else actor

    def _states_abroad(self, drafts: list[Draft]) -> list[Draft]:
        """A state's presence and troop count only where the sentence places it abroad.

        "2,500 American troops remain in Iraq" places the United States there;
        a state's army at home is no presence (see the corpus annotation
        choices), and a place the gazetteer cannot locate may be at home.
        """

        home = self.resolver.army_states

        def abroad(draft: Draft) -> bool:
            place = draft.object
            state = home.get(draft.subject.id, draft.subject.id)
            if place is None or place.id == state:
                return False
            country = self.gazetteer.country_of(place.id)
            return country is not None and country != state

        def kept_abroad_only(actor: Actor) -> bool:
            return actor.kind == "state" or actor.id in home  # a state, or its army

        def unplaced(draft: Draft) -> bool:
            """An organisation other than an army or a mission has no presence."""
            subject = draft.subject
            return (
                draft.type == "presence"
                and subject.kind == "organization"
                and subject.id not in home
                and not self._mission(subject)
            )

        drafts = [d for d in drafts if not unplaced(d)]

        kept = {
            d for d in drafts if d.type == "presence" and kept_abroad_only(d.subject) and abroad(d)
        }
        placed = {d.subject.id for d in kept}
        return [
            d
            for d in drafts
            if not kept_abroad_only(d.subject)
            or d in kept
            or (d.type == "strength" and d.subject.id in placed)
            or d.type not in ("presence", "strength")
        ]

    def _ties_to_parents(self, drafts: list[Draft], doc: Doc) -> list[Draft]:
        """A tie of no stated kind between a branch and its listed parent is the
        branch's affiliation: "JNIM, the al-Qaeda-linked group", "al-Shabaab keeps close
        ties with al-Qaeda"."""
        out = []
        for draft in drafts:
            other = draft.object
            word = doc[draft.anchor].lemma_.lower()
            if draft.predicate == "ally" and other is not None and word in self.lexicon.tie_words:
                if self._parent_of(draft.subject, other):
                    draft = replace(draft, predicate="affiliate")
                elif self._parent_of(other, draft.subject):
                    draft = replace(
                        draft, predicate="affiliate", subject=other, object=draft.subject
                    )
            out.append(draft)
        return out

    def _parents_in_names(
        self, seg: Segment, actors: DocActors, drafts: list[Draft]
    ) -> list[Draft]:
        """A branch named by its parent's possessive is the parent's affiliate: "ISKP,
        the Islamic State's Khorasan province", "the Islamic State's Central Africa
        Province (ISCAP)". Only the parent the gazetteer lists counts."""
        doc = seg.span.doc
        known = {(d.predicate, d.subject.id, d.object.id if d.object else None) for d in drafts}
        out = []
        for span in actors.among(range(seg.start, seg.end)):
            parent = self.gazetteer.parent_of(span.actor.id)
            marks = [t for t in doc[span.start : span.end] if t.tag_ == "POS"]
            if parent is None or not marks or ("affiliate", span.actor.id, parent.id) in known:
                continue
            owner = self.gazetteer.lookup(doc[span.start : marks[0].i].text)
            if owner is not None and owner.id == parent.id:
                out.append(Draft("relation", "affiliate", span.actor, span.start, parent))
                known.add(("affiliate", span.actor.id, parent.id))
        return out

    def _parent_of(self, branch: Actor, parent: Actor) -> bool:
        """Whether the gazetteer lists ``parent`` as the group ``branch`` is an affiliate of."""
        listed = self.gazetteer.parent_of(branch.id)
        return listed is not None and listed.id == parent.id

    def _mission(self, actor: Actor) -> bool:
        """A peace or security mission, by the words of its names."""
        names = " ".join((actor.name, *actor.aliases)).lower()
        return any(re.search(rf"\b{re.escape(w)}\b", names) for w in self.lexicon.mission_words)

    def _claims(
        self,
        document: Document,
        seg: Segment,
        drafts: list[Draft],
        attribution: Attribution,
        when: str | None,
    ) -> list[Claim]:
        """Claims for the drafts of one sentence, one per distinct fact."""
        doc = seg.span.doc
        evidence = Evidence(seg.span.text, seg.span.start_char, seg.span.end_char)
        out: dict[tuple[str, ...], Claim] = {}
        anchored: list[tuple[int, Claim]] = []
        for draft in drafts:
            spec = self.lexicon.relations.get(draft.predicate) if draft.type == "relation" else None
            kind = draft.object.kind if draft.object is not None else None
            if spec is not None and not spec.holds_between(draft.subject.kind, kind):
                continue  # "the June war between Israel and Iran": no armed actor's enmity
            anchor = doc[draft.anchor]
            negated = (
                draft.negated if draft.negated is not None else is_negated(anchor, self.lexicon)
            )
            polarity = "denied" if negated else "asserted"
            obj = draft.object
            if draft.object_from_document and obj is None:
                obj = self._document_actor(attribution.sentences[seg.index].document)
                if obj is None:
                    # "rejected the findings" of a body that spoke as itself, not in a report
                    earlier = self._earlier_speaker(attribution, seg.index, draft.subject, doc)
                    obj = earlier if earlier is not None and earlier.kind != "person" else None
            if draft.object_from_sentence and obj is None:
                obj = self._document_actor(attribution.sentences[seg.index].source)
            if draft.object_from_earlier and obj is None:
                obj = self._earlier_speaker(attribution, seg.index, draft.subject, doc)
            if draft.type == "denial" and obj is None:
                obj = self._claimant_before(attribution, seg.index, draft, doc)
            if draft.type == "denial" and obj is not None:
                obj = self._body_of(obj, attribution.sentences[seg.index].document)
                obj = None if obj.id == draft.subject.id else obj  # no one denies their own claims
            hedged = draft.hedged if draft.hedged is not None else is_hedged(anchor, self.lexicon)
            key: tuple[str, ...] = (
                draft.type,
                draft.predicate,
                draft.subject.id,
                obj.id if obj else "",
                polarity,
                repr(draft.value),
            )
            if key in out:
                continue
            source = attribution.source_for(anchor, seg.index)
            if draft.type == "denial" and source.name != draft.subject.name:
                # A denial is the denier's own word, whoever reports it.
                source = actor_source(draft.subject)
            if draft.speaker is not None and source == attribution.writer:
                # "Minawi said his fighters would stay out": his promise, in the writer's story
                source = actor_source(draft.speaker)
            out[key] = Claim(
                doc_id=document.id,
                type=draft.type,
                predicate=draft.predicate,
                subject=draft.subject,
                evidence=evidence,
                source=source,
                object=obj,
                value=draft.value,
                polarity=polarity,
                hedged=hedged,
                when=when,
                reader="rule" if draft.confidence is None else "learned",
                confidence=draft.confidence,
            )
            anchored.append((draft.anchor, out[key]))
        claims = list(out.values()) + self._disputed_copies(anchored, doc)
        return _one_denial_each(claims)

    def _disputed_copies(self, anchored: list[tuple[int, Claim]], doc: Doc) -> list[Claim]:
        """The ties and presences of a claim summed up as "a charge X denies",
        denied in X's own voice beside the claimant's assertion."""
        out: list[Claim] = []
        for at, denial in anchored:
            if denial.type != "denial":
                continue
            summed = summarised_tokens(doc[at], self.lexicon)
            described = rejects_description(doc[at], self.lexicon)
            kinds = ("relation",) if described else ("relation", "presence")
            out += [
                replace(
                    claim,
                    polarity="denied",
                    hedged=False,
                    source=actor_source(denial.subject),
                    id="",  # a new id: polarity is part of it
                )
                for i, claim in anchored
                if i in summed
                and claim.type in kinds
                and claim.predicate not in ROLE_PREDICATES  # a title given in passing
                and claim.polarity == "asserted"
            ]
        return out

    def _report_issuer(self, document: Document, actors: DocActors) -> Source | None:
        """For a report with no outlet, its issuer: the organisation it names most; for
        a page whose author is an organisation, that organisation.

        A UN report states its findings in its own voice; its sentences are
        the report's, not an unknown outlet's.
        """
        issuing = self.gazetteer.lookup(document.author) if document.author else None
        if issuing is not None and issuing.kind == "organization":
            return Source(issuing.name, "document")  # OCHA's update on a portal that reposts it
        if issuing is None and document.author and self._office(document.author):
            return Source(document.author, "document")  # a release a department's site posts
        section = self._section_body(document)
        if section is not None:
            return section
        title = document.title or ""
        words = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", title)}
        nouns = {n.rstrip("s") for n in self.lexicon.document_nouns}
        # "House of Commons / International Security Committee / Fourth Report of Session"
        heading = {t.lower_.rstrip("s") for t in actors.doc[:HEADING_TOKENS]}
        if document.outlet or (document.format != "pdf" and not (words | heading) & nouns):
            return None
        committee = self._heading_body(document)
        if committee is not None:
            return committee
        counts: Counter[str] = Counter()
        for span in self.resolver.gazetteer_spans(self.nlp.make_doc(title)):
            words = {w.lower() for w in span.actor.name.split()}
            if span.actor.kind == "organization" and words & self.lexicon.document_body_words:
                return Source(span.actor.name, "document")  # "Final report of the Group of Experts"
            if span.actor.kind == "organization":
                counts[span.actor.id] += 2
        for span in actors.spans:
            if span.start > OPENING_TOKENS:
                break
            known = span.actor.origin == "gazetteer"  # "the Group" learned as a body: no issuer
            if span.actor.kind == "organization" and span.how != "coref" and known:
                counts[span.actor.id] += 1
        if not counts:
            return None
        issuer = self.gazetteer.get(counts.most_common(1)[0][0])
        opening = actors.doc[:OPENING_TOKENS].text.lower() + " " + title.lower()
        seen = {w.rstrip("s") for w in re.findall(r"[a-z]+", opening)}
        for body in self.lexicon.source_bodies:
            if issuer is not None and body.issuer == issuer.id and seen & body.words:
                issuer = self.gazetteer.get(body.source) or issuer
        return Source(issuer.name, "document") if issuer is not None else None

    def _heading_body(self, document: Document) -> Source | None:
        """A committee or panel named on a line of its own in a report's heading ("House
        of Commons / International Security Committee / Fourth Report of Session"): the
        report's issuer, which no gazetteer lists."""
        for line in document.body.split("\n")[:HEADING_LINES]:
            words = line.strip().split()
            if not 2 <= len(words) <= MAX_BODY_NAME_WORDS:
                continue
            named = all(w[0].isupper() or w in ("of", "on", "for", "and") for w in words)
            if named and words[-1].lower() in self.lexicon.document_body_words:
                known = self.gazetteer.lookup(line.strip())
                return Source(known.name if known is not None else line.strip(), "document")
        return None

    def _office(self, name: str) -> bool:
        """Whether an author's name is a government office's ("U.S. Attorney's Office,
        Southern District of Virginia"), not a person's or a desk's."""
        words = re.findall(r"[A-Z][a-z]+", name)
        return any(w.lower() in self.lexicon.office_words for w in words)

    def _section_body(self, document: Document) -> Source | None:
        """The committee or panel whose section of a site the page sits in ("Home ›
        Sanctions › ISIL (Da'esh) & Al-Qaida Sanctions Committee › Narrative
        summaries"): the page is that body's, like a report it issues."""
        bodies = self.lexicon.document_body_words
        for dropped in document.dropped:
            if not is_section_path(dropped.line):
                continue
            for label in reversed(section_labels(dropped.line)):
                actor = self.gazetteer.lookup(label.replace(" & ", " and "))
                words = set(re.findall(r"[a-z]+", label.lower()))
                if actor is not None and actor.kind == "organization" and words & bodies:
                    return Source(actor.name, "document")
        return None

    def _body_of(self, actor: Actor, document: Source | None) -> Actor:
        """The body behind an issuer's findings: "the UN findings" are its monitors'.

        When the document in force comes from a body of ``actor`` (the UN
        Monitoring Team for the United Nations), a denial of the issuer's
        findings is a denial of that body's.
        """
        body = self._document_actor(document)
        if body is None:
            return actor
        for known in self.lexicon.source_bodies:
            if known.issuer == actor.id and known.source == body.id:
                return body
        return actor

    def _earlier_speaker(
        self, attribution: Attribution, index: int, denier: Actor, doc: Doc
    ) -> Actor | None:
        """The last named source of the sentences just before ``index``, other than the denier.

        "Pakistan accused the Taliban of ... The Taliban rejected the
        accusation": the accusation is Pakistan's. The outlet's own voice, or
        the witness's in a statement, accuses no one.
        """
        window = range(index - 1, max(-1, index - 1 - EARLIER_SENTENCES), -1)
        accusing = self.lexicon.accusing_verbs
        for before in window:  # whoever "accused" or "alleged" comes first
            for verb, said in attribution.sentences[before].verbs.items():
                if doc[verb].lemma_.lower() in accusing and said.kind != "outlet":
                    actor = self._other_party(said, denier)
                    if actor is not None:
                        return actor
        for before in window:
            source = attribution.sentences[before].source
            if source is None or source.kind == "outlet" or _own_voice(source, attribution):
                continue
            actor = self._other_party(source, denier)
            if actor is not None:
                return actor
        return None

    def _claimant_before(
        self, attribution: Attribution, index: int, draft: Draft, doc: Doc
    ) -> Actor | None:
        """Who makes, earlier in the same sentence, the claim a denial rejects:
        "Islamabad alleges that Iran shelters BLA commanders, which Tehran denies";
        "Iran, which Washington says supplies the Houthis, has denied arming them"."""
        said = attribution.sentences[index].verbs
        before = sorted((i for i in said if i < draft.anchor), reverse=True)
        # the verb the denial is reported by is the denier's own voice ("said ... and
        # denied"), unless a relative clause stands between ("..., which Tehran denies")
        own: set[int] = set()
        current = doc[draft.anchor]
        while current.dep_ != "relcl" and current.head.i != current.i:
            current = current.head
            own.add(current.i)
        for verb in before:
            source = said[verb]
            if verb in own or source.kind in ("outlet", "person"):
                continue
            if doc[verb].lemma_.lower() in self.lexicon.denial_verbs:
                continue
            actor = self._other_party(source, draft.subject)
            if actor is not None:
                return actor
        return None

    def _other_party(self, source: Source, denier: Actor) -> Actor | None:
        """The actor behind a source, unless it is the denier: no one denies their own claims."""
        actor = self._document_actor(source) or _source_actor(source)
        return actor if actor.id != denier.id else None

    def _document_actor(self, source: Source | None) -> Actor | None:
        """The actor behind a document source, for "rejected the findings"."""
        return self.gazetteer.lookup(source.name) if source is not None else None


def _own_voice(source: Source, attribution: Attribution) -> bool:
    """Whether a source is the person the whole text is by (a witness, a judge)."""
    return source.kind == "person" and source == attribution.writer


def _not_members(relations: list[Draft], memberships: list[Draft]) -> list[Draft]:
    """Drop "part of" read as a branch where the whole is a coalition of members."""
    pairs = {(d.subject.id, d.object.id) for d in memberships if d.object is not None}
    return [
        d
        for d in relations
        if not (d.predicate == "affiliate" and d.object and (d.subject.id, d.object.id) in pairs)
    ]


def _one_denial_each(claims: list[Claim]) -> list[Claim]:
    """Drop a denier's denial of no one when the same sentence names whom it denies.

    "The Houthis reject the panel's findings and deny any link to either
    group" is one denial, of the panel.
    """
    aimed = {c.subject.id for c in claims if c.type == "denial" and c.object is not None}
    return [
        c for c in claims if not (c.type == "denial" and c.object is None and c.subject.id in aimed)
    ]


def _source_actor(source: Source) -> Actor:
    """An actor for a source the gazetteer does not know ("Nana Akufo-Addo")."""
    kind = "person" if source.kind == "person" else "organization"
    return Actor.learned(source.name, kind)


CONTINUING_VERBS = frozenset({"keep", "continue"})


def _vowed_fights(
    drafts: list[Draft], pledges: list[Draft], doc: Doc, lexicon: Lexicon
) -> set[int]:
    """Anchors of vows to go on fighting someone.

    "vowed to keep attacking US forces until they leave" states a hostility that
    goes on; it is that relation, not a promise made to the enemy. The parser
    may hang "to keep attacking" on a noun ("vowed at the time to keep ..."),
    so any going-on of a fight in the vow's clause counts.
    """
    hostile = {d.anchor for d in drafts if d.type == "relation" and d.predicate == "hostile"}
    out: set[int] = set()
    for pledge in pledges:
        anchor = doc[pledge.anchor]
        for going in anchor.subtree:
            if going.lemma_.lower() not in CONTINUING_VERBS or going.dep_ not in ("xcomp", "relcl"):
                continue
            fights = [
                t
                for t in going.subtree
                if t.i in hostile
                or (
                    t.dep_ == "xcomp"
                    and t.head == going
                    and t.lemma_.lower() in lexicon.threat_verbs
                )
            ]
            if fights:
                out.add(pledge.anchor)
    return out


def _outside_promises(drafts: list[Draft], pledges: list[Draft], doc: Doc) -> list[Draft]:
    """Drafts that are not the content of a promise.

    "promised not to let al Qaeda use Afghanistan as a launchpad" commits to
    a future; it states no presence or tie as it stands.
    """
    promised: set[int] = set()
    for pledge in pledges:
        anchor = doc[pledge.anchor]
        for child in anchor.children:
            if child.dep_ in ("xcomp", "ccomp"):
                promised.update(t.i for t in child.subtree)
            elif child.dep_ == "prep" and any(g.dep_ == "pcomp" for g in child.children):
                promised.update(t.i for t in child.subtree)  # "committed to preventing ..."
    return [d for d in drafts if d.type not in ("relation", "presence") or d.anchor not in promised]


def _free(match: TriggerMatch, actors: DocActors) -> bool:
    """A trigger inside a name ("Analytical Support ... Team") is no trigger."""
    span = actors.at(match.anchor.i)
    return span is None or span.how == "coref"


def _by_segment(
    segments: list[Segment], matches: list[TriggerMatch]
) -> Iterator[tuple[Segment, list[TriggerMatch]]]:
    """Pair each sentence with the trigger matches inside it (both sorted)."""
    position = 0
    for seg in segments:
        while position < len(matches) and matches[position].start < seg.start:
            position += 1
        inside = []
        while position < len(matches) and matches[position].start < seg.end:
            inside.append(matches[position])
            position += 1
        yield seg, inside


def _extraction(document: Document, actors: DocActors, claims: list[Claim]) -> Extraction:
    """Mentions and the actors referenced by mentions or claims."""
    in_claims: dict[str, Actor] = {}
    for claim in claims:
        in_claims.setdefault(claim.subject.id, claim.subject)
        if claim.object is not None:
            in_claims.setdefault(claim.object.id, claim.object)
    doc = actors.doc
    mentions: list[Mention] = []
    referenced: dict[str, Actor] = {}
    for span in actors.spans:
        if span.how == "coref":
            continue
        known = span.actor.origin == "gazetteer" or span.actor.id in in_claims
        if known:
            referenced.setdefault(span.actor.id, span.actor)
        text = doc[span.start : span.end]
        mentions.append(
            Mention(
                document.id,
                text.start_char,
                text.end_char,
                text.text,
                span.label,
                span.actor.id if known else None,
            )
        )
    for ent, actor in actors.entities:
        if actor is None:
            mentions.append(
                Mention(document.id, ent.start_char, ent.end_char, ent.text, ent.label_, None)
            )
    for actor in in_claims.values():
        referenced.setdefault(actor.id, actor)
    mentions.sort(key=lambda m: (m.start, m.end))
    return Extraction(
        document=document,
        mentions=tuple(mentions),
        claims=tuple(claims),
        actors=tuple(referenced.values()),
    )


# Dropped lines that name the page's own voice: the answering minister, the signing judge,
# the witness whose written statement it is.
_OWN_VOICES = frozenset({ANSWERER_REASON, SIGNATURE_REASON, WITNESS_REASON})


@lru_cache(maxsize=4)
def get_extractor(model: str | None = None) -> Extractor:
    """The process-wide extractor for ``model`` (built on first use)."""
    return Extractor(model)


# A post saved from a social platform, its title naming the poster by handle:
# "Ayaan Korane (@korane_osint) on Halyard".
_POSTER = re.compile(r"^(?P<name>[^()@]{2,60}?)\s*\(@[\w.]+\)\s+on\s+\S")


def _answerer(document: Document) -> Source | None:
    """The minister who answers a parliament's written question, the judge who signs a
    judgment, the witness who submits a statement or the analyst who posts a thread: the
    text is theirs, every sentence of it that names no other source."""
    answered = any(d.reason in _OWN_VOICES for d in document.dropped)
    poster = _POSTER.match(document.title or "")
    posted = poster is not None and poster.group("name") == document.author
    return Source(document.author, "person") if (answered or posted) and document.author else None
