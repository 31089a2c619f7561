"""Free clauses (« clauses_libres »): never rejected, judged from their nature alone.

An act of the council: the council settles the commune's affairs by deliberation
(L2121-29) — whether the subject is within the commune's competence is « à vérifier ». An
act of the mayor promised by candidates: at most a political commitment (a list cannot bind
a future mayor's own competence; LEGAL.md § 12, general rule). A political commitment: what
it says it is (adoptable as a vœu, L2121-29). « autre »: « à vérifier », with the questions
to ask. Articles of « base_legale » known to the law base are named with their paraphrase;
the others are said to be outside it.
"""

from __future__ import annotations

from engine.core.fr import plural
from engine.model.clauses_free import NATURE_FR, FreeClause
from engine.model.law import Confidence, Law, combine_confidence
from engine.model.pact import clause_key
from engine.verifier.findings import LEGAL_SEVERITY, VERDICT_FR, Finding, unique
from engine.verifier.legal.aspects import LegalContext

KEY = clause_key(FreeClause)
QUESTIONS = ("Qui décide : le conseil municipal, le maire, l'intercommunalité, l'État ?",
             "Quel article du CGCT (ou d'un autre code) fonde la mesure ?",
             "Quel budget, voté chaque année par le conseil (L2311-1) ?")
COMMITMENT = ("« {text} » — les élu·es de la liste s'y engagent politiquement ; cet engagement "
              "ne lie aucun organe de la commune tant que l'organe compétent n'a pas décidé (le "
              "conseil municipal peut l'adopter comme vœu, L2121-29).")

#: the title of a free clause's finding, by nature (« {questions} »: how many to ask)
TITLES = {
    "acte_du_conseil": "La compétence du conseil municipal sur cet objet reste à vérifier "
                       "({questions} à poser)",
    "acte_du_maire": "Un acte du maire promis d'avance ne vaut que comme engagement politique",
    "engagement_politique": "Cet engagement politique de la liste est licite comme tel",
    "autre": "La nature de la clause est à qualifier par un·e juriste ({questions} à poser)",
}


def free_title(fc: FreeClause, unknown: list[str]) -> str:
    """The finding's title: what the nature makes of the clause, and the articles the law
    base does not cover."""
    title = TITLES[fc.nature].format(questions=plural(len(QUESTIONS), "question"))
    if unknown:
        title += (f" ; {plural(len(unknown), 'article cité', 'articles cités')} hors de la base "
                  "légale du moteur")
    return title


def known_article(law: Law, article: str) -> str | None:
    """The law base's id of ``article`` (« CRPA L131-1 » → « CRPA-L131-1 »), or None."""
    for candidate in (article, article.replace(" ", "-"), article.replace(" ", "")):
        if candidate in law.provisions:
            return candidate
    return None


def _nature(fc: FreeClause) -> tuple[str, tuple[str, ...], str, str | None, Confidence]:
    """(verdict, articles, explanation, wording, confidence of the reading) from the nature."""
    questions = " ".join(f"— {q}" for q in QUESTIONS)
    text = fc.text.rstrip(". ")
    if fc.nature == "acte_du_conseil":
        return ("a_verifier", ("L2121-29",),
                "Acte du conseil municipal : le conseil règle par ses délibérations les affaires "
                "de la commune (L2121-29) ; que cet objet relève bien de la compétence du conseil "
                "(et non du maire, de l'intercommunalité ou de l'État) n'est pas dans la base "
                f"légale du moteur : à vérifier. Questions à poser : {questions}",
                f"« {text} » — la majorité s'engage à proposer au conseil municipal la "
                "délibération correspondante ; le conseil municipal décide librement, dans la "
                "limite des compétences de la commune (L2121-29).", "L")
    if fc.nature == "acte_du_maire":
        return ("engagement_politique", ("L2212-2", "L2122-22"),
                "Acte du maire promis par des candidat·es : le maire agit dans ses compétences "
                "propres (police, L2212-2) ou déléguées par le conseil (L2122-22) ; une liste ne "
                "peut pas lier par avance la compétence propre du futur maire : c'est au plus un "
                "engagement politique de la personne élue.",
                f"« {text} » — la personne élue maire s'y engage politiquement, dans le cadre de "
                "ses compétences ; cet engagement personnel ne lie pas juridiquement la commune.",
                "M")
    if fc.nature == "engagement_politique":
        return ("engagement_politique", ("L2121-29",),
                "Engagement politique de la liste : licite comme tel ; le conseil peut le "
                "reprendre par un vœu (L2121-29), sans effet contraignant.",
                COMMITMENT.format(text=text), "H")
    return ("a_verifier", (),
            "Nature « autre » : le vérificateur ne sait pas quel organe agit ni sur quel "
            f"fondement ; à qualifier par un·e juriste. Questions à poser : {questions}",
            COMMITMENT.format(text=text), "L")


def _basis(law: Law, fc: FreeClause) -> tuple[list[str], list[str], str]:
    """(known ids, unknown as written, sentence) for the clause's « base_legale »."""
    known: list[str] = []
    unknown: list[str] = []
    for article in fc.legal_basis:
        found = known_article(law, article)
        (known if found else unknown).append(found or article)
    parts = []
    if known:
        parts.append("Base légale invoquée : " + " ; ".join(
            f"{a} ({law.provision(a).title} : {law.provision(a).summary})" for a in known) + ".")
    if unknown:
        parts.append("La base légale du moteur ne couvre pas " + ", ".join(unknown)
                     + " : à vérifier auprès d'un·e juriste.")
    if not fc.legal_basis:
        parts.append("La clause ne cite aucun article.")
    return known, unknown, " ".join(parts)


def check_free(ctx: LegalContext, fc: FreeClause) -> Finding:
    """One finding per free clause, id « legal.libre.<id> »."""
    verdict, articles, explanation, wording, reading = _nature(fc)
    known, unknown, basis = _basis(ctx.law, fc)
    cited = unique([*articles, *known])
    confidence = combine_confidence(ctx.law.confidence(*cited), reading,
                                    *(("L",) if unknown else ()))
    message = (f"{fc.title} (clause libre, {NATURE_FR[fc.nature]}) : {VERDICT_FR[verdict]}.\n"
               f"{explanation}\n{basis}")
    source = str(fc.source) if fc.source is not None else "pacte (clause libre sans source)"
    law_sections = ctx.law.source(*cited)
    return Finding(
        id=f"legal.libre.{fc.id}", clause=f"{KEY}.{fc.id}", kind="legal", verdict=verdict,
        severity=LEGAL_SEVERITY[verdict], articles=cited, message=message,
        suggested_wording=wording, confidence=confidence,
        source=source + (f" ; {law_sections}" if law_sections else ""),
        details={"nature": fc.nature, "texte": fc.text, "articles_connus": known,
                 "articles_inconnus": unknown,
                 "questions": list(QUESTIONS) if verdict == "a_verifier" else []},
        title=free_title(fc, unknown))

