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
            f"majorité s'engage à {sessions} séances par an. »"))
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
        aspects.append(Aspect(
            "interpellations", "Interpellations citoyennes en séance", "conforme" if ri else "engagement_politique",
            ("L2121-8", "L2121-18"),
            f"{hours:g} h par séance d'interpellations citoyennes : la séance est publique "
            "(L2121-18) mais le public ne délibère pas ; le règlement intérieur peut prévoir une "
            "suspension de séance pour donner la parole au public (pratique courante, confiance "
            "moyenne).",
            None if ri else "« Le ou la maire s'engage à suspendre chaque séance pendant "
            f"{hours:g} h pour donner la parole au public. »", data_confidence="M"))
    return clause_finding(ctx, COUNCIL_KEY, c, aspects)


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
        "(L2121-10). »")]
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
            "municipal délibère. »"))
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
