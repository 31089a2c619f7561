"""The CSV-injection rule (OWASP): dangerous text gets an apostrophe, numbers stay numbers."""

from __future__ import annotations

import csv
import io
import math

import pandas as pd
import pytest

from engine.io.csv_safe import csv_text, frame_to_csv, is_plain_number, neutralise, safe_frame


@pytest.mark.parametrize("cell", [
    "=HYPERLINK(\"http://exemple.invalid\";\"clic\")", "=1+1", "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "-", "+", "=", "@",
    "- néant", "+33 6 12 34 56 78",
])
def test_dangerous_text_gets_an_apostrophe(cell: str) -> None:
    assert neutralise(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Bissy", "'=déjà neutralisé", "a=b", "x@y.fr", "", " ", "Jean-Paul"])
def test_harmless_text_is_unchanged(cell: str) -> None:
    assert neutralise(cell) == cell


@pytest.mark.parametrize("cell", ["-3", "+2.5", "-1,5", "-0.25", "1e-3", "-4E+2", "-.5"])
def test_text_that_is_a_number_stays_a_number(cell: str) -> None:
    assert is_plain_number(cell)
    assert neutralise(cell) == cell


@pytest.mark.parametrize("value", [-3, -2.5, 0, 7, math.pi])
def test_real_numbers_are_never_touched(value: float) -> None:
    assert neutralise(value) == value


def test_csv_text_quotes_text_and_leaves_numbers_bare() -> None:
    text = csv_text(["id", "n", "note", "=col"], [
        {"id": "=cmd()", "n": -3, "note": "a;=cmd()"},
        {"id": "V007", "n": "-2.50", "note": "007"},
        {"id": "x", "n": None, "note": True, "extra": "ignorée"},
    ])
    lines = text.splitlines()
    assert lines[0] == '"id","n","note","\'=col"'
    assert lines[1] == '"\'=cmd()",-3,"a;=cmd()",""'
    assert lines[2] == '"V007",-2.50,"007",""'  # a number digit for digit; 007 stays text
    assert lines[3] == '"x","","True",""'
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert not cell.startswith(("=", "+", "@", "\t", "\r")) and (
                not cell.startswith("-") or is_plain_number(cell))


def test_frames_are_neutralised_and_numeric_columns_stay_numeric(tmp_path) -> None:
    frame = pd.DataFrame({"scenario": ["=evil.yaml", "ok.yaml", "-x"], "seuil": [-1.5, 2.0, 3.0],
                          "+colonne": [1, -2, 3]})
    safe = safe_frame(frame)
    assert list(safe["scenario"]) == ["'=evil.yaml", "ok.yaml", "'-x"]
    assert list(safe.columns) == ["scenario", "seuil", "'+colonne"]
    assert list(frame["scenario"]) == ["=evil.yaml", "ok.yaml", "-x"]  # the original is untouched
    path = tmp_path / "table.csv"
    frame_to_csv(frame, path)
    back = pd.read_csv(path)
    assert back["seuil"].tolist() == [-1.5, 2.0, 3.0] and back["'+colonne"].tolist() == [1, -2, 3]
    assert back["scenario"].tolist() == ["'=evil.yaml", "ok.yaml", "'-x"]
