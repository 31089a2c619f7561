"""engine/io/validation.py: a misspelt key anywhere in a pact or a scenario gives the French
error with file, line and field, plus the closest valid key at that level of the schema;
an unknown clause with no close key lists the known clauses and the free clause."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.core.errors import InputError, Problem
from engine.core.paths import DEFAULT_PACT, DEFAULT_SCENARIO
from engine.io.context import load_context, load_pact
from engine.io.validation import FREE_CLAUSES, unknown_key_hint
from engine.model.pact import Pact, clause_keys
from engine.model.scenario import Scenario

PACT = DEFAULT_PACT.read_text(encoding="utf-8")
SCENARIO = DEFAULT_SCENARIO.read_text(encoding="utf-8")


def misspelt(text: str, old: str, new: str) -> str:
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


def problems(tmp_path: Path, text: str, name: str = "pacte.yaml") -> list[Problem]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_pact(path) if name == "pacte.yaml" else load_context(path, DEFAULT_PACT)
    return err.value.problems


def unknown(found: list[Problem], field: str) -> Problem:
    hits = [p for p in found if p.field == field]
    assert len(hits) == 1, found
    assert "champ inconnu" in hits[0].message
    return hits[0]


@pytest.mark.parametrize(("old", "new", "field", "closest"), [
    ("  seuil_pct:", "  seuil_pc:", "votation_propositionnelle.seuil_pc", "seuil_pct"),
    ("referendum_municipal:", "referendum_municpal:", "referendum_municipal", "referendum_municipal"),
    ("    valeur: 3\n", "    valuer: 3\n    valeur: 3\n", "votation_propositionnelle.seuil_pct.valuer",
     "valeur"),
    ("  liste:", "  listes:", "pacte.listes", "liste"),
])
def test_misspelt_pact_key_names_the_closest(tmp_path: Path, old: str, new: str, field: str,
                                             closest: str) -> None:
    text = misspelt(PACT, old, new)
    p = unknown(problems(tmp_path, text), field.replace("referendum_municipal",
                                                        "referendum_municpal", 1))
    assert p.message.endswith(f"voulez-vous dire « {closest} » ?")
    wrong = new.strip().split(":")[0].split("\n")[0]
    assert p.line == text.splitlines().index(next(
        line for line in text.splitlines() if line.strip().startswith(wrong + ":"))) + 1
    assert p.file.endswith("pacte.yaml")


def test_misspelt_key_in_a_list_item(tmp_path: Path) -> None:
    text = misspelt(PACT, "nature_du_binome:", "nature_binome:")
    found = problems(tmp_path, text)
    p = next(p for p in found if p.field.endswith(".nature_binome"))
    assert p.field.startswith("binomes.delegations.1.")
    assert "voulez-vous dire « nature_du_binome » ?" in p.message


def test_unknown_clause_lists_the_clauses_and_the_free_clause(tmp_path: Path) -> None:
    text = PACT + "\nlogement_social:\n  titre: x\n"
    p = unknown(problems(tmp_path, text), "logement_social")
    assert "voulez-vous dire" not in p.message
    assert "les clauses connues (toutes : pacte schema pacte --format text) sont" in p.message
    for key in ("votation_propositionnelle", "votation_abrogatoire", "conseil_citoyen"):
        assert key in p.message
    assert f"« {FREE_CLAUSES}: » (titre, texte, nature)" in p.message
    assert p.line == len(PACT.splitlines()) + 2


def test_misspelt_scenario_key_names_the_closest(tmp_path: Path) -> None:
    text = misspelt(SCENARIO, "  population_municipale:", "  populaton_municipale:")
    p = unknown(problems(tmp_path, text, "scenario.yaml"), "commune.populaton_municipale")
    assert "voulez-vous dire « population_municipale » ?" in p.message


def test_hint_at_each_level_of_the_model() -> None:
    assert unknown_key_hint(Pact, ("couts", "smic_horaire")) == " — voulez-vous dire « smic_horaire_eur » ?"
    assert unknown_key_hint(Scenario, ("mandat", "premier_tours")) == " — voulez-vous dire « premier_tour » ?"
    assert unknown_key_hint(Scenario, ("commune", "quartiers", 0, "nomm")) == " — voulez-vous dire « nom » ?"
    assert unknown_key_hint(Pact, (FREE_CLAUSES, 0, "texet")) == " — voulez-vous dire « texte » ?"
    far = unknown_key_hint(Pact, ("votation_propositionnelle", "seuil_pct", "zzz"))
    assert far.startswith(" — clés prévues ici : description, unite, valeur, valeurs")
    # a path the model does not know: no suggestion rather than a wrong one
    assert unknown_key_hint(Pact, ("clause_inconnue", "x")) == ""


def test_known_clauses_are_those_of_the_schema() -> None:
    hint = unknown_key_hint(Pact, ("zzzzzz",))
    listed = hint.split(" sont ", 1)[1].removesuffix("…").split(", ")
    known = [key for key in clause_keys() if key != FREE_CLAUSES]
    assert listed[:-1] == known[:len(listed) - 1]
    assert known[len(listed) - 1].startswith(listed[-1])
