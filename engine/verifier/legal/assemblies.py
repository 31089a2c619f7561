"""Bodies drawn by lot (« assemblees_tirees_au_sort »).

A consultative body is lawful as a comité consultatif (L2143-2), whose members may be
non-councillors, or as a non-binding association of the public (CRPA L131-1). Co-decision
conflicts with the law: the council settles the commune's affairs (L2121-29) and cannot
hand its competence to a non-elected body; a citizen council with decision powers conflicts
(LEGAL.md § 12.5 and the summary table: « Citizen / quartier council with decision or budget
powers — conflicts with the law », L2143-1, L2143-2).
"""

from __future__ import annotations

from engine.core.fr import number
from engine.model.pact import Assembly, item_key
from engine.procedures.assemblies import renewals
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding

POWERS_FR = {"avis": "rendre des avis", "initiative": "proposer", "saisine_du_conseil":
             "saisir le conseil municipal", "audit": "auditer", "codecision": "codécider"}
CONSULTATIVE_WORDING = (
    "« Le conseil municipal crée un comité consultatif (L2143-2) de {n} habitant·es tiré·es au "
    "sort, présidé par un·e conseiller·e désigné·e par le maire ; il rend des avis et fait des "
    "propositions que le conseil municipal examine ; le conseil municipal reste seul compétent "
    "pour décider. »")


def status_aspect(a: Assembly) -> Aspect:
    """Consultative (lawful) or co-deciding (conflict)."""
    powers = a.powers.at()
    listed = ", ".join(POWERS_FR[p] for p in powers) or "aucun pouvoir déclaré"
    n = a.members.at()
    if "codecision" in powers:
        return Aspect("pouvoirs", "Pouvoirs de l'assemblée", "conflit",
                      ("L2121-29", "L2143-2", "L2143-1"),
                      f"L'assemblée de {n} membres tiré·es au sort pourrait {listed} : le conseil "
                      "municipal règle seul les affaires de la commune (L2121-29) et ne peut pas "
                      "déléguer sa compétence à un organe non élu ; un comité consultatif "
                      "(L2143-2) ne fait que des avis et des propositions.",
                      CONSULTATIVE_WORDING.format(n=n),
                      title=(f"L'assemblée de {n} membres tirés au sort codéciderait : seul le "
                             "conseil élu décide"))
    return Aspect("pouvoirs", "Pouvoirs de l'assemblée", "conforme", ("L2143-2", "CRPA-L131-1"),
                  f"Assemblée consultative de {n} membres tiré·es au sort ({listed}) : licite "
                  "comme comité consultatif (L2143-2), dont les membres peuvent être "
                  "extérieurs au conseil, ou comme association du public (CRPA L131-1).")


def term_aspect(ctx: LegalContext, a: Assembly) -> Aspect:
    """A comité consultatif lasts at most the council's term (L2143-2)."""
    days = renewals(a, ctx.scenario)
    if a.renewal_months is None:
        return Aspect("duree", "Durée", "conforme", ("L2143-2",),
                      "Sans renouvellement : l'assemblée dure au plus le mandat (L2143-2).")
    return Aspect("duree", "Durée", "conforme", ("L2143-2",),
                  f"Tirée au sort en début de mandat puis renouvelée tous les "
                  f"{a.renewal_months.at()} mois ({number(len(days))} renouvellement"
                  f"{'s' if len(days) > 1 else ''}, {number(len(days) + 1)} tirages en tout) : "
                  "chaque comité dure au plus le mandat (L2143-2).",
                  details={"renouvellements": [d.isoformat() for d in days]})


def check_assembly(ctx: LegalContext, a: Assembly) -> Finding:
    """The finding of one body drawn by lot, id « legal.assemblees_tirees_au_sort.<id> »."""
    return clause_finding(ctx, item_key(a), a, [status_aspect(a), term_aspect(ctx, a)])

