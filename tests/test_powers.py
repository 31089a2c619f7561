"""The organisation of powers built from the pact's clauses (engine/powers/graph, builder,
*_edges, from_pact); the helpers here serve every tests/test_powers_*.py."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from engine import powers
from engine.core.paths import DEFAULT_PACT
from engine.io.load import parse_yaml
from engine.io.overrides import set_path
from engine.io.validation import validate
from engine.model.pact import Pact, clause_keys
from engine.powers.builder import GraphBuilder

SRC = "002_c31c8cb8d98f98f2.txt § A. Organiser une équipe municipale collégiale"


def _doc() -> Any:
    return parse_yaml(DEFAULT_PACT.read_text(encoding="utf-8"), str(DEFAULT_PACT))


def pact(without: tuple[str, ...] = (), **overrides: Any) -> Pact:
    """The bundled pact, minus some clauses, with dotted overrides (« a__b » for « a.b »)."""
    doc = _doc()
    for key in without:
        doc.data.pop(key)
    for path, value in overrides.items():
        set_path(doc.data, path.replace("__", "."), value, "test")
    return validate(Pact, doc)


def _p(description: str, unite: str, valeur: Any) -> dict[str, Any]:
    return {"description": description, "unite": unite, "valeur": valeur}


def collegial_pact() -> Pact:
    """Seed 002's collegial pact: an executive pair, groups of 2–4, consensus; no citizen
    council, no petition, no votation."""
    return Pact.model_validate({
        "pacte": {"id": "collegial-test", "titre": "Pacte collégial", "liste": "Liste",
                  "commune": "Chambéry", "source": SRC},
        "executif": {"titre": "Binôme exécutif", "description": "Binôme exécutif", "source": SRC,
                     "membres": _p("Membres", "personnes", 2),
                     "elus_par_delegation_min": _p("Min", "personnes", 2),
                     "elus_par_delegation_max": _p("Max", "personnes", 4)},
        "collegialite": {"titre": "Collégialité", "description": "Consensus", "source": SRC,
                         "seminaire_majorite_mois": _p("Séminaire", "mois", 6),
                         "reunion_municipale_hebdomadaire": _p("Hebdo", "booleen", True),
                         "reunion_avant_chaque_cm": _p("Avant CM", "booleen", True),
                         "regle_de_decision": _p("Règle", "texte", "consensus"),
                         "objection_par_abstention": _p("Objection", "booleen", True),
                         "cabinet_partage": _p("Cabinet", "personnes", 3)},
    })


@pytest.fixture(scope="module")
def chambery() -> powers.PowerGraph:
    return powers.build(pact())


def _edges(g: powers.PowerGraph, src: str, dst: str, kind: str) -> list[powers.Power]:
    return [p for p in g.powers if (p.source, p.target, p.kind) == (src, dst, kind)]


def test_every_edge_is_typed_cited_and_connects_known_bodies(chambery: powers.PowerGraph) -> None:
    assert chambery.powers
    for p in chambery.powers:
        assert p.source in chambery.bodies and p.target in chambery.bodies, p
        assert p.kind in powers.EDGE_KINDS
        assert p.citation, p
        if p.clause == powers.LAW:
            assert p.legal_basis, p
        else:
            assert p.clause.split(".")[0] in clause_keys(), p


def test_every_expected_body_is_there(chambery: powers.PowerGraph) -> None:
    for body in ("citoyens", "conseils_de_quartier", "conseil_citoyen", "commissions",
                 "conseil_municipal", "maire", "binomes", "bureau_executif", "dpc",
                 "dgs_dircab", "prefet", "tribunal_administratif"):
        assert body in chambery.bodies
    kinds = {p.kind for p in chambery.powers}
    assert kinds == set(powers.EDGE_KINDS)


def test_removing_the_citizen_council_removes_its_audit_edges(chambery: powers.PowerGraph) -> None:
    assert _edges(chambery, "conseil_citoyen", "binomes", "audite")
    assert _edges(chambery, "conseil_citoyen", "dgs_dircab", "audite")
    g = powers.build(pact(without=("conseil_citoyen",)))
    assert "conseil_citoyen" not in g.bodies
    assert not [p for p in g.powers if p.kind == "audite"]
    acc = {a.holder: a for a in powers.accountability(g)}
    assert not acc["binomes"].audited_by_citizens
    assert acc["binomes"].paths  # still elected through the council


def test_parameters_change_the_graph() -> None:
    base = powers.build(pact())
    no_request = powers.build(pact(conseil_citoyen__peut_demander_revocation=False))
    assert [p for p in base.powers if p.clause == "conseil_citoyen.peut_demander_revocation"]
    assert not [p for p in no_request.powers
                if p.clause == "conseil_citoyen.peut_demander_revocation"]
    deciding = powers.build(pact(commissions__pouvoir_de_decision=True))
    assert _edges(deciding, "commissions", "deliberations", "decide")
    threshold = powers.build(pact(votation_propositionnelle__seuil_pct=2))
    trig = _edges(threshold, "electeurs", "votation_propositionnelle", "declenche")[0]
    assert "2 %" in trig.label
    closed = powers.build(pact(commissions__ouvertes_a_tous_les_habitants=False))
    assert not _edges(closed, "citoyens", "commissions", "nomme")


def test_every_pact_power_cites_the_parameter_it_names(chambery: powers.PowerGraph) -> None:
    """A power's clause reference, source and legal basis all come from one parameter."""
    clauses = pact().clauses()
    for p in chambery.powers:
        if p.clause == powers.LAW:
            continue
        key, _, name = p.clause.partition(".")
        clause = clauses[key]
        if not name:
            assert (p.citation, p.legal_basis) == (str(clause.source), clause.legal_basis), p
            continue
        param = clause.params()[name]
        assert p.citation == str(clause.param_source(param)), p
        assert p.legal_basis == (tuple(param.legal_basis) or tuple(clause.legal_basis)), p


def test_parameters_are_read_as_in_force_on_the_day() -> None:
    base = pact()
    assert base.petition is not None
    dated = base.petition.threshold_pct.model_copy(
        update={"value": None, "values": {date(2026, 1, 1): 3.0, date(2029, 1, 1): 2.0}})
    changed = base.model_copy(update={
        "petition": base.petition.model_copy(update={"threshold_pct": dated})})
    for day, text in ((date(2027, 1, 1), "3 %"), (date(2030, 1, 1), "2 %")):
        trig = _edges(powers.build(changed, day), "electeurs", "votation_propositionnelle",
                      "declenche")
        assert text in trig[0].label
        assert trig[0].clause == "votation_propositionnelle.seuil_pct"


def test_a_parameter_of_another_clause_cannot_be_cited() -> None:
    base = pact()
    assert base.petition is not None and base.abrogation is not None
    b = GraphBuilder(base, None)
    assert b.read(base.petition, base.petition.quorum_pct).clause == \
        "votation_propositionnelle.quorum_pct"
    with pytest.raises(KeyError):
        b.read(base.petition, base.abrogation.quorum_pct)


OPTIONAL = [k for k in clause_keys()
            if k in _doc().data]


@settings(max_examples=15, deadline=None)
@given(st.sets(st.sampled_from(OPTIONAL)))
def test_any_subset_of_clauses_gives_a_coherent_graph(removed: set[str]) -> None:
    g = powers.build(pact(without=tuple(sorted(removed))))
    for p in g.powers:
        assert p.source in g.bodies and p.target in g.bodies
    acc = {a.holder: a for a in powers.accountability(g)}
    assert acc["conseil_municipal"].lawful_path  # the election is always there
    votes = powers.citizen_votes(g)
    can_vote = bool({"votation_propositionnelle", "votation_abrogatoire", "ppi"}
                    - removed)
    assert bool(votes) == can_vote
