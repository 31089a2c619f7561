"""Transparence against the law: publication (L2131-1, electronic since 1 July 2022; list of
deliberations within a week, L2121-25), public sessions that may be broadcast (L2121-18),
minutes anyone may consult (L2121-26), open data (CRPA L312-1-1). LEGAL.md § 5 and § 6 cover
L2131-1 and L2121-18 (H); the others are outside LEGAL.md (L)."""

from __future__ import annotations

from engine.core.fr import number
from engine.model.clauses_participation import TransparencyClause
from engine.model.pact import clause_key
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import Aspect, LegalContext, clause_finding

KEY = clause_key(TransparencyClause)


def publication_aspect(ctx: LegalContext, c: TransparencyClause) -> Aspect:
    legal = ctx.law.int_number("L2121-25", "delai_publication_jours")
    if c.publication_days is None:
        return Aspect("publication", "Publication des délibérations", "conforme", ("L2131-1", "L2121-25"),
                      f"Le pacte s'en tient à la loi : publication électronique (L2131-1), liste des "
                      f"délibérations sous {number(legal)} jours (L2121-25, à vérifier).")
    days = c.publication_days.at()
    if days > legal:
        return Aspect(
            "publication", "Publication des délibérations", "a_verifier", ("L2131-1", "L2121-25"),
            f"Publication sous {number(days)} jours : plus long que la semaine de L2121-25 "
            "(liste des délibérations) ; la publication légale reste due, et l'acte n'est "
            "exécutoire qu'une fois publié (L2131-1).",
            f"« Les délibérations sont publiées en ligne au plus tard {number(legal)} jours après "
            "la séance, avec leur résumé en termes simples. »", details={"delai_jours": days})
    beyond = (f"plus tôt que le délai légal de {number(legal)} jours (L2121-25) : un engagement "
              "en plus de la loi" if days < legal else
              "le délai légal lui-même (L2121-25) : le pacte redit la loi")
    return Aspect("publication", "Publication des délibérations", "conforme", ("L2131-1", "L2121-25"),
                  f"Publication sous {number(days)} jours, {beyond}.", details={"delai_jours": days})


def _extra(name: str, label: str, articles: tuple[str, ...], text: str) -> Aspect:
    return Aspect(name, label, "conforme", articles, text)


def extras(ctx: LegalContext, c: TransparencyClause) -> list[Aspect]:
    """One aspect per commitment the pact makes (absent or false: none)."""
    on = lambda p: p is not None and p.at()  # noqa: E731
    out: list[Aspect] = []
    if c.plain_summary.at():
        out.append(Aspect(
            "resume", "Résumé en langage clair", "engagement_politique", ("L2131-1",),
            "La loi n'impose aucun résumé : le publier avec chaque délibération est un engagement "
            "de l'exécutif, que le règlement intérieur peut reprendre.",
            "« Chaque délibération publiée est accompagnée d'un résumé en termes simples, rédigé "
            "par les services et publié en même temps qu'elle. »",
            title="La loi n'impose aucun résumé en langage clair : le publier est un engagement de l'exécutif"))
    if on(c.minutes_public):
        out.append(_extra("comptes_rendus", "Comptes rendus publics", ("L2121-26",),
                          "Toute personne peut déjà obtenir les procès-verbaux (L2121-26) : les "
                          "publier prolonge ce droit."))
    if on(c.opinions_public):
        out.append(_extra("avis", "Avis des instances citoyennes publics", ("CRPA-L131-1",),
                          "Rendre publics les résultats d'une association du public est ce que "
                          "demande CRPA L131-1."))
    if on(c.livestream):
        out.append(_extra("retransmission", "Retransmission des séances", ("L2121-18",),
                          "Les séances sont publiques et peuvent être retransmises (L2121-18)."))
    if on(c.documents_platform):
        out.append(_extra("plateforme", "Plate-forme des documents", ("L2131-1", "L2121-26"),
                          "Mettre en ligne délibérations, décisions et votes prolonge la "
                          "publication électronique (L2131-1) et le droit de consultation (L2121-26)."))
    if on(c.open_data):
        floor = ctx.law.int_number("CRPA-L312-1-1", "seuil_habitants")
        agents = ctx.law.int_number("CRPA-L312-1-1", "seuil_agents")
        bound = ctx.commune.population >= floor
        out.append(_extra("donnees_ouvertes", "Données ouvertes", ("CRPA-L312-1-1",),
                          (f"Commune de {number(ctx.commune.population)} habitants : l'ouverture des "
                           f"données y est une obligation légale si elle emploie au moins "
                           f"{number(agents)} agents." if bound else
                           f"Sous {number(floor)} habitants, l'ouverture des données est un "
                           "engagement licite.")))
    return out


def check(ctx: LegalContext, c: TransparencyClause) -> Finding:
    return clause_finding(ctx, KEY, c, [publication_aspect(ctx, c), *extras(ctx, c)])
