"""`pacte tirage`, `pacte vivier`: drawing the citizen council by lot with the pact's quotas."""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

from engine.cli.commands._common import SCENARIO_HELP, SET_HELP, Format, overrides, print_json

ORDER = 60

PoolArg = Annotated[Path | None, typer.Argument(
    help="Vivier : CSV avec une ligne par volontaire, colonnes id, quartier, genre, csp "
         "(et age si la stratification le demande).", show_default=False)]
PactOpt = Annotated[str | None, typer.Option("--pacte", help="Pacte (fichier YAML ou identifiant) ; "
                                             "défaut : celui du scénario.")]
SeedOpt = Annotated[str | None, typer.Option(
    "--graine", help="Graine publique (nombre ou texte, ex. résultat d'un loto) ; sans graine, "
                     "une graine est tirée et écrite dans le résultat.")]
AlgoOpt = Annotated[str, typer.Option(
    "--algorithme", help="profils (défaut : leximin sur les profils, rapide), maximin, nash ou "
                         "legacy (ceux de sortition-algorithms).")]
OutOpt = Annotated[Path | None, typer.Option(
    "--out", help="Dossier où écrire tirage.json, panel.csv, probabilites.csv, quotas.csv "
                  "(écrit d'un bloc ; un dossier existant n'est remplacé que s'il ne contient "
                  "que des résultats de Pacte).")]
WomenOpt = Annotated[bool | None, typer.Option(
    "--femmes-par-quartier/--femmes-au-total",
    help="Au moins la part de femmes du pacte dans chaque quartier (catégorie combinée "
         "quartier × genre) ou seulement sur l'ensemble ; défaut : selon la stratification du pacte.",
    show_default=False)]
AgeOpt = Annotated[bool | None, typer.Option(
    "--age/--sans-age", help="Stratifier aussi par tranche d'âge (colonne age) ; défaut : selon le pacte.",
    show_default=False)]
TolOpt = Annotated[int, typer.Option(
    "--tolerance", help="Sièges de marge de part et d'autre des quotas proportionnels (CSP, âge).")]
KeepOpt = Annotated[list[str] | None, typer.Option(
    "--garder", help="Membres déjà en place, gardés (remplacement) : identifiants séparés par des "
                     "virgules, ou @fichier.csv (colonne id). Répétable.")]
ExcludeOpt = Annotated[list[str] | None, typer.Option(
    "--exclure", help="Personnes à ne pas tirer (ex. membres sortants) : identifiants ou @fichier. Répétable.")]
GenOpt = Annotated[int | None, typer.Option(
    "--generer-vivier", help="Tirer d'abord un vivier synthétique de N personnes selon la démographie "
                             "du scénario (graine dérivée de --graine).")]
RunsOpt = Annotated[int, typer.Option(
    "--repetitions-legacy", help="legacy : nombre de tirages répétés pour estimer les probabilités.")]
ScenOpt = Annotated[str | None, typer.Option("--scenario", help=SCENARIO_HELP)]
SetOpt = Annotated[list[str] | None, typer.Option("--set", help=SET_HELP)]
FmtOpt = Annotated[Format, typer.Option("--format", help="Format de sortie : text ou json.")]
StrictOpt = Annotated[bool, typer.Option(
    "--strict", help="Code de sortie 1 si les quotas ne peuvent pas être respectés.")]


def register(app: typer.Typer) -> None:
    @app.command("tirage")
    def tirage(
        vivier: PoolArg = None,
        pacte: PactOpt = None,
        scenario: ScenOpt = None,
        graine: SeedOpt = None,
        algorithme: AlgoOpt = "profils",
        out: OutOpt = None,
        format: FmtOpt = Format.text,
        femmes_par_quartier: WomenOpt = None,
        age: AgeOpt = None,
        tolerance: TolOpt = 0,
        garder: KeepOpt = None,
        exclure: ExcludeOpt = None,
        generer_vivier: GenOpt = None,
        repetitions_legacy: RunsOpt = 200,
        strict: StrictOpt = False,
        set_: SetOpt = None,
    ) -> None:
        """Tire au sort le Conseil Citoyen dans un vivier, avec les quotas du pacte : panel,
        probabilité de chacun·e, quotas atteints, ou l'assouplissement nécessaire."""
        from engine.core.errors import InputError
        from engine.io.context import load_context, resolve_pact, resolve_scenario
        from engine.io.output_dir import Kind, reserve_optional
        from engine.sortition.audit import make_seed, sha256_file, versions
        from engine.sortition.draw import ALGORITHMS, draw
        from engine.sortition.pool import parse_pool, read_pool
        from engine.sortition.quotas import AGE, council_quotas
        from engine.sortition.report import files, to_json, to_text
        from engine.sortition.synth import generate_pool, pool_csv

        if algorithme not in ALGORITHMS:
            raise InputError.single("--algorithme", None, "--algorithme",
                                    f"« {algorithme} » inconnu — attendu : {', '.join(ALGORITHMS)}")
        if (vivier is None) == (generer_vivier is None):
            raise InputError.single("vivier", None, "VIVIER",
                                    "indiquer soit un fichier de vivier, soit --generer-vivier N")
        if repetitions_legacy < 1:
            raise InputError.single("--repetitions-legacy", None, "--repetitions-legacy", "au moins 1")
        with reserve_optional(out, Kind.FOLDER) as target:
            scen, pact = load_context(scenario, pacte, overrides(set_ or []))
            quotas = council_quotas(pact, scen, women_by_quartier=femmes_par_quartier, with_age=age,
                                    tolerance=tolerance)
            seed = make_seed(graine)
            extra: dict[str, str] = {}
            if generer_vivier is not None:
                text = pool_csv(generate_pool(scen, generer_vivier, seed.derived("vivier")))
                pool = parse_pool(text.encode(), "vivier.csv", scen, need_age=AGE in quotas.features)
                extra["vivier.csv"] = text
            else:
                pool = read_pool(vivier, scen, need_age=AGE in quotas.features)
            keep = _known(_ids(garder or [], "--garder"), pool)
            exclude = _known(_ids(exclure or [], "--exclure"), pool)
            result = draw(pool, quotas, seed, algorithm=algorithme, keep=keep, exclude=exclude,
                          legacy_runs=repetitions_legacy)

            scen_path = resolve_scenario(scenario)
            pact_path = resolve_pact(pacte if pacte is not None else scen.info.pact, base=scen_path.parent)
            command = ["pacte", "tirage", *([str(vivier)] if vivier else []),
                       "--graine", seed.text, "--algorithme", algorithme]
            if generer_vivier is not None:
                command += ["--generer-vivier", str(generer_vivier)]
            if pacte:
                command += ["--pacte", pacte]
            if scenario:
                command += ["--scenario", scenario]
            if femmes_par_quartier is not None:
                command.append("--femmes-par-quartier" if femmes_par_quartier else "--femmes-au-total")
            if age is not None:
                command.append("--age" if age else "--sans-age")
            if tolerance:
                command += ["--tolerance", str(tolerance)]
            if keep:
                command += ["--garder", ",".join(keep)]
            if exclude:
                command += ["--exclure", ",".join(exclude)]
            for item in set_ or []:
                command += ["--set", item]
            audit = {
                "command": shlex.join(command),
                "pool": {"file": pool.name, "sha256": pool.sha256, "size": len(pool)},
                "pact": {"file": str(pact_path), "sha256": sha256_file(pact_path)},
                "scenario": {"file": str(scen_path), "sha256": sha256_file(scen_path)},
                "quotas_sha256": result.quotas.digest(),
                "options": {"women_by_quartier": femmes_par_quartier, "age": age, "tolerance": tolerance,
                            "keep": keep, "exclude": exclude, "legacy_runs": repetitions_legacy,
                            "generated_pool": generer_vivier, "overrides": set_ or []},
                "versions": versions(),
                "python_hash_seed": None if algorithme == "profils" else 0,
            }
            pact_check = None
            if result.feasible:
                from engine.procedures.audits import Member, check_panel

                people = pool.by_id()
                decision = check_panel(pact, scen, [Member(people[pid].features["quartier"],
                                                           people[pid].features["genre"])
                                                    for pid in result.panel])
                pact_check = decision.as_dict()
            document = to_json(result, audit, pact_check)
            if target is not None:
                readme = (f"Tirage au sort du Conseil Citoyen.\nPour le refaire à l'identique (mêmes "
                          f"versions, voir tirage.json § audit) :\n\n  {audit['command']}\n")
                target.write_files(files(result, pool, document, {**extra, "LISEZMOI.txt": readme}))
            if format is Format.json:
                print_json(document)
            else:
                typer.echo(to_text(result, pool))
                if pact_check is not None:
                    typer.echo(f"Vérification par la règle du pacte : {pact_check['explanation']}")
                if out is not None:
                    typer.echo(f"\nRésultats écrits dans {out}/")
                typer.echo(f"\nPour refaire ce tirage : {audit['command']}")
        if strict and not result.feasible:
            # SystemExit, not typer.Exit: cli.main runs click with standalone_mode=False,
            # which turns typer.Exit into a return value that main() drops.
            raise SystemExit(1)

    @app.command("lettres")
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
    ) -> None:
        """Lettres d'invitation à envoyer par quartier (et par strate) pour le tirage du Conseil
        Citoyen, et probabilité que tous les quotas puissent être respectés."""
        from engine.io.context import load_context
        from engine.sortition.audit import make_seed
        from engine.sortition.letters import letters_needed
        from engine.sortition.quotas import council_quotas
        from engine.sortition.renewal import council_terms

        scen, pact = load_context(scenario, pacte, overrides(set_ or []))
        quotas = council_quotas(pact, scen, women_by_quartier=femmes_par_quartier, with_age=age,
                                tolerance=tolerance)
        seed = make_seed(graine if graine is not None else "1")
        plan = letters_needed(pact, scen, pool_size=vivier, acceptance_pct=taux, confidence=confiance,
                              quotas=quotas, simulations=simulations, seed=seed.value)
        terms = council_terms(pact, scen)
        if format is Format.json:
            print_json({**plan.to_dict(), "seed": seed.text, "draws": [t.to_dict() for t in terms]})
            return
        typer.echo(_letters_text(plan, terms, seed.text, strates))

    @app.command("vivier")
    def vivier_cmd(
        taille: Annotated[int, typer.Argument(help="Nombre de volontaires à générer.")],
        scenario: ScenOpt = None,
        graine: SeedOpt = None,
        out: Annotated[Path | None, typer.Option("--out", help="Fichier CSV à écrire (défaut : sortie standard).")] = None,
        set_: SetOpt = None,
    ) -> None:
        """Génère un vivier synthétique (CSV) selon la démographie de la commune du scénario."""
        from engine.io.context import load_context
        from engine.io.output_dir import Kind, reserve_optional
        from engine.sortition.audit import make_seed
        from engine.sortition.synth import generate_pool, pool_csv

        with reserve_optional(out, Kind.FILE) as target:
            scen, _pact = load_context(scenario, None, overrides(set_ or []))
            seed = make_seed(graine)
            text = pool_csv(generate_pool(scen, taille, seed.value))
            if target is None:
                typer.echo(text, nl=False)
                return
            target.write_text(text)
        typer.echo(f"{taille} volontaires écrits dans {out} (graine « {seed.text} »).")


def _letters_text(plan, terms, seed: str, strata: bool) -> str:
    from engine.core.calendar import format_date
    from engine.core.fr import number
    from engine.sortition.quotas import FEATURE_LABELS

    def pct(x: float) -> str:
        return f"{number(100 * x, 1)} %"

    low_r, high_r = plan.acceptance_range
    rng = "" if plan.acceptance_in_range else (f" — hors de la fourchette observée "
                                               f"{number(low_r, 1)}–{number(high_r, 1)} %")
    how = (f"plus petit vivier dont les quotas tiennent dans {pct(plan.confidence_target)} des cas"
           if plan.confidence_target is not None else "taille visée")
    lines = [f"Invitations pour le tirage du Conseil Citoyen ({plan.seats} sièges)",
             f"Taux d'acceptation : {number(plan.acceptance_pct, 1)} % ({plan.acceptance_source}){rng}",
             f"Vivier : {number(plan.pool_target)} volontaires ({how}) → {number(plan.total_letters)} lettres", ""]
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
    lines += ["", "Tirages du mandat (règles d'audit du pacte) :"]
    for t in terms:
        lines.append(f"  {t.number}. {t.kind} : conseil en place du {format_date(t.start)} au "
                     f"{format_date(t.end)} — {number(plan.total_letters)} lettres")
    return "\n".join(lines)


@dataclass(frozen=True)
class _IdRef:
    """An id given to --garder / --exclure, and where it was written."""

    id: str
    file: str  # the option, or the @file
    line: int | None  # in the file
    field: str


def _ids(values: list[str], option: str) -> list[_IdRef]:
    """Ids from « a,b,c » items or « @fichier » (a CSV with an « id » column, or one id a
    line; read through ``engine.io.input_file``, checked like a pool's cells)."""
    from engine.core.errors import InputError
    from engine.sortition.pool import MAX_PEOPLE, read_id_list

    out: list[_IdRef] = []
    for value in values:
        if value.startswith("@"):
            name = value[1:].strip()
            if not name:
                raise InputError.single(option, None, option, "nom de fichier vide après « @ »")
            out += [_IdRef(pid, name, line, "id") for pid, line in read_id_list(Path(name), name)]
        else:
            out += [_IdRef(v.strip(), option, None, option) for v in value.split(",") if v.strip()]
        if len(out) > MAX_PEOPLE:
            raise InputError.single(option, None, option, f"plus de {MAX_PEOPLE} identifiants")
    return out


def _known(refs: list[_IdRef], pool) -> list[str]:
    """The ids, each checked to be in the pool (an unknown id names its file and line)."""
    from engine.core.errors import InputError, Problem

    people = set(pool.ids())
    problems = [Problem(r.file, r.line, r.field, f"identifiant « {r.id[:40]} » absent du vivier "
                                                  f"{pool.name}")
                for r in refs if r.id not in people]
    if problems:
        raise InputError(problems[:20])
    return [r.id for r in refs]
