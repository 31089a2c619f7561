"""Binômes d'élu·es and delegations: adjoint caps by council size, special and quartier
adjoints, portfolios fixed by the pact, committee chairs.

L2122-2 (30 % cap, rounded down), L2122-2-1 (10 % quartier adjoints, if quartier councils
exist), L2122-3 (adjoint spécial), L2122-18 (delegations are the mayor's arrêtés),
L2121-22 (the mayor chairs council committees by right). Source: LEGAL.md § 3, § 4, § 5, § 10.
"""

from __future__ import annotations

from engine.core.fr import number, percent_exact
from engine.model.pact import PairsClause, clause_key
from engine.procedures.commune import CapCheck, adjoint_caps
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding

KEY = clause_key(PairsClause)

PORTFOLIO_WORDING = (
    "« La tête de liste s'engage, si elle est élue maire, à proposer au conseil municipal de "
    "fixer le nombre d'adjoint·es dans la limite légale et à déléguer par arrêté les fonctions "
    "correspondant aux délégations du pacte (L2122-18) ; le maire peut retirer une délégation à "
    "tout moment, le conseil se prononçant alors sur le maintien de l'adjoint·e. »"
)


def _sizes(ctx: LegalContext) -> str:
    f = ctx.commune
    return " ou ".join(f"{s}" for s in f.seats_candidates)


def _arithmetic(pct: float, caps: dict[int, int]) -> str:
    return " ; ".join(f"{percent_exact(pct)} de {s} = {number(s * pct / 100, 1)} → {c}" for s, c in caps.items())


def cap_aspect(ctx: LegalContext, cap: CapCheck) -> Aspect:
    """L2122-2, judged by :func:`engine.procedures.commune.ordinary_adjoint_cap` (shared with
    the consistency check ``effectifs.adjoints``)."""
    f, law = ctx.commune, ctx.law
    ordinary = cap.count
    arithmetic = _arithmetic(law.float_number("L2122-2", "plafond_pct"), cap.caps)
    details = {"adjoints_ordinaires": ordinary, "plafonds": {str(s): c for s, c in cap.caps.items()},
               "effectifs_possibles": list(f.seats_candidates), "plafond": cap.as_details()}
    wording = (f"« Le nombre d'adjoint·es est fixé par le conseil municipal dans la limite de "
               f"{law.float_number('L2122-2', 'plafond_pct'):g} % de son effectif légal, arrondie à "
               "l'entier inférieur (L2122-2). »")
    if cap.within:
        return Aspect("plafond", "Nombre d'adjoint·es", "conforme", ("L2122-2", "L2121-2"),
                      f"{ordinary} adjoint·es (maire exclu, hors adjoint·es spéciaux et de "
                      f"quartier) pour un conseil de {_sizes(ctx)} membres : plafond {arithmetic}.",
                      data_confidence=cap.confidence, details=details)
    if cap.within is False:
        return Aspect("plafond", "Nombre d'adjoint·es", "conflit", ("L2122-2", "L2121-2"),
                      f"{ordinary} adjoint·es dépassent le plafond légal ({arithmetic}).",
                      wording, cap.confidence, details,
                      title=(f"{ordinary} adjoint·es dépassent le plafond légal de "
                             f"{' ou '.join(str(v) for v in sorted(set(cap.caps.values())))}"))
    return Aspect("plafond", "Nombre d'adjoint·es", "a_verifier", ("L2122-2", "L2121-2"),
                  f"{ordinary} adjoint·es : plafond {arithmetic} ; l'effectif du conseil dépend de "
                  f"la population INSEE en vigueur (entre {number(f.population_low)} et "
                  f"{number(f.population_high)} habitants), à vérifier.", wording,
                  cap.confidence, details,
                  title=(f"{ordinary} adjoint·es : dans le plafond ou non selon la population, "
                         "à vérifier"))


QUARTIER_WORDING = (
    "« Des adjoint·es de quartier peuvent être désigné·es au-delà du plafond des adjoint·es, "
    "dans la limite de 10 % de l'effectif légal du conseil, si la commune compte 80 000 "
    "habitants ou plus, ou si, entre 20 000 et 79 999 habitants, elle crée des conseils de "
    "quartier (L2122-2-1, L2143-1). »")


def quartier_aspect(ctx: LegalContext, cap: CapCheck) -> Aspect | None:
    """L2122-2-1, judged by :func:`engine.procedures.commune.quartier_adjoint_cap` (shared
    with the consistency check ``effectifs.adjoints`` and the collegial executive)."""
    count = cap.count
    if count == 0:
        return None
    f, law = ctx.commune, ctx.law
    articles = ("L2122-2-1", "L2143-1")
    label = "Adjoint·es de quartier"
    details = {"adjoints_de_quartier": count, "plafonds": {str(s): c for s, c in cap.caps.items()},
               "regime_conseils_de_quartier": f.quartier_regime, "plafond": cap.as_details()}
    if f.quartier_regime == "non_applicable":
        return Aspect("adjoints_quartier", label, "conflit", articles,
                      f"{count} adjoint·es de quartier alors que la commune compte moins de 20 000 "
                      "habitants : le dépassement du plafond pour des adjoint·es de quartier n'est "
                      "pas ouvert.", QUARTIER_WORDING, cap.confidence, details,
                      title=(f"{count} adjoint·es de quartier dans une commune de moins de "
                             "20\u202f000 habitants : la loi ne le permet pas"))
    arithmetic = _arithmetic(law.float_number("L2122-2-1", "plafond_pct"), cap.caps)
    councils = ("obligatoires" if f.quartier_regime == "obligatoire" else
                "créés par le pacte" if f.creates_quartier_councils else "que le pacte ne crée pas")
    base = (f"{count} adjoint·es de quartier ; conseils de quartier {f.quartier_regime}s "
            f"({councils}), plafond au-delà des adjoint·es ordinaires : {arithmetic}.")
    if cap.within:
        return Aspect("adjoints_quartier", label, "conforme", articles, base,
                      data_confidence=cap.confidence, details=details)
    if cap.within is False:
        return Aspect("adjoints_quartier", label, "conflit", articles,
                      base + " Le nombre dépasse le plafond.", QUARTIER_WORDING, cap.confidence, details,
                      title=(f"{count} adjoint·es de quartier dépassent le plafond de "
                             f"{' ou '.join(str(v) for v in sorted(set(cap.caps.values())))}"))
    why = {
        "arrondi": " Le nombre n'est permis que si les 10 % s'arrondissent à l'entier supérieur : "
                   "l'arrondi n'est pas vérifié (confiance faible).",
        "effectif": " Le nombre n'est permis que pour certains effectifs du conseil : la population "
                    "INSEE en vigueur est à vérifier.",
        "conseils_de_quartier": f" Entre 20 000 et 79 999 habitants, des adjoint·es de quartier "
                                f"supposent des conseils de quartier : {f.name} "
                                f"({number(f.population)} habitants) doit en avoir créé, ce que "
                                "le pacte ne dit pas : à vérifier.",
    }[cap.uncertain_because or "arrondi"]
    return Aspect("adjoints_quartier", label, "a_verifier", articles, base + why,
                  QUARTIER_WORDING, cap.confidence, details,
                  title=f"{count} adjoint·es de quartier : permis ou non selon un point à vérifier")


def special_aspect(ctx: LegalContext, c: PairsClause, count: int) -> Aspect | None:
    if count == 0:
        return None
    f = ctx.commune
    names = [q.quartier for q in c.quartier_pairs if q.adjoint_kind == "special"]
    justified = [n for n in names if n in f.former_communes]
    missing = [n for n in names if n not in f.former_communes]
    wording = ("« Un poste d'adjoint·e spécial·e est créé par délibération motivée pour "
               f"{', '.join(missing or names)}, au vu de l'éloignement ou de l'obstacle qui rend les "
               "communications difficiles, ou de la fusion de communes (L2122-3). »")
    if not missing:
        return Aspect("adjoints_speciaux", "Adjoint·es spéciaux", "conforme", ("L2122-3",),
                      f"{count} adjoint·es spéciaux pour {', '.join(justified)}, anciennes "
                      "communes fusionnées selon le scénario : création possible par délibération "
                      "motivée (L2122-3) ; ils s'ajoutent aux adjoint·es ordinaires (pratique de la "
                      "commune, confiance moyenne).", data_confidence="M",
                      details={"quartiers": names})
    return Aspect("adjoints_speciaux", "Adjoint·es spéciaux", "a_verifier", ("L2122-3",),
                  f"Adjoint·es spéciaux prévus pour {', '.join(missing)} : la loi ne les permet "
                  "qu'en cas d'éloignement ou d'obstacle rendant les communications difficiles, ou "
                  "après une fusion de communes (L2122-3) ; le scénario ne dit pas que ces quartiers "
                  "sont d'anciennes communes.", wording, "M", {"quartiers": names},
                  title=(f"{count} adjoint·es spéciaux pour des quartiers qui ne sont pas "
                         "d'anciennes communes selon le scénario : à justifier"))


def portfolio_aspect(ctx: LegalContext, c: PairsClause) -> Aspect:
    return Aspect("delegations", "Délégations fixées par le pacte", "engagement_politique",
                  ("L2122-18", "L2122-1"),
                  f"Le pacte fixe {len(c.delegations)} délégations et {len(c.quartier_pairs)} "
                  "binômes de quartier : déléguer est un acte discrétionnaire du maire, par arrêté, "
                  "retirable à tout moment (L2122-18) ; le maire et les adjoint·es sont élu·es par "
                  "le conseil. Les délégations directes à des conseiller·es sont permises depuis "
                  "2019.", PORTFOLIO_WORDING,
                  title=(f"Les {len(c.delegations)} délégations du pacte restent des arrêtés du "
                         "maire, retirables à tout moment"))


def chair_aspect(ctx: LegalContext, c: PairsClause) -> Aspect | None:
    if not c.committee_chair_is_non_adjoint.at():
        return None
    return Aspect("presidence_commissions", "Présidence des commissions", "engagement_politique",
                  ("L2121-22", "L2143-2"),
                  "Le pacte fait présider chaque commission par l'élu·e non adjoint·e du binôme : "
                  "le maire préside de droit les commissions du conseil, qui élisent un·e "
                  "vice-président·e (L2121-22) ; un comité consultatif est présidé par un·e "
                  "conseiller·e que le maire désigne (L2143-2).",
                  "« Le maire s'engage à proposer que l'élu·e non adjoint·e de chaque binôme soit "
                  "élu·e vice-président·e de la commission correspondante (L2121-22), ou à le ou la "
                  "désigner pour présider le comité consultatif correspondant (L2143-2). »")


def check(ctx: LegalContext, c: PairsClause):
    caps = adjoint_caps(ctx.pact, ctx.commune, ctx.law)
    assert caps is not None
    aspects = [portfolio_aspect(ctx, c), cap_aspect(ctx, caps.ordinary)]
    for extra in (quartier_aspect(ctx, caps.quartier),
                  special_aspect(ctx, c, caps.special), chair_aspect(ctx, c)):
        if extra is not None:
            aspects.append(extra)
    return clause_finding(ctx, KEY, c, aspects)
