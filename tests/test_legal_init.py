"""check_legal: one finding per clause, every clause type has a checker."""

from engine.model.pact import clause_keys
from engine.verifier.legal import CHECKERS
from tests.verifier_support import findings


def test_every_clause_type_has_a_checker():
    missing = set(clause_keys()) - set(CHECKERS) - {"couts"}
    assert missing == set()


def test_one_legal_finding_per_clause():
    for pacte in ("chambery-2026", "collegial-2026"):
        f = findings("chambery", pacte)
        from tests.verifier_support import context
        _, pact = context("chambery", pacte)
        assert {k for k in f if k.startswith("legal.") and not k.startswith("legal.commune")} == \
            {f"legal.{k}" for k in pact.clauses()}


def test_chambery_verdicts():
    f = findings()
    verdicts = {k.removeprefix("legal."): v.verdict for k, v in f.items() if v.kind == "legal"}
    assert verdicts == {
        "commune.effectif": "a_verifier",
        "votation_propositionnelle": "conflit",
        "votation_abrogatoire": "conflit",
        "referendum_municipal": "engagement_politique",
        "conseil_citoyen": "conflit",
        "consultation_revocation": "conflit",
        "binomes": "engagement_politique",
        "rotation": "engagement_politique",
        "bureau_executif": "engagement_politique",
        "commissions": "conforme",
        "conseil_municipal": "conforme",
        "conventions_citoyennes": "conforme",
        "conseils_de_quartier": "conflit",
        "ppi": "conflit",
        "pluihd": "conflit",
        "audit_dircab_dgs": "engagement_politique",
        "direction_pouvoir_citoyen": "conforme",
        "interpellation": "engagement_politique",
        "transparence": "engagement_politique",
        "charte_ethique": "engagement_politique",
        "engagements": "engagement_politique",
        "pouvoirs_du_maire": "a_verifier",
        "couts": "engagement_politique",
    }
