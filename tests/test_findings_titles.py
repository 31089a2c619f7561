"""Every finding is titled by its problem (issue 15): over the bundled pacts, titles are
plain sentences with no internal id, unique within a clause, and computed from the same
values as the message."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest

from engine.core.paths import PACTS_DIR
from engine.io.context import load_context
from engine.verifier.checks import check
from engine.verifier.findings import Finding

BUNDLED = sorted(p.stem for p in PACTS_DIR.glob("*.yaml"))
#: an internal key: two lowercase words joined by « _ » (« electeurs_inscrits »)
SNAKE = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")
#: the verbs a title may carry when it has no figure (a title without either is a label)
VERB = re.compile(
    r"\b(est|sont|a|ont|n'est|n'a|vaut|reste|restent|manque|tombe|tombent|tomberait|donne|"
    r"demande|prévoit|budgète|permettent|mobilise|contredit|lierait|suspendrait|peut|peuvent|"
    r"existe|décideraient|dépenseraient|ratifierait|serait|compte|comptent|respecte|suffit|"
    r"suffisent|couvrent|remplissent|dépassent|sortent|sort|réserve|siège|siègent|tient|"
    r"paraît|codéciderait|dépend|applique|atteint|passe|ne)\b")


#: the bundled pacts in their own commune, and some in another (other branches of the checks)
CASES = [(p, None) for p in BUNDLED] + [("chambery-2026", "saillans"), ("chambery-2026", "grenoble"),
                                        ("collegial-2026", "saillans")]


@lru_cache(maxsize=16)
def findings(pact_id: str, scenario: str | None = None) -> tuple[Finding, ...]:
    scen, pact = load_context(scenario, pact_id, [])
    return tuple(check(pact, scen))


@pytest.mark.parametrize(("pact_id", "scenario"), CASES)
def test_titles_are_sentences_without_ids(pact_id: str, scenario: str | None) -> None:
    for f in findings(pact_id, scenario):
        t = f.title
        assert t[:1].isupper() or t[:1].isdigit(), f"{f.id} : « {t} » ne commence pas une phrase"
        assert "\n" not in t and len(t) < 200, f"{f.id} : titre sur plusieurs lignes ou trop long"
        assert re.search(r"\d", t) or VERB.search(t), f"{f.id} : « {t} » n'a ni verbe ni chiffre"
        assert not SNAKE.search(t), f"{f.id} : identifiant interne dans « {t} »"
        assert "consistency." not in t and "legal." not in t and "()" not in t, t
        assert "(s)" not in t, f"{f.id} : pluriel entre parenthèses dans « {t} »"
        assert f.as_dict()["titre"] == t


@pytest.mark.parametrize(("pact_id", "scenario"), CASES)
def test_titles_unique_within_a_clause(pact_id: str, scenario: str | None) -> None:
    seen: dict[tuple[str, str], str] = {}
    for f in findings(pact_id, scenario):
        key = (f.clause, f.title)
        assert key not in seen, f"{f.id} et {seen[key]} : même titre « {f.title} »"
        seen[key] = f.id


def test_titles_carry_the_figures_of_the_message() -> None:
    """The brief's examples, on the Chambéry pact, and the same figures in the message."""
    by_id = {f.id: f for f in findings("chambery-2026")}
    blackout = by_id["consistency.calendrier.interdictions"]
    cancelled = len(blackout.details["annules"])
    assert blackout.title == f"{cancelled} jours de votation tombent en période interdite"
    assert f"{cancelled} tombent dans une période" in blackout.message
    budget = by_id["consistency.budget.votations"]
    n = budget.details["votations_budgetees_par_an"]
    cap = budget.details["jours_de_votation_max_par_an"]
    assert budget.title == f"Le tableau budgète {n} votations par an ; les règles en permettent {cap}"
    rounding = by_id["consistency.seuils.arrondi"]
    assert rounding.title == ("Le seuil de 3 % donne 1\u202f043 signatures : le chiffre arrondi "
                              "de 1\u202f000 ne joue pas")


def test_a_title_follows_its_parameters() -> None:
    """A variant changes the title with the message (no frozen figure)."""
    scen, pact = load_context(None, "chambery-2026", [("votation_propositionnelle.seuil_pct", 4)])
    f = next(x for x in check(pact, scen) if x.id == "consistency.seuils.arrondi")
    assert f.title.startswith("Le seuil de 4 % donne 1\u202f391 signatures")
    assert "1\u202f391 signatures" in f.message


def test_a_clause_with_several_suggestions_lists_each() -> None:
    f = next(x for x in findings("chambery-2026") if x.id == "legal.votation_abrogatoire")
    assert len(f.wordings) >= 3 and all(w.startswith("«") for w in f.wordings[1:])
    assert f.as_dict()["redactions_proposees"] == list(f.wordings)
    assert f.suggested_wording  # kept for the readers of the single string


#: variants that reach the other conflicts of the legal checks (sets as in tests/verifier_support)
CONFLICT_VARIANTS = [
    {"rotation__automatique": True}, {"rotation__lettres_de_demission_pre_signees": True},
    {"rotation__delai_convocation_cm_jours": 20}, {"commissions__pouvoir_de_decision": True},
    {"conseil_citoyen__pouvoir_de_decision": True},
    {"referendum_municipal__participation_min_pct": 30},
    {"votation_propositionnelle__votants": "habitants_16_ans"},
    {"votation_propositionnelle__signataires": "habitants"},
    {"budget_participatif__resultat_contraignant": True},  # in the Démocracité pact
]


@pytest.mark.parametrize("sets", CONFLICT_VARIANTS, ids=lambda s: next(iter(s)))
def test_every_conflict_names_its_problem(sets: dict) -> None:
    """A conflict is titled by what is wrong (« Une rotation automatique tous les 24 mois est
    impossible… »), never by the generic « … : la clause contredit la loi »."""
    from tests.verifier_support import findings as variant

    found = (variant("democracite", "democracite-2026", **sets)
             if "budget_participatif__resultat_contraignant" in sets else variant("chambery", **sets))
    conflicts = [f for f in found.values() if f.verdict == "conflit"]
    assert conflicts
    for f in conflicts:
        assert "la clause contredit la loi" not in f.title, f"{f.id} : « {f.title} »"
        assert not SNAKE.search(f.title) and (re.search(r"\d", f.title) or VERB.search(f.title))
