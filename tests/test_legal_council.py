"""Council sessions, executive bureau, open committees."""

from tests.verifier_support import aspects, findings


def test_monthly_sessions_bind_once_in_standing_orders():
    f = findings()["legal.conseil_municipal"]
    assert f.verdict == "conforme" and "L2121-8" in f.articles
    assert "5 jours francs" in f.message


def test_too_few_sessions_conflict():
    f = findings(**{"conseil_municipal.sessions_par_an": 3, "conseil_municipal.mois_de_session": [1, 4, 7]})["legal.conseil_municipal"]
    assert f.verdict == "conflit"
    assert "trimestre 4" in aspects(f)["seances"]["explanation"]


def test_bureau_has_no_legal_existence():
    f = findings()["legal.bureau_executif"]
    assert f.verdict == "engagement_politique" and "L2121-10" in f.articles


def test_open_committees_are_consultative_committees():
    f = findings()["legal.commissions"]
    assert f.verdict == "conforme" and "L2143-2" in f.articles
    g = findings(commissions__pouvoir_de_decision=True)["legal.commissions"]
    assert g.verdict == "conflit"
