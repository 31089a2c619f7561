"""Binds features/tirage.feature."""

from pytest_bdd import scenarios

from tests.steps.tirage import *  # noqa: F403  (step definitions are fixtures)

scenarios("tirage.feature")
