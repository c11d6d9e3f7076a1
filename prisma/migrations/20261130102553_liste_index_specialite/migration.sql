-- CreateIndex
CREATE INDEX "Candidature_academieId_specialiteId_statut_idx" ON "Candidature"("academieId", "specialiteId", "statut");

