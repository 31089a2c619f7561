# language: fr
Fonctionnalité: Conseil Citoyen : auditions des binômes, renouvellements, composition du panel
  « Une réunion mensuelle avec les binômes d'élu·es pour leur reddition de comptes, pendant
  tout le mandat, à partir du 6ème mois, à l'exception du mois d'août […] 4 auditions de
  binômes par réunion mensuelle » ; chaque binôme rend des comptes tous les 6 mois ;
  30 membres, 5 par quartier, au moins la moitié de femmes, renouvelés tous les 25 mois.
  Sources : 000_721ebb8a9b1c3e2a.txt § Conseil Citoyen (CC), § 2.1 Mandat impératif et
  Conseil Citoyen, § La direction du cabinet.
  Le conseil est installé le 27 mars 2026 : le 6e mois commence le 27 août 2026. Les
  soirées d'auditions ont lieu le 2e mercredi du mois (hypothèse du pacte).

  Contexte:
    Étant donné le pacte « chambery-2026 »
    Et la commune « chambery »

  Scénario: Le calendrier des auditions sur tout le mandat
    Quand on établit le calendrier des auditions
    Alors la première soirée d'auditions a lieu le 9 septembre 2026
    Et la dernière soirée d'auditions a lieu le 10 mars 2032
    Et le mandat compte 62 soirées d'auditions
    Et aucune audition n'a lieu en août
    Et chaque soirée compte au plus 4 auditions
    Et chaque soirée compte exactement 4 auditions
    Et le conseil citoyen auditionne 26 binômes
    Et chaque binôme est auditionné au moins une fois

  Scénario: Les premiers binômes auditionnés
    Quand on établit le calendrier des auditions
    Alors le binôme « Quartier Bissy » est auditionné le 13 janvier 2027
    Et le binôme « Binôme Dir'Cab / DGS » est auditionné le 10 mars 2027
    Et le binôme « Quartier Faubourgs – Joppet » est auditionné le 10 mars 2027

  Scénario: 26 binômes à 4 par soirée sur 11 soirées par an : des retards inévitables
    Quand on établit le calendrier des auditions
    Alors le binôme « Quartier Bissy » attend plus de 6 mois entre deux auditions
    Et le binôme « Quartier Bissy » est auditionné le 8 septembre 2027
    Et le retard du binôme « Quartier Bissy » après l'audition du 13 janvier 2027 est de 57 jours

  Scénario: Avec 6 auditions par soirée, aucun binôme n'attend plus de 6 mois
    Étant donné le paramètre « conseil_citoyen.audits_par_reunion » vaut 6
    Quand on établit le calendrier des auditions
    Alors chaque soirée compte au plus 6 auditions
    Et le binôme « Quartier Bissy » n'attend jamais plus de 6 mois entre deux auditions
    Et le binôme « Binôme Dir'Cab / DGS » n'attend jamais plus de 6 mois entre deux auditions

  Scénario: Un pacte qui suspend aussi les auditions en juillet
    Étant donné le paramètre « conseil_citoyen.mois_sans_reunion » vaut [7, 8]
    Quand on établit le calendrier des auditions
    Alors aucune audition n'a lieu en juillet
    Et aucune audition n'a lieu en août
    Et le mandat compte 57 soirées d'auditions

  Scénario: Un pacte sans trêve d'août
    Étant donné le paramètre « conseil_citoyen.mois_sans_reunion » vaut []
    Quand on établit le calendrier des auditions
    Alors le mandat compte 67 soirées d'auditions
    Et une soirée d'auditions a lieu le 11 août 2027

  Scénario: Les auditions commencent au 6e mois du mandat
    Étant donné le paramètre « conseil_citoyen.debut_audits_mois_du_mandat » vaut 1
    Quand on établit le calendrier des auditions
    Alors la première soirée d'auditions a lieu le 8 avril 2026

  Scénario: Renouvellement du Conseil Citoyen tous les 25 mois
    Quand on calcule les renouvellements du Conseil Citoyen
    Alors le Conseil Citoyen est renouvelé 2 fois pendant le mandat
    Et le Conseil Citoyen est renouvelé le 27 septembre 2028
    Et le Conseil Citoyen est renouvelé le 27 octobre 2030

  Scénario: Renouvellement tous les 12 mois
    Étant donné le paramètre « conseil_citoyen.renouvellement_mois » vaut 12
    Quand on calcule les renouvellements du Conseil Citoyen
    Alors le Conseil Citoyen est renouvelé 5 fois pendant le mandat
    Et le Conseil Citoyen est renouvelé le 27 août 2031

  Plan du scénario: Un panel de 5 membres par quartier, au moins la moitié de femmes
    Quand on propose un panel de <femmes> femmes et <hommes> hommes dans chaque quartier
    Alors le panel <verdict>

    Exemples:
      | femmes | hommes | verdict                   |
      | 3      | 2      | respecte le pacte         |
      | 5      | 0      | respecte le pacte         |
      | 2      | 3      | ne respecte pas le pacte  |
      | 3      | 3      | ne respecte pas le pacte  |
      | 2      | 2      | ne respecte pas le pacte  |

  Scénario: Exactement la moitié de femmes : 15 sur 30
    Quand on propose ce panel :
      | quartier           | femmes | hommes |
      | Bissy              | 3      | 2      |
      | Chambéry-le-Vieux  | 3      | 2      |
      | Centre-ville       | 3      | 2      |
      | Hauts-de-Chambéry  | 2      | 3      |
      | Biollay – Bellevue | 2      | 3      |
      | Faubourgs – Joppet | 2      | 3      |
    Alors le panel respecte le pacte

  Scénario: 14 femmes sur 30 : une de moins que la moitié
    Quand on propose ce panel :
      | quartier           | femmes | hommes |
      | Bissy              | 3      | 2      |
      | Chambéry-le-Vieux  | 3      | 2      |
      | Centre-ville       | 2      | 3      |
      | Hauts-de-Chambéry  | 2      | 3      |
      | Biollay – Bellevue | 2      | 3      |
      | Faubourgs – Joppet | 2      | 3      |
    Alors le panel ne respecte pas le pacte
    Et l'explication contient « 14 femmes sur 30, moins de 50 % »

  Scénario: Un quartier sur-représenté
    Quand on propose ce panel :
      | quartier           | femmes | hommes |
      | Bissy              | 3      | 3      |
      | Chambéry-le-Vieux  | 2      | 2      |
      | Centre-ville       | 3      | 2      |
      | Hauts-de-Chambéry  | 3      | 2      |
      | Biollay – Bellevue | 3      | 2      |
      | Faubourgs – Joppet | 3      | 2      |
    Alors le panel ne respecte pas le pacte
    Et l'explication contient « 6 membres pour le quartier Bissy au lieu de 5 »
    Et l'explication contient « 4 membres pour le quartier Chambéry-le-Vieux au lieu de 5 »

  Scénario: Un quartier inconnu de la commune
    Quand on propose ce panel :
      | quartier           | femmes | hommes |
      | Bissy              | 3      | 2      |
      | Chambéry-le-Vieux  | 3      | 2      |
      | Centre-ville       | 3      | 2      |
      | Hauts-de-Chambéry  | 3      | 2      |
      | Biollay – Bellevue | 3      | 2      |
      | Mérande            | 3      | 2      |
    Alors le panel ne respecte pas le pacte
    Et l'explication contient « quartiers inconnus : Mérande »
