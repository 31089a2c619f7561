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
