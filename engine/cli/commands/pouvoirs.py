"""`pacte pouvoirs`: who holds power under a pact — the citizen's questions answered in
sentences with their figures, the powers the law forbids marked, the whole graph on demand."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from engine.cli.commands._common import ScenarioOption, SetOption, overrides, print_json

if TYPE_CHECKING:  # pragma: no cover
    from engine.powers.graph import PowerGraph

ORDER = 60


class PowersFormat(StrEnum):
    text = "text"
    json = "json"
    dot = "dot"


PACT_ARG = typer.Argument(None, help="Fichier YAML du pacte, ou identifiant d'un pacte fourni "
                          "(défaut : chambery-2026).")
FORMAT_OPT = typer.Option(PowersFormat.text, "--format",
                          help="Format de sortie : text, json ou dot (Graphviz).")
COMPARE_OPT = typer.Option(None, "--comparer", help="Second pacte (fichier ou identifiant) : "
                           "affiche ce qui change dans l'organisation des pouvoirs.")
QUESTION_OPT = typer.Option(None, "--question", help="Une seule question : budget, abrogation, "
                            "proposition, controle, maire ou urbanisme (avec --format dot : "
                            "son petit graphe).")
FULL_OPT = typer.Option(False, "--complet", help="Tout le graphe : chaque chemin de "
                        "redevabilité et chaque pouvoir avec sa source.")


def register(app: typer.Typer) -> None:
    @app.command("pouvoirs", short_help="Qui décide quoi : budget, abrogation, contrôle, maire.")
    def pouvoirs(
        pacte: Path = PACT_ARG,
        format: PowersFormat = FORMAT_OPT,
        comparer: Path = COMPARE_OPT,
        question: str = QUESTION_OPT,
        complet: bool = FULL_OPT,
        scenario: str = ScenarioOption,
        set_: list[str] = SetOption,
    ) -> None:
        """Qui a le pouvoir : qui décide du budget, comment faire abroger une délibération ou
        mettre une proposition au vote, qui contrôle les élu·es, qui choisit le/la maire — en
        phrases, avec les seuils et délais du pacte, les pouvoirs que la loi interdit
        marqués ; tout le graphe avec --complet (clause du pacte ou article du CGCT)."""
        from engine import powers
        from engine.io.context import load_context, load_pact
        from engine.render.dot import to_dot
        from engine.report.pouvoirs import report

        scen, pact = load_context(scenario, pacte, overrides(set_))
        graph = powers.build(pact)
        data = report(pact, scen)
        if question is not None:
            data["questions"] = [_question(data, question)]
        other = powers.build(load_pact(comparer)) if comparer is not None else None
        if format is PowersFormat.dot:
            unlawful = {(e["from"], e["to"], e["kind"], e["clause"]): _why(e)
                        for e in data["unlawful_powers"]}
            typer.echo(_dot(graph, data) if question is not None else to_dot(graph, unlawful),
                       nl=False)
            return
        if format is PowersFormat.json:
            if other is not None:
                data["diff"] = powers.diff(graph, other)
            print_json(data)
            return
        _text(graph, data, pact, complet)
        if other is not None:
            typer.echo(f"\n■ Différences avec « {other.title} » ({other.pact_id})")
            lines = powers.diff_sentences(graph, other)
            for line in lines or ["Aucune différence dans l'organisation des pouvoirs."]:
                typer.echo(f"  • {line}")


def _question(data: dict[str, Any], ident: str) -> dict[str, Any]:
    """The question ``ident`` of the report, or a French error naming those available."""
    from engine.core.errors import InputError
    from engine.core.fr import did_you_mean

    known = [q["id"] for q in data["questions"]]
    for q in data["questions"]:
        if q["id"] == ident:
            return q
    raise InputError.single("(ligne de commande)", None, "--question",
                            f"question inconnue « {ident} »{did_you_mean(ident, known)} — "
                            f"questions de ce pacte : {', '.join(known)}")


def _dot(graph: PowerGraph, data: dict[str, Any]) -> str:
    from engine.render.dot import question_dot

    q = data["questions"][0]
    keys = {(e["from"], e["to"], e["kind"], e["clause"]): e for p in q["paths"]
            for e in p["edges"]}
    powers = [p for p in graph.powers if p.key in keys]
    unlawful = {k: _why(e) for k, e in keys.items() if e["conflit_avec_la_loi"]}
    unsure = {k: _why(e, "to_verify") for k, e in keys.items() if e["a_verifier"]}
    return question_dot(graph, q["question"], powers, unlawful, unsure)


def _why(edge: dict[str, Any], which: str = "conflicts") -> str:
    """« Budgets de quartier (L2312-1, …) » : the conflicts of a power (or what is to be
    verified about it), in short."""
    return "; ".join(f"{c['label']} ({', '.join(c['articles'])})" for c in edge[which])


def _text(graph: PowerGraph, data: dict[str, Any], pact: Any, full: bool) -> None:
    from engine.powers import FORCE_FR
    from engine.report.pouvoirs import clause_titles, headline
    from engine.verifier.findings import CONFIDENCE_FR

    titles = clause_titles(pact)
    typer.echo(f"Qui a le pouvoir ? — {graph.title} ({graph.pact_id})")
    for sentence in headline(data, graph):
        typer.echo(sentence)
    for q in data["questions"]:
        typer.echo(f"\n■ {q['question']}")
        typer.echo(f"  {q['answer']}")
        for path in q["paths"]:
            typer.echo(f"  • {path['text']}")
            arts = f" — {', '.join(path['articles'])}" if path["articles"] else ""
            force = FORCE_FR[path['force']]
            typer.echo(f"      {force[0].upper()}{force[1:]} — "
                       f"{_title(titles, path['clause'])}{arts}")
            for c in path["conflicts"]:
                typer.echo(f"      ✕ Conflit avec la loi — {c['label']} : {c['explanation']} "
                           f"({', '.join(c['articles'])})")
            for c in path["to_verify"]:
                typer.echo(f"      ? À vérifier — {c['label']} : {c['explanation']} "
                           f"({', '.join(c['articles'])} ; confiance {CONFIDENCE_FR[c['confidence']]})")
    typer.echo("\n■ Qui décide quoi (✕ : pouvoir en conflit avec la loi)")
    for dec in data["decisions"]:
        who = []
        for w in dec["deciders"]:
            mark = ""
            if w["conflit_avec_la_loi"]:
                arts = sorted({a for c in w["conflicts"] for a in c["articles"]})
                mark = f" ✕ conflit avec la loi ({', '.join(arts)})"
            who.append(w["label"] + mark)
        typer.echo(f"  • {dec['label']} : {' ; '.join(dict.fromkeys(who)) or 'personne'}")
    typer.echo("\n■ En bref")
    for line in data["findings"]:
        typer.echo(f"  • {line}")
    _accountability(data, full)
    if full:
        _all_powers(graph, data, titles)
    else:
        typer.echo("\nChaque chemin de redevabilité et chaque pouvoir avec sa source : "
                   "pacte pouvoirs --complet ; le graphe d'une question : --question budget "
                   "--format dot.")


def _accountability(data: dict[str, Any], full: bool) -> None:
    typer.echo("\n■ Redevabilité de chaque détenteur de pouvoir")
    for acc in data["accountability"]:
        typer.echo(f"  • {acc['summary']}")
        if not full:
            continue
        for path in acc["paths"]:
            typer.echo(f"      {path['text']}")


def _all_powers(graph: PowerGraph, data: dict[str, Any], titles: dict[str, str]) -> None:
    from engine.powers import EDGE_KIND_FR, FORCE_FR
    from engine.report.doc_note import finding_source_fr

    typer.echo("\n■ Tous les pouvoirs et leur source")
    for p, e in zip(graph.powers, data["edges"], strict=True):
        law = f" [{', '.join(p.legal_basis)}]" if p.legal_basis else ""
        mark = " ✕ conflit avec la loi" if e["conflit_avec_la_loi"] else ""
        typer.echo(f"  • {graph.label(p.source)} → {EDGE_KIND_FR[p.kind]} → "
                   f"{graph.label(p.target)} : {p.label} ({FORCE_FR[p.force]}){mark}")
        typer.echo(f"      {_title(titles, p.clause)} — {finding_source_fr(p.citation)}{law}")


def _title(titles: dict[str, str], clause: str) -> str:
    """The human title of the clause (or list item) a power's citation names."""
    parts = clause.split(".")
    return titles.get(".".join(parts[:2])) or titles.get(parts[0]) or clause
