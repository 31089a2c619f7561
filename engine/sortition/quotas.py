"""The citizen council's quotas, from the pact's clause and the commune's inhabitants.

Clause « conseil_citoyen » (000_721ebb8a9b1c3e2a.txt § 2.1 Mandat impératif et Conseil
Citoyen): « 30 Chambériens et Chambériennes tirées au sort, 5 par quartier, composé d'au
moins la moitié de femmes et stratifiés de manière à représenter à peu près la composition
en matière de catégories socio-professionnelles des habitant·es ». So:

- quartier: exactly ``membres_par_quartier`` seats in each quartier of the scenario;
- genre: at least ``part_femmes_min_pct`` % women (rounded up), any number of others;
- csp (and optionally age): the inhabitants' shares times the seats, rounded down and up
  (« à peu près »), widened by a tolerance if asked;
- quartier_genre (combined category, on request): at least ``part_femmes_min_pct`` % women
  in *every* quartier, e.g. 3 of 5 for « au moins la moitié ».

The stratification criteria are the pact's ``stratification`` list; ``quartier_genre`` in
that list (or the option ``women_by_quartier``) asks for the combined category.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from engine.core.errors import InputError
from engine.model.pact import Pact
from engine.model.scenario import Scenario
from engine.sortition.text import fold

QUARTIER = "quartier"
GENRE = "genre"
CSP = "csp"
AGE = "tranche_age"
QUARTIER_GENRE = "quartier_genre"
WOMEN = "femme"
MEN = "homme"

FEATURE_LABELS = {
    QUARTIER: "Quartier",
    GENRE: "Genre",
    CSP: "Catégorie socio-professionnelle",
    AGE: "Tranche d'âge",
    QUARTIER_GENRE: "Quartier × genre",
}

# What a pact may write in « stratification », folded (no accents, lower case).
_CRITERIA = {
    "quartier": QUARTIER,
    "quartiers": QUARTIER,
    "genre": GENRE,
    "sexe": GENRE,
    "csp": CSP,
    "pcs": CSP,
    "categorie socio-professionnelle": CSP,
    "categorie_socio_professionnelle": CSP,
    "age": AGE,
    "ages": AGE,
    "tranche_age": AGE,
    "quartier_genre": QUARTIER_GENRE,
    "quartier×genre": QUARTIER_GENRE,
    "quartier x genre": QUARTIER_GENRE,
    "quartier-genre": QUARTIER_GENRE,
}


def combined_value(quartier: str, genre: str) -> str:
    """The value of the combined category for one quartier and one gender."""
    return f"{quartier} | {genre}"


@dataclass(frozen=True)
class Quota:
    """Min and max seats for one value of one feature, and why."""

    feature: str
    value: str
    label: str
    min: int
    max: int
    reason: str
    source: str

    def to_dict(self) -> dict[str, object]:
        return {"feature": self.feature, "value": self.value, "label": self.label,
                "min": self.min, "max": self.max, "reason": self.reason, "source": self.source}


@dataclass(frozen=True)
class QuotaSet:
    """Every quota of a draw, the number of seats, and the features in a fixed order."""

    seats: int
    features: tuple[str, ...]
    quotas: tuple[Quota, ...]

    def for_feature(self, feature: str) -> list[Quota]:
        return [q for q in self.quotas if q.feature == feature]

    def values(self, feature: str) -> list[str]:
        return [q.value for q in self.for_feature(feature)]

    def rows(self) -> list[dict[str, str]]:
        """The library's feature table: feature, value, min, max."""
        return [{"feature": q.feature, "value": q.value, "min": str(q.min), "max": str(q.max)}
                for q in self.quotas]

    def digest(self) -> str:
        """SHA-256 of the quota table, for the audit trail."""
        text = json.dumps({"seats": self.seats, "quotas": self.rows()}, sort_keys=True)
        return hashlib.sha256(text.encode()).hexdigest()

    def with_values(self, feature: str, extra: Iterable[str], reason: str) -> QuotaSet:
        """Add values met in the pool (e.g. a third gender) with no constraint (0 to seats)."""
        known = {fold(v) for v in self.values(feature)}
        added = []
        for value in extra:
            if fold(value) not in known:
                known.add(fold(value))
                added.append(Quota(feature, value, value, 0, self.seats, reason, ""))
        if not added:
            return self
        last = max(i for i, q in enumerate(self.quotas) if q.feature == feature)
        quotas = self.quotas[: last + 1] + tuple(added) + self.quotas[last + 1:]
        return replace(self, quotas=quotas)

    def after_keeping(self, kept_counts: Mapping[tuple[str, str], int], kept: int) -> QuotaSet:
        """The quotas left for a top-up draw once ``kept`` seated members stay.

        ``kept_counts[(feature, value)]`` counts the seated members with that value. The
        min falls by that count (not below 0); the max falls too and may become negative,
        which the draw reports as infeasible.
        """
        quotas = tuple(
            replace(q, min=max(0, q.min - kept_counts.get((q.feature, q.value), 0)),
                    max=q.max - kept_counts.get((q.feature, q.value), 0))
            for q in self.quotas
        )
        return QuotaSet(self.seats - kept, self.features, quotas)


def criteria(pact: Pact, day: date | None = None) -> list[str]:
    """The pact's stratification criteria as feature names (in the pact's order)."""
    council = _council(pact)
    out: list[str] = []
    for raw in council.stratified_on.at(day):
        feature = _CRITERIA.get(fold(str(raw)))
        if feature is None:
            known = ", ".join(sorted({"quartier", "genre", "csp", "age", "quartier_genre"}))
            raise InputError.single(
                "pacte", None, "conseil_citoyen.stratification",
                f"critère de stratification inconnu « {raw} » — attendu : {known}")
        if feature not in out:
            out.append(feature)
    return out


def council_quotas(
    pact: Pact,
    scenario: Scenario,
    *,
    women_by_quartier: bool | None = None,
    with_age: bool | None = None,
    tolerance: int = 0,
    day: date | None = None,
) -> QuotaSet:
    """The quotas of the citizen council's draw.

    ``women_by_quartier`` / ``with_age``: ``None`` follows the pact's stratification list,
    ``True``/``False`` forces the combined quartier×genre category / the age bands.
    ``tolerance``: extra seats either side of the proportional CSP and age quotas.
    """
    council = _council(pact)
    seats = council.members.at(day)
    per_quartier = council.per_quartier.at(day)
    women_pct = council.women_min_pct.at(day)
    wanted = criteria(pact, day)
    if women_by_quartier is not None:
        wanted = [f for f in wanted if f != QUARTIER_GENRE] + ([QUARTIER_GENRE] if women_by_quartier else [])
    if with_age is not None:
        wanted = [f for f in wanted if f != AGE] + ([AGE] if with_age else [])
    if women_pct > 0 and GENRE not in wanted:
        wanted.insert(1 if QUARTIER in wanted else 0, GENRE)
    if tolerance < 0:
        raise InputError.single("--tolerance", None, "tolerance", "la tolérance doit être positive ou nulle")

    source_members = str(council.param_source(council.members))
    quotas: list[Quota] = []
    features: list[str] = []
    for feature in wanted:
        if feature == QUARTIER:
            quotas += _quartier_quotas(scenario, seats, per_quartier,
                                       str(council.param_source(council.per_quartier)))
        elif feature == GENRE:
            quotas += _gender_quotas(scenario, seats, women_pct,
                                     str(council.param_source(council.women_min_pct)))
        elif feature == CSP:
            demo = _demographics(scenario, "csp")
            quotas += _proportional(CSP, demo.csp, seats, tolerance, source_members)
        elif feature == AGE:
            demo = _demographics(scenario, "ages")
            if demo.ages is None:
                raise InputError.single(
                    "scénario", None, "commune.demographie.ages",
                    "la stratification par âge demande les tranches d'âge des habitant·es")
            quotas += _proportional(AGE, demo.ages, seats, tolerance, source_members)
        elif feature == QUARTIER_GENRE:
            quotas += _combined_quotas(scenario, per_quartier, seats, women_pct,
                                       str(council.param_source(council.women_min_pct)))
        features.append(feature)
    result = QuotaSet(seats, tuple(features), tuple(quotas))
    check_consistent(result, "pacte")
    return result


def check_consistent(quotas: QuotaSet, origin: str, field: str = "conseil_citoyen") -> None:
    """Each feature's mins must fit in the seats and its maxes reach them (``field``: the
    clause whose quotas they are)."""
    problems = []
    for feature in quotas.features:
        rows = quotas.for_feature(feature)
        low, high = sum(q.min for q in rows), sum(q.max for q in rows)
        if low > quotas.seats:
            problems.append(f"{FEATURE_LABELS[feature]} : les minimums totalisent {low} sièges, "
                            f"plus que les {quotas.seats} à pourvoir")
        if high < quotas.seats:
            problems.append(f"{FEATURE_LABELS[feature]} : les maximums totalisent {high} sièges, "
                            f"moins que les {quotas.seats} à pourvoir")
    if problems:
        raise InputError.single(origin, None, field, " ; ".join(problems))


def _council(pact: Pact):
    if pact.citizen_council is None:
        raise InputError.single("pacte", None, "conseil_citoyen",
                                "le pacte n'a pas de clause « conseil_citoyen » : rien à tirer au sort")
    return pact.citizen_council


def _demographics(scenario: Scenario, what: str):
    demo = scenario.commune.demographics
    if demo is None:
        raise InputError.single(
            "scénario", None, "commune.demographie",
            f"la stratification ({what}) demande la composition des habitant·es : ajoutez le bloc "
            "« demographie » à la commune (parts par CSP, genre, tranches d'âge)")
    return demo


def _quartier_quotas(scenario: Scenario, seats: int, per_quartier: int, source: str) -> list[Quota]:
    names = [q.name for q in scenario.commune.quartiers]
    if not names:
        raise InputError.single("scénario", None, "commune.quartiers", "aucun quartier déclaré")
    if per_quartier * len(names) > seats:
        raise InputError.single(
            "pacte", None, "conseil_citoyen.membres_par_quartier",
            f"{per_quartier} membres × {len(names)} quartiers = {per_quartier * len(names)}, "
            f"plus que les {seats} membres du conseil")
    out = []
    if per_quartier > 0:
        high = seats - per_quartier * (len(names) - 1)
        for name in names:
            reason = (f"{per_quartier} membres par quartier" if high == per_quartier
                      else f"au moins {per_quartier} membres par quartier")
            out.append(Quota(QUARTIER, name, name, per_quartier, high, reason, source))
        return out
    shares = [q.population_share_pct for q in scenario.commune.quartiers]
    if all(s is not None for s in shares):
        total = sum(shares)  # type: ignore[arg-type]
        for q in scenario.commune.quartiers:
            exact = seats * q.population_share_pct / total  # type: ignore[operator]
            out.append(Quota(QUARTIER, q.name, q.name, math.floor(exact), math.ceil(exact),
                             f"{_fr(q.population_share_pct)} % des habitant·es × {seats} = {_fr(exact)}",
                             "scénario § commune.quartiers"))
        return out
    return [Quota(QUARTIER, n, n, 0, seats, "pas de quota par quartier", source) for n in names]


def gender_values(scenario: Scenario) -> list[tuple[str, str]]:
    demo = scenario.commune.demographics
    if demo is not None:
        values = [(item.code, item.name) for item in demo.gender.items]
    else:
        values = [(WOMEN, "Femmes"), (MEN, "Hommes")]
    if WOMEN not in [code for code, _ in values]:
        raise InputError.single("scénario", None, "commune.demographie.genre",
                                f"le code « {WOMEN} » est attendu parmi les genres")
    return values


def _gender_quotas(scenario: Scenario, seats: int, women_pct: float, source: str) -> list[Quota]:
    women_min = math.ceil(seats * women_pct / 100 - 1e-9)
    out = []
    for code, name in gender_values(scenario):
        if code == WOMEN:
            out.append(Quota(GENRE, code, name, women_min, seats,
                             f"au moins {_fr(women_pct)} % de femmes : {women_min} sur {seats}", source))
        else:
            out.append(Quota(GENRE, code, name, 0, seats, "pas de minimum", source))
    return out


def _combined_quotas(scenario: Scenario, per_quartier: int, seats: int, women_pct: float,
                     source: str) -> list[Quota]:
    if per_quartier <= 0:
        raise InputError.single(
            "pacte", None, "conseil_citoyen.stratification",
            "la catégorie combinée quartier × genre demande un nombre de membres par quartier")
    women_min = math.ceil(per_quartier * women_pct / 100 - 1e-9)
    high = seats - per_quartier * (len(scenario.commune.quartiers) - 1)
    out = []
    for quartier in scenario.commune.quartiers:
        for code, name in gender_values(scenario):
            value = combined_value(quartier.name, code)
            label = f"{quartier.name} — {name.lower()}"
            if code == WOMEN:
                out.append(Quota(QUARTIER_GENRE, value, label, women_min, high,
                                 f"au moins {_fr(women_pct)} % de femmes dans chaque quartier : "
                                 f"{women_min} sur {per_quartier}", source))
            else:
                out.append(Quota(QUARTIER_GENRE, value, label, 0, high, "pas de minimum", source))
    return out


def _proportional(feature: str, dist, seats: int, tolerance: int, source: str) -> list[Quota]:
    """Shares × seats rounded down and up (« à peu près la composition »), ± tolerance."""
    shares = dist.shares()
    out = []
    for item in dist.items:
        exact = seats * shares[item.code]
        low = max(0, math.floor(exact + 1e-9) - tolerance)
        high = min(seats, math.ceil(exact - 1e-9) + tolerance)
        reason = f"{_fr(item.share_pct)} % des habitant·es × {seats} = {_fr(exact)}"
        if tolerance:
            reason += f", ± {tolerance}"
        out.append(Quota(feature, item.code, item.name, low, high, reason,
                         f"{dist.source} (confiance {dist.confidence})"))
    return out


def _fr(x: float) -> str:
    """A number in French: 2,69 ; 50."""
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")
