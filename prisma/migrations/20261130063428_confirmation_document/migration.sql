-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "codeVerification" TEXT,
ADD COLUMN     "hmac" TEXT,
ADD COLUMN     "sha256" TEXT,
ADD COLUMN     "taille" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "Document_codeVerification_key" ON "Document"("codeVerification");

-- CreateIndex
CREATE UNIQUE INDEX "Document_candidatureId_type_candidatureVersion_key" ON "Document"("candidatureId", "type", "candidatureVersion");

