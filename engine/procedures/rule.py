"""Rules that describe themselves: the clause, parameters, articles and seed sections a
rule implements, carried once by the function itself (in the spirit of GETTSIM's « Legal
reference » on every policy function and OpenFisca's references).

``@rule(...)`` attaches a :class:`RuleInfo` to the function (attribute ``__rule__``) and,
for a rule returning a :class:`~engine.procedures.trace.Decision`, names the rule in the
decision's trace. :func:`all_rules` finds every rule of :mod:`engine.procedures` by
walking its modules: there is no registry to keep in sync, no global state.
``docs/regles.md`` is generated from this metadata (:mod:`engine.render.regles`).
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from engine.procedures.trace import Decision

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class RuleInfo:
    """What a rule says of itself: a one-line French statement, the pact clause and the
    parameters it reads, the articles (CGCT ids as in ``rules/cgct``) and the seed
    sections (« 000 § Votations propositionnelles ») it implements."""

    name: str
    module: str
    statement: str
    clause: str | None
    params: tuple[str, ...]
    articles: tuple[str, ...]
    seeds: tuple[str, ...]

    @property
    def ident(self) -> str:
        return f"{self.module.removeprefix('engine.procedures.')}.{self.name}"

    def as_dict(self) -> dict[str, Any]:
        return {"rule": self.ident, "statement": self.statement, "clause": self.clause,
                "params": list(self.params), "articles": list(self.articles),
                "seeds": list(self.seeds)}


def rule(statement: str, *, clause: str | None = None, params: tuple[str, ...] = (),
         articles: tuple[str, ...] = (), seeds: tuple[str, ...] = ()) -> Callable[[F], F]:
    """Declare a function of :mod:`engine.procedures` a rule, with its references."""
    if not statement.strip():
        raise ValueError("une règle s'énonce en une phrase")
    if not articles and not seeds:
        raise ValueError("une règle cite au moins un article ou une section des sources")

    def decorate(fn: F) -> F:
        info = RuleInfo(fn.__name__, fn.__module__, statement.strip(), clause, tuple(params),
                        tuple(articles), tuple(seeds))

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            result = fn(*args, **kwargs)
            if isinstance(result, Decision) and result.rule is None:
                return dataclasses.replace(result, rule=info.ident)
            return result

        wrapper.__rule__ = info  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorate


def rule_of(fn: Callable[..., Any]) -> RuleInfo | None:
    """The metadata of a rule function (``None`` for a plain function)."""
    return getattr(fn, "__rule__", None)


def public_functions() -> list[tuple[str, Callable[..., Any]]]:
    """(module, function) for every public function defined in :mod:`engine.procedures`."""
    import engine.procedures as package

    found: list[tuple[str, Callable[..., Any]]] = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("_") or info.name == "rule":
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn):
                continue
            if getattr(fn, "__module__", None) == module.__name__:
                found.append((module.__name__, fn))
    return found


def all_rules() -> list[RuleInfo]:
    """Every rule of :mod:`engine.procedures`, module by module, in source order."""
    rules = [r for _m, fn in public_functions() if (r := rule_of(fn)) is not None]
    return sorted(rules, key=lambda r: (r.module, _line(r)))


def _line(info: RuleInfo) -> int:
    module = importlib.import_module(info.module)
    fn = inspect.unwrap(getattr(module, info.name))
    return fn.__code__.co_firstlineno
