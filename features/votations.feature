# language: fr
Fonctionnalité: Votations de toute sorte, une seule famille
  Chaque votation a son cadre légal. Un référendum local décisionnel est décidé par le
  conseil (LO1112-1), réservé aux électeurs (LO1112-11) et ne lie que si la moitié des
  inscrits vote (LO1112-7). Une consultation n'est qu'un avis (L1112-20). Une participation
  non contraignante (CRPA L131-1) peut s'ouvrir à tous les habitant·es, à condition de ne
  pas promettre d'en appliquer le résultat. Pas de vote pendant une campagne électorale
  (LO1112-6). Le seuil de la pétition se calcule comme celui de la votation
  propositionnelle de Chambéry. Sources : LEGAL.md § 1, § 2, § 12.1 ;
  004_34d1b869cbc1b691.txt § PRATIQUER LA DÉMOCRATIE DIRECTE.

  Contexte:
    Étant donné le pacte d'exemple du catalogue

  Scénario: 5 % des électeurs inscrits de Chambéry déclenchent le référendum d'initiative citoyenne
    Quand on calcule le seuil de déclenchement de la votation « ric-local »
    Alors la votation se déclenche avec 1 738 signatures
    Et l'explication contient « 5 % de 34 757 électeurs inscrits »

  Scénario: Le même seuil que la votation propositionnelle pour le même pourcentage
    Étant donné le paramètre « votations.ric-local.seuil_petition_pct » vaut 3
    Quand on calcule le seuil de déclenchement de la votation « ric-local »
    Alors la votation se déclenche avec 1 043 signatures

  Scénario: Une votation lancée par le conseil ou l'assemblée n'a pas de pétition
    Quand on calcule le seuil de déclenchement de la votation « votation-16-ans »
    Alors aucune pétition ne déclenche la votation

  Plan du scénario: Le quorum de la moitié des inscrits
    Quand la votation « ric-local » recueille <oui> oui et <non> non sur 1 000 électeurs inscrits
    Alors le résultat de la votation <issue>

    Exemples:
      | oui | non | issue         |
      | 300 | 200 | est acquis    |
      | 300 | 199 | n'est pas acquis |
      | 250 | 250 | n'est pas acquis |

  Scénario: Un minimum de oui fixé par le pacte
    Quand la votation « votation-16-ans » recueille 999 oui et 10 non sur 40 000 électeurs inscrits
    Alors le résultat de la votation n'est pas acquis
    Et l'explication contient « moins que les 1 000 oui exigés »

  Scénario: Un référendum à l'initiative des citoyens, daté pendant la présidentielle
    Quand on vérifie le pacte
    Alors le constat sur « votations.ric-local » est « conflit avec la loi »
    Et le constat sur « votations.ric-local » cite l'article « LO1112-6 »
    Et le constat sur « votations.ric-local » dit « 11 avril 2027 (Élection présidentielle) »
    Et le constat sur « votations.ric-local » dit « Seul le conseil municipal décide d'un référendum local »

  Scénario: Un référendum ouvert aux habitant·es de 16 ans n'est pas une forme légale
    Étant donné le paramètre « votations.ric-local.votants » vaut habitants_16_ans
    Quand on vérifie le pacte
    Alors le constat sur « votations.ric-local » est « conflit avec la loi »
    Et le constat sur « votations.ric-local » dit « participation non contraignante (CRPA L131-1) »

  Scénario: Une participation non contraignante ouverte dès 16 ans est licite
    Quand on vérifie le pacte
    Alors le constat sur « votations.votation-16-ans » est « conforme »

  Scénario: Le dispositif grenoblois : pétition, vote des non-électeurs, promesse d'appliquer
    Étant donné le paramètre « votations.votation-16-ans.declenchement » vaut [petition]
    Et le paramètre « votations.votation-16-ans.suite_donnee » vaut adoption_si_oui
    Quand on vérifie le pacte
    Alors le constat sur « votations.votation-16-ans » est « conflit avec la loi »
    Et le constat sur « votations.votation-16-ans » cite l'article « TA-Grenoble-1701663 »
