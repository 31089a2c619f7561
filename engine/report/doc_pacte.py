"""The pact to sign: the candidates' commitments, one per clause, in plain French.

Each clause of the pact (typed clauses, votations, assemblies drawn by lot, free clauses)
becomes a numbered commitment « Nous nous engageons à… », with its legal nature taken from
the verifier's finding (acte que le conseil votera, acte du maire, engagement politique, à
vérifier). Where the verifier finds a conflict with the law, only the lawful wording it
proposes is written. Figures (signatures, dated values) are computed by the rule functions
for the commune of the scenario and dated, so they are never frozen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engine.core.calendar import format_date
from engine.core.fr import format_value
from engine.io.context import commune_note
from engine.io.law import load_law
from engine.model.clause import Clause
from engine.model.clauses_free import NATURE_FR
from engine.model.codes import param_words
from engine.model.law import Law
from engine.model.pact import FreeClause, Pact, clause_key, dump_param, item_key
from engine.model.params import Source
from engine.model.scenario import Scenario
from engine.procedures.commune import commune_facts
from engine.procedures.petition import signatures_required
from engine.procedures.votes import trigger_signatures
from engine.report.doc_common import (
    DISCLAIMER,
    Findings,
    findings_of,
    human_source,
    legal_base_date,
)
from engine.report.document import (
    Article,
    Block,
    Document,
    Paragraph,
    Section,
    SignatureBlock,
    Table,
)
from engine.verifier.checks import check
from engine.verifier.findings import CONFIDENCE_FR, Finding


@dataclass(frozen=True)
class Commitment:
    """One clause of the pact as the document needs it."""

    key: str
    title: str
    text: str
    source: Source | None
    legal_basis: tuple[str, ...]
    clause: Clause | None
    free_nature: str | None = None


def commitments(pact: Pact) -> list[Commitment]:
    """Every clause of the pact, in the order of the schema then the list families."""
    from engine.report.clauses import clause_description

    out = [Commitment(key, c.title, clause_description(c, key), c.source, c.legal_basis, c)
           for key, c in pact.clauses().items()]
    out += [Commitment(item_key(v), v.title, clause_description(v, item_key(v)), v.source,
                       v.legal_basis, v) for v in pact.votes]
    out += [Commitment(item_key(a), a.title, clause_description(a, item_key(a)), a.source,
                       a.legal_basis, a) for a in pact.assemblies]
    free = clause_key(FreeClause)
    out += [Commitment(f"{free}.{fc.id}", fc.title, fc.text, fc.source, fc.legal_basis, None,
                       fc.nature) for fc in pact.free_clauses]
    return out


def nature_line(c: Commitment, finding: Finding | None) -> str:
    """The legal nature of a commitment, from the verifier's finding."""
    articles = f" ({', '.join(finding.articles)})" if finding and finding.articles else ""
    verdict = finding.verdict if finding else "a_verifier"
    if verdict == "conforme":
        organ = NATURE_FR[c.free_nature] if c.free_nature else "acte du conseil municipal"
        return (f"Nature : {organ}, que nous ferons adopter une fois élu·es ; conforme à la "
                f"loi{articles}.")
    if verdict == "engagement_politique":
        return (f"Nature : engagement politique des signataires ; la loi ne permet pas de le "
                f"rendre obligatoire, il est écrit comme tel{articles}.")
    if verdict == "conflit":
        return (f"Nature : la rédaction d'origine est contraire à la loi{articles} ; "
                "l'engagement est écrit ci-dessus dans sa forme licite.")
    return (f"Nature : à vérifier avec un·e juriste avant la signature{articles} ; "
            "la rédaction ci-dessus est la forme prudente.")


def _figures(c: Commitment, pact: Pact, scenario: Scenario, day: date) -> list[str]:
    """The figures the rule functions compute for this commitment in the commune, dated."""
    year = day.year
    if pact.petition is not None and c.key == pact.clause_key(pact.petition):
        d = signatures_required(pact, scenario, day)
        return [f"En {year} à {scenario.commune.name} : {d.explanation}"]
    vote = next((v for v in pact.votes if item_key(v) == c.key), None)
    if vote is not None:
        d = trigger_signatures(vote, scenario, day)
        if d.value is not None:
            return [f"En {year} à {scenario.commune.name} : {d.explanation}"]
    return []


def _param_table(clause: Clause) -> Table | None:
    from engine.report.clauses import render_text

    rows = tuple((render_text(p.description, clause),
                  format_value(param_words(clause, key, dump_param(p)), p.unit or ""),
                  human_source(clause.param_source(p)))
                 for key, p in clause.params().items())
    return Table(("Ce que prévoit le pacte", "Valeur", "Source"), rows) if rows else None


def _commitment_blocks(number: int, c: Commitment, finding: Finding | None, pact: Pact,
                       scenario: Scenario, day: date) -> list[Block]:
    verdict = finding.verdict if finding else "a_verifier"
    lawful = finding.suggested_wording if finding and verdict != "conforme" else None
    sources = tuple(s for s in (human_source(c.source),
                                *([f"Articles invoqués par le pacte : {', '.join(c.legal_basis)}"]
                                  if c.legal_basis else [])) if s)
    if lawful:
        text = "Nous nous engageons à respecter la rédaction suivante :"
    elif c.free_nature == "acte_du_maire":
        text = f"Nous nous engageons à ce que le ou la maire prenne la mesure suivante : {c.text}"
    else:
        text = ("Nous nous engageons à proposer au conseil municipal, dès son installation, la "
                f"mesure suivante : {c.text}")
    blocks: list[Block] = [Article(str(number), c.title, text, sources)]
    if lawful:
        blocks += [Paragraph(line.strip(), "quote") for line in lawful.split("\n") if line.strip()]
    blocks.append(Paragraph(nature_line(c, finding), "nature"))
    blocks += [Paragraph(f, "normal") for f in _figures(c, pact, scenario, day)]
    if c.clause is not None and verdict != "conflit":
        table = _param_table(c.clause)
        if table is not None:
            blocks.append(table)
    if finding is not None and verdict != "conforme":
        blocks.append(Paragraph(f"Confiance dans cette qualification : "
                                f"{CONFIDENCE_FR[finding.confidence]}.", "small"))
    return blocks


def _preamble(pact: Pact, scenario: Scenario, day: date, n: int) -> Section:
    info = pact.info
    return Section("Préambule", (
        Paragraph(f"Nous, candidates et candidats de la liste « {info.list_name} » aux élections "
                  f"municipales de {day.year} à {info.commune}, prenons devant les électrices et "
                  f"les électeurs les {n} engagements qui suivent, pour le mandat qui commence le "
                  f"{format_date(scenario.mandate.installation)} et s'achève le "
                  f"{format_date(scenario.mandate.next_renewal)}."),
        Paragraph("Ce pacte n'a pas de valeur juridique par lui-même. Chaque engagement est soit "
                  "un acte que le conseil municipal ou le ou la maire prendra une fois élu·es, "
                  "soit un engagement politique que nous tiendrons sans que la loi puisse nous y "
                  "contraindre. Sa nature est indiquée sous chaque engagement. Là où la rédaction "
                  "d'origine du pacte se heurtait à la loi, elle est remplacée par une forme "
                  "licite."),
        Paragraph(f"Pacte d'origine : {human_source(info.source)}.", "small"),
        *([Paragraph(note, "small")] if (note := commune_note(scenario, pact)) else []),
    ))


def build_pacte(pact: Pact, scenario: Scenario, law: Law | None = None,
                today: date | None = None) -> Document:
    """The pact to sign, for the commune of ``scenario`` (figures of its mandate's first year)."""
    law = law or load_law()
    found = findings_of(pact, scenario, check(pact, scenario, law))
    day = scenario.mandate.installation
    items = commitments(pact)
    blocks: list[Block] = []
    for i, c in enumerate(items, 1):
        blocks += _commitment_blocks(i, c, found.legal.get(c.key), pact, scenario, day)
    seats = commune_facts(scenario, pact, law).seats
    return Document(
        kind="pacte", title=pact.info.title,
        subtitle=f"Pacte de gouvernance à signer par la liste « {pact.info.list_name} » — "
                 f"{pact.info.commune}",
        pact_id=pact.info.id, commune=scenario.commune.name,
        legal_base_date=legal_base_date(), generated_on=format_date(today or date.today()),
        disclaimer=DISCLAIMER,
        sections=(_preamble(pact, scenario, day, len(items)),
                  Section("Nos engagements", tuple(blocks)),
                  _summary(found, items),
                  Section("Signatures des candidates et candidats", (
                      Paragraph(f"Le conseil municipal de {scenario.commune.name} compte {seats} "
                                "sièges (L2121-2) ; chaque candidat·e de la liste signe."),
                      SignatureBlock(seats, "Nom, prénom, date et signature"),
                  ))),
    )


def _summary(found: Findings, items: list[Commitment]) -> Section:
    counts: dict[str, int] = {}
    for c in items:
        f = found.legal.get(c.key)
        nature = f.verdict if f else "a_verifier"
        counts[nature] = counts.get(nature, 0) + 1
    labels = {"conforme": "actes que le conseil ou le maire prendra",
              "engagement_politique": "engagements politiques",
              "conflit": "engagements réécrits dans une forme licite",
              "a_verifier": "engagements à faire vérifier par un·e juriste"}
    rows = tuple((labels[v], str(counts[v])) for v in labels if counts.get(v))
    return Section("En résumé", (Table(("Nature", "Nombre d'engagements"), rows),))

