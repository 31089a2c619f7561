"""Council sessions, the executive bureau and the open committees.

L2121-7 (at least one session a quarter), L2121-8 (standing orders ≥ 1,000 inhabitants),
L2121-10 (the mayor convenes and sets the agenda), L2121-11/-12 (notice), L2121-22 (council
committees: study only, proportional), L2143-2 (consultative committees open to residents).
Source: LEGAL.md § 5, § 13.
"""

from __future__ import annotations

from engine.core.fr import number
from engine.model.pact import BureauClause, CommitteesClause, CouncilClause, clause_key
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding

COUNCIL_KEY = clause_key(CouncilClause)
BUREAU_KEY = clause_key(BureauClause)
COMMITTEES_KEY = clause_key(CommitteesClause)


def check_council(ctx: LegalContext, c: CouncilClause):
    law, f = ctx.law, ctx.commune
    minimum = law.int_number("L2121-7", "seances_min_par_an")
    sessions = c.sessions_per_year.at()
    months = set(c.session_months.at())
    empty_quarters = [q + 1 for q in range(4) if not months & {3 * q + 1, 3 * q + 2, 3 * q + 3}]
    ri = f.population >= law.int_number("L2121-8", "seuil_habitants")
    aspects: list[Aspect] = []
    notice = (f"Convocation {f.clear_days} jours francs avant chaque séance "
              f"({f.clear_days_article}, commune de {number(f.population)} habitants)"
              + (" avec une note explicative de synthèse." if f.clear_days_article == "L2121-12" else "."))
    if sessions < minimum or empty_quarters:
        aspects.append(Aspect(
            "seances", "Nombre de séances", "conflit", ("L2121-7",),
            f"{sessions} séances par an"
            + (f", aucune au trimestre {', '.join(map(str, empty_quarters))}" if empty_quarters else "")
            + f" : le conseil doit se réunir au moins une fois par trimestre ({minimum} par an, L2121-7).",
            f"« Le conseil municipal se réunit au moins une fois par trimestre (L2121-7) ; la "
            f"majorité s'engage à {sessions} séances par an. »",
            title=(f"{sessions} séances par an ne couvrent pas chaque trimestre : la loi en exige "
                   f"au moins {minimum}, une par trimestre")))
    elif ri:
        aspects.append(Aspect(
            "seances", "Nombre de séances", "conforme", ("L2121-7", "L2121-8", f.clear_days_article),
            f"{sessions} séances par an (au moins {minimum} exigées, L2121-7) : engagement "
            "opposable une fois écrit au règlement intérieur, que le conseil adopte dans les six "
            "mois de son installation (L2121-8). " + notice))
    else:
        aspects.append(Aspect(
            "seances", "Nombre de séances", "engagement_politique", ("L2121-7", "L2121-9"),
            f"{sessions} séances par an : au-delà du minimum légal ({minimum}), c'est le maire qui "
            "convoque (L2121-9) ; sous 1 000 habitants, pas de règlement intérieur obligatoire "
            "pour l'écrire. " + notice,
            f"« Le ou la maire s'engage à réunir le conseil municipal {sessions} fois par an. »"))
    hours = c.interpellation_hours.at()
    if hours > 0:
        aspects.append(public_speaking_aspect(ctx, hours))
    return clause_finding(ctx, COUNCIL_KEY, c, aspects)


def public_speaking_aspect(ctx: LegalContext, hours: float, reply: bool = False) -> Aspect:
    """The public's speaking time in session, judged once for every clause that promises it
    (« conseil_municipal.heures_interpellations_par_session », « interpellation »): the session
    is public (L2121-18) but only councillors ask oral questions (L2121-19); the public speaks
    in a suspension the règlement intérieur provides (L2121-8, mandatory from 1 000
    inhabitants), under the mayor's police of the session (L2121-16)."""
    ri = ctx.commune.population >= ctx.law.int_number("L2121-8", "seuil_habitants")
    said = f"{number(hours, 0 if hours == int(hours) else 1)} h d'interpellations citoyennes par séance"
    return Aspect(
        "interpellations", "Parole du public en séance", "conforme" if ri else "engagement_politique",
        ("L2121-8", "L2121-18", "L2121-19", "L2121-16"),
        f"{said}{', avec droit de réplique' if reply else ''} : la séance est publique "
        "(L2121-18) mais seuls les conseillers posent des questions orales (L2121-19) ; le "
        "règlement intérieur" + (" (obligatoire dans cette commune, L2121-8)" if ri else "")
        + " peut prévoir une suspension de séance pour donner la parole au public, sous la "
        "police du maire (L2121-16) (pratique courante, confiance moyenne).",
        None if ri else "« Le ou la maire s'engage à suspendre chaque séance pendant "
        f"{number(hours, 1)} h pour donner la parole au public. »", data_confidence="M",
        details={"heures_par_seance": hours, "replique": reply})


def check_bureau(ctx: LegalContext, c: BureauClause):
    aspects = [Aspect(
        "statut", "Bureau exécutif", "engagement_politique", ("L2121-10", "L2122-18"),
        f"Le bureau de {c.voting_members.at()} membres votants qui prépare l'ordre du jour n'a "
        "aucune existence légale : le maire convoque le conseil et fixe seul l'ordre du jour "
        "(L2121-10), et dirige seul l'administration (L2122-18). Ses votes engagent "
        "politiquement le maire, pas juridiquement.",
        "« Le ou la maire s'engage à soumettre chaque projet d'ordre du jour du conseil au "
        "bureau exécutif, à suivre ses propositions et à en publier le compte rendu ; il ou elle "
        "demeure seul·e compétent·e pour convoquer le conseil et fixer l'ordre du jour "
        "(L2121-10). »",
        title=(f"Le bureau de {c.voting_members.at()} membres n'a aucune existence légale : le "
               "maire fixe seul l'ordre du jour"))]
    return clause_finding(ctx, BUREAU_KEY, c, aspects)


def check_committees(ctx: LegalContext, c: CommitteesClause):
    n = len(c.names.at())
    open_ = c.open_to_residents.at()
    aspects: list[Aspect] = []
    if c.decision_powers.at():
        aspects.append(Aspect(
            "pouvoirs", "Pouvoir de décision", "conflit", ("L2121-22", "L2143-2", "L2121-29"),
            "Le pacte donne un pouvoir de décision aux commissions : les commissions du conseil "
            "ne font qu'étudier (L2121-22), les comités consultatifs ne font que proposer "
            "(L2143-2) ; seul le conseil délibère (L2121-29).",
            "« Les commissions étudient les projets et font des propositions ; le conseil "
            "municipal délibère. »",
            title=(f"Les {n} commissions décideraient : elles ne peuvent qu'étudier et proposer, "
                   "seul le conseil délibère")))
    if open_:
        aspects.append(Aspect(
            "statut", "Commissions ouvertes aux habitant·es", "conforme", ("L2143-2", "L2121-22"),
            f"{n} commissions ouvertes à tout·e habitant·e : ce sont des comités consultatifs "
            "créés par délibération (L2143-2), présidés par un·e conseiller·e désigné·e par le "
            "maire ; les commissions du conseil proprement dites (L2121-22) restent réservées "
            "aux élu·es, à la représentation proportionnelle."))
    else:
        aspects.append(Aspect(
            "statut", "Commissions du conseil", "conforme", ("L2121-22",),
            f"{n} commissions d'élu·es, présidées de droit par le maire, à la représentation "
            "proportionnelle au-delà de 1 000 habitants (L2121-22)."))
    return clause_finding(ctx, COMMITTEES_KEY, c, aspects)
