-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CANDIDAT', 'GESTIONNAIRE', 'ADMIN_ACADEMIE', 'ADMIN_NATIONAL');

-- CreateEnum
CREATE TYPE "Civilite" AS ENUM ('MADAME', 'MONSIEUR');

-- CreateEnum
CREATE TYPE "TokenKind" AS ENUM ('ACTIVATION', 'PASSWORD_RESET', 'EMAIL_CHANGE', 'INVITATION');

-- CreateEnum
CREATE TYPE "ExamenCode" AS ENUM ('BAC_PRO', 'CAP', 'BP', 'MC');

-- CreateEnum
CREATE TYPE "Secteur" AS ENUM ('PRODUCTION', 'SERVICES');

-- CreateEnum
CREATE TYPE "EpreuveNature" AS ENUM ('OBLIGATOIRE', 'FACULTATIVE', 'CONTROLE');

-- CreateEnum
CREATE TYPE "PieceMode" AS ENUM ('UPLOAD', 'POSTAL');

-- CreateEnum
CREATE TYPE "CandidatureStatut" AS ENUM ('BROUILLON', 'ENREGISTREE', 'DESINSCRITE', 'ANNULEE');

-- CreateEnum
CREATE TYPE "JustificatifStatut" AS ENUM ('ATTENDU', 'DEPOSE', 'RECUE', 'NON_CONFORME', 'CONFORME');

-- CreateEnum
CREATE TYPE "DocumentType" AS ENUM ('CONFIRMATION_INSCRIPTION', 'DEMANDE_PIECES', 'RELANCE_PIECES', 'NOTIFICATION_AMENAGEMENT', 'CONVOCATION', 'RELEVE_NOTES');

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailNormalized" TEXT NOT NULL,
    "civilite" "Civilite",
    "nomNaissance" TEXT NOT NULL,
    "nomUsage" TEXT,
    "prenoms" TEXT NOT NULL,
    "dateNaissance" DATE,
    "paysNaissance" TEXT,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL DEFAULT 'CANDIDAT',
    "academieId" TEXT,
    "activatedAt" TIMESTAMP(3),
    "disabledAt" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountToken" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "kind" "TokenKind" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "newEmail" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthSession" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" TEXT NOT NULL,
    "emailNormalized" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Academie" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "nom" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "departements" TEXT[],
    "adressePostale" TEXT,
    "amenagementUrl" TEXT,
    "siteUrl" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Academie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AcademieContact" (
    "id" TEXT NOT NULL,
    "academieId" TEXT NOT NULL,
    "libelle" TEXT NOT NULL,
    "email" TEXT,
    "telephone" TEXT,
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AcademieContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Examen" (
    "id" TEXT NOT NULL,
    "code" "ExamenCode" NOT NULL,
    "libelle" TEXT NOT NULL,
    "libelleCourt" TEXT NOT NULL,
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Examen_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Specialite" (
    "id" TEXT NOT NULL,
    "codeDiplome" TEXT NOT NULL,
    "libelle" TEXT NOT NULL,
    "examenId" TEXT NOT NULL,
    "secteur" "Secteur" NOT NULL,
    "nbLanguesObligatoires" INTEGER NOT NULL DEFAULT 1,
    "travailEnHauteur" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Specialite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Epreuve" (
    "id" TEXT NOT NULL,
    "examenId" TEXT NOT NULL,
    "specialiteId" TEXT,
    "code" TEXT NOT NULL,
    "libelle" TEXT NOT NULL,
    "nature" "EpreuveNature" NOT NULL DEFAULT 'OBLIGATOIRE',
    "discipline" TEXT,
    "coefficient" DECIMAL(4,2),
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Epreuve_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PieceType" (
    "code" TEXT NOT NULL,
    "libelle" TEXT NOT NULL,
    "rubrique" TEXT NOT NULL,
    "ordre" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PieceType_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "academieId" TEXT NOT NULL,
    "examenId" TEXT NOT NULL,
    "annee" INTEGER NOT NULL,
    "libelle" TEXT NOT NULL,
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "publiee" BOOLEAN NOT NULL DEFAULT true,
    "inscriptionOuverture" TIMESTAMP(3) NOT NULL,
    "inscriptionOuvertureLocal" TEXT NOT NULL,
    "inscriptionCloture" TIMESTAMP(3) NOT NULL,
    "inscriptionClotureLocal" TEXT NOT NULL,
    "depotOuverture" TIMESTAMP(3),
    "depotOuvertureLocal" TEXT,
    "depotCloture" TIMESTAMP(3),
    "depotClotureLocal" TEXT,
    "confirmationLimite" TIMESTAMP(3),
    "confirmationLimiteLocal" TEXT,
    "epsDate" TIMESTAMP(3),
    "epsDateLocal" TEXT,
    "languesLva" TEXT[],
    "languesLvb" TEXT[],
    "languesLvf" TEXT[],
    "activitesEps" TEXT[],
    "activitesEpsAdaptees" TEXT[],
    "informations" TEXT,
    "configVersion" INTEGER NOT NULL DEFAULT 1,
    "numeroSequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionPiece" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "pieceCode" TEXT NOT NULL,
    "mode" "PieceMode" NOT NULL DEFAULT 'UPLOAD',

    CONSTRAINT "SessionPiece_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Candidature" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "specialiteId" TEXT,
    "statut" "CandidatureStatut" NOT NULL DEFAULT 'BROUILLON',
    "numero" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "donnees" JSONB NOT NULL DEFAULT '{}',
    "brouillon" JSONB,
    "etapeCourante" INTEGER NOT NULL DEFAULT 1,
    "configVersion" INTEGER NOT NULL DEFAULT 1,
    "modalitesAccepteesAt" TIMESTAMP(3),
    "premierEnregistrementAt" TIMESTAMP(3),
    "dernierEnregistrementAt" TIMESTAMP(3),
    "brouillonSauveAt" TIMESTAMP(3),
    "piecesFourniesAt" TIMESTAMP(3),
    "desinscriteAt" TIMESTAMP(3),
    "annuleeAt" TIMESTAMP(3),
    "motifAnnulation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Candidature_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CandidatureVersion" (
    "id" TEXT NOT NULL,
    "candidatureId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "donnees" JSONB NOT NULL,
    "configVersion" INTEGER NOT NULL,
    "savedAt" TIMESTAMP(3) NOT NULL,
    "savedById" TEXT,

    CONSTRAINT "CandidatureVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Justificatif" (
    "id" TEXT NOT NULL,
    "candidatureId" TEXT NOT NULL,
    "pieceCode" TEXT NOT NULL,
    "motif" TEXT NOT NULL,
    "mode" "PieceMode" NOT NULL,
    "statut" "JustificatifStatut" NOT NULL DEFAULT 'ATTENDU',
    "commentaire" TEXT,
    "deposeAt" TIMESTAMP(3),
    "recuAt" TIMESTAMP(3),
    "valideAt" TIMESTAMP(3),
    "caduc" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Justificatif_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JustificatifFichier" (
    "id" TEXT NOT NULL,
    "justificatifId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "nomOriginal" TEXT NOT NULL,
    "typeMime" TEXT NOT NULL,
    "taille" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "deposeAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supprimeAt" TIMESTAMP(3),

    CONSTRAINT "JustificatifFichier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "candidatureId" TEXT NOT NULL,
    "type" "DocumentType" NOT NULL,
    "titre" TEXT NOT NULL,
    "storageKey" TEXT,
    "candidatureVersion" INTEGER,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "actorRole" "Role",
    "academieId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Account_emailNormalized_key" ON "Account"("emailNormalized");

-- CreateIndex
CREATE INDEX "Account_role_academieId_idx" ON "Account"("role", "academieId");

-- CreateIndex
CREATE INDEX "Account_activatedAt_createdAt_idx" ON "Account"("activatedAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AccountToken_tokenHash_key" ON "AccountToken"("tokenHash");

-- CreateIndex
CREATE INDEX "AccountToken_accountId_kind_idx" ON "AccountToken"("accountId", "kind");

-- CreateIndex
CREATE INDEX "AuthSession_accountId_idx" ON "AuthSession"("accountId");

-- CreateIndex
CREATE INDEX "LoginAttempt_emailNormalized_at_idx" ON "LoginAttempt"("emailNormalized", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_ip_at_idx" ON "LoginAttempt"("ip", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Academie_code_key" ON "Academie"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Academie_slug_key" ON "Academie"("slug");

-- CreateIndex
CREATE INDEX "AcademieContact_academieId_idx" ON "AcademieContact"("academieId");

-- CreateIndex
CREATE UNIQUE INDEX "Examen_code_key" ON "Examen"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Specialite_codeDiplome_key" ON "Specialite"("codeDiplome");

-- CreateIndex
CREATE INDEX "Specialite_examenId_idx" ON "Specialite"("examenId");

-- CreateIndex
CREATE UNIQUE INDEX "Epreuve_examenId_specialiteId_code_key" ON "Epreuve"("examenId", "specialiteId", "code");

-- CreateIndex
CREATE INDEX "Session_inscriptionOuverture_inscriptionCloture_idx" ON "Session"("inscriptionOuverture", "inscriptionCloture");

-- CreateIndex
CREATE UNIQUE INDEX "Session_academieId_examenId_annee_key" ON "Session"("academieId", "examenId", "annee");

-- CreateIndex
CREATE UNIQUE INDEX "SessionPiece_sessionId_pieceCode_key" ON "SessionPiece"("sessionId", "pieceCode");

-- CreateIndex
CREATE INDEX "Candidature_sessionId_statut_idx" ON "Candidature"("sessionId", "statut");

-- CreateIndex
CREATE UNIQUE INDEX "Candidature_accountId_sessionId_key" ON "Candidature"("accountId", "sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Candidature_sessionId_numero_key" ON "Candidature"("sessionId", "numero");

-- CreateIndex
CREATE UNIQUE INDEX "CandidatureVersion_candidatureId_version_key" ON "CandidatureVersion"("candidatureId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "Justificatif_candidatureId_pieceCode_key" ON "Justificatif"("candidatureId", "pieceCode");

-- CreateIndex
CREATE UNIQUE INDEX "JustificatifFichier_storageKey_key" ON "JustificatifFichier"("storageKey");

-- CreateIndex
CREATE INDEX "JustificatifFichier_justificatifId_idx" ON "JustificatifFichier"("justificatifId");

-- CreateIndex
CREATE INDEX "Document_candidatureId_idx" ON "Document"("candidatureId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_at_idx" ON "AuditEvent"("actorId", "at");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_academieId_fkey" FOREIGN KEY ("academieId") REFERENCES "Academie"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AccountToken" ADD CONSTRAINT "AccountToken_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AcademieContact" ADD CONSTRAINT "AcademieContact_academieId_fkey" FOREIGN KEY ("academieId") REFERENCES "Academie"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Specialite" ADD CONSTRAINT "Specialite_examenId_fkey" FOREIGN KEY ("examenId") REFERENCES "Examen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Epreuve" ADD CONSTRAINT "Epreuve_examenId_fkey" FOREIGN KEY ("examenId") REFERENCES "Examen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Epreuve" ADD CONSTRAINT "Epreuve_specialiteId_fkey" FOREIGN KEY ("specialiteId") REFERENCES "Specialite"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_academieId_fkey" FOREIGN KEY ("academieId") REFERENCES "Academie"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_examenId_fkey" FOREIGN KEY ("examenId") REFERENCES "Examen"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionPiece" ADD CONSTRAINT "SessionPiece_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionPiece" ADD CONSTRAINT "SessionPiece_pieceCode_fkey" FOREIGN KEY ("pieceCode") REFERENCES "PieceType"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidature" ADD CONSTRAINT "Candidature_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidature" ADD CONSTRAINT "Candidature_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidature" ADD CONSTRAINT "Candidature_specialiteId_fkey" FOREIGN KEY ("specialiteId") REFERENCES "Specialite"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CandidatureVersion" ADD CONSTRAINT "CandidatureVersion_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "Candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Justificatif" ADD CONSTRAINT "Justificatif_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "Candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JustificatifFichier" ADD CONSTRAINT "JustificatifFichier_justificatifId_fkey" FOREIGN KEY ("justificatifId") REFERENCES "Justificatif"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "Candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_academieId_fkey" FOREIGN KEY ("academieId") REFERENCES "Academie"("id") ON DELETE SET NULL ON UPDATE CASCADE;

