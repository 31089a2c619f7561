"""French scenarios of features/budget_participatif.feature, run with the shared step library (tests.bdd)."""

from pytest_bdd import scenarios

scenarios("budget_participatif.feature")
