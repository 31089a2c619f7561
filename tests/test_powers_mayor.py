"""Mayor's powers and mandat impératif in the power graph (engine/powers/mayor_edges.py)."""

from __future__ import annotations

from engine import powers
from engine.powers.mayor_edges import PERMITS
from tests.test_powers import _edges, _p, pact


def test_council_delegates_and_hears_the_report() -> None:
    g = powers.build(pact())
    (delegation,) = _edges(g, "conseil_municipal", "maire", "decide")
    assert delegation.force == "droit" and "3°" in delegation.label
    assert delegation.clause == "pouvoirs_du_maire.delegations_accordees"
    (report,) = _edges(g, "maire", "conseil_municipal", "conseille")
    assert report.legal_basis == ("L2122-23",)


def test_permits_stay_with_the_mayor_opinions_only() -> None:
    g = powers.build(pact())
    assert _edges(g, "maire", PERMITS, "decide")[0].legal_basis == ("CU-L422-1",)
    opinions = _edges(g, "conseils_de_quartier", "maire", "conseille")
    assert opinions and all(e.force == "avis" for e in opinions)
    quiet = pact(pouvoirs_du_maire__permis_avis_conseil_de_quartier=_p("x", "booleen", False),
                 pouvoirs_du_maire__permis_deliberation_cm=_p("x", "booleen", False))
    assert PERMITS not in powers.build(quiet).bodies


def test_no_delegation_no_report_edge() -> None:
    g = powers.build(pact(pouvoirs_du_maire__delegations_accordees=_p("x", "liste", "aucune")))
    assert "aucun alinéa" in _edges(g, "conseil_municipal", "maire", "decide")[0].label
    assert _edges(g, "maire", "conseil_municipal", "conseille") == []


def test_the_auditor_judges_the_objectives() -> None:
    g = powers.build(pact())
    labels = [e.label for e in _edges(g, "conseil_citoyen", "binomes", "audite")]
    assert any("3 à 5 objectifs" in label for label in labels)
    without = powers.build(pact(without=("engagements", "pouvoirs_du_maire")))
    assert not any("objectifs" in e.label for e in without.powers)
    assert _edges(without, "conseil_municipal", "maire", "decide") == []


def test_the_mayor_s_promises_are_commitments() -> None:
    g = powers.build(pact())
    promises = _edges(g, "maire", "conseil_municipal", "propose")
    assert len(promises) == 2 and all(e.force == "engagement" for e in promises)
    assert any(e.force == "engagement" for e in _edges(g, "maire", "binomes", "nomme"))
    fewer = powers.build(pact(pouvoirs_du_maire__arretes_seulement_urgence=_p("x", "booleen", False)))
    assert len(_edges(fewer, "maire", "conseil_municipal", "propose")) == 1
    capped = powers.build(pact(pouvoirs_du_maire__plafond_marches_eur=_p("x", "euros", 90_000)))
    binding = [e for e in _edges(capped, "maire", "conseil_municipal", "propose") if e.force == "droit"]
    assert len(binding) == 1 and binding[0].clause == "pouvoirs_du_maire.plafond_marches_eur"
