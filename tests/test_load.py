"""engine.io.load: every bad input becomes an InputError in French naming file, line and field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.core.errors import InputError, Problem
from engine.core.paths import DEFAULT_PACT
from engine.io.context import load_context, load_pact, resolve_pact
from engine.io.load import parse_yaml
from engine.io.overrides import parse_override, set_path

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


# --- hostile YAML (issue 12): refused with file, line and field before anything is built ---

def refusal(text: str, name: str = "essai.yaml") -> Problem:
    with pytest.raises(InputError) as err:
        parse_yaml(text, name)
    return only(err.value.problems)


def test_yaml_1_1_directive_is_refused_and_1_2_is_kept() -> None:
    p = refusal("%YAML 1.1\n---\na: no\nb: 052\n")
    assert (p.line, p.field) == (2, "(racine)") and "%YAML 1.1" in p.message
    assert parse_yaml("%YAML 1.2\n---\na: no\nb: 052\n", "e").data == {"a": "no", "b": 52}


@pytest.mark.parametrize("tag", ["!!python/object:os.system", "!foo", "!!str", "!!binary", "!",
                                 "!!int", "!<tag:yaml.org,2002:str>"])
def test_every_tag_is_refused(tag: str) -> None:
    p = refusal(f"a: 1\nb:\n  c: {tag} 5\n")
    assert (p.line, p.field) == (3, "b.c") and "étiquette YAML" in p.message


def test_tag_directive_and_several_documents_are_refused() -> None:
    assert "%TAG" in refusal("%TAG !e! tag:e.com,2000:\n---\na: 1\n").message
    p = refusal("a: 1\n---\nb: 2\n")
    assert p.line == 2 and "plusieurs documents" in p.message


def test_billion_laughs_is_refused_before_expansion() -> None:
    text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]\n"
        for i in range(8))
    p = refusal(text)
    assert p.line == 6 and p.field.startswith("f.") and "alias développés" in p.message


def test_aliases_are_capped_and_a_few_are_fine() -> None:
    assert parse_yaml("a: &x 1\nb: [*x, *x]\n", "e").data == {"a": 1, "b": [1, 1]}
    p = refusal("a: &x 1\nb: [" + ", ".join(["*x"] * 101) + "]\n")
    assert (p.line, p.field) == (2, "b.101") and "trop d'alias" in p.message


def test_recursive_and_undefined_aliases() -> None:
    assert "se contient lui-même" in refusal("a: &r [1, *r]\n").message
    assert "sans ancre" in refusal("a: *nulle_part\n").message


def test_an_anchored_boolean_stays_a_boolean() -> None:
    assert parse_yaml("a: &t true\nb: *t\n", "e").data == {"a": True, "b": True}


@pytest.mark.parametrize("text", ["a: " + "[" * 100_000 + "]" * 100_000,
                                  "".join("  " * i + f"k{i}:\n" for i in range(60)) + "  " * 60 + "v: 1\n"])
def test_deep_nesting_is_refused_without_recursion_error(text: str) -> None:
    assert "imbrication trop profonde" in refusal(text).message


@pytest.mark.parametrize(("value", "words"), [
    (".nan", "un nombre fini"), (".inf", "valeur infinie"), ("-.inf", "valeur infinie"),
    ("1e400", "valeur infinie"), ("9" * 4_000, "nombre démesuré (4000 chiffres)"),
    ("-1_000_000_000_000", "nombre démesuré"), ("0x" + "f" * 2_000, "nombre démesuré")])
def test_absurd_numbers_are_refused_with_line_and_field(value: str, words: str) -> None:
    p = refusal(f"pacte:\n  id: x\nbudget:\n  montant:\n    valeur: {value}\n")
    assert (p.line, p.field) == (5, "budget.montant.valeur") and words in p.message
    assert "attendu" in p.message


def test_large_but_sane_numbers_are_kept() -> None:
    assert parse_yaml("a: 999_999_999_999\nb: 1.5e11\n", "e").data == {"a": 999_999_999_999, "b": 1.5e11}


def test_complex_keys_and_bad_escapes_are_refused() -> None:
    assert "clé complexe" in refusal("? [a, b]\n: 1\n").message
    p = refusal('a: 1\nb: "\\UFFFFFFFF"\n')
    assert (p.line, p.field) == (2, "b") and "valeur impossible" in p.message


def test_syntax_errors_are_in_french() -> None:
    p = refusal("a: [b\n")
    assert "liste entre crochets non refermée" in p.message
    assert "tabulation" in refusal("a:\n\tb: 1\n").message
    assert "caractère de contrôle" in refusal("a: 'x\x07'\n").message


def test_a_received_value_is_quoted_short_and_escaped(tmp_path: Path) -> None:
    quoted = '"\\e[2J' + "x" * 10_000 + '"'  # YAML « \e » is the escape character
    text = REVOCATION.format(debat=15).replace("valeur: dimanche", "valeur: " + quoted)
    problems = problems_of(write(tmp_path, text))
    message = " ".join(p.message for p in problems)
    assert "\x1b" not in message and "x" * 61 not in message


def test_a_file_that_is_not_a_pact_is_named_not_quoted(tmp_path: Path) -> None:
    p = only(problems_of(write(tmp_path, "mot_de_passe: SECRET-123\njeton: SECRET-456\n")))
    assert p.field == "pacte" and "n'est pas un pacte" in p.message and "SECRET" not in p.message
    p = only(problems_of(write(tmp_path, "pacte: SECRET-123\n")))
    assert "SECRET" not in str(InputError([p]))


def test_the_pact_named_by_set_is_not_echoed(tmp_path: Path) -> None:
    secret = write(tmp_path, "cle: SECRET-789\n", "secret.yaml")
    with pytest.raises(InputError) as err:
        load_context(overrides=[parse_override(f"scenario.pacte={secret}")])
    assert "SECRET" not in str(err.value) and "secret.yaml" in str(err.value)


@pytest.mark.parametrize(("make", "words"), [
    (lambda d: d, "dossier"),
    (lambda d: Path("/dev/zero"), "pas un fichier ordinaire"),
    (lambda d: (d / "gros.yaml").write_bytes(b"a: b\n" * 500_000) and d / "gros.yaml", "trop gros"),
    (lambda d: (d / "nul.yaml").write_bytes(b"a: 1\n\x00") and d / "nul.yaml", "octets nuls")])
def test_special_files_are_refused(tmp_path: Path, make: Any, words: str) -> None:
    assert words in only(problems_of(make(tmp_path))).message


def test_a_fifo_never_blocks(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "tube.yaml"
    os.mkfifo(fifo)
    assert "pas un fichier ordinaire" in only(problems_of(fifo)).message


def test_a_symlink_loop_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").symlink_to(tmp_path / "b.yaml")
    (tmp_path / "b.yaml").symlink_to(tmp_path / "a.yaml")
    p = only(problems_of(tmp_path / "a.yaml"))
    assert "boucle" in p.message and p.file.endswith("a.yaml")


def test_a_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + HEADER.encode())
    assert load_pact(path).info.id == "essai"


# --- --set hardening --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "words"), [
    ("a.b=" + "[" * 2_000 + "]" * 2_000, "imbrication"),
    ("a.b=*x", "sans ancre"), ("a.b=!!binary aGk=", "étiquette"), ("a.b=.nan", "nombre fini"),
    ("a.b=" + "1" * 4_500, "nombre démesuré"), ("a.b=1\n---\n2", "plusieurs documents"),
    ("a.b=" + "x" * 20_000, "argument trop long"),
    (".".join(["a"] * 1_000) + "=1", "chemin trop"), ("a" * 300 + "=1", "chemin trop long"),
    ("a..b=1", "nom vide")])
def test_hostile_overrides_are_refused(text: str, words: str) -> None:
    with pytest.raises(InputError) as err:
        parse_override(text)
    p = only(err.value.problems)
    assert p.file == "--set" and words in p.message and p.line is None
    assert len(p.field) <= 200


def test_override_errors_name_the_path_as_field() -> None:
    with pytest.raises(InputError) as err:
        parse_override("votation_propositionnelle.seuil_pct=.inf")
    assert only(err.value.problems).field == "votation_propositionnelle.seuil_pct"


@pytest.mark.parametrize("index", ["9" * 5_000, "²", "0", "-1"])
def test_set_path_with_a_strange_index(index: str) -> None:
    with pytest.raises(InputError) as err:
        set_path({"a": [1, 2]}, f"a.{index}", 3, "--set")
    assert len(str(err.value)) < 700
