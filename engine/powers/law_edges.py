"""What the CGCT gives whatever the pact says: the bodies of every commune and their powers.

Electors elect the council (Code électoral L227), the council elects the mayor and adjoints
(L2122-4, L2122-7) and settles the commune's affairs (L2121-29), the mayor delegates
(L2122-18), holds police powers (L2212-1) and sets the agenda (L2121-10), the préfet and the
administrative court control legality (L2131-6). Each power cites the section of LEGAL.md
that explains its articles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from engine.powers.graph import CITIZENS, ELECTORS

if TYPE_CHECKING:  # pragma: no cover
    from engine.powers.builder import GraphBuilder

#: sections of LEGAL.md cited by the powers the law gives
LEGAL_MAYOR = "LEGAL.md § 3. Mayor and adjoints"
LEGAL_DELEGATIONS = "LEGAL.md § 4. Delegations, and why citizens cannot recall officials"
LEGAL_COUNCIL = "LEGAL.md § 5. How the council works"
LEGAL_LEGALITY = "LEGAL.md § 6. When acts take effect, legality review, and appeal deadlines"
LEGAL_MAYOR_POWERS = "LEGAL.md § 7. The mayor's own powers and limits on holding several mandates"
LEGAL_REFERENDUM = "LEGAL.md § 1. Local decisional referendum (LO1112-1 to LO1112-14)"
LEGAL_CONSULTATION = "LEGAL.md § 2. Consultation of electors (L1112-15 to L1112-22)"
LEGAL_BUDGETS = "LEGAL.md § 8. Participatory budgets and quartier budgets"


def add_law_bodies(b: GraphBuilder) -> None:
    """Ajoute les organes que toute commune a selon le CGCT : citoyen·nes, conseil municipal,
    maire, adjoint·es (L2122-2), services, préfet, tribunal administratif, référendum local
    (LO1112-1), consultation des électeurs (L1112-15) et les décisions qu'ils prennent. Les
    habitant·es et les électeur·rices inscrit·es sont deux organes : seul·es les second·es
    élisent le conseil (L227 du code électoral) et signent la pétition légale (L1112-16)."""
    b.body(ELECTORS, "Électeur·rices inscrit·es", "citoyens")
    b.body(CITIZENS, "Habitant·es", "citoyens")
    b.body("conseil_municipal", "Conseil municipal", "elus")
    b.body("maire", "Maire", "executif")
    b.body("binomes", "Adjoint·es et conseiller·es délégué·es", "elus")
    b.body("dgs_dircab", "DGS et direction de cabinet", "services")
    b.body("prefet", "Préfet", "etat")
    b.body("tribunal_administratif", "Tribunal administratif", "justice")
    b.body("referendum_local", "Référendum local (à l'initiative du conseil)", "scrutin")
    b.body("consultation_locale", "Consultation des électeurs (avis)", "scrutin")
    b.body("deliberations", "Délibérations du conseil municipal", "decision")
    b.body("budget", "Budget et investissements", "decision")
    b.body("ordre_du_jour", "Ordre du jour du conseil municipal", "decision")
    b.body("police", "Police municipale (arrêtés du maire)", "decision")
    b.body("delegations", "Délégations de fonctions aux élu·es", "decision")


def add_law_powers(b: GraphBuilder) -> None:
    """Ajoute les pouvoirs que le CGCT donne quel que soit le pacte : élection du conseil
    (L227) puis du maire et des adjoint·es (L2122-4, L2122-7), délégations du maire
    (L2122-18), délibérations (L2121-29), budget (L2311-1, L2312-1), ordre du jour
    (L2121-10), police (L2212-1), pétition d'un dixième des électeurs (L1112-16),
    référendum local (LO1112-1 à LO1112-7), consultation (L1112-15 à L1112-20), contrôle de
    légalité et recours (L2131-6, R421-1, CJA L521-1)."""
    b.law(ELECTORS, "conseil_municipal", "nomme", "élisent le conseil municipal pour 6 ans",
          ("L227",), LEGAL_DELEGATIONS)
    b.law("conseil_municipal", "maire", "nomme", "élit le maire (scrutin secret)",
          ("L2122-4", "L2122-7"), LEGAL_MAYOR)
    b.law("conseil_municipal", "binomes", "nomme", "élit les adjoint·es (liste paritaire)",
          ("L2122-2", "L2122-7-2"), LEGAL_MAYOR)
    b.law("maire", "binomes", "nomme", "délègue ses fonctions par arrêté et peut les retirer",
          ("L2122-18",), LEGAL_DELEGATIONS)
    b.law("maire", "delegations", "decide", "attribue et retire seul les délégations",
          ("L2122-18",), LEGAL_DELEGATIONS)
    b.law("conseil_municipal", "deliberations", "decide", "règle les affaires de la commune",
          ("L2121-29",), LEGAL_COUNCIL)
    b.law("maire", "budget", "propose", "propose le budget", ("L2312-1",), LEGAL_BUDGETS)
    b.law("conseil_municipal", "budget", "decide", "vote le budget chaque année",
          ("L2311-1", "L2312-1"), LEGAL_BUDGETS)
    b.law("maire", "ordre_du_jour", "decide", "convoque le conseil et fixe l'ordre du jour",
          ("L2121-10",), LEGAL_COUNCIL)
    b.law("maire", "police", "decide", "détient seul les pouvoirs de police",
          ("L2212-1", "L2212-2", "L2122-24"), LEGAL_MAYOR_POWERS)
    b.law("maire", "dgs_dircab", "nomme", "choisit la direction générale et le cabinet, "
          "leur délègue sa signature", ("L2122-19",), LEGAL_DELEGATIONS)
    b.law(ELECTORS, "conseil_municipal", "propose",
          "pétition d'1/10 des électeurs : demande d'inscription à l'ordre du jour, le conseil "
          "reste libre", ("L1112-16",), LEGAL_CONSULTATION)
    b.law("conseil_municipal", "referendum_local", "declenche",
          "soumet un projet de délibération à référendum", ("LO1112-1", "LO1112-3"),
          LEGAL_REFERENDUM)
    b.law("referendum_local", "deliberations", "decide",
          "adopté si la moitié des inscrits vote et la majorité approuve", ("LO1112-7",),
          LEGAL_REFERENDUM)
    b.law("conseil_municipal", "consultation_locale", "declenche",
          "organise une consultation des électeurs", ("L1112-15", "L1112-17"),
          LEGAL_CONSULTATION)
    b.law("consultation_locale", "conseil_municipal", "conseille",
          "le résultat n'est qu'un avis, le conseil décide", ("L1112-17", "L1112-20"),
          LEGAL_CONSULTATION, force="avis")
    b.law("prefet", "conseil_municipal", "controle_legalite",
          "défère les délibérations illégales au tribunal (2 mois)", ("L2131-6",),
          LEGAL_LEGALITY)
    b.law("prefet", "maire", "controle_legalite", "défère les arrêtés illégaux au tribunal",
          ("L2131-6", "L2215-1"), LEGAL_LEGALITY)
    b.law("prefet", "tribunal_administratif", "declenche", "saisit le tribunal (déféré)",
          ("L2131-6",), LEGAL_LEGALITY)
    b.law(CITIZENS, "tribunal_administratif", "declenche",
          "toute personne intéressée : recours en annulation dans les 2 mois, référé-suspension", ("R421-1", "CJA-L521-1"),
          LEGAL_LEGALITY)
    b.law("tribunal_administratif", "conseil_municipal", "controle_legalite",
          "annule ou suspend les délibérations illégales", ("L2131-6", "CJA-L521-1"),
          LEGAL_LEGALITY)
    b.law("tribunal_administratif", "maire", "controle_legalite",
          "annule ou suspend les arrêtés illégaux", ("L2131-6", "CJA-L521-1"), LEGAL_LEGALITY)
