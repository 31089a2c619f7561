"""`pacte lettres`: how many invitation letters to send, per quartier (and per stratum), for
the citizen council's draw — or, with ``--organe ID``, a body of « assemblees_tirees_au_sort »
— and the chance that every quota can be met."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from engine.cli.commands._common import Format, overrides, print_json
from engine.cli.commands._tirage_options import (
    AgeOpt,
    BodyOpt,
    FmtOpt,
    PactOpt,
    ScenOpt,
    SeedOpt,
    SetOpt,
    TolOpt,
    WomenOpt,
)

ORDER = 61


def register(app: typer.Typer) -> None:
    app.command("lettres", short_help="Compter les lettres d'invitation à envoyer par quartier.")(lettres)


def lettres(
    vivier: Annotated[int | None, typer.Option(
        "--vivier", help="Taille visée du vivier (volontaires) ; sans elle, le plus petit vivier "
                         "dont les quotas tiennent avec la --confiance voulue.")] = None,
    taux: Annotated[float | None, typer.Option(
        "--taux-acceptation", help="Part des invité·es qui se portent volontaires, en % "
                                   "(défaut : hypothèse du scénario, sinon 3 %).")] = None,
    confiance: Annotated[float, typer.Option(
        "--confiance", help="Probabilité visée que tous les quotas puissent être respectés.")] = 0.95,
    simulations: Annotated[int, typer.Option("--simulations", help="Viviers simulés (Monte-Carlo).")] = 300,
    graine: SeedOpt = None,
    femmes_par_quartier: WomenOpt = None,
    age: AgeOpt = None,
    tolerance: TolOpt = 0,
    strates: Annotated[bool, typer.Option("--strates", help="Afficher les lettres par strate "
                                                          "(quartier × genre × CSP).")] = False,
    pacte: PactOpt = None,
    scenario: ScenOpt = None,
    format: FmtOpt = Format.text,
    set_: SetOpt = None,
    organe: BodyOpt = None,
) -> None:
    """Lettres d'invitation à envoyer par quartier (et par strate) pour le tirage du Conseil
    Citoyen (ou de l'assemblée --organe), et probabilité que tous les quotas puissent être
    respectés."""
    from engine.io.context import load_context
    from engine.sortition.audit import make_seed
    from engine.sortition.letters import letters_needed
    from engine.sortition.quotas import council_quotas
    from engine.sortition.renewal import council_terms

    scen, pact = load_context(scenario, pacte, overrides(set_ or []))
    if organe is not None:
        from engine.procedures.assemblies import find_assembly
        from engine.sortition.body_quotas import body_quotas
        from engine.sortition.summary import body_terms

        quotas = body_quotas(pact, scen, organe, tolerance=tolerance)
        terms = body_terms(pact, scen, organe)
        name = f"de l'assemblée « {find_assembly(pact, organe).title} »"
        rule = "installation et renouvellements du pacte"
    else:
        quotas = council_quotas(pact, scen, women_by_quartier=femmes_par_quartier, with_age=age,
                                tolerance=tolerance)
        terms = council_terms(pact, scen)
        name, rule = "du Conseil Citoyen", "règles d'audit du pacte"
    seed = make_seed(graine if graine is not None else "1")
    plan = letters_needed(pact, scen, pool_size=vivier, acceptance_pct=taux, confidence=confiance,
                          quotas=quotas, simulations=simulations, seed=seed.value)
    if format is Format.json:
        print_json({**plan.to_dict(), "seed": seed.text, "body": organe,
                    "draws": [t.to_dict() for t in terms]})
        return
    typer.echo(_letters_text(plan, terms, seed.text, strates, name, rule))


def _letters_text(plan: Any, terms: list[Any], seed: str, strata: bool,
                  name: str = "du Conseil Citoyen", rule: str = "règles d'audit du pacte") -> str:
    """The letters plan in French, for a terminal (per quartier, quota by quota, the draws)."""
    from engine.core.calendar import format_date
    from engine.core.fr import format_value, number, plural
    from engine.procedures import figures as fig
    from engine.report.doc_common import human_source
    from engine.sortition.quotas import FEATURE_LABELS

    def pct(x: float) -> str:
        return f"{number(100 * x, 1)} %"

    low_r, high_r = plan.acceptance_range
    rng = "" if plan.acceptance_in_range else (f" — hors de la fourchette observée "
                                               f"{number(low_r, 1)}–{number(high_r, 1)} %")
    how = (f"plus petit vivier dont les quotas tiennent dans {pct(plan.confidence_target)} des cas"
           if plan.confidence_target is not None else "taille visée")
    figure = fig.LETTERS_FOR_CONFIDENCE if plan.confidence_target is not None else fig.LETTERS_PER_DRAW
    lines = [f"Invitations pour le tirage {name} ({plan.seats} sièges)",
             f"Taux d'acceptation : {format_value(float(plan.acceptance_pct), 'pourcent')} "
             f"({human_source(plan.acceptance_source)}){rng}",
             f"Vivier : {number(plan.pool_target)} volontaires ({how})",
             f"{figure.label} : {plural(plan.total_letters, 'lettre')}",
             f"  ({figure.definition}" + (
                 "" if plan.confidence_target is None else
                 " « pacte bilan » donne les lettres du vivier que prévoit la simulation, "
                 "« pacte simuler » celles de tous les tirages du mandat, relances comprises.")
             + ")", ""]
    if plan.beyond_population:
        lines += [f"Attention : {plan.beyond_population}", ""]
    for quartier, n in plan.letters.items():
        lines.append(f"  {quartier:<24} {number(n):>8} lettres → {number(plan.expected_volunteers[quartier], 1)} "
                     "volontaires attendu·es")
    low, high = plan.feasibility_interval
    lines += ["", f"Probabilité que tous les quotas puissent être respectés : {pct(plan.feasibility)} "
                  f"(intervalle à 95 % : {pct(low)} – {pct(high)} ; {plan.simulations} viviers simulés, "
                  f"graine « {seed} »)", "",
              "Quota par quota, chance que le vivier atteigne le minimum (loi binomiale) :"]
    for c in plan.quota_chances:
        if c.quota.min > 0:
            lines.append(f"  {FEATURE_LABELS[c.quota.feature]} « {c.quota.label} » : minimum {c.quota.min}, "
                         f"{number(c.expected, 1)} attendu·es, {pct(c.probability)}")
    if strata:
        lines += ["", "Par strate (lettres et volontaires attendus) :"]
        for s in plan.strata:
            label = " · ".join(s.values.values())
            lines.append(f"  {s.quartier:<24} {label:<40} {number(s.letters, 1):>8} lettres  "
                         f"{number(s.volunteers, 2):>6} volontaires")
    lines += ["", f"Tirages du mandat ({rule}) :"]
    for t in terms:
        lines.append(f"  {t.number}. {t.kind} : en place du {format_date(t.start)} au "
                     f"{format_date(t.end)} — {plural(plan.total_letters, 'lettre')}")
    lines.append(f"Sur le mandat : {plural(len(terms), 'tirage')} × "
                 f"{plural(plan.total_letters, 'lettre')} = "
                 f"{plural(len(terms) * plan.total_letters, 'lettre')}, sans relance.")
    return "\n".join(lines)
