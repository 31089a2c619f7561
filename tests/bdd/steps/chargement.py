"""Loading steps: a pact file written by the scenario, loaded or passed to the CLI.

Context keys written: ``fichiers`` (name → path under pytest's ``tmp_path``), ``fichier``
(the last one written), ``charge`` (the loaded pact), ``erreur`` (the ``InputError``),
``commande`` (exit code, stdout, stderr of an in-process ``pacte`` run).
"""

from __future__ import annotations

import contextlib
import io
import shlex
import sys
from pathlib import Path
from typing import Any

from pytest_bdd import given, then, when

from engine.core.errors import InputError
from engine.io.context import load_context, load_pact
from tests.bdd.parsing import plain_spaces
from tests.bdd.steps._common import p


@given(p("un fichier de pacte « {nom} » contenant :"))
def given_file(ctx: dict[str, Any], tmp_path: Path, nom: str, docstring: str) -> None:
    path = tmp_path / nom
    path.write_text(docstring + "\n", encoding="utf-8")
    ctx.setdefault("fichiers", {})[nom] = path
    ctx["fichier"] = path
    ctx["pacte"] = str(path)


def _error(ctx: dict[str, Any]) -> InputError:
    error = ctx.get("erreur")
    assert error is not None, "le chargement a réussi alors qu'une erreur était attendue"
    return error


@when("on charge ce pacte")
def when_load(ctx: dict[str, Any]) -> None:
    try:
        ctx["charge"] = load_pact(ctx["fichier"])
    except InputError as exc:
        ctx["erreur"] = exc


@when(p("on charge ce pacte avec la commune « {commune} »"))
def when_load_with(ctx: dict[str, Any], commune: str) -> None:
    try:
        ctx["charge"] = load_context(commune, ctx["fichier"], list(ctx["surcharges"]))[1]
    except InputError as exc:
        ctx["erreur"] = exc


@when("on charge ce pacte sans scénario")
def when_load_alone(ctx: dict[str, Any]) -> None:
    """As ``pacte verifier PACTE`` without --scenario: the scenario of the pact's commune."""
    try:
        ctx["contexte"] = load_context(None, ctx["pacte"], list(ctx["surcharges"]))
        ctx["charge"] = ctx["contexte"][1]
    except InputError as exc:
        ctx["erreur"] = exc


@given(p("la commune du pacte est « {commune} »"))
def given_pact_commune(ctx: dict[str, Any], commune: str) -> None:
    ctx["surcharges"] = [*ctx["surcharges"], ("pacte.commune", commune)]


@then(p("le scénario retenu est « {ident} »"))
def then_scenario(ctx: dict[str, Any], ident: str) -> None:
    assert ctx.get("erreur") is None, str(ctx.get("erreur"))
    assert ctx["contexte"][0].info.id == ident


@then(p("les électeurs inscrits sont ceux du scénario « {ident} »"))
def then_electors_of(ctx: dict[str, Any], ident: str) -> None:
    scen = ctx["contexte"][0]
    own = load_context(ident)[0]
    assert scen.commune.name == own.commune.name
    assert scen.commune.electors.at() == own.commune.electors.at()


@when("on charge le pacte avec ses surcharges")
def when_load_overrides(ctx: dict[str, Any]) -> None:
    try:
        ctx["charge"] = load_context(ctx["commune"], ctx["pacte"], list(ctx["surcharges"]))[1]
    except InputError as exc:
        ctx["erreur"] = exc


@then("le chargement réussit")
def then_ok(ctx: dict[str, Any]) -> None:
    assert ctx.get("erreur") is None, str(ctx.get("erreur"))
    assert ctx.get("charge") is not None


@then("le chargement échoue")
def then_fails(ctx: dict[str, Any]) -> None:
    _error(ctx)


@then(p("l'erreur nomme le fichier « {nom} », la ligne {ligne:d} et le champ « {champ} »"))
def then_names(ctx: dict[str, Any], nom: str, ligne: int, champ: str) -> None:
    problems = _error(ctx).problems
    hits = [pr for pr in problems if Path(pr.file).name == nom and pr.line == ligne and pr.field == champ]
    assert hits, "problèmes signalés : " + " | ".join(str(pr) for pr in problems)


@then(p("l'erreur nomme « {origine} » et le champ « {champ} »"))
def then_names_origin(ctx: dict[str, Any], origine: str, champ: str) -> None:
    problems = _error(ctx).problems
    hits = [pr for pr in problems if pr.file == origine and pr.field == champ]
    assert hits, "problèmes signalés : " + " | ".join(str(pr) for pr in problems)


@then(p("le message d'erreur contient « {texte} »"))
def then_message(ctx: dict[str, Any], texte: str) -> None:
    said = plain_spaces(str(_error(ctx)))
    assert plain_spaces(texte) in said, said


@then(p("le pacte chargé n'a pas de clause « {cle} »"))
def then_no_clause(ctx: dict[str, Any], cle: str) -> None:
    pact = ctx.get("charge")
    assert pact is not None, str(ctx.get("erreur"))
    assert cle not in pact.clauses(), sorted(pact.clauses())


# --- the command line, run in-process -------------------------------------------------

@when(p("on lance « {commande} »"))
def when_cli(ctx: dict[str, Any], commande: str) -> None:
    """Run ``pacte …`` through ``engine.cli.main.main``; file names written by the scenario are
    replaced by their path."""
    from engine.cli.main import main

    files = ctx.get("fichiers", {})
    words = shlex.split(commande)
    if words[:1] != ["pacte"]:
        raise AssertionError("la commande doit commencer par « pacte »")
    args = [str(files.get(w, w)) for w in words[1:]]
    out, err = io.StringIO(), io.StringIO()
    code = 0
    saved = sys.argv
    sys.argv = ["pacte", *args]
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                main()
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            except Exception as exc:  # a traceback is exactly what the scenario tests for
                import traceback

                traceback.print_exception(exc, file=err)
                code = 1
    finally:
        sys.argv = saved
    ctx["commande"] = {"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()}


def _run(ctx: dict[str, Any]) -> dict[str, Any]:
    run = ctx.get("commande")
    assert run is not None, "il faut d'abord lancer une commande"
    return run


@then(p("la commande se termine avec le code {code:d}"))
def then_exit(ctx: dict[str, Any], code: int) -> None:
    run = _run(ctx)
    assert run["code"] == code, f"code {run['code']} ; erreur : {run['stderr']}"


@then(p("la sortie d'erreur contient « {texte} »"))
def then_stderr(ctx: dict[str, Any], texte: str) -> None:
    said = plain_spaces(_run(ctx)["stderr"])
    assert plain_spaces(texte) in said, said


@then(p("la sortie contient « {texte} »"))
def then_stdout(ctx: dict[str, Any], texte: str) -> None:
    said = plain_spaces(_run(ctx)["stdout"])
    assert plain_spaces(texte) in said, said[:2000]


@then("la sortie ne contient aucune trace Python")
def then_no_traceback(ctx: dict[str, Any]) -> None:
    run = _run(ctx)
    assert "Traceback" not in run["stdout"] + run["stderr"], run["stderr"]
