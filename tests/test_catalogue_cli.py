"""The catalogue fixture through the CLI, like a user: `pacte verifier`, `bilan`, `clauses`,
`tirage --organe` (issue 9 § 1)."""

from __future__ import annotations

import json

from tests.catalogue_helpers import FIXTURE
from tests.test_tirage_command import pacte

PACT = str(FIXTURE)


def test_verifier_lists_every_free_clause_and_exits_0():
    run = pacte("verifier", PACT, "--format", "json")
    assert run.returncode == 0, run.stderr
    ids = {f["id"] for f in json.loads(run.stdout)["findings"]}
    assert {"legal.libre.cantines-bio", "legal.libre.permis-de-construire",
            "legal.votations.ric-local", "legal.assemblees_tirees_au_sort.convention-mobilites"} <= ids
    text = pacte("verifier", PACT)
    assert text.returncode == 0, text.stderr
    assert "Cantines scolaires bio et locales (clause libre)" in text.stdout
    for key in ("clauses_libres.", "votations.", "assemblees_tirees_au_sort."):
        assert not any(key in line and "clause absente du pacte" in line
                       for line in text.stdout.splitlines())


def test_set_reaches_an_item_by_its_id():
    run = pacte("verifier", PACT, "--format", "json", "--set", "votations.ric-local.quorum_pct=40")
    assert run.returncode == 0, run.stderr
    f = next(x for x in json.loads(run.stdout)["findings"] if x["id"] == "legal.votations.ric-local")
    assert any(a["aspect"] == "resultat" and a["verdict"] == "conflit" for a in f["details"]["aspects"])


def test_bilan_lists_the_catalogue():
    run = pacte("bilan", PACT, "--format", "json")
    assert run.returncode == 0, run.stderr
    cat = json.loads(run.stdout)["catalogue"]
    assert [c["verdict"] for c in cat["free_clauses"]] == [
        "a_verifier", "engagement_politique", "engagement_politique", "a_verifier"]
    assert cat["votes"][0]["signatures"] == 1738
    text = pacte("bilan", PACT)
    assert "Clause libre « Cantines scolaires bio et locales » : à vérifier." in text.stdout


def test_clauses_lists_free_clauses_and_items():
    run = pacte("clauses", PACT, "--format", "json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert [c["id"] for c in data["free_clauses"]][0] == "clauses_libres.cantines-bio"
    assert "votations.ric-local" in [c["id"] for c in data["clauses"]]
    strata = next(p for c in data["clauses"] for p in c["parameters"]
                  if p["path"] == "assemblees_tirees_au_sort.assemblee-citoyenne.strates")
    assert strata["value"][0]["critere"] == "genre"


def test_tirage_draws_a_body_by_its_id():
    run = pacte("tirage", "--pacte", PACT, "--organe", "convention-mobilites",
                "--generer-vivier", "400", "--graine", "3", "--format", "json")
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert len(doc["panel"]) == 70 and all(q["met"] for q in doc["quotas"])
    assert "--organe convention-mobilites" in doc["audit"]["command"]
    bad = pacte("tirage", "--pacte", PACT, "--organe", "inconnue", "--generer-vivier", "50")
    assert bad.returncode == 2 and "inconnue" in bad.stderr
