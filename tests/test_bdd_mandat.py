"""French scenarios of features/mandat.feature, run with the shared step library (tests.bdd)."""

from pytest_bdd import scenarios

scenarios("mandat.feature")
