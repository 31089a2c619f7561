"""Droit d'interpellation: threshold (the petitions' rule), hours in session, dated path."""

from datetime import date

from engine.procedures import interpellation as ip
from tests.verifier_support import context, law

FIXTURE = "tests/fixtures/pacte_participation.yaml"


def test_threshold_is_the_petition_rule():
    scen, pact = context("chambery", FIXTURE)
    electors = scen.commune.electors.at()
    d = ip.signatures_needed(pact, scen)
    assert d.value == -(-electors * 2 // 100)          # 2 % rounded up
    _s, higher = context("chambery", FIXTURE, interpellation__seuil_absolu={
        "description": "x", "unite": "signatures", "valeur": 5000})
    assert ip.signatures_needed(higher, scen).value == 5000


def test_no_threshold_in_chambery():
    scen, pact = context()
    d = ip.signatures_needed(pact, scen)
    assert d.value is None and "individuelle" in d.explanation
    assert ip.interpellation_vs_legal(pact, scen, law()) is None


def test_against_the_legal_tenth():
    scen, pact = context("chambery", FIXTURE)
    cmp = ip.interpellation_vs_legal(pact, scen, law())
    assert cmp is not None and cmp.reaches is False and cmp.legal > cmp.signatures
    _s, tenth = context("chambery", FIXTURE, interpellation__seuil_pct=10)
    assert ip.interpellation_vs_legal(tenth, scen, law()).reaches is True


def test_hours_read_from_one_place():
    _scen, pact = context("chambery", FIXTURE)
    assert ip.session_hours(pact).value == 0.5
    _scen, chambery = context()
    # Chambéry's interpellation clause gives no time: the council clause's hour applies.
    d = ip.session_hours(chambery)
    assert d.value == chambery.council.interpellation_hours.at()
    assert d.trace[0].clause == "conseil_municipal.heures_interpellations_par_session"


def test_path_with_notice_agenda_and_deadline():
    scen, pact = context("chambery", FIXTURE)
    # 15 Oct 2026 + 10 days = 25 Oct; the next session is the 4th Monday, 26 Oct.
    p = ip.interpellation_path(pact, scen, date(2026, 10, 15), signatures=1000)
    assert p.session == date(2026, 10, 26) and p.on_agenda
    assert p.answer_deadline == date(2026, 11, 29) and p.answered_in_time
    # Filed on the 20th, the notice (30 Oct) misses October: the November session answers.
    late = ip.interpellation_path(pact, scen, date(2026, 10, 20), signatures=10)
    assert late.session == date(2026, 11, 23) and not late.on_agenda
    assert late.answered_in_time is True
    _s, short = context("chambery", FIXTURE, interpellation__delai_reponse_jours=20)
    assert ip.interpellation_path(short, scen, date(2026, 10, 20)).answered_in_time is False


def test_chambery_path_without_notice():
    scen, pact = context()
    p = ip.interpellation_path(pact, scen, date(2026, 10, 26))
    assert p.session == date(2026, 11, 23)          # filed on a session day: the next one
    assert p.answer_deadline is None and not p.on_agenda
