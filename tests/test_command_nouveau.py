"""`pacte nouveau` through CliRunner: the written pact validates, `verifier` and `bilan --runs 2`
run on it; overwrite refused; unknown measure → exit 2 with a suggestion; interactive run."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from engine.cli.main import app
from engine.core.errors import InputError
from engine.io.context import load_context, load_pact
from engine.io.template import measures

RUNNER = CliRunner()
MESURES = "votation,budget_participatif,assemblee_tiree_au_sort"


def _run(*args: str, input: str | None = None):  # noqa: A002 - CliRunner's name
    return RUNNER.invoke(app, list(args), input=input)


def test_non_interactive_pact_validates_then_verifier_and_bilan_run(tmp_path: Path) -> None:
    out = tmp_path / "mon-pacte.yaml"
    result = _run("nouveau", "--commune", "saillans", "--mesures", MESURES, "--out", str(out),
                  "--liste", "Saillans Ensemble", "--id", "saillans-ensemble",
                  "--set", "budget_participatif.enveloppe_pct_investissement=3")
    assert result.exit_code == 0, result.output
    pact = load_pact(out)
    assert pact.info.commune == "Saillans" and pact.info.list_name == "Saillans Ensemble"
    assert pact.participatory_budget is not None
    assert pact.participatory_budget.envelope_pct.at() == 3
    assert [a.id for a in pact.assemblies] == ["assemblee-citoyenne"]
    assert "pacte verifier" in result.output
    check = _run("verifier", str(out))
    assert check.exit_code == 0, check.output
    assert "Saillans" in check.output
    bilan = _run("bilan", str(out), "--runs", "2")
    assert bilan.exit_code == 0, bilan.output


def test_a_new_commune_gets_its_scenario(tmp_path: Path) -> None:
    out, scen = tmp_path / "pacte.yaml", tmp_path / "ma-ville.yaml"
    result = _run("nouveau", "--commune", "Ma Ville", "--population", "12000", "--electeurs",
                  "8500", "--quartiers", "Nord,Sud,Centre,Gare", "--scenario-out", str(scen),
                  "--mesures", "conseils_de_quartier,interpellation", "--out", str(out))
    assert result.exit_code == 0, result.output
    scenario, pact = load_context(scen, out)
    assert pact.info.commune == scenario.commune.name == "Ma Ville"
    assert [q.name for q in scenario.commune.quartiers] == ["Nord", "Sud", "Centre", "Gare"]
    check = _run("verifier", str(out), "--scenario", str(scen))
    assert check.exit_code == 0, check.output
    assert "conseil de 33 membres" in check.output  # L2121-2 for 12 000 habitants
    assert _run("bilan", str(out), "--scenario", str(scen), "--runs", "2").exit_code == 0


def test_an_existing_file_is_not_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "mon-pacte.yaml"
    out.write_text("mon texte\n", encoding="utf-8")
    result = _run("nouveau", "--commune", "saillans", "--mesures", "votation", "--out", str(out))
    assert isinstance(result.exception, InputError)  # exit code 2 through main()
    assert "existe déjà" in str(result.exception) and out.read_text() == "mon texte\n"
    forced = _run("nouveau", "--commune", "saillans", "--mesures", "votation", "--out", str(out),
                  "--force")
    assert forced.exit_code == 0, forced.output
    assert load_pact(out).petition is not None


@pytest.mark.parametrize(("args", "expected"), [
    (("--commune", "saillans", "--mesures", "votaton"), "vouliez-vous dire : votation"),
    (("--commune", "Atlantide", "--mesures", "votation"), "aucun scénario fourni pour « Atlantide »"),
    (("--commune", "saillans", "--mesures", "votation", "--set", "interpellation.seuil_pct=2"),
     "aucune mesure choisie"),
    (("--commune", "saillans"), "indiquez --commune et --mesures"),
])
def test_bad_input_is_a_french_error_with_exit_2(tmp_path: Path, args: tuple[str, ...],
                                                 expected: str) -> None:
    out = tmp_path / "x.yaml"
    result = _run("nouveau", *args, "--out", str(out))
    assert isinstance(result.exception, InputError)  # exit code 2 through main()
    assert expected in str(result.exception)
    assert not out.exists()


def test_the_main_entry_point_exits_2_on_an_unknown_measure(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    import sys

    from engine.cli.main import main

    argv = sys.argv
    sys.argv = ["pacte", "nouveau", "--commune", "saillans", "--mesures", "budjet",
                "--out", str(tmp_path / "x.yaml")]
    try:
        with pytest.raises(SystemExit) as stop:
            main()
    finally:
        sys.argv = argv
    assert stop.value.code == 2
    assert "mesure inconnue « budjet »" in capsys.readouterr().err


def test_interactive_run_asks_commune_measures_and_figures(tmp_path: Path) -> None:
    out = tmp_path / "mon-pacte.yaml"
    numbers = [str(i) for i, m in enumerate(measures(), 1) if m.id == "interpellation"]
    answers = ["saillans", ",".join([*numbers, "charte_ethique"])]
    answers += ["1", ""]          # interpellation: seuil 1 %, délai de réponse par défaut
    answers += ["", "70"]         # charte éthique: mandats par défaut, indemnités 70 %
    result = _run("nouveau", "--interactif", "--out", str(out), input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "Droit d'interpellation" in result.output and "Commune" in result.output
    pact = load_pact(out)
    assert pact.interpellation is not None and pact.ethics is not None
    assert pact.interpellation.threshold_pct.at() == 1
    assert pact.ethics.allowance_cap_pct.at() == 70


def test_the_catalogue_is_listed(tmp_path: Path) -> None:
    result = _run("nouveau", "--liste-mesures")
    assert result.exit_code == 0
    for m in measures():
        assert f"{m.id} — {m.title}" in result.output


def test_a_list_gives_its_own_budget_instead_of_the_hypothesis(tmp_path: Path) -> None:
    """--depenses-fonctionnement and --recettes-investissement replace the per-inhabitant
    « hypothèse »: the costs are shares of the list's own figures; a bad amount writes nothing."""
    from decimal import Decimal

    from engine.procedures.cost_table import cost_table

    out, scen = tmp_path / "pacte.yaml", tmp_path / "ville.yaml"
    result = _run("nouveau", "--commune", "Ma Ville", "--population", "12000", "--electeurs",
                  "8500", "--scenario-out", str(scen), "--mesures", "budget_participatif",
                  "--out", str(out), "--depenses-fonctionnement", "15000000",
                  "--recettes-investissement", "4000000")
    assert result.exit_code == 0, result.output
    scenario, pact = load_context(scen, out)
    budget = scenario.commune.budget
    assert budget.operating_spending_eur.at() == 15_000_000
    assert budget.investment_receipts_eur.at() == 4_000_000
    share = Decimal(str(pact.participatory_budget.envelope_pct.at())) / 100
    assert cost_table(pact, scenario).investment_total == share * 4_000_000
    bad = _run("nouveau", "--commune", "Autre", "--population", "100", "--electeurs", "80",
               "--scenario-out", str(tmp_path / "b.yaml"), "--mesures", "votation",
               "--out", str(tmp_path / "b-pacte.yaml"), "--recettes-investissement", "-3")
    assert isinstance(bad.exception, InputError) and "nombre d'euros positif" in str(bad.exception)
    assert not (tmp_path / "b.yaml").exists() and not (tmp_path / "b-pacte.yaml").exists()
