"""The (scenario, pact) pair every command works on: bundled or named files, the scenario's
« surcharges », then the command line's ``--set``."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from engine.core.errors import EXCERPT_CHARS, InputError, Problem, shorten
from engine.core.paths import DEFAULT_PACT, DEFAULT_SCENARIO, PACTS_DIR, SCENARIOS_DIR
from engine.io.elections import national_election_windows
from engine.io.law import load_law
from engine.io.load import Document, read_document
from engine.io.overrides import _apply, _blame_overrides, split_overrides
from engine.io.validation import validate

if TYPE_CHECKING:
    from engine.model.pact import Pact
    from engine.model.scenario import Scenario


def law_context() -> dict[str, Any]:
    """What a scenario's validators need beyond the file: the law (L2121-2 table) and the
    national electoral calendar every commune shares (``rules/national/elections.yaml``)."""
    return {"law": load_law(), "elections": national_election_windows()}


def validate_doc(model: type[BaseModel], doc: Document, context: dict[str, Any] | None = None) -> Any:
    try:
        return validate(model, doc, context=context)
    except InputError as exc:
        raise _blame_overrides(doc, exc) from None


def load_pact(path: Path | str | None = None, overrides: list[tuple[str, Any]] = ()):  # type: ignore[assignment]
    """Read and validate a pact file; overrides are applied before validation."""
    from engine.model.pact import Pact

    doc = read_document(resolve_pact(path))
    require_block(doc, "pacte", "pacte")
    _apply(doc, list(overrides), "--set")
    return validate_doc(Pact, doc)


def _exists(path: Path) -> bool:
    """Whether something is at ``path``; a name the system refuses (too long, NUL byte)
    is « nothing », and the reader then reports it in French."""
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def resolve_pact(ref: Path | str | None, base: Path | None = None,
                 where: tuple[str, int | None, str] | None = None) -> Path:
    """A pact by file path, or by id among the bundled pacts (``chambery-2026``); neither →
    :func:`not_provided` (``where``: the file, line and field that named it, if not the
    command line)."""
    if ref is None:
        return DEFAULT_PACT
    candidate = Path(ref)
    if base is not None and not candidate.is_absolute():
        rel = base / candidate
        if _exists(rel):
            return rel
    if _exists(candidate):
        return candidate
    found = _bundled(PACTS_DIR, str(ref))
    if found is None and _missing(candidate):
        raise not_provided(str(ref), PACTS_DIR, "pacte", where)
    return found or candidate


def _missing(path: Path) -> bool:
    """Nothing at all at ``path``, not even a broken link; a name the system refuses (too
    long, NUL byte) is not « missing »: the reader reports it in French."""
    try:
        path.lstat()
    except FileNotFoundError:
        return True
    except (OSError, ValueError):
        return False
    return False


def not_provided(ref: str, folder: Path, kind: str,
                 where: tuple[str, int | None, str] | None = None) -> InputError:
    """« fichier introuvable, et aucun scénario fourni ne porte ce nom (scénarios fournis :
    chambery, …) — voulez-vous dire « poitiers » ? »: a file that does not exist and is not
    the id of a bundled one, answered with the ids provided and the closest of them."""
    from engine.core.fr import did_you_mean
    from engine.io.load import display_name

    candidate = Path(ref)
    names = [p.stem for p in sorted(folder.glob("*.yaml"))]
    word = candidate.stem if candidate.suffix in (".yaml", ".yml") else candidate.name
    file, line, field = where or (display_name(candidate), None, "(fichier)")
    return InputError.single(file, line, field,
                             f"fichier introuvable, et aucun {kind} fourni ne porte ce nom "
                             f"({kind}s fournis : {', '.join(names) or 'aucun'})"
                             f"{did_you_mean(word, names)}")


def _bundled(folder: Path, ref: str) -> Path | None:
    """A bundled file by its id: a plain name, never a path leading out of ``folder``."""
    if not re.fullmatch(r"[\w.-]{1,100}", ref) or ref.startswith("."):
        return None
    bundled = folder / f"{ref}.yaml"
    return bundled if _exists(bundled) else None


def resolve_scenario(ref: Path | str | None, pact: Path | str | None = None,
                     overrides: list[tuple[str, Any]] = ()) -> Path:  # type: ignore[assignment]
    """A scenario by file path or bundled id; without one, the bundled scenario of the
    pact's commune (:func:`scenario_for_pact`), or with no pact either the default one."""
    if ref is None and pact is not None:
        pact_path = resolve_pact(pact, base=SCENARIOS_DIR)
        pdoc = read_document(pact_path)
        require_block(pdoc, "pacte", "pacte")
        return scenario_for_pact(pdoc, pact_path, split_overrides(list(overrides))[1])
    if ref is None:
        return DEFAULT_SCENARIO
    candidate = Path(ref)
    if _exists(candidate):
        return candidate
    found = _bundled(SCENARIOS_DIR, str(ref))
    if found is None and _missing(candidate):
        raise not_provided(str(ref), SCENARIOS_DIR, "scénario")
    return found or candidate


def require_block(doc: Document, key: str, kind: str) -> None:
    """A pact starts with its « pacte: » block, a scenario with its « scenario: » block.
    A file without it (another YAML file, a system file named by mistake or through
    ``--set scenario.pacte=…``) is refused with one message that quotes none of its
    content."""
    data = doc.data
    if not isinstance(data, dict):
        raise InputError.single(doc.name, 1, "(racine)",
                                f"le fichier doit contenir un bloc de clés : ce n'est pas un {kind}")
    if not isinstance(data.get(key), dict):
        line = doc.lines.get((key,), 1)
        raise InputError.single(doc.name, line, key,
                                f"ce fichier n'est pas un {kind} : le bloc « {key}: » "
                                "(id, titre…) est absent ou n'est pas un bloc de clés")


# --- the scenario of the pact's commune -----------------------------------------------------

_ABBREVIATIONS = {"st": "saint", "ste": "sainte"}


def commune_key(name: str) -> str:
    """A commune's name as compared: no case, no accents, hyphens, apostrophes and spaces
    alike, « St » and « Ste » read « Saint » and « Sainte » (« St-Étienne » = « saint etienne »)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    words = [w for w in re.split(r"[\W_]+", plain.casefold()) if w]
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


def same_commune(a: str, b: str) -> bool:
    """Whether two spellings name the same commune (:func:`commune_key`)."""
    return commune_key(a) == commune_key(b)


@lru_cache(maxsize=32)
def _commune_of(path: str, stamp: tuple[int, int]) -> tuple[str | None, str | None]:
    """(commune name, pact reference) written in a bundled scenario; ``None`` when unreadable
    (the scenario is then simply not offered)."""
    try:
        data = read_document(path).data
    except InputError:
        return None, None
    commune = data.get("commune") if isinstance(data, dict) else None
    info = data.get("scenario") if isinstance(data, dict) else None
    name = commune.get("nom") if isinstance(commune, dict) else None
    pact = info.get("pacte") if isinstance(info, dict) else None
    return (name if isinstance(name, str) else None), (pact if isinstance(pact, str) else None)


def bundled_scenario_communes() -> list[tuple[Path, str, str | None]]:
    """(file, commune, pact reference) of every bundled scenario, in file-name order."""
    out = []
    for path in sorted(SCENARIOS_DIR.glob("*.yaml")):
        info = path.stat()
        name, pact = _commune_of(str(path), (info.st_mtime_ns, info.st_size))
        if name is not None:
            out.append((path, name, pact))
    return out


def _pact_commune(pdoc: Document, pact_over: list[tuple[str, Any]]) -> Any:
    """The pact's « commune », as the command line's ``--set`` leaves it."""
    commune = pdoc.data["pacte"].get("commune")
    for path, value in pact_over:
        if path == "pacte.commune":
            commune = value
        elif path == "pacte" and isinstance(value, dict):
            commune = value.get("commune", commune)
    return commune


def scenario_for_pact(pdoc: Document, pact_path: Path,
                      pact_over: list[tuple[str, Any]] = ()) -> Path:  # type: ignore[assignment]
    """The bundled scenario of the pact's commune (« pacte.commune »), never another town's:
    among several, the one naming this pact; none → a French error naming the file, the line,
    the commune asked and the scenarios provided."""
    commune = _pact_commune(pdoc, list(pact_over))
    line = pdoc.line_of(("pacte", "commune"))
    if not isinstance(commune, str) or not commune.strip():
        raise InputError.single(pdoc.name, line, "pacte.commune",
                                "le nom de la commune du pacte est attendu (un texte) : il choisit "
                                "le scénario (population, électeurs, budget) de la commune")
    found = bundled_scenario_of(commune, pact_path)
    if found is None:
        offered = bundled_scenario_communes()
        listed = ", ".join(f"{path.stem} ({name})" for path, name, _ in offered) or "aucun"
        raise InputError.single(
            pdoc.name, line, "pacte.commune",
            f"aucun scénario fourni pour la commune « {shorten(commune, EXCERPT_CHARS)} » "
            f"— scénarios fournis : {listed} ; passez --scenario FICHIER, ou créez le scénario "
            "de votre commune en quelques chiffres : pacte nouveau --commune NOM --population N "
            "--electeurs N --quartiers N --scenario-out ma-commune.yaml")
    return found


def bundled_scenario_of(commune: str, pact_path: Path | None = None) -> Path | None:
    """The bundled scenario of ``commune`` (:func:`same_commune`); among several, the one
    naming the pact at ``pact_path``, else the first by file name; ``None`` if there is none."""
    matches = [(path, ref) for path, name, ref in bundled_scenario_communes()
               if same_commune(name, commune)]
    for path, ref in matches:
        if pact_path is not None and ref is not None and _same_file(
                resolve_pact(ref, base=path.parent), pact_path):
            return path
    return matches[0][0] if matches else None


def commune_note(scen: Scenario, pact: Pact) -> str | None:
    """The line every output shows when the scenario's commune is not the pact's (an explicit
    ``--scenario``: « et si ce pacte était appliqué à Grenoble ? »); ``None`` when they match."""
    if same_commune(pact.info.commune, scen.commune.name):
        return None
    asked, used = (shorten(n, EXCERPT_CHARS) for n in (pact.info.commune, scen.commune.name))
    return (f"Attention : ce pacte est écrit pour {asked}, mais il est évalué ici avec les "
            f"chiffres de {used} (scénario « {scen.info.id} ») — c'est la question « et si ce "
            f"pacte était appliqué à {used} ? ».")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        return False


def load_context(
    scenario: Path | str | None = None,
    pact: Path | str | None = None,
    overrides: list[tuple[str, Any]] = (),  # type: ignore[assignment]
):
    """The (scenario, pact) pair every command works on.

    The scenario names its pact; an explicit ``pact`` replaces it. A pact given without a
    scenario gets the bundled scenario of its own commune (:func:`scenario_for_pact`), never
    Chambéry's by default. The scenario's own « surcharges » apply to the pact first, then the
    command line's ``--set``.
    """
    from engine.model.pact import Pact
    from engine.model.scenario import Scenario

    scen_over, pact_over = split_overrides(list(overrides))
    pdoc: Document | None = None
    if scenario is None and pact is not None:
        pact_path = resolve_pact(pact, base=SCENARIOS_DIR)
        pdoc = read_document(pact_path)
        require_block(pdoc, "pacte", "pacte")
        scen_path = scenario_for_pact(pdoc, pact_path, pact_over)
    else:
        scen_path = resolve_scenario(scenario)
    sdoc = read_document(scen_path)
    require_block(sdoc, "scenario", "scénario")
    _apply(sdoc, scen_over, "--set")
    scen = validate_doc(Scenario, sdoc, law_context())
    if pdoc is None:
        named_by = None if pact is not None else (
            sdoc.name, sdoc.line_of(("scenario", "pacte")), "scenario.pacte")
        try:
            pact_path = resolve_pact(pact if pact is not None else scen.info.pact,
                                     base=scen_path.parent, where=named_by)
        except InputError as exc:
            raise _blame_overrides(sdoc, exc) from None
        pdoc = read_document(pact_path)
        require_block(pdoc, "pacte", "pacte")
    _apply(pdoc, [(k, v) for k, v in scen.overrides.items()], f"{scen_path} (surcharges)")
    _apply(pdoc, pact_over, "--set")
    pact = validate_doc(Pact, pdoc)
    try:
        check_dates_in_mandate(pact, scen, pdoc)
    except InputError as exc:
        raise _blame_overrides(pdoc, exc) from None
    return scen, pact


def check_dates_in_mandate(pact: Any, scen: Any, doc: Document) -> None:
    """A dated value of the pact must start within the mandate (or before it: in force at
    the start). A date after the next renewal is an error naming file, line and field."""
    problems = []
    for key, clause in pact.clauses().items():
        for pkey, param in clause.params().items():
            for day, _value in param.changes():
                if day > scen.mandate.end:
                    path = (key, pkey, "valeurs", day.isoformat())
                    problems.append(Problem(
                        doc.name, doc.line_of(path), f"{key}.{pkey}.valeurs.{day.isoformat()}",
                        f"date hors du mandat : le mandat court du {scen.mandate.start.isoformat()} "
                        f"au {scen.mandate.end.isoformat()}"))
    if problems:
        raise InputError(problems)
