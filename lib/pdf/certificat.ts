import { generateKeyPairSync, randomBytes } from "node:crypto";
import forge from "node-forge";

// The seal's certificate: a PKCS#12 file (key and certificate) given by configuration, or, for the
// embedded default, a self-signed one made here. The key pair comes from Node's native crypto
// (node-forge's pure-JS RSA key generation takes seconds); node-forge builds the X.509
// certificate and the PKCS#12 container that @signpdf/signer-p12 reads.

export type CertificatInfo = { sujet: string; emetteur: string; debut: Date; fin: Date; autoSigne: boolean };

export class CertificatInvalideError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CertificatInvalideError";
  }
}

const VALIDITE_ANNEES = 10;

/** A self-signed RSA-2048 / SHA-256 certificate for document signing, in a PKCS#12 file. */
export function genererCertificatAutoSigne({ nom, passphrase, now = new Date() }: { nom: string; passphrase: string; now?: Date }): Uint8Array {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString());
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString());
  // A positive serial number (high bit cleared), 16 random bytes as RFC 5280 recommends.
  const serial = randomBytes(16);
  serial[0]! &= 0x7f;
  cert.serialNumber = serial.toString("hex");
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now);
  cert.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + VALIDITE_ANNEES);
  // A name beyond ASCII goes in a UTF8String (node-forge encodes it); its default type would keep one byte per character.
  const utf8 = (value: string) => ({ value, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class });
  const attrs = [
    { shortName: "CN", ...utf8(nom) },
    { shortName: "O", ...utf8("Portail des candidats individuels") },
    { shortName: "C", value: "FR" },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true },
    { name: "subjectKeyIdentifier" },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: "aes256" });
  return Uint8Array.from(Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary"));
}

// node-forge leaves a parsed UTF8String as its raw bytes.
function texte(a: forge.pki.CertificateField): string {
  const value = String(a.value);
  if (a.valueTagClass !== (forge.asn1.Type.UTF8 as unknown)) return value;
  try {
    return forge.util.decodeUtf8(value);
  } catch {
    return value;
  }
}

function nomDe(attributes: forge.pki.CertificateField[]): string {
  return attributes.map((a) => `${a.shortName ?? a.name}=${texte(a)}`).join(", ");
}

/**
 * Opens a PKCS#12 file as the signer will, and says what it holds; throws CertificatInvalideError
 * with a French sentence when it cannot seal (wrong passphrase, no key, no matching certificate).
 */
export function lireCertificat(p12: Uint8Array, passphrase: string): CertificatInfo {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12).toString("binary"))), false, passphrase);
  } catch (error) {
    const message = (error as Error).message ?? "";
    throw new CertificatInvalideError(
      /mac|password|decrypt/i.test(message)
        ? "le fichier PKCS#12 ne s'ouvre pas avec cette phrase de passe"
        : `le fichier n'est pas un PKCS#12 lisible (${message})`,
    );
  }
  const keys = parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? [];
  const key = keys[0]?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new CertificatInvalideError("le fichier PKCS#12 ne contient pas de clé privée protégée (pkcs8ShroudedKeyBag)");
  const certs = (parsed.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? []).map((b) => b.cert).filter((c): c is forge.pki.Certificate => Boolean(c));
  const cert = certs.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n?.compareTo(key.n) === 0 && pub.e?.compareTo(key.e) === 0;
  });
  if (!cert) throw new CertificatInvalideError("aucun certificat du fichier PKCS#12 ne correspond à sa clé privée (une clé RSA est attendue)");
  const sujet = nomDe(cert.subject.attributes);
  const emetteur = nomDe(cert.issuer.attributes);
  return { sujet, emetteur, debut: cert.validity.notBefore, fin: cert.validity.notAfter, autoSigne: sujet === emetteur };
}
