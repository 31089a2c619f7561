"""National data (``rules/national/``): dated, sourced values read through one cached loader,
with French errors for a bad file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from engine.core.errors import InputError
from engine.io.national import NATIONAL_DIR, load_cost_defaults, load_national, load_prices
from engine.model.national import CostDefaults, NationalParameter, Prices


def _parameters(doc: Prices | CostDefaults) -> list[NationalParameter]:
    return [getattr(doc, name) for name in type(doc).model_fields
            if isinstance(getattr(doc, name), NationalParameter)]


def test_every_national_value_is_dated_and_referenced() -> None:
    for doc in (load_prices(), load_cost_defaults()):
        params = _parameters(doc)
        assert params
        for param in params:
            assert param.description and param.values
            for _day, value in param.values.items():
                assert value.reference.strip()


def test_prices_are_national_facts_and_defaults_are_flagged_as_such() -> None:
    assert all(p.nature == "fait_national" for p in _parameters(load_prices()))
    assert all(p.nature == "valeur_par_defaut" and p.is_default
               for p in _parameters(load_cost_defaults()))


def test_the_smic_in_force_on_a_day() -> None:
    smic = load_prices().smic_hourly_eur
    ordered = sorted(smic.values.items())
    first_day, first = ordered[0]
    last_day, last = ordered[-1]
    assert smic.at(first_day) == first.value
    assert smic.at(last_day) == last.value
    assert smic.at(None) == last.value
    # before every dated value: the first one; the day before a change: the previous value
    assert smic.at(date(first_day.year - 5, 1, 1)) == first.value
    if len(ordered) > 1:
        change, _ = ordered[1]
        assert smic.at(date.fromordinal(change.toordinal() - 1)) == first.value
        assert smic.dated(change)[0] == change


def test_key_of_finds_the_parameter_by_the_object() -> None:
    prices = load_prices()
    assert prices.key_of(prices.smic_hourly_eur) == "smic_horaire_brut_eur"
    defaults = load_cost_defaults()
    with pytest.raises(KeyError):
        prices.key_of(defaults.paid_months_per_year)


def test_the_loader_is_cached_and_generic(tmp_path: Path) -> None:
    assert load_prices() is load_prices()
    copy = tmp_path / "prix.yaml"
    copy.write_text((NATIONAL_DIR / "prix.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    other = load_national("prix.yaml", Prices, tmp_path)
    assert other.smic_hourly_eur.at() == load_prices().smic_hourly_eur.at()


def test_a_bad_national_file_gives_a_french_error(tmp_path: Path) -> None:
    bad = tmp_path / "prix.yaml"
    bad.write_text("description: prix\nsmic_horaire_brut_eur:\n  description: SMIC\n"
                   "  unite: euros_par_heure\n  nature: fait_national\n  confiance: H\n"
                   "  valeurs:\n    2026-01-01:\n      valeur: -3\n      reference: décret\n",
                   encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_national("prix.yaml", Prices, tmp_path)
    text = str(err.value)
    assert "prix.yaml" in text and "valeur" in text and "Traceback" not in text


def test_a_missing_national_file_gives_a_french_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        load_national("absent.yaml", Prices, tmp_path)
    assert "absent.yaml" in str(err.value)
