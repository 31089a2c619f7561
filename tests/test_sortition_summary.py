"""The draw in a few figures for the bilan."""

from __future__ import annotations

from engine.core.fr import number
from engine.sortition.summary import council_draw_summary
from tests.tirage_helpers import context


def test_summary_uses_the_simulation_assumptions():
    scenario, pact = context()
    data = council_draw_summary(pact, scenario)
    assert data["seats"] == 30 and data["pool"] == 90  # 3 volunteers a seat (defaut.yaml)
    assert data["letters_per_draw"] == 3000  # 90 / 3 %
    assert [c["start"] for c in data["councils"]] == ["2026-08-27", "2028-09-27", "2030-10-27"]
    assert 0 <= data["feasibility_probability"] <= 1


def test_every_body_drawn_by_lot_has_its_summary_in_the_bilan():
    """Poitiers: no citizen council, an assembly of 100 renewed every year — its seats, its
    quotas (``body_quotas``), six draws (installation + five renewals, ``renewals``) and the
    letters for the assumed pool, rendered in the bilan's text."""
    from engine.io.context import load_context
    from engine.procedures.assemblies import renewals
    from engine.render.text import _sortition
    from engine.report.bilan import sortition_section
    from engine.sortition.body_quotas import body_quotas
    from engine.sortition.letters import letters_needed

    scenario, pact = load_context(pact="poitiers-2026")
    section = sortition_section(pact, scenario, seed=1)
    assert "seats" not in section  # no citizen council
    (body,) = section["bodies"]
    assembly = pact.assemblies[0]
    quotas = body_quotas(pact, scenario, assembly.id)
    assert body["id"] == assembly.id and body["seats"] == assembly.members.at() == quotas.seats
    assert len(body["quotas"]) == len(quotas.quotas)
    assert len(body["councils"]) == 1 + len(renewals(assembly, scenario)) == 6
    assert body["pool"] == 3 * body["seats"]  # volontaires_par_siege (defaut.yaml)
    plan = letters_needed(pact, scenario, pool_size=body["pool"], quotas=quotas, simulations=5)
    assert body["letters_per_draw"] == plan.total_letters
    text = "\n".join(_sortition(section))
    assert f"pacte lettres --organe {assembly.id}" in text
    assert "6 compositions sur le mandat" in text
    assert f"{number(6 * plan.total_letters)} lettres pour les 6 compositions" in text


def test_the_council_and_the_bodies_side_by_side():
    """Saillans has no citizen council but a one-off steering group (one draw); Chambéry has
    the council and no body: its section keeps its shape."""
    from engine.io.context import load_context
    from engine.report.bilan import sortition_section

    scenario, pact = load_context(pact="saillans-2026")
    (body,) = sortition_section(pact, scenario, seed=1)["bodies"]
    assert len(body["councils"]) == 1 and body["councils"][0]["kind"] == "premier tirage"
    scenario, pact = context()
    assert "bodies" not in sortition_section(pact, scenario, seed=1)


def test_without_demography_the_letters_are_still_counted():
    """A commune without « demographie » (a scenario written by `pacte nouveau`): seats, draws
    and the letters the simulation sends for the planned pool are given; whether the quotas
    hold is said not computed, with what to add."""
    from engine.io.assumptions import load_assumptions
    from engine.procedures.invitations import letters_for
    from engine.render.text import _sortition
    from engine.sortition.renewal import council_terms

    scenario, pact = context()
    bare = scenario.model_copy(update={"commune": scenario.commune.model_copy(
        update={"demographics": None})})
    data = council_draw_summary(pact, bare)
    a = load_assumptions(bare.assumptions)
    seats = pact.citizen_council.members.at()
    assert data["letters_per_draw"] == letters_for(seats * a.volunteers_per_seat.value,
                                                   a.sortition_acceptance_pct.value)
    assert data["draws"] == len(council_terms(pact, bare))
    assert data["letters_of_mandate"] == data["draws"] * data["letters_per_draw"]
    assert "demographie" in data["faisabilite_indisponible"]
    text = "\n".join(_sortition(data))
    assert "quotas non calculés" in text and "non calculée — commune.demographie" in text
