# language: fr
Fonctionnalité: Le calendrier institutionnel du mandat 2026-2032
  Toutes les échéances du mandat en une liste datée : séances du conseil municipal (le 4e
  lundi, 12 par an), bureau exécutif (1er et 3e mardis), Conseil Citoyen (réunion de travail
  le 1er samedi, auditions le 2e mercredi, sauf en août), jours de votation, passages de
  relais, renouvellements, périodes sans scrutin local.
  Sources : 000_721ebb8a9b1c3e2a.txt § Quel coût ?, § Le bureau exécutif, § Conseil Citoyen
  (CC) ; LEGAL.md § 11. Le conseil est installé le 27 mars 2026, renouvelé le 14 mars 2032.

  Contexte:
    Étant donné le pacte « chambery-2026 »
    Et la commune « chambery »

  Scénario: Le calendrier du mandat est trié et chaque échéance cite sa source
    Quand on établit le calendrier du mandat
    Alors le calendrier est trié par date
    Et chaque événement du calendrier cite sa source
    Et le calendrier prévoit « installation_conseil » le 27 mars 2026
    Et le calendrier prévoit « fin_du_mandat » le 14 mars 2032

  Scénario: Les séances du conseil municipal
    Quand on établit le calendrier du mandat
    Alors le calendrier compte 71 événements « seance_cm »
    Et le premier événement « seance_cm » a lieu le 27 avril 2026
    Et le dernier événement « seance_cm » a lieu le 23 février 2032
    Et le calendrier ne prévoit pas « seance_cm » le 23 mars 2026

  Scénario: Le bureau exécutif se réunit deux fois par mois
    Quand on établit le calendrier du mandat
    Alors le calendrier compte 143 événements « bureau_executif »
    Et le premier événement « bureau_executif » a lieu le 7 avril 2026
    Et le dernier événement « bureau_executif » a lieu le 2 mars 2032

  Scénario: Le Conseil Citoyen ne se réunit pas en août
    Quand on établit le calendrier du mandat
    Alors le calendrier compte 62 événements « cc_auditions »
    Et le calendrier compte 62 événements « cc_reunion_travail »
    Et le calendrier ne prévoit aucun « cc_auditions » en août
    Et le calendrier ne prévoit aucun « cc_reunion_travail » en août
    Et le premier événement « cc_reunion_travail » a lieu le 5 septembre 2026

  Scénario: Passages de relais et renouvellements du Conseil Citoyen dans le calendrier
    Quand on établit le calendrier du mandat
    Alors le calendrier compte 2 événements « election_maire_et_adjoints »
    Et le calendrier prévoit « election_maire_et_adjoints » le 26 avril 2028
    Et le calendrier compte 2 événements « cc_renouvellement »
    Et le calendrier prévoit « cc_renouvellement » le 27 septembre 2028

  Scénario: Selon le pacte seul, 24 jours de votation possibles
    Quand on établit le calendrier du mandat
    Alors le calendrier compte 24 événements « jour_de_votation »
    Et le calendrier prévoit « jour_de_votation » le 11 avril 2027
    Et le dernier événement « jour_de_votation » a lieu le 11 janvier 2032

  Scénario: Sous le régime de la loi, les jours de votation évitent les campagnes électorales
    Étant donné le régime « loi »
    Quand on établit le calendrier du mandat
    Alors le calendrier compte 21 événements « jour_de_votation »
    Et le calendrier ne prévoit pas « jour_de_votation » le 11 avril 2027
    Et le dernier événement « jour_de_votation » a lieu le 13 juillet 2031
    Et le calendrier prévoit « debut_periode_interdite » le 29 mars 2027
    Et le calendrier prévoit « fin_periode_interdite » le 25 avril 2027

  Plan du scénario: La séance du conseil municipal qui suit une date
    Alors la séance du conseil municipal qui suit le <date> a lieu le <seance>

    Exemples:
      | date             | seance           |
      | 15 octobre 2026  | 26 octobre 2026  |
      | 26 octobre 2026  | 23 novembre 2026 |
      | 25 octobre 2026  | 26 octobre 2026  |
      | 31 décembre 2026 | 25 janvier 2027  |
      | 2028-02-28       | 2028-03-27       |
