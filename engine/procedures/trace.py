"""Decisions that explain themselves: a result plus the clauses and articles behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

from engine.model.clause import Clause
from engine.model.params import Param

T = TypeVar("T")


@dataclass(frozen=True)
class Citation:
    """One clause parameter (or legal provision) used to reach a result."""

    clause: str
    value: Any
    source: str
    legal_basis: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        value = self.value.isoformat() if isinstance(self.value, date) else self.value
        return {"clause": self.clause, "value": value, "source": self.source,
                "legal_basis": list(self.legal_basis)}


def _cite_key(key: str, clause: Clause, param_key: str, param: Param[Any],
              day: date | None = None) -> Citation:
    """Cite ``param`` under its French key ``param_key`` (private: only :func:`cite_param`
    calls it, so that no citation can name a parameter other than the one read)."""
    return Citation(
        clause=f"{key}.{param_key}",
        value=param.at(day),
        source=str(clause.param_source(param)),
        legal_basis=tuple(param.legal_basis) or tuple(clause.legal_basis),
    )


def param_key(clause: Clause, param: Param[Any]) -> str:
    """The French key, in the pact file, of the parameter ``param`` of ``clause`` — found by
    the object itself, never by name (two clauses may share a key, e.g.
    ``periodicite_audit_mois``)."""
    for name, info in type(clause).model_fields.items():
        if getattr(clause, name) is param:  # the object itself: a Param of this clause
            return info.alias or name
    raise KeyError(f"{type(clause).__name__} : paramètre absent de la clause")


def param_path(key: str, clause: Clause, param: Param[Any]) -> str:
    """The dotted path ``<clause key>.<parameter key>`` of ``param`` (« rotation.periodicite_mois »)."""
    return f"{key}.{param_key(clause, param)}"


def cite_param(key: str, clause: Clause, param: Param[Any], day: date | None = None) -> Citation:
    """Cite the parameter ``param`` of ``clause`` — the typed attribute actually read
    (``clause.quorum_pct``) — under its French key in the pact file, as in force on ``day``.
    This is the only way to cite a parameter: the value used and the value cited are the
    same read."""
    try:
        found = param_key(clause, param)
    except KeyError:
        raise KeyError(f"{key} : paramètre absent de la clause") from None
    return _cite_key(key, clause, found, param, day)


def cite_clause(key: str, clause: Clause) -> Citation:
    """Cite a whole clause (its presence, not one of its parameters)."""
    return Citation(clause=key, value=None, source=str(clause.source),
                    legal_basis=tuple(clause.legal_basis))


def cite_law(article: str, what: str, source: str = "LEGAL.md") -> Citation:
    """Cite a legal provision that bounds a result (not a pact parameter)."""
    return Citation(clause=f"loi.{article}", value=what, source=source, legal_basis=(article,))


@dataclass(frozen=True)
class Decision(Generic[T]):
    """A result, a French explanation, and the trace of what produced it."""

    value: T
    explanation: str
    trace: tuple[Citation, ...] = field(default_factory=tuple)
    #: the rule that decided (« petition.votation_outcome »), set by ``@rule``
    rule: str | None = None

    def as_dict(self) -> dict[str, Any]:
        value = self.value.isoformat() if isinstance(self.value, date) else self.value
        out = {"value": value, "explanation": self.explanation,
               "trace": [c.as_dict() for c in self.trace]}
        if self.rule is not None:
            out["rule"] = self.rule
        return out


@dataclass(frozen=True)
class Step:
    """A dated step of a procedure: the date, an event name, the clause and source behind it."""

    day: date
    event: str
    label: str
    clause: str
    source: str
    legal_basis: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"date": self.day.isoformat(), "event": self.event, "label": self.label,
                "clause": self.clause, "source": self.source,
                "legal_basis": list(self.legal_basis)}


def step(day: date, event: str, label: str, citation: Citation) -> Step:
    return Step(day, event, label, citation.clause, citation.source, citation.legal_basis)
