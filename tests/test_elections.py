"""engine.io.elections / engine.model.elections: the national electoral calendar every
scenario gets (rules/national/elections.yaml), with its sources, confidence and rules."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from engine.core.errors import InputError
from engine.core.paths import PACTS_DIR, SCENARIOS_DIR
from engine.io.context import load_context
from engine.io.elections import (
    ELECTIONS_FILE,
    NATIONAL_CALENDAR_FR,
    load_electoral_calendar,
    national_election_windows,
)

CAL = load_electoral_calendar()


def scenario_file(tmp_path: Path, elections: str | None, name: str = "sans-elections") -> Path:
    """The bundled Chambéry scenario with its « elections: » block replaced (``None``: removed)."""
    lines = (SCENARIOS_DIR / "chambery.yaml").read_text(encoding="utf-8").splitlines()
    start = lines.index("elections:")
    end = next((i for i in range(start + 1, len(lines))
                if lines[i] and not lines[i].startswith((" ", "#"))), len(lines))
    block = [] if elections is None else ["elections:", *elections.splitlines()]
    text = "\n".join(lines[:start] + block + lines[end:]) + "\n"
    text = text.replace("pacte: ../rules/pactes/chambery-2026.yaml",
                        f"pacte: {PACTS_DIR / 'chambery-2026.yaml'}")
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_national_calendar_covers_the_elections_legal_md_lists() -> None:
    """LEGAL.md § 11: 2027 presidential and legislative, 2026 and 2029 senatorial series, 2028
    departmental and regional, 2029 European."""
    years = {(e.name, e.start.year) for e in CAL.elections}
    assert years == {("Élections sénatoriales (série 2)", 2026), ("Élection présidentielle", 2027),
                     ("Élections législatives", 2027),
                     ("Élections départementales et régionales", 2028),
                     ("Élections européennes", 2029), ("Élections sénatoriales (série 1)", 2029)}
    assert CAL.info.legal_basis == ("LO1112-6", "L1112-21")


def test_every_election_is_cited_with_a_low_confidence_and_the_rule_fixing_it() -> None:
    for e in CAL.elections:
        assert e.confidence == "L", e.name  # no decree has fixed any of these dates yet
        assert str(e.source).startswith("LEGAL.md § 11"), e.name
        assert len(e.rule) > 40 and "LO1112-6" in e.legal_basis
        assert date(2026, 3, 22) < e.start <= e.end < date(2031, 9, 1)


def test_windows_are_marked_national() -> None:
    windows = national_election_windows()
    assert [w.name for w in windows] == [e.name for e in CAL.elections]
    assert {w.origin for w in windows} == {"national"}


def test_a_scenario_without_elections_gets_the_national_blackouts(tmp_path: Path) -> None:
    from engine.procedures.blackout import election_dates_origin, votation_days_cancelled_by_law
    from engine.procedures.referendum import blackout_windows

    scen, pact = load_context(scenario_file(tmp_path, None))
    bundled, _ = load_context("chambery")
    assert [(w.name, w.start, w.end) for w in scen.elections] == [
        (e.name, e.start, e.end) for e in CAL.elections]
    assert {w.origin for w in scen.elections} == {"national"}
    assert NATIONAL_CALENDAR_FR in election_dates_origin(scen)
    # The same days are cancelled as with the scenario's own copy of the calendar.
    assert ([c.day for c in votation_days_cancelled_by_law(pact, scen)]
            == [c.day for c in votation_days_cancelled_by_law(pact, bundled)])
    presidential = next(c for c in votation_days_cancelled_by_law(pact, scen)
                        if c.period == "Élection présidentielle")
    assert presidential.origin == NATIONAL_CALENDAR_FR
    assert {w.name for w in blackout_windows(scen)} >= {e.name for e in CAL.elections}


def test_a_scenario_window_adds_to_the_national_ones_and_replaces_a_namesake(tmp_path: Path) -> None:
    own = ('  - {nom: "Élection municipale partielle", debut: 2028-09-11, fin: 2028-09-25, '
           'confiance: M, source: "arrêté préfectoral § convocation"}\n'
           '  - {nom: "Élection présidentielle", debut: 2027-03-22, fin: 2027-04-25, '
           'confiance: H, source: "décret de convocation § article 1"}')
    scen, _ = load_context(scenario_file(tmp_path, own, "partielle"))
    by_name = {w.name: w for w in scen.elections}
    assert len(scen.elections) == len(CAL.elections) + 1
    assert by_name["Élection municipale partielle"].origin == "scenario"
    assert by_name["Élection présidentielle"].start == date(2027, 3, 22)
    assert by_name["Élection présidentielle"].origin == "scenario"
    assert by_name["Élections européennes"].origin == "national"


def test_a_bad_scenario_window_is_reported_at_its_own_line(tmp_path: Path) -> None:
    own = '  - {nom: "Partielle", debut: 2028-09-25, fin: 2028-09-11, confiance: M, source: "a § b"}'
    path = scenario_file(tmp_path, own, "mauvaise")
    with pytest.raises(InputError) as err:
        load_context(path)
    (problem,) = err.value.problems
    line = path.read_text(encoding="utf-8").splitlines().index(own) + 1
    assert problem.line == line and problem.field.startswith("elections.1")


def test_the_calendar_survives_the_simulation_json_round_trip() -> None:
    from engine.model.scenario import Scenario

    scen, _ = load_context("chambery")
    again = Scenario.model_validate_json(scen.model_dump_json(by_alias=True))
    assert again.elections == scen.elections


@pytest.mark.parametrize(("edit", "message"), [
    (lambda t: t.replace('nom: "Élections européennes"', 'nom: "Élection présidentielle"'),
     "figure deux fois"),
    (lambda t: t.replace("debut: 2026-09-14", "debut: 2030-09-14").replace(
        "fin: 2026-09-27", "fin: 2030-09-27"), "ordre de leurs dates"),
    (lambda t: t.replace("    confiance: L\n", "    confiance: X\n", 1), "confiance"),
    (lambda t: t.replace("    regle: >-\n", "    ancienne_regle: >-\n", 1), "regle"),
])
def test_a_bad_national_calendar_is_a_french_error(tmp_path: Path, edit, message: str) -> None:  # noqa: ANN001
    path = tmp_path / "elections.yaml"
    path.write_text(edit(ELECTIONS_FILE.read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_electoral_calendar(path)
    text = str(err.value)
    assert str(path) in text and (message in text), text
