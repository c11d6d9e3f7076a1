// Who may use each page, server action and route handler of app/ [issue 7 §8]: one row each,
// saying for every actor what must happen, as the guards of lib/server/auth/guards.ts and the
// services' own scoping (WHERE "accountId" = …) decide today. Pure data, no I/O.
//
// - tests/unit/access-matrix.test.ts discovers the routes and actions from app/ and fails, naming
//   them, when one has no row (or a row names a route that is gone); it also reads which guard
//   each file calls and checks that the row says what that guard does.
// - tests/e2e/access-matrix.spec.ts plays every cell against a production server: pages and route
//   handlers requested as each actor, server actions POSTed directly (Next-Action header, forged
//   arguments), with a before/after look at what a refused call must not have changed.
//
// Adding a row: copy the closest one, or the row the unit test's failure suggests. `access` starts
// from the preset of the guard the code calls (EVERYONE, SIGNED_IN, CANDIDATE, STAFF, ADMINS,
// NATIONAL_ADMIN, MANAGERS, CANDIDATURE_OWNER_*) and overrides the cells the service decides. Placeholders in examples and arguments are filled by the e2e test: {candidature}
// (the owner's candidature), {revision} (its current revision, so that only ownership can stop a
// forged write), {session} (its session), {academie} (its académie), {autreAcademie} (another
// académie), {email} (a fresh address for each call), {fichier} (a file the owner deposited on the
// piece {piece} of that candidature).

/**
 * The people the matrix is played with. "The" académie is the one of the owner's candidature:
 * gestionnaire and adminAcademie belong to it, otherGestionnaire to another one.
 */
export const ACTORS = ["anonymous", "owner", "otherCandidate", "gestionnaire", "otherGestionnaire", "adminAcademie", "adminNational"] as const;
export type Actor = (typeof ACTORS)[number];

export type Role = "CANDIDAT" | "GESTIONNAIRE" | "ADMIN_ACADEMIE" | "ADMIN_NATIONAL";

/** Each actor's role, and whether its académie is the resource's (null: no académie). */
export const ACTOR_PROFILES: Record<Actor, { role: Role; sameAcademie: boolean | null } | null> = {
  anonymous: null,
  owner: { role: "CANDIDAT", sameAcademie: null },
  otherCandidate: { role: "CANDIDAT", sameAcademie: null },
  gestionnaire: { role: "GESTIONNAIRE", sameAcademie: true },
  otherGestionnaire: { role: "GESTIONNAIRE", sameAcademie: false },
  adminAcademie: { role: "ADMIN_ACADEMIE", sameAcademie: true },
  adminNational: { role: "ADMIN_NATIONAL", sameAcademie: null },
};

/**
 * - allowed: the guards let the actor through (a page answers 200; an action does its work or
 *   answers its form).
 * - sign-in: signed out, sent to /connexion (a 307 for a page; for an action, a redirect).
 * - not-found: a 404, which does not even say that the page or the candidature exists.
 * - refused (actions): the guards pass but the service refuses, with a French message, because the
 *   thing is not the actor's (another candidate's candidature, another académie): nothing changes.
 * - { redirect }: the page sends this actor elsewhere (the start of the path, placeholders allowed).
 */
export type Outcome = "allowed" | "sign-in" | "not-found" | "refused" | { redirect: string };
export type Access = Readonly<Record<Actor, Outcome>>;

/** The guard functions of lib/server/auth/guards.ts; [] when the code calls none. */
export type Guard = "requireAccount" | "requireCandidate" | "requireStaff" | "requireRole" | "requireManager";

export type PageRow = {
  /** The guards the page calls (checked against its source). */
  guards: readonly Guard[];
  /** For requireRole: the roles it lets in (checked against its source). */
  roles?: readonly Role[];
  access: Access;
  /** The URL requested, for a path with [segments]. */
  example?: string;
  why?: string;
};

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
export type RouteHandlerRow = {
  /** Every method the route.ts exports: the guards its function calls, and who may call it. */
  methods: Partial<Record<HttpMethod, { guards: readonly Guard[]; roles?: readonly Role[]; access: Access }>>;
  example?: string;
  why?: string;
};

/** A FormData argument; values may hold placeholders. */
export type FormArg = { formData: Record<string, string | readonly string[]> };
export type Arg = string | number | boolean | null | FormArg | { readonly [key: string]: Arg } | readonly Arg[];

/** What the e2e test reads, as `as`, before and after a call that must change nothing. */
export type Observation = { as: Actor; path: string };

export type ActionCall = {
  /** Every argument, those the page binds first, then the form's (state, FormData). */
  args: readonly Arg[];
  access: Access;
  observe?: Observation;
  why?: string;
};

export type ActionRow = ActionCall & {
  guards: readonly Guard[];
  roles?: readonly Role[];
  /** Further forged calls of the same action, each with its own outcomes. */
  forged?: readonly ActionCall[];
  /** The call ends the actor's session: the e2e test plays it after every other row. */
  signsOut?: true;
};

/** The placeholders the e2e test fills in examples and arguments. */
export const PLACEHOLDERS = ["{candidature}", "{revision}", "{session}", "{academie}", "{autreAcademie}", "{email}", "{fichier}", "{piece}"] as const;

export const form = (values: Record<string, string | readonly string[]>): FormArg => ({ formData: values });

// ---- Presets: what each guard does on its own ---------------------------------------------------

/** No guard: a public page, or an action whose authorisation is its token or its form. */
export const EVERYONE: Access = {
  anonymous: "allowed",
  owner: "allowed",
  otherCandidate: "allowed",
  gestionnaire: "allowed",
  otherGestionnaire: "allowed",
  adminAcademie: "allowed",
  adminNational: "allowed",
};

/** requireAccount(): any signed-in account. */
export const SIGNED_IN: Access = { ...EVERYONE, anonymous: "sign-in" };

/** requireCandidate(): candidates only; staff get a 404. */
export const CANDIDATE: Access = {
  anonymous: "sign-in",
  owner: "allowed",
  otherCandidate: "allowed",
  gestionnaire: "not-found",
  otherGestionnaire: "not-found",
  adminAcademie: "not-found",
  adminNational: "not-found",
};

/** requireCandidate() and a candidature read WHERE "accountId" = the caller: another candidate's id reads as unknown. */
export const CANDIDATURE_OWNER_PAGE: Access = { ...CANDIDATE, otherCandidate: "not-found" };
export const CANDIDATURE_OWNER_ACTION: Access = { ...CANDIDATE, otherCandidate: "refused" };

/** requireStaff(): any staff role. */
export const STAFF: Access = {
  anonymous: "sign-in",
  owner: "not-found",
  otherCandidate: "not-found",
  gestionnaire: "allowed",
  otherGestionnaire: "allowed",
  adminAcademie: "allowed",
  adminNational: "allowed",
};

/** requireRole("ADMIN_ACADEMIE", "ADMIN_NATIONAL"). */
export const ADMINS: Access = { ...STAFF, gestionnaire: "not-found", otherGestionnaire: "not-found" };

/** requireRole("GESTIONNAIRE", "ADMIN_ACADEMIE"): the rectorat's back office, scoped to the staff member's académie. */
export const RECTORAT: Access = { ...STAFF, adminNational: "not-found" };

/** requireRole("ADMIN_ACADEMIE") then scopeOf: the académie's admin only. */
export const ADMIN_ACADEMIE_SEUL: Access = { ...RECTORAT, gestionnaire: "not-found", otherGestionnaire: "not-found" };

/** The back office on one candidature (or piece, file, document) read WHERE "academieId" = the manager's. */
export const RECTORAT_DOSSIER: Access = { ...RECTORAT, otherGestionnaire: "not-found" };
/** The same for a server action: another académie's candidature is refused, nothing changes. */
export const RECTORAT_DOSSIER_ACTION: Access = { ...RECTORAT, otherGestionnaire: "refused" };

/** requireRole("ADMIN_NATIONAL"). */
export const NATIONAL_ADMIN: Access = { ...ADMINS, adminAcademie: "not-found" };

/** requireManager(academieId) on the resource's académie. */
export const MANAGERS: Access = { ...STAFF, otherGestionnaire: "not-found" };

/** The presets by name, for the test's suggestions. */
export const PRESETS: Readonly<Record<string, Access>> = { EVERYONE, SIGNED_IN, CANDIDATE, STAFF, ADMINS, NATIONAL_ADMIN, MANAGERS, RECTORAT };

/** Pages for signed-out visitors: a signed-in account is sent to its home (homeFor). */
export const SIGNED_OUT_PAGE: Access = {
  anonymous: "allowed",
  owner: { redirect: "/mon-compte" },
  otherCandidate: { redirect: "/mon-compte" },
  gestionnaire: { redirect: "/gestion" },
  otherGestionnaire: { redirect: "/gestion" },
  adminAcademie: { redirect: "/gestion" },
  adminNational: { redirect: "/gestion" },
};

export const INVENTE = "jeton-invente-par-un-intrus";
export const MAUVAIS_MOT_DE_PASSE = "Pas-le-bon-2026!";
export const NOUVEAU_MOT_DE_PASSE = "Matrice-Acces-2026!";
export const STATE = { n: 0 };

