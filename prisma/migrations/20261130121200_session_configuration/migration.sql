-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "adressePostale" TEXT,
ADD COLUMN     "amenagementUrl" TEXT,
ADD COLUMN     "confirmationLimiteInitiale" TIMESTAMP(3),
ADD COLUMN     "depotClotureInitiale" TIMESTAMP(3),
ADD COLUMN     "inscriptionClotureInitiale" TIMESTAMP(3),
ADD COLUMN     "specialitesOffertes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Candidature" ADD COLUMN     "aRevoirAt" TIMESTAMP(3),
ADD COLUMN     "aRevoirMotifs" JSONB;

-- CreateTable
CREATE TABLE "SessionConfiguration" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "languesLva" TEXT[],
    "languesLvb" TEXT[],
    "languesLvf" TEXT[],
    "activitesEps" TEXT[],
    "activitesEpsAdaptees" TEXT[],
    "specialitesOffertes" TEXT[],
    "pieces" JSONB NOT NULL,
    "auteurId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionConfiguration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProlongationSession" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "echeance" TEXT NOT NULL,
    "ancienne" TIMESTAMP(3) NOT NULL,
    "nouvelle" TIMESTAMP(3) NOT NULL,
    "nouvelleLocal" TEXT NOT NULL,
    "motif" TEXT NOT NULL,
    "auteurId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProlongationSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RappelEnvoye" (
    "candidatureId" TEXT NOT NULL,
    "rappel" TEXT NOT NULL,
    "echeance" TIMESTAMP(3) NOT NULL,
    "envoyeAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RappelEnvoye_pkey" PRIMARY KEY ("candidatureId","rappel")
);

-- CreateIndex
CREATE UNIQUE INDEX "SessionConfiguration_sessionId_version_key" ON "SessionConfiguration"("sessionId", "version");

-- CreateIndex
CREATE INDEX "ProlongationSession_sessionId_at_idx" ON "ProlongationSession"("sessionId", "at");

-- AddForeignKey
ALTER TABLE "SessionConfiguration" ADD CONSTRAINT "SessionConfiguration_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProlongationSession" ADD CONSTRAINT "ProlongationSession_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProlongationSession" ADD CONSTRAINT "ProlongationSession_auteurId_fkey" FOREIGN KEY ("auteurId") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RappelEnvoye" ADD CONSTRAINT "RappelEnvoye_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "Candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;

