"""French scenarios of features/pouvoirs_citoyens.feature (qui a le pouvoir, question par
question), run with the shared step library (tests.bdd, steps in tests/bdd/steps/pouvoirs.py)."""

from pytest_bdd import scenarios

scenarios("pouvoirs_citoyens.feature")
