"""French scenarios of features/saillans.feature: the shared step library (tests.bdd), the
verifier's steps (tests/steps/verifier.py) and the cost-table steps (tests/steps/simulation.py)."""

from pytest_bdd import scenarios

from tests.steps.simulation import *  # noqa: F403
from tests.steps.verifier import *  # noqa: F403

scenarios("saillans.feature")
