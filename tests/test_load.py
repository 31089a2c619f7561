"""engine.load: every bad input becomes an InputError in French naming file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.errors import InputError, Problem
from engine.load import (
    DEFAULT_PACT,
    load_context,
    load_pact,
    parse_override,
    parse_yaml,
    resolve_pact,
    set_path,
)

HEADER = """pacte:
  id: essai
  titre: Pacte d'essai
  liste: Liste d'essai
  commune: Chambéry
  source: essai.txt § Tout
"""
REFERENDUM = HEADER + """referendum_municipal:
  titre: Référendum
  description: Référendum local
  source: essai.txt § Référendum
  participation_min_pct:
    description: Participation minimale
    unite: pourcent
    valeur: {participation}
  majorite_suffrages_pct:
    description: Majorité
    unite: pourcent
    valeur: 50
  suivre_sans_quorum:
    description: Suivre sans quorum
    unite: booleen
    valeur: {suivre}
  minimum_par_mandat:
    description: Minimum
    unite: nombre
    valeur: 1
"""
REVOCATION = HEADER + """consultation_revocation:
  titre: Révocation
  description: Consultation de révocation
  source: essai.txt § Révocation
  debat_public_jours:
    description: Durée du débat
    unite: jours
    valeur: {debat}
  majorite_suffrages_pct:
    description: Majorité
    unite: pourcent
    valeur: 50
  effet_du_oui:
    description: Effet du oui
    unite: texte
    valeur: demission_demandee
  jour_de_vote:
    description: Jour du vote
    unite: texte
    valeur: dimanche
"""


def write(tmp_path: Path, text: str, name: str = "pacte.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(InputError) as err:
        load_pact(path)
    return err.value.problems


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, problems
    return problems[0]


# --- valid pacts ------------------------------------------------------------------------

def test_the_bundled_pact_and_scenario_load() -> None:
    scen, pact = load_context()
    assert pact.info.id == "chambery-2026" and scen.commune.electors.at() == 34757
    assert resolve_pact("chambery-2026") == DEFAULT_PACT


def test_a_pact_with_no_clause_is_valid(tmp_path: Path) -> None:
    pact = load_pact(write(tmp_path, HEADER))
    assert pact.clauses() == {}


def test_yaml_1_2_keeps_strings_and_decimals(tmp_path: Path) -> None:
    pact = load_pact(write(tmp_path, REFERENDUM.format(participation="050", suivre="true")))
    assert pact.referendum.turnout_pct.at() == 50  # « 050 » is fifty, not octal 40


# --- bad files --------------------------------------------------------------------------

def test_140_percent(tmp_path: Path) -> None:
    p = only(problems_of(write(tmp_path, REFERENDUM.format(participation=140, suivre="true"))))
    assert (Path(p.file).name, p.line, p.field) == ("pacte.yaml", 14, "referendum_municipal.participation_min_pct.valeur")
    assert "valeur trop grande" in p.message and "≤ 100" in p.message


def test_yaml_1_1_no_is_not_false(tmp_path: Path) -> None:
    p = only(problems_of(write(tmp_path, REFERENDUM.format(participation=50, suivre="no"))))
    assert (p.line, p.field) == (22, "referendum_municipal.suivre_sans_quorum.valeur")
    assert "un booléen est attendu" in p.message and "'no'" in p.message


@pytest.mark.parametrize(("debat", "message"), [
    ("-15", "valeur trop petite"), ("quinze", "un nombre entier est attendu"),
    ("15.5", "un nombre entier est attendu"), ("2201", "valeur trop grande")])
def test_bad_delays(tmp_path: Path, debat: str, message: str) -> None:
    p = only(problems_of(write(tmp_path, REVOCATION.format(debat=debat))))
    assert (p.line, p.field) == (14, "consultation_revocation.debat_public_jours.valeur")
    assert message in p.message


def test_unknown_clause(tmp_path: Path) -> None:
    p = only(problems_of(write(tmp_path, HEADER + "votation_imaginaire:\n  titre: x\n")))
    assert (p.line, p.field) == (7, "votation_imaginaire")
    assert "champ inconnu" in p.message


def test_unknown_key(tmp_path: Path) -> None:
    p = only(problems_of(write(tmp_path, HEADER.replace("  source:", "  couleur: rouge\n  source:"))))
    assert (p.line, p.field) == (6, "pacte.couleur")


def test_unknown_key_inside_a_parameter(tmp_path: Path) -> None:
    text = REVOCATION.format(debat=15).replace("    unite: jours\n", "    unite: jours\n    unité: jours\n")
    p = only(problems_of(write(tmp_path, text)))
    assert (p.line, p.field) == (14, "consultation_revocation.debat_public_jours.unité")


def test_impossible_date(tmp_path: Path) -> None:
    p = only(problems_of(write(tmp_path, HEADER.replace("  source:", "  date: 2026-02-30\n  source:"))))
    assert (p.line, p.field) == (6, "pacte.date")
    assert "date impossible « 2026-02-30 »" in p.message


def test_impossible_dated_value_key(tmp_path: Path) -> None:
    text = REVOCATION.format(debat=15).replace(
        "    valeur: 15\n", "    valeurs:\n      2026-03-27: 15\n      2027-02-29: 21\n")
    p = only(problems_of(write(tmp_path, text)))
    assert (p.line, p.field) == (16, "consultation_revocation.debat_public_jours.valeurs.2027-02-29")


def test_duplicate_key(tmp_path: Path) -> None:
    p = only(problems_of(write(tmp_path, HEADER.replace("  titre:", "  id: autre\n  titre:"))))
    assert p.line == 3 and p.field == "id"
    assert "en double" in p.message


def test_malformed_yaml(tmp_path: Path) -> None:
    p = only(problems_of(write(tmp_path, HEADER.replace("liste: Liste d'essai", "liste: [Liste"))))
    assert p.line is not None and "YAML mal formé" in p.message


def test_missing_field(tmp_path: Path) -> None:
    p = only(problems_of(write(tmp_path, HEADER.replace("  titre: Pacte d'essai\n", ""))))
    assert (p.line, p.field, p.message) == (1, "pacte.titre", "champ obligatoire absent")


def test_source_without_section(tmp_path: Path) -> None:
    p = only(problems_of(write(tmp_path, HEADER.replace("essai.txt § Tout", "essai.txt"))))
    assert p.field == "pacte.source" and "document § section" in p.message


def test_root_must_be_a_mapping(tmp_path: Path) -> None:
    p = only(problems_of(write(tmp_path, "- une liste\n")))
    assert p.field == "(racine)"


@pytest.mark.parametrize(("content", "message"), [
    (None, "fichier introuvable"), (b"\xff\xfe pacte", "UTF-8")])
def test_unreadable_files(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "pacte.yaml"
    if content is not None:
        path.write_bytes(content)
    assert message in only(problems_of(path)).message
    assert "dossier" in only(problems_of(tmp_path)).message


def test_dated_value_after_the_mandate(tmp_path: Path) -> None:
    text = REVOCATION.format(debat=15).replace(
        "    valeur: 15\n", "    valeurs:\n      2026-03-27: 15\n      2033-01-01: 21\n")
    with pytest.raises(InputError) as err:
        load_context("chambery", write(tmp_path, text))
    p = only(err.value.problems)
    assert (p.line, p.field) == (16, "consultation_revocation.debat_public_jours.valeurs.2033-01-01")
    assert "date hors du mandat" in p.message


# --- --set overrides --------------------------------------------------------------------

def test_override_is_validated_like_the_file() -> None:
    scen, pact = load_context(overrides=[parse_override("votation_propositionnelle.seuil_pct=2")])
    assert pact.petition.threshold_pct.at() == 2
    with pytest.raises(InputError) as err:
        load_context(overrides=[parse_override("votation_propositionnelle.seuil_pct=140")])
    p = only(err.value.problems)
    assert p.file == "--set" and "valeur trop grande" in p.message


def test_override_of_the_scenario() -> None:
    scen, _ = load_context(overrides=[parse_override("commune.electeurs_inscrits=40000")])
    assert scen.commune.electors.at() == 40000


@pytest.mark.parametrize("text", ["votation_propositionnelle.seuil_inconnu=3",
                                  "clause_inconnue.seuil=3", "votation_propositionnelle.seuil_pct.valeur.x=1"])
def test_override_on_an_unknown_path(text: str) -> None:
    with pytest.raises(InputError) as err:
        load_context(overrides=[parse_override(text)])
    p = only(err.value.problems)
    assert p.file == "--set" and p.field == text.split("=")[0]
    assert any(w in p.message for w in ("inconnu", "sous-champs", "n'existe pas"))


def test_override_no_is_a_string_not_false() -> None:
    with pytest.raises(InputError) as err:
        load_context(overrides=[parse_override("votation_abrogatoire.suspension_execution=no")])
    assert "un booléen est attendu" in only(err.value.problems).message


@pytest.mark.parametrize("text", ["sans_egal", "=3"])
def test_malformed_override(text: str) -> None:
    with pytest.raises(InputError):
        parse_override(text)


def test_set_path_counts_list_items_from_one() -> None:
    data = {"a": [{"b": 1}, {"b": 2}]}
    set_path(data, "a.2.b", 5, "--set")
    assert data == {"a": [{"b": 1}, {"b": 5}]}
    with pytest.raises(InputError):
        set_path(data, "a.3.b", 5, "--set")


# --- properties -------------------------------------------------------------------------

YAMLISH = st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!|>'\"%@`#, \n\t0129.?\\")), max_size=80)


@settings(max_examples=100, deadline=None)
@given(YAMLISH | st.text(max_size=80))
def test_prop_any_text_either_parses_or_gives_a_french_input_error(text: str) -> None:
    try:
        parse_yaml(text, "essai.yaml")
    except InputError as exc:
        assert all(p.file == "essai.yaml" and p.message for p in exc.problems)
