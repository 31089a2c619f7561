"""engine.procedures.petition: signatures, admissibility, votation days, dated path, outcome."""

from __future__ import annotations

import math
from collections import Counter
from datetime import date
from fractions import Fraction

import pytest
from _pacts import chambery, with_commune, with_params, without
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.core.calendar import WEEKDAYS, add_days, add_months
from engine.core.errors import InputError
from engine.procedures.petition import (
    admissibility,
    next_votation_day,
    petition_timeline,
    signatures_required,
    votation_grid,
    votation_outcome,
)
from engine.procedures.referendum import blackout_windows, earliest_lawful_vote, in_blackout

FAST = settings(max_examples=60, deadline=None)
# Percentages as a pact writes them: up to three decimals (« 2,5 % », « 3,125 % »).
percentages = st.integers(min_value=0, max_value=100_000).map(lambda k: k / 1000)
SCEN, PACT = chambery()
in_mandate = st.dates(min_value=SCEN.mandate.start, max_value=SCEN.mandate.end)
KEY_ORDER = ["petition_deposee", "fin_collecte", "verification_dpc", "bureau_executif",
             "decision_cm", "debut_campagne", "votation", "adoption_cm_si_oui"]


# --- examples ---------------------------------------------------------------------------

def test_chambery_needs_1043_and_flags_the_1000() -> None:
    need = signatures_required(PACT, SCEN)
    assert need.value.required == 1043
    assert need.value.from_percentage == 1043
    assert need.value.absolute == 1000
    assert need.value.applied == "pourcentage"
    assert need.value.absolute_below_percentage
    assert "écart de 43 signatures" in need.explanation.replace("\u202f", " ")
    assert {c.clause for c in need.trace} >= {"votation_propositionnelle.seuil_pct",
                                             "votation_propositionnelle.seuil_absolu"}


def test_threshold_boundary() -> None:
    assert admissibility(PACT, SCEN, 1043).value is True
    assert admissibility(PACT, SCEN, 1042).value is False
    assert "il en manque 1" in admissibility(PACT, SCEN, 1042).explanation


def test_absolute_figure_applies_when_higher() -> None:
    pact = with_params(PACT, "petition", threshold_pct=2)
    need = signatures_required(pact, SCEN)
    assert (need.value.required, need.value.applied) == (1000, "absolu")
    assert not need.value.absolute_below_percentage


def test_decimal_percentage_is_rounded_up_exactly() -> None:
    scen = with_commune(SCEN, electors=40000)
    assert signatures_required(with_params(PACT, "petition", threshold_pct=2.5), scen).value.required == 1000
    assert signatures_required(with_params(PACT, "petition", threshold_pct=2.5001), scen).value.required == 1001
    assert signatures_required(PACT, scen).value.required == 1200


def test_negative_signatures_are_refused() -> None:
    with pytest.raises(ValueError):
        admissibility(PACT, SCEN, -1)


def test_pact_without_petition_clause() -> None:
    with pytest.raises(InputError) as err:
        signatures_required(without(PACT, "petition"), SCEN)
    assert "votation propositionnelle" in str(err.value)


def test_petition_path_from_15_october_2026() -> None:
    steps = {s.event: s.day for s in petition_timeline(PACT, SCEN, date(2026, 10, 15))}
    assert steps == {
        "petition_deposee": date(2026, 10, 15), "fin_collecte": date(2027, 4, 15),
        "verification_dpc": date(2027, 4, 29), "bureau_executif": date(2027, 5, 4),
        "decision_cm": date(2027, 5, 24), "debut_campagne": date(2027, 5, 25),
        "votation": date(2027, 7, 11), "adoption_cm_si_oui": date(2027, 7, 26)}


def test_law_moves_the_vote_out_of_the_presidential_campaign() -> None:
    pacte = {s.event: s.day for s in petition_timeline(PACT, SCEN, date(2026, 7, 1), "pacte")}
    loi = {s.event: s.day for s in petition_timeline(PACT, SCEN, date(2026, 7, 1), "loi")}
    assert pacte["votation"] == date(2027, 4, 11)
    assert loi["votation"] == date(2027, 7, 11)


def test_no_votation_before_the_end_of_the_mandate() -> None:
    steps = petition_timeline(PACT, SCEN, date(2031, 6, 1), "loi")
    assert steps[-1].event == "pas_de_votation_avant_la_fin_du_mandat"
    assert steps[-1].day == SCEN.mandate.end


def test_votation_grid_counts() -> None:
    pacte = Counter(v.day.year for v in votation_grid(PACT, SCEN, "pacte"))
    loi = Counter(v.day.year for v in votation_grid(PACT, SCEN, "loi"))
    assert pacte == {2026: 3, 2027: 4, 2028: 4, 2029: 4, 2030: 4, 2031: 4, 2032: 1}
    assert loi == {2026: 3, 2027: 3, 2028: 4, 2029: 4, 2030: 4, 2031: 3}


def test_next_votation_day() -> None:
    assert next_votation_day(PACT, SCEN, date(2027, 4, 1), "pacte") == date(2027, 4, 11)
    assert next_votation_day(PACT, SCEN, date(2027, 4, 1), "loi") == date(2027, 7, 11)
    assert next_votation_day(PACT, SCEN, date(2032, 1, 12), "pacte") is None


E = 34_757  # Chambéry's registered electors (scenario)


def test_votation_outcome_examples() -> None:
    assert votation_outcome(PACT, E, 501, 500).value is True
    assert votation_outcome(PACT, E, 500, 500).value is False
    assert "égalité" in votation_outcome(PACT, E, 500, 500).explanation
    assert votation_outcome(PACT, E, 1, 0).value is True  # no quorum
    assert "aucun quorum" in votation_outcome(PACT, E, 1, 0).explanation
    with pytest.raises(ValueError):
        votation_outcome(PACT, E, -1, 3)


def test_votation_outcome_applies_the_quorum_the_pact_sets() -> None:
    """« quorum_pct » de la clause : 40 % des 34 757 inscrits = 13 903 votants au moins."""
    pact = with_params(PACT, "petition", quorum_pct=40)
    below = votation_outcome(pact, E, 12_000, 1_902)          # 13 902 votants
    at = votation_outcome(pact, E, 12_000, 1_903)             # 13 903 votants
    assert below.value is False and "faute de quorum" in below.explanation
    assert at.value is True and "atteint" in at.explanation
    assert below.trace[0].clause == "votation_propositionnelle.quorum_pct"
    assert below.trace[0].value == 40
    assert below.rule == "petition.votation_outcome"
    # blank ballots count in the turnout, not in the majority
    assert votation_outcome(pact, E, 7_000, 6_000, voters=14_000).value is True


# --- properties -------------------------------------------------------------------------

@FAST
@given(st.integers(min_value=0, max_value=200_000), st.integers(min_value=0, max_value=200_000),
       st.integers(min_value=1, max_value=500_000), percentages)
def test_prop_more_signatures_never_make_a_petition_inadmissible(a: int, b: int, electors: int,
                                                                 pct: float) -> None:
    low, high = sorted((a, b))
    scen = with_commune(SCEN, electors=electors)
    pact = with_params(PACT, "petition", threshold_pct=pct)
    if admissibility(pact, scen, low).value:
        assert admissibility(pact, scen, high).value


@FAST
@given(st.integers(min_value=1, max_value=500_000), st.integers(min_value=1, max_value=500_000),
       percentages, percentages, st.none() | st.integers(min_value=0, max_value=50_000))
def test_prop_signatures_required_is_monotone(e1: int, e2: int, p1: float, p2: float,
                                              absolute: int | None) -> None:
    (e_lo, e_hi), (p_lo, p_hi) = sorted((e1, e2)), sorted((p1, p2))
    base = with_params(PACT, "petition", threshold_absolute=absolute) if absolute is not None \
        else PACT.model_copy(update={"petition": PACT.petition.model_copy(update={"threshold_absolute": None})})

    def need(electors: int, pct: float):
        return signatures_required(with_params(base, "petition", threshold_pct=pct),
                                   with_commune(SCEN, electors=electors)).value

    assert need(e_lo, p_lo).required <= need(e_hi, p_lo).required
    assert need(e_lo, p_lo).required <= need(e_lo, p_hi).required
    t = need(e_hi, p_hi)
    # The figure applied is the larger of the two; the percentage part is a true ceiling.
    assert t.required == max(t.from_percentage, t.absolute or 0)
    exact = Fraction(t.electors) * Fraction(str(t.percentage)) / 100
    assert t.from_percentage == math.ceil(exact)
    assert t.absolute_below_percentage == (t.absolute is not None and t.absolute < t.from_percentage)


@FAST
@given(st.integers(min_value=1, max_value=12), st.integers(min_value=0, max_value=12),
       st.sampled_from(["pacte", "loi"]), st.sampled_from(WEEKDAYS),
       st.integers(min_value=1, max_value=4))
def test_prop_votation_days_respect_the_cap_and_the_blackouts(period: int, cap: int, regime: str,
                                                              weekday: str, rank: int) -> None:
    pact = with_params(PACT, "petition", votation_period_months=period,
                       max_votations_per_year=cap, vote_day=weekday, vote_day_rank=rank)
    days = [v.day for v in votation_grid(pact, SCEN, regime)]
    assert days == sorted(set(days))
    per_year = Counter(d.year for d in days)
    assert all(n <= cap for n in per_year.values())
    assert all(n <= -(-12 // period) for n in per_year.values())
    for d in days:
        assert SCEN.mandate.start < d < SCEN.mandate.end
        assert d.weekday() == WEEKDAYS.index(weekday) and (d.day - 1) // 7 + 1 == rank
        if regime == "loi":
            assert in_blackout(SCEN, d) is None


@FAST
@given(st.integers(min_value=1, max_value=12), st.sampled_from(["pacte", "loi"]))
def test_prop_never_more_than_4_votation_days_a_year_under_the_seed(period: int, regime: str) -> None:
    pact = with_params(PACT, "petition", votation_period_months=period)
    per_year = Counter(v.day.year for v in votation_grid(pact, SCEN, regime))
    assert max(per_year.values(), default=0) <= 4


@FAST
@given(in_mandate, st.integers(min_value=0, max_value=12), st.integers(min_value=0, max_value=60),
       st.integers(min_value=0, max_value=3), st.sampled_from(["pacte", "loi"]))
def test_prop_petition_timeline_is_ordered(submitted: date, collection: int, dpc: int,
                                           campaign: int, regime: str) -> None:
    pact = with_params(PACT, "petition", collection_months=collection, dpc_check_days=dpc,
                       campaign_months=campaign)
    steps = petition_timeline(pact, SCEN, submitted, regime)
    days = [s.day for s in steps]
    assert days == sorted(days)
    at = {s.event: s.day for s in steps}
    present = [at[e] for e in KEY_ORDER if e in at]
    assert present == sorted(present)
    assert at["petition_deposee"] == submitted
    assert at["fin_collecte"] == add_months(submitted, collection)
    assert at["verification_dpc"] == add_days(at["fin_collecte"], dpc)
    assert at["decision_cm"] > at.get("bureau_executif", at["verification_dpc"])
    if collection > 0:
        assert at["fin_collecte"] > submitted
    if "votation" in at:
        assert at["votation"] > at["decision_cm"]
        assert at["votation"] >= add_months(at["decision_cm"], campaign)
        assert at["adoption_cm_si_oui"] > at["votation"]
        if regime == "loi":
            assert in_blackout(SCEN, at["votation"]) is None
            assert at["votation"] >= earliest_lawful_vote(SCEN, at["decision_cm"]).value
    else:
        assert at["pas_de_votation_avant_la_fin_du_mandat"] == SCEN.mandate.end


@FAST
@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=0, max_value=10**6))
def test_prop_votation_outcome_simple_majority(yes: int, no: int) -> None:
    electors = 2 * 10**6
    assert votation_outcome(PACT, electors, yes, no).value == (yes > no)
    assert not (votation_outcome(PACT, electors, yes, no).value
                and votation_outcome(PACT, electors, no, yes).value)


def test_blackout_windows_are_sorted() -> None:
    windows = blackout_windows(SCEN)
    assert [w.start for w in windows] == sorted(w.start for w in windows)


@FAST
@given(in_mandate, st.integers(min_value=0, max_value=72), st.integers(min_value=0, max_value=2200),
       st.integers(min_value=0, max_value=72), st.sampled_from(["pacte", "loi"]))
def test_prop_any_valid_delays_give_an_ordered_path_or_a_french_error(
        submitted: date, collection: int, dpc: int, campaign: int, regime: str) -> None:
    pact = with_params(PACT, "petition", collection_months=collection, dpc_check_days=dpc,
                       campaign_months=campaign)
    try:
        steps = petition_timeline(pact, SCEN, submitted, regime)
    except InputError as exc:
        assert "aucune séance du conseil" in str(exc)
        return
    days = [s.day for s in steps]
    assert days == sorted(days)
    at = {s.event: s.day for s in steps}
    present = [at[e] for e in KEY_ORDER if e in at]
    assert present == sorted(present)


# --- petition_vs_legal: the one comparison with the legal tenth (L1112-16) ---------------

def test_petition_vs_legal_at_the_retained_electorate_and_its_bounds() -> None:
    from engine.io.law import load_law
    from engine.procedures.petition import petition_vs_legal

    law = load_law()
    cmp = petition_vs_legal(PACT, SCEN, law)
    assert (cmp.signatures, cmp.legal, cmp.reaches) == (signatures_required(PACT, SCEN).value.required, 3_476, False)
    ten = petition_vs_legal(with_params(PACT, "petition", threshold_pct=10), SCEN, law)
    assert ten.reaches is True and not ten.stricter
    small = with_commune(SCEN, electors=1_171)
    assert petition_vs_legal(PACT, small, law).reaches is True      # 1 000 absolute ≥ 118


@FAST
@given(st.floats(min_value=0.5, max_value=20, allow_nan=False).map(lambda x: round(x, 2)),
       st.integers(min_value=100, max_value=300_000))
def test_prop_petition_vs_legal_agrees_with_signatures_required(pct: float, electors: int) -> None:
    from engine.io.law import load_law
    from engine.procedures.commune import legal_petition_signatures
    from engine.procedures.petition import petition_vs_legal

    pact = with_params(PACT, "petition", threshold_pct=pct)
    scen = with_commune(SCEN, electors=electors)
    cmp = petition_vs_legal(pact, scen, load_law())
    assert cmp.signatures == signatures_required(pact, scen).value.required
    assert cmp.reaches == (cmp.signatures >= legal_petition_signatures(electors, load_law()))
