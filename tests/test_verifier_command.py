"""`pacte verifier`: JSON schema, formats, exit codes 0 / 1 (--strict) / 2."""

import json
import subprocess
import sys

from typer.testing import CliRunner

from engine.cli.main import app
from tests.test_findings import KEYS

RUN = CliRunner()


def run(*args):
    return RUN.invoke(app, ["verifier", *args])


def test_json_schema():
    r = run("--format", "json")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert list(data) == ["pacte", "commune", "commune_du_pacte", "note_commune", "findings"]
    assert data["pacte"] == "chambery-2026" and data["commune"] == "Chambéry"
    assert data["commune_du_pacte"] == "Chambéry" and data["note_commune"] is None
    for f in data["findings"]:
        assert list(f) == KEYS
        assert f["kind"] in ("legal", "consistency") and f["severity"] in ("info", "warning", "error")
        assert isinstance(f["articles"], list) and isinstance(f["details"], dict)


def test_set_removes_the_suspension_conflict():
    def suspension(*extra):
        data = json.loads(run("--format", "json", *extra).stdout)
        f = next(x for x in data["findings"] if x["id"] == "legal.votation_abrogatoire")
        return next(a for a in f["details"]["aspects"] if a["aspect"] == "suspension")["verdict"]
    assert suspension() == "conflit"
    assert suspension("--set", "votation_abrogatoire.suspension_execution=false") == "conforme"


def test_strict_exit_codes():
    assert run("--strict").exit_code == 1
    assert run().exit_code == 0
    assert run("collegial-2026", "--scenario", "chambery", "--strict").exit_code == 0


def test_other_pact_and_scenario():
    r = run("collegial-2026", "--scenario", "grenoble", "--format", "json")
    data = json.loads(r.stdout)
    assert (data["pacte"], data["commune"]) == ("collegial-2026", "Grenoble")


def test_markdown_memo():
    r = run("--format", "markdown")
    assert r.exit_code == 0
    assert r.stdout.startswith("# Note juridique — pacte « chambery-2026 » à Chambéry")
    assert r.stdout.count("*Annotations :") == r.stdout.count("### ")
    assert "Rédaction proposée :" in r.stdout and "rédactions proposées :" in r.stdout
    assert "Ce pacte est-il légal ? Non" in r.stdout


def test_bad_input_exits_2_in_french():
    p = subprocess.run([sys.executable, "-m", "engine", "verifier", "--set",
                        "votation_propositionnelle.seuil_pct=140"], capture_output=True, text=True)
    assert p.returncode == 2
    assert "seuil_pct" in p.stderr and "Traceback" not in p.stderr


def test_a_clause_the_pact_lacks_is_named_in_words() -> None:
    """A finding about a clause the pact does not have names it by what it is, never by its
    key (the collegial pact has no abrogation vote and no citizen council)."""
    out = CliRunner().invoke(app, ["verifier", "collegial-2026"]).output
    assert "Vote d'abrogation d'une délibération du conseil (clause absente du pacte)" in out
    assert "votation_abrogatoire (clause absente" not in out
