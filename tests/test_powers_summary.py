"""The analyses as data (engine/powers/summary.py): ``pacte pouvoirs --format json`` and
the section of ``pacte bilan``."""

from __future__ import annotations

import json
import subprocess
import sys

from test_powers import pact

from engine import powers


def test_cli_json_and_bad_input(tmp_path) -> None:
    run = [sys.executable, "-m", "engine", "pouvoirs"]
    out = subprocess.run(run + ["--format", "json"], capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert {"pacte", "nodes", "edges", "accountability", "concentration", "citizen_votes",
            "votes_called_by_elected_only", "findings"} <= set(data)
    assert all({"from", "to", "kind", "force", "clause", "citation", "legal_basis"} <= set(e)
               for e in data["edges"])
    text = subprocess.run(run, capture_output=True, text=True, check=True).stdout
    assert "Qui a le pouvoir ?" in text and "décide seul·e" in text
    bad = tmp_path / "bad.yaml"
    bad.write_text("pacte: [\n", encoding="utf-8")
    res = subprocess.run(run + [str(bad)], capture_output=True, text=True, check=False)
    assert res.returncode == 2 and "Traceback" not in res.stderr and "YAML" in res.stderr


def test_bilan_section() -> None:
    section = powers.bilan_section(pact())
    assert section["citizen_votes"] == ["budget", "deliberations"]
    assert section["decided_alone"]["police"] == "maire"
    assert "conseil_citoyen" not in section["audited_by_citizens"]
    assert "binomes" in section["audited_by_citizens"]
    assert section["findings"]

