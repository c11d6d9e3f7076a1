import { describe, expect, it } from "vitest";
import { parseEnv, storageS3 } from "./env";

const S3 = {
  STORAGE_S3_ENDPOINT: "https://s3.fr-par.scw.cloud",
  STORAGE_S3_BUCKET: "pieces-candidats",
  STORAGE_S3_REGION: "fr-par",
  STORAGE_S3_ACCESS_KEY_ID: "SCWEXEMPLE",
  STORAGE_S3_SECRET_ACCESS_KEY: "secret-a-ne-jamais-afficher",
};

/** The French message parseEnv throws for this environment, or null when it is accepted. */
function refusal(source: Record<string, string>): string | null {
  try {
    parseEnv(source);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe("file storage configuration", () => {
  it("keeps the local folder when no STORAGE_S3_* variable is set, or only empty ones", () => {
    expect(storageS3(parseEnv({}))).toBeNull();
    expect(storageS3(parseEnv({ STORAGE_S3_ENDPOINT: "", STORAGE_S3_BUCKET: "", STORAGE_S3_FORCE_PATH_STYLE: "" }))).toBeNull();
  });

  it("uses the S3 bucket when the five variables are set, virtual-hosted addresses unless told otherwise", () => {
    expect(storageS3(parseEnv(S3))).toEqual({
      endpoint: "https://s3.fr-par.scw.cloud",
      bucket: "pieces-candidats",
      region: "fr-par",
      accessKeyId: "SCWEXEMPLE",
      secretAccessKey: "secret-a-ne-jamais-afficher",
      forcePathStyle: false,
    });
    expect(storageS3(parseEnv({ ...S3, STORAGE_S3_FORCE_PATH_STYLE: "true" }))?.forcePathStyle).toBe(true);
    expect(storageS3(parseEnv({ ...S3, STORAGE_S3_ENDPOINT: "http://127.0.0.1:9000", STORAGE_S3_FORCE_PATH_STYLE: "1" }))).toMatchObject({
      endpoint: "http://127.0.0.1:9000",
      forcePathStyle: true,
    });
  });

  it("is all or nothing, and says which variables are missing", () => {
    expect(refusal({ STORAGE_S3_BUCKET: "pieces-candidats", STORAGE_S3_REGION: "fr-par" })).toBe(
      "Configuration invalide :\n- STORAGE_S3_ENDPOINT, STORAGE_S3_ACCESS_KEY_ID, STORAGE_S3_SECRET_ACCESS_KEY : Le stockage S3 demande ces cinq variables ensemble : STORAGE_S3_ENDPOINT, STORAGE_S3_BUCKET, STORAGE_S3_REGION, STORAGE_S3_ACCESS_KEY_ID, STORAGE_S3_SECRET_ACCESS_KEY ; il manque STORAGE_S3_ENDPOINT, STORAGE_S3_ACCESS_KEY_ID, STORAGE_S3_SECRET_ACCESS_KEY. Donnez-les toutes, ou retirez les variables STORAGE_S3_* pour garder les fichiers dans STORAGE_DIR.\nVoir .env.example.",
    );
    expect(refusal({ STORAGE_S3_FORCE_PATH_STYLE: "true" })).toMatch(/^Configuration invalide :\n- STORAGE_S3_ENDPOINT, STORAGE_S3_BUCKET, STORAGE_S3_REGION, STORAGE_S3_ACCESS_KEY_ID, STORAGE_S3_SECRET_ACCESS_KEY : /);
    const { STORAGE_S3_SECRET_ACCESS_KEY: _, ...sansSecret } = S3;
    expect(refusal(sansSecret)).toMatch(/il manque STORAGE_S3_SECRET_ACCESS_KEY\./);
  });

  it("refuses plain http:// to another machine: candidates' documents are personal data", () => {
    expect(refusal({ ...S3, STORAGE_S3_ENDPOINT: "http://s3.example.fr:9000" })).toBe(
      "Configuration invalide :\n- STORAGE_S3_ENDPOINT : STORAGE_S3_ENDPOINT doit être en https:// : les pièces des candidats sont des données personnelles. http:// n'est accepté que vers cette machine (par exemple http://127.0.0.1:9000), pas vers s3.example.fr:9000.\nVoir .env.example.",
    );
    expect(refusal({ ...S3, STORAGE_S3_ENDPOINT: "http://localhost:9000" })).toBeNull();
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ["an endpoint that is not an address", { STORAGE_S3_ENDPOINT: "s3.fr-par.scw.cloud" }, /- STORAGE_S3_ENDPOINT : STORAGE_S3_ENDPOINT doit être l'adresse complète du service S3/],
    ["an endpoint in another protocol", { STORAGE_S3_ENDPOINT: "ftp://s3.example.fr" }, /- STORAGE_S3_ENDPOINT : STORAGE_S3_ENDPOINT doit être l'adresse complète du service S3/],
    ["a bucket with capitals", { STORAGE_S3_BUCKET: "Pieces" }, /- STORAGE_S3_BUCKET : STORAGE_S3_BUCKET doit être un nom de compartiment S3 : 3 à 63 caractères/],
    ["a bucket too short", { STORAGE_S3_BUCKET: "pc" }, /- STORAGE_S3_BUCKET : /],
    ["a region with spaces", { STORAGE_S3_REGION: "Europe Ouest" }, /- STORAGE_S3_REGION : STORAGE_S3_REGION doit être une région S3, par exemple eu-west-3 ou fr-par\./],
    ["a flag that is not a boolean", { STORAGE_S3_FORCE_PATH_STYLE: "oui" }, /- STORAGE_S3_FORCE_PATH_STYLE : /],
  ])("explains %s in French", (_, change, message) => {
    expect(refusal({ ...S3, ...change })).toMatch(message);
  });

  it("never repeats the secret key in a message", () => {
    for (const change of [{ STORAGE_S3_BUCKET: "X" }, { STORAGE_S3_ENDPOINT: "http://s3.example.fr" }, { STORAGE_S3_ACCESS_KEY_ID: "" }]) {
      expect(refusal({ ...S3, ...change })).not.toContain(S3.STORAGE_S3_SECRET_ACCESS_KEY);
    }
  });
});
