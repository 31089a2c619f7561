"""The operative articles of the first deliberations, one function per provision, drafted
in the present tense of the law from the pact's parameters through the rule functions
(never a number written here). The verifier's analysis stays out of these texts: it goes
into the « Exposé des motifs » of the deliberation.

- L2122-2, L2122-2-1, L2122-3: the number of adjoint·es is fixed by its own deliberation
  (rule :func:`engine.procedures.commune.adjoint_caps`);
- L2121-8: the règlement intérieur holds the functioning rules: sessions (L2121-7), the
  convocation (L2121-11 / L2121-12, rule :func:`convocation_clear_days`), the public's
  speaking time as a suspension of session (L2121-16, L2121-18, rule :func:`session_hours`),
  oral questions (L2121-19), plain-language summaries (clause « transparence »), the open
  committees (L2143-2).
"""

from __future__ import annotations

from datetime import date

from engine.core.fr import number, percent
from engine.io.law import load_law
from engine.model.clauses_family import Assembly, Stratum
from engine.model.law import Law
from engine.model.pact import Pact
from engine.model.params import Param
from engine.model.scenario import Scenario
from engine.procedures.commune import CommuneFacts, adjoint_caps
from engine.procedures.interpellation import session_hours, signatures_needed
from engine.report.document import Article


def _count(n: int, one: str, many: str) -> str:
    return f"{number(n)} {one if n == 1 else many}"


def draft_adjoint_count(pact: Pact, facts: CommuneFacts, law: Law) -> list[Article]:
    """« Le nombre des adjoint·es au maire est fixé à N » (L2122-2), then the adjoint·es de
    quartier (L2122-2-1) and the adjoint·es spéciaux (L2122-3), each its own article."""
    caps = adjoint_caps(pact, facts, law)
    if caps is None:
        return []
    clause = f"Clause du pacte : {pact.clauses()[caps.clause].title}"
    out = [Article("1", "Nombre des adjoint·es", "Le nombre des adjoint·es au maire est fixé "
                   f"à {number(caps.ordinary.count)}.", (clause,
                                                         "Base légale : L2122-2"))]
    if caps.quartier.count:
        out.append(Article(str(len(out) + 1), "Adjoint·es de quartier", "Le nombre des "
                           "adjoint·es chargé·es d'un ou plusieurs quartiers est fixé à "
                           f"{number(caps.quartier.count)}, en sus des adjoint·es de l'article 1.",
                           (clause, "Base légale : L2122-2-1")))
    if caps.special:
        names = ", ".join(facts.former_communes)
        where = f" ({names})" if names else ""
        verb = "Il est créé" if caps.special == 1 else "Sont créés"
        out.append(Article(str(len(out) + 1), "Adjoint·es spéciaux", f"{verb} "
                           f"{_count(caps.special, 'poste', 'postes')} d'adjoint·e spécial·e "
                           f"pour les fractions de commune éloignées ou séparées{where}.",
                           (clause, "Base légale : L2122-3")))
    return out


def draft_sessions(pact: Pact, day: date | None = None) -> str | None:
    """L2121-7: the number of sessions a year, at least one a quarter."""
    if pact.council is None:
        return None
    n = int(pact.council.sessions_per_year.at(day))
    return f"Le conseil municipal se réunit au moins {_count(n, 'fois', 'fois')} par an."


def draft_convocation(facts: CommuneFacts) -> str:
    """L2121-11 (under 3 500 inhabitants) or L2121-12: the clear days of notice."""
    text = (f"La convocation est adressée aux conseiller·es municipaux au moins "
            f"{_count(facts.clear_days, 'jour franc', 'jours francs')} avant la séance")
    if facts.clear_days_article == "L2121-12":
        return text + ", accompagnée d'une note explicative de synthèse sur les affaires soumises à délibération."
    return text + "."


def draft_public_speech(pact: Pact, day: date | None = None) -> str | None:
    """L2121-16, L2121-18: the public speaks during a suspension of the session, under the
    mayor's police of the assembly."""
    hours = session_hours(pact, day).value
    if not hours:
        return None
    minutes = round(hours * 60)
    span, unit = ((number(minutes), "minutes") if minutes % 60 else
                  (number(minutes // 60), "heure" if minutes == 60 else "heures"))
    return ("Avant l'examen de l'ordre du jour, le maire suspend la séance pendant "
            f"{span} {unit} au plus pour donner la parole au public, qui interpelle le conseil "
            "municipal ; le maire exerce la police de l'assemblée et veille au bon ordre des "
            "échanges.")


def draft_oral_questions() -> str:
    """L2121-19: the councillors' oral questions, whose frequency and conditions the RI sets."""
    return ("Les conseiller·es municipaux exposent en séance des questions orales ayant trait "
            "aux affaires de la commune ; elles sont traitées à la fin de chaque séance.")


def draft_summaries(pact: Pact, day: date | None = None) -> str | None:
    """Clause « transparence »: each deliberation is published with a plain summary."""
    t = pact.transparency
    if t is None or not t.plain_summary.at(day):
        return None
    when = ("" if t.summary_days is None else
            f" dans les {_count(int(t.summary_days.at(day)), 'jour', 'jours')} qui suivent la séance")
    return (f"Les services de la commune publient chaque délibération avec un résumé en "
            f"termes simples{when}.")


def draft_publicity(pact: Pact, day: date | None = None) -> str | None:
    """L2131-1, L2121-25, L2121-26, CRPA L131-1 (clause « transparence »): the delay of
    online publication, the public minutes and opinions, the documents platform, the live
    broadcast and the open data, each when the pact provides it."""
    t = pact.transparency
    if t is None:
        return None

    def on(param: Param[bool] | None) -> bool:
        return param is not None and bool(param.at(day))

    parts = []
    if t.publication_days is not None:
        parts.append("les délibérations sont publiées sous forme électronique dans les "
                     f"{_count(int(t.publication_days.at(day)), 'jour', 'jours')} qui suivent la séance")
    if on(t.minutes_public):
        parts.append("les comptes rendus et relevés de décisions des instances sont publiés")
    if on(t.opinions_public):
        parts.append("les avis et recommandations des instances citoyennes sont rendus publics")
    if on(t.documents_platform):
        parts.append("une plate-forme numérique réunit les délibérations, les décisions et les votes")
    if on(t.livestream):
        parts.append("les séances du conseil municipal sont retransmises en direct")
    if on(t.open_data):
        parts.append("les données publiques de la commune sont mises en ligne dans un format ouvert")
    if not parts:
        return None
    text = " ; ".join(parts)
    return f"Le maire veille à la publicité des travaux : {text}."


def draft_committees(pact: Pact, day: date | None = None) -> str | None:
    """L2143-2: the open committees are consultative committees; their opinions reach the
    council with the matters they examined."""
    c = pact.committees
    if c is None:
        return None
    names = ", ".join(c.names.at(day))
    return (f"Les commissions de travail ouvertes aux habitant·es ({names}) sont des comités "
            "consultatifs créés par délibération ; leurs avis sont joints au dossier des "
            "affaires qu'elles ont examinées lorsqu'il est soumis au conseil municipal.")


def draft_interpellation(pact: Pact, scenario: Scenario, day: date | None = None) -> str | None:
    """Clause « interpellation » (L2121-8: the RI sets it): the signatures, by the rule
    :func:`signatures_needed`, that bring an interpellation before the council with the
    mayor's answer. The agenda stays the mayor's (L2121-10): putting it to a debate and a
    vote is the majority's political commitment, listed, never an article."""
    c = pact.interpellation
    if c is None:
        return None
    need = signatures_needed(pact, scenario, day).value
    filing = ("" if c.filing_days is None else
              f", déposée au moins {_count(int(c.filing_days.at(day)), 'jour', 'jours')} avant la séance,")
    answer = ("en séance" if c.answer_days is None else
              f"dans les {_count(int(c.answer_days.at(day)), 'jour', 'jours')} qui suivent son dépôt")
    if need is None or not c.on_agenda.at(day):
        return f"Toute interpellation{filing} reçoit une réponse du maire ou de l'élu·e concerné·e {answer}."
    return (f"Une interpellation signée par au moins {_count(need, 'personne', 'personnes')}"
            f"{filing} est communiquée au conseil municipal à la première séance qui suit son "
            f"dépôt, avec la réponse du maire ou de l'élu·e concerné·e ; toute autre "
            f"interpellation reçoit une réponse {answer}. Le maire fixe l'ordre du jour et décide "
            "de l'y inscrire pour un débat.")


def draft_rules(pact: Pact, facts: CommuneFacts, scenario: Scenario,
                day: date | None = None) -> list[Article]:
    """The articles of the règlement intérieur drafted from the pact's parameters, each
    citing the clause that gave its figures (none when the law alone gives them)."""
    speech = session_hours(pact, day).trace
    speech_clause = speech[0].clause.split(".")[0] if speech else ""
    drafts = (("Séances", draft_sessions(pact, day), "conseil_municipal", "L2121-7, L2121-8"),
              ("Convocation", draft_convocation(facts), "", facts.clear_days_article),
              ("Parole du public", draft_public_speech(pact, day), speech_clause,
               "L2121-16, L2121-18"),
              ("Interpellations", draft_interpellation(pact, scenario, day), "interpellation",
               "L2121-8, L2121-29"),
              ("Questions orales", draft_oral_questions(), "", "L2121-19"),
              ("Résumés des délibérations", draft_summaries(pact, day), "transparence", "L2121-29, L2131-1"),
              ("Publicité des travaux", draft_publicity(pact, day), "transparence",
               "L2131-1, L2121-25, L2121-26"),
              ("Commissions ouvertes", draft_committees(pact, day), "commissions", "L2143-2"))
    titles = {key: c.title for key, c in pact.clauses().items()}
    out: list[Article] = []
    for title, text, clause, bases in drafts:
        if text is not None:
            # a clause the pact does not have is not cited: the article then comes from the law
            sources = ((f"Clause du pacte : {titles[clause]}",) if clause in titles else ()) + (
                f"Base légale : {bases}",)
            out.append(Article(str(len(out) + 1), title, text, sources))
    return out


def draft_report_to_council(pact: Pact, day: date | None = None) -> Article:
    """L2122-23: the mayor reports on the delegated decisions at each session; the clause
    « pouvoirs_du_maire » may add a written, published list every N months."""
    c = pact.mayor_powers
    written = ("" if c is None or c.report_period_months is None else
               " ; il publie en outre, tous les "
               f"{_count(int(c.report_period_months.at(day)), 'mois', 'mois')}, la liste écrite "
               "de ces décisions")
    return Article("0", "Compte rendu", "Le maire rend compte au conseil municipal, à chacune de "
                   f"ses réunions, des décisions prises en vertu de la présente délibération{written} ; le "
                   "conseil peut mettre fin à tout moment à tout ou partie des délégations.",
                   ("Base légale : L2122-23",))


def ri_considerant(law: Law | None) -> str:
    """L2121-8: the RI is adopted within six months of installation from 1 000 inhabitants."""
    law = law or load_law()
    return ("Considérant que, dans les communes de "
            f"{number(law.int_number('L2121-8', 'seuil_habitants'))} habitant·es et plus, le "
            "conseil municipal établit son règlement intérieur dans les "
            f"{number(law.int_number('L2121-8', 'delai_adoption_mois'))} mois qui suivent son "
            "installation (L2121-8) ;")


CRITERIA_FR = {"quartier": "quartier", "genre": "genre", "csp": "catégorie socio-professionnelle",
               "tranche_age": "tranche d'âge"}


def _quotas(stratum: Stratum) -> str:
    seats = [f"{c.code.replace('_', ' ')} {percent(c.share_pct, 0)}" if c.share_pct is not None
             else f"{c.code.replace('_', ' ')} {_count(c.count or 0, 'siège', 'sièges')}"
             for c in stratum.categories]
    return f"{CRITERIA_FR.get(stratum.criterion, stratum.criterion)} ({', '.join(seats)})"


#: what a committee's « domaines » name, as the act says it
DOMAINS_FR = {"budget": "les questions de budget et d'investissement",
              "urbanisme": "les questions d'urbanisme (plan local d'urbanisme)"}


def draft_assembly(assembly: Assembly, day: date | None = None) -> Article:
    """L2143-2: a consultative committee drawn by lot — composition with the pact's quotas,
    a councillor designated by the mayor as president, duration at most the mandate,
    opinions on matters of local interest (those of its « domaines » when the pact names
    them), an annual report to the council."""
    strata = assembly.strata.at(day)
    quotas = f", le tirage respectant les parts suivantes : {' ; '.join(_quotas(s) for s in strata)}" if strata else ""
    renewal = ("il siège pour la durée de sa mission" if assembly.renewal_months is None else
               f"ses membres sont renouvelés tous les "
               f"{_count(int(assembly.renewal_months.at(day)), 'mois', 'mois')}")
    meetings = int(assembly.meetings_per_year.at(day))
    domains = assembly.domains.at(day) if assembly.domains is not None else []
    subject = (" et ".join(DOMAINS_FR[d] for d in domains) if domains else
               "les affaires d'intérêt communal")
    text = (f"Le comité « {assembly.title} » comprend "
            f"{_count(int(assembly.members.at(day)), 'membre tiré·e', 'membres tiré·es')} au sort "
            f"parmi les habitant·es{quotas}. Il est présidé par un membre du conseil municipal "
            f"désigné par le maire et se réunit {_count(meetings, 'fois', 'fois')} par an ; "
            f"{renewal}, au plus pour la durée du mandat en cours. Il rend des avis sur "
            f"{subject} dont le maire ou le conseil le saisit et remet chaque année un rapport "
            "d'activité au conseil municipal.")
    return Article("0", f"Comité « {assembly.title} »", text,
                   (f"Clause du pacte : {assembly.title}", "Base légale : L2143-2"))


def draft_quartier_functioning(pact: Pact, day: date | None = None) -> Article | None:
    """L2143-1 (or L2143-2 below 20 000 inhabitants): the composition and functioning of the
    quartier bodies, from the clause « conseils_de_quartier »."""
    q = pact.quartier_councils
    if q is None:
        return None
    plenary, report = int(q.plenary_per_month.at(day)), int(q.report_months.at(day))
    meets = (f"se réunit en assemblée plénière {_count(plenary, 'fois', 'fois')} par mois"
             if plenary else "se réunit en assemblée plénière")
    text = (f"Chaque instance de quartier est ouverte aux personnes qui habitent le quartier ; elle "
            f"{meets} et rend compte de ses travaux au conseil municipal tous les "
            f"{_count(report, 'mois', 'mois')}. Le maire la consulte et elle peut lui faire des "
            "propositions sur toute question concernant le quartier ou la ville.")
    return Article("0", "Composition et fonctionnement", text,
                   (f"Clause du pacte : {q.title}", "Base légale : L2143-1, L2143-2"))
