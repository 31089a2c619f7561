"""`pacte tirage`: drawing the citizen council by lot with the pact's quotas.

The draw itself is :func:`engine.sortition.draw.draw`; this module reads the options, the
pool (a file or a synthetic one), the ``--garder`` / ``--exclure`` ids, writes the audit
(the command that redoes the draw, the inputs' SHA-256) and shows or writes the result.
`pacte lettres` and `pacte vivier` live in ``lettres.py`` and ``vivier.py``.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import typer

from engine.cli.commands._common import Format, overrides, print_json
from engine.cli.commands._tirage_options import (
    AgeOpt,
    AlgoOpt,
    BodyOpt,
    ExcludeOpt,
    FmtOpt,
    GenOpt,
    KeepOpt,
    OutOpt,
    PactOpt,
    PoolArg,
    RunsOpt,
    ScenOpt,
    SeedOpt,
    SetOpt,
    StrictOpt,
    TolOpt,
    WomenOpt,
)

ORDER = 60


@dataclass(frozen=True)
class TirageOptions:
    """The options of one `pacte tirage` run, as given (lists never None)."""

    vivier: Path | None
    pacte: str | None
    scenario: str | None
    graine: str | None
    algorithme: str
    out: Path | None
    format: Format
    femmes_par_quartier: bool | None
    age: bool | None
    tolerance: int
    garder: list[str]
    exclure: list[str]
    generer_vivier: int | None
    repetitions_legacy: int
    set_: list[str]
    organe: str | None = None


def register(app: typer.Typer) -> None:
    app.command("tirage", short_help="Tirer au sort le Conseil Citoyen (ou une autre instance).")(tirage)


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
    organe: BodyOpt = None,
) -> None:
    """Tire au sort le Conseil Citoyen (ou l'assemblée --organe) dans un vivier, avec les
    quotas du pacte : panel, probabilité de chacun·e, quotas atteints, ou l'assouplissement
    nécessaire."""
    from engine.io.output_dir import Kind, reserve_optional

    options = TirageOptions(vivier, pacte, scenario, graine, algorithme, out, format,
                            femmes_par_quartier, age, tolerance, garder or [], exclure or [],
                            generer_vivier, repetitions_legacy, set_ or [], organe)
    _check_options(options)
    with reserve_optional(out, Kind.FOLDER) as target:
        result = _draw_and_report(options, target)
    if strict and not result.feasible:
        # SystemExit, not typer.Exit: cli.main runs click with standalone_mode=False,
        # which turns typer.Exit into a return value that main() drops.
        raise SystemExit(1)


def _check_options(o: TirageOptions) -> None:
    """The option errors found before any work (unknown algorithm, no pool or two)."""
    from engine.core.errors import InputError
    from engine.sortition.draw import ALGORITHMS

    if o.algorithme not in ALGORITHMS:
        raise InputError.single("--algorithme", None, "--algorithme",
                                f"« {o.algorithme} » inconnu — attendu : {', '.join(ALGORITHMS)}")
    if (o.vivier is None) == (o.generer_vivier is None):
        raise InputError.single("vivier", None, "VIVIER",
                                "indiquer soit un fichier de vivier, soit --generer-vivier N")
    if o.repetitions_legacy < 1:
        raise InputError.single("--repetitions-legacy", None, "--repetitions-legacy", "au moins 1")


def _draw_and_report(o: TirageOptions, target: Any) -> Any:  # Reservation | None → DrawResult
    """Load, draw, audit; write the folder when ``--out`` is given, then show the result."""
    from engine.io.context import load_context
    from engine.procedures.assemblies import find_assembly
    from engine.sortition.audit import make_seed
    from engine.sortition.body_quotas import body_quotas
    from engine.sortition.draw import draw
    from engine.sortition.quotas import AGE, council_quotas
    from engine.sortition.report import files, to_json

    scen, pact = load_context(o.scenario, o.pacte, overrides(o.set_))
    if o.organe is not None:
        quotas = body_quotas(pact, scen, o.organe, tolerance=o.tolerance)
        name = f"de l'assemblée « {find_assembly(pact, o.organe).title} »"
    else:
        quotas = council_quotas(pact, scen, women_by_quartier=o.femmes_par_quartier,
                                with_age=o.age, tolerance=o.tolerance)
        name = "du Conseil Citoyen"
    seed = make_seed(o.graine)
    pool, extra = _pool(o, scen, seed, need_age=AGE in quotas.features)
    keep = _known(_ids(o.garder, "--garder"), pool)
    exclude = _known(_ids(o.exclure, "--exclure"), pool)
    result = draw(pool, quotas, seed, algorithm=o.algorithme, keep=keep, exclude=exclude,
                  legacy_runs=o.repetitions_legacy)
    audit = _audit(o, scen, pool, result, _command(o, seed.text, keep, exclude), keep, exclude)
    pact_check = _pact_check(pact, scen, pool, result) if o.organe is None else None
    document = to_json(result, audit, pact_check)
    if target is not None:
        readme = (f"Tirage au sort {name}.\nPour le refaire à l'identique (mêmes "
                  f"versions, voir tirage.json § audit) :\n\n  {audit['command']}\n")
        target.write_files(files(result, pool, document, {**extra, "LISEZMOI.txt": readme}))
    _show(o, result, pool, document, pact_check, audit["command"], name)
    return result


def _pool(o: TirageOptions, scen: Any, seed: Any, *, need_age: bool) -> tuple[Any, dict[str, str]]:
    """The pool read from its file, or generated (``--generer-vivier``, then also written as
    ``vivier.csv``); the extra files for the output folder."""
    from engine.sortition.pool import parse_pool, read_pool
    from engine.sortition.synth import generate_pool, pool_csv

    if o.generer_vivier is not None:
        text = pool_csv(generate_pool(scen, o.generer_vivier, seed.derived("vivier")))
        return parse_pool(text.encode(), "vivier.csv", scen, need_age=need_age), {"vivier.csv": text}
    return read_pool(o.vivier, scen, need_age=need_age), {}


def _command(o: TirageOptions, seed: str, keep: list[str], exclude: list[str]) -> list[str]:
    """The `pacte tirage` command line that redoes this draw (seed and ids spelled out)."""
    command = ["pacte", "tirage", *([str(o.vivier)] if o.vivier else []),
               "--graine", seed, "--algorithme", o.algorithme]
    if o.generer_vivier is not None:
        command += ["--generer-vivier", str(o.generer_vivier)]
    if o.pacte:
        command += ["--pacte", o.pacte]
    if o.organe:
        command += ["--organe", o.organe]
    if o.scenario:
        command += ["--scenario", o.scenario]
    if o.femmes_par_quartier is not None:
        command.append("--femmes-par-quartier" if o.femmes_par_quartier else "--femmes-au-total")
    if o.age is not None:
        command.append("--age" if o.age else "--sans-age")
    if o.tolerance:
        command += ["--tolerance", str(o.tolerance)]
    if keep:
        command += ["--garder", ",".join(keep)]
    if exclude:
        command += ["--exclure", ",".join(exclude)]
    for item in o.set_:
        command += ["--set", item]
    return command


def _audit(o: TirageOptions, scen: Any, pool: Any, result: Any, command: list[str],
           keep: list[str], exclude: list[str]) -> dict[str, Any]:
    """The audit block of ``tirage.json``: the command, every input's SHA-256, the options
    and the versions, so that anyone can redo the draw."""
    from engine.io.context import resolve_pact, resolve_scenario
    from engine.sortition.audit import sha256_file, versions

    scen_path = resolve_scenario(o.scenario, o.pacte, overrides(o.set_))
    pact_path = resolve_pact(o.pacte if o.pacte is not None else scen.info.pact, base=scen_path.parent)
    return {
        "command": shlex.join(command),
        "pool": {"file": pool.name, "sha256": pool.sha256, "size": len(pool)},
        "pact": {"file": str(pact_path), "sha256": sha256_file(pact_path)},
        "scenario": {"file": str(scen_path), "sha256": sha256_file(scen_path)},
        "quotas_sha256": result.quotas.digest(),
        "options": {"body": o.organe, "women_by_quartier": o.femmes_par_quartier, "age": o.age,
                    "tolerance": o.tolerance, "keep": keep, "exclude": exclude,
                    "legacy_runs": o.repetitions_legacy, "generated_pool": o.generer_vivier,
                    "overrides": o.set_},
        "versions": versions(),
        "python_hash_seed": None if o.algorithme == "profils" else 0,
    }


def _pact_check(pact: Any, scen: Any, pool: Any, result: Any) -> dict[str, Any] | None:
    """The panel checked by the pact's own rule (quartiers, parity), when a panel was drawn."""
    if not result.feasible:
        return None
    from engine.procedures.audits import Member, check_panel

    people = pool.by_id()
    decision = check_panel(pact, scen, [Member(people[pid].features["quartier"],
                                               people[pid].features["genre"])
                                        for pid in result.panel])
    return decision.as_dict()


def _show(o: TirageOptions, result: Any, pool: Any, document: dict[str, Any],
          pact_check: dict[str, Any] | None, command: str, name: str) -> None:
    """The result on the terminal: JSON, or the French text with the command to redo it."""
    from engine.sortition.report import to_text

    if o.format is Format.json:
        print_json(document)
        return
    typer.echo(to_text(result, pool, name))
    if pact_check is not None:
        typer.echo(f"Vérification par la règle du pacte : {pact_check['explanation']}")
    if o.out is not None:
        typer.echo(f"\nRésultats écrits dans {o.out}/")
    typer.echo(f"\nPour refaire ce tirage : {command}")


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
    from engine.sortition.id_list import read_id_list
    from engine.sortition.pool import MAX_PEOPLE

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
