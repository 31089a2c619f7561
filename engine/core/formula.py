"""Exact numbers that remember how they were computed: the formulas of a live spreadsheet.

A :class:`Term` is a ``Decimal`` (its value, computed exactly as ``Decimal`` computes it) that
also carries the expression that produced it: named inputs (:class:`Ref`: a pact parameter,
a national value, a figure of the commune, each with its unit and source), constants
(:class:`Const`) and the four operations (:class:`Op`). A pure function of numbers that uses
``+ - × ÷`` (the cost functions of :mod:`engine.procedures.costs`) called with terms returns a
term: its value is the amount, its expression is the same computation written over the
named inputs. The cost table's spreadsheet (:mod:`engine.render.cost_xlsx`) writes that
expression as an Excel formula, so the sheet and ``pacte couts`` compute one rule, not two.

Terms stay inside the computation of the cost lines: every result leaves as a plain
``Decimal`` (``Decimal(term)``) and an expression.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

ZERO = Decimal(0)
ONE = Decimal(1)


@dataclass(frozen=True)
class Ref:
    """A named input: its key (« conseil_citoyen.membres »), value, unit, description and
    source."""

    key: str
    value: Decimal
    unit: str = ""
    description: str = ""
    source: str = ""


@dataclass(frozen=True)
class Const:
    """A number written in the computation itself (the 100 of a percentage)."""

    value: Decimal


@dataclass(frozen=True)
class Op:
    """``left op right``, ``op`` one of ``+ - * /``."""

    op: str
    left: Expr
    right: Expr


Expr = Ref | Const | Op


def refs(expr: Expr) -> Iterator[Ref]:
    """The named inputs of ``expr``, left to right (repeated when used twice)."""
    if isinstance(expr, Ref):
        yield expr
    elif isinstance(expr, Op):
        yield from refs(expr.left)
        yield from refs(expr.right)


def expr_of(value: Any) -> Expr:
    """The expression of a term, or the constant of a plain number."""
    if isinstance(value, Term):
        return value.expr
    return Const(_exact(value))


def _exact(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise TypeError(f"nombre attendu, reçu {type(value).__name__}")
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _is(expr: Expr, number: Decimal) -> bool:
    return isinstance(expr, Const) and expr.value == number


def _combine(op: str, left: Expr, right: Expr) -> Expr:
    """``left op right``, without the neutral constants (0 +, × 1, × 0, ÷ 1)."""
    if op == "+" and _is(left, ZERO):
        return right
    if op in "+-" and _is(right, ZERO):
        return left
    if op == "*" and (_is(left, ZERO) or _is(right, ZERO)):
        return Const(ZERO)
    if op == "*" and _is(left, ONE):
        return right
    if op in "*/" and _is(right, ONE):
        return left
    return Op(op, left, right)


class Term(Decimal):
    """A ``Decimal`` that carries the expression it was computed from."""

    expr: Expr

    def __new__(cls, value: Any, expr: Expr) -> Term:
        obj = super().__new__(cls, _exact(value))
        obj.expr = expr
        return obj

    @classmethod
    def named(cls, key: str, value: Any, unit: str = "", description: str = "",
              source: str = "") -> Term:
        """A named input of the computation."""
        exact = _exact(value)
        return cls(exact, Ref(key, exact, unit, description, source))

    def __reduce__(self) -> tuple[Any, ...]:
        return (Term, (Decimal(self), self.expr))

    def __repr__(self) -> str:
        return f"Term('{self}')"

    def _apply(self, op: str, other: Any, reflected: bool = False) -> Term:
        a, b = Decimal(self), _exact(other)
        ea, eb = self.expr, expr_of(other)
        if reflected:
            a, b, ea, eb = b, a, eb, ea
        value = {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__}[op](b)
        return Term(value, _combine(op, ea, eb))

    def __add__(self, other: Any) -> Term:  # type: ignore[override]
        return self._apply("+", other)

    def __radd__(self, other: Any) -> Term:  # type: ignore[override]
        return self._apply("+", other, reflected=True)

    def __sub__(self, other: Any) -> Term:  # type: ignore[override]
        return self._apply("-", other)

    def __rsub__(self, other: Any) -> Term:  # type: ignore[override]
        return self._apply("-", other, reflected=True)

    def __mul__(self, other: Any) -> Term:  # type: ignore[override]
        return self._apply("*", other)

    def __rmul__(self, other: Any) -> Term:  # type: ignore[override]
        return self._apply("*", other, reflected=True)

    def __truediv__(self, other: Any) -> Term:  # type: ignore[override]
        return self._apply("/", other)

    def __rtruediv__(self, other: Any) -> Term:  # type: ignore[override]
        return self._apply("/", other, reflected=True)
