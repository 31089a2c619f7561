"""Powers of the participation clauses: residents propose and vote, the council decides."""

from engine.powers.from_pact import build
from tests.verifier_support import context

FIXTURE = "tests/fixtures/pacte_participation.yaml"


def edges(pact):
    return {(p.source, p.target, p.kind, p.force, p.clause) for p in build(pact).powers}


def test_budget_vote_is_an_opinion_the_council_decides():
    _s, pact = context("chambery", FIXTURE)
    e = edges(pact)
    assert ("conseil_municipal", "budget_participatif", "decide", "droit", "loi") in e
    assert ("citoyens", "conseil_municipal", "conseille", "avis",
            "budget_participatif.resultat_contraignant") in e
    _s, binding = context("chambery", FIXTURE, budget_participatif__resultat_contraignant=True)
    assert ("citoyens", "budget_participatif", "decide", "engagement",
            "budget_participatif.resultat_contraignant") in edges(binding)


def test_interpellation_agenda_power_follows_the_parameter():
    _s, chambery = context()
    agenda = ("citoyens", "conseil_municipal", "propose", "engagement",
              "interpellation.inscription_ordre_du_jour")
    assert agenda not in edges(chambery)
    _s, on = context(interpellation__inscription_ordre_du_jour=True)
    assert agenda in edges(on)
