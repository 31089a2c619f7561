"""Citations generated from the parameter actually read (``engine/procedures/trace.py``).

A parameter is cited only by its typed attribute — ``cite_param(KEY, c, c.quorum_pct, day)``
— so that the value a rule computes with and the value it cites are one and the same read.
The string-keyed citation is private to ``trace.py``; the source scans below fail, naming the
file and the line, as soon as a call hands a citation helper a string literal where the
parameter object belongs, reads a parameter by its French key (``params()["…"]``,
``params.get("…")``), or spells a parameter's path by hand (``"rotation.periodicite_mois"``)
instead of generating it with ``param_path``.
"""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path
from typing import get_args

import pytest

from engine.io.context import load_pact
from engine.model.clause import Clause
from engine.model.pact import Pact
from engine.procedures import trace
from engine.procedures.trace import cite_param, param_key, param_path

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ROOT / "engine"
TRACE = ENGINE / "procedures" / "trace.py"

#: citation helper → position of the parameter argument. ``src`` / ``ck`` are the local
#: helpers of the petition and abrogation timelines, ``take`` the cost table's.
HELPERS: dict[str, int] = {
    "cite": 2,
    "cite_param": 2,
    "_cite_key": 2,
    "param_path": 2,
    "param_key": 1,
    "take": 2,
    "src": 0,
    "ck": 0,
}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _is_text(node: ast.expr) -> bool:
    return (isinstance(node, ast.Constant) and isinstance(node.value, str)) or isinstance(
        node, ast.JoinedStr)


def string_keyed_reads(path: Path) -> list[str]:
    """Every place of ``path`` that names a parameter by a string instead of passing it."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            if name == "_cite_key" and path != TRACE:
                found.append((node.lineno, "_cite_key est privé à trace.py"))
            index = HELPERS.get(name or "")
            if index is not None and len(node.args) > index and _is_text(node.args[index]):
                found.append((node.lineno, f"{name}(…) reçoit une chaîne comme paramètre"))
            # clause.params().get("…")
            if (name == "get" and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Call)
                    and _name(node.func.value.func) == "params" and node.args
                    and _is_text(node.args[0])):
                found.append((node.lineno, "params().get(…) lit un paramètre par sa clé"))
        # clause.params()["…"]
        if (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Call)
                and _name(node.value.func) == "params" and _is_text(node.slice)):
            found.append((node.lineno, "params()[…] lit un paramètre par sa clé"))
        if (isinstance(node, ast.ImportFrom) and node.module == "engine.procedures.trace"
                and any(a.name in ("cite", "_cite_key") for a in node.names)):
            found.append((node.lineno, "import d'une citation par clé"))
    return [f"{where}:{line}: {what}" for line, what in sorted(found)]


def test_no_parameter_is_cited_by_its_key() -> None:
    problems = [p for path in sorted(ENGINE.rglob("*.py")) for p in string_keyed_reads(path)]
    assert not problems, "Citer le paramètre lu, pas sa clé :\n" + "\n".join(problems)


def test_the_scan_catches_a_string_key(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text('x = cite_param(KEY, c, "quorum_pct", day)\n'
                     'y = src("delai_collecte_mois")\n'
                     'z = i.take(ckey, c, f"smic_{unit}")\n'
                     'w = c.params()["seuil_pct"]\n'
                     'v = c.params().get("seuil_pct")\n'
                     'from engine.procedures.trace import cite\n'
                     'ok = cite_param("conseil_citoyen", c, c.members, day)\n', encoding="utf-8")
    found = string_keyed_reads(probe)
    assert [int(f.split(":")[1]) for f in found] == [1, 2, 3, 4, 5, 6]
    assert all(f.startswith(f"{probe}:") for f in found)


def _param_paths() -> tuple[set[str], set[str]]:
    """Every ``<clause key>.<parameter key>`` of the pact schema, and every parameter key."""
    paths: set[str] = set()
    keys: set[str] = set()
    for name, f in Pact.model_fields.items():
        clause = next((a for a in get_args(f.annotation) if isinstance(a, type)
                       and issubclass(a, Clause)), None)
        if clause is None:
            continue
        for pname, pf in clause.model_fields.items():
            # parameters only: the « id » of an item of a list family (votations…) is not one
            if pname not in Clause.model_fields and pname != "id":
                keys.add(pf.alias or pname)
                paths.add(f"{f.alias or name}.{pf.alias or pname}")
    return paths, keys


def hand_written_paths(path: Path, paths: set[str], keys: set[str]) -> list[str]:
    """Every place of ``path`` that spells a parameter by hand: a path as a call argument
    (``"rotation.periodicite_mois"``, ``f"{KEY}.periodicite_audit_mois"``) instead of
    :func:`param_path`, or a lookup by its French key (``params.get("quorum_pct")``,
    ``params["seuil_pct"]``) instead of the typed attribute. Error locations
    (``InputError.single``) name a place in the file, not a citation: they are left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant)
                and node.slice.value in keys):
            found.append((node.lineno, f"lecture par la clé « {node.slice.value} »"))
        if not isinstance(node, ast.Call) or _name(node.func) in ("single", "rule"):
            continue
        if (_name(node.func) == "get" and node.args and isinstance(node.args[0], ast.Constant)
                and node.args[0].value in keys):
            found.append((node.lineno, f"lecture par la clé « {node.args[0].value} »"))
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            if isinstance(arg, ast.Constant) and arg.value in paths:
                found.append((arg.lineno, f"chemin écrit à la main « {arg.value} »"))
            elif (isinstance(arg, ast.JoinedStr) and arg.values
                  and isinstance(tail := arg.values[-1], ast.Constant)
                  and str(tail.value).startswith(".") and str(tail.value)[1:] in keys):
                found.append((arg.lineno, f"chemin écrit à la main « …{tail.value} »"))
    return [f"{where}:{line}: {what}" for line, what in sorted(found)]


def test_no_parameter_path_is_written_by_hand() -> None:
    paths, keys = _param_paths()
    problems = [p for path in sorted(ENGINE.rglob("*.py")) if "model" not in path.parts
                for p in hand_written_paths(path, paths, keys)]
    assert not problems, "Générer le chemin avec param_path :\n" + "\n".join(problems)


def test_the_path_scan_catches_a_literal(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text('state.record(day, "x", "y", "rotation.periodicite_mois")\n'
                     'AuditedPair(n, 6, f"{KEY}.periodicite_audit_mois")\n'
                     'consistency(ctx, "budget.votations", "couts")\n'
                     'n = params.get("votations_budgetees_par_an")\n'
                     'q = params["quorum_pct"]\n', encoding="utf-8")
    found = hand_written_paths(probe, *_param_paths())
    assert [int(f.split(":")[1]) for f in found] == [1, 2, 4, 5]


def test_string_keyed_cite_is_private() -> None:
    assert not hasattr(trace, "cite")
    assert hasattr(trace, "_cite_key")


def test_cite_param_cites_the_attribute_read() -> None:
    pact = load_pact(ROOT / "rules" / "pactes" / "chambery-2026.yaml")
    c = pact.petition
    assert c is not None
    day = date(2027, 3, 1)
    got = cite_param("votation_propositionnelle", c, c.collection_months, day)
    assert got.clause == "votation_propositionnelle.delai_collecte_mois"
    assert got.value == c.collection_months.at(day)
    assert got.source == str(c.param_source(c.collection_months))


def test_same_key_in_two_clauses_is_found_by_object() -> None:
    """``periodicite_audit_mois`` is a key of the Conseil Citoyen and of the Dir'Cab / DGS
    audit: each parameter is found in its own clause, by the object."""
    pact = load_pact(ROOT / "rules" / "pactes" / "chambery-2026.yaml")
    cc, staff = pact.citizen_council, pact.staff_audit
    assert cc is not None and staff is not None
    assert param_key(cc, cc.audit_period_months) == "periodicite_audit_mois"
    assert param_key(staff, staff.period_months) == "periodicite_audit_mois"
    assert (param_path("audit_dircab_dgs", staff, staff.period_months)
            == "audit_dircab_dgs.periodicite_audit_mois")
    with pytest.raises(KeyError):
        param_key(staff, cc.audit_period_months)
    with pytest.raises(KeyError):
        cite_param("audit_dircab_dgs", staff, cc.audit_period_months)


def test_clause_keys_come_from_the_schema_not_from_hand_typed_strings() -> None:
    """``clause_key(PetitionClause)`` is the one place that names a clause; no citation
    helper gets a clause key typed as a string literal, no module defines ``KEY = "…"``."""
    from engine.model.pact import PetitionClause, StaffAuditClause, clause_key

    assert clause_key(PetitionClause) == "votation_propositionnelle"
    assert clause_key(StaffAuditClause) == "audit_dircab_dgs"
    found = []
    for path in sorted(ENGINE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in ("cite_param", "param_path", "cite_clause") and node.args
                    and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name) and node.targets[0].id.endswith("KEY")
                    and isinstance(node.value, ast.Constant) and node.value.value in {f.alias for f in Pact.model_fields.values()}):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []
