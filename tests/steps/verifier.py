"""French steps for the verifier's features (legalite.feature, coherence.feature).

They call :func:`engine.verifier.checks.check` only: no rule is re-implemented here."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from pytest_bdd import given, parsers, then, when

from engine.io.context import load_context
from engine.io.overrides import parse_override
from engine.verifier.checks import check
from engine.verifier.findings import Finding


def _plain(text: str) -> str:
    """French numbers use a narrow no-break space (« 3 476 »); features use a plain space."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def _finding(ctx: dict[str, Any], fid: str) -> Finding:
    found = [f for f in ctx["findings"] if f.id == fid]
    assert found, f"aucun constat « {fid} » parmi {[f.id for f in ctx['findings']]}"
    return found[0]


def _legal(ctx: dict[str, Any], clause: str) -> Finding:
    return _finding(ctx, f"legal.{clause}")


@given(parsers.parse("le pacte « {pacte} » dans la commune « {commune} »"), target_fixture="verif")
def pact_in_commune(pacte: str, commune: str) -> dict[str, Any]:
    return {"pacte": pacte, "commune": commune, "overrides": [], "findings": []}


@given(parsers.parse("la surcharge « {texte} »"))
def override(verif: dict[str, Any], texte: str) -> None:
    verif["overrides"].append(parse_override(texte))


@lru_cache(maxsize=64)
def _findings(commune: str, pacte: str, overrides: tuple[tuple[str, Any], ...]) -> tuple[Finding, ...]:
    """Findings of a pact in a commune (cached: the models are immutable, reading YAML is slow)."""
    scen, pact = load_context(commune, pacte, list(overrides))
    return tuple(check(pact, scen))


@when("on vérifie le pacte")
def run_check(verif: dict[str, Any]) -> None:
    verif["findings"] = list(_findings(verif["commune"], verif["pacte"], tuple(verif["overrides"])))


@then(parsers.parse("la clause « {clause} » est jugée « {verdict} »"))
def clause_verdict(verif: dict[str, Any], clause: str, verdict: str) -> None:
    assert _legal(verif, clause).verdict == verdict, _legal(verif, clause).message


@then(parsers.parse("la clause « {clause} » cite l'article « {article} »"))
def clause_article(verif: dict[str, Any], clause: str, article: str) -> None:
    assert article in _legal(verif, clause).articles, _legal(verif, clause).articles


@then(parsers.parse("l'aspect « {aspect} » de la clause « {clause} » est jugé « {verdict} »"))
def aspect_verdict(verif: dict[str, Any], aspect: str, clause: str, verdict: str) -> None:
    aspects = {a["aspect"]: a for a in _legal(verif, clause).details["aspects"]}
    assert aspect in aspects, list(aspects)
    assert aspects[aspect]["verdict"] == verdict, aspects[aspect]["explanation"]


@then(parsers.parse("la clause « {clause} » n'a pas d'aspect « {aspect} »"))
def no_aspect(verif: dict[str, Any], clause: str, aspect: str) -> None:
    assert aspect not in {a["aspect"] for a in _legal(verif, clause).details["aspects"]}


@then(parsers.parse("le constat « {fid} » a le verdict « {verdict} »"))
def finding_verdict(verif: dict[str, Any], fid: str, verdict: str) -> None:
    f = _finding(verif, fid)
    assert f.verdict == verdict, f.message


@then(parsers.parse("le constat « {fid} » a la gravité « {severity} »"))
def finding_severity(verif: dict[str, Any], fid: str, severity: str) -> None:
    assert _finding(verif, fid).severity == severity


@then(parsers.parse("le détail « {key} » du constat « {fid} » vaut {value}"))
def finding_detail(verif: dict[str, Any], key: str, fid: str, value: str) -> None:
    details = _finding(verif, fid).details
    node: Any = details
    for part in key.split("."):
        node = node[part]
    assert node == json.loads(value), f"{key} = {node!r}"


@then(parsers.parse("le message du constat « {fid} » contient « {text} »"))
def message_contains(verif: dict[str, Any], fid: str, text: str) -> None:
    message = _plain(_finding(verif, fid).message)
    assert _plain(text) in message, message


@then(parsers.parse("le constat « {fid} » propose une rédaction contenant « {text} »"))
def wording_contains(verif: dict[str, Any], fid: str, text: str) -> None:
    wording = _plain(_finding(verif, fid).suggested_wording or "")
    assert _plain(text) in wording, wording


@then(parsers.parse("il n'y a pas de constat « {fid} »"))
def no_finding(verif: dict[str, Any], fid: str) -> None:
    assert fid not in {f.id for f in verif["findings"]}


@then(parsers.parse("aucune clause n'est jugée « {verdict} »"))
def no_verdict(verif: dict[str, Any], verdict: str) -> None:
    bad = [f.id for f in verif["findings"] if f.kind == "legal" and f.verdict == verdict]
    assert not bad, bad
