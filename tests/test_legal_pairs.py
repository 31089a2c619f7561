"""Binômes: adjoint caps by council size, quartier and special adjoints, portfolios."""

from tests.verifier_support import aspects, findings


def pairs(commune="chambery", **sets):
    return findings(commune, **sets)["legal.binomes"]


def test_chambery_within_both_possible_caps():
    a = aspects(pairs())
    assert a["plafond"]["verdict"] == "conforme"
    assert a["plafond"]["details"]["plafonds"] == {"45": 13, "49": 14}
    assert a["adjoints_quartier"]["verdict"] == "conforme"
    assert a["adjoints_speciaux"]["verdict"] == "conforme"
    assert a["delegations"]["verdict"] == "engagement_politique"
    assert pairs().verdict == "engagement_politique"


def test_fourteen_adjoints_depend_on_the_population():
    # One more adjoint: allowed with 49 seats (≥ 60,000 inhabitants), not with 45.
    a = aspects(pairs(**{"binomes.delegations.15.adjoints": 1, "binomes.delegations.15.conseillers_delegues": 1}))
    assert a["plafond"]["verdict"] == "a_verifier"


def test_saillans_exceeds_caps():
    a = aspects(pairs("saillans"))
    assert a["plafond"]["verdict"] == "conflit"
    assert a["adjoints_quartier"]["verdict"] == "conflit"


def test_special_adjoints_need_a_reason():
    assert aspects(pairs("grenoble"))["adjoints_speciaux"]["verdict"] == "a_verifier"
