"""Rotation du binôme maire – 1er adjoint·e: every handover's legal steps, from
``engine.procedures.rotation.handovers``; the election counts as an extra council sitting.
Whether the promise is kept is ``rotation_tenue_pct`` (a political commitment)."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from engine.sim.state import RunState


def rotations(state: RunState) -> Generator[Any, Any, None]:
    ctx, b = state.ctx, state.b
    for h in ctx.handovers:
        yield state.wait_until(h.resignation)
        if state.rng.random() >= b.rotation_honoured_pct / 100.0:
            state.rotations_skipped += 1
            state.record(h.resignation, "rotation_non_tenue",
                         "Le binôme maire ne démissionne pas : la rotation promise n'a pas lieu",
                         ctx.ref("rotation_non_tenue"))
            continue
        for offset, step in h.steps:
            if offset >= ctx.end:
                break
            if step.event == "demission_definitive_si_refus":
                continue
            yield state.wait_until(offset)
            state.record_step(step, f"passage de relais n° {h.number}")
        if h.election < ctx.end:
            state.rotations += 1
            state.elected[state.month(h.election)] += ctx.seats * b.council_session_hours
