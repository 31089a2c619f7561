"""The clause finding is the most serious of its aspects, with every article."""

import pytest

from engine.verifier.legal.aspects import Aspect, clause_finding
from tests.verifier_support import context, legal_ctx


def test_worst_aspect_wins():
    ctx = legal_ctx()
    _, pact = context()
    f = clause_finding(ctx, "rotation", pact.rotation, [
        Aspect("a", "A", "conforme", ("L2122-10",), "ok"),
        Aspect("b", "B", "engagement_politique", ("L2122-15",), "pol", "« texte »"),
    ])
    assert f.verdict == "engagement_politique" and f.articles == ("L2122-10", "L2122-15")
    assert f.suggested_wording == "« texte »" and f.severity == "info"


def test_non_conforme_needs_wording():
    ctx = legal_ctx()
    _, pact = context()
    with pytest.raises(ValueError):
        clause_finding(ctx, "rotation", pact.rotation, [Aspect("a", "A", "conflit", (), "x")])
