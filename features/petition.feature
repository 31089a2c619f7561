# language: fr
Fonctionnalité: Votation propositionnelle (pétition d'initiative citoyenne)
  « Une pétition de signatures d'électeurs inscrits, d'environ 3 % du corps électoral au
  minimum (soit à Chambéry, 1 000 personnes) […] Les pétitions valides sont groupées et
  votées tous les 3 mois, soit 4 votations par an au maximum ; victoire du oui à la
  majorité simple des suffrages exprimés, aucun quorum. »
  Source : 000_721ebb8a9b1c3e2a.txt § Votations propositionnelles.
  Chambéry compte 34 757 électeurs inscrits : 3 % font 1 042,71, arrondi à 1 043.

  Contexte:
    Étant donné le pacte « chambery-2026 »
    Et la commune « chambery »

  Plan du scénario: Recevabilité d'une pétition au seuil de 3 %
    Quand une pétition recueille <signatures> signatures valides
    Alors la pétition est <verdict>

    Exemples:
      | signatures | verdict     |
      | 1 043      | recevable   |
      | 1 042      | irrecevable |
      | 1 000      | irrecevable |
      | 34 757     | recevable   |
      | 0          | irrecevable |

  Scénario: Le chiffre arrondi du pacte (1 000) est inférieur à ses 3 % (1 043)
    Alors il faut 1 043 signatures
    Et le seuil appliqué est le pourcentage
    Et l'écart entre le chiffre arrondi et le pourcentage est signalé
    Et l'explication contient « écart de 43 signatures »

  Scénario: Il manque une signature
    Quand une pétition recueille 1 042 signatures valides
    Alors la pétition est irrecevable
    Et l'explication contient « il en manque 1 »

  Scénario: À 2 %, le chiffre absolu de 1 000 devient le plus exigeant
    Étant donné le paramètre « votation_propositionnelle.seuil_pct » vaut 2
    Alors il faut 1 000 signatures
    Et le seuil appliqué est le chiffre absolu
    Et l'écart entre le chiffre arrondi et le pourcentage n'est pas signalé

  Plan du scénario: À 2 %, le seuil est de 1 000 signatures
    Étant donné le paramètre « votation_propositionnelle.seuil_pct » vaut 2
    Quand une pétition recueille <signatures> signatures valides
    Alors la pétition est <verdict>

    Exemples:
      | signatures | verdict     |
      | 1 000      | recevable   |
      | 999        | irrecevable |

  Scénario: Un chiffre absolu égal au pourcentage n'est pas un écart
    Étant donné le paramètre « votation_propositionnelle.seuil_absolu » vaut 1043
    Alors il faut 1 043 signatures
    Et le seuil appliqué est le pourcentage
    Et l'écart entre le chiffre arrondi et le pourcentage n'est pas signalé

  Scénario: Avec 40 000 électeurs inscrits, 3 % font exactement 1 200 signatures
    Étant donné le paramètre « commune.electeurs_inscrits » vaut 40000
    Alors il faut 1 200 signatures
    Quand une pétition recueille 1 199 signatures valides
    Alors la pétition est irrecevable

  Scénario: Le chemin daté d'une pétition déposée le 15 octobre 2026
    Quand une pétition est déposée le 15 octobre 2026
    Alors la collecte se termine le 15 avril 2027
    Et la DPC a vérifié les signatures le 29 avril 2027
    Et le bureau exécutif inscrit la pétition le 4 mai 2027
    Et le conseil municipal décide le 24 mai 2027
    Et la campagne commence le 25 mai 2027
    Et la votation a lieu le 11 juillet 2027
    Et le conseil municipal adopte la proposition le 26 juillet 2027

  Scénario: Sous le régime de la loi, la votation attend 2 mois après la transmission au préfet
    Étant donné le régime « loi »
    Quand une pétition est déposée le 15 octobre 2026
    Alors le conseil municipal décide le 24 mai 2027
    Et la votation a lieu le 10 octobre 2027
    Et le conseil municipal adopte la proposition le 25 octobre 2027

  Scénario: Selon le pacte seul, la votation tomberait pendant la campagne présidentielle
    Quand une pétition est déposée le 1er juillet 2026
    Alors le conseil municipal décide le 25 janvier 2027
    Et la votation a lieu le 11 avril 2027

  Scénario: Sous le régime de la loi, la votation sort de la campagne présidentielle de 2027
    Étant donné le régime « loi »
    Quand une pétition est déposée le 1er juillet 2026
    Alors le conseil municipal décide le 25 janvier 2027
    Et la votation a lieu le 11 juillet 2027
    Et le conseil municipal adopte la proposition le 26 juillet 2027

  Scénario: Les jours de votation groupée, tous les 3 mois
    Quand on calcule les jours de votation du mandat
    Alors l'année 2026 compte 3 jours de votation
    Et l'année 2027 compte 4 jours de votation
    Et le 12 avril 2026 est un jour de votation
    Et le 11 avril 2027 est un jour de votation
    Et aucune année ne compte plus de 4 jours de votation

  Scénario: Sous le régime de la loi, pas de votation pendant une campagne électorale
    Étant donné le régime « loi »
    Quand on calcule les jours de votation du mandat
    Alors le 11 avril 2027 n'est pas un jour de votation
    Et aucun jour de votation ne tombe entre le 29 mars 2027 et le 25 avril 2027
    Et aucun jour de votation ne tombe entre le 1er septembre 2031 et le 14 mars 2032
    Et l'année 2027 compte 3 jours de votation
    Et l'année 2032 compte 0 jours de votation

  Scénario: Tous les 2 mois, le plafond de 4 votations par an s'applique
    Étant donné le paramètre « votation_propositionnelle.periodicite_votations_mois » vaut 2
    Quand on calcule les jours de votation du mandat
    Alors l'année 2027 compte 4 jours de votation
    Et le 10 janvier 2027 est un jour de votation
    Et le 14 mars 2027 est un jour de votation
    Et le 9 mai 2027 est un jour de votation
    Et le 11 juillet 2027 est un jour de votation
    Et le 12 septembre 2027 n'est pas un jour de votation
    Et aucune année ne compte plus de 4 jours de votation

  Scénario: Tous les mois, seuls les 4 premiers mois de l'année ont une votation
    Étant donné le paramètre « votation_propositionnelle.periodicite_votations_mois » vaut 1
    Quand on calcule les jours de votation du mandat
    Alors l'année 2028 compte 4 jours de votation
    Et le 9 avril 2028 est un jour de votation
    Et le 14 mai 2028 n'est pas un jour de votation

  Scénario: Un pacte plus strict : 2 votations par an au plus
    Étant donné le paramètre « votation_propositionnelle.max_votations_par_an » vaut 2
    Quand on calcule les jours de votation du mandat
    Alors l'année 2029 compte 2 jours de votation
    Et le 8 avril 2029 est un jour de votation
    Et le 8 juillet 2029 n'est pas un jour de votation

  Plan du scénario: Majorité simple des suffrages exprimés, sans quorum
    Quand la votation donne <oui> oui et <non> non
    Alors la proposition <verdict>

    Exemples:
      | oui | non | verdict           |
      | 501 | 500 | est adoptée       |
      | 500 | 500 | n'est pas adoptée |
      | 499 | 500 | n'est pas adoptée |
      | 1   | 0   | est adoptée       |
      | 0   | 0   | n'est pas adoptée |

  Plan du scénario: Avec un quorum, la participation compte avant la majorité
    Étant donné le paramètre « votation_propositionnelle.quorum_pct » vaut <quorum>
    Quand la votation donne <oui> oui et <non> non
    Alors la proposition <verdict>

    Exemples:
      | quorum | oui   | non   | verdict           |
      | 25     | 9000  | 1000  | est adoptée       |
      | 40     | 9000  | 1000  | n'est pas adoptée |
      | 40     | 12000 | 2000  | est adoptée       |
      | 40     | 7000  | 7000  | n'est pas adoptée |
