"""The operative articles of the acts that create bodies and services and open budgets,
drafted from the pact's parameters in the lawful form (LEGAL.md § 3, § 6; rules/cgct/
conseil.yaml, budget.yaml):

- the Conseil Citoyen and the conventions are consultative (L2143-2, CRPA L131-1): they hear,
  give public opinions and propose; what the pact gives them beyond that (approval, a request
  for revocation) is drafted as an opinion, the council deciding;
- the quartier budgets and the participatory budget are envelopes the council adopts with the
  budget (L2312-1), whose projects the inhabitants propose and rank (an opinion), the mayor
  committing the expenditure (L2122-21);
- the citizen-power service is a set of posts in the establishment table (L2121-29, L2312-1).
Sources: 000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC), § Conventions citoyennes sur des
sujets complexes et conflictuels, § Processus de co-construction des modifications du PLUIHD,
§ 2.1 Mandat impératif et Conseil Citoyen, § Création d'une direction du pouvoir citoyen (DPC)
au sein des services municipaux, § Les nouveaux pouvoirs des conseils de quartier.
"""

from __future__ import annotations

from collections.abc import Callable

from engine.core.calendar import MONTHS_FR
from engine.core.fr import euros, number, plural
from engine.procedures.participatory_budget import yearly_envelope
from engine.report.delib_common import (
    ELECTORS_FR,
    DraftContext,
    Drafted,
    every_months,
    pct,
    provision,
)

AUDITORS_FR = {"conseil_citoyen": "Le Conseil Citoyen", "conseils_de_quartier":
               "Chaque conseil de quartier", "assemblee_citoyenne": "L'assemblée citoyenne",
               "conseil_municipal": "Le conseil municipal"}


def draft_citizen_council(ctx: DraftContext) -> Drafted:
    """L2143-2: the Conseil Citoyen drawn by lot, its hearings of the pairs as opinions."""
    c = ctx.pact.citizen_council
    if c is None:
        return Drafted(())
    d = ctx.day
    criteria = ", ".join(c.stratified_on.at(d))
    composition = provision(
        "Composition du Conseil Citoyen",
        f"Le Conseil Citoyen comprend {plural(int(c.members.at(d)), 'habitant·e tiré·e', 'habitant·es tiré·es')} "
        f"au sort, dont {plural(int(c.per_quartier.at(d)), 'siège')} par quartier et au moins "
        f"{pct(c.women_min_pct.at(d))} de femmes"
        + (f", le tirage étant stratifié selon les critères suivants : {criteria}" if criteria else "")
        + f". Ses membres siègent {plural(int(c.renewal_months.at(d)), 'mois', 'mois')} avant "
        "d'être renouvelés. Il est présidé par un membre du conseil municipal désigné par le "
        "maire ; il rend des avis publics et fait des propositions, sans pouvoir de décision.",
        c.title, "L2143-2")
    hearings = provision(
        "Auditions publiques des élu·es",
        f"Le Conseil Citoyen entend chaque binôme d'élu·es "
        f"{every_months(int(c.audit_period_months.at(d)))}, à raison de "
        f"{plural(int(c.audits_per_meeting.at(d)), 'binôme')} par soirée d'audition au plus, et "
        "rend sur son action un avis public, qui ne lie ni les élu·es ni le conseil municipal.",
        c.title, "L2143-2, L1111-1-1")
    return Drafted((composition, hearings))


def draft_conventions(ctx: DraftContext) -> Drafted:
    """CRPA L131-1: a convention drawn by lot proposes, the council decides."""
    c = ctx.pact.conventions
    if c is None:
        return Drafted(())
    drawn = " de personnes tirées au sort" if c.drawn_by_lot.at(ctx.day) else ""
    return Drafted((provision(
        "Conventions citoyennes",
        f"Le conseil municipal peut réunir, au plus {plural(int(c.max_per_year.at(ctx.day)), 'fois', 'fois')} "
        f"par an, une convention citoyenne{drawn} sur un sujet complexe ou conflictuel relevant de "
        "la compétence de la commune. La convention remet ses propositions au conseil municipal, "
        "qui les examine et reste libre de les adopter ou de les soumettre à la consultation des "
        "électeurs.", c.title, "CRPA-L131-1, L2143-2"),))


def draft_pluihd(ctx: DraftContext) -> Drafted:
    """L2143-1, L2143-2: the quartier reviews and the citizen council's opinion (not approval)."""
    c = ctx.pact.pluihd
    if c is None:
        return Drafted(())
    text = (f"Chaque projet de modification du PLUIHD est soumis à "
            f"{plural(int(c.quartier_reviews.at(ctx.day)), 'relecture')} par chacun des conseils "
            "de quartier")
    if c.citizen_council_approval.at(ctx.day) and ctx.pact.citizen_council is not None:
        text += ", puis pour avis au Conseil Citoyen"
    text += (" ; les avis sont joints au projet d'avis que la commune transmet à "
             "l'intercommunalité et publiés avec la délibération qui l'arrête.")
    return Drafted((provision("Avis sur les modifications du PLUIHD", text, c.title,
                              "L2143-1, L2143-2, L2121-29"),))


def draft_ppi(ctx: DraftContext) -> Drafted:
    """CRPA L131-1, L2312-1: citizen proposals for the investment plan, ranked by the public
    as an opinion; the council votes the programme."""
    c = ctx.pact.ppi
    if c is None:
        return Drafted(())
    return Drafted((provision(
        "Propositions pour la programmation des investissements",
        "La proposition de programmation pluriannuelle des investissements des élu·es et au plus "
        f"{plural(int(c.max_citizen_proposals.at(ctx.day)), 'proposition citoyenne', 'propositions citoyennes')}, "
        f"portées chacune par {plural(int(c.spokespeople.at(ctx.day)), 'porte-parole', 'porte-parole')}, "
        "sont soumises au public pendant une campagne de "
        f"{plural(int(c.campaign_months.at(ctx.day)), 'mois', 'mois')}, puis à un vote non "
        "contraignant dont le résultat est un avis publié. Le conseil municipal vote librement "
        "la programmation.", c.title, "CRPA-L131-1, L2312-1"),))


def draft_commitments(ctx: DraftContext) -> Drafted:
    """L1111-1-1 point 7: the elected members report publicly; a consultative body gives its
    opinion on the objectives of each delegation."""
    c = ctx.pact.commitments
    if c is None:
        return Drafted(())
    d = ctx.day
    published = ", publié avec les documents-clés de la délégation" if c.reports_published.at(d) else ""
    reports = provision(
        "Comptes rendus des élu·es",
        f"Chaque élu·e titulaire d'une délégation présente "
        f"{every_months(int(c.report_period_months.at(d)))} un compte rendu public de "
        f"son action{published}.", c.title, "L1111-1-1")
    opinion = provision(
        "Avis sur les objectifs des délégations",
        f"{AUDITORS_FR[c.auditor.at(d)]} entend les élu·es sur les "
        f"{number(int(c.objectives_min.at(d)))} à {number(int(c.objectives_max.at(d)))} objectifs "
        "écrits de chaque délégation et rend un avis public sur leur atteinte ; cet avis ne lie "
        "personne.", c.title, "L2143-1, L2143-2, L1111-1-1")
    return Drafted((reports, opinion))


def draft_dpc(ctx: DraftContext) -> Drafted:
    """L2121-29, L2312-1: the posts of the service, and its missions in the pact."""
    c = ctx.pact.dpc
    if c is None:
        return Drafted(())
    d = ctx.day
    posts = [plural(int(c.managers.at(d)), "emploi de cadre (catégorie A)",
                    "emplois de cadre (catégorie A)"),
             plural(int(c.supervisors.at(d)), "emploi d'agent·e de maîtrise",
                    "emplois d'agent·es de maîtrise"),
             plural(int(c.apprentices.at(d)), "poste d'alternant·e", "postes d'alternant·es")]
    total = int(c.managers.at(d)) + int(c.supervisors.at(d)) + int(c.apprentices.at(d))
    return Drafted((provision(
        "Emplois",
        f"Le service comprend {', '.join(posts[:-1])} et {posts[-1]}, soit "
        f"{plural(total, 'poste')}, inscrits au tableau des effectifs. Il reçoit et vérifie les "
        "pétitions et les signatures, prépare les consultations et accompagne les instances "
        "citoyennes ; il est placé sous l'autorité du maire.",
        c.title, "L2121-29, L2312-1, L2122-18"),))


def draft_quartier_budgets(ctx: DraftContext) -> Drafted:
    """L2312-1, L2143-1: the quartier envelopes are budget lines the council adopts."""
    c = ctx.pact.quartier_councils
    if c is None:
        return Drafted(())
    d = ctx.day
    each, count = c.budget_per_year_eur.at(d), int(c.count.at(d))
    works = " ; les services de la ville réalisent les travaux" if c.spent_by_city.at(d) else ""
    return Drafted((provision(
        "Projets d'investissement des quartiers",
        f"Pendant {plural(int(c.budget_years.at(d)), 'an')} du mandat, chaque conseil de "
        "quartier propose des projets d'investissement dans la limite de l'enveloppe que le "
        "conseil municipal ouvre au budget de chaque exercice, proposée à "
        f"{euros(each)} par quartier et par an ({euros(each * count)} pour les {number(count)} "
        "quartiers). Le conseil municipal inscrit les projets qu'il retient au budget et le maire "
        f"engage les dépenses{works}.", c.title, "L2312-1, L2311-1, L2143-1, L2122-21"),))


def draft_participatory_budget(ctx: DraftContext) -> Drafted:
    """L2312-1, CRPA L131-1: an envelope the council adopts, projects chosen by a public vote
    that is an opinion."""
    c = ctx.pact.participatory_budget
    if c is None:
        return Drafted(())
    d = ctx.day
    envelope = yearly_envelope(ctx.pact, ctx.scenario, d).value
    cap = (f" ; un projet coûte au plus {euros(c.project_cap_eur.at(d))}"
           if c.project_cap_eur is not None else "")
    return Drafted((provision(
        "Budget participatif",
        f"Chaque année, un appel à projets s'ouvre le 1er {MONTHS_FR[int(c.opening_month.at(d)) - 1]} "
        f"; l'enveloppe proposée au vote du budget de l'exercice est de "
        f"{euros(envelope.total_eur)}{cap}. Les projets sont déposés pendant "
        f"{plural(int(c.proposal_months.at(d)), 'mois', 'mois')}, étudiés par les services pendant "
        f"{plural(int(c.feasibility_months.at(d)), 'mois', 'mois')}, puis soumis pendant "
        f"{plural(int(c.vote_days.at(d)), 'jour')} au vote des {ELECTORS_FR[c.voters.at(d)]}, "
        "dont le résultat est un avis publié. Le conseil municipal inscrit au budget les projets "
        "qu'il retient et le maire engage les dépenses.",
        c.title, "CRPA-L131-1, L2312-1, L2311-1, L2122-21"),))


#: the drafters of the clauses of these acts, by clause key
DRAFTERS: dict[str, Callable[[DraftContext], Drafted]] = {
    "conseil_citoyen": draft_citizen_council,
    "conventions_citoyennes": draft_conventions,
    "pluihd": draft_pluihd,
    "ppi": draft_ppi,
    "engagements": draft_commitments,
    "direction_pouvoir_citoyen": draft_dpc,
    "conseils_de_quartier": draft_quartier_budgets,
    "budget_participatif": draft_participatory_budget,
}
