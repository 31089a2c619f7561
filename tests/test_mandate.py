"""engine.procedures.mandate: the whole institutional calendar as one dated list."""

from __future__ import annotations

from collections import Counter
from datetime import date

from _pacts import chambery, with_params, without
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.procedures.mandate import in_mandate, institutional_calendar
from engine.procedures.referendum import in_blackout

FAST = settings(max_examples=15, deadline=None)
SCEN, PACT = chambery()
CC_EVENTS = ("cc_auditions", "cc_reunion_travail")


def test_counts_over_the_mandate() -> None:
    counts = Counter(s.event for s in institutional_calendar(PACT, SCEN, "pacte"))
    assert counts["seance_cm"] == 71
    assert counts["bureau_executif"] == 143
    assert counts["cc_auditions"] == counts["cc_reunion_travail"] == 62
    assert counts["jour_de_votation"] == 24
    assert counts["election_maire_et_adjoints"] == 2
    assert counts["cc_renouvellement"] == 2
    assert counts["installation_conseil"] == counts["fin_du_mandat"] == 1
    assert Counter(s.event for s in institutional_calendar(PACT, SCEN, "loi"))["jour_de_votation"] == 21


def test_first_and_last_events() -> None:
    cal = institutional_calendar(PACT, SCEN)
    assert (cal[0].day, cal[0].event) == (date(2026, 3, 27), "installation_conseil")
    assert cal[-1].day == date(2032, 3, 14)
    assert "fin_du_mandat" in {s.event for s in cal if s.day == date(2032, 3, 14)}


def test_a_pact_with_only_its_identity_still_has_a_calendar() -> None:
    bare = PACT
    for clause in ("petition", "citizen_council", "rotation", "bureau", "council"):
        bare = without(bare, clause)
    counts = Counter(s.event for s in institutional_calendar(bare, SCEN))
    assert "cc_auditions" not in counts and "jour_de_votation" not in counts
    assert "bureau_executif" not in counts
    assert counts["seance_cm"] == 24  # the law's minimum: one session a quarter (L2121-7)


def test_in_mandate() -> None:
    assert in_mandate(SCEN, date(2026, 3, 27)) and in_mandate(SCEN, date(2032, 3, 14))
    assert not in_mandate(SCEN, date(2032, 3, 15))


@FAST
@given(st.sampled_from(["pacte", "loi"]), st.integers(min_value=1, max_value=6),
       st.sets(st.integers(min_value=1, max_value=12), max_size=3))
def test_prop_calendar_is_sorted_sourced_and_respects_the_rules(regime: str, per_meeting: int,
                                                                off: set[int]) -> None:
    pact = with_params(PACT, "citizen_council", audits_per_meeting=per_meeting,
                       months_without_meeting=sorted(off))
    cal = institutional_calendar(pact, SCEN, regime)
    keys = [(s.day, s.event) for s in cal]
    assert keys == sorted(keys)
    for s in cal:
        assert SCEN.mandate.start <= s.day <= SCEN.mandate.end
        assert s.clause and s.source
        if s.event in CC_EVENTS:
            assert s.day.month not in off
        if s.event == "cc_auditions":
            assert len(s.label.split("—", 1)[1].split(" ; ")) <= per_meeting
        if s.event == "jour_de_votation" and regime == "loi":
            assert in_blackout(SCEN, s.day) is None
    per_year = Counter(s.day.year for s in cal if s.event == "jour_de_votation")
    assert max(per_year.values()) <= 4


def test_quartier_reports_the_ppi_path_and_seminars_are_dated() -> None:
    counts = Counter(s.event for s in institutional_calendar(PACT, SCEN, "pacte"))
    assert counts["cq_compte_rendu"] == 11
    assert [counts[e] for e in ("ppi_declenchement", "ppi_fin_campagne", "ppi_referendum",
                                "ppi_ratification")] == [1, 1, 1, 1]
    assert counts["seminaire_majorite"] == 0  # the Chambéry pact has no collegiality clause
    fewer = with_params(PACT, "quartier_councils", report_months=12)
    assert Counter(s.event for s in institutional_calendar(fewer, SCEN))["cq_compte_rendu"] == 5
    assert not any(s.event.startswith("ppi_") for s in institutional_calendar(without(PACT, "ppi"), SCEN))


def test_bureau_meetings_follow_the_meetings_per_month() -> None:
    weekly = with_params(PACT, "bureau", meetings_per_month=4)
    counts = Counter(s.event for s in institutional_calendar(weekly, SCEN))
    assert counts["bureau_executif"] > 143


def test_the_calendar_carries_the_commitment_reports_and_the_participatory_budget() -> None:
    """Catalogue clauses with dates enter the mandate's calendar: the monthly reports of the
    mandat impératif (Chambéry) and every participatory-budget cycle (example pact)."""
    from engine.io.context import load_context
    from engine.procedures.commitments import report_calendar
    from engine.procedures.participatory_budget import mandate_cycles

    scen, pact = load_context()
    events = institutional_calendar(pact, scen)
    reports = [s for s in events if s.event == "compte_rendu_mandat_imperatif"]
    assert reports == report_calendar(pact, scen) and len(reports) == 71
    scen, pact = load_context(pact="tests/fixtures/pacte_participation.yaml")
    adoptions = [s.day for s in institutional_calendar(pact, scen) if s.event == "bp_adoption_cm"]
    assert adoptions == [c.adoption for c in mandate_cycles(pact, scen)] and len(adoptions) == 5
