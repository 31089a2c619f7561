"""French scenarios of features/pouvoirs_du_maire.feature, run with the shared step library (tests.bdd)
and the verifier's steps (tests/steps/verifier.py)."""

from pytest_bdd import scenarios

from tests.steps.verifier import *  # noqa: F403

scenarios("pouvoirs_du_maire.feature")
