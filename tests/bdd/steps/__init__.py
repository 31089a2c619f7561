"""French step definitions, one module per procedure (loaded as pytest plugins by
``tests.bdd``). Helpers for steps written elsewhere (``tests/steps/<name>.py``):
``p`` (``parsers.parse`` with the ``Date`` and ``Nombre`` types), ``same_day`` (date
assertion with a French message) and ``event_day`` (date of a named step)."""

from tests.bdd.steps._common import event_day, p, same_day

__all__ = ["event_day", "p", "same_day"]
