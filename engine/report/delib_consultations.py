"""The operative articles of the act « Droit de pétition et consultations des habitant·es »,
drafted from the pact's parameters in the lawful form (LEGAL.md § 1–2; rules/cgct/
consultation.yaml, referendum.yaml):

- a petition or a request for abrogation asks the council to organise a consultation of the
  electors (L1112-15, L1112-16); the council decides freely, and the result of a consultation
  is an opinion, the council deciding in its light (L1112-17, L1112-20) — never a binding
  vote, never a suspension of a deliberation (L2131-1);
- a decisional referendum is decided by the council (LO1112-1) and binds only under the
  turnout and majority of LO1112-7;
- a vote open to non-electors is an association of the public (CRPA L131-1), an opinion.
The figures come from the rule functions (signatures, legal tenth, delays, spacing); what the
pact promises beyond the law stays in the list of political commitments.
Sources: 000_721ebb8a9b1c3e2a.txt § Votations propositionnelles, § Votations abrogatoires,
§ Référendums municipaux ; 003/004 (other lists' votations).
"""

from __future__ import annotations

from engine.core.fr import number, percent, plural
from engine.model.clauses_family import VoteProcedure
from engine.procedures.abrogation import abrogation_vs_legal, share_of_electors_pct
from engine.procedures.petition import petition_vs_legal, signatures_required
from engine.procedures.referendum import (
    min_months_after_transmission,
    renewal_blackout_months,
    transmission_days,
)
from engine.procedures.services import signature_checker
from engine.procedures.votes import legal_spacing_months, trigger_signatures
from engine.report.delib_common import (
    ELECTORS_FR,
    DraftContext,
    Drafted,
    legal_electorate,
    pct,
    provision,
    within_months,
)
from engine.verifier.legal.votes import LEGAL_ELECTORATES

RANKS_FR = {1: "premier", 2: "deuxième", 3: "troisième", 4: "quatrième"}


def consultation_rules(ctx: DraftContext, voters: str) -> str:
    """L1112-17, L1112-20, L1112-22, LO1112-6: how every consultation is organised."""
    months = min_months_after_transmission()
    return (f"Votent les {legal_electorate(voters)}. La délibération qui organise chaque "
            "consultation indique expressément qu'il s'agit d'une demande d'avis et fixe le jour "
            f"du scrutin ; elle est transmise au préfet au moins {plural(months, 'mois', 'mois')} "
            "avant ce jour. Aucune consultation n'a lieu à partir du premier jour du "
            f"{number(renewal_blackout_months())}e mois qui précède le renouvellement du conseil "
            "municipal. Au vu du résultat, le conseil municipal arrête sa décision.")


def _legal_tenth(legal: int) -> str:
    return (f"Le droit de pétition de l'article L1112-16, ouvert à un dixième des "
            f"électeur·rices inscrit·es ({plural(legal, 'signature')}), demeure entier.")


def draft_petition(ctx: DraftContext) -> Drafted:
    """Votation propositionnelle → petition for a consultation of the electors (L1112-15)."""
    c = ctx.pact.petition
    if c is None:
        return Drafted(())
    need = signatures_required(ctx.pact, ctx.scenario, ctx.day).value
    legal = petition_vs_legal(ctx.pact, ctx.scenario, ctx.law).legal
    day = c.vote_day.at(ctx.day)
    rank = RANKS_FR[int(c.vote_day_rank.at(ctx.day))]
    period = int(c.votation_period_months.at(ctx.day))
    per_year = int(c.max_votations_per_year.at(ctx.day))
    petition = provision(
        "Pétition pour une consultation",
        f"Une pétition signée par au moins {plural(need.required, 'électeur·rice inscrit·e', 'électeur·rices inscrit·es')} "
        f"sur les listes électorales de la commune, soit {pct(need.percentage)} des "
        f"{number(need.electors)} inscrit·es, demande au conseil municipal d'organiser une "
        "consultation des électeurs sur une affaire relevant de la compétence de la commune. "
        f"Les signatures sont recueillies pendant {plural(int(c.collection_months.at(ctx.day)), 'mois', 'mois')} "
        f"au plus et vérifiées sur la liste électorale par {signature_checker(ctx.pact)} dans les "
        f"{plural(int(c.dpc_check_days.at(ctx.day)), 'jour')} qui suivent leur dépôt. Le conseil "
        "municipal débat de toute pétition recevable et décide librement d'organiser ou non la "
        f"consultation demandée. {_legal_tenth(legal)}",
        c.title, "L1112-15, L1112-16")
    days = provision(
        "Journées de consultation",
        f"Les consultations ainsi décidées ont lieu le {rank} {day} d'un mois sur "
        f"{number(period)}, au plus {plural(per_year, 'journée')} par an, après une campagne "
        f"d'au moins {plural(int(c.campaign_months.at(ctx.day)), 'mois', 'mois')}. "
        f"{consultation_rules(ctx, c.voters.at(ctx.day))}",
        c.title, "L1112-17, L1112-20, L1112-22, LO1112-6")
    return Drafted((petition, days))


def draft_abrogation(ctx: DraftContext) -> Drafted:
    """Votation abrogatoire → request for a consultation on the abrogation, no suspension."""
    c = ctx.pact.abrogation
    if c is None:
        return Drafted(())
    need = int(c.signatures_required.at(ctx.day))
    legal = abrogation_vs_legal(ctx.pact, ctx.scenario, ctx.law).legal
    request = provision(
        "Demande d'abrogation",
        f"{within_months(int(c.request_months.at(ctx.day)), 'la séance où une délibération est adoptée').capitalize()}, "
        "une demande de consultation sur son abrogation peut être annoncée ; elle réunit, "
        f"{within_months(int(c.collection_months.at(ctx.day)), 'cette annonce')}, au moins "
        f"{plural(need, 'signature')} d'{ELECTORS_FR['electeurs_inscrits']} "
        f"({percent(share_of_electors_pct(ctx.pact, ctx.scenario), 2)} des "
        f"{number(ctx.scenario.commune.electors.at(ctx.day))} inscrit·es), vérifiées sur la liste "
        f"électorale par {signature_checker(ctx.pact)} dans les "
        f"{plural(int(c.dpc_check_days.at(ctx.day)), 'jour')} qui suivent leur dépôt. La demande "
        f"ne suspend pas l'exécution de la délibération visée. {_legal_tenth(legal)}",
        c.title, "L1112-15, L1112-16, L2131-1")
    vote = provision(
        "Consultation sur l'abrogation",
        "Le conseil municipal se prononce sur l'organisation de la consultation demandée dans "
        f"les {plural(int(c.council_trigger_days.at(ctx.day)), 'jour')} qui suivent la "
        "transmission des signatures ; s'il l'organise, la campagne dure au moins "
        f"{plural(int(c.campaign_months.at(ctx.day)), 'mois', 'mois')} et le scrutin a lieu un "
        f"{c.vote_day.at(ctx.day)}. {consultation_rules(ctx, c.voters.at(ctx.day))} "
        "L'abrogation d'un acte réglementaire est possible à tout moment ; celle d'une décision "
        "créatrice de droits n'est possible que si elle est illégale, dans les quatre mois de "
        "son adoption.",
        c.title, "L1112-15, L1112-17, L1112-20, CRPA-L243-1, CRPA-L242-1")
    return Drafted((request, vote))


def _adoption(ctx: DraftContext, turnout: float, majority: float) -> str:
    """LO1112-7: the project is adopted at the pact's conditions when at least as demanding
    as the law's, at the law's otherwise."""
    law_turnout = ctx.law.float_number("LO1112-7", "participation_min_pct")
    law_majority = ctx.law.float_number("LO1112-7", "majorite_suffrages_pct")
    return (f"Le projet soumis à référendum est adopté si au moins "
            f"{percent(max(turnout, law_turnout), 0)} des électeur·rices inscrit·es ont pris part "
            f"au scrutin et s'il réunit plus de {percent(max(majority, law_majority), 0)} des "
            "suffrages exprimés ; il a alors valeur de délibération.")


def _referendum_frame(ctx: DraftContext) -> str:
    return (f"la délibération qui en décide est transmise au préfet dans les "
            f"{plural(transmission_days(), 'jour')} et le scrutin a lieu au moins "
            f"{plural(min_months_after_transmission(), 'mois', 'mois')} après cette transmission")


def draft_referendum(ctx: DraftContext) -> Drafted:
    """Référendum municipal (LO1112-1, LO1112-3, LO1112-7)."""
    c = ctx.pact.referendum
    if c is None:
        return Drafted(())
    text = ("Le conseil municipal peut soumettre à référendum local tout projet de délibération "
            f"relevant de la compétence de la commune ; {_referendum_frame(ctx)}. "
            + _adoption(ctx, c.turnout_pct.at(ctx.day), c.majority_pct.at(ctx.day)))
    return Drafted((provision("Référendum local", text, c.title, "LO1112-1, LO1112-3, LO1112-7"),))


def _triggers(ctx: DraftContext, v: VoteProcedure, lawful_vote: str) -> str:
    """Who asks for the vote: the council decides; a petition, the mayor or a body asks."""
    out = []
    triggers = v.triggers.at(ctx.day)
    need = trigger_signatures(v, ctx.scenario, ctx.day).value
    if "petition" in triggers and need is not None:
        out.append(f"Une pétition signée par au moins {plural(need, 'électeur·rice inscrit·e', 'électeur·rices inscrit·es')} "
                   f"peut demander au conseil municipal d'organiser {lawful_vote}, qu'il décide "
                   "librement d'organiser ou non.")
    if "maire" in triggers:
        out.append(f"Le maire peut proposer au conseil municipal d'organiser {lawful_vote}.")
    if "organe_tire_au_sort" in triggers and v.trigger_body is not None:
        body = next((a.title for a in ctx.pact.assemblies if a.id == v.trigger_body.at(ctx.day)),
                    v.trigger_body.at(ctx.day))
        out.append(f"L'assemblée « {body} » peut proposer au conseil municipal d'organiser "
                   f"{lawful_vote}.")
    return " ".join(out)


def _rhythm(ctx: DraftContext, v: VoteProcedure, legal: bool) -> str:
    parts = []
    if v.period_months is not None:
        parts.append(f"les votes sont groupés sur une journée tous les "
                     f"{plural(int(v.period_months.at(ctx.day)), 'mois', 'mois')}")
    if v.max_per_year is not None:
        parts.append(f"au plus {plural(int(v.max_per_year.at(ctx.day)), 'journée')} de vote par an")
    spacing = int(v.spacing_months.at(ctx.day)) if v.spacing_months is not None else 0
    if legal:
        spacing = max(spacing, legal_spacing_months(ctx.law))
    if spacing:
        parts.append(f"deux votes sur un même objet sont espacés d'au moins "
                     f"{plural(spacing, 'mois', 'mois')}")
    if not parts:
        return ""
    text = " ; ".join(parts)
    return text[0].upper() + text[1:] + "."


def draft_vote(ctx: DraftContext, v: VoteProcedure) -> Drafted:
    """One vote of the family « votations », in the lawful form of its frame."""
    frame = v.frame.at(ctx.day)
    voters = v.voters.at(ctx.day)
    if frame == "referendum_decisionnel":
        lawful, bases = "un référendum local", "LO1112-1, LO1112-3, LO1112-7"
        quorum = v.quorum_pct.at(ctx.day) if v.quorum_pct is not None else 0.0
        body = (f"Le conseil municipal peut soumettre à référendum local les projets de "
                f"délibération relevant de la compétence de la commune ; {_referendum_frame(ctx)}. "
                f"Votent les {legal_electorate(voters)}. " + _adoption(ctx, quorum, 50.0))
    elif frame == "consultation":
        lawful, bases = "une consultation des électeurs", "L1112-15, L1112-17, L1112-20, L1112-22"
        body = ("Le conseil municipal peut consulter les électeurs sur les décisions qu'il "
                "envisage de prendre dans les matières relevant de la compétence de la commune. "
                + consultation_rules(ctx, voters))
    else:
        lawful, bases = "ce vote", "CRPA-L131-1, L2121-29"
        body = (f"La commune associe le public à la préparation de ses décisions par un vote "
                f"ouvert aux {ELECTORS_FR[voters]}. Le résultat est un avis, rendu public ; le "
                "conseil municipal décide librement au vu de cet avis.")
    legal = frame in ("referendum_decisionnel", "consultation")
    follow = ("Le résultat est présenté au conseil municipal, qui en débat."
              if v.follow_up.at(ctx.day) == "debat_au_conseil" else "")
    text = " ".join(t for t in (body, _triggers(ctx, v, lawful), _rhythm(ctx, v, legal), follow) if t)
    notes = ()
    if legal and voters not in LEGAL_ELECTORATES:
        notes = (f"« {v.title} » : le pacte fait voter les {ELECTORS_FR[voters]} ; seul·es les "
                 "électeur·rices inscrit·es votent à un référendum ou à une consultation, la "
                 "délibération s'en tient à eux.",)
    return Drafted((provision(v.title, text, v.title, bases),), notes)


def draft_votes(ctx: DraftContext) -> dict[str, Drafted]:
    """Each vote of the family, by its clause key « votations.<id> »."""
    return {f"votations.{v.id}": draft_vote(ctx, v) for v in ctx.pact.votes}

