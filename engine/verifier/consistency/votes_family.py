"""Consistency of the list families (issue 9): a vote whose fixed dates exceed its own
yearly cap, a vote triggered by a body drawn by lot the pact does not define, a body whose
strata's shares cannot fill its seats."""

from __future__ import annotations

from typing import Any

from engine.core.fr import number, plural
from engine.model.pact import Assembly, VoteProcedure, item_key
from engine.procedures.assemblies import category_seats
from engine.procedures.votes import years_over_cap
from engine.verifier.consistency.base import consistency
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import LegalContext


def _cap(ctx: LegalContext, v: VoteProcedure) -> Finding | None:
    over = years_over_cap(v)
    if not over or v.max_per_year is None:
        return None
    years = ", ".join(f"{n} en {y}" for y, n in over.items())
    return consistency(
        ctx, f"{item_key(v)}.plafond", item_key(v), "incoherent", "warning", (),
        f"{v.title} : les dates fixées dépassent le plafond du pacte de "
        f"{plural(v.max_per_year.at(), 'vote')} par an ({years}).", {"annees": {str(y): n for y, n in over.items()}},
        title=(f"Les dates fixées dépassent le plafond de {plural(v.max_per_year.at(), 'vote')} "
               f"par an en {plural(len(over), 'année')}"),
        source=str(v.source))


def _trigger_body(ctx: LegalContext, v: VoteProcedure) -> Finding | None:
    if "organe_tire_au_sort" not in v.triggers.at():
        return None
    ids = [a.id for a in ctx.pact.assemblies]
    named = v.trigger_body.at() if v.trigger_body is not None else None
    if named in ids or (named is None and (ids or ctx.pact.citizen_council is not None)):
        return None
    what = f"l'assemblée « {named} »" if named else "une assemblée tirée au sort"
    return consistency(
        ctx, f"{item_key(v)}.organe", item_key(v), "incoherent", "warning", (),
        f"{v.title} : le vote peut être déclenché par {what}, que le pacte ne crée pas "
        f"(assemblées du pacte : {', '.join(ids) or 'aucune'}).", {"assemblees": ids},
        title=f"Le vote peut être déclenché par {what}, que le pacte ne crée pas",
        source=str(v.source))


def _strata(ctx: LegalContext, a: Assembly) -> list[Finding]:
    out = []
    seats = a.members.at()
    for stratum in a.strata.at():
        low = sum(category_seats(seats, c).min for c in stratum.categories)
        if low > seats:
            out.append(consistency(
                ctx, f"{item_key(a)}.{stratum.criterion}", item_key(a), "incoherent",
                "warning", (), f"{a.title} : la strate « {stratum.criterion} » réserve au moins "
                f"{number(low)} sièges pour {number(seats)} membres.",
                {"sieges_minimum": low, "membres": seats}, source=str(a.source),
                title=(f"La strate « {_criterion(stratum.criterion)} » réserve {number(low)} "
                       f"sièges pour {number(seats)} membres")))
        out += [f for f in (_unknown_quartiers(ctx, a, stratum), _shares(ctx, a, stratum))
                if f is not None]
    return out


def _unknown_quartiers(ctx: LegalContext, a: Assembly, stratum: Any) -> Finding | None:
    """A quota on a quartier the commune does not have can never be filled."""
    if stratum.criterion != "quartier":
        return None
    known = [q.name for q in ctx.scenario.commune.quartiers]
    unknown = [c.code for c in stratum.categories if c.code not in known]
    if not unknown:
        return None
    return consistency(
        ctx, f"{item_key(a)}.quartier.inconnu", item_key(a), "incoherent", "warning", (),
        f"{a.title} : quota sur {', '.join(f'« {u} »' for u in unknown)}, quartier inconnu de "
        f"{ctx.scenario.commune.name} (quartiers du scénario : {', '.join(known)}) : ce siège "
        "ne peut pas être pourvu.", {"inconnus": unknown, "quartiers": known},
        title=(f"{plural(len(unknown), 'quota')} de quartier ne "
               f"{'peuvent' if len(unknown) > 1 else 'peut'} pas être pourvu"
               f"{'s' if len(unknown) > 1 else ''} : quartier inconnu de la commune"),
        source=str(a.source))


def _shares(ctx: LegalContext, a: Assembly, stratum: Any) -> Finding | None:
    """Shares of one criterion under 100 % (more is refused when the pact is read) leave
    seats free of that criterion: maybe wanted (a minimum quota), but it should be said."""
    shares = [c.share_pct for c in stratum.categories if c.share_pct is not None]
    if not shares or len(shares) != len(stratum.categories):
        return None
    total = sum(shares)
    if total >= 100:
        return None

    def pct(x: float) -> str:
        return number(x, 0 if float(x).is_integer() else 1)

    return consistency(
        ctx, f"{item_key(a)}.{stratum.criterion}.parts", item_key(a), "a_verifier", "warning",
        (), f"{a.title} : les parts de la strate « {stratum.criterion} » font {pct(total)} % "
        f"(les {pct(100 - total)} % restants des sièges sont libres de ce critère : voulu ?).",
        {"total_pct": total}, source=str(a.source),
        title=(f"Les parts de la strate « {_criterion(stratum.criterion)} » ne font que "
               f"{pct(total)} % des sièges"))


def _criterion(code: str) -> str:
    """A criterion's code written as words (« tranche_age » → « tranche age »)."""
    return code.replace("_", " ")


def check(ctx: LegalContext) -> list[Finding]:
    """Every consistency finding of the votes and bodies drawn by lot."""
    out: list[Finding] = []
    for v in ctx.pact.votes:
        out += [f for f in (_cap(ctx, v), _trigger_body(ctx, v)) if f is not None]
    for a in ctx.pact.assemblies:
        out += _strata(ctx, a)
    return out
