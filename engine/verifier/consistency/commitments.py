"""Mandat impératif and mayor's powers against the rest of the pact: objectives written
outside the pact's own « 3 à 5 », objectives for delegations the pact does not have, an
auditing body or a quartier council the pact never creates. Figures come from
``engine.procedures.commitments``; this module only judges."""

from __future__ import annotations

from engine.core.fr import plural
from engine.model.pact import CommitmentsClause, MayorPowersClause, clause_key
from engine.procedures.commitments import auditor_created, report_calendar
from engine.verifier.consistency.base import consistency
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import LegalContext
from engine.verifier.legal.commitments import AUDITOR_FR

KEY = clause_key(CommitmentsClause)
POWERS_KEY = clause_key(MayorPowersClause)


def objective_counts(ctx: LegalContext, c: CommitmentsClause) -> Finding:
    """Each written delegation has between ``objectifs_min`` and ``objectifs_max`` objectives,
    and is a delegation of the ``binomes`` clause."""
    low, high = c.objectives_min.at(), c.objectives_max.at()
    outside = {f"{d.number}": len(d.objectives) for d in c.delegations
               if not low <= len(d.objectives) <= high}
    known = ({d.number for d in ctx.pact.pairs.delegations} if ctx.pact.pairs is not None
             else {d.number for d in c.delegations})
    unknown = sorted(d.number for d in c.delegations if d.number not in known)
    problems = [f"la délégation {n} a {k} objectif{'s' if k > 1 else ''}" for n, k in outside.items()]
    problems += [f"la délégation {n} n'existe pas dans les binômes du pacte" for n in unknown]
    if not c.delegations:
        return consistency(
            ctx, "engagements.objectifs", KEY, "lacune", "warning", (),
            f"Le pacte demande {low} à {high} objectifs par délégation mais n'en écrit aucun : "
            "rien ne permet encore de vérifier la fourchette ni ce que l'audit jugera.",
            {"objectifs_min": low, "objectifs_max": high, "hors_fourchette": {},
             "delegations_inconnues": []},
            title=f"Aucun objectif n'est écrit, alors que le pacte en demande {low} à {high} par délégation",
            wording="Écrire, pour chaque délégation, ses objectifs précis et datés (« delegations: »).")
    ok = not problems
    msg = (f"{len(c.delegations)} délégations ont leurs objectifs écrits ; le pacte en demande "
           f"{low} à {high} par délégation" + (" : toutes sont dans la fourchette." if ok else
                                                 " : " + " ; ".join(problems) + "."))
    return consistency(
        ctx, "engagements.objectifs", KEY, "coherent" if ok else "incoherent",
        "info" if ok else "warning", (), msg,
        {"objectifs_min": low, "objectifs_max": high, "hors_fourchette": outside,
         "delegations_inconnues": unknown},
        title=(f"Les {plural(len(c.delegations), 'délégation')} écrites ont chacune {low} à {high} "
               "objectifs" if ok else
               f"{plural(len(problems), 'délégation')} sur {len(c.delegations)} "
               f"{'sortent' if len(problems) > 1 else 'sort'} de la fourchette de {low} à {high} "
               "objectifs ou des binômes du pacte"),
        wording=None if ok else (f"Ramener chaque délégation à {low} à {high} objectifs (regrouper "
                                 "ou compléter), ou changer la fourchette du pacte."))


def auditor_exists(ctx: LegalContext, c: CommitmentsClause) -> Finding | None:
    auditor = c.auditor.at()
    if auditor_created(ctx.pact).value:
        return None
    return consistency(
        ctx, "engagements.instance", KEY, "lacune", "warning", (),
        f"Les objectifs sont évalués par {AUDITOR_FR.get(auditor, auditor)}, que le pacte ne crée "
        "pas : personne ne "
        "les audite.", {"auditeur": auditor},
        title="L'instance chargée d'évaluer les objectifs n'existe pas dans le pacte",
        wording="Ajouter la clause de l'instance qui audite (composition, calendrier des auditions).")


def reporting(ctx: LegalContext, c: CommitmentsClause) -> Finding:
    """The public reports against the audits: published, and at least as frequent as the
    citizen council hears each pair (« rendre des comptes tous les mois », « tous les 6 mois »
    devant le Conseil Citoyen)."""
    period, published = c.report_period_months.at(), c.reports_published.at()
    reports = len(report_calendar(ctx.pact, ctx.scenario))
    cc = ctx.pact.citizen_council
    audit = cc.audit_period_months.at() if (cc is not None and c.auditor.at() == "conseil_citoyen") else None
    details = {"periodicite_compte_rendu_mois": period, "periodicite_audit_mois": audit,
               "comptes_rendus_sur_le_mandat": reports, "publies": published}
    every = "un par mois" if period == 1 else f"un tous les {period} mois"
    rhythm = f"{reports} comptes rendus sur le mandat, {every}"
    if not published:
        return consistency(
            ctx, "engagements.comptes_rendus", KEY, "lacune", "warning", ("L1111-1-1",),
            f"{rhythm}, non publiés : ni l'instance qui audite ni les habitant·es ne peuvent "
            "vérifier les objectifs sur pièces.", details,
            title=f"Les {plural(reports, 'compte rendu', 'comptes rendus')} prévus ne sont pas publiés",
            wording="Publier chaque compte rendu et ses documents-clés (plate-forme numérique).")
    if audit is not None and period > audit:
        return consistency(
            ctx, "engagements.comptes_rendus", KEY, "incoherent", "warning", ("L1111-1-1",),
            f"{rhythm}, mais le Conseil Citoyen entend chaque binôme tous les {audit} mois : "
            "certaines auditions n'auront aucun compte rendu récent.", details,
            title=(f"Un compte rendu tous les {period} mois ne précède pas chaque audition "
                   f"(tous les {audit} mois)"),
            wording=f"Un compte rendu au moins tous les {audit} mois, avant chaque audition.")
    return consistency(ctx, "engagements.comptes_rendus", KEY, "coherent", "info", ("L1111-1-1",),
                       f"{rhythm}, publiés" + (f", au moins un entre deux auditions (tous les "
                                               f"{audit} mois)." if audit else "."), details,
                       title=f"{plural(reports, 'compte rendu', 'comptes rendus')} publiés sur le mandat, {every}")


def permit_opinion(ctx: LegalContext, c: MayorPowersClause) -> Finding | None:
    if c.permit_quartier_opinion is None or not c.permit_quartier_opinion.at():
        return None
    present = ctx.pact.quartier_councils is not None
    return consistency(
        ctx, "pouvoirs_du_maire.permis", POWERS_KEY, "coherent" if present else "lacune",
        "info" if present else "warning", (),
        ("Chaque permis de construire passe d'abord par l'avis du conseil de quartier concerné, "
         "que le pacte crée." if present else
         "Le pacte promet l'avis du conseil de quartier sur chaque permis de construire sans "
         "créer de conseils de quartier."),
        {"conseils_de_quartier": present},
        title=("L'avis du conseil de quartier sur chaque permis de construire a son instance"
               if present else "Le pacte promet l'avis de conseils de quartier qu'il ne crée pas"),
        wording=None if present else "Ajouter la clause des conseils de quartier, ou retirer la promesse.")


def check(ctx: LegalContext) -> list[Finding]:
    out: list[Finding] = []
    if (c := ctx.pact.commitments) is not None:
        out += [objective_counts(ctx, c), reporting(ctx, c)]
        out += [f for f in (auditor_exists(ctx, c),) if f is not None]
    if (p := ctx.pact.mayor_powers) is not None:
        out += [f for f in (permit_opinion(ctx, p),) if f is not None]
    return out
