"""One draw: panel, probabilities, quota table, infeasible quotas, top-ups, library algorithms."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine.core.errors import InputError
from engine.procedures.audits import Member, check_panel
from engine.sortition.audit import make_seed
from engine.sortition.draw import draw
from engine.sortition.quotas import GENRE, QUARTIER
from engine.sortition.report import to_json, to_text
from tests.tirage_helpers import chambery_quotas, context, csv_pool, synthetic_pool


def check_result(result, pool):
    assert result.feasible
    assert len(result.panel) == len(set(result.panel)) == result.quotas.seats
    assert set(result.panel) <= set(pool.ids())
    assert abs(sum(result.probabilities.values()) - result.quotas.seats) < 1e-6
    for o in result.outcomes:
        assert o.met, o
        assert o.quota.min - 1e-6 <= o.expected <= o.quota.max + 1e-6
    scenario, pact = context()
    people = pool.by_id()
    members = [Member(people[pid].features[QUARTIER], people[pid].features[GENRE]) for pid in result.panel]
    assert check_panel(pact, scenario, members).value  # the pact's own rule agrees


@pytest.fixture(scope="module")
def pool200():
    return synthetic_pool(200, seed=5)


def test_same_seed_same_panel_bit_for_bit(pool200):
    quotas = chambery_quotas()
    first = draw(pool200, quotas, make_seed("loto 12 avril 2026"))
    again = draw(pool200, quotas, make_seed("loto 12 avril 2026"))
    check_result(first, pool200)
    audit = {"x": 1}
    assert json.dumps(to_json(first, audit)) == json.dumps(to_json(again, audit))
    other = draw(pool200, quotas, make_seed("autre graine"))
    assert other.panel != first.panel
    assert other.probabilities == first.probabilities  # the lottery does not depend on the seed


def test_women_in_every_quartier(pool200):
    result = draw(pool200, chambery_quotas(women_by_quartier=True), make_seed("3"))
    check_result(result, pool200)
    people = pool200.by_id()
    for quartier in {people[pid].features[QUARTIER] for pid in result.panel}:
        women = [pid for pid in result.panel
                 if people[pid].features[QUARTIER] == quartier and people[pid].features[GENRE] == "femme"]
        assert len(women) >= 3


def test_other_gender_values_are_drawn_without_quota():
    base = synthetic_pool(90, seed=12)
    extra = "".join(f"nb{i},{q},non-binaire,employes\n" for i, q in enumerate(
        ("Bissy", "Centre-ville", "Hauts-de-Chambéry", "Biollay – Bellevue")))
    rows = "id,quartier,genre,csp\n" + "".join(
        f"{p.id},{p.features['quartier']},{p.features['genre']},{p.features['csp']}\n" for p in base.people)
    pool = csv_pool(rows + extra)
    result = draw(pool, chambery_quotas(), make_seed("9"))
    check_result(result, pool)
    assert any(q.value == "non-binaire" and q.min == 0 for q in result.quotas.quotas)
    assert result.probabilities["nb0"] > 0


def test_infeasible_quotas_get_the_library_relaxation_in_french():
    pool = synthetic_pool(200, seed=5)
    few = {pid for pid in pool.ids() if pool.by_id()[pid].features[QUARTIER] == "Bissy"}
    pool = pool.without(set(sorted(few)[2:]))  # only 2 volunteers left in Bissy
    result = draw(pool, chambery_quotas(), make_seed("1"))
    assert not result.feasible and result.panel == []
    bissy = [r for r in result.relaxation if r.quota.value == "Bissy"]
    assert bissy and bissy[0].new_min == 2
    text = bissy[0].explain()
    assert "Quartier « Bissy »" in text and "abaisser le minimum de 5 à 2" in text and "que 2" in text
    assert "assouplissement" in to_text(result, pool)
    doc = to_json(result, {})
    assert doc["feasible"] is False and doc["relaxation"][0]["explanation"]


def test_too_few_volunteers():
    pool = synthetic_pool(20, seed=1)
    result = draw(pool, chambery_quotas(), make_seed("1"))
    assert not result.feasible and "20 personne(s) pour 30" in result.message


def test_top_up_keeps_seated_members(pool200):
    quotas = chambery_quotas()
    first = draw(pool200, quotas, make_seed("1"))
    leaving = first.panel[:3]
    seated = first.panel[3:]
    second = draw(pool200, quotas, make_seed("2"), keep=seated, exclude=leaving)
    check_result(second, pool200)
    assert set(seated) <= set(second.panel) and not set(leaving) & set(second.panel)
    assert all(second.probabilities[pid] == 1.0 for pid in seated)
    assert all(second.probabilities[pid] == 0.0 for pid in leaving)


def test_keeping_more_than_a_quota_allows_is_infeasible(pool200):
    people = pool200.by_id()
    men = [pid for pid in pool200.ids() if people[pid].features[GENRE] == "homme"]
    by_quartier: dict[str, list[str]] = {}
    for pid in men:
        by_quartier.setdefault(people[pid].features[QUARTIER], []).append(pid)
    keep = [pid for ids in by_quartier.values() for pid in ids[:3]]  # 18 men: women can't reach 15
    result = draw(pool200, chambery_quotas(), make_seed("1"), keep=keep)
    assert not result.feasible and "ne tiennent pas dans les 12 sièges" in result.message


def test_unknown_ids_and_algorithm_are_input_errors(pool200):
    with pytest.raises(InputError, match="absent du vivier"):
        draw(pool200, chambery_quotas(), make_seed("1"), keep=["personne"])
    with pytest.raises(InputError, match="algorithme inconnu"):
        draw(pool200, chambery_quotas(), make_seed("1"), algorithm="leximin-gurobi")


@pytest.mark.parametrize("algorithm", ["maximin", "nash", "legacy"])
def test_library_algorithms(algorithm):
    pool = synthetic_pool(70, seed=71)
    result = draw(pool, chambery_quotas(), make_seed("7"), algorithm=algorithm, legacy_runs=20)
    check_result(result, pool)
    assert result.estimated == (algorithm == "legacy")


def test_library_maximin_panel_is_the_one_run_stratification_draws(tmp_path):
    """Anyone can re-run the draw with the library alone: quotas.csv, the pool, the seed as
    ``random_number_seed`` and PYTHONHASHSEED=0 give the same panel."""
    import os
    import subprocess
    import sys

    from engine.sortition.draw import complete_quotas
    from engine.sortition.report import files

    pool = synthetic_pool(80, seed=2)
    result = draw(pool, chambery_quotas(), make_seed("7"), algorithm="maximin")
    quotas_csv = files(result, pool, {}, {})["quotas.csv"]
    (tmp_path / "quotas.csv").write_text(quotas_csv)
    (tmp_path / "vivier.csv").write_text("id,quartier,genre,csp\n" + "".join(
        f"{p.id},{p.features['quartier']},{p.features['genre']},{p.features['csp']}\n" for p in pool.people))
    script = """
import csv, json, logging, sys
logging.disable(logging.CRITICAL)
from sortition_algorithms import Settings, read_in_features, read_in_people, run_stratification
rows = list(csv.DictReader(open("quotas.csv", encoding="utf-8")))
features, _, _ = read_in_features(["feature", "value", "min", "max"], rows, 30)
people_rows = list(csv.DictReader(open("vivier.csv", encoding="utf-8")))
settings = Settings(id_column="id", columns_to_keep=[], random_number_seed=7)
people, _ = read_in_people(["id", "quartier", "genre", "csp"], people_rows, features, settings)
ok, selected, _ = run_stratification(features, people, 30, settings)
print("@@" + json.dumps(sorted(selected[0])))
"""
    run = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
                         env={**os.environ, "PYTHONHASHSEED": "0"}, timeout=300)
    line = next(x for x in run.stdout.splitlines() if x.startswith("@@"))
    assert json.loads(line[2:]) == sorted(result.panel)
    assert complete_quotas(chambery_quotas(), pool).rows() == [
        {k: r[k] for k in ("feature", "value", "min", "max")} for r in csv_rows(quotas_csv)]


def csv_rows(text: str) -> list[dict[str, str]]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(text)))


def _small_council(members: int, per_quartier: int):
    from engine.model.pact import Pact

    scenario, pact = context()
    data = pact.model_dump(by_alias=True, mode="json")
    data["conseil_citoyen"]["membres"]["valeur"] = members
    data["conseil_citoyen"]["membres_par_quartier"]["valeur"] = per_quartier
    from engine.sortition.quotas import council_quotas

    return council_quotas(Pact.model_validate(data), scenario, tolerance=1)


@settings(max_examples=12, deadline=None)
@given(size=st.integers(8, 60), seed=st.integers(1, 10_000), per_quartier=st.integers(1, 2))
def test_any_pool_gives_a_valid_lottery_or_an_explained_relaxation(size, seed, per_quartier):
    """Property: whatever the pool, either the probabilities sum to the seats and every
    quota holds (in the panel and in expectation), or the draw says why not."""
    quotas = _small_council(6 * per_quartier, per_quartier)
    pool = synthetic_pool(size, seed=seed)
    result = draw(pool, quotas, make_seed(str(seed)))
    if result.feasible:
        assert len(result.panel) == quotas.seats
        assert abs(sum(result.probabilities.values()) - quotas.seats) < 1e-6
        assert all(o.met and o.quota.min - 1e-6 <= o.expected <= o.quota.max + 1e-6 for o in result.outcomes)
    else:
        assert result.message and (result.relaxation or size < quotas.seats or "vivier" in result.message)
        for r in result.relaxation:
            assert r.new_min <= r.quota.min and r.new_max >= r.quota.max and r.explain()
