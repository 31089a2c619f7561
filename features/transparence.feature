# language: fr
Fonctionnalité: Transparence des délibérations et interpellations en séance
  « Les délibérations du CM seront publiées sur le site de la municipalité, accompagnées
  pour chacune d'elle d'un résumé et d'une brève explication en termes simples […]. Les
  habitant·es disposent ensuite d'une période d'un mois pour annoncer à la DPC la demande
  de votation abrogatoire. » Source : 000_721ebb8a9b1c3e2a.txt § Votations abrogatoires.
  « 1 heure par CM est dédiée à la réponse aux interpellations de citoyen·nes. »
  Source : 000_721ebb8a9b1c3e2a.txt § Le Conseil Municipal (CM).
  Le pacte de Chambéry ne fixe pas de délai de publication : la semaine légale de la liste
  des délibérations (L2121-25, à vérifier) s'applique. Le CM siège le 4e lundi du mois.

  Contexte:
    Étant donné le pacte « chambery-2026 »
    Et la commune « chambery »

  Scénario: Le résumé paraît avec la délibération, dans la semaine
    Quand le conseil municipal siège le 26 octobre 2026
    Alors la délibération est publiée en ligne le 2 novembre 2026
    Et le résumé en langage clair est publié le 2 novembre 2026
    Et il reste 24 jours pour demander une votation abrogatoire après le résumé
    Et l'explication contient « 77 % de la fenêtre »

  Scénario: Un pacte qui publie sous 3 jours et résume sous 10 jours
    Étant donné le pacte « tests/fixtures/pacte_participation.yaml »
    Quand le conseil municipal siège le 26 octobre 2026
    Alors la délibération est publiée en ligne le 29 octobre 2026
    Et le résumé en langage clair est publié le 5 novembre 2026
    Et il reste 21 jours pour demander une votation abrogatoire après le résumé

  Scénario: Un résumé trop tardif ne laisse plus rien de la fenêtre
    Étant donné le pacte « tests/fixtures/pacte_participation.yaml »
    Et le paramètre « transparence.delai_resume_jours » vaut 40
    Quand le conseil municipal siège le 26 octobre 2026
    Alors il reste 0 jours pour demander une votation abrogatoire après le résumé

  Scénario: Une fenêtre d'abrogation plus longue laisse plus de temps
    Étant donné le paramètre « votation_abrogatoire.delai_demande_mois » vaut 2
    Quand le conseil municipal siège le 26 octobre 2026
    Alors il reste 54 jours pour demander une votation abrogatoire après le résumé

  Scénario: Une interpellation déposée un jour de séance est traitée à la séance suivante
    Quand une interpellation est déposée le 26 octobre 2026 avec 1 signatures
    Alors le conseil municipal répond à l'interpellation en séance le 23 novembre 2026
    Et l'interpellation n'est pas inscrite à l'ordre du jour

  Scénario: Avec un seuil et un préavis, l'interpellation va à l'ordre du jour
    Étant donné le pacte « tests/fixtures/pacte_participation.yaml »
    Quand une interpellation est déposée le 15 octobre 2026 avec 1 000 signatures
    Alors le conseil municipal répond à l'interpellation en séance le 26 octobre 2026
    Et l'interpellation est inscrite à l'ordre du jour
    Et le délai de réponse du pacte expire le 29 novembre 2026
