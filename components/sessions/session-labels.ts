import type { WindowState } from "@/lib/domain/calendar";

// Pure display helpers for the session lists and pages (unit-tested beside).

import { deNom } from "@/lib/domain/typographie";

export { NBSP, typographieFr } from "@/lib/domain/typographie";

/** "Académie de Nancy-Metz", "Académie d’Aix-Marseille" (elision before a vowel); "académie de…" inside a sentence. */
export function academieLabel(nom: string, majuscule = true): string {
  const trimmed = nom.trim();
  const label = /^acad[ée]mie\b/i.test(trimmed)
    ? `académie${trimmed.slice("académie".length)}`
    : `académie ${deNom(trimmed)}`;
  return majuscule ? `A${label.slice(1)}` : label;
}

export type EtatDisplay = { badge: string; titre: string; severity: "success" | "info" | undefined };

// Badge words of the brief: "Ouvertes", "À venir", "Closes" (inscriptions is feminine plural).
export const ETAT_DISPLAY: Record<WindowState, EtatDisplay> = {
  OUVERTE: { badge: "Ouvertes", titre: "Inscriptions ouvertes", severity: "success" },
  A_VENIR: { badge: "À venir", titre: "Inscriptions à venir", severity: "info" },
  CLOSE: { badge: "Closes", titre: "Inscriptions closes", severity: undefined },
};

export type GroupableSession = {
  etat: WindowState;
  inscription: { opensAt: Date; closesAt: Date };
  academie: { nom: string };
  examen: { ordre: number };
};

export type SessionsByEtat<T> = { ouvertes: T[]; aVenir: T[]; closes: T[] };

const byAcademieThenExamen = (a: GroupableSession, b: GroupableSession) =>
  a.academie.nom.localeCompare(b.academie.nom, "fr") || a.examen.ordre - b.examen.ordre;

/**
 * Splits sessions by the state of their registration window. Open and upcoming ones read by
 * académie then exam; closed ones most recent first, since a candidate looks for the last one.
 */
export function groupSessionsByEtat<T extends GroupableSession>(sessions: readonly T[]): SessionsByEtat<T> {
  const pick = (etat: WindowState) => sessions.filter((s) => s.etat === etat);
  return {
    ouvertes: pick("OUVERTE").toSorted(byAcademieThenExamen),
    aVenir: pick("A_VENIR").toSorted(byAcademieThenExamen),
    closes: pick("CLOSE").toSorted(
      (a, b) => b.inscription.closesAt.getTime() - a.inscription.closesAt.getTime() || byAcademieThenExamen(a, b),
    ),
  };
}

/** Consecutive runs of items sharing a key, in order: [{ key, items }]. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): { key: string; items: T[] }[] {
  const groups: { key: string; items: T[] }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = groups.at(-1);
    if (last && last.key === key) last.items.push(item);
    else groups.push({ key, items: [item] });
  }
  return groups;
}

/** "tel:+33199001301" from a French number as typed ("01 99 00 13 01"); other formats kept as digits. */
export function telHref(telephone: string): string {
  const digits = telephone.replace(/[^\d+]/g, "");
  return /^0\d{9}$/.test(digits) ? `tel:+33${digits.slice(1)}` : `tel:${digits}`;
}

/** Lines of a multi-line text from the database (address, informations), blank ones dropped. */
export function textLines(text: string | null | undefined): string[] {
  return (text ?? "").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
}

/** "54, 55, 57 et 88": a French enumeration. */
export function listeFr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} et ${items.at(-1)}`;
}

