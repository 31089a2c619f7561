"""Dir'Cab/DGS audit and the Direction du Pouvoir Citoyen."""

from tests.verifier_support import findings


def test_staff_audit_is_political_and_dpc_conforme():
    f = findings()
    assert f["legal.audit_dircab_dgs"].verdict == "engagement_politique"
    assert "bureau exécutif" in f["legal.audit_dircab_dgs"].message
    assert f["legal.direction_pouvoir_citoyen"].verdict == "conforme"
