"""The plain-language summary against the abrogation window."""

from tests.verifier_support import findings

FIXTURE = "tests/fixtures/pacte_participation.yaml"
KEY = "consistency.transparence.resume"


def test_chambery_summary_within_the_window():
    f = findings()[KEY]
    assert f.verdict == "coherent"
    assert f.details["jours_restants"] == 23 and f.details["part_restante_pct"] == 76.7


def test_summary_after_the_window_is_incoherent():
    f = findings("chambery", FIXTURE, transparence__delai_resume_jours=45)[KEY]
    assert f.verdict == "incoherent" and f.details["jours_restants"] == 0


def test_no_summary_is_a_gap():
    assert findings(transparence__resume_en_langage_clair=False)[KEY].verdict == "lacune"


def test_no_abrogation_no_finding():
    assert KEY not in findings(votation_abrogatoire=None)
