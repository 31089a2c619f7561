"""French scenarios of features/chargement.feature, run with the shared step library (tests.bdd)."""

from pytest_bdd import scenarios

scenarios("chargement.feature")
