"""Bodies drawn by lot (engine/verifier/legal/assemblies.py)."""

from __future__ import annotations

from engine.verifier.legal import check_legal
from tests.catalogue_helpers import catalogue


def _finding(fid, *overrides):
    scen, pact = catalogue(*overrides)
    return next(f for f in check_legal(pact, scen) if f.id == fid)


def test_a_consultative_assembly_is_a_comite_consultatif():
    f = _finding("legal.assemblees_tirees_au_sort.assemblee-citoyenne")
    assert f.verdict == "conforme" and "L2143-2" in f.articles
    assert "2 renouvellements, 3 tirages en tout" in f.message


def test_codecision_conflicts_with_a_lawful_wording():
    f = _finding("legal.assemblees_tirees_au_sort.convention-mobilites")
    assert f.verdict == "conflit" and "L2121-29" in f.articles
    assert "comité consultatif (L2143-2) de 70 habitant·es" in f.suggested_wording


def test_removing_codecision_makes_it_lawful():
    f = _finding("legal.assemblees_tirees_au_sort.convention-mobilites",
                 ("assemblees_tirees_au_sort.convention-mobilites.pouvoirs", ["avis"]))
    assert f.verdict == "conforme"
