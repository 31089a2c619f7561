# language: fr
Fonctionnalité: Tirage au sort du Conseil Citoyen avec les quotas du pacte
  Le Conseil Citoyen compte 30 membres tirés au sort, 5 par quartier, au moins la moitié
  de femmes, stratifiés selon les catégories socio-professionnelles des habitant·es ; il est
  renouvelé tous les 25 mois (000_721ebb8a9b1c3e2a.txt § 2.1 Mandat impératif et Conseil
  Citoyen). Le tirage est public : la même graine redonne le même panel.

  Scénario: Les quotas du pacte sont respectés
    Étant donné un vivier synthétique de 150 volontaires tiré avec la graine 4
    Quand on tire au sort le Conseil Citoyen avec la graine « avril 2026 »
    Alors le panel compte 30 membres
    Et chaque quartier a 5 membres
    Et le panel compte au moins 15 femmes
    Et chaque quota de catégorie socio-professionnelle est respecté
    Et les probabilités de sélection totalisent 30 sièges
    Et la règle du pacte valide le panel

  Scénario: Au moins la moitié de femmes dans chaque quartier
    Étant donné un vivier synthétique de 200 volontaires tiré avec la graine 4
    Quand on tire au sort le Conseil Citoyen avec au moins la moitié de femmes dans chaque quartier
    Alors chaque quartier a au moins 3 femmes parmi ses 5 membres

  Scénario: Même graine, même panel
    Étant donné un vivier synthétique de 150 volontaires tiré avec la graine 4
    Quand on tire au sort le Conseil Citoyen deux fois avec la graine « loto du 12 avril »
    Alors les deux panels sont identiques

  Scénario: Des quotas impossibles sont expliqués
    Étant donné un vivier synthétique de 150 volontaires tiré avec la graine 4
    Et seulement 2 volontaires du quartier « Bissy » dans ce vivier
    Quand on tire au sort le Conseil Citoyen avec la graine « 1 »
    Alors aucun panel n'est tiré
    Et l'explication propose d'abaisser le minimum du quartier « Bissy » de 5 à 2

  Plan du scénario: Remplacement de membres qui partent
    Étant donné un vivier synthétique de 120 volontaires tiré avec la graine 6
    Et un Conseil Citoyen déjà tiré avec la graine « 1 »
    Quand <partants> membres partent et sont remplacés par un tirage complémentaire
    Alors les autres membres restent en place
    Et les membres partis ne sont pas tirés de nouveau
    Et chaque quota du pacte est respecté

    Exemples:
      | partants |
      | 1        |
      | 4        |

  Scénario: Invitations pour un vivier de 300 volontaires
    Étant donné un taux d'acceptation de 3 %
    Quand on calcule les invitations pour un vivier de 300 volontaires
    Alors chaque quartier reçoit 1667 lettres
    Et la probabilité que tous les quotas puissent être respectés dépasse 95 %
