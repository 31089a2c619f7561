# language: fr
Fonctionnalité: Rotation du binôme maire – 1er adjoint·e tous les 2 ans
  « Tous les 2 ans, le maire et son ou sa première adjointe présentent la démission de leurs
  fonctions exécutives mais pas de celles de conseiller·es municipaux. Une nouvelle élection
  est organisée au CM. »
  Source : 000_721ebb8a9b1c3e2a.txt § Les binômes d'élu·es, la gestion collégiale et la
  rotation du binôme maire-1er adjoint·e.
  Mécanique légale (LEGAL.md § 3) : démission adressée au préfet, définitive à son acceptation
  (15 jours retenus par le pacte) ou un mois après une seconde lettre recommandée (L2122-15) ;
  conseil réuni dans la quinzaine (L2122-14) pour élire le maire et tous les adjoints
  (L2122-10) ; convocation 5 jours francs avant la séance (L2121-12).

  Contexte:
    Étant donné le pacte « chambery-2026 »
    Et la commune « chambery »

  Scénario: Deux passages de relais pendant le mandat 2026-2032
    Quand on calcule les passages de relais du mandat
    Alors le mandat compte 2 passages de relais
    Et au passage de relais n° 1, le maire et le 1er adjoint adressent leur démission au préfet le 27 mars 2028
    Et au passage de relais n° 2, le maire et le 1er adjoint adressent leur démission au préfet le 27 mars 2030

  Scénario: Les étapes légales du premier passage de relais
    Quand on calcule les passages de relais du mandat
    Alors au passage de relais n° 1, la démission devient définitive le 11 avril 2028
    Et au passage de relais n° 1, le conseil municipal est convoqué le 20 avril 2028
    Et au passage de relais n° 1, le conseil municipal élit le maire et tous les adjoints le 26 avril 2028
    Et au passage de relais n° 1, à défaut d'acceptation, la démission devient définitive le 11 mai 2028

  Scénario: Le second passage de relais
    Quand on calcule les passages de relais du mandat
    Alors au passage de relais n° 2, la démission devient définitive le 11 avril 2030
    Et au passage de relais n° 2, le conseil municipal est convoqué le 20 avril 2030
    Et au passage de relais n° 2, le conseil municipal élit le maire et tous les adjoints le 26 avril 2030

  Scénario: L'élection dans la quinzaine porte sur le maire et tous les adjoints
    Quand on calcule les passages de relais du mandat
    Alors chaque élection a lieu au plus tard 15 jours après la démission définitive
    Et chaque convocation précède l'élection de 5 jours francs
    Et chaque convocation suit la démission définitive
    Et l'élection porte sur le maire et tous les adjoints

  Scénario: Une rotation chaque année donne 5 passages de relais
    Étant donné le paramètre « rotation.periodicite_mois » vaut 12
    Quand on calcule les passages de relais du mandat
    Alors le mandat compte 5 passages de relais
    Et au passage de relais n° 5, le maire et le 1er adjoint adressent leur démission au préfet le 27 mars 2031

  Scénario: Sous 3 500 habitants, la convocation se fait 3 jours francs avant
    Étant donné le paramètre « commune.population_municipale » vaut 3000
    Et le paramètre « commune.electeurs_inscrits » vaut 2000
    Quand on calcule les passages de relais du mandat
    Alors chaque convocation précède l'élection de 3 jours francs
    Et au passage de relais n° 1, le conseil municipal est convoqué le 22 avril 2028

  Scénario: Un délai de convocation trop court ne fait pas convoquer avant la démission définitive
    Étant donné le paramètre « rotation.delai_convocation_cm_jours » vaut 3
    Quand on calcule les passages de relais du mandat
    Alors chaque convocation suit la démission définitive
    Et chaque convocation précède l'élection de 5 jours francs
    Et au passage de relais n° 1, le conseil municipal est convoqué le 11 avril 2028
    Et au passage de relais n° 1, le conseil municipal élit le maire et tous les adjoints le 17 avril 2028
