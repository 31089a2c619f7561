"""Transparence: publication and summary dates, and what is left of the abrogation window."""

from datetime import date

from engine.procedures import transparency as tr
from tests.verifier_support import context, law

FIXTURE = "tests/fixtures/pacte_participation.yaml"
SESSION = date(2026, 10, 26)


def test_publication_by_the_pact_or_by_the_law():
    _s, pact = context("chambery", FIXTURE)
    assert tr.publication_day(pact, law(), SESSION).value == date(2026, 10, 29)
    _s, chambery = context()
    d = tr.publication_day(chambery, law(), SESSION)
    legal = law().int_number("L2121-25", "delai_publication_jours")
    assert legal == 7 and d.value == date(2026, 11, 2) and d.trace[0].clause == "loi.L2121-25"


def test_summary_day():
    _s, pact = context("chambery", FIXTURE)
    assert tr.summary_day(pact, law(), SESSION).value == date(2026, 11, 5)
    _s, chambery = context()
    assert tr.summary_day(chambery, law(), SESSION).value == tr.publication_day(chambery, law(), SESSION).value
    _s, none = context(transparence__resume_en_langage_clair=False)
    assert tr.summary_day(none, law(), SESSION).value is None


def test_window_left_after_the_summary():
    scen, pact = context("chambery", FIXTURE)
    w = tr.abrogation_window_left(pact, scen, law(), SESSION).value
    assert w.window_end == date(2026, 11, 26) and w.window_days == 31
    assert w.days_left == 21 and round(w.share_left_pct) == 68
    _s, slow = context("chambery", FIXTURE, transparence__delai_resume_jours=40)
    assert tr.abrogation_window_left(slow, scen, law(), SESSION).value.days_left == 0
    _s, longer = context("chambery", FIXTURE, votation_abrogatoire__delai_demande_mois=2)
    assert tr.abrogation_window_left(longer, scen, law(), SESSION).value.days_left == 51
