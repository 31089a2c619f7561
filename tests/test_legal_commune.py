"""Population-dependent rules: council size, adjoint caps, quartier councils, notice, 1/10."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from engine.io.law import load_law
from engine.procedures.commune import (
    convocation_clear_days,
    legal_petition_signatures,
    max_adjoints,
    max_quartier_adjoints,
    quartier_council_regime,
)
from tests.verifier_support import legal_ctx

LAW = load_law()


def test_three_communes():
    assert LAW.council_size(59_856) == 45
    assert LAW.council_size(60_000) == 49
    assert LAW.council_size(59_999) == 45
    assert LAW.council_size(156_140) == 59
    assert LAW.council_size(1_405) == 15
    assert LAW.council_size(1_500) == 19
    assert max_adjoints(45, LAW) == 13 and max_adjoints(49, LAW) == 14
    assert max_adjoints(59, LAW) == 17 and max_adjoints(15, LAW) == 4
    assert max_quartier_adjoints(59, LAW) == 5 and max_quartier_adjoints(45, LAW) == 4


def test_legal_md_table_caps():
    # LEGAL.md § 10: council size → max adjoints (30 %), as printed.
    expected = {7: 2, 11: 3, 15: 4, 19: 5, 23: 6, 27: 8, 29: 8, 33: 9, 35: 10, 39: 11, 43: 12,
                45: 13, 49: 14, 53: 15, 55: 16, 59: 17, 61: 18, 65: 19, 69: 20}
    assert {s: max_adjoints(s, LAW) for s in expected} == expected


def test_regimes_and_notice():
    assert quartier_council_regime(156_140, LAW) == "obligatoire"
    assert quartier_council_regime(80_000, LAW) == "obligatoire"
    assert quartier_council_regime(79_999, LAW) == "facultatif"
    assert quartier_council_regime(20_000, LAW) == "facultatif"
    assert quartier_council_regime(19_999, LAW) == "non_applicable"
    assert convocation_clear_days(3_500, LAW) == (5, "L2121-12")
    assert convocation_clear_days(3_499, LAW) == (3, "L2121-11")


def test_petition_tenth_rounded_up():
    assert legal_petition_signatures(34_757, LAW) == 3_476
    assert legal_petition_signatures(34_750, LAW) == 3_475
    assert legal_petition_signatures(1_171, LAW) == 118


@given(st.integers(0, 400_000), st.integers(0, 400_000))
def test_council_size_monotone(a, b):
    lo, hi = sorted((a, b))
    assert LAW.council_size(lo) <= LAW.council_size(hi)


@given(st.integers(1, 200))
def test_adjoint_cap_is_floor_of_30_pct(seats):
    cap = max_adjoints(seats, LAW)
    assert cap * 100 <= 30 * seats < (cap + 1) * 100


@given(st.integers(1, 10_000_000))
def test_tenth_is_smallest_count_reaching_a_tenth(electors):
    n = legal_petition_signatures(electors, LAW)
    assert 10 * n >= electors > 10 * (n - 1)


def test_chambery_uncertain_population():
    f = legal_ctx("chambery").commune
    assert f.seats_candidates == (45, 49) and not f.seats_certain
    assert f.adjoint_caps(LAW) == {45: 13, 49: 14}
    assert f.quartier_adjoints_allowed  # the pact creates quartier councils (optional there)
    assert f.former_communes == ("Bissy", "Chambéry-le-Vieux")


def test_saillans_and_grenoble_facts():
    s = legal_ctx("saillans").commune
    assert s.seats_candidates == (15,) and s.clear_days == 3 and s.quartier_regime == "non_applicable"
    assert (s.legal_signatures_low, s.legal_signatures_high) == (110, 130)
    g = legal_ctx("grenoble").commune
    assert g.seats_candidates == (59,) and g.quartier_regime == "obligatoire"


def test_override_of_council_seats():
    f = legal_ctx("chambery", sieges_conseil=45).commune
    assert f.seats_candidates == (45,) and f.seats_overridden
