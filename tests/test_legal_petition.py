"""Votation propositionnelle: threshold vs 1/10, signatories, voters, effect of the result."""

from __future__ import annotations

from tests.verifier_support import aspects, findings


def petition(commune="chambery", **sets):
    return findings(commune, **sets)["legal.votation_propositionnelle"]


def test_chambery_seed_is_a_conflict():
    f = petition()
    a = aspects(f)
    assert f.verdict == "conflit" and f.severity == "error"
    assert a["resultat"]["verdict"] == "conflit" and "LO1112-7" in a["resultat"]["articles"]
    assert a["seuil"]["verdict"] == "engagement_politique"
    assert a["seuil"]["details"]["signatures_legales_1_10"] == 3476
    assert a["seuil"]["details"]["signatures_pacte"] == 1043
    assert "3\u202f476" in f.suggested_wording


def test_not_binding_becomes_political():
    f = petition(votation_propositionnelle__resultat_contraignant=False)
    assert f.verdict == "engagement_politique"
    assert aspects(f)["resultat"]["verdict"] == "engagement_politique"


def test_threshold_at_a_tenth_changes_the_verdict():
    base = dict(votation_propositionnelle__quorum_pct=50, votation_propositionnelle__seuil_absolu__valeur=0)
    low = petition(votation_propositionnelle__seuil_pct=3, **base)
    high = petition(votation_propositionnelle__seuil_pct=10, **base)
    assert low.verdict == "engagement_politique" and high.verdict == "conforme"
    assert high.suggested_wording is None


def test_non_electors_voting_is_a_conflict():
    f = petition(votation_propositionnelle__votants="habitants_16_ans",
                 votation_propositionnelle__resultat_contraignant=False)
    assert f.verdict == "conflit"
    assert {"LO1112-11", "TA-Grenoble-1701663", "CAA-Lyon-18LY02733"} <= set(f.articles)


def test_non_elector_signatories():
    binding = petition(votation_propositionnelle__signataires="habitants")
    assert aspects(binding)["signataires"]["verdict"] == "conflit"
    advisory = petition(votation_propositionnelle__signataires="habitants",
                        votation_propositionnelle__resultat_contraignant=False)
    assert aspects(advisory)["signataires"]["verdict"] == "engagement_politique"


def test_saillans_uses_the_pacts_absolute_figure():
    a = aspects(petition("saillans"))["seuil"]
    assert a["details"]["signatures_pacte"] == 1000 and a["details"]["signatures_legales_1_10"] == 118
    assert a["verdict"] == "conforme" and a["confidence"] == "L"


def test_verdict_ignores_the_description():
    # Same parameters, a description full of alarming words: same verdict.
    a = petition()
    b = petition(votation_propositionnelle__description="Le conseil est révoqué et suspendu, contraignant.")
    assert a.verdict == b.verdict and a.articles == b.articles


# Property: the threshold aspect is « conforme » exactly when the pact's signatures reach
# the legal tenth (rounded up), whatever the percentage.
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from engine.procedures.petition import signatures_required  # noqa: E402
from engine.verifier.legal.petition import threshold_aspect  # noqa: E402
from tests.verifier_support import legal_ctx  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 2000).map(lambda x: x / 100), st.sampled_from(["chambery", "grenoble"]))
def test_threshold_conforme_iff_reaching_a_tenth(pct, commune):
    ctx = legal_ctx(commune)
    c = ctx.pact.petition
    param = c.threshold_pct.model_copy(update={"value": pct})
    clause = c.model_copy(update={"threshold_pct": param, "threshold_absolute": None})
    pact = ctx.pact.model_copy(update={"petition": clause})
    ctx = type(ctx)(pact, ctx.scenario, ctx.law, ctx.commune)
    need = signatures_required(pact, ctx.scenario).value.required
    verdict = threshold_aspect(ctx, clause).verdict
    assert (verdict == "conforme") == (need >= ctx.commune.legal_signatures)
    assert verdict in ("conforme", "engagement_politique")
