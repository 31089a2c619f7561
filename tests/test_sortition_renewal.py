"""Councils of the mandate and replacements that keep the quotas."""

from __future__ import annotations

from datetime import date

from engine.core.calendar import add_months
from engine.sortition.audit import make_seed
from engine.sortition.draw import draw
from engine.sortition.renewal import council_terms, renew, replace_members
from tests.tirage_helpers import chambery_quotas, context, synthetic_pool


def test_terms_follow_the_audit_rules():
    from engine.procedures.audits import council_start, renewals

    scenario, pact = context()
    terms = council_terms(pact, scenario)
    assert terms[0].start == council_start(pact, scenario) == date(2026, 8, 27)
    assert [t.start for t in terms[1:]] == renewals(pact, scenario)
    months = pact.citizen_council.renewal_months.at()
    assert terms[1].start == add_months(terms[0].start, months) == date(2028, 9, 27)
    assert terms[-1].end == scenario.mandate.end
    assert [t.kind for t in terms] == ["premier tirage"] + ["renouvellement"] * (len(terms) - 1)
    assert all(a.end == b.start for a, b in zip(terms, terms[1:], strict=False))


def test_replacement_keeps_the_others_and_the_quotas():
    pool = synthetic_pool(100, seed=6)
    quotas = chambery_quotas()
    council = draw(pool, quotas, make_seed("1")).panel
    leaving = [council[0], council[7]]
    result = replace_members(pool, quotas, make_seed("2"), seated=council, leaving=leaving)
    assert result.feasible and len(result.panel) == 30
    assert set(council) - set(leaving) <= set(result.panel)
    assert not set(leaving) & set(result.panel)
    assert all(o.met for o in result.outcomes)


def test_renewal_can_exclude_the_previous_council():
    pool = synthetic_pool(100, seed=6)
    quotas = chambery_quotas()
    first = draw(pool, quotas, make_seed("1")).panel
    second = renew(pool, quotas, make_seed("1"), previous=first)
    assert second.feasible and not set(first) & set(second.panel)
