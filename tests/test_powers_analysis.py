"""Analyses of the organisation of powers (engine/powers/analysis.py): accountability,
concentration, citizen votes, findings."""

from __future__ import annotations

import pytest
from test_powers import _edges, collegial_pact, pact

from engine import powers


@pytest.fixture(scope="module")
def chambery() -> powers.PowerGraph:
    return powers.build(pact())


def test_collegial_pact_has_no_citizen_vote_path() -> None:
    g = powers.build(collegial_pact())
    assert powers.citizen_votes(g) == []
    assert "referendum_local" in powers.votes_without_citizen_initiative(g)
    text = " ".join(powers.findings(g))
    assert "Aucune décision ne peut être portée au vote par les citoyen·nes" in text
    assert "reunion_majorite" in g.bodies
    assert g.bodies["maire"].label.startswith("Binôme exécutif")


def test_chambery_citizens_can_take_deliberations_to_a_vote(chambery: powers.PowerGraph) -> None:
    votes = {(v.decision, v.scrutin) for v in powers.citizen_votes(chambery)}
    assert ("deliberations", "votation_propositionnelle") in votes
    assert ("deliberations", "votation_abrogatoire") in votes
    assert ("budget", "vote_ppi") in votes


def test_a_non_binding_votation_is_only_an_opinion() -> None:
    g = powers.build(pact(votation_propositionnelle__resultat_contraignant=False))
    votes = {(v.decision, v.scrutin) for v in powers.citizen_votes(g)}
    assert ("deliberations", "votation_propositionnelle") not in votes
    advice = _edges(g, "votation_propositionnelle", "conseil_municipal", "conseille")
    assert advice and advice[0].force == "avis"


def test_the_mayor_decides_police_alone_and_gates_it(chambery: powers.PowerGraph) -> None:
    conc = powers.concentration(chambery)
    police = next(d for d in conc.decisions if d.decision == "police")
    assert police.alone == "maire"
    assert police.gatekeepers == ("conseil_municipal", "maire")
    delib = next(d for d in conc.decisions if d.decision == "deliberations")
    assert delib.alone is None and delib.gatekeepers == ()
    assert "police" in conc.blockers["maire"]
    assert conc.betweenness["maire"] > 0


def test_without_votations_the_council_gates_its_deliberations() -> None:
    g = powers.build(pact(without=("votation_propositionnelle", "votation_abrogatoire")))
    delib = next(d for d in powers.concentration(g).decisions if d.decision == "deliberations")
    assert delib.gatekeepers == ("conseil_municipal",)


def test_accountability_paths_start_with_citizens(chambery: powers.PowerGraph) -> None:
    acc = {a.holder: a for a in powers.accountability(chambery)}
    mayor = acc["maire"]
    assert mayor.audited_by_citizens and mayor.lawful_path
    for path in mayor.paths:
        assert path.steps[0].source in powers.ROOTS and path.steps[-1].target == "maire"
        for a, b in zip(path.steps, path.steps[1:], strict=False):
            assert a.target == b.source
    assert not acc["bureau_executif"].lawful_path
    # only the electors elect: the lawful path to the mayor starts with them, never with the
    # inhabitants (who reach the mayor through the Conseil Citoyen's audit, a commitment)
    lawful = [p for p in mayor.paths if p.force == "droit"]
    assert lawful and all(p.steps[0].source == powers.ELECTORS for p in lawful)
    assert chambery.label(powers.ELECTORS) == "Électeur·rices inscrit·es"
    assert [(p.source, p.label) for p in chambery.edges_to("conseil_municipal", "nomme")] == [
        (powers.ELECTORS, "élisent le conseil municipal pour 6 ans")]
    assert all(p.source != powers.CITIZENS for p in chambery.edges_to("conseil_municipal", "nomme"))


def test_bundled_collegial_pact_has_no_citizen_vote_path() -> None:
    from engine.io.context import load_pact

    g = powers.build(load_pact("collegial-2026"))
    assert powers.citizen_votes(g) == []
    assert "conseil_citoyen" not in g.bodies
    acc = {a.holder: a for a in powers.accountability(g)}
    assert not any(a.audited_by_citizens for a in acc.values())


def test_a_vote_citizens_start_but_that_only_advises_is_said_as_such() -> None:
    """Saillans: a petition of a tenth of the electors leads to a consultation whose result
    is an opinion — no vote that decides, but not « nothing »: the sentence names it."""
    from engine.io.context import load_context
    from engine.powers.analysis import citizen_advisory_votes, citizen_votes, findings
    from engine.report.pouvoirs import headline, report

    scenario, saillans = load_context(None, "saillans-2026")
    g = powers.build(saillans)
    assert not citizen_votes(g)
    advisory = citizen_advisory_votes(g)
    assert len(advisory) == 1 and g.bodies[advisory[0]].kind == "scrutin"
    first = findings(g)[0]
    assert first.startswith("Aucune décision ne se prend par un vote que les citoyen·nes "
                            "déclenchent") and g.label(advisory[0]) in first
    line = headline(report(saillans, scenario), g)[0]
    assert "peuvent déclencher 1 vote consultatif, mais aucun vote qui décide" in line
    assert not citizen_advisory_votes(powers.build(collegial_pact()))
