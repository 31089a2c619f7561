"""Infeasible quotas, explained in French: the library's smallest relaxation, quota by
quota, with how many volunteers the pool has for each."""

from __future__ import annotations

from dataclasses import dataclass

from engine.sortition.quotas import FEATURE_LABELS, Quota


@dataclass(frozen=True)
class Relaxation:
    """One quota to loosen: from [min, max] to [new_min, new_max]."""

    quota: Quota
    new_min: int
    new_max: int
    in_pool: int

    def explain(self) -> str:
        q = self.quota
        what = f"{FEATURE_LABELS[q.feature]} « {q.label} »"
        parts = []
        if self.new_min < q.min:
            parts.append(f"abaisser le minimum de {q.min} à {self.new_min}")
        if self.new_max > q.max:
            parts.append(f"relever le maximum de {max(q.max, 0)} à {self.new_max}")
        why = f" ({q.reason})" if q.reason else ""
        if self.in_pool == 0:
            pool = " — le vivier n'en compte aucun·e"
        elif self.new_min < q.min and self.in_pool < q.min:
            pool = f" — le vivier n'en compte que {self.in_pool}"
        else:
            pool = f" — le vivier en compte {self.in_pool}"
        return f"{what}{why} : {' et '.join(parts)}{pool}."

    def to_dict(self) -> dict[str, object]:
        return {"feature": self.quota.feature, "value": self.quota.value, "label": self.quota.label,
                "min": self.quota.min, "max": self.quota.max, "new_min": self.new_min,
                "new_max": self.new_max, "in_pool": self.in_pool, "explanation": self.explain()}


def relaxations(original: list[Quota], relaxed: list[Quota], counts: list[int]) -> list[Relaxation]:
    """The quotas the relaxation changes, in the quota table's order."""
    return [Relaxation(q, r.min, r.max, n) for q, r, n in zip(original, relaxed, counts, strict=True)
            if r.min != q.min or r.max != q.max]


def headline(pool_size: int, seats: int) -> str:
    return (f"Les quotas ne peuvent pas tous être respectés avec ce vivier ({pool_size} personnes "
            f"pour {seats} sièges). Le plus petit assouplissement proposé par la bibliothèque "
            "sortition-algorithms :")


def too_few(pool_size: int, seats: int) -> str:
    return (f"Le vivier compte {pool_size} personne(s) pour {seats} siège(s) à pourvoir : aucun "
            "assouplissement des quotas ne suffit, il faut davantage de volontaires "
            "(voir « pacte lettres » pour le nombre d'invitations à envoyer).")
