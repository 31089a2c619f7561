"""engine.procedures.commune: the shared comparisons both verifier families read — a
threshold against the legal 1/10 of electors (L1112-16) and adjoints against the caps of
L2122-2 and L2122-2-1, each with its uncertainty and confidence."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from engine.io.law import load_law
from engine.procedures.commune import (
    adjoint_caps,
    compare_with_legal_petition,
    legal_petition_signatures,
    ordinary_adjoint_cap,
    quartier_adjoint_cap,
)
from tests.verifier_support import context, legal_ctx

LAW = load_law()


def facts(commune: str, pacte: str = "chambery-2026"):
    return legal_ctx(commune, pacte).commune


# --- the legal tenth -----------------------------------------------------------------------

def test_fixed_threshold_below_at_or_across_the_tenth() -> None:
    below = compare_with_legal_petition(lambda _e: 500, 34_757, (34_757, 34_757), "H", LAW)
    assert (below.reaches, below.legal, below.stricter, below.confidence) == (False, 3_476, False, "H")
    above = compare_with_legal_petition(lambda _e: 500, 1_171, (1_100, 1_300), "L", LAW)
    assert (above.reaches, above.legal, above.stricter, above.confidence) == (True, 118, True, "L")
    across = compare_with_legal_petition(lambda _e: 120, 1_171, (1_100, 1_300), "L", LAW)
    assert across.reaches is None and (across.legal_low, across.legal_high) == (110, 130)
    assert across.as_details()["atteint_le_dixieme"] == "incertain"


@given(st.integers(min_value=1, max_value=500_000), st.integers(min_value=0, max_value=60_000))
def test_prop_a_settled_answer_is_the_comparison_at_every_bound(electors: int, need: int) -> None:
    low, high = electors * 9 // 10, electors * 11 // 10
    cmp = compare_with_legal_petition(lambda _e: need, electors, (low, high), "M", LAW)
    answers = {need >= legal_petition_signatures(e, LAW) for e in (low, electors, high)}
    assert (cmp.reaches is None) == (len(answers) == 2)
    if cmp.reaches is not None:
        assert answers == {cmp.reaches}


# --- adjoint caps -------------------------------------------------------------------------

def test_ordinary_cap_settled_or_depending_on_the_council_size() -> None:
    chambery = facts("chambery")          # 45 or 49 seats: caps 13 or 14
    assert ordinary_adjoint_cap(chambery, LAW, 13).within is True
    assert ordinary_adjoint_cap(chambery, LAW, 13).confidence == chambery.population_confidence
    on_size = ordinary_adjoint_cap(chambery, LAW, 14)
    assert (on_size.within, on_size.uncertain_because) == (None, "effectif")
    assert ordinary_adjoint_cap(chambery, LAW, 15).within is False
    grenoble = ordinary_adjoint_cap(facts("grenoble"), LAW, 17)
    assert (grenoble.within, grenoble.confidence, grenoble.caps) == (True, "H", {59: 17})


def test_quartier_cap_rounding_councils_and_small_communes() -> None:
    grenoble = facts("grenoble")          # 59 seats: 10 % = 5.9 → 5 (6 if rounded up)
    assert quartier_adjoint_cap(grenoble, LAW, 5).within is True
    six = quartier_adjoint_cap(grenoble, LAW, 6)
    assert (six.within, six.uncertain_because, six.confidence) == (None, "arrondi", "L")
    assert quartier_adjoint_cap(grenoble, LAW, 7).within is False
    saillans = quartier_adjoint_cap(facts("saillans"), LAW, 1)
    assert (saillans.within, saillans.allowed, saillans.caps) == (False, False, {15: 0})
    no_councils = quartier_adjoint_cap(facts("chambery", "collegial-2026"), LAW, 4)
    assert (no_councils.within, no_councils.uncertain_because) == (None, "conseils_de_quartier")
    assert quartier_adjoint_cap(grenoble, LAW, 0).within is True


def test_adjoint_caps_of_pairs_and_of_a_collegial_executive() -> None:
    scen, pact = context("grenoble", "collegial-2026")
    f = facts("grenoble", "collegial-2026")
    caps = adjoint_caps(pact, f, LAW)
    assert caps is not None and caps.clause == "executif"
    assert (caps.ordinary.count, caps.quartier.count, caps.within, caps.confidence) == (5, 6, None, "L")
    scen, pact = context("saillans")
    caps = adjoint_caps(pact, facts("saillans"), LAW)
    assert caps is not None and caps.clause == "binomes"
    assert (caps.within, caps.confidence, caps.special) == (False, "H", 2)
    assert adjoint_caps(pact.model_copy(update={"pairs": None, "executive": None}),
                        facts("saillans"), LAW) is None


def test_uncertain_population_lowers_a_settled_cap_confidence() -> None:
    f = replace(facts("grenoble"), population_confidence="L")
    assert ordinary_adjoint_cap(f, LAW, 3).confidence == "H"        # one possible size
    wide = replace(f, seats_candidates=(55, 59))
    assert ordinary_adjoint_cap(wide, LAW, 3).confidence == "L"
