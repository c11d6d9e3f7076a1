-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "OperationType" AS ENUM ('DEMANDE_PIECES', 'RELANCE_PIECES', 'ANNULATION');

-- AlterEnum
ALTER TYPE "DocumentType" ADD VALUE 'ANNULATION';

-- AlterTable (academieId filled from the session before it becomes required; the names as
-- lib/domain/gestion/recherche.ts normalises them, close enough for rows written before it)
ALTER TABLE "Candidature" ADD COLUMN     "academieId" TEXT,
ADD COLUMN     "nomTri" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "recherche" TEXT NOT NULL DEFAULT '';
UPDATE "Candidature" c SET "academieId" = s."academieId" FROM "Session" s WHERE s."id" = c."sessionId";
UPDATE "Candidature" c SET
  "nomTri" = trim(regexp_replace(replace(replace(lower(translate(coalesce(nullif(a."nomUsage", ''), a."nomNaissance") || ' ' || a."prenoms",
      'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿ', 'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyy')), 'œ', 'oe'), 'æ', 'ae'), '[^[:alnum:]]+', ' ', 'g')),
  "recherche" = trim(regexp_replace(replace(replace(lower(translate(a."nomNaissance" || ' ' || coalesce(a."nomUsage", '') || ' ' || a."prenoms",
      'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿ', 'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyy')), 'œ', 'oe'), 'æ', 'ae'), '[^[:alnum:]]+', ' ', 'g'))
  FROM "Account" a WHERE a."id" = c."accountId";
ALTER TABLE "Candidature" ALTER COLUMN "academieId" SET NOT NULL;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "operationId" TEXT;

-- CreateTable
CREATE TABLE "PortefeuilleSpecialite" (
    "accountId" TEXT NOT NULL,
    "specialiteId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PortefeuilleSpecialite_pkey" PRIMARY KEY ("accountId","specialiteId")
);

-- CreateTable
CREATE TABLE "OperationGroupee" (
    "id" TEXT NOT NULL,
    "academieId" TEXT NOT NULL,
    "type" "OperationType" NOT NULL,
    "createdById" TEXT NOT NULL,
    "filtres" JSONB NOT NULL DEFAULT '{}',
    "message" TEXT NOT NULL,
    "candidatureIds" TEXT[],
    "total" INTEGER NOT NULL,
    "traites" INTEGER NOT NULL DEFAULT 0,
    "echecs" INTEGER NOT NULL DEFAULT 0,
    "ignores" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "termineAt" TIMESTAMP(3),

    CONSTRAINT "OperationGroupee_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PortefeuilleSpecialite_specialiteId_idx" ON "PortefeuilleSpecialite"("specialiteId");

-- CreateIndex
CREATE INDEX "OperationGroupee_academieId_createdAt_idx" ON "OperationGroupee"("academieId", "createdAt");

-- CreateIndex
CREATE INDEX "Candidature_academieId_nomTri_id_idx" ON "Candidature"("academieId", "nomTri", "id");

-- CreateIndex
CREATE INDEX "Candidature_academieId_createdAt_id_idx" ON "Candidature"("academieId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Candidature_academieId_premierEnregistrementAt_idx" ON "Candidature"("academieId", "premierEnregistrementAt");

-- CreateIndex
CREATE INDEX "Candidature_academieId_numero_idx" ON "Candidature"("academieId", "numero");

-- CreateIndex
CREATE INDEX "Candidature_recherche_idx" ON "Candidature" USING GIN ("recherche" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Justificatif_statut_deposeAt_idx" ON "Justificatif"("statut", "deposeAt");

-- CreateIndex
CREATE UNIQUE INDEX "Document_operationId_candidatureId_key" ON "Document"("operationId", "candidatureId");

-- AddForeignKey
ALTER TABLE "PortefeuilleSpecialite" ADD CONSTRAINT "PortefeuilleSpecialite_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortefeuilleSpecialite" ADD CONSTRAINT "PortefeuilleSpecialite_specialiteId_fkey" FOREIGN KEY ("specialiteId") REFERENCES "Specialite"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidature" ADD CONSTRAINT "Candidature_academieId_fkey" FOREIGN KEY ("academieId") REFERENCES "Academie"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_operationId_fkey" FOREIGN KEY ("operationId") REFERENCES "OperationGroupee"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OperationGroupee" ADD CONSTRAINT "OperationGroupee_academieId_fkey" FOREIGN KEY ("academieId") REFERENCES "Academie"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OperationGroupee" ADD CONSTRAINT "OperationGroupee_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

