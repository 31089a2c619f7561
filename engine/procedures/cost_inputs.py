"""Where each input of a cost line comes from, and the line itself.

A cost line reads counts from the pact's clauses and prices from, in this order: the pact's
``couts`` clause; a national fact (``rules/national/prix.yaml``: the SMIC); a documented
default (``rules/national/couts_par_defaut.yaml``), flagged « valeur par défaut » in the
line's JSON and in its French basis; or nothing — the part of the line that needs the price
is then « non chiffrée », with the reason. Nothing is ever taken from another pact.

:class:`Inputs` records, for one line, every value read (as a citation), the defaults used
and the parts left uncosted; :class:`CostLine` carries them to the table, the reports and
the dashboard, and :class:`CostTable` gathers the lines. These are tools of the rules of
:mod:`engine.procedures.cost_table` (no rule here).

Every number read is returned as a :class:`engine.core.formula.Term` named after its key
(« conseil_citoyen.membres », « national.smic_horaire_eur »): the pure cost functions then
return the amount together with its formula over those inputs (:attr:`CostLine.expr`), which
the live spreadsheet writes (:mod:`engine.render.cost_xlsx`). The amounts stay plain
``Decimal`` and the JSON is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from engine.core.exact import CENT, ZERO
from engine.core.formula import Const, Expr, Term, expr_of
from engine.core.fr import first_sentence
from engine.core.fr import format_amount as fmt
from engine.io.national import COST_DEFAULTS_FILE, PRICES_FILE, load_cost_defaults, load_prices
from engine.model.clause import Clause
from engine.model.national import (
    NATURE_LABELS,
    CostDefaults,
    NationalFile,
    NationalParameter,
    Prices,
)
from engine.model.pact import CostClause, clause_key
from engine.model.params import Param
from engine.model.template import render_text
from engine.procedures.trace import Citation, cite_param

COSTS_KEY = clause_key(CostClause)

#: the unit of each national parameter, as :func:`engine.core.fr.format_amount` writes it
_FORMATS = {"euros": "euros", "euros_par_heure": "euros_par_heure", "euros_par_an": "euros",
            "mois": "mois", "pourcent": "pourcent"}


@dataclass(frozen=True)
class DefaultUsed:
    """A value the pact did not give, taken from a national data file."""

    key: str
    value: float
    unit: str
    nature: str
    reference: str
    file: str
    since: date
    #: what the value is, in words (the first sentence of its description)
    label: str = ""

    @property
    def is_default(self) -> bool:
        return self.nature == "valeur_par_defaut"

    def as_dict(self) -> dict[str, Any]:
        return {"parametre": self.key, "valeur": self.value, "nature": self.nature,
                "en_vigueur_depuis": self.since.isoformat(), "fichier": self.file,
                "reference": self.reference}


@dataclass
class Inputs:
    """The values one cost line uses, each cited; the national values and defaults it took;
    the parts it could not cost, with the reason."""

    day: date | None
    prices: Prices = field(default_factory=load_prices)
    defaults: CostDefaults = field(default_factory=load_cost_defaults)
    citations: list[Citation] = field(default_factory=list)
    national: list[DefaultUsed] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def take(self, key: str, clause: Clause, param: Param[Any]) -> Any:
        """The value of ``param`` (a parameter of ``clause``) on the day, cited."""
        citation = cite_param(key, clause, param, self.day)
        self.citations.append(citation)
        return _named(citation, param.unit, render_text(param.description, clause, key, self.day))

    def count(self, key: str, clause: Clause, param: Param[Any]) -> Term:
        """How many items the list ``param`` of ``clause`` holds on the day, cited."""
        citation = cite_param(key, clause, param, self.day)
        self.citations.append(citation)
        return Term.named(f"{citation.clause}#nombre", len(citation.value), "nombre",
                          f"Nombre d'éléments : {render_text(param.description, clause, key, self.day)}",
                          citation.source)

    def figure(self, key: str, param: Param[Any]) -> Term:
        """A figure of the commune (``param`` of the scenario, at ``key``), on the day."""
        return Term.named(key, param.at(self.day), param.unit, param.description,
                          str(param.source or ""))

    def price(self, key: str, clause: Clause | None, param: Param[Any] | None,
              fallback: NationalParameter | None = None) -> Any | None:
        """The pact's price (``param`` of its ``couts`` clause) when it gives one, else the
        national value ``fallback`` (cited, recorded), else None."""
        if clause is not None and param is not None:
            return self.take(key, clause, param)
        if fallback is None:
            return None
        return self.from_file(fallback)

    def from_file(self, param: NationalParameter) -> Any:
        """A value of ``rules/national/`` in force on the day, cited by its file and label."""
        doc, name = self._file_of(param)
        key = doc.key_of(param)
        since, dated = param.dated(self.day)
        used = DefaultUsed(key, dated.value, param.unit, param.nature, dated.reference,
                           f"rules/national/{name}", since, first_sentence(param.description))
        self.national.append(used)
        self.citations.append(Citation(
            clause=f"{'defaut' if used.is_default else 'national'}.{key}", value=dated.value,
            # the reference of the dated value is in the line's flags and the JSON (« reference »)
            source=f"rules/national/{name} § {first_sentence(param.description)}"))
        return _named(self.citations[-1], param.unit, param.description)

    def _file_of(self, param: NationalParameter) -> tuple[NationalFile, str]:
        for doc, name in ((self.prices, PRICES_FILE), (self.defaults, COST_DEFAULTS_FILE)):
            if any(getattr(doc, n) is param for n in type(doc).model_fields):
                return doc, name
        raise KeyError("valeur nationale inconnue")

    def lack(self, reason: str) -> None:
        """Record a part of the line left uncosted, with the French reason."""
        self.missing.append(reason)

    def lack_price(self, what: str, name: str) -> None:
        """Record ``what`` as uncosted because the pact does not give the price ``name`` (an
        attribute of the ``couts`` clause): « tickets de bus : le pacte ne le fixe pas
        (couts.prix_ticket_bus_eur) »."""
        alias = CostClause.model_fields[name].alias or name
        self.lack(f"{what} : le pacte ne le fixe pas ({COSTS_KEY}.{alias})")

    def flags(self) -> str:
        """The French note on the national values and defaults used, for the line's basis:
        « (valeur par défaut : 12 mois — mois de l'année pendant lesquels… ; Hypothèse Pacte…) »
        (the file and the key are in the JSON, ``fichier`` and ``parametre``)."""
        notes = []
        for used in self.national:
            unit = _FORMATS.get(used.unit, "")
            shown = fmt(used.value, unit) if unit else fmt(used.value)
            if used.unit == "euros_par_electeur_inscrit":
                shown = fmt(used.value, "euros") + " par électeur inscrit"
            what = (used.label if used.label[1:2].isupper()  # « SMIC … » keeps its capitals
                    else used.label[:1].lower() + used.label[1:])
            notes.append(f"({NATURE_LABELS[used.nature]} : {shown} — {what} ; "
                         f"{used.reference})")
        if self.missing:
            notes.append("(non chiffré : " + " ; ".join(self.missing) + ")")
        return (" " + " ".join(notes)) if notes else ""


def _named(citation: Citation, unit: str, description: str) -> Any:
    """The value of ``citation``: a :class:`Term` named after it when it is a number."""
    value = citation.value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    return Term.named(citation.clause, value, unit, description, citation.source)


@dataclass(frozen=True)
class CostLine:
    """One line of the table: an id, a French label, the basis of the computation, the
    amount, the inputs cited, the national values or defaults used and the parts uncosted."""

    id: str
    label: str
    basis: str
    amount: Decimal
    inputs: tuple[Citation, ...] = ()
    national: tuple[DefaultUsed, ...] = ()
    missing: tuple[str, ...] = ()
    #: the amount's computation over its named inputs (the spreadsheet's formula)
    expr: Expr = Const(ZERO)

    @classmethod
    def of(cls, line_id: str, label: str, basis: str, amount: Decimal, i: Inputs) -> CostLine:
        """A line from its inputs: the basis ends with the flags of the values not given by
        the pact (« valeur par défaut », « donnée nationale », « non chiffré »)."""
        return cls(line_id, label, basis + i.flags(), Decimal(amount), tuple(i.citations),
                   tuple(i.national), tuple(i.missing), expr_of(amount))

    @property
    def uses_defaults(self) -> bool:
        return any(u.is_default for u in self.national)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "basis": self.basis,
                "amount_eur": self.json_euros(self.amount),
                "inputs": [c.as_dict() for c in self.inputs],
                "valeur_par_defaut": self.uses_defaults,
                "valeurs_nationales": [u.as_dict() for u in self.national],
                "non_chiffre": list(self.missing)}

    @staticmethod
    def json_euros(amount: Decimal) -> float:
        """An amount for JSON: euros with cents."""
        return float(amount.quantize(CENT))


@dataclass(frozen=True)
class CostTable:
    """The yearly cost table of a pact in a commune."""

    pact_id: str
    scenario_id: str
    commune: str
    inputs_from: str
    operating: tuple[CostLine, ...]
    investment: tuple[CostLine, ...]
    operating_spending: Decimal
    investment_receipts: Decimal
    population: int
    electors: int
    budget_sources: tuple[str, ...]
    #: population, electors, operating spending and investment receipts as named inputs
    figures: dict[str, Term] = field(default_factory=dict, hash=False)
    #: the day whose values the table uses (None: the latest dated values), and the pact's
    #: dated parameters, in French — a yearly table shows one year of a changing pact
    values_on: date | None = None
    dated: tuple[str, ...] = ()

    @property
    def lines(self) -> tuple[CostLine, ...]:
        return self.operating + self.investment

    @property
    def operating_total(self) -> Decimal:
        return sum((line.amount for line in self.operating), ZERO)

    @property
    def investment_total(self) -> Decimal:
        return sum((line.amount for line in self.investment), ZERO)

    @property
    def total(self) -> Decimal:
        return self.operating_total + self.investment_total

    @property
    def uses_defaults(self) -> bool:
        return any(line.uses_defaults for line in self.lines)

    @property
    def not_costed(self) -> tuple[str, ...]:
        """Every part of a line left uncosted, with its reason (« DPC — personnel : … »)."""
        return tuple(f"{line.label} : {why}" for line in self.lines for why in line.missing)

    def line(self, line_id: str) -> CostLine | None:
        for line in self.lines:
            if line.id == line_id:
                return line
        return None

    def amount(self, line_id: str) -> Decimal:
        line = self.line(line_id)
        return line.amount if line is not None else ZERO

    @property
    def share_of_operating_spending(self) -> float:
        """Operating total, in percent of the commune's real operating spending."""
        if not self.operating_spending:
            return 0.0
        return float(self.operating_total / self.operating_spending * 100)

    @property
    def share_of_investment_receipts(self) -> float:
        """Investment total, in percent of the commune's real investment receipts."""
        if not self.investment_receipts:
            return 0.0
        return float(self.investment_total / self.investment_receipts * 100)

    def per_head(self, amount: Decimal, heads: int) -> float:
        return float((amount / heads).quantize(CENT)) if heads else 0.0

    def as_dict(self) -> dict[str, Any]:
        euros = CostLine.json_euros
        return {
            "pacte": self.pact_id,
            "scenario": self.scenario_id,
            "commune": self.commune,
            "inputs_from": self.inputs_from,
            "valeur_par_defaut": self.uses_defaults,
            "non_chiffre": list(self.not_costed),
            "valeurs_au": self.values_on.isoformat() if self.values_on else None,
            "valeurs_datees": list(self.dated),
            "operating": {"lines": [line.as_dict() for line in self.operating],
                          "total_eur": euros(self.operating_total)},
            "investment": {"lines": [line.as_dict() for line in self.investment],
                           "total_eur": euros(self.investment_total)},
            "total_eur": euros(self.total),
            "share_of_operating_spending": self.share_of_operating_spending,
            "share_of_investment_receipts": self.share_of_investment_receipts,
            "operating_spending_eur": euros(self.operating_spending),
            "investment_receipts_eur": euros(self.investment_receipts),
            "budget_sources": list(self.budget_sources),
            "population": self.population,
            "electors": self.electors,
            "per_inhabitant_eur": self.per_head(self.operating_total, self.population),
            "per_elector_eur": self.per_head(self.operating_total, self.electors),
            "per_inhabitant_total_eur": self.per_head(self.total, self.population),
            "per_elector_total_eur": self.per_head(self.total, self.electors),
        }
