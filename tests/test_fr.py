"""The one French formatter: money keeps its cents, thousands take a narrow no-break space."""

from __future__ import annotations

from decimal import Decimal

from engine.core.fr import format_amount, money, number


def test_money_in_french() -> None:
    assert money(Decimal("1234.5")) == "1\u202f234,50 €"
    assert money(2_519_484) == "2\u202f519\u202f484 €"
    assert money(1.7) == "1,70 €"
    assert money(Decimal("1234.5"), cents=False) == "1\u202f234 €"
    assert money(11.88, unit="€/h") == "11,88 €/h"


def test_format_amount_is_exact_and_keeps_cents_for_money() -> None:
    assert format_amount(30) == "30"
    assert format_amount(Decimal("8"), "heures") == "8 h"
    assert format_amount(1.7, "euros") == "1,70 €"
    assert format_amount(11.88, "euros_par_heure") == "11,88 €/h"
    assert format_amount(54000, "euros") == "54\u202f000 €"
    assert format_amount(35, "pourcent") == "35 %"


def test_number() -> None:
    assert number(59_856) == "59\u202f856"
    assert number(2.44, 1) == "2,4"


def test_headline_euros_and_percent() -> None:
    from engine.core.fr import euros, euros_headline, percent

    assert euros_headline(2_519_484) == "2,5 M€"
    assert euros_headline(1_250_000) == "1,3 M€"  # half up
    assert euros_headline(830_000) == "830 k€"
    assert euros_headline(42) == "42 €"
    assert euros(200_000) == "200\u202f000 €"
    assert percent(2.44) == "2,4 %"
