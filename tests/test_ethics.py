"""Charte éthique: HATVP duties by population, allowance cap, successive mandates."""

from engine.procedures import ethics as et
from tests.verifier_support import context, law

FIXTURE = "tests/fixtures/pacte_participation.yaml"


def test_hatvp_by_population_and_scope():
    scen, pact = context("chambery", FIXTURE)
    d = et.legal_declarations(pact, scen, law()).value
    assert d.mayor_by_law and not d.adjoints_by_law          # 59 856 inhabitants
    assert d.beyond_law == ("adjoint·es", "conseiller·es délégué·es")
    _s, mayor = context("chambery", FIXTURE, charte_ethique__elus_concernes="maire")
    assert et.legal_declarations(mayor, scen, law()).value.beyond_law == ()
    small, small_pact = context("saillans", FIXTURE)
    assert et.legal_declarations(small_pact, small, law()).value.beyond_law[0] == "maire"


def test_allowance_cap():
    _s, pact = context("chambery", FIXTURE)
    assert et.allowance_cap_within_law(pact, law()).value is True
    _s, chambery = context()
    assert et.allowance_cap_within_law(chambery, law()).value is None


def test_successive_mandates():
    _s, pact = context("chambery", FIXTURE)
    assert et.may_stand_again(pact, 1).value is True
    assert et.may_stand_again(pact, 2).value is False
    _s, chambery = context()
    assert et.may_stand_again(chambery, 5).value is True
