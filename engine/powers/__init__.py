"""The organisation of powers of a pact, as a directed graph of bodies and typed edges.

The graph is built from the pact's clauses (present or absent, and their parameters) on top
of what the CGCT always gives: electors elect the council, the council elects the mayor and
adjoints and settles the commune's affairs, the mayor holds police powers and sets the
council's agenda, the préfet and the administrative court control legality. Every edge cites
the pact clause (and parameter) or the article it comes from.

Edges have a kind (``propose``, ``decide``, ``audite``, ``declenche``, ``nomme``,
``conseille``, ``controle_legalite``) and a force: ``droit`` (the law gives it),
``engagement`` (the pact promises it; lawful only as a political commitment) or ``avis``
(an opinion the competent body may ignore).

Analyses (all pure functions over a :class:`PowerGraph`):

* :func:`accountability` — for every power holder, the paths from citizens that choose,
  audit or can remove it (or their absence);
* :func:`concentration` — who decides each decision, who decides alone, and the bodies every
  path from citizens to a decision must go through (dominators), plus betweenness;
* :func:`citizen_votes` — which decisions citizens can take to a vote themselves;
* :func:`diff` — what changes between two pacts.

networkx is imported inside the functions that need it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, Literal

from engine.model.clause import Clause

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

    from engine.model.pact import Pact

EdgeKind = Literal["propose", "decide", "audite", "declenche", "nomme", "conseille",
                   "controle_legalite"]
Force = Literal["droit", "engagement", "avis"]
NodeKind = Literal["citoyens", "instance_citoyenne", "elus", "executif", "services", "etat",
                   "justice", "scrutin", "decision"]

EDGE_KINDS: tuple[str, ...] = ("propose", "decide", "audite", "declenche", "nomme",
                               "conseille", "controle_legalite")
EDGE_KIND_FR = {
    "propose": "propose", "decide": "décide", "audite": "audite", "declenche": "déclenche",
    "nomme": "nomme ou élit", "conseille": "conseille", "controle_legalite": "contrôle la légalité",
}
NODE_KIND_FR = {
    "citoyens": "citoyen·nes", "instance_citoyenne": "instance citoyenne", "elus": "élu·es",
    "executif": "exécutif", "services": "services municipaux", "etat": "État",
    "justice": "juge", "scrutin": "vote des citoyen·nes", "decision": "décision",
}
FORCE_FR = {"droit": "droit (CGCT)", "engagement": "engagement politique du pacte",
            "avis": "simple avis"}

CITIZENS = "citoyens"
# Edges along which a citizen body chooses, audits or can remove a power holder.
ACCOUNTABILITY_KINDS = frozenset({"nomme", "audite", "declenche"})
# Edges that carry a decision (a proposal counts only when it goes to a vote).
INFLUENCE_KINDS = frozenset({"nomme", "decide", "declenche"})
HOLDER_KINDS = frozenset({"instance_citoyenne", "elus", "executif", "services"})
PATH_CUTOFF = 6


@dataclass(frozen=True)
class Body:
    """A node: a body (organ, service, authority), a citizen vote, or a kind of decision."""

    id: str
    label: str
    kind: NodeKind
    clause: str
    note: str = ""


@dataclass(frozen=True)
class Power:
    """A typed edge, with the clause or article it comes from."""

    source: str
    target: str
    kind: EdgeKind
    label: str
    force: Force
    clause: str
    citation: str
    legal_basis: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.source, self.target, self.kind, self.clause)

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["from"], out["to"] = out.pop("source"), out.pop("target")
        out["legal_basis"] = list(self.legal_basis)
        return out


@dataclass
class PowerGraph:
    """The bodies and powers of one pact (plain data; :meth:`to_networkx` for analyses)."""

    pact_id: str
    title: str
    bodies: dict[str, Body] = field(default_factory=dict)
    powers: list[Power] = field(default_factory=list)

    def label(self, node: str) -> str:
        return self.bodies[node].label

    def to_networkx(self, kinds: frozenset[str] | None = None) -> nx.MultiDiGraph:
        """A MultiDiGraph (one edge per power, keyed by kind and clause)."""
        import networkx as nx

        g = nx.MultiDiGraph(pact=self.pact_id)
        for body in self.bodies.values():
            g.add_node(body.id, label=body.label, kind=body.kind, clause=body.clause)
        for p in self.powers:
            if kinds is None or p.kind in kinds:
                g.add_edge(p.source, p.target, key=f"{p.kind}:{p.clause}", power=p)
        return g

    def edges_from(self, node: str, kind: str | None = None) -> list[Power]:
        return [p for p in self.powers if p.source == node and (kind is None or p.kind == kind)]

    def edges_to(self, node: str, kind: str | None = None) -> list[Power]:
        return [p for p in self.powers if p.target == node and (kind is None or p.kind == kind)]


# --- building the graph ----------------------------------------------------------------

LAW = "loi"
_L3 = "LEGAL.md § 3. Mayor and adjoints"
_L4 = "LEGAL.md § 4. Delegations, and why citizens cannot recall officials"
_L5 = "LEGAL.md § 5. How the council works"
_L6 = "LEGAL.md § 6. When acts take effect, legality review, and appeal deadlines"
_L7 = "LEGAL.md § 7. The mayor's own powers and limits on holding several mandates"
_L1 = "LEGAL.md § 1. Local decisional referendum (LO1112-1 to LO1112-14)"
_L2 = "LEGAL.md § 2. Consultation of electors (L1112-15 to L1112-22)"
_L8 = "LEGAL.md § 8. Participatory budgets and quartier budgets"


class _Builder:
    """Accumulates bodies and powers; each pact clause adds its own."""

    def __init__(self, pact: Pact, day: date | None) -> None:
        self.pact = pact
        self.day = day
        self.graph = PowerGraph(pact.info.id, pact.info.title)

    def body(self, id_: str, label: str, kind: NodeKind, clause: str = LAW, note: str = "") -> None:
        self.graph.bodies[id_] = Body(id_, label, kind, clause, note)

    def law(self, src: str, dst: str, kind: EdgeKind, label: str, articles: tuple[str, ...],
            citation: str, force: Force = "droit") -> None:
        self.graph.powers.append(Power(src, dst, kind, label, force, LAW, citation, articles))

    def pact_edge(self, src: str, dst: str, kind: EdgeKind, label: str, key: str,
                  param: str | None = None, force: Force = "engagement") -> None:
        clause: Clause = self.pact.clauses()[key]
        if param is not None:
            p = clause.params()[param]
            citation = str(clause.param_source(p))
            articles = tuple(p.legal_basis) or tuple(clause.legal_basis)
            ref = f"{key}.{param}"
        else:
            citation, articles, ref = str(clause.source), tuple(clause.legal_basis), key
        self.graph.powers.append(Power(src, dst, kind, label, force, ref, citation, articles))

    def val(self, clause: Clause, param: str) -> Any:
        return clause.params()[param].at(self.day)


def build(pact: Pact, day: date | None = None) -> PowerGraph:
    """The organisation of powers of ``pact`` (parameters as in force on ``day``)."""
    b = _Builder(pact, day)
    _law(b)
    _pairs(b)
    _executive(b)
    _bureau(b)
    _council(b)
    _committees(b)
    _citizen_council(b)
    _revocation(b)
    _staff_audit(b)
    _petition(b)
    _abrogation(b)
    _referendum(b)
    _quartiers(b)
    _conventions(b)
    _ppi(b)
    _pluihd(b)
    _dpc(b)
    _rotation(b)
    _collegiality(b)
    return b.graph


def _law(b: _Builder) -> None:
    """What the CGCT gives whatever the pact says."""
    b.body(CITIZENS, "Citoyen·nes (habitant·es et électeur·rices)", "citoyens")
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

    b.law(CITIZENS, "conseil_municipal", "nomme", "élisent le conseil municipal pour 6 ans",
          ("L227",), _L4)
    b.law("conseil_municipal", "maire", "nomme", "élit le maire (scrutin secret)",
          ("L2122-4", "L2122-7"), _L3)
    b.law("conseil_municipal", "binomes", "nomme", "élit les adjoint·es (liste paritaire)",
          ("L2122-2", "L2122-7-2"), _L3)
    b.law("maire", "binomes", "nomme", "délègue ses fonctions par arrêté et peut les retirer",
          ("L2122-18",), _L4)
    b.law("maire", "delegations", "decide", "attribue et retire seul les délégations",
          ("L2122-18",), _L4)
    b.law("conseil_municipal", "deliberations", "decide", "règle les affaires de la commune",
          ("L2121-29",), _L5)
    b.law("maire", "budget", "propose", "propose le budget", ("L2312-1",), _L8)
    b.law("conseil_municipal", "budget", "decide", "vote le budget chaque année",
          ("L2311-1", "L2312-1"), _L8)
    b.law("maire", "ordre_du_jour", "decide", "convoque le conseil et fixe l'ordre du jour",
          ("L2121-10",), _L5)
    b.law("maire", "police", "decide", "détient seul les pouvoirs de police",
          ("L2212-1", "L2212-2", "L2122-24"), _L7)
    b.law("maire", "dgs_dircab", "nomme", "choisit la direction générale et le cabinet, "
          "leur délègue sa signature", ("L2122-19",), _L4)
    b.law(CITIZENS, "conseil_municipal", "propose",
          "pétition d'1/10 des électeurs : demande d'inscription à l'ordre du jour, le conseil "
          "reste libre", ("L1112-16",), _L2)
    b.law("conseil_municipal", "referendum_local", "declenche",
          "soumet un projet de délibération à référendum", ("LO1112-1", "LO1112-3"), _L1)
    b.law("referendum_local", "deliberations", "decide",
          "adopté si la moitié des inscrits vote et la majorité approuve", ("LO1112-7",), _L1)
    b.law("conseil_municipal", "consultation_locale", "declenche",
          "organise une consultation des électeurs", ("L1112-15", "L1112-17"), _L2)
    b.law("consultation_locale", "conseil_municipal", "conseille",
          "le résultat n'est qu'un avis, le conseil décide", ("L1112-17", "L1112-20"), _L2,
          force="avis")
    b.law("prefet", "conseil_municipal", "controle_legalite",
          "défère les délibérations illégales au tribunal (2 mois)", ("L2131-6",), _L6)
    b.law("prefet", "maire", "controle_legalite", "défère les arrêtés illégaux au tribunal",
          ("L2131-6", "L2215-1"), _L6)
    b.law("prefet", "tribunal_administratif", "declenche", "saisit le tribunal (déféré)",
          ("L2131-6",), _L6)
    b.law(CITIZENS, "tribunal_administratif", "declenche",
          "recours en annulation dans les 2 mois, référé-suspension", ("R421-1", "CJA-L521-1"),
          _L6)
    b.law("tribunal_administratif", "conseil_municipal", "controle_legalite",
          "annule ou suspend les délibérations illégales", ("L2131-6", "CJA-L521-1"), _L6)
    b.law("tribunal_administratif", "maire", "controle_legalite",
          "annule ou suspend les arrêtés illégaux", ("L2131-6", "CJA-L521-1"), _L6)


def _pairs(b: _Builder) -> None:
    pairs = b.pact.pairs
    if pairs is None:
        return
    n_deleg = len(pairs.delegations)
    n_quart = len(pairs.quartier_pairs)
    b.body("binomes", f"Binômes d'élu·es ({n_deleg} délégations, {n_quart} quartiers)", "elus",
           "binomes")
    if any(d.mayor for d in pairs.delegations):
        b.body("maire", "Binôme maire – 1er adjoint·e", "executif", "binomes")
    b.pact_edge("maire", "binomes", "nomme",
                f"confie les délégations fixées par le pacte à des binômes de "
                f"{b.val(pairs, 'elus_par_binome')} élu·es", "binomes", None)
    if b.val(pairs, "presidence_commission_non_adjoint") and b.pact.committees is not None:
        b.pact_edge("binomes", "commissions", "conseille",
                    "l'élu·e non adjoint·e de chaque binôme préside la commission",
                    "binomes", "presidence_commission_non_adjoint")


def _executive(b: _Builder) -> None:
    ex = b.pact.executive
    if ex is None:
        return
    b.body("maire", f"Binôme exécutif ({b.val(ex, 'membres')} élu·es)", "executif", "executif")
    lo, hi = b.val(ex, "elus_par_delegation_min"), b.val(ex, "elus_par_delegation_max")
    b.body("binomes", f"Binômes ou groupes de {lo} à {hi} élu·es délégué·es", "elus", "executif")
    b.pact_edge("maire", "binomes", "conseille",
                "établit avec chaque binôme sa feuille de route", "executif", None)


def _bureau(b: _Builder) -> None:
    bureau = b.pact.bureau
    if bureau is None:
        return
    b.body("bureau_executif",
           f"Bureau exécutif ({b.val(bureau, 'membres_votants')} votant·es)", "executif",
           "bureau_executif")
    per_month = b.val(bureau, "reunions_par_mois")
    b.pact_edge("maire", "bureau_executif", "nomme", "le binôme maire y siège de droit",
                "bureau_executif", "membres_votants")
    b.pact_edge("binomes", "bureau_executif", "nomme", "un membre de chaque binôme y siège à "
                "tour de rôle", "bureau_executif", "membres_votants")
    b.pact_edge("bureau_executif", "ordre_du_jour", "propose",
                f"prépare l'ordre du jour du conseil ({per_month} réunions par mois"
                + (", compte rendu public)" if b.val(bureau, "compte_rendu_public") else ")"),
                "bureau_executif", "reunions_par_mois")
    b.pact_edge("dgs_dircab", "bureau_executif", "conseille", "y siègent sans voix délibérative",
                "bureau_executif", None)


def _council(b: _Builder) -> None:
    council = b.pact.council
    if council is None:
        return
    hours = b.val(council, "heures_interpellations_par_session")
    sessions = b.val(council, "sessions_par_an")
    if hours > 0:
        b.pact_edge(CITIZENS, "conseil_municipal", "propose",
                    f"interpellent le conseil ({_num(hours)} h par séance, {sessions} séances par an)",
                    "conseil_municipal", "heures_interpellations_par_session")


def _committees(b: _Builder) -> None:
    com = b.pact.committees
    if com is None:
        return
    names = b.val(com, "commissions")
    b.body("commissions", f"Commissions de travail ({len(names)})", "instance_citoyenne"
           if b.val(com, "ouvertes_a_tous_les_habitants") else "elus", "commissions")
    b.law("conseil_municipal", "commissions", "nomme", "crée les commissions d'étude",
          ("L2121-22",), _L5)
    if b.val(com, "ouvertes_a_tous_les_habitants"):
        b.pact_edge(CITIZENS, "commissions", "nomme",
                    f"y participent librement (environ {b.val(com, 'participants_par_commission')} "
                    "par commission)", "commissions", "ouvertes_a_tous_les_habitants")
    b.pact_edge("commissions", "bureau_executif" if b.pact.bureau else "conseil_municipal",
                "propose", "préparent les délibérations", "commissions", None)
    if b.val(com, "pouvoir_de_decision"):
        b.pact_edge("commissions", "deliberations", "decide",
                    "décident (pouvoir contraire à L2121-22 : les commissions étudient)",
                    "commissions", "pouvoir_de_decision")


def _citizen_council(b: _Builder) -> None:
    cc = b.pact.citizen_council
    if cc is None:
        return
    members = b.val(cc, "membres")
    b.body("conseil_citoyen", f"Conseil Citoyen ({members} tiré·es au sort)",
           "instance_citoyenne", "conseil_citoyen")
    b.pact_edge(CITIZENS, "conseil_citoyen", "nomme",
                f"tirage au sort de {members} habitant·es, renouvelé tous les "
                f"{b.val(cc, 'renouvellement_mois')} mois", "conseil_citoyen", "membres")
    period = b.val(cc, "periodicite_audit_mois")
    per_meeting = b.val(cc, "audits_par_reunion")
    if per_meeting > 0:
        b.pact_edge("conseil_citoyen", "binomes", "audite",
                    f"audite chaque binôme tous les {period} mois ({per_meeting} auditions par "
                    "soirée)", "conseil_citoyen", "audits_par_reunion")
        mayor_audited = b.pact.pairs is None or any(
            d.mayor and d.audited for d in b.pact.pairs.delegations)
        if mayor_audited:
            b.pact_edge("conseil_citoyen", "maire", "audite",
                        f"audite le binôme maire tous les {period} mois", "conseil_citoyen",
                        "periodicite_audit_mois")
    b.pact_edge("conseil_citoyen", "bureau_executif" if b.pact.bureau else "conseil_municipal",
                "propose", "propose des délibérations (droit d'initiative)", "conseil_citoyen",
                None)
    if b.val(cc, "pouvoir_de_decision"):
        b.pact_edge("conseil_citoyen", "deliberations", "decide",
                    "décide (pouvoir contraire à L2143-2 : avis seulement)", "conseil_citoyen",
                    "pouvoir_de_decision")
    else:
        b.pact_edge("conseil_citoyen", "conseil_municipal", "conseille",
                    "rend des avis et des recommandations", "conseil_citoyen",
                    "pouvoir_de_decision", force="avis")


def _revocation(b: _Builder) -> None:
    rev = b.pact.revocation
    if rev is None:
        return
    effect = b.val(rev, "effet_du_oui")
    b.body("consultation_revocation", "Consultation de révocation d'un binôme", "scrutin",
           "consultation_revocation")
    b.pact_edge("conseil_municipal", "consultation_revocation", "declenche",
                f"délibère pour la déclencher ; {b.val(rev, 'debat_public_jours')} jours de débat",
                "consultation_revocation", "debat_public_jours")
    what = ("révoque automatiquement le binôme (contraire à L2122-16)"
            if effect == "revocation_automatique" else "enjoint au binôme de démissionner")
    b.pact_edge("consultation_revocation", "binomes", "nomme", f"le oui {what}",
                "consultation_revocation", "effet_du_oui")
    b.pact_edge("consultation_revocation", "maire", "nomme", f"le oui {what}",
                "consultation_revocation", "effet_du_oui")
    cc = b.pact.citizen_council
    if cc is not None and b.val(cc, "peut_demander_revocation"):
        b.pact_edge("conseil_citoyen", "conseil_municipal", "propose",
                    "demande une consultation de révocation après un avis défavorable",
                    "conseil_citoyen", "peut_demander_revocation")
        b.pact_edge("maire", "ordre_du_jour", "propose",
                    "inscrit la demande du Conseil Citoyen au prochain conseil",
                    "consultation_revocation", None)


def _staff_audit(b: _Builder) -> None:
    sa = b.pact.staff_audit
    if sa is None or b.pact.citizen_council is None:
        return
    b.pact_edge("conseil_citoyen", "dgs_dircab", "audite",
                f"audite le binôme DGS – Dir'Cab tous les {b.val(sa, 'periodicite_audit_mois')} mois",
                "audit_dircab_dgs", "periodicite_audit_mois")
    to = b.val(sa, "destitution_proposee_a")
    target = "bureau_executif" if to == "bureau_executif" and b.pact.bureau else "maire"
    b.pact_edge("conseil_citoyen", target, "propose",
                "propose la destitution du binôme DGS – Dir'Cab après un avis défavorable",
                "audit_dircab_dgs", "destitution_proposee_a")


def _petition(b: _Builder) -> None:
    pet = b.pact.petition
    if pet is None:
        return
    b.body("votation_propositionnelle", "Votation propositionnelle", "scrutin",
           "votation_propositionnelle")
    pct = b.val(pet, "seuil_pct")
    absolute = (b.val(pet, "seuil_absolu") if pet.threshold_absolute is not None else None)
    extra = f" (ou {_num(absolute)} signatures)" if absolute else ""
    b.pact_edge(CITIZENS, "votation_propositionnelle", "declenche",
                f"pétition de {_num(pct)} % des électeurs inscrits{extra}",
                "votation_propositionnelle", "seuil_pct")
    b.pact_edge("conseil_municipal", "votation_propositionnelle", "decide",
                "adopte la proposition telle quelle ou organise la votation",
                "votation_propositionnelle", None)
    if b.pact.dpc is not None:
        b.pact_edge("dpc", "conseil_municipal", "conseille",
                    f"vérifie les signatures et la recevabilité "
                    f"({b.val(pet, 'delai_verification_dpc_jours')} jours)",
                    "votation_propositionnelle", "delai_verification_dpc_jours")
    quorum = b.val(pet, "quorum_pct")
    q = "sans quorum" if quorum == 0 else f"quorum {_num(quorum)} %"
    if b.val(pet, "resultat_contraignant"):
        b.pact_edge("votation_propositionnelle", "deliberations", "decide",
                    f"le oui ({q}) engage le conseil à adopter la proposition",
                    "votation_propositionnelle", "resultat_contraignant")
    else:
        b.pact_edge("votation_propositionnelle", "conseil_municipal", "conseille",
                    f"le résultat ({q}) est un avis", "votation_propositionnelle",
                    "resultat_contraignant", force="avis")


def _abrogation(b: _Builder) -> None:
    ab = b.pact.abrogation
    if ab is None:
        return
    b.body("votation_abrogatoire", "Votation abrogatoire", "scrutin", "votation_abrogatoire")
    suspends = b.val(ab, "suspension_execution")
    b.pact_edge(CITIZENS, "votation_abrogatoire", "declenche",
                f"demande sous {b.val(ab, 'delai_demande_mois')} mois puis "
                f"{_num(b.val(ab, 'signatures_requises'))} signatures en "
                f"{b.val(ab, 'delai_collecte_mois')} mois"
                + (" ; la demande suspend l'exécution (contraire à L2131-1)" if suspends else ""),
                "votation_abrogatoire", "signatures_requises")
    if b.val(ab, "resultat_contraignant"):
        b.pact_edge("votation_abrogatoire", "deliberations", "decide",
                    "le oui engage le conseil suivant à abroger la délibération",
                    "votation_abrogatoire", "resultat_contraignant")
    else:
        b.pact_edge("votation_abrogatoire", "conseil_municipal", "conseille",
                    "le résultat est un avis", "votation_abrogatoire", "resultat_contraignant",
                    force="avis")


def _referendum(b: _Builder) -> None:
    ref = b.pact.referendum
    if ref is None:
        return
    if b.val(ref, "suivre_sans_quorum"):
        b.pact_edge("referendum_local", "deliberations", "decide",
                    "le conseil s'engage à suivre le résultat même sans la participation légale",
                    "referendum_municipal", "suivre_sans_quorum")
    minimum = b.val(ref, "minimum_par_mandat")
    if minimum:
        b.pact_edge("conseil_municipal", "referendum_local", "declenche",
                    f"s'engage à en organiser au moins {minimum} pendant le mandat",
                    "referendum_municipal", "minimum_par_mandat")


def _quartiers(b: _Builder) -> None:
    qc = b.pact.quartier_councils
    if qc is None:
        return
    n = b.val(qc, "nombre")
    b.body("conseils_de_quartier", f"Conseils de quartier ({n})", "instance_citoyenne",
           "conseils_de_quartier")
    b.body("budgets_quartier", "Budgets d'investissement des quartiers", "decision",
           "conseils_de_quartier")
    b.pact_edge(CITIZENS, "conseils_de_quartier", "nomme",
                f"assemblées ouvertes à tous les habitant·es ({b.val(qc, 'plenieres_par_mois')} "
                "plénière par mois)", "conseils_de_quartier", "plenieres_par_mois")
    b.law("conseil_municipal", "budgets_quartier", "decide",
          "vote chaque année les crédits (le budget reste celui du conseil)",
          ("L2311-1", "L2312-1"), _L8)
    amount = b.val(qc, "budget_annuel_par_quartier_eur")
    if b.val(qc, "decident_du_budget"):
        b.pact_edge("conseils_de_quartier", "budgets_quartier", "decide",
                    f"décident de l'emploi de {_num(amount)} € par an et par quartier",
                    "conseils_de_quartier", "decident_du_budget")
    else:
        b.pact_edge("conseils_de_quartier", "budgets_quartier", "propose",
                    f"proposent l'emploi de {_num(amount)} € par an et par quartier",
                    "conseils_de_quartier", "decident_du_budget")
    if b.pact.petition is not None:
        b.pact_edge("conseils_de_quartier", "votation_propositionnelle", "propose",
                    "peuvent lancer des pétitions", "conseils_de_quartier", None)
    if b.pact.abrogation is not None:
        b.pact_edge("conseils_de_quartier", "votation_abrogatoire", "propose",
                    "peuvent demander une abrogation", "conseils_de_quartier", None)


def _conventions(b: _Builder) -> None:
    conv = b.pact.conventions
    if conv is None:
        return
    b.body("convention_citoyenne", "Convention citoyenne", "instance_citoyenne",
           "conventions_citoyennes")
    per_year = b.val(conv, "max_par_an")
    how = "tirage au sort" if b.val(conv, "tirage_au_sort") else "volontariat"
    b.pact_edge(CITIZENS, "convention_citoyenne", "nomme",
                f"panel constitué par {how}", "conventions_citoyennes", "tirage_au_sort")
    b.pact_edge("conseil_municipal", "convention_citoyenne", "declenche",
                f"la convoque sur un sujet conflictuel (au plus {per_year} par an)",
                "conventions_citoyennes", "max_par_an")
    b.pact_edge("convention_citoyenne", "conseil_municipal", "propose",
                "analyse et propose au conseil", "conventions_citoyennes", None)


def _ppi(b: _Builder) -> None:
    ppi = b.pact.ppi
    if ppi is None:
        return
    b.body("vote_ppi", "Référendum sur la PPI", "scrutin", "ppi")
    n = b.val(ppi, "max_propositions_citoyennes")
    if n > 0:
        b.pact_edge(CITIZENS, "vote_ppi", "propose",
                    f"soumettent au vote jusqu'à {n} propositions alternatives", "ppi",
                    "max_propositions_citoyennes")
    b.pact_edge("maire", "vote_ppi", "propose", "la version des élu·es est soumise au vote",
                "ppi", None)
    if b.pact.citizen_council is not None:
        b.pact_edge("conseil_citoyen", "vote_ppi", "propose", "amende la version des élu·es",
                    "ppi", None)
    rule = "à la pluralité" if b.val(ppi, "regle_de_decision") == "pluralite" else \
        "à la majorité absolue"
    if b.val(ppi, "ratification_cm"):
        b.pact_edge("vote_ppi", "budget", "decide",
                    f"la proposition gagnante ({rule}) est ratifiée par le conseil", "ppi",
                    "ratification_cm")
    else:
        b.pact_edge("vote_ppi", "conseil_municipal", "conseille",
                    f"résultat ({rule}) transmis au conseil", "ppi", "ratification_cm",
                    force="avis")


def _pluihd(b: _Builder) -> None:
    pl = b.pact.pluihd
    if pl is None:
        return
    b.body("pluihd", "Modifications du PLUIHD (avis de la commune)", "decision", "pluihd")
    b.law("conseil_municipal", "pluihd", "decide", "rend l'avis de la commune",
          ("L2121-29",), _L5)
    if b.pact.quartier_councils is not None:
        b.pact_edge("conseils_de_quartier", "pluihd", "propose",
                    f"relisent {b.val(pl, 'relectures_conseils_de_quartier')} fois chaque projet",
                    "pluihd", "relectures_conseils_de_quartier")
    if b.pact.citizen_council is not None and b.val(pl, "approbation_conseil_citoyen"):
        b.pact_edge("conseil_citoyen", "pluihd", "decide", "approuve le projet", "pluihd",
                    "approbation_conseil_citoyen")
    if b.val(pl, "referendum_en_cas_de_conflit"):
        b.pact_edge("referendum_local", "pluihd", "decide",
                    "tranche en cas de conflit marqué", "pluihd", "referendum_en_cas_de_conflit")


def _dpc(b: _Builder) -> None:
    dpc = b.pact.dpc
    if dpc is None:
        return
    staff = sum(b.val(dpc, k) for k in ("cadres", "agents_de_maitrise", "alternants"))
    b.body("dpc", f"Direction du Pouvoir Citoyen ({staff} agent·es)", "services",
           "direction_pouvoir_citoyen")
    b.pact_edge("dgs_dircab", "dpc", "nomme", "la DPC est une direction des services, "
                "sous l'autorité du maire (L2122-18)", "direction_pouvoir_citoyen", None,
                force="droit")
    for target in ("conseil_citoyen", "conseils_de_quartier", "commissions"):
        if target in b.graph.bodies:
            b.pact_edge("dpc", target, "conseille", "organise et outille",
                        "direction_pouvoir_citoyen", None)


def _rotation(b: _Builder) -> None:
    rot = b.pact.rotation
    if rot is None:
        return
    auto = b.val(rot, "automatique")
    b.pact_edge("conseil_municipal", "maire", "nomme",
                f"élit un nouveau binôme maire tous les {b.val(rot, 'periodicite_mois')} mois "
                + ("(démission automatique : contraire à L2122-10)" if auto
                   else "(après démission volontaire)"), "rotation", "periodicite_mois")


def _collegiality(b: _Builder) -> None:
    col = b.pact.collegiality
    if col is None:
        return
    rule = "au consensus" if b.val(col, "regle_de_decision") == "consensus" else "à la majorité"
    b.body("reunion_majorite", f"Réunion municipale de la majorité ({rule})", "elus",
           "collegialite")
    b.pact_edge("binomes", "reunion_majorite", "nomme", "tous les élu·es de la majorité y siègent",
                "collegialite", "reunion_municipale_hebdomadaire")
    b.pact_edge("maire", "reunion_majorite", "nomme", "le binôme exécutif y siège",
                "collegialite", "reunion_municipale_hebdomadaire")
    if b.val(col, "reunion_avant_chaque_cm"):
        b.pact_edge("reunion_majorite", "ordre_du_jour", "propose",
                    f"prépare chaque séance du conseil {rule}", "collegialite",
                    "reunion_avant_chaque_cm")
    b.pact_edge("reunion_majorite", "maire", "conseille",
                f"séminaire de la majorité tous les {b.val(col, 'seminaire_majorite_mois')} mois",
                "collegialite", "seminaire_majorite_mois")


def _num(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = f"{value:,}".replace(",", "\u202f").replace(".", ",")
    return text


# --- analyses ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AccountabilityPath:
    """A path from citizens to a power holder along « nomme », « audite », « declenche »."""

    steps: tuple[Power, ...]

    @property
    def force(self) -> Force:
        forces = {p.force for p in self.steps}
        return "droit" if forces == {"droit"} else "engagement"

    @property
    def audited(self) -> bool:
        """The last step is an audit of the holder itself."""
        return self.steps[-1].kind == "audite"

    def sentence(self, g: PowerGraph) -> str:
        parts = [g.label(self.steps[0].source)]
        for p in self.steps:
            parts.append(f"—[{p.label}]→ {g.label(p.target)}")
        return " ".join(parts)

    def as_dict(self, g: PowerGraph) -> dict[str, Any]:
        return {"force": self.force, "audited": self.audited, "text": self.sentence(g),
                "steps": [p.as_dict() for p in self.steps]}


@dataclass(frozen=True)
class Accountability:
    holder: str
    label: str
    paths: tuple[AccountabilityPath, ...]

    @property
    def audited_by_citizens(self) -> bool:
        return any(p.audited for p in self.paths)

    @property
    def lawful_path(self) -> bool:
        return any(p.force == "droit" for p in self.paths)

    def summary(self) -> str:
        if not self.paths:
            return f"{self.label} : aucun chemin de redevabilité depuis les citoyen·nes."
        n = len(self.paths)
        bits = [f"{n} chemin{'s' if n > 1 else ''} depuis les citoyen·nes"]
        bits.append("audité·e par une instance citoyenne" if self.audited_by_citizens
                    else "aucun audit citoyen")
        if not self.lawful_path:
            bits.append("aucun chemin garanti par la loi (seulement des engagements)")
        return f"{self.label} : " + ", ".join(bits) + "."


def accountability(g: PowerGraph) -> list[Accountability]:
    """For every power holder, the simple paths from citizens (up to 6 steps)."""
    import networkx as nx

    ng = g.to_networkx(ACCOUNTABILITY_KINDS)
    out: list[Accountability] = []
    for body in g.bodies.values():
        if body.kind not in HOLDER_KINDS:
            continue
        paths: list[AccountabilityPath] = []
        if nx.has_path(ng, CITIZENS, body.id):
            for edge_path in nx.all_simple_edge_paths(ng, CITIZENS, body.id, cutoff=PATH_CUTOFF):
                steps = tuple(ng.edges[u, v, k]["power"] for u, v, k in edge_path)
                paths.append(AccountabilityPath(steps))
        paths.sort(key=lambda p: (len(p.steps), [s.key for s in p.steps]))
        out.append(Accountability(body.id, body.label, tuple(paths)))
    return out


@dataclass(frozen=True)
class DecisionPower:
    """Who decides a decision, whether alone, and who every citizen path must go through."""

    decision: str
    label: str
    deciders: tuple[str, ...]
    votes: tuple[str, ...]
    gatekeepers: tuple[str, ...]
    reachable: bool

    @property
    def alone(self) -> str | None:
        """The one body that decides with no citizen vote able to decide instead."""
        return self.deciders[0] if len(self.deciders) == 1 and not self.votes else None


@dataclass(frozen=True)
class Concentration:
    decisions: tuple[DecisionPower, ...]
    betweenness: dict[str, float]
    blockers: dict[str, tuple[str, ...]]  # body -> decisions it can cut citizens from


def _influence_graph(g: PowerGraph) -> nx.DiGraph:
    """Edges that carry a decision: nomme, decide, declenche, and proposals put to a vote."""
    import networkx as nx

    dg = nx.DiGraph()
    dg.add_nodes_from(g.bodies)
    for p in g.powers:
        to_vote = p.kind == "propose" and g.bodies[p.target].kind == "scrutin"
        if p.kind in INFLUENCE_KINDS or to_vote:
            dg.add_edge(p.source, p.target)
    return dg


def concentration(g: PowerGraph) -> Concentration:
    """Deciders, lone deciders, gatekeepers (dominators from citizens) and betweenness."""
    import networkx as nx

    dg = _influence_graph(g)
    idom = nx.immediate_dominators(dg, CITIZENS)
    decisions: list[DecisionPower] = []
    blockers: dict[str, list[str]] = {}
    for body in g.bodies.values():
        if body.kind != "decision":
            continue
        deciders = sorted({p.source for p in g.edges_to(body.id, "decide")
                           if g.bodies[p.source].kind != "scrutin"})
        votes = sorted({p.source for p in g.edges_to(body.id, "decide")
                        if g.bodies[p.source].kind == "scrutin"})
        chain: list[str] = []
        reachable = body.id in idom
        if reachable:
            node = idom[body.id]
            while node != CITIZENS:
                chain.append(node)
                node = idom[node]
        chain.reverse()
        for gate in chain:
            blockers.setdefault(gate, []).append(body.id)
        decisions.append(DecisionPower(body.id, body.label, tuple(deciders), tuple(votes),
                                       tuple(chain), reachable))
    between = nx.betweenness_centrality(dg)
    holders = {n: round(v, 4) for n, v in sorted(between.items(), key=lambda kv: -kv[1])
               if g.bodies[n].kind not in ("decision",) and v > 0}
    return Concentration(tuple(decisions), holders,
                         {k: tuple(v) for k, v in sorted(blockers.items())})


@dataclass(frozen=True)
class CitizenVote:
    """A decision citizens can take to a vote themselves, and how."""

    decision: str
    scrutin: str
    trigger: Power
    outcome: Power


def citizen_votes(g: PowerGraph) -> list[CitizenVote]:
    """Decisions reachable through a vote that citizens trigger or put proposals to."""
    out = []
    for trig in g.edges_from(CITIZENS):
        if trig.kind not in ("declenche", "propose") or g.bodies[trig.target].kind != "scrutin":
            continue
        for outcome in g.edges_from(trig.target, "decide"):
            out.append(CitizenVote(outcome.target, trig.target, trig, outcome))
    return sorted(out, key=lambda v: (v.decision, v.scrutin))


def votes_without_citizen_initiative(g: PowerGraph) -> list[str]:
    """Votes citizens may take part in but only elected bodies can call."""
    citizen_started = {v.scrutin for v in citizen_votes(g)}
    return sorted(n for n, b in g.bodies.items() if b.kind == "scrutin"
                  and n not in citizen_started)


# --- one report, and differences --------------------------------------------------------


def analyse(g: PowerGraph) -> dict[str, Any]:
    """Every analysis as JSON-ready data (the schema of ``pacte pouvoirs --format json``)."""
    acc = accountability(g)
    conc = concentration(g)
    votes = citizen_votes(g)
    return {
        "pacte": g.pact_id,
        "titre": g.title,
        "nodes": [asdict(b) for b in g.bodies.values()],
        "edges": [p.as_dict() for p in g.powers],
        "accountability": [
            {"holder": a.holder, "label": a.label, "paths": [p.as_dict(g) for p in a.paths],
             "audited_by_citizens": a.audited_by_citizens, "lawful_path": a.lawful_path,
             "summary": a.summary()} for a in acc],
        "concentration": {
            "decisions": [
                {"decision": d.decision, "label": d.label, "deciders": list(d.deciders),
                 "votes": list(d.votes), "alone": d.alone, "gatekeepers": list(d.gatekeepers),
                 "reachable_from_citizens": d.reachable} for d in conc.decisions],
            "betweenness": conc.betweenness,
            "blockers": {k: list(v) for k, v in conc.blockers.items()},
        },
        "citizen_votes": [
            {"decision": v.decision, "scrutin": v.scrutin, "how": v.trigger.kind,
             "trigger": v.trigger.as_dict(), "outcome": v.outcome.as_dict()} for v in votes],
        "votes_called_by_elected_only": votes_without_citizen_initiative(g),
        "findings": findings(g, acc, conc, votes),
    }


def findings(g: PowerGraph, acc: list[Accountability] | None = None,
             conc: Concentration | None = None,
             votes: list[CitizenVote] | None = None) -> list[str]:
    """The analyses in plain French sentences."""
    acc = accountability(g) if acc is None else acc
    conc = concentration(g) if conc is None else conc
    votes = citizen_votes(g) if votes is None else votes
    out: list[str] = []
    if votes:
        by_decision: dict[str, list[str]] = {}
        for v in votes:
            by_decision.setdefault(g.label(v.decision), []).append(g.label(v.scrutin))
        for dec, scrutins in by_decision.items():
            out.append(f"Les citoyen·nes peuvent porter au vote « {dec} » par : "
                       f"{', '.join(sorted(set(scrutins)))} (engagement politique).")
    else:
        out.append("Aucune décision ne peut être portée au vote par les citoyen·nes "
                   "eux-mêmes : seuls les élu·es peuvent convoquer un référendum ou une "
                   "consultation.")
    for d in conc.decisions:
        if d.alone:
            out.append(f"« {d.label} » : {g.label(d.alone)} décide seul·e.")
        if d.gatekeepers:
            gates = ", ".join(g.label(n) for n in d.gatekeepers)
            out.append(f"« {d.label} » : tout chemin des citoyen·nes vers cette décision passe "
                       f"par {gates}.")
    unaudited = [a.label for a in acc if a.paths and not a.audited_by_citizens
                 and g.bodies[a.holder].kind in ("executif", "elus", "services")]
    if unaudited:
        out.append("Sans audit citoyen : " + ", ".join(unaudited) + ".")
    orphans = [a.label for a in acc if not a.paths]
    if orphans:
        out.append("Sans aucun chemin de redevabilité depuis les citoyen·nes : "
                   + ", ".join(orphans) + ".")
    return out


def diff(a: PowerGraph, b: PowerGraph) -> dict[str, Any]:
    """What changes from pact ``a`` to pact ``b``: bodies, powers, and the analyses."""
    added_nodes = sorted(set(b.bodies) - set(a.bodies))
    removed_nodes = sorted(set(a.bodies) - set(b.bodies))
    relabelled = sorted(n for n in set(a.bodies) & set(b.bodies)
                        if a.bodies[n].label != b.bodies[n].label)
    ea = {p.key: p for p in a.powers}
    eb = {p.key: p for p in b.powers}
    added = [eb[k] for k in eb if k not in ea]
    removed = [ea[k] for k in ea if k not in eb]
    changed = [(ea[k], eb[k]) for k in ea if k in eb
               and (ea[k].label, ea[k].force) != (eb[k].label, eb[k].force)]
    va = {(v.decision, v.scrutin) for v in citizen_votes(a)}
    vb = {(v.decision, v.scrutin) for v in citizen_votes(b)}
    acc_a = {x.holder: x for x in accountability(a)}
    acc_b = {x.holder: x for x in accountability(b)}
    acc_changes = []
    for holder in sorted(set(acc_a) | set(acc_b)):
        xa, xb = acc_a.get(holder), acc_b.get(holder)
        na = len(xa.paths) if xa else None
        nb = len(xb.paths) if xb else None
        auda = xa.audited_by_citizens if xa else None
        audb = xb.audited_by_citizens if xb else None
        if (na, auda) != (nb, audb):
            acc_changes.append({"holder": holder, "paths_before": na, "paths_after": nb,
                                "audited_before": auda, "audited_after": audb})
    ca = {d.decision: d for d in concentration(a).decisions}
    cb = {d.decision: d for d in concentration(b).decisions}
    conc_changes = []
    for dec in sorted(set(ca) | set(cb)):
        da, db = ca.get(dec), cb.get(dec)
        if da is None or db is None or (da.alone, da.gatekeepers) != (db.alone, db.gatekeepers):
            conc_changes.append({
                "decision": dec,
                "alone_before": da.alone if da else None, "alone_after": db.alone if db else None,
                "gatekeepers_before": list(da.gatekeepers) if da else None,
                "gatekeepers_after": list(db.gatekeepers) if db else None})
    return {
        "from": a.pact_id, "to": b.pact_id,
        "nodes_added": added_nodes, "nodes_removed": removed_nodes, "nodes_relabelled": relabelled,
        "edges_added": [p.as_dict() for p in added],
        "edges_removed": [p.as_dict() for p in removed],
        "edges_changed": [{"before": x.as_dict(), "after": y.as_dict()} for x, y in changed],
        "citizen_votes_added": [{"decision": d, "scrutin": s} for d, s in sorted(vb - va)],
        "citizen_votes_removed": [{"decision": d, "scrutin": s} for d, s in sorted(va - vb)],
        "accountability_changed": acc_changes,
        "concentration_changed": conc_changes,
    }


def diff_sentences(a: PowerGraph, b: PowerGraph, d: dict[str, Any] | None = None) -> list[str]:
    """A diff in plain French."""
    d = diff(a, b) if d is None else d
    out: list[str] = []
    for n in d["nodes_added"]:
        out.append(f"Nouvel organe : {b.label(n)}.")
    for n in d["nodes_removed"]:
        out.append(f"Organe supprimé : {a.label(n)}.")
    for e in d["edges_added"]:
        out.append(f"Nouveau pouvoir : {_name(b, e['from'])} {EDGE_KIND_FR[e['kind']]} "
                   f"{_name(b, e['to'])} — {e['label']} [{e['clause']}].")
    for e in d["edges_removed"]:
        out.append(f"Pouvoir supprimé : {_name(a, e['from'])} {EDGE_KIND_FR[e['kind']]} "
                   f"{_name(a, e['to'])} — {e['label']} [{e['clause']}].")
    for c in d["edges_changed"]:
        out.append(f"Pouvoir modifié [{c['after']['clause']}] : « {c['before']['label']} » "
                   f"devient « {c['after']['label']} ».")
    for v in d["citizen_votes_added"]:
        out.append(f"Les citoyen·nes peuvent désormais porter au vote « {_name(b, v['decision'])} »"
                   f" ({_name(b, v['scrutin'])}).")
    for v in d["citizen_votes_removed"]:
        out.append(f"Les citoyen·nes ne peuvent plus porter au vote « {_name(a, v['decision'])} »"
                   f" ({_name(a, v['scrutin'])}).")
    for c in d["accountability_changed"]:
        holder = _name(b, c["holder"]) if c["holder"] in b.bodies else _name(a, c["holder"])
        out.append(f"{holder} : chemins de redevabilité {c['paths_before'] or 0} → "
                   f"{c['paths_after'] or 0}, audit citoyen "
                   f"{_yes(c['audited_before'])} → {_yes(c['audited_after'])}.")
    return out


def _name(g: PowerGraph, node: str) -> str:
    return g.bodies[node].label if node in g.bodies else node


def _yes(value: bool | None) -> str:
    return "—" if value is None else ("oui" if value else "non")


# --- Graphviz ----------------------------------------------------------------------------

NODE_STYLE = {
    "citoyens": ("ellipse", "#fde68a"), "instance_citoyenne": ("ellipse", "#bbf7d0"),
    "elus": ("box", "#bfdbfe"), "executif": ("box", "#93c5fd"), "services": ("box", "#e5e7eb"),
    "etat": ("hexagon", "#fecaca"), "justice": ("hexagon", "#fca5a5"),
    "scrutin": ("diamond", "#fef3c7"), "decision": ("note", "#ffffff"),
}
EDGE_COLOR = {
    "propose": "#2563eb", "decide": "#111827", "audite": "#16a34a", "declenche": "#d97706",
    "nomme": "#7c3aed", "conseille": "#6b7280", "controle_legalite": "#dc2626",
}


def _dot_str(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(g: PowerGraph) -> str:
    """The graph in Graphviz DOT: shapes by kind of body, colours by kind of power, dashed
    edges for political commitments and dotted ones for opinions."""
    lines = [f"digraph {_dot_str('pouvoirs-' + g.pact_id)} {{",
             f"  graph [rankdir=LR, fontname=Helvetica, label={_dot_str(g.title)}, labelloc=t];",
             "  node [fontname=Helvetica, style=filled];",
             "  edge [fontname=Helvetica, fontsize=9];"]
    for body in g.bodies.values():
        shape, color = NODE_STYLE[body.kind]
        lines.append(f"  {_dot_str(body.id)} [label={_dot_str(body.label)}, shape={shape}, "
                     f"fillcolor={_dot_str(color)}];")
    for p in g.powers:
        style = {"droit": "solid", "engagement": "dashed", "avis": "dotted"}[p.force]
        label = f"{EDGE_KIND_FR[p.kind]} : {p.label}\n[{p.clause}]"
        lines.append(f"  {_dot_str(p.source)} -> {_dot_str(p.target)} [label={_dot_str(label)}, "
                     f"color={_dot_str(EDGE_COLOR[p.kind])}, style={style}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def bilan_section(pact: Pact) -> dict[str, Any]:
    """A short summary for `pacte bilan`: votes citizens can call, lone deciders, who is
    audited, and the analyses in French sentences."""
    g = build(pact)
    acc = accountability(g)
    conc = concentration(g)
    votes = citizen_votes(g)
    return {
        "bodies": len(g.bodies), "powers": len(g.powers),
        "citizen_votes": sorted({v.decision for v in votes}),
        "decided_alone": {d.decision: d.alone for d in conc.decisions if d.alone},
        "audited_by_citizens": sorted(a.holder for a in acc if a.audited_by_citizens),
        "without_accountability_path": sorted(a.holder for a in acc if not a.paths),
        "findings": findings(g, acc, conc, votes),
    }
