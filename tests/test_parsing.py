"""tests.bdd.parsing: the French dates and numbers the scenarios are written with."""

from __future__ import annotations

from datetime import date

import parse
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.core.calendar import format_date
from tests.bdd.parsing import (
    EXTRA_TYPES,
    choice_type,
    parse_french_date,
    parse_number,
    plain_spaces,
)


@pytest.mark.parametrize(("text", "day"), [
    ("15 octobre 2026", date(2026, 10, 15)), ("1er novembre 2026", date(2026, 11, 1)),
    ("29 février 2028", date(2028, 2, 29)), ("2026-10-15", date(2026, 10, 15)),
    ("11 août 2027", date(2027, 8, 11)), ("1 décembre 2026", date(2026, 12, 1))])
def test_french_dates(text: str, day: date) -> None:
    assert parse_french_date(text) == day


@pytest.mark.parametrize("text", ["29 février 2027", "30 février 2026", "2026-02-30",
                                  "15 octobr 2026", "15/10/2026", "32 janvier 2027"])
def test_impossible_or_misspelt_dates(text: str) -> None:
    with pytest.raises(ValueError, match="date impossible ou mal écrite"):
        parse_french_date(text)


@pytest.mark.parametrize(("text", "value"), [
    ("1 043", 1043), ("1043", 1043), ("34\u202f757", 34757), ("1\u00a0000", 1000), ("0", 0)])
def test_numbers(text: str, value: int) -> None:
    assert parse_number(text) == value


def test_bad_number() -> None:
    with pytest.raises(ValueError):
        parse_number("mille")


def test_step_types_match_whole_values_only() -> None:
    pattern = parse.compile("il faut {n:Nombre} signatures le {d:Date}", extra_types=EXTRA_TYPES)
    got = pattern.parse("il faut 1 043 signatures le 1er novembre 2026")
    assert got is not None and got["n"] == 1043 and got["d"] == date(2026, 11, 1)
    assert pattern.parse("il faut mille signatures le 1er novembre 2026") is None


def test_choice_type_prefers_the_longest_phrase() -> None:
    kind = choice_type(["la démission devient définitive le",
                        "à défaut d'acceptation, la démission devient définitive le"])
    pattern = parse.compile("{quoi:K} {d:Date}", extra_types={**EXTRA_TYPES, "K": kind})
    got = pattern.parse("à défaut d'acceptation, la démission devient définitive le 11 mai 2028")
    assert got["quoi"].startswith("à défaut")
    assert pattern.parse("autre chose le 11 mai 2028") is None


def test_plain_spaces() -> None:
    assert plain_spaces("1\u202f043\u00a0€") == "1 043 €"


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
def test_prop_format_then_parse_is_the_identity(day: date) -> None:
    assert parse_french_date(format_date(day)) == day
    assert parse_french_date(day.isoformat()) == day
