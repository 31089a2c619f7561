# language: fr
Fonctionnalité: Votation abrogatoire d'une délibération du conseil municipal
  « Les habitant·es disposent d'un mois après le CM pour annoncer à la DPC une demande de
  votation abrogatoire ; une demande suspend l'exécution. Les pétitionnaires ont 2 mois pour
  réunir 500 signatures valides, que la DPC vérifie dans les 2 semaines ; le CM déclenche
  dans les deux semaines une campagne d'un mois, suivie d'un vote ; si le oui l'emporte,
  le CM suivant abroge. »
  Source : 000_721ebb8a9b1c3e2a.txt § Votations abrogatoires.
  Le vote a lieu le premier dimanche après la campagne ; le CM siège le 4e lundi du mois.

  Contexte:
    Étant donné le pacte « chambery-2026 »
    Et la commune « chambery »

  Scénario: Chaque étape datée après la séance du 15 octobre 2026
    Quand le conseil municipal délibère le 15 octobre 2026
    Alors la demande d'abrogation doit être déposée au plus tard le 15 novembre 2026
    Et les signatures doivent être réunies au plus tard le 15 janvier 2027
    Et la DPC vérifie les signatures au plus tard le 29 janvier 2027
    Et le conseil municipal déclenche la campagne au plus tard le 12 février 2027
    Et la campagne se termine le 12 mars 2027
    Et le vote a lieu le 14 mars 2027
    Et le conseil municipal suivant abroge la délibération le 22 mars 2027

  Scénario: Sans demande, la délibération est exécutée à la fin du délai
    Quand le conseil municipal délibère le 15 octobre 2026
    Et aucune demande n'est déposée
    Alors l'exécution n'est pas suspendue
    Et l'exécution commence le 15 novembre 2026

  Scénario: Une demande suspend l'exécution jusqu'au vote
    Quand le conseil municipal délibère le 15 octobre 2026
    Alors l'exécution est suspendue du 15 novembre 2026 au 14 mars 2027
    Et la suspension dure 119 jours

  Plan du scénario: 500 signatures valides ou plus ouvrent le vote
    Quand le conseil municipal délibère le 15 octobre 2026
    Et <signatures> signatures valides sont réunies
    Alors <suite>

    Exemples:
      | signatures | suite                           |
      | 500        | la demande est soumise au vote  |
      | 499        | l'exécution reprend             |
      | 5 000      | la demande est soumise au vote  |

  Scénario: Trop peu de signatures : l'exécution reprend après la vérification de la DPC
    Quand le conseil municipal délibère le 15 octobre 2026
    Et 499 signatures valides sont réunies
    Alors l'exécution est suspendue du 15 novembre 2026 au 29 janvier 2027
    Et la suspension dure 75 jours
    Et l'exécution commence le 29 janvier 2027

  Scénario: Le oui l'emporte : le CM suivant abroge la délibération
    Quand le conseil municipal délibère le 15 octobre 2026
    Et le vote donne 5 001 oui et 5 000 non
    Alors la délibération est abrogée
    Et l'exécution est suspendue du 15 novembre 2026 au 14 mars 2027
    Et l'issue annoncée contient « le CM du 22 mars 2027 doit abroger la délibération »

  Scénario: Égalité : pas d'abrogation, l'exécution commence le jour du vote
    Quand le conseil municipal délibère le 15 octobre 2026
    Et le vote donne 5 000 oui et 5 000 non
    Alors l'exécution commence le 14 mars 2027
    Et l'explication contient « l'exécution commence »

  Scénario: Une demande déposée tôt avance tout le calendrier
    Quand le conseil municipal délibère le 15 octobre 2026
    Et une demande d'abrogation est déposée le 20 octobre 2026
    Alors la demande est acceptée
    Et les signatures doivent être réunies au plus tard le 20 décembre 2026
    Et la DPC vérifie les signatures au plus tard le 3 janvier 2027
    Et le conseil municipal déclenche la campagne au plus tard le 17 janvier 2027
    Et la campagne se termine le 17 février 2027
    Et le vote a lieu le 21 février 2027
    Et le conseil municipal suivant abroge la délibération le 22 février 2027
    Et l'exécution est suspendue du 20 octobre 2026 au 21 février 2027

  Plan du scénario: Le dernier jour du délai de demande, puis le lendemain
    Quand le conseil municipal délibère le 15 octobre 2026
    Et une demande d'abrogation est déposée le <jour>
    Alors la demande est <verdict>

    Exemples:
      | jour             | verdict                 |
      | 15 octobre 2026  | acceptée                |
      | 15 novembre 2026 | acceptée                |
      | 16 novembre 2026 | refusée car hors délai  |
      | 14 octobre 2026  | refusée car hors délai  |

  Plan du scénario: 31 janvier + 1 mois tombe le dernier jour de février
    Quand le conseil municipal délibère le <seance>
    Alors la demande d'abrogation doit être déposée au plus tard le <limite>

    Exemples:
      | seance          | limite           |
      | 31 janvier 2027 | 28 février 2027  |
      | 31 janvier 2028 | 29 février 2028  |
      | 30 janvier 2029 | 28 février 2029  |
      | 31 mars 2027    | 30 avril 2027    |
      | 2027-08-31      | 2027-09-30       |

  Scénario: Une collecte de 2 mois qui finirait un 30 février s'arrête le 28
    Quand le conseil municipal délibère le 30 novembre 2026
    Alors la demande d'abrogation doit être déposée au plus tard le 30 décembre 2026
    Et les signatures doivent être réunies au plus tard le 28 février 2027
    Et la DPC vérifie les signatures au plus tard le 14 mars 2027
    Et le conseil municipal déclenche la campagne au plus tard le 28 mars 2027
    Et la campagne se termine le 28 avril 2027
    Et le vote a lieu le 2 mai 2027

  Scénario: Sous le régime de la loi, le vote attend 2 mois après la transmission au préfet et sort de la campagne présidentielle
    Étant donné le régime « loi »
    Quand le conseil municipal délibère le 15 octobre 2026
    Alors le conseil municipal déclenche la campagne au plus tard le 12 février 2027
    Et le vote a lieu le 2 mai 2027
    Et le conseil municipal suivant abroge la délibération le 24 mai 2027
    Et l'exécution est suspendue du 15 novembre 2026 au 2 mai 2027

  Scénario: Selon le pacte seul, le vote tomberait pendant la campagne présidentielle
    Quand le conseil municipal délibère le 10 novembre 2026
    Alors le conseil municipal déclenche la campagne au plus tard le 10 mars 2027
    Et la campagne se termine le 10 avril 2027
    Et le vote a lieu le 11 avril 2027

  Scénario: Sous le régime de la loi, ce même vote est reporté au 23 mai 2027
    Étant donné le régime « loi »
    Quand le conseil municipal délibère le 10 novembre 2026
    Alors le vote a lieu le 23 mai 2027
    Et le conseil municipal suivant abroge la délibération le 24 mai 2027

  Scénario: Avec 3 mois de campagne, le vote prévu par le pacte tombe pendant la campagne présidentielle
    Étant donné le paramètre « votation_abrogatoire.duree_campagne_mois » vaut 3
    Quand le conseil municipal délibère le 4 septembre 2026
    Alors le conseil municipal déclenche la campagne au plus tard le 1er janvier 2027
    Et la campagne se termine le 1er avril 2027
    Et le vote a lieu le 4 avril 2027

  Scénario: Sous le régime de la loi, ce vote plus tardif que le délai légal sort quand même de la campagne
    Étant donné le paramètre « votation_abrogatoire.duree_campagne_mois » vaut 3
    Et le régime « loi »
    Quand le conseil municipal délibère le 4 septembre 2026
    Alors le vote a lieu le 2 mai 2027
    Et le conseil municipal suivant abroge la délibération le 24 mai 2027

  Scénario: Un pacte dont la demande ne suspend pas l'exécution
    Étant donné le paramètre « votation_abrogatoire.suspension_execution » vaut false
    Quand le conseil municipal délibère le 15 octobre 2026
    Alors l'exécution n'est pas suspendue
    Et la suspension dure 0 jours

  Scénario: Un pacte plus exigeant : 1 000 signatures
    Étant donné le paramètre « votation_abrogatoire.signatures_requises » vaut 1000
    Quand le conseil municipal délibère le 15 octobre 2026
    Et 999 signatures valides sont réunies
    Alors l'exécution reprend
    Et l'explication contient « 999 signatures valides < 1 000 requises »
