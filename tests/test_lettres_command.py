"""`pacte lettres` end to end (subprocess, like a user)."""

from __future__ import annotations

import json

from tests.test_tirage_command import pacte


def test_letters_json():
    run = pacte("lettres", "--vivier", "120", "--simulations", "20", "--format", "json")
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert doc["pool_target"] == 120 and doc["total_letters"] == 6 * 667
    assert doc["draws"][0]["start"] == "2026-08-27"


def test_letters_for_a_body_drawn_by_lot():
    """`--organe ID` plans the letters of a body of « assemblees_tirees_au_sort » with its own
    quotas and its own draws (installation and renewals)."""
    run = pacte("lettres", "--pacte", "poitiers-2026", "--organe", "assemblee-citoyenne",
                "--vivier", "300", "--simulations", "20", "--format", "json")
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert doc["body"] == "assemblee-citoyenne" and doc["seats"] == 100
    assert [d["start"] for d in doc["draws"]][:2] == ["2026-03-27", "2027-03-27"]
    assert len(doc["draws"]) == 6
    text = pacte("lettres", "--pacte", "poitiers-2026", "--organe", "assemblee-citoyenne",
                 "--vivier", "300", "--simulations", "20")
    assert "Invitations pour le tirage de l'assemblée « Assemblée citoyenne et populaire " \
           "permanente » (100 sièges)" in text.stdout
    assert "installation et renouvellements du pacte" in text.stdout
    unknown = pacte("lettres", "--pacte", "poitiers-2026", "--organe", "inconnue")
    assert unknown.returncode != 0 and "inconnue" in unknown.stderr
