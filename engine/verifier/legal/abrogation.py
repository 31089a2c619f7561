"""Votation abrogatoire (request → signatures → vote → the council « must » repeal).

- suspension of execution: only the préfet's referral (L2131-6) or the urgent-applications
  judge (CJA L521-1) can suspend; acts are enforceable by law (L2131-1);
- signatures vs the legal 1/10 (L1112-16 II, droit d'interpellation);
- effect of the vote (LO1112-7) and limits on repeal (CRPA L243-1, L242-1);
- who votes (LO1112-11, L1112-22).
Source: LEGAL.md § 6, § 12.3.
"""

from __future__ import annotations

from engine.core.fr import number
from engine.model.pact import AbrogationClause, clause_key
from engine.procedures.abrogation import abrogation_vs_legal, share_of_electors_pct
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding
from engine.verifier.legal.votes import result_aspect, voters_aspect

KEY = clause_key(AbrogationClause)

SUSPENSION_WORDING = (
    "« (a) Pour les délibérations qu'elle désigne, la majorité s'engage à fixer dans la "
    "délibération elle-même une date d'entrée en vigueur différée de {report} mois après sa "
    "publication, alignée sur les délais de recours. (b) Le maire s'engage à inscrire à l'ordre "
    "du jour de la séance suivante toute demande d'abrogation signée par {signatures} électeurs. "
    "(c) Le conseil municipal se prononce alors sur l'abrogation : possible à tout moment pour "
    "un acte réglementaire (CRPA L243-1), impossible pour une décision créatrice de droits "
    "légale une fois entrée en vigueur, et dans les quatre mois seulement si elle est illégale "
    "(CRPA L242-1) ; les contrats signés relèvent du droit des contrats. » Ne jamais écrire que "
    "la demande « suspend », « gèle » ou « rend inapplicable » une délibération."
)


def suspension_aspect(ctx: LegalContext, c: AbrogationClause) -> Aspect:
    report = ctx.law.int_number("Entree-en-vigueur-differee", "report_suggere_mois")
    wording = SUSPENSION_WORDING.format(report=report, signatures=number(c.signatures_required.at()))
    if c.suspends_execution.at():
        delay = ctx.law.int_number("L2131-6", "delai_deferement_mois")
        return Aspect(
            "suspension", "Suspension de l'exécution", "conflit",
            ("L2131-1", "L2131-6", "CJA-L521-1"),
            "Le pacte fait suspendre l'exécution d'une délibération par une simple demande "
            "citoyenne. Une délibération est exécutoire de plein droit dès sa publication et sa "
            "transmission au préfet (L2131-1) ; seuls le préfet, par déféré avec demande de "
            f"suspension dans les {delay} mois (L2131-6), et le juge des référés (CJA L521-1) "
            "peuvent la suspendre. Les citoyens disposent du recours pour excès de pouvoir "
            "(2 mois, CJA R421-1) et de la demande de déféré au préfet (L2131-8).", wording,
            title=("Une simple demande citoyenne suspendrait une délibération : seuls le préfet "
                   "et le juge le peuvent"))
    return Aspect(
        "suspension", "Suspension de l'exécution", "conforme", ("L2131-1",),
        "La demande ne suspend pas l'exécution : la délibération reste exécutoire de plein droit "
        "(L2131-1) ; la majorité peut prévoir une entrée en vigueur différée dans la délibération.")


def signatures_aspect(ctx: LegalContext, c: AbrogationClause) -> Aspect:
    """The request's signatures against the legal 1/10: the comparison is
    :func:`engine.procedures.abrogation.abrogation_vs_legal`, shared with the consistency
    check ``seuils.abrogation``."""
    f = ctx.commune
    cmp = abrogation_vs_legal(ctx.pact, ctx.scenario, ctx.law)
    need = cmp.signatures
    share = share_of_electors_pct(ctx.pact, ctx.scenario)
    details = {"signatures_pacte": need, "signatures_legales_1_10": cmp.legal,
               "part_des_electeurs_pct": share, "dixieme_legal": cmp.as_details()}
    base = (f"{number(need)} signatures, soit {number(share, 2)} % des {number(cmp.electors)} "
            f"électeurs ; la pétition légale (L1112-16 II, droit d'interpellation) en demande "
            f"{number(cmp.legal)}.")
    wording = (f"« Le maire s'engage à inscrire à l'ordre du jour de la séance suivante toute "
               f"demande d'abrogation signée par {number(need)} électeurs inscrits ; le conseil "
               "décide librement. »")
    if cmp.reaches is None:
        return Aspect(
            "signatures", "Seuil de signatures", "a_verifier", ("L1112-16",),
            base + f" L'électorat n'est pas établi (entre {number(f.electors_low)} et "
            f"{number(f.electors_high)}) : selon le chiffre exact, {number(need)} signatures "
            "atteignent ou non le dixième légal.", wording, cmp.confidence, details)
    if cmp.reaches:
        return Aspect(
            "signatures", "Seuil de signatures", "conforme", ("L1112-16",),
            base + " Le seuil atteint le dixième : la demande vaut aussi saisine légale du "
            "conseil (droit d'interpellation), qui délibère ou non librement.",
            data_confidence=cmp.confidence, details=details)
    return Aspect(
        "signatures", "Seuil de signatures", "engagement_politique", ("L1112-16",),
        base + f" Sous le dixième, {number(need)} signatures ne sont pas la voie légale : "
        "l'inscription à l'ordre du jour est un engagement politique du maire (L2121-10).",
        wording, cmp.confidence, details)


def check(ctx: LegalContext, c: AbrogationClause):
    extra = (" « Si le oui l'emporte, les élu·es de la majorité s'engagent à proposer et à voter "
             "l'abrogation lorsqu'elle est juridiquement possible (acte réglementaire, CRPA "
             "L243-1). »")
    result = result_aspect(ctx, c.result_binding.at(), c.quorum_pct.at(), "du vote d'abrogation", extra)
    note = (" Même politique, l'engagement d'abroger ne vaut que pour les actes réglementaires "
            "(CRPA L243-1) : une décision créatrice de droits légale ne peut plus être abrogée "
            "une fois entrée en vigueur, ni retirée après quatre mois si elle est illégale (CRPA "
            "L242-1).")
    result = Aspect(result.name, result.label, result.verdict,
                    (*result.articles, "CRPA-L243-1", "CRPA-L242-1"),
                    result.explanation + note, result.wording, result.data_confidence, result.details)
    aspects = [suspension_aspect(ctx, c), signatures_aspect(ctx, c),
               voters_aspect(ctx, c.voters.at()), result]
    return clause_finding(ctx, KEY, c, aspects)
