"""How the majority organises itself: pairs, executive, bureau, council sessions, committees,
the Direction du Pouvoir Citoyen, the mayor's rotation and collegial meetings.

Each function reads one clause of the pact through its typed attributes and grants the
powers it gives, each cited by the parameter read (see :mod:`engine.powers.builder`). The
law keeps the last word: the mayor alone delegates (L2122-18), the council alone decides
(L2121-29); what the pact adds is a political commitment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from engine.powers.builder import num
from engine.powers.graph import CITIZENS
from engine.powers.law_edges import LEGAL_COUNCIL

if TYPE_CHECKING:  # pragma: no cover
    from engine.powers.builder import GraphBuilder


def add_pairs(b: GraphBuilder) -> None:
    """Clause « binomes » : le maire confie les délégations du pacte à des binômes d'élu·es
    (L2122-18, délégation par arrêté) ; l'élu·e non adjoint·e de chaque binôme peut présider
    une commission (L2121-22)."""
    pairs = b.pact.pairs
    if pairs is None:
        return
    b.clause_body("binomes", f"Binômes d'élu·es ({len(pairs.delegations)} délégations, "
                  f"{len(pairs.quartier_pairs)} quartiers)", "elus", pairs)
    if any(d.mayor for d in pairs.delegations):
        b.clause_body("maire", "Binôme maire – 1er adjoint·e", "executif", pairs)
    b.grant("maire", "binomes", "nomme", f"confie les délégations fixées par le pacte à des "
            f"binômes de {b.value(pairs.pair_size)} élu·es", b.clause(pairs))
    chair = b.read(pairs, pairs.committee_chair_is_non_adjoint)
    if chair.value and b.pact.committees is not None:
        b.grant("binomes", "commissions", "conseille",
                "l'élu·e non adjoint·e de chaque binôme préside la commission", chair)


def add_executive(b: GraphBuilder) -> None:
    """Clause « executif » (graine 002) : un binôme ou un exécutif collégial à la place du
    maire seul, et des groupes d'élu·es délégué·es (L2122-18) dont il fixe la feuille de
    route."""
    ex = b.pact.executive
    if ex is None:
        return
    b.clause_body("maire", f"Binôme exécutif ({b.value(ex.members)} élu·es)", "executif", ex)
    lo, hi = b.value(ex.group_size_min), b.value(ex.group_size_max)
    b.clause_body("binomes", f"Binômes ou groupes de {lo} à {hi} élu·es délégué·es", "elus", ex)
    b.grant("maire", "binomes", "conseille", "établit avec chaque binôme sa feuille de route",
            b.clause(ex))


def add_bureau(b: GraphBuilder) -> None:
    """Clause « bureau_executif » : un bureau où siègent le binôme maire et un membre de
    chaque binôme, qui prépare l'ordre du jour que le maire fixe (L2121-10)."""
    bureau = b.pact.bureau
    if bureau is None:
        return
    voting = b.read(bureau, bureau.voting_members)
    b.clause_body("bureau_executif", f"Bureau exécutif ({voting.value} votant·es)", "executif",
                  bureau)
    meetings = b.read(bureau, bureau.meetings_per_month)
    b.grant("maire", "bureau_executif", "nomme", "le binôme maire y siège de droit", voting)
    b.grant("binomes", "bureau_executif", "nomme",
            "un membre de chaque binôme y siège à tour de rôle", voting)
    minutes = ", compte rendu public)" if b.value(bureau.public_minutes) else ")"
    b.grant("bureau_executif", "ordre_du_jour", "propose",
            f"prépare l'ordre du jour du conseil ({meetings.value} réunions par mois{minutes}",
            meetings)
    b.grant("dgs_dircab", "bureau_executif", "conseille", "y siègent sans voix délibérative",
            b.clause(bureau))


def add_council_sessions(b: GraphBuilder) -> None:
    """Clause « conseil_municipal » : un temps d'interpellation des citoyen·nes à chaque
    séance (le règlement intérieur l'organise, L2121-8 ; le conseil reste libre)."""
    council = b.pact.council
    if council is None:
        return
    hours = b.read(council, council.interpellation_hours)
    sessions = b.value(council.sessions_per_year)
    if hours.value > 0:
        b.grant(CITIZENS, "conseil_municipal", "propose", f"interpellent le conseil "
                f"({num(hours.value)} h par séance, {sessions} séances par an)", hours)


def add_committees(b: GraphBuilder) -> None:
    """Clause « commissions » : le conseil crée des commissions d'étude (L2121-22), ouvertes
    ou non aux habitant·es ; un pouvoir de décision leur serait contraire (elles étudient)."""
    com = b.pact.committees
    if com is None:
        return
    open_ = b.read(com, com.open_to_residents)
    b.clause_body("commissions", f"Commissions de travail ({len(b.value(com.names))})",
                  "instance_citoyenne" if open_.value else "elus", com)
    b.law("conseil_municipal", "commissions", "nomme", "crée les commissions d'étude",
          ("L2121-22",), LEGAL_COUNCIL)
    if open_.value:
        b.grant(CITIZENS, "commissions", "nomme", f"y participent librement (environ "
                f"{b.value(com.participants)} par commission)", open_)
    b.grant("commissions", "bureau_executif" if b.pact.bureau else "conseil_municipal",
            "propose", "préparent les délibérations", b.clause(com))
    deciding = b.read(com, com.decision_powers)
    if deciding.value:
        b.grant("commissions", "deliberations", "decide",
                "décident (pouvoir contraire à L2121-22 : les commissions étudient)", deciding)


def add_citizen_power_service(b: GraphBuilder) -> None:
    """Clause « direction_pouvoir_citoyen » : une direction des services, sous l'autorité du
    maire (L2122-18, L2122-19), qui organise et outille les instances citoyennes."""
    dpc = b.pact.dpc
    if dpc is None:
        return
    staff = sum(b.value(p) for p in (dpc.managers, dpc.supervisors, dpc.apprentices))
    b.clause_body("dpc", f"Direction du Pouvoir Citoyen ({staff} agent·es)", "services", dpc)
    b.grant("dgs_dircab", "dpc", "nomme", "la DPC est une direction des services, "
            "sous l'autorité du maire (L2122-18)", b.clause(dpc), force="droit")
    for target in ("conseil_citoyen", "conseils_de_quartier", "commissions"):
        if target in b.graph.bodies:
            b.grant("dpc", target, "conseille", "organise et outille", b.clause(dpc))


def add_rotation(b: GraphBuilder) -> None:
    """Clause « rotation » : le conseil élit un nouveau binôme maire à période fixe (L2122-7) ;
    une démission automatique serait contraire à L2122-10 (le mandat court jusqu'au
    renouvellement du conseil)."""
    rot = b.pact.rotation
    if rot is None:
        return
    period = b.read(rot, rot.period_months)
    how = ("(démission automatique : contraire à L2122-10)" if b.value(rot.automatic)
           else "(après démission volontaire)")
    b.grant("conseil_municipal", "maire", "nomme",
            f"élit un nouveau binôme maire tous les {period.value} mois {how}", period)


def add_collegiality(b: GraphBuilder) -> None:
    """Clause « collegialite » (graine 002) : la réunion de la majorité, au consensus ou à la
    majorité, prépare les séances et conseille le binôme exécutif (sans pouvoir propre : le
    maire convoque et fixe l'ordre du jour, L2121-10)."""
    col = b.pact.collegiality
    if col is None:
        return
    rule = "au consensus" if b.value(col.decision_rule) == "consensus" else "à la majorité"
    b.clause_body("reunion_majorite", f"Réunion municipale de la majorité ({rule})", "elus", col)
    weekly = b.read(col, col.weekly_meeting)
    b.grant("binomes", "reunion_majorite", "nomme", "tous les élu·es de la majorité y siègent",
            weekly)
    b.grant("maire", "reunion_majorite", "nomme", "le binôme exécutif y siège", weekly)
    before_council = b.read(col, col.meeting_before_council)
    if before_council.value:
        b.grant("reunion_majorite", "ordre_du_jour", "propose",
                f"prépare chaque séance du conseil {rule}", before_council)
    seminar = b.read(col, col.seminar_months)
    b.grant("reunion_majorite", "maire", "conseille",
            f"séminaire de la majorité tous les {seminar.value} mois", seminar)
