"""No recall exists: the revocation consultation always conflicts with the law."""

import pytest

from tests.verifier_support import findings


@pytest.mark.parametrize("effect", ["demission_demandee", "revocation_automatique"])
def test_always_a_conflict(effect):
    f = findings(consultation_revocation__effet_du_oui=effect)["legal.consultation_revocation"]
    assert f.verdict == "conflit"
    assert {"L2122-16", "L1112-15", "L2121-6", "Celec-L227"} <= set(f.articles)
    assert f.details["aspects"][0]["details"]["effet_du_oui"] == effect
