"""The trigger lexicon: the words the extraction rules look for, as data.

Rules in ``claimgraph.nlp`` hold structure (which dependency leads from a
trigger to its subject); the words themselves (relation triggers, hedge and
negation cues, reporting verbs, unit nouns) live in ``data/triggers.yaml`` so
that a linguist can extend them without touching code. The file is checked on
load and every problem is reported with the file and line it sits on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from claimgraph.data import data_path, read_data_file
from claimgraph.errors import DataFileError
from claimgraph.model import RELATION_PREDICATES

ACTOR_KINDS = frozenset({"armed_group", "state", "organization", "person", "place"})


# Word classes a trigger may be limited to ("arm" funds only as a verb).
TRIGGER_POS = {"verb": frozenset({"VERB", "AUX"}), "noun": frozenset({"NOUN", "PROPN"})}


@dataclass(frozen=True)
class Trigger:
    """One trigger phrase: the lemmas to match and what a match means."""

    category: str
    predicate: str
    words: tuple[str, ...]
    inverse: bool = False
    pos: str | None = None


@dataclass(frozen=True)
class RelationSpec:
    """How one relation predicate behaves: direction and allowed actor kinds."""

    predicate: str
    symmetric: bool
    subject_kinds: frozenset[str]
    object_kinds: frozenset[str]
    demoted_by: frozenset[str] = frozenset()
    two_actor_predicate: str | None = None
    leader_when_owned: frozenset[str] = frozenset()
    # When set, the only trigger words through which a subject other than a person
    # holds the relation ("a member of", "joined" for a group in a coalition).
    group_triggers: frozenset[str] = frozenset()
    # When set, the only trigger words through which a state is the object.
    state_triggers: frozenset[str] = frozenset()
    # Kinds that do not hold the relation with their own kind: hostility between two
    # states is diplomacy, not an armed actor's enmity.
    unpaired_kinds: frozenset[str] = frozenset()

    def holds_between(self, subject_kind: str, object_kind: str | None) -> bool:
        """Whether actors of these kinds may be the relation's two sides."""
        if subject_kind not in self.subject_kinds:
            return False
        if object_kind is None:
            return True
        return object_kind in self.object_kinds and not (
            subject_kind == object_kind and subject_kind in self.unpaired_kinds
        )


@dataclass(frozen=True)
class SourceBody:
    """A body an issuer's phrase names by role ("UN sanctions monitors")."""

    issuer: str
    words: frozenset[str]
    source: str


@dataclass(frozen=True)
class Lexicon:
    """Every word list the extraction rules use, validated."""

    reporting_verbs: frozenset[str]
    source_markers: tuple[tuple[str, ...], ...]
    document_nouns: frozenset[str]
    collective_nouns: frozenset[str]
    modals: frozenset[str]
    hedge_adverbs: frozenset[str]
    hedge_passives: frozenset[str]
    raising_verbs: frozenset[str]
    hedge_adjectives: frozenset[str]
    negation_cues: frozenset[str]
    denial_verbs: frozenset[str]
    relations: dict[str, RelationSpec]
    presence_subject_kinds: frozenset[str]
    presence_object_kinds: frozenset[str]
    region_words: frozenset[str]
    units: dict[tuple[str, ...], str]
    measure_nouns: dict[str, str]
    event_verbs: frozenset[str]
    qualifier_markers: frozenset[str]
    pledge_excluded: frozenset[str]
    claim_nouns: frozenset[str]
    verdict_nouns: frozenset[str]
    pronouns: dict[str, frozenset[str]]
    nominals: dict[str, frozenset[str]]
    determiners: frozenset[str]
    group_name_words: frozenset[str]
    militia_name_endings: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    plural_only_nominals: frozenset[str] = frozenset()
    name_joiners: frozenset[str] = frozenset()
    name_articles: frozenset[str] = frozenset()
    copular_verbs: frozenset[str] = frozenset()
    leading_verbs: frozenset[str] = frozenset()
    wing_nouns: frozenset[str] = frozenset()
    nonmilitary_wings: frozenset[str] = frozenset()
    militia_name_heads: frozenset[str] = frozenset()
    generic_unit_words: frozenset[str] = frozenset()
    militia_families: frozenset[str] = frozenset()
    network_heads: frozenset[str] = frozenset()
    armed_collectives: frozenset[str] = frozenset()
    gang_name_articles: frozenset[str] = frozenset()
    place_only_prepositions: frozenset[str] = frozenset()
    town_prepositions: frozenset[str] = frozenset()
    settlement_nouns: frozenset[str] = frozenset()
    site_nouns: frozenset[str] = frozenset()
    site_name_starts: frozenset[str] = frozenset()
    place_name_starts: frozenset[str] = frozenset()
    place_name_ends: frozenset[str] = frozenset()
    noun_read_holding_verbs: frozenset[str] = frozenset()
    conducting_verbs: frozenset[str] = frozenset()
    claiming_verbs: frozenset[str] = frozenset()
    run_nouns: frozenset[str] = frozenset()
    falling_verbs: frozenset[str] = frozenset()
    attack_nouns: frozenset[str] = frozenset()
    attacking_verbs: frozenset[str] = frozenset()
    repeating_adverbs: frozenset[str] = frozenset()
    killing_verbs: frozenset[str] = frozenset()
    press_words: frozenset[str] = frozenset()
    press_staff: frozenset[str] = frozenset()
    generic_group_nouns: frozenset[str] = frozenset()
    state_force_modifiers: frozenset[str] = frozenset()
    officer_nouns: frozenset[str] = frozenset()
    posted_nouns: frozenset[str] = frozenset()
    staff_nouns: frozenset[str] = frozenset()
    salutations: frozenset[str] = frozenset()
    state_nouns: frozenset[str] = frozenset()
    mission_words: frozenset[str] = frozenset()
    envoy_posts: frozenset[str] = frozenset()
    state_voices: frozenset[str] = frozenset()
    bare_state_voices: frozenset[str] = frozenset()
    bare_state_nouns: frozenset[str] = frozenset()
    federations: frozenset[str] = frozenset()
    service_words: frozenset[str] = frozenset()
    ministry_nouns: frozenset[str] = frozenset()
    involvement_nouns: frozenset[str] = frozenset()
    police_documents: frozenset[str] = frozenset()
    force_posts: frozenset[str] = frozenset()
    reading_verbs: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()
    research_nouns: frozenset[str] = frozenset()
    unit_nouns: frozenset[str] = frozenset()
    passing_acts: frozenset[str] = frozenset()
    passing_targets: frozenset[str] = frozenset()
    stationing_verbs: frozenset[str] = frozenset()
    count_nouns: frozenset[str] = frozenset()
    direction_words: frozenset[str] = frozenset()
    expert_words: frozenset[str] = frozenset()
    creed_suffixes: frozenset[str] = frozenset()
    creed_words: frozenset[str] = frozenset()
    telling_verbs: frozenset[str] = frozenset()
    branch_subjects: frozenset[str] = frozenset()
    contrast_preps: frozenset[str] = frozenset()
    partitive_pronouns: frozenset[str] = frozenset()
    generic_name_endings: frozenset[str] = frozenset()
    figure_verbs: frozenset[str] = frozenset()
    approximating_preps: frozenset[str] = frozenset()
    part_pronouns: frozenset[str] = frozenset()
    peace_nouns: frozenset[str] = frozenset()
    detention_nouns: frozenset[str] = frozenset()
    camp_nouns: frozenset[str] = frozenset()
    detaining_verbs: frozenset[str] = frozenset()
    others_words: frozenset[str] = frozenset()
    change_words: frozenset[str] = frozenset()
    oath_nouns: frozenset[str] = frozenset()
    source_bodies: tuple[SourceBody, ...] = ()
    document_body_words: frozenset[str] = frozenset()
    office_words: frozenset[str] = frozenset()
    strict_denials: frozenset[str] = frozenset()
    refused_objects: frozenset[str] = frozenset()
    count_verbs: frozenset[str] = frozenset()
    metonyms: dict[str, str] = field(default_factory=dict)
    noun_read_relation_verbs: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    place_nouns: frozenset[str] = frozenset()
    relative_place_preps: frozenset[str] = frozenset()
    located_nouns: frozenset[str] = frozenset()
    branch_nouns: frozenset[str] = frozenset()
    located_verbs: frozenset[str] = frozenset()
    state_force_nouns: frozenset[str] = frozenset()
    holding_verbs: frozenset[str] = frozenset()
    lasting_holds: frozenset[str] = frozenset()
    motion_verbs: frozenset[str] = frozenset()
    held_participles: frozenset[str] = frozenset()
    arrival_verbs: frozenset[str] = frozenset()
    battle_verbs: frozenset[str] = frozenset()
    border_nouns: frozenset[str] = frozenset()
    broad_places: frozenset[str] = frozenset()
    expeditionary_forces: frozenset[str] = frozenset()
    passive_placing_verbs: frozenset[str] = frozenset()
    sending_verbs: frozenset[str] = frozenset()
    sent_force_nouns: frozenset[str] = frozenset()
    forecast_words: frozenset[str] = frozenset()
    destination_preps: frozenset[str] = frozenset()
    state_owned_nouns: frozenset[str] = frozenset()
    shared_office_nouns: frozenset[str] = frozenset()
    group_owned_nouns: frozenset[str] = frozenset()
    land_nouns: frozenset[str] = frozenset()
    name_end_nouns: frozenset[str] = frozenset()
    body_name_ends: frozenset[str] = frozenset()
    governing_nouns: frozenset[str] = frozenset()
    agreement_nouns: frozenset[str] = frozenset()
    binding_modals: frozenset[str] = frozenset()
    exchange_openers: frozenset[str] = frozenset()
    joint_words: frozenset[str] = frozenset()
    truce_nouns: frozenset[str] = frozenset()
    alliance_nouns: frozenset[str] = frozenset()
    single_blows: frozenset[str] = frozenset()
    war_frame_nouns: frozenset[str] = frozenset()
    joint_fighting_verbs: frozenset[str] = frozenset()
    self_ending_verbs: frozenset[str] = frozenset()
    refusing_verbs: frozenset[str] = frozenset()
    offer_nouns: frozenset[str] = frozenset()
    formation_nouns: frozenset[str] = frozenset()
    weapon_words: frozenset[str] = frozenset()
    founding_verbs: frozenset[str] = frozenset()
    casualty_adjectives: frozenset[str] = frozenset()
    veteran_nouns: frozenset[str] = frozenset()
    former_member_nouns: frozenset[str] = frozenset()
    truce_modifiers: frozenset[str] = frozenset()
    truce_verbs: frozenset[str] = frozenset()
    adjunct_preps: frozenset[str] = frozenset()
    target_preps: frozenset[str] = frozenset()
    campaign_nouns: frozenset[str] = frozenset()
    listing_preps: frozenset[str] = frozenset()
    partner_preps: frozenset[str] = frozenset()
    served_preps: frozenset[str] = frozenset()
    shielding_preps: frozenset[str] = frozenset()
    hosting_verbs: frozenset[str] = frozenset()
    soldier_nouns: frozenset[str] = frozenset()
    internal_preps: frozenset[str] = frozenset()
    inside_preps: frozenset[str] = frozenset()
    place_preps: frozenset[str] = frozenset()
    locative_preps: frozenset[str] = frozenset()
    owner_preps: frozenset[str] = frozenset()
    counterparty_preps: frozenset[str] = frozenset()
    quantifiers: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    describing_verbs: frozenset[str] = frozenset()
    threat_words: frozenset[str] = frozenset()
    temporal_preps: frozenset[str] = frozenset()
    cessation_verbs: frozenset[str] = frozenset()
    severing_verbs: frozenset[str] = frozenset()
    agent_nouns: frozenset[str] = frozenset()
    directive_verbs: frozenset[str] = frozenset()
    allegiance_modifiers: frozenset[str] = frozenset()
    sentence_hedges: frozenset[str] = frozenset()
    giving_verbs: frozenset[str] = frozenset()
    surrendering_verbs: frozenset[str] = frozenset()
    acting_regions: frozenset[str] = frozenset()
    announced_verbs: frozenset[str] = frozenset()
    uncommitted_verbs: frozenset[str] = frozenset()
    object_event_verbs: frozenset[str] = frozenset()
    concluding_verbs: frozenset[str] = frozenset()
    signing_verbs: frozenset[str] = frozenset()
    commercial_words: frozenset[str] = frozenset()
    promise_nouns: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    supplying_nouns: frozenset[str] = frozenset()
    material_nouns: frozenset[str] = frozenset()
    shelter_nouns: frozenset[str] = frozenset()
    unrealised_words: frozenset[str] = frozenset()
    place_head_nouns: frozenset[str] = frozenset()
    party_part_nouns: frozenset[str] = frozenset()
    sheltered_verbs: frozenset[str] = frozenset()
    shelter_giver_preps: frozenset[str] = frozenset()
    ended_verbs: frozenset[str] = frozenset()
    body_heads: frozenset[str] = frozenset()
    judicial_name_words: frozenset[str] = frozenset()
    civil_body_heads: frozenset[str] = frozenset()
    body_name_endings: frozenset[str] = frozenset()
    named_force_heads: frozenset[str] = frozenset()
    story_force_heads: frozenset[str] = frozenset()
    event_nouns: frozenset[str] = frozenset()
    binding_documents: frozenset[str] = frozenset()
    harming_verbs: frozenset[str] = frozenset()
    habitual_only_verbs: frozenset[str] = frozenset()
    reply_nouns: frozenset[str] = frozenset()
    operation_words: frozenset[str] = frozenset()
    deal_words: frozenset[str] = frozenset()
    including_verbs: frozenset[str] = frozenset()
    permitting_verbs: frozenset[str] = frozenset()
    guarding_verbs: frozenset[str] = frozenset()
    partnering_verbs: frozenset[str] = frozenset()
    organ_words: frozenset[str] = frozenset()
    mediating_verbs: frozenset[str] = frozenset()
    talks_nouns: frozenset[str] = frozenset()
    helping_nouns: frozenset[str] = frozenset()
    nonmaterial_words: frozenset[str] = frozenset()
    order_nouns: frozenset[str] = frozenset()
    mediation_nouns: frozenset[str] = frozenset()
    named_group_heads: frozenset[str] = frozenset()
    named_party_heads: frozenset[str] = frozenset()
    voice_bodies: frozenset[str] = frozenset()
    armed_nouns: frozenset[str] = frozenset()
    armed_modifiers: frozenset[str] = frozenset()
    armed_heads: frozenset[str] = frozenset()
    armed_members: frozenset[str] = frozenset()
    followers: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()
    plain_person_nouns: frozenset[str] = frozenset()
    anonymous_voices: frozenset[str] = frozenset()
    witness_nouns: frozenset[str] = frozenset()
    view_verbs: frozenset[str] = frozenset()
    publishing_verbs: frozenset[str] = frozenset()
    belonging_verbs: frozenset[str] = frozenset()
    integrating_verbs: frozenset[str] = frozenset()
    part_nouns: frozenset[str] = frozenset()
    banner_nouns: frozenset[str] = frozenset()
    coalition_words: frozenset[str] = frozenset()
    stative_participles: frozenset[str] = frozenset()
    committing_verbs: frozenset[str] = frozenset()
    figure_nouns: frozenset[str] = frozenset()
    revision_verbs: frozenset[str] = frozenset()
    offering_verbs: frozenset[str] = frozenset()
    phrasal_particles: frozenset[str] = frozenset()
    split_particles: frozenset[str] = frozenset()
    anonymous_modifiers: frozenset[str] = frozenset()
    lost_verbs: frozenset[str] = frozenset()
    departure_verbs: frozenset[str] = frozenset()
    tie_words: frozenset[str] = frozenset()
    change_nouns: frozenset[str] = frozenset()
    portfolio_words: frozenset[str] = frozenset()
    ending_verbs: frozenset[str] = frozenset()
    threat_verbs: frozenset[str] = frozenset()
    abstained_verbs: frozenset[str] = frozenset()
    commitment_verbs: frozenset[str] = frozenset()
    refused_act_verbs: frozenset[str] = frozenset()
    negotiating_verbs: frozenset[str] = frozenset()
    retaining_verbs: frozenset[str] = frozenset()
    negative_subjects: frozenset[str] = frozenset()
    doubting_verbs: frozenset[str] = frozenset()
    speaking_verbs: frozenset[str] = frozenset()
    asserting_verbs: frozenset[str] = frozenset()
    companion_preps: frozenset[str] = frozenset()
    staying_verbs: frozenset[str] = frozenset()
    dealing_verbs: frozenset[str] = frozenset()
    hosted_nouns: frozenset[str] = frozenset()
    binding_verbs: frozenset[str] = frozenset()
    role_nouns: frozenset[str] = frozenset()
    spokesman_nouns: frozenset[str] = frozenset()
    state_office_titles: frozenset[str] = frozenset()
    former_words: frozenset[str] = frozenset()
    foreign_office_words: frozenset[str] = frozenset()
    office_fields: frozenset[str] = frozenset()
    self_naming_verbs: frozenset[str] = frozenset()
    self_naming_markers: frozenset[str] = frozenset()
    informant_phrases: frozenset[str] = frozenset()
    judgement_nouns: frozenset[str] = frozenset()
    naming_participles: frozenset[str] = frozenset()
    placing_verbs: frozenset[str] = frozenset()
    speaker_nouns: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    statement_nouns: frozenset[str] = frozenset()
    criticism_nouns: frozenset[str] = frozenset()
    description_nouns: frozenset[str] = frozenset()
    accusation_nouns: frozenset[str] = frozenset()
    accusing_verbs: frozenset[str] = frozenset()
    fighting_words: frozenset[str] = frozenset()
    listing_verbs: frozenset[str] = frozenset()
    held_preps: frozenset[str] = frozenset()
    sway_nouns: frozenset[str] = frozenset()
    triggers: tuple[Trigger, ...] = field(default=())

    def one_word_triggers(self, category: str, predicates: tuple[str, ...]) -> frozenset[str]:
        """The one-word triggers of some predicates: roles, verbs of sheltering."""
        return frozenset(
            t.words[0]
            for t in self.triggers
            if t.category == category and t.predicate in predicates and len(t.words) == 1
        )

    @cached_property
    def role_words(self) -> frozenset[str]:
        """One-word roles in a group or government: "spokesman", "commander", "leader"."""
        return self.one_word_triggers("relation", ("member_of", "leads"))

    @cached_property
    def given_nouns(self) -> frozenset[str]:
        """What a patron gives a client: orders or means ("takes its orders from Tehran",
        "received no money")."""
        return self.order_nouns | self.material_nouns

    @cached_property
    def joining_verbs(self) -> frozenset[str]:
        """Verbs by which one body goes into another: the integrating ones and "merge"
        ("agreed to merge its fighters into the new Syrian state")."""
        return self.integrating_verbs | {"merge"}

    @cached_property
    def human_nouns(self) -> frozenset[str]:
        """Nouns that name a person without naming him: "a man", "an official"."""
        return (
            self.role_words
            | self.role_nouns
            | self.person_nouns
            | self.anonymous_voices
            | self.plain_person_nouns
        )

    def names_only_a_state(self, word: str) -> bool:
        """Whether a referring noun can mean a state and nothing else ("government")."""
        return self.nominals.get(word) == frozenset({"state"})


class _Reader:
    """Reads typed values out of YAML nodes, failing with file and line."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, node: Node, reason: str) -> DataFileError:
        """The error for ``node``: names the file and the 1-based line."""
        return DataFileError(f"line {node.start_mark.line + 1}: {reason}", subject=self.path)

    def mapping(
        self, node: Node, required: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> dict[str, Node]:
        """A mapping with exactly the allowed keys, all required ones present."""
        if not isinstance(node, MappingNode):
            raise self.fail(node, "expected a mapping")
        out: dict[str, Node] = {}
        for key_node, value_node in node.value:
            key = self.scalar(key_node)
            if key not in required and key not in optional:
                raise self.fail(key_node, f"unknown key {key!r}")
            out[key] = value_node
        for key in required:
            if key not in out:
                raise self.fail(node, f"missing key {key!r}")
        return out

    def pairs(self, node: Node) -> list[tuple[Node, Node]]:
        """The (key, value) nodes of a mapping, in file order."""
        if not isinstance(node, MappingNode):
            raise self.fail(node, "expected a mapping")
        return list(node.value)

    def free_mapping(self, node: Node) -> list[tuple[str, Node]]:
        """A mapping with any scalar keys, in file order."""
        if not isinstance(node, MappingNode):
            raise self.fail(node, "expected a mapping")
        return [(self.scalar(k).lower(), v) for k, v in node.value]

    def scalar(self, node: Node) -> str:
        """A non-empty scalar as text."""
        if not isinstance(node, ScalarNode) or not str(node.value).strip():
            raise self.fail(node, "expected a non-empty word")
        return " ".join(str(node.value).split())

    def boolean(self, node: Node) -> bool:
        """A YAML boolean."""
        text = self.scalar(node).lower()
        if text not in ("true", "false"):
            raise self.fail(node, f"expected true or false, got {text!r}")
        return text == "true"

    def words(self, node: Node) -> tuple[str, ...]:
        """A list of lower-case words or phrases."""
        if not isinstance(node, SequenceNode) or not node.value:
            raise self.fail(node, "expected a non-empty list")
        return tuple(self.scalar(item).lower() for item in node.value)

    def kinds(self, node: Node) -> frozenset[str]:
        """A list of actor kinds."""
        out = self.words(node)
        for item, value in zip(node.value, out, strict=True):
            if value not in ACTOR_KINDS:
                raise self.fail(item, f"unknown actor kind {value!r}")
        return frozenset(out)

    def triggers(self, node: Node, category: str, predicate: str) -> list[Trigger]:
        """Trigger entries: a phrase, or {phrase, inverse, pos}."""
        if not isinstance(node, SequenceNode) or not node.value:
            raise self.fail(node, "expected a non-empty list of triggers")
        out = []
        for item in node.value:
            inverse = False
            pos: str | None = None
            if isinstance(item, MappingNode):
                fields = self.mapping(item, ("phrase",), ("inverse", "pos"))
                phrase = self.scalar(fields["phrase"]).lower()
                inverse = self.boolean(fields["inverse"]) if "inverse" in fields else False
                if "pos" in fields:
                    pos = self.scalar(fields["pos"]).lower()
                    if pos not in TRIGGER_POS:
                        raise self.fail(fields["pos"], f"pos must be one of {sorted(TRIGGER_POS)}")
            else:
                phrase = self.scalar(item).lower()
            out.append(Trigger(category, predicate, tuple(phrase.split()), inverse, pos))
        return out


def _relations(reader: _Reader, node: Node) -> tuple[dict[str, RelationSpec], list[Trigger]]:
    """The relation predicates, each checked against the model's vocabulary."""
    specs: dict[str, RelationSpec] = {}
    triggers: list[Trigger] = []
    for key_node, body in reader.pairs(node):
        predicate = reader.scalar(key_node).lower()
        if predicate not in RELATION_PREDICATES:
            raise reader.fail(key_node, f"unknown relation predicate {predicate!r}")
        fields = reader.mapping(
            body,
            ("subject_kinds", "object_kinds", "triggers"),
            (
                "symmetric",
                "demoted_by",
                "two_actor_predicate",
                "leader_when_owned",
                "group_triggers",
                "state_triggers",
                "unpaired_kinds",
            ),
        )
        two = (
            reader.scalar(fields["two_actor_predicate"])
            if "two_actor_predicate" in fields
            else None
        )
        if two is not None and two not in RELATION_PREDICATES:
            raise reader.fail(fields["two_actor_predicate"], f"unknown relation predicate {two!r}")
        specs[predicate] = RelationSpec(
            predicate=predicate,
            symmetric=reader.boolean(fields["symmetric"]) if "symmetric" in fields else False,
            subject_kinds=reader.kinds(fields["subject_kinds"]),
            object_kinds=reader.kinds(fields["object_kinds"]),
            demoted_by=frozenset(reader.words(fields["demoted_by"]))
            if "demoted_by" in fields
            else frozenset(),
            two_actor_predicate=two,
            leader_when_owned=frozenset(reader.words(fields["leader_when_owned"]))
            if "leader_when_owned" in fields
            else frozenset(),
            group_triggers=frozenset(reader.words(fields["group_triggers"]))
            if "group_triggers" in fields
            else frozenset(),
            state_triggers=frozenset(reader.words(fields["state_triggers"]))
            if "state_triggers" in fields
            else frozenset(),
            unpaired_kinds=reader.kinds(fields["unpaired_kinds"])
            if "unpaired_kinds" in fields
            else frozenset(),
        )
        triggers += reader.triggers(fields["triggers"], "relation", predicate)
    return specs, triggers


def _kind_map(reader: _Reader, node: Node) -> dict[str, frozenset[str]]:
    """A mapping of word -> actor kinds."""
    return {word: reader.kinds(value) for word, value in reader.free_mapping(node)}


def _units(reader: _Reader, node: Node) -> dict[tuple[str, ...], str]:
    """Counted noun phrase (lemmas) -> unit."""
    out: dict[tuple[str, ...], str] = {}
    for unit, value in reader.free_mapping(node):
        for word in reader.words(value):
            out[tuple(word.split())] = unit
    return out


def _bodies(reader: _Reader, node: Node) -> tuple[SourceBody, ...]:
    """Source bodies: {issuer, words, source}."""
    if not isinstance(node, SequenceNode):
        raise reader.fail(node, "expected a list of {issuer, words, source}")
    out = []
    for item in node.value:
        fields = reader.mapping(item, ("issuer", "words", "source"))
        out.append(
            SourceBody(
                issuer=reader.scalar(fields["issuer"]),
                words=frozenset(reader.words(fields["words"])),
                source=reader.scalar(fields["source"]),
            )
        )
    return tuple(out)


# Where each field of :class:`Lexicon` is read from: section -> key -> (field, form).
SCHEMA: dict[str, dict[str, tuple[str, str]]] = {
    "reporting": {
        "verbs": ("reporting_verbs", "words"),
        "reading_verbs": ("reading_verbs", "words"),
        "markers": ("source_markers", "phrases"),
        "press_words": ("press_words", "words"),
        "press_staff": ("press_staff", "words"),
        "document_nouns": ("document_nouns", "words"),
        "collective_nouns": ("collective_nouns", "words"),
        "organ_words": ("organ_words", "words"),
        "anonymous_voices": ("anonymous_voices", "words"),
        "witness_nouns": ("witness_nouns", "words"),
        "view_verbs": ("view_verbs", "words"),
        "phrasal_particles": ("phrasal_particles", "words"),
        "salutations": ("salutations", "words"),
        "envoy_posts": ("envoy_posts", "words"),
        "anonymous_modifiers": ("anonymous_modifiers", "words"),
        "publishing_verbs": ("publishing_verbs", "words"),
        "expert_words": ("expert_words", "words"),
        "count_nouns": ("count_nouns", "words"),
        "bodies": ("source_bodies", "bodies"),
        "document_body_words": ("document_body_words", "words"),
        "office_words": ("office_words", "words"),
        "role_nouns": ("role_nouns", "words"),
        "spokesman_nouns": ("spokesman_nouns", "words"),
        "state_office_titles": ("state_office_titles", "words"),
        "former_words": ("former_words", "words"),
        "foreign_office_words": ("foreign_office_words", "words"),
        "office_fields": ("office_fields", "words"),
        "self_naming_verbs": ("self_naming_verbs", "words"),
        "self_naming_markers": ("self_naming_markers", "words"),
        "informant_phrases": ("informant_phrases", "words"),
        "judgement_nouns": ("judgement_nouns", "words"),
        "naming_participles": ("naming_participles", "words"),
        "placing_verbs": ("placing_verbs", "words"),
    },
    "hedges": {
        "modals": ("modals", "words"),
        "adverbs": ("hedge_adverbs", "words"),
        "passive_verbs": ("hedge_passives", "words"),
        "raising_verbs": ("raising_verbs", "words"),
        "adjectives": ("hedge_adjectives", "words"),
        "sentence_adverbs": ("sentence_hedges", "words"),
    },
    "negation": {
        "cues": ("negation_cues", "words"),
        "denial_verbs": ("denial_verbs", "words"),
        "change_nouns": ("change_nouns", "words"),
        "ending_verbs": ("ending_verbs", "words"),
        "negative_subjects": ("negative_subjects", "words"),
        "doubting_verbs": ("doubting_verbs", "words"),
    },
    "presence": {
        "unrealised_words": ("unrealised_words", "words"),
        "place_head_nouns": ("place_head_nouns", "words"),
        "subject_kinds": ("presence_subject_kinds", "kinds"),
        "object_kinds": ("presence_object_kinds", "kinds"),
        "triggers": ("presence_triggers", "triggers:presence:operates_in"),
        "region_words": ("region_words", "words"),
        "direction_words": ("direction_words", "words"),
        "creed_suffixes": ("creed_suffixes", "words"),
        "creed_words": ("creed_words", "words"),
        "demonyms": ("demonyms", "map"),
        "place_nouns": ("place_nouns", "words"),
        "relative_place_preps": ("relative_place_preps", "words"),
        "located_nouns": ("located_nouns", "words"),
        "branch_nouns": ("branch_nouns", "words"),
        "located_verbs": ("located_verbs", "words"),
        "state_force_nouns": ("state_force_nouns", "words"),
        "holding_verbs": ("holding_verbs", "words"),
        "lasting_holding_verbs": ("lasting_holds", "words"),
        "noun_read_holding_verbs": ("noun_read_holding_verbs", "words"),
        "conducting_verbs": ("conducting_verbs", "words"),
        "claiming_verbs": ("claiming_verbs", "words"),
        "run_nouns": ("run_nouns", "words"),
        "falling_verbs": ("falling_verbs", "words"),
        "attack_nouns": ("attack_nouns", "words"),
        "attacking_verbs": ("attacking_verbs", "words"),
        "repeating_adverbs": ("repeating_adverbs", "words"),
        "killing_verbs": ("killing_verbs", "words"),
        "passing_targets": ("passing_targets", "words"),
        "passing_acts": ("passing_acts", "words"),
        "stationing_verbs": ("stationing_verbs", "words"),
        "motion_verbs": ("motion_verbs", "words"),
        "held_participles": ("held_participles", "words"),
        "arrival_verbs": ("arrival_verbs", "words"),
        "battle_verbs": ("battle_verbs", "words"),
        "border_nouns": ("border_nouns", "words"),
        "broad_places": ("broad_places", "words"),
        "expeditionary_forces": ("expeditionary_forces", "words"),
        "passive_placing_verbs": ("passive_placing_verbs", "words"),
        "sending_verbs": ("sending_verbs", "words"),
        "sent_force_nouns": ("sent_force_nouns", "words"),
        "forecast_words": ("forecast_words", "words"),
        "destination_prepositions": ("destination_preps", "words"),
        "held_prepositions": ("held_preps", "words"),
        "sway_nouns": ("sway_nouns", "words"),
        "lost_verbs": ("lost_verbs", "words"),
        "departure_verbs": ("departure_verbs", "words"),
    },
    "strength": {
        "units": ("units", "units"),
        "formation_nouns": ("formation_nouns", "words"),
        "weapon_words": ("weapon_words", "words"),
        "founding_verbs": ("founding_verbs", "words"),
        "veteran_nouns": ("veteran_nouns", "words"),
        "former_member_nouns": ("former_member_nouns", "words"),
        "measure_nouns": ("measure_nouns", "map"),
        "count_verbs": ("count_verbs", "words"),
        "figure_nouns": ("figure_nouns", "words"),
        "revision_verbs": ("revision_verbs", "words"),
        "offering_verbs": ("offering_verbs", "words"),
        "event_verbs": ("event_verbs", "words"),
        "object_event_verbs": ("object_event_verbs", "words"),
        "casualty_adjectives": ("casualty_adjectives", "words"),
        "event_nouns": ("event_nouns", "words"),
        "qualifier_markers": ("qualifier_markers", "words"),
        "speaking_verbs": ("speaking_verbs", "words"),
        "contrast_prepositions": ("contrast_preps", "words"),
        "detention_nouns": ("detention_nouns", "words"),
        "camp_nouns": ("camp_nouns", "words"),
        "detaining_verbs": ("detaining_verbs", "words"),
        "others_words": ("others_words", "words"),
        "change_words": ("change_words", "words"),
        "figure_verbs": ("figure_verbs", "words"),
        "approximating_prepositions": ("approximating_preps", "words"),
        "part_pronouns": ("part_pronouns", "words"),
    },
    "transfers": {
        "giving_verbs": ("giving_verbs", "words"),
        "surrendering_verbs": ("surrendering_verbs", "words"),
        "receiving_verbs": ("receiving_verbs", "words"),
        "nonmaterial_words": ("nonmaterial_words", "words"),
        "order_nouns": ("order_nouns", "words"),
        "supplying_nouns": ("supplying_nouns", "words"),
        "material_nouns": ("material_nouns", "words"),
        "shelter_nouns": ("shelter_nouns", "words"),
        "sheltered_verbs": ("sheltered_verbs", "words"),
        "shelter_giver_prepositions": ("shelter_giver_preps", "words"),
    },
    "pledges": {
        "triggers": ("pledge_triggers", "triggers:pledge:pledge"),
        "agreement_nouns": ("agreement_nouns", "words"),
        "binding_modals": ("binding_modals", "words"),
        "exchange_openers": ("exchange_openers", "words"),
        "joint_words": ("joint_words", "words"),
        "alliance_nouns": ("alliance_nouns", "words"),
        "single_blows": ("single_blows", "words"),
        "war_frame_nouns": ("war_frame_nouns", "words"),
        "joint_fighting_verbs": ("joint_fighting_verbs", "words"),
        "self_ending_verbs": ("self_ending_verbs", "words"),
        "permitting_verbs": ("permitting_verbs", "words"),
        "guarding_verbs": ("guarding_verbs", "words"),
        "partnering_verbs": ("partnering_verbs", "words"),
        "peace_nouns": ("peace_nouns", "words"),
        "mediating_verbs": ("mediating_verbs", "words"),
        "talks_nouns": ("talks_nouns", "words"),
        "helping_nouns": ("helping_nouns", "words"),
        "mediation_nouns": ("mediation_nouns", "words"),
        "refusing_verbs": ("refusing_verbs", "words"),
        "offer_nouns": ("offer_nouns", "words"),
        "truce_modifiers": ("truce_modifiers", "words"),
        "committing_verbs": ("committing_verbs", "words"),
        "truce_nouns": ("truce_nouns", "words"),
        "truce_verbs": ("truce_verbs", "words"),
        "excluded_objects": ("pledge_excluded", "words"),
        "threat_words": ("threat_words", "words"),
        "ended_verbs": ("ended_verbs", "words"),
        "binding_documents": ("binding_documents", "words"),
        "binding_verbs": ("binding_verbs", "words"),
        "threat_verbs": ("threat_verbs", "words"),
        "abstained_verbs": ("abstained_verbs", "words"),
        "commitment_verbs": ("commitment_verbs", "words"),
        "announced_verbs": ("announced_verbs", "words"),
        "uncommitted_verbs": ("uncommitted_verbs", "words"),
        "concluding_verbs": ("concluding_verbs", "words"),
        "signing_verbs": ("signing_verbs", "words"),
        "commercial_words": ("commercial_words", "words"),
        "promise_nouns": ("promise_nouns", "words"),
        "refused_act_verbs": ("refused_act_verbs", "words"),
        "negotiating_verbs": ("negotiating_verbs", "words"),
        "retaining_verbs": ("retaining_verbs", "words"),
        "staying_verbs": ("staying_verbs", "words"),
        "dealing_verbs": ("dealing_verbs", "words"),
        "fighting_words": ("fighting_words", "words"),
        "telling_verbs": ("telling_verbs", "words"),
    },
    "denials": {
        "triggers": ("denial_triggers", "triggers:denial:denies"),
        "strict_triggers": ("strict_denials", "words"),
        "refused_objects": ("refused_objects", "words"),
        "claim_nouns": ("claim_nouns", "words"),
        "verdict_nouns": ("verdict_nouns", "words"),
        "involvement_nouns": ("involvement_nouns", "words"),
        "statement_nouns": ("statement_nouns", "words"),
        "criticism_nouns": ("criticism_nouns", "words"),
        "description_nouns": ("description_nouns", "words"),
        "accusation_nouns": ("accusation_nouns", "words"),
        "accusing_verbs": ("accusing_verbs", "words"),
        "asserting_verbs": ("asserting_verbs", "words"),
    },
    "coreference": {
        "pronouns": ("pronouns", "kind_map"),
        "partitive_pronouns": ("partitive_pronouns", "words"),
        "nominals": ("nominals", "kind_map"),
        "generic_group_nouns": ("generic_group_nouns", "words"),
        "determiners": ("determiners", "words"),
        "portfolio_words": ("portfolio_words", "words"),
        "state_owned_nouns": ("state_owned_nouns", "words"),
        "shared_office_nouns": ("shared_office_nouns", "words"),
        "group_owned_nouns": ("group_owned_nouns", "words"),
        "plural_only_nominals": ("plural_only_nominals", "words"),
        "land_nouns": ("land_nouns", "words"),
        "state_nouns": ("state_nouns", "words"),
        "mission_words": ("mission_words", "words"),
        "name_end_nouns": ("name_end_nouns", "words"),
        "body_name_ends": ("body_name_ends", "words"),
        "acting_regions": ("acting_regions", "words"),
        "governing_nouns": ("governing_nouns", "words"),
        "speaker_nouns": ("speaker_nouns", "words"),
        "group_nouns": ("group_nouns", "words"),
        "companion_preps": ("companion_preps", "words"),
        "branch_subjects": ("branch_subjects", "words"),
    },
    "function_words": {
        "adjunct_prepositions": ("adjunct_preps", "words"),
        "target_prepositions": ("target_preps", "words"),
        "tie_words": ("tie_words", "words"),
        "party_part_nouns": ("party_part_nouns", "words"),
        "campaign_nouns": ("campaign_nouns", "words"),
        "split_particles": ("split_particles", "words"),
        "listing_prepositions": ("listing_preps", "words"),
        "partner_prepositions": ("partner_preps", "words"),
        "served_prepositions": ("served_preps", "words"),
        "shielding_prepositions": ("shielding_preps", "words"),
        "hosting_verbs": ("hosting_verbs", "words"),
        "soldier_nouns": ("soldier_nouns", "words"),
        "allegiance_modifiers": ("allegiance_modifiers", "words"),
        "internal_prepositions": ("internal_preps", "words"),
        "verb_internal_prepositions": ("inside_preps", "words"),
        "place_prepositions": ("place_preps", "words"),
        "locative_prepositions": ("locative_preps", "words"),
        "place_only_prepositions": ("place_only_prepositions", "words"),
        "town_prepositions": ("town_prepositions", "words"),
        "settlement_nouns": ("settlement_nouns", "words"),
        "site_nouns": ("site_nouns", "words"),
        "site_name_starts": ("site_name_starts", "words"),
        "place_name_starts": ("place_name_starts", "words"),
        "place_name_ends": ("place_name_ends", "words"),
        "owner_prepositions": ("owner_preps", "words"),
        "counterparty_prepositions": ("counterparty_preps", "words"),
        "quantifiers": ("quantifiers", "words"),
        "naming_verbs": ("naming_verbs", "words"),
        "describing_verbs": ("describing_verbs", "words"),
        "temporal_prepositions": ("temporal_preps", "words"),
        "harming_verbs": ("harming_verbs", "words"),
        "noun_read_relation_verbs": ("noun_read_relation_verbs", "map"),
        "habitual_only_verbs": ("habitual_only_verbs", "words"),
        "reply_nouns": ("reply_nouns", "words"),
        "operation_words": ("operation_words", "words"),
        "deal_words": ("deal_words", "words"),
        "cessation_verbs": ("cessation_verbs", "words"),
        "severing_verbs": ("severing_verbs", "words"),
        "agent_nouns": ("agent_nouns", "words"),
        "directive_verbs": ("directive_verbs", "words"),
        "including_verbs": ("including_verbs", "words"),
        "listing_verbs": ("listing_verbs", "words"),
        "belonging_verbs": ("belonging_verbs", "words"),
        "integrating_verbs": ("integrating_verbs", "words"),
        "part_nouns": ("part_nouns", "words"),
        "banner_nouns": ("banner_nouns", "words"),
        "oath_nouns": ("oath_nouns", "words"),
        "coalition_words": ("coalition_words", "words"),
        "stative_participles": ("stative_participles", "words"),
    },
    "actors": {
        "metonyms": ("metonyms", "map"),
        "group_name_words": ("group_name_words", "words"),
        "militia_name_endings": ("militia_name_endings", "words"),
        "name_particles": ("name_particles", "words"),
        "honorifics": ("honorifics", "words"),
        "name_joiners": ("name_joiners", "words"),
        "name_articles": ("name_articles", "words"),
        "copular_verbs": ("copular_verbs", "words"),
        "leading_verbs": ("leading_verbs", "words"),
        "wing_nouns": ("wing_nouns", "words"),
        "nonmilitary_wings": ("nonmilitary_wings", "words"),
        "militia_name_heads": ("militia_name_heads", "words"),
        "generic_name_endings": ("generic_name_endings", "words"),
        "generic_unit_words": ("generic_unit_words", "words"),
        "militia_families": ("militia_families", "words"),
        "network_heads": ("network_heads", "words"),
        "armed_collectives": ("armed_collectives", "words"),
        "gang_name_articles": ("gang_name_articles", "words"),
        "hosted_nouns": ("hosted_nouns", "words"),
        "body_heads": ("body_heads", "words"),
        "judicial_name_words": ("judicial_name_words", "words"),
        "civil_body_heads": ("civil_body_heads", "words"),
        "body_name_endings": ("body_name_endings", "words"),
        "named_force_heads": ("named_force_heads", "words"),
        "state_force_modifiers": ("state_force_modifiers", "words"),
        "officer_nouns": ("officer_nouns", "words"),
        "posted_nouns": ("posted_nouns", "words"),
        "staff_nouns": ("staff_nouns", "words"),
        "state_voices": ("state_voices", "words"),
        "bare_state_voices": ("bare_state_voices", "words"),
        "bare_state_nouns": ("bare_state_nouns", "words"),
        "federations": ("federations", "words"),
        "service_words": ("service_words", "words"),
        "ministry_nouns": ("ministry_nouns", "words"),
        "police_documents": ("police_documents", "words"),
        "force_posts": ("force_posts", "words"),
        "story_force_heads": ("story_force_heads", "words"),
        "named_group_heads": ("named_group_heads", "words"),
        "named_party_heads": ("named_party_heads", "words"),
        "voice_bodies": ("voice_bodies", "words"),
        "armed_nouns": ("armed_nouns", "words"),
        "body_nouns": ("body_nouns", "words"),
        "research_nouns": ("research_nouns", "words"),
        "unit_nouns": ("unit_nouns", "words"),
        "armed_modifiers": ("armed_modifiers", "words"),
        "armed_heads": ("armed_heads", "words"),
        "armed_members": ("armed_members", "words"),
        "followers": ("followers", "words"),
        "person_nouns": ("person_nouns", "words"),
        "plain_person_nouns": ("plain_person_nouns", "words"),
    },
}


def _read(reader: _Reader, node: Node, form: str) -> Any:
    """One value of the lexicon in the form the schema names."""
    if form.startswith("triggers:"):
        _, category, predicate = form.split(":")
        return reader.triggers(node, category, predicate)
    readers: dict[str, Any] = {
        "words": lambda n: frozenset(reader.words(n)),
        "phrases": lambda n: tuple(tuple(m.split()) for m in reader.words(n)),
        "kinds": reader.kinds,
        "map": lambda n: {k: reader.scalar(v) for k, v in reader.free_mapping(n)},
        "kind_map": lambda n: _kind_map(reader, n),
        "units": lambda n: _units(reader, n),
        "bodies": lambda n: _bodies(reader, n),
    }
    return readers[form](node)


def _compose(text: str, path: str) -> Node:
    """The YAML node tree of ``text``, or a DataFileError naming the line."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DataFileError(f"{line}invalid YAML: {problem}", subject=path) from exc
    if root is None:
        raise DataFileError("line 1: empty file", subject=path)
    return root


def parse_lexicon(text: str, path: str = "triggers.yaml") -> Lexicon:
    """Build a :class:`Lexicon` from YAML text, or raise DataFileError."""
    reader = _Reader(path)
    top = reader.mapping(_compose(text, path), (*SCHEMA, "relations"))
    values: dict[str, Any] = {}
    for section, keys in SCHEMA.items():
        fields = reader.mapping(top[section], tuple(keys))
        for key, (name, form) in keys.items():
            values[name] = _read(reader, fields[key], form)
    relations, triggers = _relations(reader, top["relations"])
    for name in ("presence_triggers", "pledge_triggers", "denial_triggers"):
        triggers += values.pop(name)
    return Lexicon(relations=relations, triggers=tuple(triggers), **values)


def default_path() -> Path:
    """Where the packaged trigger lexicon lives."""
    return data_path("triggers.yaml")


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """Load (once per path) and validate the trigger lexicon."""
    target = Path(path) if path else default_path()
    text = read_data_file(target)
    return parse_lexicon(text, str(target))
