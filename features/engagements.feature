# language: fr
Fonctionnalité: Mandat impératif : des objectifs précis par délégation, jugés par le Conseil Citoyen
  « Spécifique à chaque délégation, comprenant 3 à 5 objectifs précis issus du programme que
  le binôme d'élu·es s'engage à mettre en œuvre » ; les élu·es « rendent des comptes tous les
  mois sur leurs activités » ; le Conseil Citoyen rend un avis favorable (objectifs
  atteints), mitigé (partiellement atteints) ou défavorable (non atteints).
  Source : 000_721ebb8a9b1c3e2a.txt § 2.1 Mandat impératif et Conseil Citoyen.
  Droit : aucun texte ne donne force juridique à un mandat impératif municipal (engagement
  politique) ; la charte de l'élu local demande de rendre compte (L1111-1-1).

  Contexte:
    Étant donné le pacte « chambery-2026 »
    Et la commune « chambery »

  Scénario: Chaque binôme répond de ses objectifs écrits, ou du minimum du pacte
    Quand on dresse la liste des objectifs du mandat impératif
    Alors 4 binômes ont leurs objectifs écrits dans le pacte
    Et le binôme « Délégation 2 » répond de 6 objectifs
    Et le binôme « Quartier Bissy » répond de 3 objectifs
    Et les binômes répondent de 79 objectifs en tout
    Et l'explication contient « encore à préciser »

  Scénario: Le minimum du pacte compte pour les délégations sans objectif écrit
    Étant donné le paramètre « engagements.objectifs_min » vaut 4
    Quand on dresse la liste des objectifs du mandat impératif
    Alors le binôme « Quartier Bissy » répond de 4 objectifs
    Et les binômes répondent de 100 objectifs en tout

  Plan du scénario: L'avis suit la part des objectifs atteints
    Quand un binôme atteint <atteints> de ses 4 objectifs
    Alors l'avis du Conseil Citoyen est <avis>

    Exemples:
      | atteints | avis        |
      | 0        | défavorable |
      | 1        | défavorable |
      | 2        | mitigé      |
      | 3        | mitigé      |
      | 4        | favorable   |

  Scénario: Un seuil écrit dans le pacte change l'avis
    Étant donné le paramètre « engagements.seuil_avis_favorable_pct » vaut {"description": "avis favorable", "unite": "pourcent", "valeur": 75}
    Quand un binôme atteint 3 de ses 4 objectifs
    Alors l'avis du Conseil Citoyen est favorable

  Scénario: Un compte rendu public chaque mois du mandat
    Quand on établit le calendrier des comptes rendus des élu·es
    Alors les élu·es rendent 71 comptes rendus publics pendant le mandat
    Et le premier compte rendu des élu·es a lieu le 27 avril 2026

  Scénario: Le mandat impératif est un engagement politique
    Étant donné le pacte « chambery-2026 » dans la commune « chambery »
    Quand on vérifie le pacte
    Alors la clause « engagements » est jugée « engagement_politique »
    Et la clause « engagements » cite l'article « L1111-1-1 »
    Et le constat « consistency.engagements.objectifs » a le verdict « incoherent »
    Et le message du constat « consistency.engagements.objectifs » contient « la délégation 2 a 6 objectifs »
