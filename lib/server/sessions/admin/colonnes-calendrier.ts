import "server-only";
import type { CalendrierInstants, CalendrierSaisi } from "@/lib/domain/session/calendrier";

/** The session's calendar columns: each instant and the local time as typed (null when left empty). */
export function colonnesCalendrier(instants: CalendrierInstants, saisi: Partial<CalendrierSaisi>) {
  const local = (champ: keyof CalendrierSaisi) => {
    const texte = (saisi[champ] ?? "").trim();
    return texte === "" ? null : texte;
  };
  return {
    inscriptionOuverture: instants.inscriptionOuverture,
    inscriptionOuvertureLocal: local("inscriptionOuverture") ?? "",
    inscriptionCloture: instants.inscriptionCloture,
    inscriptionClotureLocal: local("inscriptionCloture") ?? "",
    depotOuverture: instants.depotOuverture ?? null,
    depotOuvertureLocal: local("depotOuverture"),
    depotCloture: instants.depotCloture ?? null,
    depotClotureLocal: local("depotCloture"),
    confirmationLimite: instants.confirmationLimite ?? null,
    confirmationLimiteLocal: local("confirmationLimite"),
    epsDate: instants.epsDate ?? null,
    epsDateLocal: local("epsDate"),
  };
}
