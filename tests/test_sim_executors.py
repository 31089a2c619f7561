"""Executors: inline, local processes and a Dask cluster give the same results."""

from __future__ import annotations

import json

import pytest

from engine.sim.executors import DaskExecutor, InlineExecutor, make_executor
from engine.sim.montecarlo import run_monte_carlo
from engine.sim.sweep import parse_axis, run_sweep
from tests.sim_scenarios import inputs


def _square(x: int) -> int:
    return x * x


def test_inline_executor_runs_every_task() -> None:
    with InlineExecutor() as ex:
        assert dict(ex.run([(_square, (i,)) for i in range(4)])) == {0: 0, 1: 1, 2: 4, 3: 9}


def test_make_executor_picks_inline_for_one_job() -> None:
    assert isinstance(make_executor(1), InlineExecutor)


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  protocol="tcp", host="127.0.0.1", dashboard_address=None) as c:
        yield c


def test_dask_cluster_gives_the_local_results(cluster) -> None:
    inp = inputs("chambery")
    local = run_monte_carlo(inp, runs=6, seed=4)
    with DaskExecutor(cluster.scheduler_address) as ex:
        assert ex.workers == 2
        remote = run_monte_carlo(inp, runs=6, seed=4, executor=ex)
    assert json.dumps(local.as_json(), sort_keys=True) == json.dumps(remote.as_json(), sort_keys=True)


def test_sweep_through_dask(cluster) -> None:
    axes = [parse_axis("votation_abrogatoire.signatures_requises=200,2000")]
    with DaskExecutor(cluster.scheduler_address) as ex:
        result = run_sweep(axes, runs=3, seed=1, executor=ex)
    rows = result.rows()
    assert [r["votation_abrogatoire.signatures_requises"] for r in rows] == [200, 2000]
    assert rows[0]["abrogations_voted.mean"] >= rows[1]["abrogations_voted.mean"]


def test_an_unreachable_scheduler_is_an_input_error() -> None:
    from engine.core.errors import InputError

    with pytest.raises(InputError):
        DaskExecutor("tcp://127.0.0.1:1", timeout="1s")
