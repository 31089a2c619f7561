"""The powers the pact gives citizens: the Conseil Citoyen and its audits, revocation
consultations, votations, referendums, quartier councils, conventions, the PPI and PLUIHD.

Each function reads one clause of the pact through its typed attributes and grants the
powers it gives, each cited by the parameter read (see :mod:`engine.powers.builder`). Under
the CGCT these are political commitments (``engagement``) or opinions (``avis``): only the
council decides (L2121-29) and a local referendum binds only under LO1112-7.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from engine.powers.builder import num
from engine.powers.graph import CITIZENS, electorate_node
from engine.powers.law_edges import LEGAL_BUDGETS, LEGAL_COUNCIL

if TYPE_CHECKING:  # pragma: no cover
    from engine.powers.builder import GraphBuilder


def add_citizen_council(b: GraphBuilder) -> None:
    """Clause « conseil_citoyen » : des habitant·es tiré·es au sort qui auditent les binômes
    (et le binôme maire s'il est audité), proposent des délibérations et rendent des avis ;
    un pouvoir de décision serait contraire à L2143-2 (instances consultatives)."""
    cc = b.pact.citizen_council
    if cc is None:
        return
    members = b.read(cc, cc.members)
    b.clause_body("conseil_citoyen", f"Conseil Citoyen ({members.value} tiré·es au sort)",
                  "instance_citoyenne", cc)
    b.grant(CITIZENS, "conseil_citoyen", "nomme", f"tirage au sort de {members.value} "
            f"habitant·es, renouvelé tous les {b.value(cc.renewal_months)} mois", members)
    period = b.read(cc, cc.audit_period_months)
    per_meeting = b.read(cc, cc.audits_per_meeting)
    if per_meeting.value > 0:
        b.grant("conseil_citoyen", "binomes", "audite", f"audite chaque binôme tous les "
                f"{period.value} mois ({per_meeting.value} auditions par soirée)", per_meeting)
        pairs = b.pact.pairs
        if pairs is None or any(d.mayor and d.audited for d in pairs.delegations):
            b.grant("conseil_citoyen", "maire", "audite",
                    f"audite le binôme maire tous les {period.value} mois", period)
    b.grant("conseil_citoyen", "bureau_executif" if b.pact.bureau else "conseil_municipal",
            "propose", "propose des délibérations (droit d'initiative)", b.clause(cc))
    deciding = b.read(cc, cc.decision_powers)
    if deciding.value:
        b.grant("conseil_citoyen", "deliberations", "decide",
                "décide (pouvoir contraire à L2143-2 : avis seulement)", deciding)
    else:
        b.grant("conseil_citoyen", "conseil_municipal", "conseille",
                "rend des avis et des recommandations", deciding, force="avis")


def add_revocation(b: GraphBuilder) -> None:
    """Clause « consultation_revocation » : le conseil déclenche une consultation sur un
    binôme (L1112-15) ; le oui enjoint de démissionner, une révocation automatique serait
    contraire à L2122-16 ; le Conseil Citoyen peut la demander s'il en a le droit."""
    rev = b.pact.revocation
    if rev is None:
        return
    effect = b.read(rev, rev.outcome_if_yes)
    b.clause_body("consultation_revocation", "Consultation de révocation d'un binôme", "scrutin",
                  rev)
    debate = b.read(rev, rev.debate_days)
    b.grant("conseil_municipal", "consultation_revocation", "declenche",
            f"délibère pour organiser une consultation de révocation ; {debate.value} jours "
            "de débat", debate)
    what = ("révoque automatiquement le binôme (contraire à L2122-16)"
            if effect.value == "revocation_automatique" else "enjoint au binôme de démissionner")
    b.grant("consultation_revocation", "binomes", "nomme", f"le oui {what}", effect)
    b.grant("consultation_revocation", "maire", "nomme", f"le oui {what}", effect)
    cc = b.pact.citizen_council
    if cc is None:
        return
    request = b.read(cc, cc.can_request_revocation)
    if request.value:
        b.grant("conseil_citoyen", "conseil_municipal", "propose",
                "demande une consultation de révocation après un avis défavorable", request)
        b.grant("maire", "ordre_du_jour", "propose",
                "inscrit la demande du Conseil Citoyen au prochain conseil", b.clause(rev))


def add_staff_audit(b: GraphBuilder) -> None:
    """Clause « audit_dircab_dgs » : le Conseil Citoyen audite le binôme DGS – Dir'Cab et peut
    en proposer la destitution à qui les nomme (le maire, L2122-19, ou le bureau)."""
    sa = b.pact.staff_audit
    if sa is None or b.pact.citizen_council is None:
        return
    period = b.read(sa, sa.period_months)
    b.grant("conseil_citoyen", "dgs_dircab", "audite",
            f"audite le binôme DGS – Dir'Cab tous les {period.value} mois", period)
    to = b.read(sa, sa.dismissal_proposed_to)
    target = "bureau_executif" if to.value == "bureau_executif" and b.pact.bureau else "maire"
    b.grant("conseil_citoyen", target, "propose",
            "propose la destitution du binôme DGS – Dir'Cab après un avis défavorable", to)


def add_petition(b: GraphBuilder) -> None:
    """Clause « votation_propositionnelle » : une pétition déclenche une votation (au-delà
    du droit de L1112-16 : un dixième des électeurs pour une simple inscription à l'ordre du
    jour) ; le conseil adopte ou organise la votation, dont le résultat l'engage ou l'informe."""
    pet = b.pact.petition
    if pet is None:
        return
    b.clause_body("votation_propositionnelle", "Votation propositionnelle", "scrutin", pet)
    pct = b.read(pet, pet.threshold_pct)
    absolute = b.value(pet.threshold_absolute) if pet.threshold_absolute is not None else None
    extra = f", au moins {num(absolute)} signatures" if absolute else ""
    who = electorate_node(b.value(pet.signatories))
    b.grant(who, "votation_propositionnelle", "declenche",
            f"pétition de {num(pct.value)} % des électeur·rices inscrit·es{extra}", pct)
    b.grant("conseil_municipal", "votation_propositionnelle", "decide",
            "adopte la proposition telle quelle ou organise la votation", b.clause(pet))
    if b.pact.dpc is not None:
        check = b.read(pet, pet.dpc_check_days)
        b.grant("dpc", "conseil_municipal", "conseille",
                f"vérifie les signatures et la recevabilité ({check.value} jours)", check)
    quorum = b.value(pet.quorum_pct)
    q = "sans quorum" if quorum == 0 else f"quorum {num(quorum)} %"
    binding = b.read(pet, pet.result_binding)
    if binding.value:
        b.grant("votation_propositionnelle", "deliberations", "decide",
                f"le oui ({q}) engage le conseil à adopter la proposition", binding)
    else:
        b.grant("votation_propositionnelle", "conseil_municipal", "conseille",
                f"le résultat ({q}) est un avis", binding, force="avis")


def add_abrogation(b: GraphBuilder) -> None:
    """Clause « votation_abrogatoire » : une demande puis des signatures déclenchent un vote
    sur l'abrogation d'une délibération ; suspendre son exécution serait contraire à L2131-1
    (une délibération transmise est exécutoire)."""
    ab = b.pact.abrogation
    if ab is None:
        return
    b.clause_body("votation_abrogatoire", "Votation abrogatoire", "scrutin", ab)
    signatures = b.read(ab, ab.signatures_required)
    suspends = (" ; la demande suspend l'exécution (contraire à L2131-1)"
                if b.value(ab.suspends_execution) else "")
    b.grant(CITIZENS, "votation_abrogatoire", "declenche",
            f"demande sous {b.value(ab.request_months)} mois puis {num(signatures.value)} "
            f"signatures en {b.value(ab.collection_months)} mois{suspends}", signatures)
    suspension = b.read(ab, ab.suspends_execution)
    if suspension.value:
        b.grant(CITIZENS, "deliberations", "controle_legalite",
                "leur demande d'abrogation suspend l'exécution de la délibération (contraire à "
                "L2131-1 : seuls le préfet et le juge suspendent)", suspension)
    binding = b.read(ab, ab.result_binding)
    if binding.value:
        b.grant("votation_abrogatoire", "deliberations", "decide",
                "le oui engage le conseil suivant à abroger la délibération", binding)
    else:
        b.grant("votation_abrogatoire", "conseil_municipal", "conseille",
                "le résultat est un avis", binding, force="avis")


def add_referendum(b: GraphBuilder) -> None:
    """Clause « referendum_municipal » : le conseil s'engage à suivre le référendum local
    même sans la participation de LO1112-7, et à en organiser un nombre minimal
    (LO1112-1 : lui seul le déclenche)."""
    ref = b.pact.referendum
    if ref is None:
        return
    follow = b.read(ref, ref.follow_without_quorum)
    if follow.value:
        b.grant("referendum_local", "deliberations", "decide",
                "le conseil s'engage à suivre le résultat même sans la participation légale",
                follow)
    minimum = b.read(ref, ref.min_per_mandate)
    if minimum.value:
        b.grant("conseil_municipal", "referendum_local", "declenche",
                f"s'engage à en organiser au moins {minimum.value} pendant le mandat", minimum)


def add_quartier_councils(b: GraphBuilder) -> None:
    """Clause « conseils_de_quartier » : des assemblées ouvertes (L2143-1) qui décident ou
    proposent l'emploi d'un budget d'investissement que le conseil vote (L2311-1, L2312-1),
    et, si le pacte le dit (« peuvent_lancer_petitions »), lancer pétitions et demandes
    d'abrogation."""
    qc = b.pact.quartier_councils
    if qc is None:
        return
    b.clause_body("conseils_de_quartier", f"Conseils de quartier ({b.value(qc.count)})",
                  "instance_citoyenne", qc)
    b.clause_body("budgets_quartier", "Budgets d'investissement des quartiers", "decision", qc)
    plenary = b.read(qc, qc.plenary_per_month)
    b.grant(CITIZENS, "conseils_de_quartier", "nomme", f"assemblées ouvertes à tous les "
            f"habitant·es ({plenary.value} plénière par mois)", plenary)
    b.law("conseil_municipal", "budgets_quartier", "decide",
          "vote chaque année les crédits (le budget reste celui du conseil)",
          ("L2311-1", "L2312-1"), LEGAL_BUDGETS)
    amount = num(b.value(qc.budget_per_year_eur))
    deciding = b.read(qc, qc.decision_powers)
    if deciding.value:
        b.grant("conseils_de_quartier", "budgets_quartier", "decide",
                f"décident de l'emploi de {amount} € par an et par quartier", deciding)
    else:
        b.grant("conseils_de_quartier", "budgets_quartier", "propose",
                f"proposent l'emploi de {amount} € par an et par quartier", deciding)
    if qc.may_petition is None:  # the pact does not say: no power is assumed
        return
    petitions = b.read(qc, qc.may_petition)
    if not petitions.value:
        return
    if b.pact.petition is not None:
        b.grant("conseils_de_quartier", "votation_propositionnelle", "propose",
                "peuvent lancer des pétitions", petitions)
    if b.pact.abrogation is not None:
        b.grant("conseils_de_quartier", "votation_abrogatoire", "propose",
                "peuvent demander une abrogation", petitions)


def add_conventions(b: GraphBuilder) -> None:
    """Clause « conventions_citoyennes » : un panel que le conseil convoque sur un sujet
    conflictuel et qui lui propose (un avis : le conseil décide, L2121-29)."""
    conv = b.pact.conventions
    if conv is None:
        return
    b.clause_body("convention_citoyenne", "Convention citoyenne", "instance_citoyenne", conv)
    per_year = b.read(conv, conv.max_per_year)
    by_lot = b.read(conv, conv.drawn_by_lot)
    how = "tirage au sort" if by_lot.value else "volontariat"
    b.grant(CITIZENS, "convention_citoyenne", "nomme", f"panel constitué par {how}", by_lot)
    b.grant("conseil_municipal", "convention_citoyenne", "declenche",
            f"la convoque sur un sujet conflictuel (au plus {per_year.value} par an)", per_year)
    b.grant("convention_citoyenne", "conseil_municipal", "propose",
            "analyse et propose au conseil", b.clause(conv))


def add_investment_plan(b: GraphBuilder) -> None:
    """Clause « ppi » : la programmation pluriannuelle d'investissement soumise au vote avec
    des propositions citoyennes ; le budget reste voté par le conseil (L2311-1, L2312-1),
    qui ratifie ou reçoit le résultat comme un avis."""
    ppi = b.pact.ppi
    if ppi is None:
        return
    b.clause_body("vote_ppi", "Référendum sur la PPI", "scrutin", ppi)
    proposals = b.read(ppi, ppi.max_citizen_proposals)
    if proposals.value > 0:
        b.grant(CITIZENS, "vote_ppi", "propose", f"soumettent au vote jusqu'à {proposals.value} "
                "propositions alternatives", proposals)
    b.grant("maire", "vote_ppi", "propose", "la version des élu·es est soumise au vote",
            b.clause(ppi))
    if b.pact.citizen_council is not None:
        b.grant("conseil_citoyen", "vote_ppi", "propose", "amende la version des élu·es",
                b.clause(ppi))
    rule = ("à la pluralité" if b.value(ppi.decision_rule) == "pluralite"
            else "à la majorité absolue")
    ratified = b.read(ppi, ppi.council_ratifies)
    if ratified.value:
        b.grant("vote_ppi", "budget", "decide",
                f"la proposition gagnante ({rule}) est ratifiée par le conseil", ratified)
    else:
        b.grant("vote_ppi", "conseil_municipal", "conseille",
                f"résultat ({rule}) transmis au conseil", ratified, force="avis")


def add_pluihd(b: GraphBuilder) -> None:
    """Clause « pluihd » : l'avis de la commune sur les modifications du PLUIHD, que rend le
    conseil (L2121-29), relu par les conseils de quartier, approuvé par le Conseil Citoyen
    et tranché par référendum en cas de conflit si le pacte le prévoit."""
    pl = b.pact.pluihd
    if pl is None:
        return
    b.clause_body("pluihd", "Modifications du PLUIHD (avis de la commune)", "decision", pl)
    b.law("conseil_municipal", "pluihd", "decide", "rend l'avis de la commune",
          ("L2121-29",), LEGAL_COUNCIL)
    if b.pact.quartier_councils is not None:
        reviews = b.read(pl, pl.quartier_reviews)
        b.grant("conseils_de_quartier", "pluihd", "propose",
                f"relisent {reviews.value} fois chaque projet", reviews)
    approval = b.read(pl, pl.citizen_council_approval)
    if b.pact.citizen_council is not None and approval.value:
        b.grant("conseil_citoyen", "pluihd", "decide", "approuve le projet", approval)
    conflict = b.read(pl, pl.referendum_on_conflict)
    if conflict.value:
        b.grant("referendum_local", "pluihd", "decide", "tranche en cas de conflit marqué",
                conflict)
