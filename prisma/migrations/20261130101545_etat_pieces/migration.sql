-- CreateTable
CREATE TABLE "EtatPieces" (
    "candidatureId" TEXT NOT NULL,
    "aControler" INTEGER NOT NULL DEFAULT 0,
    "manquantes" INTEGER NOT NULL DEFAULT 0,
    "nonConformes" INTEGER NOT NULL DEFAULT 0,
    "nonValidees" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EtatPieces_pkey" PRIMARY KEY ("candidatureId")
);

-- CreateIndex
CREATE INDEX "Candidature_academieId_statut_idx" ON "Candidature"("academieId", "statut");

-- AddForeignKey
ALTER TABLE "EtatPieces" ADD CONSTRAINT "EtatPieces_candidatureId_fkey" FOREIGN KEY ("candidatureId") REFERENCES "Candidature"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The counts, recomputed for the candidatures a statement on Justificatif touched (statement-level
-- triggers with transition tables: one recount per candidature, however many rows changed).
CREATE FUNCTION "etat_pieces_recompter"(ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "EtatPieces" ("candidatureId", "aControler", "manquantes", "nonConformes", "nonValidees")
  SELECT c."id",
         count(j."id") FILTER (WHERE (j."statut" = 'DEPOSE' AND j."deposeAt" IS NOT NULL) OR j."statut" = 'RECUE')::int,
         count(j."id") FILTER (WHERE j."statut" IN ('ATTENDU', 'NON_CONFORME') OR (j."statut" = 'DEPOSE' AND j."deposeAt" IS NULL))::int,
         count(j."id") FILTER (WHERE j."statut" = 'NON_CONFORME')::int,
         count(j."id") FILTER (WHERE j."statut" <> 'CONFORME')::int
    FROM "Candidature" c
    LEFT JOIN "Justificatif" j ON j."candidatureId" = c."id" AND NOT j."caduc"
   WHERE c."id" = ANY(ids)
   GROUP BY c."id"
  ON CONFLICT ("candidatureId") DO UPDATE SET
    "aControler" = EXCLUDED."aControler", "manquantes" = EXCLUDED."manquantes",
    "nonConformes" = EXCLUDED."nonConformes", "nonValidees" = EXCLUDED."nonValidees"
  WHERE ("EtatPieces"."aControler", "EtatPieces"."manquantes", "EtatPieces"."nonConformes", "EtatPieces"."nonValidees")
        IS DISTINCT FROM (EXCLUDED."aControler", EXCLUDED."manquantes", EXCLUDED."nonConformes", EXCLUDED."nonValidees");
$$;

CREATE FUNCTION "justificatif_etat_pieces_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "etat_pieces_recompter"(ARRAY(SELECT DISTINCT "candidatureId" FROM nouvelles));
  RETURN NULL;
END $$;

CREATE FUNCTION "justificatif_etat_pieces_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "etat_pieces_recompter"(ARRAY(SELECT "candidatureId" FROM nouvelles UNION SELECT "candidatureId" FROM anciennes));
  RETURN NULL;
END $$;

CREATE FUNCTION "justificatif_etat_pieces_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "etat_pieces_recompter"(ARRAY(SELECT DISTINCT "candidatureId" FROM anciennes));
  RETURN NULL;
END $$;

CREATE TRIGGER "justificatif_etat_pieces_insert" AFTER INSERT ON "Justificatif"
  REFERENCING NEW TABLE AS nouvelles FOR EACH STATEMENT EXECUTE FUNCTION "justificatif_etat_pieces_insert"();
CREATE TRIGGER "justificatif_etat_pieces_update" AFTER UPDATE ON "Justificatif"
  REFERENCING OLD TABLE AS anciennes NEW TABLE AS nouvelles FOR EACH STATEMENT EXECUTE FUNCTION "justificatif_etat_pieces_update"();
CREATE TRIGGER "justificatif_etat_pieces_delete" AFTER DELETE ON "Justificatif"
  REFERENCING OLD TABLE AS anciennes FOR EACH STATEMENT EXECUTE FUNCTION "justificatif_etat_pieces_delete"();

-- The candidatures that already have pieces.
SELECT "etat_pieces_recompter"(ARRAY(SELECT DISTINCT "candidatureId" FROM "Justificatif"));
