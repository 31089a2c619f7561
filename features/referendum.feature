# language: fr
Fonctionnalité: Référendum municipal (LO1112-7) et périodes sans scrutin local
  Un projet soumis à référendum local est adopté si la moitié au moins des électeurs
  inscrits a pris part au scrutin et s'il réunit la majorité des suffrages exprimés
  (LO1112-7) ; sinon il n'est pas adopté. Le pacte engage politiquement le conseil à
  suivre le résultat même sans ce quorum : c'est un fait distinct, affiché à part.
  Le scrutin a lieu au moins 2 mois après la transmission de la délibération au préfet,
  transmise sous 8 jours (LO1112-3), jamais pendant une campagne électorale ni dans les
  6 mois qui précèdent le renouvellement général (LO1112-6).
  Sources : LEGAL.md § 1, § 2 et § 11 ; 000_721ebb8a9b1c3e2a.txt § Référendums municipaux.

  Contexte:
    Étant donné le pacte « chambery-2026 »
    Et la commune « chambery »

  Plan du scénario: Adopté seulement avec la moitié des inscrits et plus de la moitié des suffrages
    Quand un référendum recueille <exprimes> suffrages exprimés sur <inscrits> électeurs inscrits, dont <oui> oui
    Alors le projet <verdict>

    Exemples:
      | exprimes | inscrits | oui    | verdict           |
      | 17 379   | 34 757   | 8 690  | est adopté        |
      | 17 379   | 34 757   | 8 689  | n'est pas adopté  |
      | 17 378   | 34 757   | 17 378 | n'est pas adopté  |
      | 500      | 1 000    | 251    | est adopté        |
      | 500      | 1 000    | 250    | n'est pas adopté  |
      | 499      | 1 000    | 499    | n'est pas adopté  |
      | 0        | 1 000    | 0      | n'est pas adopté  |

  Scénario: Un oui massif sans le quorum : non adopté, mais le pacte promet de le suivre
    Quand un référendum recueille 12 000 suffrages exprimés sur 34 757 électeurs inscrits, dont 9 000 oui
    Alors le projet n'est pas adopté
    Et le quorum de participation n'est pas atteint
    Et le oui est majoritaire parmi les suffrages exprimés
    Et le conseil municipal s'est engagé à suivre ce oui malgré tout

  Scénario: Sans la promesse du pacte, un oui sans quorum reste sans suite
    Étant donné le paramètre « referendum_municipal.suivre_sans_quorum » vaut false
    Quand un référendum recueille 12 000 suffrages exprimés sur 34 757 électeurs inscrits, dont 9 000 oui
    Alors le projet n'est pas adopté
    Et le pacte n'engage pas le conseil municipal à suivre le résultat

  Scénario: Quorum atteint mais égalité : pas de majorité pour le oui
    Quand un référendum recueille 20 000 suffrages exprimés sur 34 757 électeurs inscrits, dont 10 000 oui
    Alors le projet n'est pas adopté
    Et le quorum de participation est atteint
    Et le oui n'est pas majoritaire parmi les suffrages exprimés

  Plan du scénario: Premier dimanche possible pour un scrutin décidé par le conseil
    Quand le conseil municipal décide un référendum le <deliberation>
    Alors le scrutin a lieu au plus tôt le <scrutin>

    Exemples:
      | deliberation    | scrutin           |
      | 15 octobre 2026 | 27 décembre 2026  |
      | 25 janvier 2027 | 2 mai 2027        |
      | 22 mars 2027    | 30 mai 2027       |
      | 23 mars 2027    | 27 juin 2027      |

  Plan du scénario: Le dernier jour d'une période sans scrutin, puis le lendemain
    Alors <possible> le <jour>

    Exemples:
      | jour               | possible                            |
      | 25 avril 2027      | aucun scrutin local n'est possible  |
      | 26 avril 2027      | un scrutin local est possible       |
      | 28 mars 2027       | un scrutin local est possible       |
      | 29 mars 2027       | aucun scrutin local n'est possible  |
      | 31 août 2031       | un scrutin local est possible       |
      | 1er septembre 2031 | aucun scrutin local n'est possible  |
      | 29 février 2028    | aucun scrutin local n'est possible  |
