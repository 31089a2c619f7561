"""Dated steps of one procedure, for `pacte calendrier` and the dashboard."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from engine.core.defaults import DEFAULT_REGIME
from engine.core.errors import InputError
from engine.model.pact import Pact
from engine.model.regime import Regime
from engine.model.scenario import Scenario

Procedure = Literal["petition", "abrogation", "revocation", "rotation", "audits", "mandat"]
PROCEDURES: tuple[str, ...] = ("petition", "abrogation", "revocation", "rotation", "audits", "mandat")
NEEDS_START = ("petition", "abrogation", "revocation")


def parse_day(text: str, field: str = "--depuis") -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError.single("(ligne de commande)", None, field,
                                f"date invalide « {text} » — attendu : une date réelle AAAA-MM-JJ") from None


def procedure_steps(
    pact: Pact, scenario: Scenario, procedure: str, since: date | None, regime: Regime = DEFAULT_REGIME
) -> dict[str, Any]:
    """The JSON-ready calendar of one procedure: {"procedure", "regime", "steps", …}."""
    from engine.procedures import abrogation, audits, mandate, petition, revocation, rotation

    if procedure not in PROCEDURES:
        raise InputError.single("(ligne de commande)", None, "--procedure",
                                f"procédure inconnue « {procedure} » — attendu : {', '.join(PROCEDURES)}")
    start, end = scenario.mandate.start, scenario.mandate.end
    if since is not None and not start <= since <= end:
        raise InputError.single("(ligne de commande)", None, "--depuis",
                                f"le {since.isoformat()} est hors du mandat "
                                f"({start.isoformat()} – {end.isoformat()})")
    if since is None and procedure in NEEDS_START:
        raise InputError.single("(ligne de commande)", None, "--depuis",
                                f"la procédure « {procedure} » part d'une date : indiquer --depuis AAAA-MM-JJ")
    extra: dict[str, Any] = {}
    if procedure == "petition":
        steps = petition.petition_timeline(pact, scenario, since, regime)
        extra["signatures"] = petition.signatures_required(pact, scenario, since).as_dict()
        extra["signatures"]["value"] = vars(extra["signatures"]["value"])
    elif procedure == "abrogation":
        path = abrogation.abrogation_path(pact, scenario, since, regime=regime)
        steps = path.steps
        extra["suspension"] = {b: (None if iv is None else {"debut": iv[0].isoformat(), "fin": iv[1].isoformat(), "jours": (iv[1] - iv[0]).days})
                               for b, iv in path.suspension.items()}
        extra["outcomes"] = path.outcomes
    elif procedure == "revocation":
        steps = revocation.revocation_path(pact, scenario, since, regime).steps
    elif procedure == "rotation":
        steps = rotation.rotation_steps(pact, scenario)
    elif procedure == "audits":
        sched = audits.audit_schedule(pact, scenario)
        from engine.procedures.trace import step

        steps = [step(m.day, "auditions", " ; ".join(m.pairs), sched.trace[0]) for m in sched.meetings]
        extra["gaps"] = [{"pair": g.pair, "previous": g.previous.isoformat(),
                          "following": g.following.isoformat() if g.following else None,
                          "due": g.due.isoformat(), "excess_days": g.excess_days} for g in sched.gaps]
        extra["never_audited"] = sched.never_audited
        extra["renewals"] = [d.isoformat() for d in audits.renewals(pact, scenario)]
    else:
        steps = mandate.institutional_calendar(pact, scenario, regime)
    if since is not None and procedure not in NEEDS_START:
        steps = [s for s in steps if s.day >= since]
    return {"procedure": procedure, "regime": regime, "pacte": pact.info.id,
            "commune": scenario.commune.name,
            "steps": [s.as_dict() for s in sorted(steps, key=lambda s: s.day)], **extra}


#: the mandate's headline counts, by event of the institutional calendar (French labels)
OVERVIEW_EVENTS = (
    ("Séances du conseil municipal", "seance_cm"),
    ("Jours de votation possibles", "jour_de_votation"),
    ("Soirées d'auditions du Conseil Citoyen", "cc_auditions"),
    ("Renouvellements du Conseil Citoyen", "cc_renouvellement"),
    ("Élections d'un nouveau binôme maire", "election_maire_et_adjoints"),
    ("Réunions du bureau exécutif", "bureau_executif"),
    ("Comptes rendus publics des conseils de quartier", "cq_compte_rendu"),
    ("Séminaires de la majorité", "seminaire_majorite"),
    ("Votes sur la PPI (y compris un second vote)", "ppi_referendum"),
)


def mandate_overview(pact: Pact, scenario: Scenario, regime: Regime = DEFAULT_REGIME) -> dict[str, Any]:
    """The mandate at a glance (the report's « Calendrier » section): its dates and how many
    sessions, votation days, audit evenings, renewals, mayoral elections, bureau meetings,
    quartier reports, seminars and PPI votes it holds, and its distinct periods without
    local vote (:func:`~engine.procedures.referendum.blackout_periods`)."""
    from engine.core.calendar import format_date
    from engine.procedures.mandate import institutional_calendar
    from engine.procedures.referendum import blackout_periods

    steps = institutional_calendar(pact, scenario, regime)
    out: dict[str, Any] = {
        "Mandat": f"du {format_date(scenario.mandate.start)} au {format_date(scenario.mandate.end)}"}
    for label, event in OVERVIEW_EVENTS:
        out[label] = sum(s.event == event or (event == "ppi_referendum" and s.event == "ppi_second_tour")
                         for s in steps)
    out["Périodes sans scrutin local"] = len(blackout_periods(scenario))
    return out
