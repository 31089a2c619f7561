"""Elected people the pairs and the collegial executive need."""

from engine.procedures.pairs import executive_needs, pair_counts
from tests.verifier_support import context


def test_chambery_counts():
    _, pact = context()
    c = pair_counts(pact)
    assert (c.people, c.adjoints, c.ordinary_adjoints, c.special_adjoints, c.quartier_adjoints,
            c.councillors) == (46, 19, 13, 2, 4, 26)
    assert c.expression() == "2 + 12×2 + 4×2 + 6×2"
    assert sum(n * size for n, size, _ in c.terms) == c.people


def test_collegial_needs():
    _, pact = context("chambery", "collegial-2026")
    assert pair_counts(pact) is None
    e = executive_needs(pact, quartiers=6, former_communes=2)
    assert (e.people_min, e.people_max, e.ordinary_adjoints_min, e.quartier_adjoints,
            e.special_adjoints) == (10, 18, 5, 4, 2)
