"""Thresholds: the pact's rounded absolute figure against its own percentage, the abrogation
threshold against the petition threshold in this commune, and any threshold that reaches the
legal 1/10 (L1112-16), whose statutory route the pact must then name."""

from __future__ import annotations

from typing import Any

from engine.core.fr import number, percent_exact
from engine.model.clause import Clause
from engine.model.params import Param
from engine.procedures.abrogation import abrogation_vs_legal, share_of_electors_pct
from engine.procedures.petition import petition_vs_legal, signatures_required
from engine.verifier.consistency.base import consistency
from engine.verifier.findings import Finding
from engine.verifier.legal.aspects import LegalContext


def _names_l1112_16(clause: Clause, param: Param[Any]) -> bool:
    """Whether the clause, or the parameter read (``param``, the typed attribute), names the
    statutory route of L1112-16 in its legal basis."""
    return "L1112-16" in (*clause.legal_basis, *param.legal_basis)


def rounding(ctx: LegalContext) -> Finding | None:
    c = ctx.pact.petition
    if c is None or c.threshold_absolute is None:
        return None
    d = signatures_required(ctx.pact, ctx.scenario)
    t = d.value
    below = t.absolute_below_percentage
    msg = (f"{pct_fr(t.percentage)} % de "
           f"{number(t.electors)} électeurs = {number(t.from_percentage)} signatures ; le pacte "
           f"donne aussi le chiffre arrondi {number(t.absolute or 0)}.")
    if below:
        msg += (f" Le chiffre arrondi est inférieur de {number(t.from_percentage - (t.absolute or 0))} "
                f"au pourcentage : le moteur applique {number(t.required)} ; le pacte doit choisir "
                "l'un des deux.")
    else:
        msg += f" Le moteur applique {number(t.required)} ({'chiffre absolu' if t.applied == 'absolu' else 'pourcentage'})."
    return consistency(
        ctx, "seuils.arrondi", "votation_propositionnelle", "incoherent" if below else "coherent",
        "warning" if below else "info", (), msg,
        {"signatures_pourcentage": t.from_percentage, "signatures_absolu": t.absolute,
         "signatures_appliquees": t.required, "chiffre_applique": t.applied},
        title=(f"Le seuil de {pct_fr(t.percentage)} % donne {number(t.from_percentage)} signatures : "
               f"le chiffre arrondi de {number(t.absolute or 0)} ne joue pas" if below else
               f"Le pacte applique {number(t.required)} signatures "
               f"({'chiffre absolu' if t.applied == 'absolu' else 'pourcentage'}), "
               f"{pct_fr(t.percentage)} % en donnant {number(t.from_percentage)}"),
        data_confidence=ctx.commune.electors_confidence,
        wording=(f"Écrire un seul seuil : « {percent_exact(t.percentage)} des électeurs inscrits au 1er janvier de "
                 f"l'année, soit {number(t.from_percentage)} signatures aujourd'hui »." if below else None))


def pct_fr(value: float) -> str:
    """3 → « 3 » ; 2.5 → « 2,50 » (as the message has always written it)."""
    return number(value, 2) if value % 1 else str(int(value))


def _uncertain_electorate(f) -> str:
    return (f" L'électorat n'est pas établi (entre {number(f.electors_low)} et "
            f"{number(f.electors_high)}) : selon le chiffre exact, le seuil atteint ou non le "
            "dixième légal.")


def abrogation_vs_petition(ctx: LegalContext) -> Finding | None:
    a, p = ctx.pact.abrogation, ctx.pact.petition
    if a is None:
        return None
    f = ctx.commune
    cmp = abrogation_vs_legal(ctx.pact, ctx.scenario, ctx.law)
    need = cmp.signatures
    share = share_of_electors_pct(ctx.pact, ctx.scenario)
    details = {"signatures_abrogation": need, "part_electeurs_pct": share,
               "signatures_legales_1_10": cmp.legal, "dixieme_legal": cmp.as_details()}
    msg = f"Abrogation : {number(need)} signatures, soit {number(share, 2)} % des électeurs."
    if p is not None:
        petition = signatures_required(ctx.pact, ctx.scenario).value.required
        details["signatures_petition"] = petition
        if need == 0:
            msg += (f" Aucune signature n'est exigée (pétition : {number(petition)}) : une "
                    "simple demande suffit à suspendre toute délibération.")
        elif need < petition:
            msg += (f" C'est {number(petition / need, 1)} fois plus facile que de proposer "
                    f"(pétition : {number(petition)}) : toute délibération peut être suspendue "
                    "avec moins de soutien qu'il n'en faut pour en proposer une.")
        elif need > petition == 0:
            msg += " Une pétition n'exige, elle, aucune signature."
        elif need > petition:
            msg += (f" C'est {number(need / petition, 1)} fois plus difficile que de proposer "
                    f"(pétition : {number(petition)}).")
        else:
            msg += " Autant que pour une pétition."
    named = _names_l1112_16(a, a.signatures_required)
    verdict, severity, wording = "coherent", "info", None
    if cmp.reaches is None:
        msg += _uncertain_electorate(f)
        verdict, severity = "a_verifier", "warning"
    elif cmp.reaches:
        msg += (f" Le seuil atteint le dixième légal ({number(cmp.legal)}) : la voie "
                "légale du droit d'interpellation existe (L1112-16 II)")
        if cmp.stricter:
            msg += (f" et elle est plus facile que celle du pacte ({number(cmp.legal)} "
                    f"signatures au lieu de {number(need)})")
            verdict, severity = "incoherent", "warning"
            wording = (f"Aligner le seuil sur la loi : « une demande signée par un dixième des "
                       f"électeurs inscrits ({number(cmp.legal)} signatures), conformément à "
                       "l'article L1112-16 du CGCT ». ")
        msg += "." + ("" if named else " Le pacte ne la nomme pas.")
        if not named:
            verdict, severity = "incoherent", "warning"
            wording = wording or "Nommer la voie légale : « (article L1112-16 du CGCT) »."
    return consistency(
        ctx, "seuils.abrogation", "votation_abrogatoire", verdict, severity, ("L1112-16",), msg,
        details, data_confidence=cmp.confidence, wording=wording,
        title=_abrogation_title(verdict, need, share, cmp.legal, p is not None and need < petition
                                if p is not None else False))


def _abrogation_title(verdict: str, need: int, share: float, legal: int, easier: bool) -> str:
    head = f"L'abrogation demande {number(need)} signatures ({number(share, 2)} % des électeurs)"
    if verdict == "a_verifier":
        return f"{head} : atteint-elle le dixième légal de {number(legal)} ? À vérifier"
    if verdict == "incoherent":
        return f"{head} : la voie légale du dixième ({number(legal)}) doit être nommée ou préférée"
    if easier:
        return f"{head}, moins qu'une pétition pour proposer"
    return f"{head}, sous le dixième légal de {number(legal)}"


def statutory_route(ctx: LegalContext) -> Finding | None:
    c = ctx.pact.petition
    if c is None:
        return None
    f = ctx.commune
    cmp = petition_vs_legal(ctx.pact, ctx.scenario, ctx.law)
    if cmp.reaches is False:
        return None
    need = cmp.signatures
    named = _names_l1112_16(c, c.threshold_pct)
    details = {"signatures_pacte": need, "signatures_legales_1_10": cmp.legal, "nommee": named,
               "dixieme_legal": cmp.as_details()}
    route = ("la voie légale de L1112-16 existe (demande d'inscription d'une consultation, "
             "droit d'interpellation).")
    if cmp.reaches is None:
        msg = (f"Le seuil de la pétition ({number(need)} signatures) est proche du dixième légal "
               f"({number(cmp.legal)})." + _uncertain_electorate(f) + " S'il l'atteint, " + route)
        return consistency(
            ctx, "seuils.voie_legale", "votation_propositionnelle", "a_verifier", "warning",
            ("L1112-16",), msg, details, data_confidence=cmp.confidence,
            title=(f"Le seuil de {number(need)} signatures atteint-il le dixième légal de "
                   f"{number(cmp.legal)} ? L'électorat est à vérifier"))
    msg = (f"Le seuil de la pétition ({number(need)} signatures) atteint le dixième légal "
           f"({number(cmp.legal)}) : " + route)
    if cmp.stricter:
        msg += " Elle demande moins de signatures que le pacte : les citoyen·nes la préféreront."
    msg += " Le pacte la nomme." if named else " Le pacte ne la nomme pas."
    bad = cmp.stricter or not named
    return consistency(
        ctx, "seuils.voie_legale", "votation_propositionnelle", "incoherent" if bad else "coherent",
        "warning" if bad else "info", ("L1112-16",), msg, details,
        data_confidence=cmp.confidence,
        title=(f"Le seuil de {number(need)} signatures atteint le dixième légal de "
               f"{number(cmp.legal)} : " + ("le pacte doit nommer ou préférer la voie légale" if bad
                                            else "le pacte nomme la voie légale")),
        wording=("« Conformément à l'article L1112-16 du CGCT, un dixième des électeurs inscrits "
                 f"({number(cmp.legal)} signatures) peut demander l'inscription à l'ordre "
                 "du jour du conseil de l'organisation d'une consultation. »" if bad else None))


def check(ctx: LegalContext) -> list[Finding]:
    return [x for x in (rounding(ctx), abrogation_vs_petition(ctx), statutory_route(ctx)) if x is not None]
