"""Audit capacity and renewal cycle of the citizen council."""

from tests.verifier_support import findings


def test_chambery_capacity_deficit():
    f = findings()["consistency.audits.capacite"]
    d = f.details
    assert f.verdict == "incoherent"
    assert (d["creneaux_mandat"], d["auditions_exigees_mandat"], d["soirees_mandat"]) == (248, 286, 62)
    assert (d["creneaux_par_an"], d["auditions_exigees_par_an"]) == (44, 52)
    assert d["audits_par_soiree_necessaires"] == 5 and d["periodicite_possible_mois"] == 8
    assert "248" in f.message and "286" in f.message


def test_more_audits_per_evening_or_longer_period_fix_it():
    assert findings(conseil_citoyen__audits_par_reunion=5)["consistency.audits.capacite"].verdict == "coherent"
    assert findings(conseil_citoyen__periodicite_audit_mois=8)["consistency.audits.capacite"].verdict == "coherent"


def test_renewal_cycle():
    f = findings()["consistency.audits.renouvellement"]
    assert f.details["soirees_par_tour"] == 7
    assert [c["soirees"] for c in f.details["compositions"]] == [23, 23, 16]
    assert f.details["aligne"] is False and f.verdict == "coherent"


def test_short_composition_is_incoherent():
    f = findings(conseil_citoyen__renouvellement_mois=4)["consistency.audits.renouvellement"]
    assert f.verdict == "incoherent"
