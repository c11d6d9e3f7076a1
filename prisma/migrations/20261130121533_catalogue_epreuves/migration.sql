-- The Epreuve table was never written to: its new NOT NULL key column needs no backfill.
-- The bac pro spécialités already seeded get their sigle, which until now only the code's list
-- (lib/domain/data/specialites.ts) carried; a row whose sigle is set is left alone.

-- DropIndex
DROP INDEX "Epreuve_examenId_specialiteId_code_key";

-- AlterTable
ALTER TABLE "Specialite" ADD COLUMN     "sigle" TEXT;

-- AlterTable
ALTER TABLE "Epreuve" DROP COLUMN "discipline",
ADD COLUMN     "actif" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "disciplines" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "generale" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "portee" TEXT NOT NULL,
ADD COLUMN     "secteur" "Secteur",
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL;

-- CreateIndex
CREATE INDEX "Epreuve_specialiteId_idx" ON "Epreuve"("specialiteId");

-- CreateIndex
CREATE UNIQUE INDEX "Epreuve_examenId_portee_code_key" ON "Epreuve"("examenId", "portee", "code");


-- Backfill: the sigles of the seeded bac pro spécialités.
UPDATE "Specialite" AS s SET "sigle" = v."sigle"
FROM (VALUES
  ('40030004', 'AGOrA'),
  ('40031112', 'CGEM'),
  ('40031113', 'CGEM'),
  ('40031114', 'OTM'),
  ('40031213', 'MCV A'),
  ('40031214', 'MCV B'),
  ('40032207', 'RPIP A'),
  ('40032208', 'RPIP B'),
  ('40032303', 'AMA'),
  ('40033006', 'AEPA'),
  ('40033007', 'ASSP'),
  ('40033403', 'CSR'),
  ('40020102', 'PLP'),
  ('40021304', 'CGEM'),
  ('40022004', 'PCEPC'),
  ('40022308', 'AMA'),
  ('40022309', 'AMA'),
  ('40022402', 'AMA'),
  ('40022403', 'AMA'),
  ('40022706', 'MEE'),
  ('40022707', 'ICCER'),
  ('40022708', 'TIIN'),
  ('40023003', 'AMA'),
  ('40023005', 'TEB'),
  ('40023203', 'TBORGO'),
  ('40024202', 'AMA'),
  ('40025012', 'MSPC'),
  ('40025013', 'TRPM'),
  ('40025014', 'TRPM'),
  ('40025517', 'MFER'),
  ('40025519', 'CIEL'),
  ('40025520', 'MELEC')
) AS v("codeDiplome", "sigle")
WHERE s."codeDiplome" = v."codeDiplome" AND s."sigle" IS NULL;
