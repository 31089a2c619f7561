"""Votation propositionnelle (petition → council → votation), judged from its parameters.

- threshold vs the legal petition (L1112-16: 1/10 of registered electors, rounded up);
- who signs (Const. 72-1 al. 1: electors only), who votes (LO1112-11, L1112-22);
- effect of the result (LO1112-7: binding only with ≥ 50 % turnout).
Source: LEGAL.md § 2, § 9, § 12.1, § 12.2.
"""

from __future__ import annotations

from engine.core.fr import number
from engine.model.pact import PetitionClause, clause_key
from engine.procedures.petition import petition_vs_legal, signatures_required
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding, petition_wording
from engine.verifier.legal.votes import (
    ELECTORATE_FR,
    GRENOBLE,
    LEGAL_ELECTORATES,
    result_aspect,
    voters_aspect,
)

KEY = clause_key(PetitionClause)


def threshold_aspect(ctx: LegalContext, c: PetitionClause) -> Aspect:
    """Does the pact's threshold reach the legal 1/10 (then L1112-16 is the route)? The
    comparison is :func:`engine.procedures.petition.petition_vs_legal`, shared with the
    consistency check ``seuils.voie_legale``."""
    f = ctx.commune
    need = signatures_required(ctx.pact, ctx.scenario).value
    cmp = petition_vs_legal(ctx.pact, ctx.scenario, ctx.law)
    details = {"signatures_pacte": cmp.signatures, "signatures_legales_1_10": cmp.legal,
               "electeurs": cmp.electors, "seuil_pct": need.percentage,
               "seuil_absolu": need.absolute, "chiffre_applique": need.applied,
               "dixieme_legal": cmp.as_details()}
    pct = f"{need.percentage:g} %"
    base = (f"Le pacte demande {number(cmp.signatures)} signatures ({pct} de "
            f"{number(cmp.electors)} électeurs inscrits"
            + (f", chiffre absolu du pacte {number(need.absolute)}" if need.absolute is not None else "")
            + f") ; la pétition légale en demande {number(cmp.legal)} (un dixième, L1112-16).")
    if cmp.reaches is None:
        return Aspect(
            "seuil", "Seuil de signatures", "a_verifier", ("L1112-16",),
            base + f" Le nombre d'électeurs n'est pas établi (entre {number(f.electors_low)} et "
            f"{number(f.electors_high)}) : selon le chiffre exact, le seuil du pacte atteint ou non "
            "le dixième légal.", petition_wording(pct, cmp.legal), cmp.confidence, details)
    if cmp.reaches:
        return Aspect(
            "seuil", "Seuil de signatures", "conforme", ("L1112-16", "Const-72-1-al1"),
            base + " Le seuil atteint le dixième : la voie légale de L1112-16 existe (I : demande "
            "d'inscription d'une consultation ; II : droit d'interpellation) ; le maire accuse "
            "réception et informe le conseil à sa prochaine séance, qui décide librement.",
            data_confidence=cmp.confidence, details=details)
    return Aspect(
        "seuil", "Seuil de signatures", "engagement_politique", ("L1112-16",),
        base + " Un seuil inférieur au dixième ne crée aucun droit : c'est un engagement "
        "politique du maire (qui fixe l'ordre du jour, L2121-10) et de la majorité ; le conseil "
        "garde une décision libre.", petition_wording(pct, cmp.legal), cmp.confidence, details)


def signatories_aspect(ctx: LegalContext, c: PetitionClause) -> Aspect:
    who = c.signatories.at()
    if who in LEGAL_ELECTORATES:
        return Aspect(
            "signataires", "Signataires", "conforme", ("Const-72-1-al1", "L1112-16"),
            f"Signent {ELECTORATE_FR[who]}, vérifiés sur la liste électorale : seuls les "
            "électeurs détiennent le droit de pétition (Const. art. 72-1 al. 1).")
    binding = c.result_binding.at()
    wording = ("« Seuls les électeurs inscrits sur les listes de la commune peuvent signer la "
               "pétition, vérifiés sur la liste électorale. Les autres habitant·es peuvent "
               "s'exprimer par une contribution non contraignante (CRPA L131-1). »")
    if binding:
        return Aspect(
            "signataires", "Signataires", "conflit", ("Const-72-1-al1", "L1112-16", *GRENOBLE),
            f"Signent {ELECTORATE_FR[who]}, et la pétition mène à un vote que le pacte rend "
            "contraignant : c'est le dispositif « pétition + vote + mise en œuvre » ouvert aux "
            "non-électeurs annulé à Grenoble (TA 1701663, CAA Lyon 18LY02733).", wording,
            title=(f"Signent {ELECTORATE_FR[who]} et le vote lie le conseil : c'est le dispositif "
                   "annulé à Grenoble"))
    return Aspect(
        "signataires", "Signataires", "engagement_politique", ("Const-72-1-al1", "L1112-16"),
        f"Signent {ELECTORATE_FR[who]} : ce n'est pas la pétition légale (réservée aux "
        "électeurs), seulement une pratique politique non contraignante.", wording)


def check(ctx: LegalContext, c: PetitionClause):
    aspects = [
        threshold_aspect(ctx, c),
        signatories_aspect(ctx, c),
        voters_aspect(ctx, c.voters.at()),
        result_aspect(ctx, c.result_binding.at(), c.quorum_pct.at(), "de la votation"),
    ]
    return clause_finding(ctx, KEY, c, aspects)
