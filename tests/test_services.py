"""engine.procedures.services: who checks signatures — the DPC the pact creates, or the
mayor's services; never a DPC the pact does not create."""

from __future__ import annotations

from datetime import date

from engine.io.context import load_context
from engine.procedures.petition import petition_timeline
from engine.procedures.services import signature_checker


def test_the_dpc_only_when_the_pact_creates_it() -> None:
    scen, pact = load_context()
    assert signature_checker(pact) == "la DPC"
    scen, other = load_context(pact="democracite-2026")
    assert other.dpc is None and signature_checker(other) == "les services de la mairie"
    labels = " ".join(s.label for s in petition_timeline(other, scen, date(2026, 10, 1)))
    assert "les services de la mairie" in labels and "DPC" not in labels
