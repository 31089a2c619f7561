"""Staffing: the distinct elected people the pact's pairs and delegations need, against the
council size (L2121-2) and the seats the winning list obtains (code électoral L262), and the
adjoints needed against the legal caps (L2122-2, L2122-2-1, L2122-3)."""

from __future__ import annotations

from engine.core.fr import number
from engine.procedures.commune import adjoint_caps
from engine.procedures.pairs import executive_needs, pair_counts
from engine.procedures.seats import winning_list_seats
from engine.verifier.consistency.base import consistency
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import LegalContext


def share_fr(value: float) -> str:
    """45.0 → « 45 » ; 53.13 → « 53,13 »."""
    return f"{round(value, 2):g}".replace(".", ",")


def _winner(ctx: LegalContext) -> tuple[float | None, dict[int, int], str]:
    """Seats of the winning list for each possible council size, and the arithmetic."""
    share = ctx.scenario.winning_list_vote_share_pct
    if share is None:
        return None, {}, ""
    pct = share.at()
    out: dict[int, int] = {}
    texts = []
    for size in ctx.commune.seats_candidates:
        w = winning_list_seats(size, pct, ctx.law)
        out[size] = w.seats
        texts.append(f"sur {size} sièges, prime de {w.bonus} (la moitié arrondie au-dessus) + "
                     f"{w.proportional} des {w.remaining} autres à la plus forte moyenne "
                     f"({share_fr(pct)} % contre {share_fr(w.opposition_pct)} %) = {w.seats} sièges")
    return pct, out, " ; ".join(texts)


def people(ctx: LegalContext) -> Finding | None:
    f = ctx.commune
    counts = pair_counts(ctx.pact)
    execu = executive_needs(ctx.pact, len(f.quartiers), len(f.former_communes))
    if counts is None and execu is None:
        return None
    pct, winner, arithmetic = _winner(ctx)
    sizes = " ou ".join(str(s) for s in f.seats_candidates)
    if counts is not None:
        need_min = need_max = counts.people
        expr = f"{counts.expression()} = {counts.people}"
        clause = "binomes"
        head = f"Le pacte mobilise {expr} élu·es distinct·es (binômes et délégations)."
    else:
        assert execu is not None
        need_min, need_max = execu.people_min, execu.people_max
        expr = (f"{execu.executive} + {execu.groups}×{execu.group_min} = {need_min} à "
                f"{execu.executive} + {execu.groups}×{execu.group_max} = {need_max}")
        clause = "executif"
        head = (f"Le pacte mobilise {expr} élu·es (binôme exécutif et {execu.groups} groupes de "
                f"{execu.group_min} à {execu.group_max} élu·es"
                + ("" if execu.groups_known else ", nombre de groupes pris égal aux postes "
                   "d'adjoint·es transversaux faute d'être fixé") + ").")
    msg = head + f" Le conseil compte {sizes} sièges (L2121-2)."
    if winner:
        msg += f" Avec {share_fr(pct or 0)} % des suffrages exprimés, la liste gagnante obtient au moins : {arithmetic} (L262)."
    over_council = [s for s in f.seats_candidates if need_min > s]
    limit = {s: winner.get(s, s) for s in f.seats_candidates}
    infeasible = [s for s in f.seats_candidates if need_min > limit[s]]
    maybe = [s for s in f.seats_candidates if need_max > limit[s]]
    if over_council:
        msg += (f" Plus d'élu·es que de sièges au conseil de "
                f"{' ou '.join(map(str, over_council))} membres : impossible.")
    short = [s for s in infeasible if s in winner and s not in over_council]
    if short:
        msg += (" La liste gagnante n'a pas assez d'élu·es : il en manque "
                + ", ".join(f"{need_min - winner[s]} (conseil de {s})" for s in short)
                + " si l'opposition est unie, à prendre dans l'opposition ou à économiser.")
    if infeasible and len(infeasible) == len(f.seats_candidates):
        verdict, severity = "incoherent", "error" if over_council else "warning"
    elif infeasible or maybe:
        verdict, severity = "a_verifier", "warning"
        if not infeasible:
            msg += (f" Selon la taille des groupes, jusqu'à {need_max} élu·es : plus que les "
                    "sièges de la liste gagnante.")
        else:
            msg += " Tout dépend de l'effectif légal du conseil, à vérifier."
    elif winner:
        verdict, severity = "coherent", "info"
        msg += " Les élu·es de la liste gagnante suffisent."
    else:
        verdict, severity = "a_verifier", "warning"
        msg += " Le scénario ne donne pas le score de la liste gagnante : comparaison au seul effectif du conseil."
    wording = None
    if verdict == "incoherent":
        wording = ("Réduire le nombre de délégations ou confier deux rôles à une même personne "
                   "(par exemple un·e adjoint·e de quartier titulaire aussi d'une délégation), "
                   f"pour rester sous {min(winner.values()) if winner else min(f.seats_candidates)} élu·es.")
    return consistency(
        ctx, "effectifs.elus", clause, verdict, severity, ("L2121-2", "Celec-L262"), msg,
        {"elus_necessaires_min": need_min, "elus_necessaires_max": need_max, "calcul": expr,
         "sieges_conseil": list(f.seats_candidates),
         "sieges_liste_gagnante": {str(s): w for s, w in winner.items()},
         "score_liste_gagnante_pct": pct},
        title=_people_title(verdict, need_min, need_max, limit, bool(winner)),
        data_confidence=f.population_confidence if not f.seats_certain else "H", wording=wording)


def _people_title(verdict: str, need_min: int, need_max: int, limit: dict[int, int],
                  winner: bool) -> str:
    """The title of :func:`people`: the elected people needed against the seats available."""
    need = f"{need_min}" if need_min == need_max else f"{need_min} à {need_max}"
    seats = " ou ".join(str(v) for v in sorted(set(limit.values())))
    where = "de la liste gagnante" if winner else "du conseil"
    if verdict == "incoherent":
        return f"Le pacte mobilise {need} élu·es, plus que les {seats} sièges {where}"
    if verdict == "coherent":
        return f"Les {seats} sièges de la liste gagnante suffisent aux {need} élu·es du pacte"
    if not winner:
        return (f"Le pacte mobilise {need} élu·es ; sans le score de la liste gagnante, seul le "
                f"conseil de {seats} sièges sert de comparaison")
    return f"Le pacte mobilise {need} élu·es : selon les cas, plus que les {seats} sièges {where}"


def adjoints(ctx: LegalContext) -> Finding | None:
    """The adjoints the pact needs against both caps, as judged by
    :func:`engine.procedures.commune.adjoint_caps` — the same checks as the legal aspects
    « plafond » and « adjoints_quartier », hence the same standing and confidence."""
    f = ctx.commune
    caps = adjoint_caps(ctx.pact, f, ctx.law)
    if caps is None:
        return None
    o, q = caps.ordinary, caps.quartier
    ordinary, special, quartier = o.count, caps.special, q.count
    qcaps = q.caps if q.allowed or q.uncertain_because == "conseils_de_quartier" else {s: 0 for s in o.caps}
    total = ordinary + special + quartier
    rows = [f"conseil de {s} : au plus {o.caps[s]} adjoint·es + {qcaps[s]} de quartier"
            for s in f.seats_candidates]
    msg = (f"Le pacte demande {total} adjoint·es : {ordinary} ordinaires (1er adjoint·e compris), "
           f"{special} spéciaux (L2122-3, en sus) et {quartier} de quartier (L2122-2-1). Plafonds : "
           + " ; ".join(rows) + ".")
    if quartier and not f.quartier_adjoints_allowed:
        msg += (" Pas d'adjoint·es de quartier sans conseils de quartier dans une commune de "
                f"{number(f.population)} habitants (L2122-2-1, L2143-1)"
                + (" : le pacte n'en crée pas, le plafond de 10 % suppose que la commune en ait "
                   "déjà." if q.uncertain_because == "conseils_de_quartier" else "."))
    within = caps.within
    if within is False:
        verdict, severity = "incoherent", "error"
        msg += " Le pacte dépasse les plafonds légaux."
    elif within is None:
        verdict, severity = "a_verifier", "warning"
        msg += " " + " ".join(UNCERTAIN_FR[c.uncertain_because] for c in (o, q)
                              if c.within is None and c.uncertain_because)
    else:
        verdict, severity = "coherent", "info"
        msg += " Dans les plafonds."
    return consistency(
        ctx, "effectifs.adjoints", caps.clause, verdict, severity, ("L2122-2", "L2122-2-1", "L2122-3"),
        msg, {"adjoints_total": total, "ordinaires": ordinary, "speciaux": special,
              "de_quartier": quartier, "plafonds": {str(s): c for s, c in o.caps.items()},
              "plafonds_quartier": {str(s): c for s, c in qcaps.items()},
              "plafond": o.as_details(), "plafond_quartier": q.as_details()},
        title=(f"Le pacte demande {total} adjoint·es, au-delà des plafonds légaux"
               if verdict == "incoherent" else
               f"Le pacte demande {total} adjoint·es : dans les plafonds ou non selon un point "
               "à vérifier" if verdict == "a_verifier" else
               f"Les {total} adjoint·es demandés restent dans les plafonds légaux"),
        data_confidence=caps.confidence)


UNCERTAIN_FR = {
    "effectif": "Dépassement selon l'effectif légal du conseil, qui dépend de la population : à vérifier.",
    "arrondi": ("Permis seulement si les 10 % de L2122-2-1 s'arrondissent à l'entier supérieur : "
                "l'arrondi n'est pas vérifié (confiance faible)."),
    "conseils_de_quartier": "Dans les plafonds si la commune a déjà des conseils de quartier : à vérifier.",
    "electorat": "Selon l'électorat exact : à vérifier.",
}


def check(ctx: LegalContext) -> list[Finding]:
    return [x for x in (people(ctx), adjoints(ctx)) if x is not None]
