"""The mayor's powers and the mandat impératif in the power graph.

Clause « pouvoirs_du_maire » : the council delegates items of L2122-22 to the mayor by
deliberation (binding, revocable at any time) and hears the mayor's report on them at each
session (L2122-23: an edge mayor → council); building permits stay the mayor's own (code de l'urbanisme L422-1): a
quartier council's opinion or a council debate on them is an opinion the mayor may ignore.
Clause « engagements » : the auditing body judges each pair's objectives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from engine.core.fr import euros, number
from engine.powers.law_edges import LEGAL_COUNCIL

if TYPE_CHECKING:  # pragma: no cover
    from engine.powers.builder import GraphBuilder

PERMITS = "permis_de_construire"


def add_mayor_powers(b: GraphBuilder) -> None:
    """Clause « pouvoirs_du_maire » : délégations du conseil au maire (L2122-22), compte rendu
    à chaque séance (L2122-23), permis de construire (L422-1 du code de l'urbanisme)."""
    mp = b.pact.mayor_powers
    if mp is None:
        return
    granted = b.read(mp, mp.granted)
    items = ("aucun alinéa" if granted.value == "aucune" else
             "tous les alinéas" if granted.value == "toutes" else
             "les alinéas " + ", ".join(f"{n}°" for n in granted.value))
    b.grant("conseil_municipal", "maire", "decide",
            f"délègue au maire {items} de L2122-22 et peut y mettre fin à tout moment",
            granted, force="droit")
    if granted.value != "aucune":
        # Reporting is information, not an audit by a citizen body: « conseille », so the
        # accountability analysis (engine.powers.analysis) does not count it as one.
        b.law("maire", "conseil_municipal", "conseille",
              "rend compte à chaque séance des décisions prises par délégation",
              ("L2122-23",), LEGAL_COUNCIL)
    _add_promises(b)
    opinion, debate = mp.permit_quartier_opinion, mp.permit_council_deliberation
    if (opinion is None or not b.value(opinion)) and (debate is None or not b.value(debate)):
        return
    b.clause_body(PERMITS, "Permis de construire (délivrés par le maire)", "decision", mp)
    b.law("maire", PERMITS, "decide", "délivre les permis au nom de la commune", ("CU-L422-1",),
          "code de l'urbanisme L422-1 (base de droit de Pacte, confiance faible)")
    if opinion is not None and b.value(opinion) and "conseils_de_quartier" in b.graph.bodies:
        b.grant("conseils_de_quartier", "maire", "conseille",
                "avis du conseil de quartier avant chaque permis", b.read(mp, opinion), force="avis")
    if debate is not None and b.value(debate):
        b.grant("conseil_municipal", "maire", "conseille",
                "délibère sur chaque projet de permis (un vœu : le maire reste compétent)",
                b.read(mp, debate), force="avis")


def _add_promises(b: GraphBuilder) -> None:
    """The mayor's own promises: acts beyond current business, or beyond a cap, go to the
    council; functions delegated to every pair (L2122-18) — political commitments; a cap on
    procurement written in the delegation binds (L2122-22)."""
    mp = b.pact.mayor_powers
    assert mp is not None
    promises = ((mp.current_business_only, "soumet au conseil tout acte hors gestion courante"),
                (mp.urgent_only, "ne prend d'arrêté délégué que pour ce qui ne peut attendre "
                                 "le conseil, le reste lui est soumis"))
    for param, label in promises:
        if param is not None and b.value(param):
            b.grant("maire", "conseil_municipal", "propose", label, b.read(mp, param))
    if mp.signature_cap_eur is not None:
        b.grant("maire", "conseil_municipal", "propose",
                f"soumet au conseil tout acte au-delà de {euros(b.value(mp.signature_cap_eur))}",
                b.read(mp, mp.signature_cap_eur))
    if mp.procurement_cap_eur is not None:
        b.grant("maire", "conseil_municipal", "propose",
                f"soumet au conseil les marchés au-delà de {euros(b.value(mp.procurement_cap_eur))}",
                b.read(mp, mp.procurement_cap_eur), force="droit")
    pairs = mp.functions_to_pairs
    if pairs is not None and b.value(pairs) and "binomes" in b.graph.bodies:
        b.grant("maire", "binomes", "nomme", "s'engage à déléguer ses fonctions par arrêté à "
                "chaque binôme", b.read(mp, pairs))


def add_commitments(b: GraphBuilder) -> None:
    """Clause « engagements » : l'instance qui audite juge les objectifs de chaque binôme."""
    c = b.pact.commitments
    if c is None:
        return
    auditor = b.value(c.auditor)
    if auditor not in b.graph.bodies:
        return
    low, high = b.value(c.objectives_min), b.value(c.objectives_max)
    b.grant(auditor, "binomes", "audite",
            f"juge les {number(low)} à {number(high)} objectifs du mandat impératif de chaque "
            "binôme", b.read(c, c.objectives_min), force="avis")
