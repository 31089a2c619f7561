"""French scenarios of features/rotation.feature, run with the shared step library (tests.bdd)."""

from pytest_bdd import scenarios

scenarios("rotation.feature")
