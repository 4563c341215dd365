"""Repairs the pipeline makes to the small parser's trees before any reader runs."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimgraph.model import Document
from claimgraph.nlp import pipeline
from claimgraph.nlp.extract import Extractor
from claimgraph.nlp.pipeline import APPOSITIONS, appositions, is_tree, load_pipeline


def _head_of(text: str, word: str) -> str:
    doc = load_pipeline()(text)
    token = next(t for t in doc if t.text == word)
    return token.head.text


@pytest.mark.parametrize(
    ("text", "word", "head"),
    [
        (
            "The blockade is enforced by Jama'at Nusrat al-Islam wal-Muslimin (JNIM), "
            "the Sahel branch of al-Qaeda, which has encircled Djibo since early 2022.",
            "branch",
            "JNIM",
        ),
        (
            "The Taliban's spokesman, Zabihullah Mujahid, rejected the report.",
            "Mujahid",
            "spokesman",
        ),
    ],
)
def test_an_apposition_describes_the_name_before_its_comma(text: str, word: str, head: str) -> None:
    assert _head_of(text, word) == head


def test_between_pairs_its_two_parties() -> None:
    doc = load_pipeline()("A ceasefire between the rebels and Bogotá took effect on Thursday.")
    second = next(t for t in doc if t.text == "Bogotá")
    assert second.dep_ == "conj"
    assert second.head.text == "rebels"


def test_a_second_subject_after_a_comma_describes_the_first() -> None:
    doc = load_pipeline()(
        "The Sahara Support Corps (SSC), a paramilitary group led by Idris Mahamat, "
        "has fought the army since April."
    )
    group = next(t for t in doc if t.text == "group")
    assert group.dep_ == "appos"
    assert group.head.text == "Corps"


def test_a_wire_dateline_is_parsed_apart_from_the_first_sentence() -> None:
    doc = load_pipeline()(
        "PORT SUDAN, Jan 22 (CNW) — The United Arab Emirates flew weapons to the RSF."
    )
    verb = next(t for t in doc if t.text == "flew")
    subjects = [c.text for c in verb.children if c.dep_ == "nsubj"]
    assert subjects == ["Emirates"]
    assert doc[verb.i].sent.start > 0


def test_a_name_after_a_role_noun_describes_the_role() -> None:
    doc = load_pipeline()(
        "The RSF is commanded by Mohamed Hamdan Dagalo, a former camel trader from Darfur "
        "better known as Hemedti, who until the war served as deputy to the army chief, "
        "General Abdel Fattah al-Burhan."
    )
    burhan = next(t for t in doc if t.text == "Burhan")
    assert burhan.head.text == "chief"


@pytest.mark.parametrize(
    ("text", "word", "head"),
    [
        (
            "The same report described growing cooperation between the TTP and al-Qaeda, "
            "which it said was helping to train TTP recruits.",
            "said",
            "Qaeda",
        ),
        (
            "Its commander-in-chief, Twan Mrat Naing, has said the group has grown.",
            "Naing",
            "commander",
        ),
    ],
)
def test_a_clause_or_name_set_off_by_a_comma_describes_the_name_before_it(
    text: str, word: str, head: str
) -> None:
    assert _head_of(text, word) == head


@pytest.mark.parametrize(
    ("text", "accusing", "denying"),
    [
        (
            "Islamabad has long accused the Afghan Taliban of sheltering the TTP's leadership, "
            "a charge the Taliban have repeatedly denied.",
            "accused",
            "denied",
        ),
        (
            "Islamabad accuses the Afghan Taliban of sheltering the TTP's leadership, a charge "
            "Kabul denies.",
            "accuses",
            "denies",
        ),
    ],
)
def test_an_accusation_with_a_trailing_charge_denied_stays_the_statement(
    text: str, accusing: str, denying: str
) -> None:
    doc = load_pipeline()(text)
    roots = [t.text for t in doc if t.dep_ == "ROOT"]
    assert roots == [accusing]
    denied = next(t for t in doc if t.text == denying)
    assert (denied.dep_, denied.head.text) == ("relcl", "charge")


@pytest.mark.parametrize(
    "text",
    [
        "In a statement, Jaish al-Adl said the missiles had hit civilians and denied that it "
        "had any bases in Pakistan.",
        "In a statement, Jaish al-Adl said the missiles had hit the homes of civilians, denied "
        "that it had any bases in Pakistan and said its fighters lived in Iran.",
    ],
)
def test_a_second_act_of_the_speaker_is_coordinated_with_the_first(text: str) -> None:
    doc = load_pipeline()(text)
    denied = next(t for t in doc if t.text == "denied")
    assert denied.dep_ == "conj"
    assert denied.head.text == "said"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The ADF's fighters number about 1,500.", "fighters"),
        ("Al-Shabaab fighters number between 7,000 and 12,000.", "fighters"),
    ],
)
def test_number_after_a_plural_subject_is_a_verb(text: str, subject: str) -> None:
    doc = load_pipeline()(text)
    verb = next(t for t in doc if t.lower_ == "number")
    assert verb.pos_ == "VERB"
    assert [c.text for c in verb.children if c.dep_ == "nsubj"] == [subject]


def test_the_number_of_fighters_stays_a_noun() -> None:
    doc = load_pipeline()("The number of fighters is about 1,500.")
    assert next(t for t in doc if t.lower_ == "number").pos_ == "NOUN"


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Kinshasa accuses Rwanda of arming the M23, a charge Kigali rejects.", "Kigali"),
        (
            "Turkey regards the YPG as the PKK's Syrian branch, a description the SDF rejects.",
            "SDF",
        ),
        (
            "The SDF has accused units of the army of letting ISIS cells slip through their "
            "lines, a charge the defence ministry in Damascus rejects.",
            "ministry",
        ),
    ],
)
def test_a_charge_a_name_rejects_is_a_relative_clause_on_the_charge(text: str, denier: str) -> None:
    doc = load_pipeline()(text)
    rejects = next(t for t in doc if t.text == "rejects")
    assert (rejects.pos_, rejects.dep_, rejects.head.lower_) in {
        ("VERB", "relcl", "charge"),
        ("VERB", "relcl", "description"),
    }
    assert [c.text for c in rejects.children if c.dep_ == "nsubj"] == [denier]


def test_a_charge_denied_that_was_parsed_as_the_root_leaves_a_tree() -> None:
    # parsed with "rejects" as the root and "a charge Egypt" as its modifiers; hanging the
    # charge on the old root's head once made the two each other's head
    doc = load_pipeline()(
        "The RSF has accused Egypt of bombing its positions, a charge Egypt rejects."
    )
    for token in doc:
        steps = 0
        while token.head.i != token.i and steps <= len(doc):
            token, steps = token.head, steps + 1
        assert steps <= len(doc), "a cycle in the tree"
    assert [t.text for t in doc if t.dep_ == "ROOT"] == ["accused"]
    rejects = next(t for t in doc if t.text == "rejects")
    assert (rejects.dep_, rejects.head.text) == ("relcl", "charge")


def test_the_ministry_of_a_charge_denied_keeps_its_place_name() -> None:
    doc = load_pipeline()(
        "The SDF has accused units of the army of letting ISIS cells slip through their "
        "lines, a charge the defence ministry in Damascus rejects."
    )
    damascus = next(t for t in doc if t.text == "Damascus")
    assert (damascus.dep_, damascus.head.text, damascus.head.head.text) == (
        "pobj",
        "in",
        "ministry",
    )


def test_a_subject_read_into_an_opening_date_goes_back_to_its_verb() -> None:
    doc = load_pipeline()(
        "In February Chad and Niger agreed to mount joint patrols on the northern shore and to "
        "share intelligence on the movements of Boko Haram and ISWAP, and in March the defence "
        "ministers of Chad and Cameroon signed an agreement to coordinate operations along their "
        "border on the Logone river."
    )
    chad = doc[2]
    assert (chad.text, chad.dep_, chad.head.text) == ("Chad", "nsubj", "agreed")
    assert (doc[1].dep_, doc[1].head.text) == ("pobj", "In")


def test_an_accusation_after_a_reported_clause_is_the_speakers_second_act() -> None:
    doc = load_pipeline()(
        "Zaw Min Tun said that troops were holding their ground and accused the KIA of "
        "using residents as human shields."
    )
    accused = next(t for t in doc if t.text == "accused")
    assert (accused.dep_, accused.head.text) == ("conj", "said")


def test_a_second_object_after_a_comma_describes_the_first() -> None:
    doc = load_pipeline()("The army fought the Bonde dos 13, a local gang allied with Hamas.")
    gang = next(t for t in doc if t.text == "gang")
    assert gang.dep_ == "appos"
    assert gang.head.text == "dos"


@pytest.mark.parametrize("word", ["co-founder", "Co-founder"])
def test_a_co_word_stays_one_token(word: str) -> None:
    doc = load_pipeline()(f"{word} of the group, he was arrested in 2021.")
    assert doc[0].text == word


def test_a_name_beside_the_wing_of_a_group_names_the_wing() -> None:
    doc = load_pipeline()(
        "The armed wing of the Karen National Union (KNU), the Karen National Liberation "
        "Army (KNLA), holds sway over most of rural Kayin State."
    )
    army = next(t for t in doc if t.text == "Army")
    assert (army.dep_, army.head.text) == ("appos", "wing")


def test_a_past_form_after_a_described_name_is_the_sentences_verb() -> None:
    doc = load_pipeline()("Ansaru, a small jihadist outfit, split from Boko Haram in 2012.")
    split = next(t for t in doc if t.text == "split")
    assert (split.dep_, split.pos_) == ("ROOT", "VERB")
    assert [c.text for c in split.children if c.dep_ == "nsubj"] == ["Ansaru"]


@pytest.mark.parametrize(
    "text",
    [
        "The Mahmuda group had never been more than a front for Ansaru.",
        "The Mahmuda group is no more than a front for Ansaru.",
        "The Mahmuda group is nothing more than a front for Ansaru.",
    ],
)
def test_no_more_than_a_noun_makes_the_noun_the_complement(text: str) -> None:
    doc = load_pipeline()(text)
    front = next(t for t in doc if t.text == "front")
    assert front.dep_ == "attr"
    assert not any(t.dep_ == "neg" for t in doc)


def test_a_name_before_a_second_verb_is_its_subject_not_an_object() -> None:
    doc = load_pipeline()(
        "Kinshasa undertook to neutralise the FDLR and Kigali committed itself to lifting "
        "its defensive measures."
    )
    kigali = next(t for t in doc if t.text == "Kigali")
    assert (kigali.dep_, kigali.head.text) == ("nsubj", "committed")


def test_a_subject_hung_on_an_auxiliary_goes_to_its_verb() -> None:
    doc = load_pipeline()(
        "Some 10,000 troops of the Burundi National Defence Force (FDNB) remain deployed in "
        "South Kivu."
    )
    troops = next(t for t in doc if t.text == "troops")
    assert troops.head.text == "deployed"
    assert troops.dep_ in ("nsubj", "nsubjpass")


def test_a_name_run_into_an_opening_phrase_is_the_verbs_subject() -> None:
    doc = load_pipeline()("At its peak SAMIM had about 2,000 personnel.")
    samim = next(t for t in doc if t.text == "SAMIM")
    peak = next(t for t in doc if t.text == "peak")
    assert (samim.dep_, samim.head.text) == ("nsubj", "had")
    assert (peak.dep_, peak.head.text) == ("pobj", "At")


def test_no_sentence_starts_with_a_comma() -> None:
    text = (
        "Read the full story: gulfcourier.example/diplomacy/doha-talks-stall\n\n"
        "Kigali, for its part, dismisses as fabricated the UN experts' finding that between "
        "6,000 and 7,000 of its troops fought beside the rebels, the Kigali Sentinel reported."
    )
    doc = load_pipeline()(text)
    assert not any(sent[0].text in (",", ";", ":") for sent in doc.sents)
    assert any(sent.text.startswith("Kigali, for its part") for sent in doc.sents)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "The militia taxes the gold trade, three officers stated.99 Relations with the "
            "army remain tense.",
            ["The militia taxes the gold trade, three officers stated.99", "Relations"],
        ),
        (
            "ISIL fighters remain active in Iraq.43 JNIM is stronger.",
            ["ISIL fighters remain active in Iraq.43", "JNIM is stronger."],
        ),
        # A sanctions list's reference in capitals is no footnote.
        (
            "Member States regard Saif al-Adel (QDi.001) as the leader.",
            ["Member States regard Saif al-Adel (QDi.001) as the leader."],
        ),
    ],
)
def test_a_footnote_marker_after_a_full_stop_ends_the_sentence(
    text: str, sentences: list[str]
) -> None:
    found = [s.text for s in load_pipeline()(text).sents]
    assert len(found) == len(sentences)
    assert all(f.startswith(s) for f, s in zip(found, sentences, strict=True))


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Its fighters collect fees in Bari.[^33] The group also taxes ports.", "The group"),
        ("Hamas said it remained committed to the ceasefire.[3] JAD cells carry food.", "JAD"),
    ],
)
def test_a_bracketed_footnote_marker_after_a_full_stop_ends_the_sentence(
    text: str, second: str
) -> None:
    # (the marker itself may end the first sentence or stand alone)
    found = [s.text for s in load_pipeline()(text).sents]
    assert found[0].startswith(text[:20])
    assert any(f.startswith(second) for f in found)
    assert not any(second in f and "." in f.split(second)[0] for f in found)


def test_every_token_after_footnote_markers_has_a_tree_to_walk() -> None:
    # Barring a sentence break before a bracketed marker once left the parser with a
    # broken tree here, and walking a subtree crashed the process.
    doc = load_pipeline()(
        "The ministry accused the party of holding the country to ransom.[18] The TLP "
        "denied that its workers had started the violence and challenged the ban, which "
        "it called unconstitutional.[19]"
    )
    assert all(len(list(token.subtree)) <= len(doc) for token in doc)


def test_a_reporting_verb_read_as_a_noun_after_a_relative_clause_is_the_verb() -> None:
    doc = load_pipeline()(
        "Indian security officials we spoke to in Aizawl estimate that the CNA has about "
        "3,000 fighters."
    )
    estimate = next(t for t in doc if t.lower_ == "estimate")
    officials = next(t for t in doc if t.lower_ == "officials")
    has = next(t for t in doc if t.lower_ == "has")
    assert (estimate.dep_, officials.head.i, officials.dep_) == ("ROOT", estimate.i, "nsubj")
    assert (has.head.i, has.dep_) == (estimate.i, "ccomp")


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabaab pledged allegiance to al-Qaeda.",
        "Al-Shabaab swore allegiance to al-Qaeda in 2012 and remains its East African branch; "
        "its emir has led the group since 2014.",
    ],
)
def test_a_past_form_read_as_a_modifier_after_a_hyphenated_name_is_the_verb(text: str) -> None:
    doc = load_pipeline()(text)
    verb = doc[3]
    assert (doc[2].text, doc[2].dep_, doc[2].head.i) == ("Shabaab", "nsubj", verb.i)
    assert (doc[4].text, doc[4].dep_, doc[4].head.i) == ("allegiance", "dobj", verb.i)
    remains = [t for t in doc if t.text == "remains"]
    assert all((t.dep_, t.head.i) == ("conj", verb.i) for t in remains)


def test_a_second_gerund_after_of_is_coordinated_with_the_first() -> None:
    doc = load_pipeline()(
        "The Government of Pakistan has long accused India of financing and arming the BLA."
    )
    financing, arming = doc[9], doc[11]
    assert (arming.text, arming.dep_, arming.head.i) == ("arming", "conj", financing.i)


@pytest.mark.parametrize(
    "text", ["The party rejects that charge.", "The Baloch Republican Party rejects that charge."]
)
def test_that_charge_after_a_denial_is_its_object_not_a_clause(text: str) -> None:
    doc = load_pipeline()(text)
    charge = next(t for t in doc if t.text == "charge")
    rejects = next(t for t in doc if t.text == "rejects")
    assert (charge.dep_, charge.head.i) == ("dobj", rejects.i)
    assert [t.text for t in rejects.children if t.dep_ == "nsubj"] in (["party"], ["Party"])


def test_a_verb_read_as_a_noun_after_a_name_in_a_verbless_sentence_is_the_verb() -> None:
    doc = load_pipeline()("The Dozo act as an auxiliary force of the VDP.")
    act = doc[2]
    assert (act.text, act.tag_, act.dep_) == ("act", "VBP", "ROOT")
    assert (doc[1].text, doc[1].dep_, doc[1].head.i) == ("Dozo", "nsubj", act.i)


def test_a_gerund_with_an_object_read_as_a_noun_is_a_gerund() -> None:
    doc = load_pipeline()(
        "Federal officials accuse Eritrea of training Fano units and of letting their "
        "commanders rest on Eritrean soil."
    )
    training = doc[5]
    assert (training.text, training.tag_, training.dep_) == ("training", "VBG", "pcomp")


@pytest.mark.parametrize(
    ("text", "verb", "subject", "objects"),
    [
        ("India says the ISI arms the BKI.", "arms", "ISI", ["BKI"]),
        ("It also says Iran arms and pays Kataib Hezbollah.", "arms", "Iran", []),
    ],
)
def test_a_reported_verb_read_as_the_object_of_says_is_the_reported_clause(
    text: str, verb: str, subject: str, objects: list[str]
) -> None:
    doc = load_pipeline()(text)
    word = next(t for t in doc if t.text == verb)
    assert (word.tag_, word.dep_) == ("VBZ", "ccomp")
    assert [c.text for c in word.children if c.dep_ == "nsubj"] == [subject]
    assert [c.text for c in word.children if c.dep_ == "dobj"] == objects


def test_the_verbs_listed_after_a_repaired_verb_share_its_subject() -> None:
    doc = load_pipeline()("India says the ISI arms the BKI, shelters its leaders and pays them.")
    arms, shelters = doc[4], doc[8]
    assert (shelters.dep_, shelters.head.i) == ("conj", arms.i)


def test_arms_after_a_name_with_no_phrase_after_it_stays_a_noun() -> None:
    doc = load_pipeline()("Police found Taliban arms near the border.")
    assert next(t for t in doc if t.text == "arms").tag_ == "NNS"


def _break_into_a_cycle(doc: Doc) -> None:
    """Hang the root on its own subject: the two are each other's head."""
    root = next(t for t in doc if t.head.i == t.i)
    root.head = next(t for t in doc if t.dep_ == "nsubj")


def test_a_tree_with_a_cycle_is_no_tree() -> None:
    doc = load_pipeline()("Mali accuses Algeria of sheltering JNIM.")
    assert is_tree(doc)
    _break_into_a_cycle(doc)
    assert not is_tree(doc)


def test_repairs_that_leave_a_cycle_give_back_the_parsers_tree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nlp = load_pipeline()
    with nlp.select_pipes(disable=[APPOSITIONS]):
        parsed = nlp("Mali accuses Algeria of sheltering JNIM.")
    expected = [(t.head.i, t.dep_) for t in parsed]
    monkeypatch.setattr(pipeline, "_repair", _break_into_a_cycle)
    doc = appositions(parsed)
    assert is_tree(doc)
    assert [(t.head.i, t.dep_) for t in doc] == expected


def test_a_closing_report_read_as_a_relative_clause_becomes_the_reporting_verb() -> None:
    doc = load_pipeline()("ISIS-K has about 2,000 fighters, a senior official told Reuters.")
    told = next(t for t in doc if t.text == "told")
    has = next(t for t in doc if t.text == "has")
    assert (told.dep_, has.dep_, has.head.text) == ("ROOT", "ccomp", "told")


def test_a_name_joined_to_a_hyphenated_name_is_its_conjunct() -> None:
    doc = load_pipeline()("The Taliban and ISIS-K are enemies.")
    taliban = next(t for t in doc if t.text == "Taliban")
    k = next(t for t in doc if t.text == "K")
    assert (taliban.dep_, k.dep_, k.head.text) == ("nsubj", "conj", "Taliban")


def test_names_modifying_a_common_noun_stay_modifiers() -> None:
    doc = load_pipeline()("The US and UK governments sanctioned the group.")
    assert next(t for t in doc if t.text == "governments").dep_ == "nsubj"


@pytest.mark.parametrize(
    "text",
    [
        "Iran funds the Houthis.\n\nThe Taliban sheltered al-Qaeda in the 1990s.",
        "In the 1990s, the Taliban sheltered al-Qaeda.",
    ],
)
def test_a_participle_after_a_name_in_a_verbless_sentence_is_its_verb(text: str) -> None:
    doc = load_pipeline()(text)
    sheltered = next(t for t in doc if t.text == "sheltered")
    subjects = [c.text for c in sheltered.children if c.dep_ == "nsubj"]
    assert (sheltered.dep_, subjects) == ("ROOT", ["Taliban"])


def test_a_hyphenated_participle_stays_a_modifier() -> None:
    doc = load_pipeline()("The Taliban-sheltered al-Qaeda grew.")
    assert next(t for t in doc if t.text == "sheltered").dep_ != "ROOT"


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("", [""]),
        ("One line.", ["One line."]),
        ("First.\n\nSecond.", ["First.\n\n", "Second."]),
        ("First.\n \n\n  Second.\n\n", ["First.\n \n\n  ", "Second.\n\n"]),
        ("\n\nLate start.", ["\n\n", "Late start."]),
        ("A heading\nand its line.", ["A heading\nand its line."]),
    ],
)
def test_paragraph_texts_cut_after_blank_lines_and_join_back(text: str, pieces: list[str]) -> None:
    assert pipeline.paragraph_texts(text) == pieces
    assert "".join(pieces) == text


def _tree(tokens: Doc | list) -> list[tuple[str, str, int]]:
    return [(t.text, t.dep_, t.head.i - t.i) for t in tokens if not t.is_space]


def test_each_paragraph_is_parsed_as_if_alone() -> None:
    """In one Doc with the paragraph before it, the model read "Around Djibo" as a
    compound name; parsed by paragraph, it is the phrase it is alone."""
    nlp = load_pipeline()
    first, second = (
        "Talks stalled in March.",
        "Around Djibo, most of the fighting is done by Ansarul Islam.",
    )
    [doc] = pipeline.parse_by_paragraph(nlp, [f"{first}\n\n{second}"])
    assert doc.text == f"{first}\n\n{second}"
    rest = [t for t in doc if t.idx > len(first)]
    assert _tree(rest) == _tree(nlp(second))
    assert next(t for t in doc if t.text == "Around").dep_ == "prep"
    assert [s.text.strip() for s in doc.sents] == [first, second]


def test_paragraphs_of_several_texts_are_parsed_together_and_kept_apart() -> None:
    texts = ["Al-Shabaab holds Jilib.\n\nIt also raids Kenya.", "", "ISWAP attacked Monguno."]
    docs = list(pipeline.parse_by_paragraph(load_pipeline(), texts))
    assert [d.text for d in docs] == texts
    assert [e.text for e in docs[2].ents] == [e.text for e in load_pipeline()(texts[2]).ents]


def test_the_extractor_parses_bodies_by_paragraph() -> None:
    text = "Talks stalled in March.\n\nAround Djibo, most of the fighting is done by Ansarul Islam."
    doc = Extractor(presence_model=None).parse(Document.create(text))
    assert doc.text == text
    assert next(t for t in doc if t.text == "Around").dep_ == "prep"


def test_a_denial_read_as_a_noun_before_claims_is_the_verb() -> None:
    doc = load_pipeline()("Kigali dismisses reports that its troops are in Congo.")
    assert is_tree(doc)
    verb, noun = doc[1], doc[2]
    assert (verb.dep_, verb.pos_) == ("ROOT", "VERB")
    assert (noun.dep_, noun.head.i) == ("dobj", verb.i)
    assert doc[0].dep_ == "nsubj" and doc[0].head.i == verb.i
