"""Charte éthique against the law: statutory incompatibilities are hard law (L2122-4,
LO141-1, L46-1, L2122-18 ; LEGAL.md § 7); non-cumul and mandate limits beyond them are
political commitments (no resignation can be compelled); allowances are voted by the
council within the legal maximum (L2123-20 ff., L); HATVP declarations (loi 2013-907
art. 11, L)."""

from __future__ import annotations

from engine.model.clauses_participation import EthicsCharterClause
from engine.model.pact import clause_key
from engine.procedures.ethics import allowance_cap_within_law, legal_declarations
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding

KEY = clause_key(EthicsCharterClause)

#: the statutory incompatibilities that bind each group the charter can name
HARD_LAW = {
    "maire": ("L2122-4", "Celec-LO141-1", "Celec-L46-1"),
    "executif": ("L2122-4", "Celec-LO141-1", "L2122-18", "Celec-L46-1"),
    "elus_majorite": ("Celec-L46-1", "L2122-18"),
}

POLITICAL = ("« Les élu·es signataires s'engagent politiquement à respecter la charte éthique ; "
             "ces engagements, au-delà des incompatibilités légales, ne peuvent fonder ni "
             "sanction ni démission forcée. »")


def cumul_aspect(c: EthicsCharterClause) -> Aspect:
    hard = HARD_LAW[c.scope.at()]
    if not c.no_other_office.at():
        return Aspect("incompatibilites", "Incompatibilités légales", "conforme", hard,
                      "La charte s'en tient aux incompatibilités légales, qui s'appliquent de droit.")
    return Aspect("non_cumul", "Non-cumul au-delà de la loi", "engagement_politique", ("L1111-1-1", *hard),
                  "Les incompatibilités légales s'appliquent de droit ; au-delà, le non-cumul est "
                  "un engagement politique : aucune démission ne peut être imposée.", POLITICAL,
                  title="Le non-cumul au-delà de la loi ne peut imposer aucune démission")


def aspects(ctx: LegalContext, c: EthicsCharterClause) -> list[Aspect]:
    out = [cumul_aspect(c)]
    if c.max_successive_mandates is not None:
        out.append(Aspect("mandats", "Mandats successifs", "engagement_politique", ("Mandats-successifs",),
                          f"Au plus {c.max_successive_mandates.at()} mandats successifs : la loi ne "
                          "limite pas ; nul ne peut être empêché de se présenter.", POLITICAL,
                          details={"mandats_max": c.max_successive_mandates.at()}))
    cap = allowance_cap_within_law(ctx.pact, ctx.law)
    if cap.value is not None:
        out.append(Aspect(
            "indemnites", "Plafond des indemnités", "conforme" if cap.value else "conflit",
            ("L2123-20",), cap.explanation,
            "« Le conseil municipal fixe par délibération les indemnités du maire et des "
            "adjoint·es à la part du maximum légal que prévoit la charte (L2123-20 et suivants). »",
            title=("Le plafond des indemnités de la charte respecte le maximum légal" if cap.value
                   else "Le plafond des indemnités de la charte dépasse le maximum légal")))
    if c.no_allowance_cumul is not None and c.no_allowance_cumul.at():
        out.append(Aspect("cumul_indemnites", "Renonciation au cumul des indemnités",
                          "engagement_politique", ("L2123-20",),
                          "Renoncer aux indemnités d'autres mandats est un choix personnel de "
                          "chaque élu·e, que la charte ne peut pas imposer.", POLITICAL))
    if c.public_interest_declarations is not None and c.public_interest_declarations.at():
        decl = legal_declarations(ctx.pact, ctx.scenario, ctx.law)
        beyond = decl.value.beyond_law
        out.append(Aspect("declarations", "Déclarations d'intérêts", "engagement_politique" if beyond else "conforme",
                          ("HATVP-2013-907-art11",), decl.explanation, POLITICAL,
                          details={"sans_obligation_legale": list(beyond)}))
    return out


def check(ctx: LegalContext, c: EthicsCharterClause) -> Finding:
    return clause_finding(ctx, KEY, c, aspects(ctx, c))
