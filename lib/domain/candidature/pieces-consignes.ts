// Every French sentence that tells a candidate how and by when to return a piece, built here only
// (Mes justificatifs, the récapitulatif, the confirmation PDF and the mails all read them from
// describeRequiredPieces). Cyclades words them "A déposer en ligne entre <date> et <date> HH:MM
// (heure/Paris)" and "A envoyer par voie postale avant …" [C:CF]; the postmark rule is NM's
// ("envoyées par voie postale (cachet de la poste faisant foi), au plus tard le 09 décembre 2023").
import { formatInstantFr, formatJourFr, type Window } from "../calendar";
import { deNom, typographieFr } from "../typographie";
import { zoneLabel } from "../zones";
import { fr } from "./format";

/** "À déposer en ligne du jeudi 19 octobre 2023 à 9 h 00 au vendredi 1er décembre 2023 à 17 h 00 (heure de Paris)." */
export function consigneDepotEnLigne(fenetre: Window, zone: string, delai: string | null): string {
  const du = formatInstantFr(fenetre.opensAt, zone);
  const au = formatInstantFr(fenetre.closesAt, zone);
  return `${fr`À déposer en ligne du `}${du} au ${au} (${zoneLabel(zone)})${delai ? `, ${delai}` : ""}.`;
}

/**
 * The last day a postmark may bear: the local day of the window's last instant (closesAt is
 * exclusive, so a window closing at 00:00 ends the day before). A postmark carries a day, not an
 * hour, so the sentence names days only.
 */
function dernierJourCachet(fenetre: Window, zone: string): string {
  return formatJourFr(new Date(fenetre.closesAt.getTime() - 1), zone);
}

/**
 * "À envoyer par la poste au plus tard le samedi 9 décembre 2023, cachet de la poste faisant foi,
 * à : …". A window that opens after registration does (AX22: "entre le lundi 25 octobre et le
 * dimanche 7 novembre") is given with both days.
 */
export function consigneEnvoiPostal(
  fenetre: Window,
  zone: string,
  options: { ouvertureInscriptions: Date; adresse: readonly string[]; academieNom: string },
): string {
  const quand =
    fenetre.opensAt.getTime() > options.ouvertureInscriptions.getTime()
      ? `entre le ${formatJourFr(fenetre.opensAt, zone)} et le ${dernierJourCachet(fenetre, zone)}`
      : `au plus tard le ${dernierJourCachet(fenetre, zone)}`;
  const ou =
    options.adresse.length > 0
      ? fr` à : ${options.adresse.join(", ")}`
      : ` au service des examens de l’académie ${deNom(options.academieNom)}`;
  return `${fr`À envoyer par la poste `}${quand}, cachet de la poste faisant foi,${ou}.`;
}

/** The académie's postal address as lines, with French typography (it is typed by the académie). */
export function lignesAdresse(adressePostale: string | null | undefined): string[] {
  return (adressePostale ?? "")
    .split(/\r?\n/)
    .map((ligne) => typographieFr(ligne.trim()))
    .filter((ligne) => ligne !== "");
}

/**
 * The exam's line for the envelope, which the notices ask the candidate to write (AX22: "merci de
 * préciser l'intitulé du diplôme"; NM: "Inscription au BAC PRO (indiquer la spécialité)"): the
 * portal knows it, so it spells it out.
 */
export function mentionEnveloppe(examenLibelle: string, specialite: { codeDiplome: string; libelle: string } | null | undefined): string {
  const diplome = specialite
    ? `${typographieFr(examenLibelle)}, spécialité ${typographieFr(specialite.libelle)} (${specialite.codeDiplome})`
    : typographieFr(examenLibelle);
  return fr`Précisez sur l'enveloppe : ${diplome}.`;
}

/**
 * How the confirmation's deadline relates to registration closing, when it is whole weeks later at
 * the same local time (NI: "au plus tard une semaine après la clôture du serveur d'inscription").
 */
export function delaiApresCloture(semaines: number): string {
  return `soit ${semaines === 1 ? "une semaine" : `${semaines} semaines`} après la clôture des inscriptions`;
}
