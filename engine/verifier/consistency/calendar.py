"""Calendar against the law: the pact's own delays vs the legal minima (a vote ≥ 2 months
after the deliberation reaches the préfet, sent within 8 days: LO1112-3, L1112-17), the
blackouts (national campaigns, 6 months before the 2032 renewal: LO1112-6, L1112-21), the
1-year spacing between votes on the same subject, and the rotation's legal steps. Every
date comes from ``engine.procedures`` (petition, abrogation, revocation, referendum,
rotation); each finding shows the earliest lawful date next to the pact's date."""

from __future__ import annotations

from datetime import date

from engine.core.calendar import add_months, format_date
from engine.core.fr import plural
from engine.procedures.abrogation import abrogation_path, suspended_days
from engine.procedures.blackout import votation_days_cancelled_by_law
from engine.procedures.petition import campaign_vote_day, votation_grid
from engine.procedures.ppi import ppi_parity_possible, ppi_spokespeople, ppi_steps
from engine.procedures.referendum import earliest_lawful_vote
from engine.procedures.revocation import revocation_path
from engine.procedures.rotation import election_delay_exceeds_law, handovers
from engine.procedures.sessions import (
    bureau_meeting_ranks,
    first_council_session,
    sessions_in_calendar_per_year,
)
from engine.verifier.consistency.base import consistency
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import LegalContext

LEAD_ARTICLES = ("LO1112-3", "L1112-17", "LO1112-6")


def _legal_lead(ctx: LegalContext) -> str:
    law = ctx.law
    return (f"transmission au préfet sous {law.int_number('LO1112-3', 'transmission_prefet_max_jours')} "
            f"jours, scrutin au moins {law.int_number('LO1112-3', 'delai_min_transmission_scrutin_mois')} "
            "mois après la transmission")


def first_session(ctx: LegalContext) -> date:
    day = first_council_session(ctx.pact, ctx.scenario)
    assert day is not None, "le calendrier des séances couvre toujours le mandat"
    return day


def _verdict(early: bool) -> tuple[str, str]:
    return ("incoherent", "warning") if early else ("coherent", "info")


def petition_delay(ctx: LegalContext) -> Finding:
    c = ctx.pact.petition
    assert c is not None
    decision = first_session(ctx)
    weekday = c.vote_day.at(decision)
    months = c.campaign_months.at(decision)
    pact_day = campaign_vote_day(ctx.pact, decision)
    lawful = earliest_lawful_vote(ctx.scenario, decision, weekday).value
    legal_months = ctx.law.int_number("LO1112-3", "delai_min_transmission_scrutin_mois")
    early = months < legal_months or pact_day < lawful
    verdict, severity = _verdict(early)
    msg = (f"Le pacte prévoit {months} mois de campagne entre la décision du CM et la votation ; "
           f"la loi impose {_legal_lead(ctx)}. Exemple : décision au CM du "
           f"{format_date(decision)} → votation possible selon le pacte le {format_date(pact_day)}, "
           f"au plus tôt selon la loi le {format_date(lawful)}.")
    if early:
        msg += " Le délai du pacte est plus court que le minimum légal : il faut l'allonger."
    return consistency(
        ctx, "calendrier.votation_propositionnelle", "votation_propositionnelle", verdict, severity,
        LEAD_ARTICLES, msg,
        {"decision_cm": decision.isoformat(), "date_pacte": pact_day.isoformat(),
         "date_legale_au_plus_tot": lawful.isoformat(), "campagne_mois": months,
         "delai_legal_mois": legal_months},
        title=(f"La votation tombe le {format_date(pact_day)} selon le pacte, avant la date légale "
               f"du {format_date(lawful)}" if early else
               f"La campagne de {months} mois respecte le délai légal de {legal_months} mois"),
        wording=(f"« La votation a lieu au plus tôt {legal_months} mois après la transmission au "
                 "préfet de la délibération qui l'organise, transmise dans les huit jours. »"
                 if early else None))


def abrogation_delay(ctx: LegalContext) -> Finding:
    council = first_session(ctx)
    pact_path = abrogation_path(ctx.pact, ctx.scenario, council, regime="pacte")
    law_path = abrogation_path(ctx.pact, ctx.scenario, council, regime="loi")
    early = pact_path.vote_day < law_path.vote_day
    verdict, severity = _verdict(early)
    s_pact, s_law = suspended_days(pact_path, "non"), suspended_days(law_path, "non")
    msg = (f"Délibération du {format_date(council)} contestée au dernier jour : le CM déclenche le "
           f"vote au plus tard le {format_date(pact_path.trigger_deadline)} ; vote selon le pacte le "
           f"{format_date(pact_path.vote_day)}, au plus tôt selon la loi le "
           f"{format_date(law_path.vote_day)} ({_legal_lead(ctx)}).")
    if ctx.pact.abrogation and ctx.pact.abrogation.suspends_execution.at():
        msg += (f" L'exécution resterait suspendue {s_pact} jours selon le pacte, {s_law} jours "
                "en respectant la loi.")
    if early:
        msg += " Le calendrier du pacte place le vote avant la date légale."
    return consistency(
        ctx, "calendrier.votation_abrogatoire", "votation_abrogatoire", verdict, severity,
        LEAD_ARTICLES, msg,
        {"seance_cm": council.isoformat(), "declenchement_cm": pact_path.trigger_deadline.isoformat(),
         "date_pacte": pact_path.vote_day.isoformat(),
         "date_legale_au_plus_tot": law_path.vote_day.isoformat(),
         "jours_suspension_pacte": s_pact, "jours_suspension_loi": s_law},
        title=(f"Le vote d'abrogation tombe le {format_date(pact_path.vote_day)} selon le pacte, "
               f"avant la date légale du {format_date(law_path.vote_day)}" if early else
               f"Le vote d'abrogation respecte le délai légal (au plus tôt le "
               f"{format_date(law_path.vote_day)})"),
        wording=("« Le vote a lieu au plus tôt deux mois après la transmission au préfet de la "
                 "délibération qui l'organise. »" if early else None))


def revocation_delay(ctx: LegalContext) -> Finding:
    opinion = add_months(ctx.scenario.mandate.start, 6)
    pact_path = revocation_path(ctx.pact, ctx.scenario, opinion, regime="pacte")
    law_path = revocation_path(ctx.pact, ctx.scenario, opinion, regime="loi")
    early = pact_path.vote_day < law_path.vote_day
    verdict, severity = _verdict(early)
    msg = (f"Avis défavorable le {format_date(opinion)} : CM du {format_date(pact_path.council_day)}, "
           f"vote selon le pacte le {format_date(pact_path.vote_day)} (débat de "
           f"{(pact_path.debate_end - pact_path.council_day).days} jours), au plus tôt selon les "
           f"règles d'une consultation le {format_date(law_path.vote_day)} — la consultation elle-même "
           "est contraire à la loi (voir le constat juridique).")
    return consistency(
        ctx, "calendrier.consultation_revocation", "consultation_revocation", verdict, severity,
        ("L1112-17", "LO1112-6", "L1112-15"), msg,
        {"avis": opinion.isoformat(), "date_pacte": pact_path.vote_day.isoformat(),
         "date_legale_au_plus_tot": law_path.vote_day.isoformat()},
        title=(f"La consultation de révocation tomberait le {format_date(pact_path.vote_day)}, "
               f"avant le délai d'une consultation ({format_date(law_path.vote_day)})" if early else
               f"Le délai de la consultation de révocation respecte celui d'une consultation "
               f"({format_date(law_path.vote_day)})"),
        wording=("Supprimer la consultation de révocation (voir le constat juridique)." if early else None))


def blackouts(ctx: LegalContext) -> Finding:
    pact_days = votation_grid(ctx.pact, ctx.scenario, "pacte")
    law_days = votation_grid(ctx.pact, ctx.scenario, "loi")
    cancelled = votation_days_cancelled_by_law(ctx.pact, ctx.scenario)
    named = [{"date": c.day.isoformat(), "periode": c.period} for c in cancelled]
    renewal_start = ctx.law.date_number("LO1112-6", "debut_interdiction_renouvellement_2032")
    msg = (f"La grille du pacte offre {len(pact_days)} jours de votation sur le mandat ; "
           f"{len(cancelled)} tombent dans une période où la loi interdit tout scrutin local "
           f"(campagnes électorales nationales, et à partir du {format_date(renewal_start)} avant "
           "le renouvellement de 2032)")
    msg += (" : " + " ; ".join(f"{format_date(date.fromisoformat(n['date']))} ({n['periode']})"
                              for n in named) + "." if named else ".")
    verdict, severity = _verdict(bool(cancelled))
    return consistency(
        ctx, "calendrier.interdictions", "votation_propositionnelle", verdict, severity,
        ("LO1112-6", "L1112-21"), msg,
        {"jours_pacte": len(pact_days), "jours_legaux": len(law_days), "annules": named},
        title=(f"{plural(len(cancelled), 'jour')} de votation "
               f"{'tombent' if len(cancelled) > 1 else 'tombe'} en période interdite"
               if cancelled else
               f"Aucun des {len(pact_days)} jours de votation ne tombe en période interdite"),
        wording=("« Aucune votation n'a lieu pendant les campagnes électorales ni à partir du premier "
                 "jour du sixième mois précédant le renouvellement général du conseil (LO1112-6, "
                 "L1112-21) ; le jour de votation suivant est alors retenu. »" if cancelled else None))


def same_subject(ctx: LegalContext) -> Finding | None:
    p = ctx.pact
    if p.petition is None and p.abrogation is None:
        return None
    years = ctx.law.int_number("L1112-21", "espacement_meme_objet_annees")
    parts = []
    if p.petition is not None:
        parts.append(f"une votation tous les {p.petition.votation_period_months.at()} mois")
    if p.abrogation is not None:
        parts.append("un vote d'abrogation après chaque séance du CM")
    clause = "votation_propositionnelle" if p.petition is not None else "votation_abrogatoire"
    msg = (f"Le pacte permet {' et '.join(parts)}, sans règle sur un objet déjà soumis au vote : "
           f"la loi interdit un nouveau référendum ou une nouvelle consultation sur le même objet "
           f"moins de {years} an après (LO1112-6, L1112-21). Une pétition rejetée pourrait "
           "revenir au vote trois mois plus tard selon le pacte, pas selon la loi.")
    return consistency(
        ctx, "calendrier.meme_objet", clause, "incoherent", "warning", ("LO1112-6", "L1112-21"), msg,
        {"espacement_legal_annees": years,
         "periodicite_votations_mois": p.petition.votation_period_months.at() if p.petition else None},
        title=(f"Un objet rejeté pourrait revenir au vote avant le délai légal de "
               f"{plural(years, 'an')}"),
        wording=(f"« Aucune votation ne porte sur un objet déjà soumis au vote depuis moins de "
                 f"{years} an (LO1112-6, L1112-21). »"))


def rotation(ctx: LegalContext) -> Finding | None:
    c = ctx.pact.rotation
    if c is None:
        return None
    hs = handovers(ctx.pact, ctx.scenario)
    pact_days, fortnight, slow = election_delay_exceeds_law(ctx.pact, ctx.law)
    last_year = date(ctx.scenario.mandate.end.year - 1, 1, 1)
    late = [h for h in hs if h.resignation >= last_year]
    rows = [f"n° {h.number} : démission le {format_date(h.resignation)}, définitive le "
            f"{format_date(h.final)} si le préfet l'accepte en {c.prefect_acceptance_days.at()} jours "
            f"(sinon au plus tôt le {format_date(h.final_if_refused)}), élection au plus tard le "
            f"{format_date(h.election)}" for h in hs]
    msg = (f"Rotation tous les {c.period_months.at()} mois : {plural(len(hs), 'passage')} de relais avant "
           f"le {format_date(ctx.scenario.mandate.end)}" + (" — " + " ; ".join(rows) if rows else "") +
           f". La date d'effet dépend du préfet (L2122-15) ; le conseil doit élire le maire et tous "
           f"les adjoint·es dans les {fortnight} jours (L2122-14, L2122-10).")
    if late:
        msg += (f" Un passage de relais après le {format_date(last_year)} relève des règles "
                "d'élections complémentaires de la dernière année (L2122-8).")
    verdict, severity = ("incoherent", "warning") if slow else ("coherent", "info")
    if slow:
        msg += f" Le pacte prévoit {pact_days} jours, au-delà des {fortnight} jours légaux."
    return consistency(
        ctx, "calendrier.rotation", "rotation", verdict, severity,
        ("L2122-15", "L2122-14", "L2122-10", "L2122-8"), msg,
        {"passages": [{"demission": h.resignation.isoformat(), "definitive": h.final.isoformat(),
                       "definitive_si_refus": h.final_if_refused.isoformat(),
                       "convocation": h.convocation.isoformat(),
                       "election": h.election.isoformat()} for h in hs],
         "jours_francs": ctx.commune.clear_days, "article_convocation": ctx.commune.clear_days_article,
         "delai_pacte_jours": pact_days, "delai_legal_jours": fortnight},
        title=(f"La réélection après chaque rotation prend {pact_days} jours, au-delà des "
               f"{fortnight} jours légaux" if slow else
               f"La rotation prévoit {plural(len(hs), 'passage')} de relais, chacun avec une "
               f"élection dans les {fortnight} jours légaux"))


def council_sessions_count(ctx: LegalContext) -> Finding | None:
    """One source for the council's sessions: ``sessions_par_an`` (which the cost table
    counts) against the sessions the month list places on the calendar."""
    c = ctx.pact.council
    if c is None:
        return None
    declared, placed = c.sessions_per_year.at(), sessions_in_calendar_per_year(c)
    ok = declared == placed
    msg = (f"Le pacte compte {declared} séances du conseil par an (tableau des coûts) ; ses mois de "
           f"séance en placent {placed} par an dans le calendrier.")
    if not ok:
        msg += (" Les deux chiffres doivent concorder : le coût des tickets de bus et le calendrier "
                "ne décrivent pas le même conseil.")
    verdict, severity = _verdict(not ok)
    return consistency(
        ctx, "calendrier.seances_cm", "conseil_municipal", verdict, severity, ("L2121-7",), msg,
        {"sessions_par_an": declared, "seances_du_calendrier_par_an": placed},
        title=(f"Le tableau des coûts et le calendrier comptent tous deux "
               f"{plural(declared, 'séance')} du conseil par an" if ok else
               f"Le tableau des coûts compte {plural(declared, 'séance')} du conseil par an, le "
               f"calendrier {placed}"),
        wording=(None if ok else f"Écrire le même nombre de séances : {placed} par an selon les mois "
                 f"de séance, ou une liste de {declared} mois."))


def bureau_meetings_count(ctx: LegalContext) -> Finding | None:
    """The bureau's meetings per month against the ranks the pact lists (and the 4 ranks a
    weekday has in every month)."""
    b = ctx.pact.bureau
    if b is None:
        return None
    declared, listed = b.meetings_per_month.at(), len(set(b.meeting_ranks.at()))
    placed = len(bureau_meeting_ranks(b))
    ok = declared == listed == placed
    msg = (f"Le bureau exécutif se réunit {declared} fois par mois selon le pacte, qui fixe "
           f"{plural(listed, 'rang')} dans le mois ; le calendrier en place {placed} par mois.")
    if placed < declared:
        msg += f" Un même jour de la semaine ne revient que {placed} fois dans tout mois."
    elif not ok:
        msg += " Les rangs manquants ou en trop sont complétés ou retirés dans le calendrier."
    verdict, severity = _verdict(not ok)
    return consistency(
        ctx, "calendrier.bureau_executif", "bureau_executif", verdict, severity, ("L2121-10",), msg,
        {"reunions_par_mois": declared, "rangs_fixes": listed, "reunions_du_calendrier_par_mois": placed},
        title=(f"Le bureau exécutif se réunit {declared} fois par mois, comme le calendrier le "
               "place" if ok else
               f"Le bureau exécutif doit se réunir {declared} fois par mois ; le calendrier en "
               f"place {placed}"),
        wording=None if ok else "Donner autant de rangs dans le mois que de réunions par mois.")


def ppi_path(ctx: LegalContext) -> Finding | None:
    """The PPI's referendum: the pact's campaign against the law's lead, and its spokespeople."""
    c = ctx.pact.ppi
    if c is None:
        return None
    steps = {s.event: s.day for s in ppi_steps(ctx.pact, ctx.scenario)}
    trigger, campaign_end = steps["ppi_declenchement"], steps["ppi_fin_campagne"]
    vote, lawful = steps["ppi_referendum"], earliest_lawful_vote(ctx.scenario, trigger).value
    people, parity = ppi_spokespeople(ctx.pact), ppi_parity_possible(ctx.pact)
    early = campaign_end < lawful
    msg = (f"Référendum sur la PPI déclenché au plus tôt au CM du {format_date(trigger)} : la "
           f"campagne du pacte finit le {format_date(campaign_end)}, la loi permet le vote au plus "
           f"tôt le {format_date(lawful)} ({_legal_lead(ctx)}) ; vote le {format_date(vote)}. "
           f"{people} porte-parole à trouver "
           f"({c.spokespeople.at()} par proposition)")
    msg += "." if parity else ", un nombre impair par proposition : la parité de genre est impossible."
    if early:
        msg += " La campagne du pacte finit avant la date légale : le vote ne peut pas la suivre aussitôt."
    if not parity:
        msg += " Prévoir un nombre pair de porte-parole par proposition."
    if "ppi_ratification" in steps:
        msg += f" Ratification au CM du {format_date(steps['ppi_ratification'])}."
    verdict, severity = _verdict(early or not parity)
    return consistency(
        ctx, "calendrier.ppi", "ppi", verdict, severity, LEAD_ARTICLES, msg,
        {"declenchement_cm": trigger.isoformat(), "fin_campagne": campaign_end.isoformat(),
         "date_legale_au_plus_tot": lawful.isoformat(), "referendum": vote.isoformat(),
         "porte_parole": people, "parite_possible": parity,
         "ratification_cm": steps["ppi_ratification"].isoformat() if "ppi_ratification" in steps else None},
        title=_ppi_title(campaign_end, lawful, vote, people, parity),
        wording=("« Le référendum sur la PPI a lieu au plus tôt deux mois après la transmission au "
                 "préfet de la délibération qui l'organise. »" if early else None))


def _ppi_title(campaign_end: date, lawful: date, vote: date, people: int, parity: bool) -> str:
    problems = []
    if campaign_end < lawful:
        problems.append(f"La campagne sur la PPI finit le {format_date(campaign_end)}, avant la "
                        f"date légale du vote ({format_date(lawful)})")
    if not parity:
        problems.append(f"{people} porte-parole en nombre impair par proposition rendent la "
                        "parité impossible")
    return " ; ".join(problems) or f"Le référendum sur la PPI respecte le délai légal (vote le {format_date(vote)})"


def check(ctx: LegalContext) -> list[Finding]:
    out: list[Finding | None] = [council_sessions_count(ctx), bureau_meetings_count(ctx), ppi_path(ctx)]
    if ctx.pact.petition is not None:
        out += [petition_delay(ctx), blackouts(ctx)]
    if ctx.pact.abrogation is not None:
        out.append(abrogation_delay(ctx))
    if ctx.pact.revocation is not None:
        out.append(revocation_delay(ctx))
    out += [same_subject(ctx), rotation(ctx)]
    return [f for f in out if f is not None]
