# language: fr
Fonctionnalité: Simuler le mandat et chiffrer le pacte
  Avant de signer, une liste veut savoir ce que son pacte coûte chaque année et ce qu'il
  demande aux élu·es, à la DPC et aux habitant·es, non pas sur une seule estimation mais
  sur de nombreux avenirs plausibles.

  Scénario: Le tableau des coûts du document est reproduit à l'euro près
    Étant donné le scénario "chambery"
    Quand je calcule le tableau des coûts
    Alors le total de fonctionnement vaut 2519484 euros
    Et le total d'investissement vaut 1250000 euros
    Et le fonctionnement représente 2,4 % des dépenses réelles de fonctionnement

  Scénario: Un SMIC plus élevé renchérit les frais du Conseil Citoyen
    Étant donné le scénario "chambery"
    Et la surcharge "couts.smic_horaire_eur=13"
    Quand je calcule le tableau des coûts
    Alors la ligne "citizen_council" vaut 229536 euros

  Scénario: En suivant la loi, aucun scrutin ne tombe en période interdite
    Étant donné le scénario "chambery"
    Et la surcharge "hypotheses.regime_des_votes=loi"
    Quand je simule 10 tirages avec la graine 1
    Alors aucun jour de scrutin ne tombe en période interdite
    Et aucun invariant n'est violé

  Scénario: Avec les seuls délais du pacte, des scrutins tombent en période interdite
    Étant donné le scénario "chambery"
    Et la surcharge "hypotheses.regime_des_votes=pacte"
    Quand je simule 10 tirages avec la graine 1
    Alors au moins un jour de scrutin tombe en période interdite

  Scénario: La même graine donne les mêmes résultats quel que soit le nombre de processus
    Étant donné le scénario "chambery"
    Quand je simule 6 tirages avec la graine 4 sur 1 processus
    Et je simule 6 tirages avec la graine 4 sur 2 processus
    Alors les deux résumés sont identiques

  Scénario: Quatre auditions par soirée ne suffisent pas à auditer chaque binôme tous les 6 mois
    Étant donné le scénario "chambery"
    Quand je simule 5 tirages avec la graine 3
    Alors la couverture des auditions reste sous 100 %
    Et un binôme attend plus de 183 jours entre deux auditions

  Scénario: Sans audition manquée, le plus long intervalle simulé est celui du calendrier
    Étant donné le scénario "chambery"
    Et la surcharge "hypotheses.audition_reportee_pct=0"
    Quand je simule 3 tirages avec la graine 3
    Alors le plus long intervalle sans audition vaut 245 jours dans chaque tirage, comme le calendrier

  Scénario: Les auditions manquées, non reprogrammées, allongent l'intervalle
    Étant donné le scénario "chambery"
    Et la surcharge "hypotheses.audition_reportee_pct=20"
    Quand je simule 3 tirages avec la graine 3
    Alors un binôme attend plus de 245 jours entre deux auditions

  Plan du scénario: Le taux de réponse au tirage au sort fixe le nombre de lettres
    Étant donné le scénario "chambery"
    Et la surcharge "hypotheses.taux_acceptation_tirage_pct=<taux>"
    Quand je simule 2 tirages avec la graine 2
    Alors le premier tirage du Conseil Citoyen envoie au moins <lettres> lettres

    Exemples:
      | taux | lettres |
      | 3    | 3000    |
      | 7.5  | 1200    |
