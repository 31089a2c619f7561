"""Référendum municipal: LO1112-7 conditions and the promise to follow the result."""

from tests.verifier_support import aspects, findings


def referendum(**sets):
    return findings(**sets)["legal.referendum_municipal"]


def test_seed_is_political():
    f = referendum()
    a = aspects(f)
    assert f.verdict == "engagement_politique"
    assert a["conditions"]["verdict"] == "conforme"
    assert a["engagements"]["verdict"] == "engagement_politique"


def test_lower_turnout_conflicts():
    f = referendum(referendum_municipal__participation_min_pct=30)
    assert f.verdict == "conflit" and "LO1112-7" in f.articles


def test_no_promise_is_conforme():
    f = referendum(referendum_municipal__suivre_sans_quorum=False, referendum_municipal__minimum_par_mandat=0)
    assert f.verdict == "conforme" and f.suggested_wording is None
