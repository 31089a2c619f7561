"""The command line speaks French: its own framework words (usage, headings, defaults, help
option, type names), « voulez-vous dire … ? » for a mistyped command, option, scenario or
pact, and one default seed, one default regime and one word for simulated futures across
the commands and the dashboard (issue 14 § 3–4, issue 15 § 6)."""

from __future__ import annotations

import inspect
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from engine.cli.help_fr import french_notes, french_types
from engine.cli.main import app
from engine.core.defaults import DEFAULT_REGIME, DEFAULT_SEED
from engine.core.paths import PACTS_DIR, SCENARIOS_DIR

ROOT = Path(__file__).resolve().parent.parent
GROUP = typer.main.get_command(app)
COMMANDS = sorted(GROUP.commands)  # type: ignore[attr-defined]
#: English words of click / typer that must never reach a user.
ENGLISH = ["Usage", "Show this message", "default:", "[default", "required", "Commands",
           "COMMAND ", "Arguments:", "Options:", "env var", "DEPRECATED", "<int>", "<str>",
           "<float>", "<path>", "list[", "Did you mean", "Possible options", "No such"]


def _help(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"])
    assert result.exit_code == 0, result.output
    return result.output


def _run(*args: str) -> tuple[int, str, str]:
    """``pacte …`` in a real process: exit code, standard output, standard error."""
    run = subprocess.run([sys.executable, "-m", "engine", *args], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    return run.returncode, run.stdout, run.stderr


def _in_process(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                *args: str) -> tuple[int, str, str]:
    """``engine.cli.main.main`` in this process: same code path as ``pacte``, no start-up."""
    from engine.cli.main import main

    monkeypatch.setattr(sys, "argv", ["pacte", *args])
    with pytest.raises(SystemExit) as exit_:
        main()
    captured = capsys.readouterr()
    return int(exit_.value.code or 0), captured.out, captured.err


def _plain(text: str) -> str:
    """The help as read aloud: no-break spaces are spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_there_are_commands() -> None:
    assert len(COMMANDS) >= 15 and "bilan" in COMMANDS and "tableau-de-bord" in COMMANDS


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_every_help_is_french(command: str) -> None:
    text = _plain(_help(*([command] if command else [])))
    assert text.startswith(f"Utilisation : pacte {command}".rstrip() + " ")
    assert "Options :" in text and "--help  " in text and "Afficher cette aide et quitter." in text
    for word in ENGLISH:
        assert word not in text, f"« {word} » dans pacte {command} --help"


def test_root_help_names_every_command_with_a_whole_sentence() -> None:
    text = _plain(_help())
    assert "Utilisation : pacte [OPTIONS] COMMANDE [ARGS]..." in text
    assert "Commandes :" in text
    for name in COMMANDS:
        line = next(row for row in text.splitlines() if row.strip().startswith(name + " "))
        summary = line.strip()[len(name):].strip()
        assert summary.endswith(".") and not summary.endswith("..."), line
        assert summary == GROUP.commands[name].short_help  # type: ignore[attr-defined]


def test_defaults_and_required_are_said_in_french() -> None:
    simuler = _plain(_help("simuler"))
    assert re.search(r"--runs <entier>\s+Nombre de futurs simulés \(Monte Carlo\)\.\s+\[défaut : 200\]",
                     simuler)
    assert "[obligatoire]" in _plain(_help("vivier"))
    # a default our own text already gives is not said twice
    assert "[défaut : 8501]" not in _plain(_help("tableau-de-bord"))


def test_the_notes_and_types_are_translated_and_nothing_else() -> None:
    assert french_notes("Graine.  [default: 0; required]") == "Graine.  [défaut\u00a0:\u00a00\u00a0;\u00a0obligatoire]"
    assert french_notes("moyenne [p5–p95]") == "moyenne [p5–p95]"
    assert french_notes("Port (défaut : 8501).  [default: 8501]") == "Port (défaut : 8501)."
    assert french_types("--runs <int>") == "--runs <entier>"
    assert french_types("--format <text|json>") == "--format <text|json>"


def test_no_arguments_prints_the_help(capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, err = _in_process(capsys, monkeypatch)
    assert code == 0 and out.startswith("Utilisation : pacte") and "Erreur" not in err


# --- « voulez-vous dire … ? » ------------------------------------------------------------

def test_a_mistyped_command_gets_a_suggestion_and_exit_2() -> None:
    code, out, err = _run("bilon")
    assert code == 2 and out == ""
    assert "commande inconnue « bilon » — voulez-vous dire « bilan » ?" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(("args", "expected"), [
    (("Bilan",), "commande inconnue « Bilan » — voulez-vous dire « bilan » ?"),
    (("tableau-de-bors",), "voulez-vous dire « tableau-de-bord » ?"),
    (("bilan", "--graines", "3"), "option inconnue « --graines » — voulez-vous dire « --graine » ?"),
    (("simuler", "--run", "3"), "voulez-vous dire « --runs » ?"),
])
def test_mistyped_names_get_a_suggestion(capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch,
                                         args: tuple[str, ...], expected: str) -> None:
    code, _out, err = _in_process(capsys, monkeypatch, *args)
    assert code == 2 and expected in err and "Traceback" not in err


@pytest.mark.parametrize(("args", "expected"), [
    (("pouvoirs", "--format", "jsn"),
     "--format : « jsn » n'est pas une valeur permise — attendu : text, json ou dot — "
     "voulez-vous dire « json » ?"),
    (("schema", "scenari"), "voulez-vous dire « scenario » ?"),
    (("clauses", "a.yaml", "b.yaml"), "argument en trop : b.yaml"),
    (("nouveau", "--force=oui"), "l'option « --force » ne prend pas de valeur"),
    (("vivier",), "argument manquant « taille »"),
    (("simuler", "--runs", "abc"), "--runs : un nombre entier est attendu"),
])
def test_other_usage_errors_are_french(capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch,
                                       args: tuple[str, ...], expected: str) -> None:
    code, _out, err = _in_process(capsys, monkeypatch, *args)
    assert code == 2 and expected in err, err
    for word in ENGLISH + ["Invalid value", "Got unexpected", "Option '", "Missing"]:
        assert word not in err


@pytest.mark.parametrize("args", [("zzzzzz",), ("bilan", "--zzzzzz")])
def test_no_suggestion_when_nothing_is_close(capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch,
                                             args: tuple[str, ...]) -> None:
    code, _out, err = _in_process(capsys, monkeypatch, *args)
    assert code == 2 and "inconnue « " in err and "voulez-vous dire" not in err


def _ids(folder: Path) -> list[str]:
    return [p.stem for p in sorted(folder.glob("*.yaml"))]


@pytest.mark.parametrize(("args", "folder", "suggestion"), [
    (("couts", "--scenario", "paris"), SCENARIOS_DIR, None),
    (("couts", "--scenario", "poitier"), SCENARIOS_DIR, "poitiers"),
    (("bilan", "rules/pactes/nope.yaml", "--runs", "0"), PACTS_DIR, None),
    (("simuler", "--pacte", "chambery-2025", "-n", "1"), PACTS_DIR, "chambery-2026"),
    (("verifier", "--set", "scenario.pacte=collegial"), PACTS_DIR, "collegial-2026"),
])
def test_a_missing_scenario_or_pact_lists_those_provided(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        args: tuple[str, ...], folder: Path, suggestion: str | None) -> None:
    code, out, err = _in_process(capsys, monkeypatch, *args)
    assert code == 2 and out == "" and "Traceback" not in err
    assert "fichier introuvable" in err
    listed = re.search(r"fournis : ([^)]*)\)", err)
    assert listed is not None and listed[1].split(", ") == _ids(folder)
    if suggestion is None:
        assert "voulez-vous dire" not in err
    else:
        assert f"voulez-vous dire « {suggestion} » ?" in err


# --- one default seed, one default regime, one word for simulated futures -----------------

def _default(command: str, option: str) -> object:
    params = GROUP.commands[command].params  # type: ignore[attr-defined]
    return next(p.default for p in params if p.name == option)


@pytest.mark.parametrize("command", ["bilan", "simuler", "balayer"])
def test_every_simulating_command_has_the_same_default_seed(command: str) -> None:
    assert _default(command, "graine") == DEFAULT_SEED == 2026
    assert f"défaut : {DEFAULT_SEED}" in _plain(_help(command))


def test_the_engine_entry_points_have_the_same_default_seed() -> None:
    from engine.report.bilan import build_report
    from engine.sim.montecarlo import run_monte_carlo, start_monte_carlo
    from engine.sim.sweep import run_sweep

    for function in (build_report, run_monte_carlo, start_monte_carlo, run_sweep):
        assert inspect.signature(function).parameters["seed"].default == DEFAULT_SEED


def test_the_dashboard_has_the_same_default_seed_and_regime() -> None:
    from dashboard_support import app as dashboard

    at = dashboard(page="simulation")
    assert at.number_input(key="sim_seed").value == DEFAULT_SEED
    assert dashboard(page="calendrier").radio(key="cal_regime").value == DEFAULT_REGIME


def test_one_default_regime_the_law() -> None:
    from engine.io.assumptions import load_assumptions
    from engine.model.assumptions import Assumptions
    from engine.report.calendar import mandate_overview, procedure_steps

    assert DEFAULT_REGIME == "loi"
    assert _default("calendrier", "regime") == DEFAULT_REGIME
    assert load_assumptions().regime == DEFAULT_REGIME  # rules/hypotheses/defaut.yaml
    assert Assumptions.model_fields["regime"].default == DEFAULT_REGIME
    for function in (procedure_steps, mandate_overview):
        assert inspect.signature(function).parameters["regime"].default == DEFAULT_REGIME
    for command in ("calendrier", "simuler"):
        assert "loi (défaut)" in _plain(_help(command))


def test_the_calendar_says_which_regime_it_follows() -> None:
    default = CliRunner().invoke(app, ["calendrier", "--procedure", "abrogation", "--depuis", "2026-10-15"])
    pact = CliRunner().invoke(app, ["calendrier", "--procedure", "abrogation", "--depuis", "2026-10-15",
                                    "--regime", "pacte"])
    assert default.exit_code == pact.exit_code == 0
    assert "(régime : délais du pacte bornés par la loi)" in default.output.splitlines()[0]
    assert "(régime : délais du pacte seuls)" in pact.output.splitlines()[0]
    assert default.output != pact.output  # the law moves the vote (blackout before 2027)


def test_simulated_futures_are_never_called_tirages(capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    code, out, _err = _in_process(capsys, monkeypatch, "simuler", "-n", "2", "-j", "1")
    assert code == 0
    assert f"2 futurs simulés, graine {DEFAULT_SEED} ; les votes suivent la loi" in out
    assert "Invariants vérifiés sur 2 futurs simulés" in out
    # « tirage » only ever for the sortition (its draws, their letters), never for a future
    for line in out.splitlines():
        if re.search(r"\btirages?\b", line, re.I):
            assert re.search(r"tirages? au sort|lettres", line, re.I), line
    help_text = _plain(_help("simuler")) + _plain(_help("bilan")) + _plain(_help("balayer"))
    assert "tirages" not in help_text and "Monte Carlo" in help_text


def test_the_sweep_table_counts_points_and_simulated_futures() -> None:
    from engine.cli.commands.balayer import render_text

    assert render_text([], [], [], 3, None).splitlines()[0] == \
        "Balayage : 0 point × 3 futurs simulés ; moyenne [p5–p95]"
