"""Droit d'interpellation against the law (L1112-16 II, L2121-8, L2121-16, L2121-19)."""

from tests.verifier_support import aspects, findings

FIXTURE = "tests/fixtures/pacte_participation.yaml"
KEY = "legal.interpellation"


def test_chambery_question_time_is_lawful_through_the_reglement_interieur():
    """Chambéry (over 1 000 inhabitants) must adopt a règlement intérieur (L2121-8), which can
    suspend the session for the public: the same verdict as the council clause's hour."""
    found = findings()
    f = found[KEY]
    a = aspects(f)
    assert a["interpellations"]["verdict"] == "conforme" and set(a) == {"interpellations", "replique"}
    assert f.verdict == "engagement_politique"  # the right of reply is a promise of the mayor
    assert a["interpellations"]["details"] == {"heures_par_seance": 1.0, "replique": True}
    assert "L2121-16" in f.articles
    council = aspects(found["legal.conseil_municipal"])["interpellations"]
    assert council["verdict"] == a["interpellations"]["verdict"]
    assert council["articles"] == a["interpellations"]["articles"]


def test_agenda_below_the_legal_tenth_is_political():
    a = aspects(findings("chambery", FIXTURE)[KEY])
    assert a["ordre_du_jour"]["verdict"] == "engagement_politique"
    assert a["ordre_du_jour"]["details"]["legal"] == 3476


def test_agenda_at_the_legal_tenth_is_the_legal_right():
    a = aspects(findings("chambery", FIXTURE, interpellation__seuil_pct=10)[KEY])
    assert a["ordre_du_jour"]["verdict"] == "conforme"


def test_the_right_of_reply_is_said_only_when_promised():
    with_reply = aspects(findings()[KEY])["interpellations"]
    without = aspects(findings(interpellation__droit_de_replique=False)[KEY])["interpellations"]
    assert "droit de réplique" in with_reply["explanation"]
    assert "droit de réplique" not in without["explanation"]
    assert without["details"]["replique"] is False


def test_non_elector_signatories_cannot_use_the_legal_right():
    a = aspects(findings("chambery", FIXTURE, interpellation__seuil_pct=10,
                         interpellation__signataires="habitants_16_ans")[KEY])
    assert a["ordre_du_jour"]["verdict"] == "engagement_politique"
    assert "TA-Grenoble-1701663" in a["ordre_du_jour"]["articles"]
