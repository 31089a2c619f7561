# language: fr
Fonctionnalité: Consultation sur la révocation d'un binôme d'élu·es
  « En cas de manquements significatifs, le CC demande au maire de déclencher une
  consultation au sujet de la révocation du binôme. Le maire la met à l'ordre du jour du
  prochain CM. La consultation est précédée d'un débat de 15 jours ; elle se fait en
  bureaux de vote à la majorité simple des suffrages exprimés. Si le non l'emporte, le
  binôme est maintenu ; si le oui l'emporte, il est enjoint à démissionner. »
  Source : 000_721ebb8a9b1c3e2a.txt § 2.1 Mandat impératif et Conseil Citoyen.
  Le CM siège le 4e lundi du mois ; la consultation a lieu le premier dimanche après le débat.

  Contexte:
    Étant donné le pacte « chambery-2026 »
    Et la commune « chambery »

  Scénario: De l'avis défavorable du 15 octobre 2026 à la consultation
    Quand le Conseil Citoyen rend un avis défavorable le 15 octobre 2026
    Alors le conseil municipal délibère sur la consultation le 26 octobre 2026
    Et le débat public dure du 27 octobre 2026 au 10 novembre 2026
    Et la consultation a lieu le 15 novembre 2026

  Plan du scénario: Le CM qui délibère est toujours la séance suivante
    Quand le Conseil Citoyen rend un avis défavorable le <avis>
    Alors le conseil municipal délibère sur la consultation le <cm>
    Et la consultation a lieu le <vote>

    Exemples:
      | avis            | cm               | vote             |
      | 25 octobre 2026 | 26 octobre 2026  | 15 novembre 2026 |
      | 26 octobre 2026 | 23 novembre 2026 | 13 décembre 2026 |
      | 30 janvier 2028 | 28 février 2028  | 19 mars 2028     |

  Scénario: Sous le régime de la loi, la consultation attend 2 mois après la transmission au préfet
    Étant donné le régime « loi »
    Quand le Conseil Citoyen rend un avis défavorable le 15 octobre 2026
    Alors le conseil municipal délibère sur la consultation le 26 octobre 2026
    Et la consultation a lieu le 3 janvier 2027

  Plan du scénario: Un long débat qui finirait pendant les législatives de 2027
    Étant donné le paramètre « consultation_revocation.debat_public_jours » vaut 127
    Et le régime « <regime> »
    Quand le Conseil Citoyen rend un avis défavorable le 15 janvier 2027
    Alors le conseil municipal délibère sur la consultation le 25 janvier 2027
    Et le débat public dure du 26 janvier 2027 au 1er juin 2027
    Et la consultation a lieu le <vote>

    Exemples:
      | regime | vote          |
      | pacte  | 6 juin 2027   |
      | loi    | 27 juin 2027  |

  Plan du scénario: Majorité simple des suffrages exprimés
    Quand la consultation donne <oui> oui et <non> non
    Alors le binôme <issue>

    Exemples:
      | oui   | non   | issue                        |
      | 2 001 | 2 000 | est enjoint à démissionner   |
      | 2 000 | 2 000 | est maintenu                 |
      | 1 999 | 2 000 | est maintenu                 |
      | 0     | 0     | est maintenu                 |
