"""The organisation of powers of a pact, as a directed graph of bodies and typed edges.

The graph is built from the pact's clauses (present or absent, and their parameters) on top
of what the CGCT always gives: the registered electors (not the inhabitants, a separate node
who sign, are drawn by lot or meet where the pact opens it) elect the council, the council elects the mayor and
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
* :mod:`~engine.powers.diff` — what changes between two pacts;
* :mod:`~engine.powers.questions` — the questions a citizen asks (« Qui décide du budget ? »…),
  answered by paths in sentences whose figures come from :mod:`engine.procedures`
  (:mod:`~engine.powers.question_paths`). Which powers the law forbids is the verifier's
  judgement, joined in :mod:`engine.report.pouvoirs`.

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
    ELECTORS,
    FORCE_FR,
    LAW,
    NODE_KIND_FR,
    ROOTS,
    Body,
    EdgeKind,
    Force,
    NodeKind,
    Power,
    PowerGraph,
    electorate_node,
)
from engine.powers.summary import analyse, bilan_section

__all__ = [
    "ACCOUNTABILITY_KINDS",
    "CITIZENS",
    "EDGE_KINDS",
    "EDGE_KIND_FR",
    "ELECTORS",
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
    "ROOTS",
    "accountability",
    "analyse",
    "bilan_section",
    "build",
    "citizen_votes",
    "concentration",
    "diff",
    "diff_sentences",
    "electorate_node",
    "findings",
    "votes_without_citizen_initiative",
]
