import { constants, createPrivateKey, privateEncrypt, type KeyObject } from "node:crypto";
import { P12Signer } from "@signpdf/signer-p12";
import forge from "node-forge";
import type { Cachet } from "./seal";

// @signpdf/signer-p12 3.3.0's signature, with three changes measured here:
// - node-forge 1.4.3 reads a certificate's issuer name as raw bytes but writes it back as text:
//   an issuer with a UTF8String beyond ASCII ("Ministère…", "cachet auto-signé") comes out
//   UTF-8-encoded twice in IssuerAndSerialNumber, and no verifier finds the signing certificate
//   (pdfsig: "Unknown Validation Failure", an empty signer name). The issuer is decoded first;
//   for an ASCII issuer the bytes are the same.
// - The PKCS#12 file is opened once per process (P12Signer decrypts it, 2048 rounds of SHA-1, at
//   every signature), and
// - the RSA operation is Node's native one instead of node-forge's pure-JS big integers: together
//   a third of a confirmation's CPU time.

const UTF8 = forge.asn1.Type.UTF8 as unknown;
// DER prefix of a DigestInfo for SHA-256 (RFC 8017 §9.2, note 1).
const DIGEST_INFO_SHA256 = Buffer.from("3031300d060960864801650304020105000420", "hex");

type Materiel = { passphrase: string; certs: forge.pki.Certificate[]; certificate: forge.pki.Certificate; issuer: forge.pki.CertificateField[]; cle: KeyObject };

const materiels = new WeakMap<Uint8Array, Materiel>();

function issuerAttributes(cert: forge.pki.Certificate): forge.pki.CertificateField[] {
  return cert.issuer.attributes.map((a) => {
    if (a.valueTagClass !== UTF8 || typeof a.value !== "string") return a;
    try {
      return { ...a, value: forge.util.decodeUtf8(a.value) };
    } catch {
      return a;
    }
  });
}

function ouvrir({ p12, passphrase }: Cachet): Materiel {
  const known = materiels.get(p12);
  if (known?.passphrase === passphrase) return known;
  const parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12).toString("binary"))), false, passphrase);
  const keyBags = parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!] ?? [];
  const key = keyBags[0]?.key as forge.pki.rsa.PrivateKey | undefined;
  if (!key) throw new Error("Le fichier PKCS#12 du cachet ne contient pas de clé privée.");
  const certs = (parsed.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!] ?? []).flatMap((b) => (b.cert ? [b.cert] : []));
  const certificate = certs.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return key.n.compareTo(pub.n) === 0 && key.e.compareTo(pub.e) === 0;
  });
  if (!certificate) throw new Error("Aucun certificat du fichier PKCS#12 du cachet ne correspond à sa clé privée.");
  const materiel = { passphrase, certs, certificate, issuer: issuerAttributes(certificate), cle: createPrivateKey(forge.pki.privateKeyToPem(key)) };
  materiels.set(p12, materiel);
  return materiel;
}

export class CachetSigner extends P12Signer {
  constructor(private readonly cachet: Cachet) {
    super(Buffer.from(cachet.p12), { passphrase: cachet.passphrase });
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const { certs, issuer, certificate, cle } = ouvrir(this.cachet);
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString("binary"));
    // Every certificate of the file travels with the signature (-cacerts and -clcerts).
    for (const cert of certs) p7.addCertificate(cert);
    // RSASSA-PKCS1-v1_5 over the attributes' SHA-256, computed by Node (what forge's key.sign does).
    const key = {
      sign: (md: forge.md.MessageDigest) => privateEncrypt({ key: cle, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([DIGEST_INFO_SHA256, Buffer.from(md.digest().getBytes(), "binary")])).toString("binary"),
    };
    // The issuer/serialNumber form, which forge accepts and @types/node-forge omits.
    p7.addSigner({
      key,
      issuer,
      serialNumber: certificate.serialNumber,
      digestAlgorithm: forge.pki.oids.sha256!,
      // The order matters for EU validators (as in P12Signer).
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType!, value: forge.pki.oids.data },
        { type: forge.pki.oids.signingTime!, value: (signingTime ?? new Date()) as unknown as string },
        { type: forge.pki.oids.messageDigest! },
      ],
    } as unknown as Parameters<typeof p7.addSigner>[0]);
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), "binary");
  }
}
