"""One fact, one function: the legal and the consistency findings about the same fact come
from the same rule function of ``engine/procedures`` and never contradict — same verdict
direction, same figures quoted, same confidence — over the three bundled communes and both
bundled pacts, plus variants that make each fact uncertain or wrong.

Shared facts: the petition threshold against the legal 1/10 (L1112-16), the abrogation
threshold against it, the adjoint caps (L2122-2, L2122-2-1), the clear days of notice
(L2121-11 / L2121-12) with the fortnight of L2122-14, and the audit capacity of the citizen
council (also read by the simulation and `pacte bilan`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from engine.io.assumptions import load_assumptions
from engine.model.law import combine_confidence
from engine.procedures.abrogation import abrogation_vs_legal, share_of_electors_pct
from engine.procedures.audits import audit_capacity, yearly_audit_capacity
from engine.procedures.commune import adjoint_caps, commune_facts, convocation_clear_days
from engine.procedures.petition import petition_vs_legal
from engine.report.bilan import calendar_section, thresholds_section
from engine.sim.context import ContextInputs, build_context
from engine.verifier.findings import Finding
from tests.verifier_support import aspects, context, findings, law

COMMUNES = ("chambery", "grenoble", "saillans")
PACTS = ("chambery-2026", "collegial-2026")
#: (commune, pact, --set overrides): the bundled cases, then variants that move each fact.
CASES: list[tuple[str, str, dict[str, Any]]] = [(c, p, {}) for c in COMMUNES for p in PACTS] + [
    # 120 signatures: 1/10 of 1,100 to 1,300 electors is 110 to 130 → depends on the electorate.
    ("saillans", "chambery-2026", {"votation_abrogatoire__signatures_requises": 120,
                                   "votation_propositionnelle__seuil_absolu__valeur": 120}),
    # Above the legal tenth everywhere: the statutory route exists.
    ("chambery", "chambery-2026", {"votation_abrogatoire__signatures_requises": 4000,
                                   "votation_propositionnelle__seuil_pct": 12}),
    # A rotation whose council meets after the fortnight of L2122-14.
    ("grenoble", "chambery-2026", {"rotation__delai_convocation_cm_jours": 20}),
]
IDS = [f"{c}-{p}-{i}" for i, (c, p, _) in enumerate(CASES)]

#: legal verdict of a threshold aspect → whether the threshold reaches the legal tenth
REACHES_FROM_LEGAL = {"conforme": "oui", "engagement_politique": "non", "a_verifier": "incertain"}


def _all(commune: str, pacte: str, sets: dict[str, Any]) -> dict[str, Finding]:
    return findings(commune, pacte, **sets)


@pytest.mark.parametrize(("commune", "pacte", "sets"), CASES, ids=IDS)
def test_petition_threshold_against_the_legal_tenth(commune: str, pacte: str, sets: dict[str, Any]) -> None:
    f = _all(commune, pacte, sets)
    if "legal.votation_propositionnelle" not in f:
        pytest.skip("pas de votation propositionnelle dans ce pacte")
    scen, pact = context(commune, pacte, **sets)
    shared = petition_vs_legal(pact, scen, law()).as_details()
    seuil = aspects(f["legal.votation_propositionnelle"])["seuil"]
    assert seuil["details"]["dixieme_legal"] == shared
    assert REACHES_FROM_LEGAL[seuil["verdict"]] == shared["atteint_le_dixieme"]
    route = f.get("consistency.seuils.voie_legale")
    if shared["atteint_le_dixieme"] == "non":
        assert route is None, "sous le dixième, pas de voie légale à nommer"
        return
    assert route is not None
    assert route.details["dixieme_legal"] == shared
    assert (route.verdict == "a_verifier") == (seuil["verdict"] == "a_verifier")
    assert route.confidence == seuil["confidence"]


@pytest.mark.parametrize(("commune", "pacte", "sets"), CASES, ids=IDS)
def test_abrogation_threshold_against_the_legal_tenth(commune: str, pacte: str, sets: dict[str, Any]) -> None:
    f = _all(commune, pacte, sets)
    if "legal.votation_abrogatoire" not in f:
        pytest.skip("pas de votation abrogatoire dans ce pacte")
    scen, pact = context(commune, pacte, **sets)
    shared = abrogation_vs_legal(pact, scen, law()).as_details()
    legal = aspects(f["legal.votation_abrogatoire"])["signatures"]
    cons = f["consistency.seuils.abrogation"]
    assert legal["details"]["dixieme_legal"] == shared == cons.details["dixieme_legal"]
    assert REACHES_FROM_LEGAL[legal["verdict"]] == shared["atteint_le_dixieme"]
    assert (cons.verdict == "a_verifier") == (shared["atteint_le_dixieme"] == "incertain")
    if shared["atteint_le_dixieme"] == "non":
        assert cons.verdict == "coherent", "sous le dixième, aucune voie légale ne concurrence le pacte"
    share = share_of_electors_pct(pact, scen)
    assert legal["details"]["part_des_electeurs_pct"] == cons.details["part_electeurs_pct"] == share
    assert thresholds_section(pact, scen)["abrogation"]["share_of_electors_pct"] == share
    assert cons.confidence == legal["confidence"]


def _cap_aspects(f: dict[str, Finding], clause: str) -> list[dict[str, Any]]:
    """The legal aspects judging an adjoint cap (those quoting the shared cap check)."""
    return [a for a in aspects(f[f"legal.{clause}"]).values() if "plafond" in a.get("details", {})]


CONSISTENCY_FROM_LEGAL = {"conforme": "coherent", "a_verifier": "a_verifier", "conflit": "incoherent"}


@pytest.mark.parametrize(("commune", "pacte", "sets"), CASES, ids=IDS)
def test_adjoint_caps(commune: str, pacte: str, sets: dict[str, Any]) -> None:
    f = _all(commune, pacte, sets)
    scen, pact = context(commune, pacte, **sets)
    caps = adjoint_caps(pact, commune_facts(scen, pact, law()), law())
    assert caps is not None
    cons = f["consistency.effectifs.adjoints"]
    assert cons.details["plafond"] == caps.ordinary.as_details()
    assert cons.details["plafond_quartier"] == caps.quartier.as_details()
    legal = _cap_aspects(f, caps.clause)
    by_name = {a["aspect"]: a for a in legal}
    assert by_name["plafond"]["details"]["plafond"] == caps.ordinary.as_details()
    if caps.quartier.count:
        assert by_name["adjoints_quartier"]["details"]["plafond"] == caps.quartier.as_details()
    # Direction: the consistency verdict is the most serious of the legal cap aspects.
    worst = max((CONSISTENCY_FROM_LEGAL[a["verdict"]] for a in legal),
                key=("coherent", "a_verifier", "incoherent").index)
    assert cons.verdict == worst
    carrying = [a["confidence"] for a in legal if CONSISTENCY_FROM_LEGAL[a["verdict"]] == cons.verdict]
    assert cons.confidence == combine_confidence(*carrying)


def test_grenoble_six_quartier_adjoints_same_verdict_and_confidence() -> None:
    """The issue's case: 6 quartier adjoints for 10 % of 59 = 5.9 seats (5 rounded down, 6
    rounded up): « à vérifier » with confidence L on both sides, no longer error / H."""
    f = findings("grenoble", "collegial-2026")
    quartier = aspects(f["legal.executif"])["adjoints_quartier"]
    cons = f["consistency.effectifs.adjoints"]
    assert (quartier["verdict"], quartier["confidence"]) == ("a_verifier", "L")
    assert (cons.verdict, cons.confidence) == ("a_verifier", "L")


@pytest.mark.parametrize(("commune", "pacte", "sets"), CASES, ids=IDS)
def test_convocation_days(commune: str, pacte: str, sets: dict[str, Any]) -> None:
    f = _all(commune, pacte, sets)
    scen, pact = context(commune, pacte, **sets)
    days, article = convocation_clear_days(scen.commune.population.at(), law())
    legal = f["legal.commune.effectif"]
    assert legal.details["jours_francs"] == days and article in legal.articles
    rotation = f.get("consistency.calendrier.rotation")
    if rotation is None:
        return
    assert (rotation.details["jours_francs"], rotation.details["article_convocation"]) == (days, article)
    for h in rotation.details["passages"]:
        gap = (date.fromisoformat(h["election"]) - date.fromisoformat(h["convocation"])).days
        assert gap - 1 == days, "la convocation précède l'élection du nombre de jours francs légal"
    legal_rotation = aspects(f["legal.rotation"])
    slow = rotation.details["delai_pacte_jours"] > rotation.details["delai_legal_jours"]
    assert ("delai_election" in legal_rotation) == slow == (rotation.verdict == "incoherent")
    if slow:
        assert legal_rotation["delai_election"]["details"] == {
            "delai_pacte_jours": rotation.details["delai_pacte_jours"],
            "delai_legal_jours": rotation.details["delai_legal_jours"]}


@pytest.mark.parametrize("commune", COMMUNES)
def test_audit_capacity_one_computation(commune: str) -> None:
    """The consistency finding, `pacte bilan` and the simulation read the same capacity."""
    f = findings(commune, "chambery-2026")
    scen, pact = context(commune, "chambery-2026")
    cap = audit_capacity(pact, scen).value
    year = yearly_audit_capacity(pact, scen)
    d = f["consistency.audits.capacite"].details
    assert (d["creneaux_mandat"], d["auditions_exigees_mandat"], d["soirees_mandat"]) == (
        cap["slots"], cap["required"], cap["meetings"])
    assert (d["annee"], d["creneaux_par_an"], d["auditions_exigees_par_an"]) == (year.year, year.slots, year.required)
    assert (f["consistency.audits.capacite"].verdict == "coherent") == (
        cap["slots"] >= cap["required"] and year.sufficient)
    bilan = calendar_section(pact, scen)["audits"]
    assert (bilan["slots"], bilan["required"]) == (cap["slots"], cap["required"])
    sim = build_context(ContextInputs.of(scen, pact, load_assumptions()))
    assert sim.audits_required == cap["required"]
    # The legal finding judges the audits as a political commitment and quotes no capacity.
    legal = aspects(f["legal.conseil_citoyen"])["auditions"]
    assert "details" not in legal
