"""Droit d'interpellation against the law (L1112-16 II, L2121-8, L2121-16, L2121-19)."""

from tests.verifier_support import aspects, findings

FIXTURE = "tests/fixtures/pacte_participation.yaml"
KEY = "legal.interpellation"


def test_chambery_question_time_is_political():
    f = findings()[KEY]
    a = aspects(f)
    assert f.verdict == "engagement_politique" and set(a) == {"seance"}
    assert a["seance"]["details"] == {"heures_par_seance": 1.0, "replique": True}
    assert "L2121-16" in f.articles and f.confidence == "L"


def test_agenda_below_the_legal_tenth_is_political():
    a = aspects(findings("chambery", FIXTURE)[KEY])
    assert a["ordre_du_jour"]["verdict"] == "engagement_politique"
    assert a["ordre_du_jour"]["details"]["legal"] == 3476


def test_agenda_at_the_legal_tenth_is_the_legal_right():
    a = aspects(findings("chambery", FIXTURE, interpellation__seuil_pct=10)[KEY])
    assert a["ordre_du_jour"]["verdict"] == "conforme"


def test_no_reply_drops_the_mayors_police():
    f = findings(interpellation__droit_de_replique=False)[KEY]
    assert "L2121-16" not in f.articles


def test_non_elector_signatories_cannot_use_the_legal_right():
    a = aspects(findings("chambery", FIXTURE, interpellation__seuil_pct=10,
                         interpellation__signataires="habitants_16_ans")[KEY])
    assert a["ordre_du_jour"]["verdict"] == "engagement_politique"
    assert "TA-Grenoble-1701663" in a["ordre_du_jour"]["articles"]
