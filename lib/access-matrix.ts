// Who may use each page, server action and route handler of app/ [issue 7 §8]: see
// lib/access-matrix/presets.ts for the actors, outcomes and presets. The back office's rows are in
// lib/access-matrix/back-office.ts.
import {
  Actor,
  Role,
  ACTOR_PROFILES,
  Guard,
  PageRow,
  RouteHandlerRow,
  Observation,
  ActionRow,
  form,
  EVERYONE,
  SIGNED_IN,
  CANDIDATE,
  CANDIDATURE_OWNER_PAGE,
  CANDIDATURE_OWNER_ACTION,
  STAFF,
  ADMINS,
  NATIONAL_ADMIN,
  SIGNED_OUT_PAGE,
  INVENTE,
  MAUVAIS_MOT_DE_PASSE,
  NOUVEAU_MOT_DE_PASSE,
  STATE,
} from "./access-matrix/presets";
import { BACK_OFFICE_ACTIONS, BACK_OFFICE_PAGES, BACK_OFFICE_ROUTE_HANDLERS } from "./access-matrix/back-office";

export * from "./access-matrix/presets";

// ---- Pages ---------------------------------------------------------------------------------------

export const PAGES: Readonly<Record<string, PageRow>> = {
  "/vitrine/[page]": {
    guards: [],
    access: { anonymous: { redirect: "/" }, owner: { redirect: "/" }, otherCandidate: { redirect: "/" }, gestionnaire: { redirect: "/" }, otherGestionnaire: { redirect: "/" }, adminAcademie: { redirect: "/" }, adminNational: { redirect: "/" } },
    example: "/vitrine/accueil",
    why: "the home page and the closed sessions, served from the cache at / and /sessions (next.config.ts rewrites them here); asked for directly, proxy.ts sends each to its public page, anything else under /vitrine to /",
  },
  "/[...introuvable]": {
    guards: [],
    access: { anonymous: "not-found", owner: "not-found", otherCandidate: "not-found", gestionnaire: "not-found", otherGestionnaire: "not-found", adminAcademie: "not-found", adminNational: "not-found" },
    example: "/cette-page-n-existe-pas",
    why: "every address no other page matches: « Page non trouvée », drawn per request",
  },
  "/accessibilite": { guards: [], access: EVERYONE },
  "/sessions/[id]": { guards: [], access: EVERYONE, example: "/sessions/{session}" },
  "/connexion": { guards: [], access: SIGNED_OUT_PAGE },
  "/creer-compte": { guards: [], access: SIGNED_OUT_PAGE },
  "/creer-compte/courriel-envoye": { guards: [], access: EVERYONE },
  "/activer": { guards: [], access: EVERYONE, why: "the link's token is the authorisation" },
  "/activer/nouveau-lien": { guards: [], access: EVERYONE },
  "/confirmer-adresse": { guards: [], access: EVERYONE, why: "the link's token is the authorisation" },
  "/invitation": { guards: [], access: EVERYONE, why: "the link's token is the authorisation" },
  "/mot-de-passe/oublie": { guards: [], access: EVERYONE },
  "/mot-de-passe/nouveau": { guards: [], access: EVERYONE, why: "the link's token is the authorisation" },
  "/deconnexion": { guards: [], access: EVERYONE },
  "/espace": {
    guards: ["requireAccount"],
    access: { ...SIGNED_OUT_PAGE, anonymous: "sign-in" },
    why: "where sign-in lands: each account is sent to its home",
  },
  "/mon-compte": { guards: ["requireAccount"], access: SIGNED_IN },
  "/verifier": { guards: [], access: EVERYONE, why: "public: a GET form that leads to /verifier/<code>" },
  "/verifier/[code]": {
    guards: [],
    access: EVERYONE,
    example: "/verifier/ZZZZ-ZZZZ-ZZZZ",
    why: "public: a code of 60 random bits names one confirmation; masked name, no identity or address; limited per IP",
  },

  "/inscription": { guards: ["requireCandidate"], access: CANDIDATE },
  "/inscription/[sessionId]": { guards: ["requireCandidate"], access: CANDIDATE, example: "/inscription/{session}" },
  "/mes-candidatures": { guards: ["requireCandidate"], access: CANDIDATE, why: "lists the caller's own candidatures only" },
  "/mes-candidatures/[id]": {
    guards: ["requireCandidate"],
    access: { ...CANDIDATURE_OWNER_PAGE, owner: { redirect: "/mes-candidatures/{candidature}/" } },
    example: "/mes-candidatures/{candidature}",
    why: "sends the owner to the step reached or to the récapitulatif",
  },
  "/mes-candidatures/[id]/[etape]": { guards: ["requireCandidate"], access: CANDIDATURE_OWNER_PAGE, example: "/mes-candidatures/{candidature}/identification" },
  "/mes-candidatures/[id]/recapitulatif": { guards: ["requireCandidate"], access: CANDIDATURE_OWNER_PAGE, example: "/mes-candidatures/{candidature}/recapitulatif" },
  "/mes-candidatures/[id]/desinscription": { guards: ["requireCandidate"], access: CANDIDATURE_OWNER_PAGE, example: "/mes-candidatures/{candidature}/desinscription" },
  "/mes-candidatures/[id]/justificatifs": { guards: ["requireCandidate"], access: CANDIDATURE_OWNER_PAGE, example: "/mes-candidatures/{candidature}/justificatifs" },
  "/mes-candidatures/[id]/documents": { guards: ["requireCandidate"], access: CANDIDATURE_OWNER_PAGE, example: "/mes-candidatures/{candidature}/documents" },

  "/gestion": { guards: ["requireStaff"], access: STAFF },
  "/gestion/personnels": { guards: ["requireRole"], roles: ["ADMIN_ACADEMIE", "ADMIN_NATIONAL"], access: ADMINS },
  "/gestion/taches": { guards: ["requireRole"], roles: ["ADMIN_NATIONAL"], access: NATIONAL_ADMIN, why: "the job queue is the whole portal's" },
  ...BACK_OFFICE_PAGES,
};

// ---- Route handlers --------------------------------------------------------------------------------

export const ROUTE_HANDLERS: Readonly<Record<string, RouteHandlerRow>> = {
  "/api/health": { methods: { GET: { guards: [], access: EVERYONE } }, why: "a probe: says only whether the database answers" },
  "/api/ping": { methods: { GET: { guards: [], access: EVERYONE } }, why: "a probe for benchmarks" },
  "/mes-candidatures/[id]/documents/[documentId]": {
    methods: {
      GET: {
        guards: ["requireAccount"],
        access: { ...SIGNED_IN, owner: "not-found", otherCandidate: "not-found", gestionnaire: "not-found", otherGestionnaire: "not-found", adminAcademie: "not-found", adminNational: "not-found" },
      },
    },
    example: "/mes-candidatures/{candidature}/documents/inconnu",
    why: "a document of Mes documents other than a confirmation (the back office adds them): the played id exists for nobody; who reads an existing one (candidate, staff of its académie) is tested in tests/db/documents.db.test.ts",
  },
  "/mes-candidatures/[id]/confirmation/[version]": {
    methods: {
      GET: {
        guards: ["requireAccount"],
        access: { ...SIGNED_IN, otherCandidate: "not-found", otherGestionnaire: "not-found" },
      },
    },
    example: "/mes-candidatures/{candidature}/confirmation/1",
    why: "the sealed confirmation PDF: its candidate and the staff of its académie (peutLireDocuments); a 404 for anyone else",
  },
  "/mes-candidatures/[id]/justificatifs/[piece]/fichiers": {
    methods: {
      POST: {
        guards: ["requireCandidate"],
        access: { ...CANDIDATURE_OWNER_PAGE, owner: { redirect: "/mes-candidatures/{candidature}/justificatifs" } },
      },
    },
    example: "/mes-candidatures/{candidature}/justificatifs/{piece}/fichiers",
    why: "the upload: the owner's candidature and piece only (404 otherwise) before the body is read; an empty post sends the owner back to the page with its refusal",
  },
  "/mes-candidatures/[id]/[etape]/suivant": {
    methods: {
      POST: {
        guards: ["requireCandidate"],
        access: { ...CANDIDATE, owner: { redirect: "/mes-candidatures/{candidature}/identification" }, otherCandidate: { redirect: "/mes-candidatures/{candidature}/identification" } },
      },
    },
    example: "/mes-candidatures/{candidature}/identification/suivant",
    why: "Suivant as the step's script posts it (header, origin, size checked before the body is read): a post without the script's header reads nothing and goes back to the step, whose page then decides (another candidate's reads as unknown); saved only through save-step, scoped by owner (tests/db/formulaire-script.db.test.ts)",
  },
  "/mes-candidatures/[id]/recapitulatif/enregistrer": {
    methods: {
      POST: {
        guards: ["requireCandidate"],
        access: { ...CANDIDATE, owner: { redirect: "/mes-candidatures/{candidature}/recapitulatif" }, otherCandidate: { redirect: "/mes-candidatures/{candidature}/recapitulatif" } },
      },
    },
    example: "/mes-candidatures/{candidature}/recapitulatif/enregistrer",
    why: "ENREGISTRER as the récapitulatif's script posts it: as …/suivant, then enregistrerCandidature, scoped by owner",
  },
  "/mes-candidatures/[id]/justificatifs/fichiers/[fichierId]": {
    methods: {
      GET: {
        guards: ["requireAccount"],
        access: { ...SIGNED_IN, otherCandidate: "not-found", otherGestionnaire: "not-found" },
      },
    },
    example: "/mes-candidatures/{candidature}/justificatifs/fichiers/{fichier}",
    why: "a deposited file: its candidate and the staff of its académie (lire-fichier.ts scopes the query); a 404 for anyone else",
  },
  ...BACK_OFFICE_ROUTE_HANDLERS,
};

// ---- Server actions (file#export, as in the build's server-reference manifest) --------------------

const OWNER_RECAP: Observation = { as: "owner", path: "/mes-candidatures/{candidature}/recapitulatif" };
const OWNER_JUSTIFICATIFS: Observation = { as: "owner", path: "/mes-candidatures/{candidature}/justificatifs" };

export const SERVER_ACTIONS: Readonly<Record<string, ActionRow>> = {
  // The candidate's space.
  "app/(candidat)/inscription/[sessionId]/actions.ts#commencer": {
    guards: ["requireCandidate"],
    access: CANDIDATE,
    args: [STATE, form({ sessionId: "{session}", modalitesAcceptees: "on" })],
    why: "any candidate may start a candidature in an open session; one per account and session",
  },
  "app/(candidat)/mes-candidatures/[id]/[etape]/actions.ts#enregistrerEtape": {
    guards: ["requireCandidate"],
    access: CANDIDATURE_OWNER_ACTION,
    args: [
      "{candidature}",
      "identification",
      STATE,
      form({ revision: "{revision}", adresse: "1 rue de l’Intrus", codePostal: "63000", commune: "Clermont-Ferrand", pays: "FR", pcsRepresentantLegal: "61", telephone: "06 12 34 56 78" }),
    ],
    observe: OWNER_RECAP,
  },
  "app/(candidat)/mes-candidatures/[id]/recapitulatif/actions.ts#enregistrer": {
    guards: ["requireCandidate"],
    access: CANDIDATURE_OWNER_ACTION,
    args: ["{candidature}", STATE, form({ revision: "{revision}" })],
    observe: OWNER_RECAP,
  },
  "app/(candidat)/mes-candidatures/[id]/desinscription/actions.ts#seDesinscrire": {
    guards: ["requireCandidate"],
    access: CANDIDATURE_OWNER_ACTION,
    args: ["{candidature}", STATE, form({ revision: "{revision}", confirmation: "on" })],
    observe: OWNER_RECAP,
  },
  "app/(candidat)/mes-candidatures/[id]/justificatifs/actions.ts#supprimer": {
    guards: ["requireCandidate"],
    access: CANDIDATURE_OWNER_ACTION,
    args: ["{candidature}", STATE, form({ fichierId: "{fichier}", piece: "{piece}" })],
    observe: OWNER_JUSTIFICATIFS,
    why: "deletes the owner's file while its piece is open; another candidate's call finds no such file",
  },
  "app/(candidat)/mes-candidatures/[id]/justificatifs/actions.ts#fournir": {
    guards: ["requireCandidate"],
    access: CANDIDATURE_OWNER_ACTION,
    args: ["{candidature}", STATE, form({})],
    observe: OWNER_JUSTIFICATIFS,
  },
  "app/(candidat)/mon-compte/actions.ts#modifierIdentite": {
    guards: ["requireCandidate"],
    access: CANDIDATE,
    args: [STATE, form({ civilite: "MONSIEUR", nomNaissance: "Intrus", nomUsage: "", prenoms: "Alex", dateNaissance: "01/01/2000", paysNaissance: "FR" })],
    why: "acts on the caller's own account only; staff identities are not edited here",
  },
  "app/(candidat)/mon-compte/actions.ts#changerAdresse": {
    guards: ["requireAccount"],
    access: SIGNED_IN,
    args: [STATE, form({ email: "{email}", emailConfirmation: "{email}", currentPassword: MAUVAIS_MOT_DE_PASSE })],
    why: "acts on the caller's own account, behind its current password",
  },
  "app/(candidat)/mon-compte/actions.ts#changerMotDePasse": {
    guards: ["requireAccount"],
    access: SIGNED_IN,
    args: [STATE, form({ currentPassword: MAUVAIS_MOT_DE_PASSE, password: NOUVEAU_MOT_DE_PASSE, passwordConfirmation: NOUVEAU_MOT_DE_PASSE })],
    why: "acts on the caller's own account, behind its current password",
  },

  // The staff area.
  "app/(gestion)/gestion/personnels/actions.ts#inviterPersonnel": {
    guards: ["requireRole"],
    roles: ["ADMIN_ACADEMIE", "ADMIN_NATIONAL"],
    access: ADMINS,
    args: [STATE, form({ role: "GESTIONNAIRE", academieId: "{academie}", email: "{email}", nomNaissance: "Intrus", prenoms: "Alex" })],
    observe: { as: "adminNational", path: "/gestion/personnels" },
    forged: [
      {
        why: "an admin d'académie invites only for their own académie",
        args: [STATE, form({ role: "GESTIONNAIRE", academieId: "{autreAcademie}", email: "{email}", nomNaissance: "Intrus", prenoms: "Alex" })],
        access: { ...ADMINS, adminAcademie: "refused" },
        observe: { as: "adminNational", path: "/gestion/personnels" },
      },
    ],
  },

  "app/(gestion)/gestion/personnels/actions.ts#changerEtatPersonnel": {
    guards: ["requireRole"],
    roles: ["ADMIN_ACADEMIE", "ADMIN_NATIONAL"],
    access: { ...ADMINS, adminAcademie: "refused", adminNational: "refused" },
    args: [STATE, form({ accountId: "{autreAcademie}", actif: "0" })],
    observe: { as: "adminNational", path: "/gestion/personnels" },
    why: "the target is read WHERE it is staff of the admin's académie (any staff for a national admin): an id that is no such account is refused, nothing changes (cross-académie refusals: tests/db/personnels.db.test.ts)",
  },
  "app/(gestion)/gestion/taches/actions.ts#relancerTache": {
    guards: ["requireRole"],
    roles: ["ADMIN_NATIONAL"],
    access: NATIONAL_ADMIN,
    args: [form({ name: "courriel", id: "00000000-0000-4000-8000-000000000000" })],
  },

  // Public forms: the form itself, or the token a link carries, is the authorisation.
  "app/(public)/verifier/[code]/actions.ts#verifierFichier": {
    guards: [],
    access: EVERYONE,
    args: ["ZZZZ-ZZZZ-ZZZZ", STATE, form({})],
    why: "compares a file with the stored HMAC; keeps nothing, limited per IP",
  },
  "app/(public)/connexion/actions.ts#seConnecter": { guards: [], access: EVERYONE, args: [STATE, form({ email: "{email}", password: MAUVAIS_MOT_DE_PASSE })] },
  "app/(public)/creer-compte/actions.ts#creerCompte": { guards: [], access: EVERYONE, args: [STATE, form({ email: "{email}" })] },
  "app/(public)/activer/actions.ts#activer": { guards: [], access: EVERYONE, args: [STATE, form({ token: INVENTE })] },
  "app/(public)/activer/nouveau-lien/actions.ts#demanderNouveauLien": { guards: [], access: EVERYONE, args: [STATE, form({ email: "{email}" })] },
  "app/(public)/confirmer-adresse/actions.ts#confirmerAdresse": { guards: [], access: EVERYONE, args: [STATE, form({ token: INVENTE })] },
  "app/(public)/invitation/actions.ts#accepterInvitation": {
    guards: [],
    access: EVERYONE,
    args: [STATE, form({ token: INVENTE, password: NOUVEAU_MOT_DE_PASSE, passwordConfirmation: NOUVEAU_MOT_DE_PASSE })],
  },
  "app/(public)/mot-de-passe/oublie/actions.ts#demanderReinitialisation": { guards: [], access: EVERYONE, args: [STATE, form({ email: "{email}" })] },
  "app/(public)/mot-de-passe/nouveau/actions.ts#choisirNouveauMotDePasse": {
    guards: [],
    access: EVERYONE,
    args: [STATE, form({ token: INVENTE, password: NOUVEAU_MOT_DE_PASSE, passwordConfirmation: NOUVEAU_MOT_DE_PASSE })],
  },
  "app/(public)/deconnexion/actions.ts#seDeconnecter": { guards: [], access: EVERYONE, args: [], signsOut: true, why: "harmless when signed out" },
  ...BACK_OFFICE_ACTIONS,
};

/** What a guard alone decides for an actor: null when it lets the actor through. */
export function guardOutcome(guards: readonly Guard[], roles: readonly Role[] | undefined, actor: Actor): "sign-in" | "not-found" | null {
  if (guards.length === 0) return null;
  const profile = ACTOR_PROFILES[actor];
  if (!profile) return "sign-in";
  for (const guard of guards) {
    const allowed =
      guard === "requireAccount"
        ? true
        : guard === "requireCandidate"
          ? profile.role === "CANDIDAT"
          : guard === "requireStaff"
            ? profile.role !== "CANDIDAT"
            : guard === "requireRole"
              ? (roles ?? []).includes(profile.role)
              : profile.role === "ADMIN_NATIONAL" || (profile.role !== "CANDIDAT" && profile.sameAcademie === true);
    if (!allowed) return "not-found";
  }
  return null;
}

/** "/mes-candidatures/[id]" for "app/(candidat)/mes-candidatures/[id]/page.tsx": groups and slots leave the URL. */
export function routePath(file: string): string {
  const segments = file.split("/").slice(1, -1).filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  return `/${segments.join("/")}`;
}
