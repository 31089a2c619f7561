"""engine/procedures/votes.py: the family of votes reuses the petition, count and blackout
rules of the bundled clauses (one fact, one rule)."""

from __future__ import annotations

from datetime import date

import pytest

from engine.core.errors import InputError
from engine.io.law import load_law
from engine.procedures.ballot import count_vote
from engine.procedures.petition import signatures_required
from engine.procedures.votes import (
    find_vote,
    fixed_dates_in_blackout,
    legal_spacing_months,
    spacing_below_law,
    trigger_signatures,
    vote_days_per_year,
    vote_outcome,
    years_over_cap,
)
from tests._pacts import chambery
from tests.catalogue_helpers import catalogue, param


def test_trigger_is_the_percentage_of_electors_rounded_up():
    scen, pact = catalogue()
    d = trigger_signatures(find_vote(pact, "ric-local"), scen)
    # 5 % of 34 757 electors = 1 737,85 → 1 738
    assert d.value == 1738
    assert "1\u202f738 signatures" in d.explanation
    assert d.rule == "votes.trigger_signatures"
    assert [c.clause for c in d.trace][-1] == "votations.ric-local.seuil_petition_pct"


def test_trigger_uses_the_same_rule_as_the_votation_propositionnelle():
    """Same percentage → same figure as signatures_required on the Chambéry pact (3 % → 1 043)."""
    scen, pact = catalogue(("votations.ric-local.seuil_petition_pct", 3))
    _, chambery_pact = chambery()
    assert trigger_signatures(find_vote(pact, "ric-local"), scen).value == \
        signatures_required(chambery_pact, scen).value.required == 1043


def test_absolute_figure_applies_when_higher():
    scen, pact = catalogue(("votations.ric-local.seuil_petition_signatures",
                            param("Signatures", "signatures", 2000)))
    d = trigger_signatures(find_vote(pact, "ric-local"), scen)
    assert d.value == 2000
    assert "le chiffre absolu s'applique" in d.explanation


def test_no_petition_no_threshold():
    scen, pact = catalogue()
    assert trigger_signatures(find_vote(pact, "votation-16-ans"), scen).value is None


def test_outcome_counts_like_every_vote_of_the_pact():
    _, pact = catalogue()
    v = find_vote(pact, "ric-local")
    # quorum 50 %: 500 voters of 1 000 electors is enough, 499 is not
    assert vote_outcome(v, 1000, 300, 200).value is True
    assert vote_outcome(v, 1000, 300, 199).value is False
    assert count_vote(300, 199, 1000, 50).quorum_met is False
    assert "faute de quorum" in vote_outcome(v, 1000, 300, 199).explanation


def test_minimum_yes_votes():
    _, pact = catalogue()
    v = find_vote(pact, "votation-16-ans")   # no quorum, at least 1 000 yes
    assert vote_outcome(v, 40_000, 1000, 10).value is True
    d = vote_outcome(v, 40_000, 999, 10)
    assert d.value is False and "moins que les 1\u202f000 oui" in d.explanation


def test_fixed_dates_in_the_presidential_campaign_are_flagged():
    scen, pact = catalogue()
    cancelled = fixed_dates_in_blackout(find_vote(pact, "ric-local"), scen)
    assert [c.day for c in cancelled] == [date(2027, 4, 11)]
    assert cancelled[0].period == "Élection présidentielle"


def test_yearly_cap_of_fixed_dates():
    _, pact = catalogue(("votations.ric-local.max_par_an", param("Plafond", "votations", 1)),
                        ("votations.ric-local.dates_fixes", [date(2027, 1, 10), date(2027, 11, 14),
                                                             date(2028, 1, 9)]))
    assert years_over_cap(find_vote(pact, "ric-local")) == {2027: 2}


def test_spacing_is_compared_with_the_year_of_the_law():
    law = load_law()
    assert legal_spacing_months(law) == 12
    _, pact = catalogue()
    assert spacing_below_law(find_vote(pact, "ric-local"), law).value is False
    _, pact = catalogue(("votations.ric-local.espacement_meme_objet_mois", 6))
    d = spacing_below_law(find_vote(pact, "ric-local"), law)
    assert d.value is True and "moins que les 12 mois" in d.explanation
    assert spacing_below_law(find_vote(pact, "votation-16-ans"), law).value is None


def test_unknown_vote_is_a_french_error():
    _, pact = catalogue()
    with pytest.raises(InputError, match="votation « absente »"):
        find_vote(pact, "absente")


def test_vote_days_per_year_from_grouping_and_cap():
    _, pact = catalogue()
    assert vote_days_per_year(find_vote(pact, "votation-16-ans")).value == 2   # every 6 months, cap 2
    _, pact = catalogue(("votations.votation-16-ans.max_par_an.valeur", 1))
    assert vote_days_per_year(find_vote(pact, "votation-16-ans")).value == 1
    _, pact = catalogue(("votations.votation-16-ans.periodicite_mois.valeur", 3))
    assert vote_days_per_year(find_vote(pact, "votation-16-ans")).value == 2   # 4 a year, cap 2
    assert vote_days_per_year(find_vote(pact, "ric-local")).value is None


def test_grouped_days_are_sundays_every_period_and_skip_blackouts_under_the_law() -> None:
    """One rule gives the grouped polling days; the simulation reads them from it."""
    from engine.io.context import load_context
    from engine.procedures.referendum import in_blackout
    from engine.procedures.votes import grouped_days

    scen, pact = load_context(pact="democracite-2026")
    grouped = [v for v in pact.votes if v.period_months is not None]
    assert grouped, "démocracité groupe ses votes"
    v = grouped[0]
    by_pact, by_law = grouped_days(v, scen, "pacte"), grouped_days(v, scen, "loi")
    assert by_pact and all(d.weekday() == 6 for d in by_pact)
    assert set(by_law) <= set(by_pact)
    assert not any(in_blackout(scen, d) for d in by_law)
    assert any(in_blackout(scen, d) for d in set(by_pact) - set(by_law)) or by_law == by_pact
