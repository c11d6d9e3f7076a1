// What a change of a session's offered choices does to the candidatures saved under the previous
// configuration [issue 10 §3]: a language or an EPS activity withdrawn that someone chose makes
// their saved choice impossible. The académie then sees the dossiers it would affect and either
// gives up the change or applies it with each of them flagged for action. Pure.

export type ChoixOfferts = {
  languesLva: readonly string[];
  languesLvb: readonly string[];
  languesLvf: readonly string[];
  activitesEps: readonly string[];
  activitesEpsAdaptees: readonly string[];
  /** Codes diplôme offered; empty or absent: every spécialité of the exam. */
  specialitesOffertes?: readonly string[];
};

/** What a saved candidature chose (its Épreuves step). */
export type ChoixCandidature = { id: string; numero: string | null; lva?: string | null; lvb?: string | null; lvf?: string | null; epsChoix?: string | null; epsActivites?: readonly string[]; specialite?: string | null };

export type Atteinte = { champ: "lva" | "lvb" | "lvf" | "epsActivites" | "specialite"; valeur: string; message: string };
export type Impact = { candidatureId: string; numero: string | null; atteintes: Atteinte[] };

const retires = (avant: readonly string[], apres: readonly string[]) => new Set(avant.filter((v) => !apres.includes(v)));

/** The candidatures whose saved choices the new configuration withdraws, with what and why. */
export function impactsChangement(avant: ChoixOfferts, apres: ChoixOfferts, candidatures: readonly ChoixCandidature[]): Impact[] {
  const lva = retires(avant.languesLva, apres.languesLva);
  const lvb = retires(avant.languesLvb, apres.languesLvb);
  const lvf = retires(avant.languesLvf, apres.languesLvf);
  const eps = retires(avant.activitesEps, apres.activitesEps);
  const adaptees = retires(avant.activitesEpsAdaptees, apres.activitesEpsAdaptees);
  const offerte = (liste: readonly string[] | undefined, code: string) => !liste || liste.length === 0 || liste.includes(code);
  return candidatures.flatMap((c) => {
    const atteintes: Atteinte[] = [];
    if (c.specialite && offerte(avant.specialitesOffertes, c.specialite) && !offerte(apres.specialitesOffertes, c.specialite))
      atteintes.push({ champ: "specialite", valeur: c.specialite, message: `La spécialité ${c.specialite} n’est plus proposée dans cette session.` });
    if (c.lva && lva.has(c.lva)) atteintes.push({ champ: "lva", valeur: c.lva, message: `La langue vivante A « ${c.lva} » n’est plus proposée.` });
    if (c.lvb && lvb.has(c.lvb)) atteintes.push({ champ: "lvb", valeur: c.lvb, message: `La langue vivante B « ${c.lvb} » n’est plus proposée.` });
    if (c.lvf && lvf.has(c.lvf)) atteintes.push({ champ: "lvf", valeur: c.lvf, message: `La langue vivante facultative « ${c.lvf} » n’est plus proposée.` });
    const liste = c.epsChoix === "ADAPTEE" ? adaptees : eps;
    for (const activite of c.epsActivites ?? [])
      if (liste.has(activite)) atteintes.push({ champ: "epsActivites", valeur: activite, message: `L’activité d’EPS « ${activite} » n’est plus proposée.` });
    return atteintes.length ? [{ candidatureId: c.id, numero: c.numero, atteintes }] : [];
  });
}
