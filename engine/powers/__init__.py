"""The organisation of powers of a pact, as a directed graph of bodies and typed edges.

The graph is built from the pact's clauses (present or absent, and their parameters) on top
of what the CGCT always gives: electors elect the council, the council elects the mayor and
adjoints and settles the commune's affairs, the mayor holds police powers and sets the
council's agenda, the préfet and the administrative court control legality. Every edge cites
the pact clause (and parameter) or the article it comes from.

Modules:

* :mod:`~engine.powers.graph` — bodies, powers, the graph (plain data);
* :mod:`~engine.powers.builder` — the accumulator, and citations from the parameter read;
* :mod:`~engine.powers.law_edges` — what the CGCT gives whatever the pact says;
* :mod:`~engine.powers.executive_edges` — how the majority organises itself;
* :mod:`~engine.powers.citizen_edges` — what the pact gives citizens;
* :mod:`~engine.powers.from_pact` — :func:`build`, every family in order;
* :mod:`~engine.powers.analysis` — accountability, concentration, citizen votes, findings;
* :mod:`~engine.powers.summary` — :func:`analyse` (JSON report) and :func:`bilan_section`;
* :mod:`~engine.powers.diff` — what changes between two pacts.

The DOT text is presentation: :func:`engine.render.dot.to_dot`.
"""

from __future__ import annotations

from engine.powers.analysis import (
    ACCOUNTABILITY_KINDS,
    HOLDER_KINDS,
    INFLUENCE_KINDS,
    PATH_CUTOFF,
    Accountability,
    AccountabilityPath,
    CitizenVote,
    Concentration,
    DecisionPower,
    accountability,
    citizen_votes,
    concentration,
    findings,
    votes_without_citizen_initiative,
)
from engine.powers.diff import diff, diff_sentences
from engine.powers.from_pact import build
from engine.powers.graph import (
    CITIZENS,
    EDGE_KIND_FR,
    EDGE_KINDS,
    FORCE_FR,
    LAW,
    NODE_KIND_FR,
    Body,
    EdgeKind,
    Force,
    NodeKind,
    Power,
    PowerGraph,
)
from engine.powers.summary import analyse, bilan_section

__all__ = [
    "ACCOUNTABILITY_KINDS",
    "CITIZENS",
    "EDGE_KINDS",
    "EDGE_KIND_FR",
    "FORCE_FR",
    "HOLDER_KINDS",
    "INFLUENCE_KINDS",
    "LAW",
    "NODE_KIND_FR",
    "PATH_CUTOFF",
    "Accountability",
    "AccountabilityPath",
    "Body",
    "CitizenVote",
    "Concentration",
    "DecisionPower",
    "EdgeKind",
    "Force",
    "NodeKind",
    "Power",
    "PowerGraph",
    "accountability",
    "analyse",
    "bilan_section",
    "build",
    "citizen_votes",
    "concentration",
    "diff",
    "diff_sentences",
    "findings",
    "votes_without_citizen_initiative",
]
