"""French scenarios of features/legalite.feature, bound to the verifier's steps (tests/steps/verifier.py)."""

from pytest_bdd import scenarios

from tests.steps.verifier import *  # noqa: F403

scenarios("legalite.feature")
