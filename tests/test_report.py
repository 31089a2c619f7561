"""`pacte bilan`: every section comes from the engine's functions and follows the pact."""

from __future__ import annotations

import json
import subprocess
import sys

from engine.io.context import load_context
from engine.procedures.audits import audit_capacity
from engine.procedures.petition import signatures_required
from engine.render.text import render_text
from engine.report.bilan import build_report


def test_sections_follow_the_rule_functions():
    scen, pact = load_context()
    data = build_report(pact, scen, runs=8, seed=1, jobs=1)
    assert data["thresholds"]["petition"]["required"] == signatures_required(pact, scen).value.required == 1043
    assert data["calendar"]["audits"]["slots"] == audit_capacity(pact, scen).value["slots"]
    assert data["costs"]["operating"]["total_eur"] == 2_519_484
    assert data["simulation"]["runs"] == 8
    assert data["legality"]["legal"]["conflit"] >= 1
    text = render_text(data)
    assert "1\u202f043 signatures" in text and "Simulation du mandat" in text


def test_a_changed_threshold_changes_the_report():
    scen, pact = load_context(overrides=[("votation_propositionnelle.seuil_pct", 2)])
    data = build_report(pact, scen)
    # 2 % of 34 757 = 696 (rounded up): the pact's absolute 1 000 is now the higher figure.
    assert data["thresholds"]["petition"]["required"] == 1000
    assert data["thresholds"]["petition"]["applied"] == "absolu"
    assert data["simulation"] == {}


def test_a_pact_without_citizen_procedures_still_reports():
    scen, pact = load_context(pact="collegial-2026")
    data = build_report(pact, scen)
    assert "petition" not in data["thresholds"] and "audits" not in data["calendar"]
    assert data["sortition"] == {}
    assert render_text(data).startswith("Bilan du pacte « collegial-2026 »")


def test_bilan_json_is_deterministic_for_a_seed():
    cmd = [sys.executable, "-m", "engine", "bilan", "--format", "json", "--runs", "6", "--graine", "7"]
    one = subprocess.run(cmd + ["--jobs", "1"], capture_output=True, text=True, check=True).stdout
    two = subprocess.run(cmd + ["--jobs", "2"], capture_output=True, text=True, check=True).stdout
    assert json.loads(one)["simulation"] == json.loads(two)["simulation"]


def test_a_commune_without_demographics_still_gets_its_bilan():
    """Grenoble's scenario has no « demographie » block: the draw cannot be stratified by
    CSP, so the section gives the letters of the planned pool and says the quotas' chance is
    not computed, with what to add; the rest of the bilan stands."""
    scen, pact = load_context(scenario="grenoble")
    data = build_report(pact, scen, runs=0)
    assert "demographie" in data["sortition"]["faisabilite_indisponible"]
    assert data["sortition"]["letters_per_draw"] > 0
    text = render_text(data)
    assert "Probabilité que tous les quotas tiennent avec ce vivier : non calculée" in text
    assert "ajoutez le bloc « demographie »" in text and "86\u202f523" in text
