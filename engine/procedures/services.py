"""Who does the procedures' administrative work: the pact's Direction du Pouvoir Citoyen
when it creates one, otherwise the mayor's services (the commune's administration, under
the mayor's authority, L2122-18 ; 000_721ebb8a9b1c3e2a.txt § Création d'une direction du pouvoir
citoyen (DPC) au sein des services municipaux)."""

from __future__ import annotations

from engine.model.pact import Pact
from engine.procedures.rule import rule


@rule("Les signatures et les demandes sont reçues et vérifiées par la Direction du Pouvoir "
      "Citoyen si le pacte la crée, sinon par les services de la mairie.",
      clause="direction_pouvoir_citoyen", articles=("L2122-18",),
      seeds=("000_721ebb8a9b1c3e2a.txt § Création d'une direction du pouvoir citoyen (DPC) au "
             "sein des services municipaux",))
def signature_checker(pact: Pact) -> str:
    """« la DPC » or « les services de la mairie », as a sentence's subject or object."""
    return "la DPC" if pact.dpc is not None else "les services de la mairie"
