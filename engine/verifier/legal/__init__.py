"""Legal checks: every clause of a pact against the CGCT provisions of ``rules/cgct``.

Each clause is classified from its type and parameters (never from words in its
description) as ``conforme``, ``engagement_politique``, ``conflit`` or ``a_verifier``;
population-dependent rules use the scenario's commune. :func:`check_legal` is pure.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from engine.core.fr import number, plural
from engine.io.law import load_law
from engine.model.law import Law
from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.procedures.commune import commune_facts
from engine.verifier.findings import Finding
from engine.verifier.legal import (
    abrogation,
    assemblies,
    citizen_council,
    collegial,
    commitments,
    council,
    free,
    mayor_powers,
    pairs,
    participation,
    petition,
    planning,
    referendum,
    revocation,
    rotation,
    staff,
    votes_family,
)
from engine.verifier.legal import ethics as ethics_check
from engine.verifier.legal import interpellation as interpellation_check
from engine.verifier.legal import participatory_budget as budget_participatif_check
from engine.verifier.legal import transparency as transparency_check
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding

Checker = Callable[[LegalContext, Any], Finding]

CHECKERS: dict[str, Checker] = {
    "votation_propositionnelle": petition.check,
    "votation_abrogatoire": abrogation.check,
    "referendum_municipal": referendum.check,
    "conseil_citoyen": citizen_council.check,
    "consultation_revocation": revocation.check,
    "binomes": pairs.check,
    "rotation": rotation.check,
    "bureau_executif": council.check_bureau,
    "commissions": council.check_committees,
    "conseil_municipal": council.check_council,
    "conventions_citoyennes": participation.check_conventions,
    "conseils_de_quartier": participation.check_quartiers,
    "ppi": planning.check_ppi,
    "pluihd": planning.check_pluihd,
    "audit_dircab_dgs": staff.check_staff_audit,
    "direction_pouvoir_citoyen": staff.check_dpc,
    "executif": collegial.check_executive,
    "collegialite": collegial.check_collegiality,
    # list families: each item is checked by the checker of its list's key (list_findings)
    "clauses_libres": free.check_free,
    "votations": votes_family.check_vote,
    "assemblees_tirees_au_sort": assemblies.check_assembly,
    "engagements": commitments.check,
    "pouvoirs_du_maire": mayor_powers.check,
    "budget_participatif": budget_participatif_check.check,
    "interpellation": interpellation_check.check,
    "transparence": transparency_check.check,
    "charte_ethique": ethics_check.check,
}


def list_findings(ctx: LegalContext) -> list[Finding]:
    """The list families (issue 9): one finding for each item of « clauses_libres »,
    « votations » and « assemblees_tirees_au_sort », by the checker of its list's key."""
    out: list[Finding] = []
    for name, field in Pact.model_fields.items():
        items = getattr(ctx.pact, name)
        if isinstance(items, list) and field.alias in CHECKERS:
            out += [CHECKERS[field.alias](ctx, item) for item in items]
    return out


def _cost_clause(ctx: LegalContext, clause: Any) -> Finding:
    """A cost table is an estimate: only the yearly budget vote commits money."""
    return clause_finding(ctx, "couts", clause, [Aspect(
        "budget", "Estimation des coûts", "engagement_politique", ("L2311-1", "L2312-1", "LO1112-5", "L1112-19"),
        "Les montants du pacte sont une estimation : chaque dépense n'existe que par le vote "
        "annuel du budget (L2311-1, L2312-1) ; les frais des référendums et consultations sont "
        "des dépenses obligatoires une fois le scrutin décidé (LO1112-5, L1112-19).",
        "« La majorité s'engage à inscrire chaque année au budget les crédits nécessaires au "
        "pacte, estimés à titre indicatif dans le tableau des coûts. »",
        title=("Le tableau des coûts n'est qu'une estimation : seul le budget voté chaque année "
               "engage la dépense"))])


def _unknown_clause(ctx: LegalContext, key: str, clause: Any) -> Finding:
    return clause_finding(ctx, key, clause, [Aspect(
        "inconnue", "Clause sans vérification", "a_verifier", (),
        "Le vérificateur ne connaît pas encore ce type de clause : à qualifier par un·e juriste.",
        "À rédiger après qualification juridique (acte d'un organe compétent, ou engagement "
        "politique).", "L",
        title="Le vérificateur ne connaît pas ce type de clause : elle est à qualifier par un·e juriste")])


def commune_findings(ctx: LegalContext) -> list[Finding]:
    """The commune's legal figures (council size, adjoint caps, notice, petition threshold),
    flagged ``a_verifier`` when they rest on an uncertain population or electorate."""
    f, law = ctx.commune, ctx.law
    out: list[Finding] = []
    caps = f.adjoint_caps(law)
    sizes = " ou ".join(str(s) for s in f.seats_candidates)
    regime = {"obligatoire": "obligatoires", "facultatif": "facultatifs",
              "non_applicable": "non applicables (comités consultatifs L2143-2)"}[f.quartier_regime]
    facts = (f"{f.name} : {number(f.population)} habitants (population municipale), conseil de "
             f"{f.seats} membres (L2121-2), au plus {caps[f.seats]} adjoint·es (30 % arrondi à "
             f"l'inférieur, L2122-2), convocation {f.clear_days} jours francs "
             f"({f.clear_days_article}), conseils de quartier {regime} (L2143-1), "
             + ("élection des adjoint·es sur liste alternée (L2122-7-2)." if f.list_vote else
                "adjoint·es élu·es un par un (L2122-7-1)."))
    uncertain = not f.seats_certain
    if uncertain:
        alt = " ; ".join(f"{s} membres → {caps[s]} adjoint·es au plus" for s in f.seats_candidates)
        facts += (f" La population INSEE en vigueur n'est pas établie (entre "
                  f"{number(f.population_low)} et {number(f.population_high)}) : effectif de "
                  f"{sizes} membres selon le chiffre ({alt}).")
    out.append(Finding(
        id="legal.commune.effectif",
        clause="commune",
        kind="legal",
        verdict="a_verifier" if uncertain else "conforme",
        severity="warning" if uncertain else "info",
        articles=("L2121-2", "L2122-2", f.clear_days_article, "L2143-1", "CE-446038"),
        message=facts,
        suggested_wording=("Vérifier la population municipale authentifiée par l'INSEE en vigueur "
                           "au 1er janvier 2026 (hors population comptée à part, CE n° 446038) "
                           "avant de fixer le nombre d'adjoint·es." if uncertain else None),
        confidence=f.population_confidence,
        source=law.source("L2121-2", "L2122-2"),
        title=(f"L'effectif du conseil dépend d'une population non établie : {sizes} membres, "
               f"au plus {' ou '.join(str(caps[s]) for s in f.seats_candidates)} adjoint·es"
               if uncertain else
               f"Conseil de {f.seats} membres, au plus {plural(caps[f.seats], 'adjoint·e', 'adjoint·es')} "
               f"pour {number(f.population)} habitants"),
        details={"population": f.population, "population_min": f.population_low,
                 "population_max": f.population_high, "effectifs_possibles": list(f.seats_candidates),
                 "plafonds_adjoints": {str(s): c for s, c in caps.items()},
                 "jours_francs": f.clear_days, "conseils_de_quartier": f.quartier_regime},
    ))
    if f.electors_confidence != "H" or f.electors_low != f.electors_high:
        span = (f" (entre {number(f.electors_low)} et {number(f.electors_high)})"
                if f.electors_low != f.electors_high else "")
        rng = (f", entre {number(f.legal_signatures_low)} et {number(f.legal_signatures_high)}"
               if f.legal_signatures_low != f.legal_signatures_high else "")
        out.append(Finding(
            id="legal.commune.electeurs",
            clause="commune",
            kind="legal",
            verdict="a_verifier",
            severity="warning",
            articles=("L1112-16",),
            message=(f"Électorat de {f.name} non vérifié : {number(f.electors)} électeurs inscrits "
                     f"retenus{span}, confiance {f.electors_confidence}. La pétition légale "
                     f"(un dixième, L1112-16) demande {number(f.legal_signatures)} signatures{rng}."),
            suggested_wording="Vérifier le nombre d'électeurs inscrits (listes générale et "
                              "complémentaires) auprès de la mairie avant de chiffrer les seuils.",
            confidence=f.electors_confidence,
            source=law.source("L1112-16"),
            title=(f"Électorat non vérifié : {number(f.electors)} électeurs inscrits retenus, "
                   f"soit {number(f.legal_signatures)} signatures pour la pétition légale"),
            details={"electeurs": f.electors, "electeurs_min": f.electors_low,
                     "electeurs_max": f.electors_high, "signatures_1_10": f.legal_signatures},
        ))
    return out


def legal_context(pact: Pact, scenario: Scenario, law: Law | None = None) -> LegalContext:
    law = law or load_law()
    return LegalContext(pact, scenario, law, commune_facts(scenario, pact, law))


def check_legal(pact: Pact, scenario: Scenario, law: Law | None = None) -> list[Finding]:
    """One legal finding per clause of the pact, plus the commune's legal figures."""
    ctx = legal_context(pact, scenario, law)
    findings = commune_findings(ctx)
    for key, clause in pact.clauses().items():
        if key in CHECKERS:
            findings.append(CHECKERS[key](ctx, clause))
        elif key == "couts":
            findings.append(_cost_clause(ctx, clause))
        else:
            findings.append(_unknown_clause(ctx, key, clause))
    findings.extend(list_findings(ctx))
    return findings
