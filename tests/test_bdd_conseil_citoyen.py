"""French scenarios of features/conseil_citoyen.feature, run with the shared step library (tests.bdd)."""

from pytest_bdd import scenarios

scenarios("conseil_citoyen.feature")
