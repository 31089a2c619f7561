"""Every number of the bundled pact and scenario stays computable over its whole range.

The parameters are enumerated from the models themselves (every numeric leaf of the loaded
pact, scenario and simulation assumptions), so a new parameter is swept automatically. Each
one is set through the same ``--set`` overrides as ``pacte bilan --set chemin=valeur`` to
values around and beyond its bounds: the schema must refuse an out-of-range value with
``InputError`` (French, naming the field), and an accepted value must go through the rule
layer of ``pacte bilan`` / ``verifier`` / ``couts`` / ``calendrier --procedure mandat`` /
``pouvoirs`` and a tiny simulation — never another exception.

The citizen council's draw (``sortition_section`` of the bilan) takes about 20 s a call and
belongs to the sortition package: the sweep runs it only in the slow test on the parameters
it reads.
"""

from __future__ import annotations

import copy
import functools
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

import engine.io.assumptions as io_assumptions
import engine.io.context as io_context
import engine.io.load as load
from engine.core.errors import InputError
from engine.model.params import Param

REPO = Path(__file__).resolve().parent.parent
# Probe values: every bound of the schema (0, 1, 12, 24, 31, 72, 84, 100, 163, 366, 1 000,
# 2 200, 10 000, 10⁷, 10¹¹) and beyond (10⁹ members, a 10¹²-euro budget).
PROBES: tuple[float, ...] = (-1, 0, 1, 5, 12, 13, 24, 31, 72, 84, 100, 163, 366, 1000, 2200,
                             10_000, 3_000_000, 10_000_000, 10**9, 1e11, 1e12)
HANG_SECONDS = 300  # a watchdog against endless loops, far above any real run


# --- enumerating the parameters from the models ------------------------------------------


def numeric_leaves(model: BaseModel, prefix: str = "") -> Iterator[tuple[str, float]]:
    """(dotted French path, value) of every number in a model: a cited parameter by its own
    path (``--set`` replaces its « valeur »), list items counted from 1."""
    for name, field in type(model).model_fields.items():
        key = f"{prefix}{field.alias or name}"
        yield from _leaves(getattr(model, name), key)


def _leaves(value: Any, key: str) -> Iterator[tuple[str, float]]:
    if isinstance(value, Param):
        current = value.at()
        if isinstance(current, (int, float)) and not isinstance(current, bool):
            yield key, current
    elif isinstance(value, BaseModel):
        yield from numeric_leaves(value, key + ".")
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value, 1):
            if isinstance(item, BaseModel):
                yield from numeric_leaves(item, f"{key}.{i}.")
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield key, value


def assumption_keys() -> list[str]:
    from engine.io.assumptions import load_assumptions

    return [f"hypotheses.{key}" for key, _name, _a in load_assumptions().items()]


# --- running the rule layer --------------------------------------------------------------


@functools.cache
def _parsed(path: str) -> load.Document:
    return _READ(path)


_READ = load.read_document


@pytest.fixture(scope="module", autouse=True)
def parse_once() -> Iterator[None]:
    """Parse each YAML file once for the module (validation still runs on every load)."""
    mp = pytest.MonkeyPatch()
    for module in (io_context, io_assumptions):  # the readers of pacts, scenarios, assumptions
        mp.setattr(module, "read_document", lambda p: copy.deepcopy(_parsed(str(p))))
    yield
    mp.undo()


@contextmanager
def watchdog(what: str) -> Iterator[None]:
    def stop(_signum: int, _frame: Any) -> None:
        raise AssertionError(f"{what} : pas de résultat après {HANG_SECONDS} s (boucle ?)")

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(HANG_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def load_with(path: str, value: Any) -> tuple[Any, Any, list[tuple[str, Any]]]:
    """(scenario, pact, assumption overrides) with one override; InputError if refused."""
    from engine.io.assumptions import load_assumptions
    from engine.sim.montecarlo import split_assumption_overrides

    other, hyp = split_assumption_overrides([(path, value)])
    scen, pact = io_context.load_context(None, None, other)
    load_assumptions(scen.assumptions, hyp)
    return scen, pact, hyp


def run_rules(scen: Any, pact: Any, hyp: list[tuple[str, Any]], runs: int = 1,
              sortition: bool = False) -> dict[str, Any]:
    """What `pacte bilan` computes (the draw only if asked), `pacte verifier`, `pacte couts`,
    `pacte calendrier --procedure mandat` (both regimes) and `pacte pouvoirs`."""
    from engine import powers
    from engine.procedures.cost_table import cost_table
    from engine.report import bilan as report
    from engine.report.calendar import procedure_steps
    from engine.verifier.checks import check

    out = {
        "thresholds": report.thresholds_section(pact, scen),
        "calendar": report.calendar_section(pact, scen),
        "abrogation": report.abrogation_section(pact, scen),
        "legality": report.legality_section(pact, scen),
        "costs": report.costs_section(pact, scen),
        "powers": report.powers_section(pact),
        "simulation": report.simulation_section(pact, scen, runs, 2026, 1, hyp),
        "findings": len(check(pact, scen)),
        "mandat": [procedure_steps(pact, scen, "mandat", None, r) for r in ("pacte", "loi")],
        "pouvoirs": powers.analyse(powers.build(pact)),
    }
    if pact.costs is not None:
        out["couts"] = cost_table(pact, scen).as_dict()
    if sortition:
        out["sortition"] = report.sortition_section(pact, scen, 2026)
    return out


def try_value(path: str, value: Any, runs: int = 1, sortition: bool = False) -> str:
    """« refusé » (a French InputError naming the field) or « calculé »; anything else fails."""
    with watchdog(f"{path}={value}"):
        try:
            scen, pact, hyp = load_with(path, value)
        except InputError as exc:
            assert_french_refusal(exc, path)
            return "refusé"
        try:
            run_rules(scen, pact, hyp, runs, sortition)
        except InputError as exc:  # a rule may still refuse, in French
            assert exc.problems and all(p.message for p in exc.problems)
            return "refusé par une règle"
    return "calculé"


def assert_french_refusal(exc: InputError, path: str) -> None:
    text = str(exc)
    assert exc.problems, text
    assert "Traceback" not in text
    top = path.split(".")[0]
    assert any(top in p.field or path.startswith(p.field) for p in exc.problems), text


def accepted(path: str) -> list[float]:
    """The probe values the schema accepts for ``path`` (validation only, no rule run)."""
    ok = []
    for v in PROBES:
        value = int(v) if float(v).is_integer() and abs(v) < 10**15 else v
        try:
            load_with(path, value)
        except InputError:
            continue
        ok.append(value)
    return ok


def _pact_and_scenario_leaves() -> list[str]:
    scen, pact = _READ_CONTEXT()
    paths = [p for p, _v in numeric_leaves(pact)]
    paths += [p for p, _v in numeric_leaves(scen)
              if not p.startswith(("commune.demographie", "surcharges", "hypotheses"))]
    return paths


def _READ_CONTEXT() -> tuple[Any, Any]:  # noqa: N802 - evaluated at collection
    return io_context.load_context(None, None, [])


ALL_LEAVES = _pact_and_scenario_leaves()


# --- the enumeration itself ----------------------------------------------------------------


def test_enumeration_covers_every_clause_parameter() -> None:
    """Every numeric parameter of every clause (via ``clauses()`` / ``params()``) is swept."""
    scen, pact = _READ_CONTEXT()
    expected = {f"{key}.{pkey}" for key, clause in pact.clauses().items()
                for pkey, param in clause.params().items()
                if isinstance(param.at(), (int, float)) and not isinstance(param.at(), bool)}
    assert expected <= set(ALL_LEAVES)
    assert {"commune.population_municipale", "commune.electeurs_inscrits",
            "commune.quartiers.1.part_population_pct", "score_liste_gagnante_pct"} <= set(ALL_LEAVES)
    assert len(assumption_keys()) > 40


# --- fast: the cases a tester reported, and absurd values refused --------------------------


REPORTED = [  # the tester's cases: a collection as long as the mandate, a period of 5, zeros
    ("votation_propositionnelle.delai_collecte_mois", 72),
    ("votation_propositionnelle.periodicite_votations_mois", 5),
    ("votation_propositionnelle.seuil_pct", 0),
    ("votation_abrogatoire.signatures_requises", 0),
    ("hypotheses.pente_courbe_signatures", 0),
]
MORE_EXTREMES = [
    ("votation_abrogatoire.delai_collecte_mois", 72),
    ("votation_abrogatoire.delai_verification_dpc_jours", 2200),
    ("votation_propositionnelle.periodicite_votations_mois", 84),
    ("votation_propositionnelle.seuil_absolu", 0),
    ("votation_propositionnelle.max_votations_par_an", 0),
    ("conseil_citoyen.audits_par_reunion", 0),
    ("conseil_citoyen.debut_audits_mois_du_mandat", 84),
    ("conseil_citoyen.membres_par_quartier", 0),
    ("couts.mois_indemnises_par_an", 0),
    ("commune.budget.depenses_reelles_fonctionnement_eur", 0),
    ("commune.budget.recettes_reelles_investissement_eur", 0),
    ("hypotheses.pente_courbe_signatures", 1000),
    ("hypotheses.dispersion_participation_pct", 0),
    ("hypotheses.participation_votation_pct", 0),
]


@pytest.mark.parametrize(("path", "value"), [
    *REPORTED, *(pytest.param(*case, marks=pytest.mark.slow) for case in MORE_EXTREMES)])
def test_reported_extreme_values_are_computed(path: str, value: Any) -> None:
    assert try_value(path, value, runs=2) == "calculé"


@pytest.mark.parametrize(("path", "value", "words"), [
    ("sieges_conseil", 10**9, "valeur trop grande"),
    ("sieges_conseil", 120, "L2121-2"),
    ("commune.electeurs_inscrits", 10**9, "valeur trop grande"),
    ("commune.electeurs_inscrits", 70_000, "ne peuvent pas dépasser"),
    ("commune.population_municipale", 10**9, "valeur trop grande"),
    ("commune.quartiers.1.part_population_pct", 50, "100 %"),
    ("mandat.prochain_renouvellement", date(3026, 3, 14), "6 ans"),
    ("mandat.prochain_renouvellement", date(2034, 3, 14), "L227"),
    ("commune.budget.depenses_reelles_fonctionnement_eur", -1, "valeur trop petite"),
    ("couts.smic_horaire_eur", -12, "valeur trop petite"),
    ("votation_propositionnelle.delai_collecte_mois", -1, "valeur trop petite"),
    ("votation_propositionnelle.seuil_pct", 101, "valeur trop grande"),
    ("votation_propositionnelle.periodicite_votations_mois", 0, "valeur trop petite"),
    ("conseil_citoyen.membres", 10**9, "valeur trop grande"),
    ("conseil_citoyen.membres_par_quartier", 31, "conseil entier"),
    ("conseil_citoyen.indemnite_multiple_smic", -2.0, "valeur trop petite"),
    ("conseil_citoyen.duree_reunion_heures", 25.0, "valeur trop grande"),
    ("conseil_municipal.mois_de_session", [], "L2121-7"),
    ("hypotheses.petitions_pour_10000_habitants_par_an", 1e6, "valeur trop grande"),
])
def test_absurd_values_are_refused_in_french(path: str, value: Any, words: str) -> None:
    with pytest.raises(InputError) as info:
        load_with(path, value)
    text = str(info.value)
    assert words in text, text
    assert_french_refusal(info.value, path)


def test_nan_and_infinity_are_refused_by_the_schema() -> None:
    for value in (float("nan"), float("inf"), float("-inf")):
        with pytest.raises(InputError):
            load_with("couts.smic_horaire_eur", value)


def test_collection_as_long_as_the_mandate_gives_no_vote_in_the_mandate() -> None:
    from engine.procedures.petition import petition_timeline

    scen, pact, _ = load_with("votation_propositionnelle.delai_collecte_mois", 72)
    steps = petition_timeline(pact, scen, date(2026, 4, 1), "loi")
    events = [s.event for s in steps]
    assert "pas_de_votation_avant_la_fin_du_mandat" in events
    assert "votation" not in events
    late = next(s for s in steps if s.event == "pas_de_votation_avant_la_fin_du_mandat")
    assert "fin du mandat" in late.label


@pytest.mark.parametrize("period", [1, 2, 3, 4, 5, 7, 13, 18, 24, 36, 84])
def test_votation_period_runs_every_n_months(period: int) -> None:
    """A period of N months gives votation days N months apart, from January of the
    mandate's first year, across the years (5 does not repeat January; 13, 18, 24 are not
    « every January »)."""
    from dateutil.relativedelta import relativedelta

    from engine.core.calendar import nth_weekday
    from engine.procedures.petition import votation_grid

    scen, pact, _ = load_with("votation_propositionnelle.periodicite_votations_mois", period)
    c = pact.petition
    unlimited = c.max_votations_per_year.model_copy(update={"value": 366})
    pact = pact.model_copy(update={"petition": c.model_copy(
        update={"max_votations_per_year": unlimited})})
    anchor = date(scen.mandate.start.year, 1, 1)
    expected = []
    k = 0
    while (month := anchor + relativedelta(months=k)) <= scen.mandate.end:
        day = nth_weekday(month.year, month.month, c.vote_day.at(), c.vote_day_rank.at())
        if scen.mandate.start < day < scen.mandate.end:
            expected.append(day)
        k += period
    assert [v.day for v in votation_grid(pact, scen, "pacte")] == expected
    months = [(d.year, d.month) for d in expected]
    if period == 5:
        assert months[:4] == [(2026, 6), (2026, 11), (2027, 4), (2027, 9)]
    if period in (13, 18):
        assert len(expected) >= 2 and len({m for _y, m in months}) >= 2
    if period == 24:
        assert months == [(2028, 1), (2030, 1), (2032, 1)][:len(months)] and len(months) == 3


def test_period_dividing_twelve_keeps_the_same_months_each_year() -> None:
    from engine.procedures.petition import votation_grid

    scen, pact = _READ_CONTEXT()
    months = {v.day.month for v in votation_grid(pact, scen, "pacte")}
    assert months == {1, 4, 7, 10}


def test_blackout_covering_the_whole_mandate() -> None:
    """A « période sans scrutin » over the whole mandate: no lawful vote day, every command
    still answers."""
    from engine.procedures.petition import petition_timeline, votation_grid

    window = {"nom": "Tout le mandat", "debut": date(2026, 1, 1), "fin": date(2032, 12, 31),
              "confiance": "H", "source": "test § période sans scrutin"}
    scen, pact = io_context.load_context(None, None, [("elections", [window])])
    assert votation_grid(pact, scen, "loi") == []
    steps = petition_timeline(pact, scen, date(2026, 4, 1), "loi")
    assert steps[-1].event in ("pas_de_votation_avant_la_fin_du_mandat", "debut_campagne",
                               "adoption_cm_si_oui") or any(
        s.event == "pas_de_votation_avant_la_fin_du_mandat" for s in steps)
    data = run_rules(scen, pact, [], runs=2)
    assert data["calendar"]["votation_days"]["loi"] == 0


def test_cli_refuses_an_absurd_electorate_in_french() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "engine", "couts", "--set", "commune.electeurs_inscrits=1000000000"],
        capture_output=True, text=True, timeout=120, cwd=REPO,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    out = proc.stdout + proc.stderr
    assert proc.returncode == 2, out
    assert "electeurs_inscrits" in out and "--set" in out
    assert "Traceback" not in out


def test_cli_computes_a_collection_as_long_as_the_mandate() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "engine", "calendrier", "--procedure", "petition",
         "--depuis", "2026-04-01", "--regime", "loi",
         "--set", "votation_propositionnelle.delai_collecte_mois=72"],
        capture_output=True, text=True, timeout=120, cwd=REPO,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, out
    assert "Aucun jour de votation possible avant la fin du mandat" in out
    assert "Traceback" not in out


# --- the exhaustive sweep ------------------------------------------------------------------


def test_every_absurd_value_is_refused_or_computed_schema_only() -> None:
    """Fast half of the sweep: for every parameter, 10⁹ is refused in French or accepted
    (every accepted edge is computed in the slow sweep below); never another exception."""
    for path in ALL_LEAVES:
        for value in (10**9,):
            try:
                load_with(path, value)
            except InputError as exc:
                assert_french_refusal(exc, path)


@pytest.mark.slow
@pytest.mark.parametrize("path", ALL_LEAVES)
def test_sweep_pact_and_scenario_parameter(path: str) -> None:
    """Each parameter at the smallest and largest probe its schema accepts, and at 0 and 1
    when accepted: the rule layer computes (or a rule refuses in French)."""
    ok = accepted(path)
    values = sorted({*ok[:1], *ok[-1:], *(v for v in ok if v in (0, 1))})
    for value in values:
        assert try_value(path, value) in ("calculé", "refusé par une règle")


@pytest.mark.slow
@pytest.mark.parametrize("path", assumption_keys())
def test_sweep_simulation_assumption(path: str) -> None:
    ok = accepted(path)
    for value in sorted({*ok[:1], *ok[-1:]}):
        assert try_value(path, value, runs=2) in ("calculé", "refusé par une règle")


@pytest.mark.slow
@pytest.mark.parametrize("path", [p for p in ALL_LEAVES
                                  if p.startswith(("conseil_citoyen.membres", "commune."))
                                  and "budget" not in p])
def test_sweep_with_the_draw(path: str) -> None:
    """The parameters the council's draw reads, with the whole bilan (draw included)."""
    ok = accepted(path)
    for value in sorted({*ok[:1], *ok[-1:]}):
        assert try_value(path, value, sortition=True) in ("calculé", "refusé par une règle")
