"""Thresholds: rounding, abrogation vs petition, the statutory L1112-16 route."""

from tests.verifier_support import findings


def test_rounded_figure_below_percentage():
    f = findings()["consistency.seuils.arrondi"]
    assert f.verdict == "incoherent"
    assert (f.details["signatures_pourcentage"], f.details["signatures_absolu"],
            f.details["signatures_appliquees"]) == (1043, 1000, 1043)


def test_abrogation_easier_than_petition():
    f = findings()["consistency.seuils.abrogation"]
    assert f.verdict == "coherent" and "2,1 fois plus facile" in f.message
    assert f.details["part_electeurs_pct"] == 1.44


def test_saillans_legal_route_is_easier():
    f = findings("saillans")
    assert f["consistency.seuils.abrogation"].verdict == "incoherent"
    route = f["consistency.seuils.voie_legale"]
    assert route.verdict == "incoherent" and route.details["signatures_legales_1_10"] == 118


def test_threshold_exactly_at_a_tenth_named():
    f = findings(votation_propositionnelle__seuil_pct=10, votation_propositionnelle__seuil_absolu__valeur=0)
    route = f["consistency.seuils.voie_legale"]
    assert route.verdict == "coherent" and route.details["nommee"] is True


def test_unnamed_route_is_flagged():
    f = findings(votation_propositionnelle__seuil_pct=10, votation_propositionnelle__seuil_absolu__valeur=0,
                 votation_propositionnelle__base_legale=[], votation_propositionnelle__seuil_pct__base_legale=[])
    assert f["consistency.seuils.voie_legale"].verdict == "incoherent"
