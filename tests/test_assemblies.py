"""engine/procedures/assemblies.py and the schema of bodies drawn by lot."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from engine.core.errors import InputError
from engine.model.clauses_family import Category
from engine.procedures.assemblies import (
    category_seats,
    find_assembly,
    member_hours,
    renewals,
    yearly_allowance,
)
from engine.procedures.costs import participant_month_cost
from tests.catalogue_helpers import catalogue


def test_a_share_gives_the_floor_and_the_ceiling_of_the_seats():
    s = category_seats(70, Category(code="femme", part_pct=50))
    assert (s.min, s.max) == (35, 35)
    s = category_seats(70, Category(code="16-30", part_pct=30.5))   # 21,35 seats
    assert (s.min, s.max) == (21, 22)
    assert "30,5 % de 70 membres = 21,35" in s.reason


def test_a_count_is_exact():
    s = category_seats(100, Category(code="Bissy", nombre=14))
    assert (s.min, s.max) == (14, 14)


def test_a_category_has_a_share_or_a_count_not_both():
    with pytest.raises(ValueError, match="soit « part_pct », soit « nombre »"):
        Category(code="femme", part_pct=50, nombre=3)


def test_renewals_every_24_months_of_the_mandate():
    scen, pact = catalogue()
    days = renewals(find_assembly(pact, "assemblee-citoyenne"), scen)
    start = scen.mandate.start
    assert days == [date(start.year + 2, start.month, start.day),
                    date(start.year + 4, start.month, start.day)]
    assert renewals(find_assembly(pact, "convention-mobilites"), scen) == []


def test_yearly_allowance_is_the_participant_cost_times_the_members():
    _, pact = catalogue()
    a = find_assembly(pact, "assemblee-citoyenne")   # 100 members, 4 × 6 h, 1 SMIC
    d = yearly_allowance(a, 11.88)
    assert d.value == 100 * participant_month_cost(24, 1, 0, 11.88, 0, 0) == Decimal("28512.00")
    assert "100 membres × 24 h par an" in d.explanation
    assert len(d.trace) == 4


def test_member_hours_are_members_times_meetings_times_duration():
    _, pact = catalogue()
    d = member_hours(find_assembly(pact, "assemblee-citoyenne"))   # 100 members, 4 × 6 h
    assert d.value == 2400
    assert "100 membres × 4 réunions × 6 h = 2\u202f400 heures par an" in d.explanation
    assert len(d.trace) == 3
    none = member_hours(find_assembly(pact, "convention-mobilites"))   # no meeting duration
    assert none.value == 0 and "non chiffrées" in none.explanation


def test_no_allowance_no_cost():
    _, pact = catalogue()
    d = yearly_allowance(find_assembly(pact, "convention-mobilites"), 11.88)
    assert d.value == 0 and "ne fixe pas de défraiement" in d.explanation


def test_counts_cannot_exceed_the_members():
    with pytest.raises(InputError, match="101 sièges comptés pour 100 membres"):
        catalogue(("assemblees_tirees_au_sort.assemblee-citoyenne.strates.valeur.2.categories.1.nombre", 15))


def test_ids_are_unique_in_a_list():
    with pytest.raises(InputError, match="identifiant\\(s\\) en double"):
        catalogue(("assemblees_tirees_au_sort.convention-mobilites.id", "assemblee-citoyenne"))


def test_unknown_body_is_a_french_error():
    _, pact = catalogue()
    with pytest.raises(InputError, match="assemblée tirée au sort « x »"):
        find_assembly(pact, "x")
