// What a saved candidature says, as "terme : valeur" rows in French: one source for the
// récapitulatif page and the confirmation d'inscription (PDF), so that the candidate signs the
// words they checked on screen.
import { formatNote } from "./format";
import type { EpreuveStatut } from "./epreuves";
import { ACQUIS_LIBELLES, DIPLOME_LIBELLES, DISCIPLINE_LIBELLES, EPS_LIBELLES, FORME_LIBELLES, ROUTE_LIBELLES } from "./libelles";
import type { AcquisData, EpreuvesData, IdentificationData, InformationsData, QualificationData } from "./schemas";
import type { DisciplineDispensable } from "./types";
import { libellePcs } from "../data/pcs";
import { nomPays } from "../pays";

export type Ligne = readonly [terme: string, valeur: string];

const NBSP = "\u00a0";
const ouiNon = (v: boolean | undefined) => (v === undefined ? "—" : v ? "Oui" : "Non");

/** "12 rue de l’Exemple, Bât. B, 63000 Clermont-Ferrand, France". */
export function adresseLigne(data: Pick<IdentificationData, "adresse" | "complement" | "codePostal" | "commune" | "pays">): string {
  return [data.adresse, data.complement, `${data.codePostal} ${data.commune}`, nomPays(data.pays)].filter(Boolean).join(", ");
}

export function lignesIdentification(data: IdentificationData): Ligne[] {
  return [
    ["Adresse", adresseLigne(data)],
    ["Catégorie socio-professionnelle d’un représentant légal", libellePcs(data.pcsRepresentantLegal) ?? data.pcsRepresentantLegal],
    ["Téléphone", [data.telephone, data.telephone2].filter(Boolean).join(", ")],
  ];
}

export function lignesInformations(data: InformationsData): Ligne[] {
  const lignes: Ligne[] = [["Type de candidature", ROUTE_LIBELLES[data.typeCandidature]]];
  if (data.organisme) lignes.push(["Établissement ou organisme", data.organisme]);
  if (data.typeCandidature === "DEJA_PRESENTE") {
    lignes.push(["Dernière session", String(data.sessionPrecedente ?? "—")]);
    if (data.formePrecedente) lignes.push(["Forme de passage à cette session", FORME_LIBELLES[data.formePrecedente]]);
    lignes.push(["Ajourné à cette session", ouiNon(data.ajourne)]);
  }
  lignes.push(["Handicap", ouiNon(data.handicap)]);
  if (data.handicap) lignes.push(["Aménagement d’épreuves déjà notifié", ouiNon(data.amenagementExistant)]);
  lignes.push(["Recensement ou JDC", "Déclaré en règle"]);
  lignes.push(["Diffusion des résultats", [data.diffusionPresse && "presse", data.diffusionInternet && "internet"].filter(Boolean).join(" et ") || "refusée"]);
  return lignes;
}

type Catalogue = readonly { codeDiplome: string; libelle: string }[];

/** The spécialité's label from the exam's catalogue, else its code. */
export function libelleSpecialite(code: string, catalogue: Catalogue = []): string {
  return catalogue.find((s) => s.codeDiplome === code)?.libelle ?? code;
}

export function lignesQualification(data: QualificationData, catalogue: Catalogue = []): Ligne[] {
  return [
    ["Spécialité", libelleSpecialite(data.specialiteCode, catalogue)],
    ["Forme de passage", FORME_LIBELLES[data.formePassage]],
  ];
}

export function lignesAcquis(data: AcquisData, catalogue: Catalogue = []): Ligne[] {
  const lignes: Ligne[] = [["Possibilité choisie", ACQUIS_LIBELLES[data.type]]];
  switch (data.type) {
    case "BENEFICES_NOTES":
      lignes.push(["Notes conservées", data.benefices.map((b) => `${b.epreuveCode}${NBSP}: ${formatNote(b.note)}/20 (session ${b.sessionAnnee})`).join(`${NBSP}; `)]);
      break;
    case "DISPENSES_DIPLOME":
      lignes.push(["Diplôme", DIPLOME_LIBELLES[data.diplome]], ["Dispenses demandées", data.disciplines.map((d) => DISCIPLINE_LIBELLES[d]).join(", ")]);
      break;
    case "AUTRE_SPECIALITE":
      lignes.push(["Autre spécialité", libelleSpecialite(data.autreSpecialiteCode, catalogue)], ["Session", String(data.anneeObtention)], ["Épreuves dispensées", data.epreuves.join(", ")]);
      break;
    case "DISPENSES_VAE":
      lignes.push(["Décision du jury de VAE", String(data.anneeObtention)], ["Épreuves dispensées", data.epreuves.join(", ")]);
      break;
    case "AUCUN":
      break;
  }
  return lignes;
}

/** The choices of step 5; the LVA and the EPS only when the spécialité asked for them. */
export function lignesEpreuves(data: EpreuvesData): Ligne[] {
  const lignes: Ligne[] = [];
  if (data.lva) lignes.push(["Langue vivante A", data.lva]);
  if (data.lvb) lignes.push(["Langue vivante B", data.lvb]);
  if (data.epsChoix) lignes.push(["Éducation physique et sportive", EPS_LIBELLES[data.epsChoix]]);
  if (data.epsChoix && data.epsActivites.length > 0) lignes.push([data.epsChoix === "ADAPTEE" ? "Activité adaptée" : "Activités", data.epsActivites.join(", ")]);
  lignes.push(["Langue vivante facultative", data.lvf ?? "Aucune"]);
  if (data.facultatives.length > 0) lignes.push(["Autres épreuves facultatives", data.facultatives.join(", ")]);
  return lignes;
}

const STATUT_EPREUVE: Record<EpreuveStatut["statut"], string> = { INSCRIT: "Inscrit", DISPENSE: "Dispensé", BENEFICE: "Bénéfice" };

/** "Inscrit", "Dispensé", "Bénéfice (note conservée : 12,5/20)", "Inscrit (dispensé de français)". */
export function statutEpreuveTexte(s: EpreuveStatut): string {
  if (s.statut === "BENEFICE" && s.note !== undefined) return `Bénéfice (note conservée${NBSP}: ${formatNote(s.note)}/20)`;
  if (s.disciplinesDispensees?.length) return `Inscrit (dispensé de ${s.disciplinesDispensees.map((d) => DISCIPLINE_LIBELLES[d as DisciplineDispensable] ?? d).join(", ")})`;
  return STATUT_EPREUVE[s.statut];
}

/** "E1 – Épreuve scientifique et technique". */
export function epreuveTexte(s: Pick<EpreuveStatut, "code" | "libelle">): string {
  return `${s.code} – ${s.libelle}`;
}
