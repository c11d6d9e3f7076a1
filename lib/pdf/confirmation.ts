import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { textesConfirmation, type ConfirmationContenu, type Ligne } from "@/lib/domain/confirmation/contenu";
import { imprimable, type FontBytes } from "./fonts";
import { qrPath } from "./qr";

// The confirmation d'inscription laid out on A4 pages with pdf-lib, from the plain content of
// lib/domain/confirmation/contenu.ts (no database here). DejaVu Sans regular and bold, embedded as
// subsets; every string goes through the font check first, so a character the font lacks stops
// the document instead of printing as an empty box. Long content flows onto further pages, each
// with the numéro, the version, the verification code and "Page i sur n" at its foot.

const A4: [number, number] = [595.28, 841.89];
const MARGE = 50;
const BAS = 62;
const LARGEUR = A4[0] - 2 * MARGE;
const TERME = 170;
const TERME_MAX = 320;
const ESPACE_COLONNES = 10;
const QR_TAILLE = 84;

const TEXTE = rgb(0.086, 0.086, 0.086);
const GRIS = rgb(0.4, 0.4, 0.4);
const BLEU = rgb(0, 0, 0.57);
const FILET = rgb(0.8, 0.8, 0.85);
const FOND = rgb(0.96, 0.96, 0.98);

export type RenderOptions = {
  fonts: FontBytes;
  /** Creation date in the PDF's metadata (the generation instant). */
  now: Date;
  /** Author in the metadata: the académie. */
  auteur: string;
};

type Polices = { regular: PDFFont; bold: PDFFont };

class Mise {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];

  constructor(
    readonly doc: PDFDocument,
    readonly polices: Polices,
    readonly print: (text: string) => string,
  ) {
    this.nouvellePage();
  }

  nouvellePage() {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGE;
  }

  /** Room for `hauteur` points below the cursor, or a new page. */
  place(hauteur: number) {
    if (this.y - hauteur < BAS) this.nouvellePage();
  }

  // Each measure runs fontkit's layout: words are measured once per font (at size 1) and lines
  // summed from them, which keeps a three-page document to a few hundred measures.
  private readonly largeurs = new Map<PDFFont, Map<string, number>>();

  largeur(text: string, font: PDFFont, taille: number): number {
    let parPolice = this.largeurs.get(font);
    if (!parPolice) this.largeurs.set(font, (parPolice = new Map()));
    let unite = parPolice.get(text);
    if (unite === undefined) parPolice.set(text, (unite = font.widthOfTextAtSize(text, 1)));
    return unite * taille;
  }

  /** Lines of `text` that fit in `largeur` at `taille`: breaks at ordinary spaces (never at a no-break space), then inside a word too long for a line. */
  lignes(text: string, font: PDFFont, taille: number, largeur: number): string[] {
    const out: string[] = [];
    const espace = this.largeur(" ", font, taille);
    for (const paragraphe of this.print(text).split("\n")) {
      let courante = "";
      let largeurCourante = 0;
      for (const mot of paragraphe.split(" ")) {
        const largeurMot = this.largeur(mot, font, taille);
        const essai = courante ? largeurCourante + espace + largeurMot : largeurMot;
        if (essai <= largeur) {
          courante = courante ? `${courante} ${mot}` : mot;
          largeurCourante = essai;
          continue;
        }
        if (courante) out.push(courante);
        let reste = mot;
        while (this.largeur(reste, font, taille) > largeur) {
          const chars = [...reste];
          let n = chars.length - 1;
          while (n > 1 && font.widthOfTextAtSize(chars.slice(0, n).join(""), taille) > largeur) n -= 1;
          out.push(chars.slice(0, n).join(""));
          reste = chars.slice(n).join("");
        }
        courante = reste;
        largeurCourante = this.largeur(reste, font, taille);
      }
      out.push(courante);
    }
    return out;
  }

  texte(text: string, { taille = 9, gras = false, x = MARGE, largeur = LARGEUR, couleur = TEXTE, interligne = 1.3 } = {}) {
    const font = gras ? this.polices.bold : this.polices.regular;
    const pas = taille * interligne;
    for (const ligne of this.lignes(text, font, taille, largeur)) {
      this.place(pas);
      this.y -= pas;
      this.page.drawText(ligne, { x, y: this.y + (pas - taille) / 2 + 1, size: taille, font, color: couleur });
    }
  }

  hauteur(text: string, taille: number, largeur: number, gras = false, interligne = 1.3): number {
    return this.lignes(text, gras ? this.polices.bold : this.polices.regular, taille, largeur).length * taille * interligne;
  }

  /** "Terme : valeur" rows, the term in a column of its own; a row never splits across pages. */
  rangees(lignes: readonly Ligne[], taille = 9) {
    // Long terms with short values (the épreuves and their status) get a wider term column.
    const termes = Math.max(0, ...lignes.map(([t]) => this.largeur(this.print(t), this.polices.bold, taille)));
    const valeurs = Math.max(0, ...lignes.map(([, v]) => this.largeur(this.print(v || "—"), this.polices.regular, taille)));
    const largeurTerme = Math.max(TERME, Math.min(termes, TERME_MAX, LARGEUR - ESPACE_COLONNES - valeurs));
    const largeurValeur = LARGEUR - largeurTerme - ESPACE_COLONNES;
    for (const [terme, valeur] of lignes) {
      const pas = taille * 1.3;
      const gauche = this.lignes(terme, this.polices.bold, taille, largeurTerme);
      const droite = this.lignes(valeur || "—", this.polices.regular, taille, largeurValeur);
      const n = Math.max(gauche.length, droite.length);
      this.place(n * pas + 3);
      const haut = this.y;
      gauche.forEach((l, i) => this.page.drawText(l, { x: MARGE, y: haut - (i + 1) * pas + 3, size: taille, font: this.polices.bold, color: TEXTE }));
      droite.forEach((l, i) =>
        this.page.drawText(l, { x: MARGE + largeurTerme + ESPACE_COLONNES, y: haut - (i + 1) * pas + 3, size: taille, font: this.polices.regular, color: TEXTE }),
      );
      this.y = haut - n * pas - 3;
    }
  }

  titreSection(titre: string) {
    // A title never ends a page alone: room for it and two rows.
    this.place(16 + 3 * 12);
    this.y -= 12;
    this.texte(titre, { taille: 11, gras: true, couleur: BLEU });
    this.page.drawLine({ start: { x: MARGE, y: this.y - 2 }, end: { x: MARGE + LARGEUR, y: this.y - 2 }, thickness: 0.6, color: FILET });
    this.y -= 6;
  }
}

/** Draws the QR code of `url` as one filled path, `taille` points wide, its top-left corner at (x, yHaut). */
function dessinerQr(page: PDFPage, url: string, x: number, yHaut: number, taille: number) {
  const { path, modules } = qrPath(url);
  // Four modules of quiet zone on each side, as the standard asks, inside the given size.
  const echelle = taille / (modules + 8);
  page.drawRectangle({ x, y: yHaut - taille, width: taille, height: taille, color: rgb(1, 1, 1) });
  // drawSvgPath's origin is the top-left corner and its y axis points down, as in SVG.
  page.drawSvgPath(path, { x: x + 4 * echelle, y: yHaut - 4 * echelle, scale: echelle, color: rgb(0, 0, 0), borderWidth: 0 });
}

// Each document parses its fonts (≈ 40 ms each): a parsed fontkit font shared between documents
// keeps subset state, and a glyph one document used went missing from the next ("DURAND" printed
// "DRAND"; lib/pdf/confirmation.test.ts).

export async function buildConfirmationDocument(contenu: ConfirmationContenu, { fonts, now, auteur }: RenderOptions): Promise<PDFDocument> {
  const policesBytes = [fonts.regular, fonts.bold];
  // Every string is checked before anything is drawn: the error names all the missing characters.
  imprimable(textesConfirmation(contenu).join("\n"), policesBytes);
  const print = (text: string) => imprimable(text, policesBytes);

  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const polices: Polices = {
    regular: await doc.embedFont(fonts.regular, { subset: true }),
    bold: await doc.embedFont(fonts.bold, { subset: true }),
  };
  doc.setTitle(print(`${contenu.titre} – ${contenu.pied.replace(/^Confirmation d’inscription /, "")}`), { showInWindowTitleBar: true });
  doc.setAuthor(print(auteur));
  doc.setSubject(print(contenu.sousTitre));
  doc.setLanguage("fr-FR");
  doc.setCreator("Portail des candidats individuels");
  doc.setProducer("Portail des candidats individuels (pdf-lib)");
  doc.setCreationDate(now);
  doc.setModificationDate(now);

  const m = new Mise(doc, polices, print);

  // Header: the académie and its service on the left, the QR code and its code on the right.
  const qrX = MARGE + LARGEUR - QR_TAILLE;
  const haut = m.y;
  dessinerQr(m.page, contenu.verification.url, qrX, haut, QR_TAILLE);
  const codeLargeur = polices.bold.widthOfTextAtSize(contenu.verification.code, 8.5);
  m.page.drawText(print("Code de vérification"), {
    x: qrX + (QR_TAILLE - polices.regular.widthOfTextAtSize(print("Code de vérification"), 7)) / 2,
    y: haut - QR_TAILLE - 9,
    size: 7,
    font: polices.regular,
    color: GRIS,
  });
  m.page.drawText(contenu.verification.code, { x: qrX + (QR_TAILLE - codeLargeur) / 2, y: haut - QR_TAILLE - 19, size: 8.5, font: polices.bold, color: TEXTE });
  const [academie, ...adresse] = contenu.emetteur;
  const colonne = LARGEUR - QR_TAILLE - 20;
  m.texte(academie ?? "", { taille: 12, gras: true, largeur: colonne, couleur: BLEU });
  for (const ligne of adresse) m.texte(ligne, { taille: 9, largeur: colonne });
  m.y = Math.min(m.y, haut - QR_TAILLE - 24) - 14;

  m.texte(contenu.titre, { taille: 18, gras: true, couleur: BLEU });
  m.texte(contenu.sousTitre, { taille: 12, gras: true });
  m.y -= 8;

  // The reference block on a light background.
  const debut = m.y;
  const hauteurBloc = contenu.reference.reduce((h, [terme, valeur]) => {
    const n = Math.max(m.lignes(terme, polices.bold, 10, TERME).length, m.lignes(valeur, polices.regular, 10, LARGEUR - TERME - ESPACE_COLONNES - 16).length);
    return h + n * 13 + 3;
  }, 12);
  m.page.drawRectangle({ x: MARGE, y: debut - hauteurBloc, width: LARGEUR, height: hauteurBloc, color: FOND, borderColor: FILET, borderWidth: 0.6 });
  m.y -= 6;
  for (const [terme, valeur] of contenu.reference) {
    const gauche = m.lignes(terme, polices.bold, 10, TERME);
    const droite = m.lignes(valeur, polices.regular, 10, LARGEUR - TERME - ESPACE_COLONNES - 16);
    const y0 = m.y;
    gauche.forEach((l, i) => m.page.drawText(l, { x: MARGE + 8, y: y0 - (i + 1) * 13 + 3, size: 10, font: polices.bold, color: TEXTE }));
    droite.forEach((l, i) => m.page.drawText(l, { x: MARGE + 8 + TERME + ESPACE_COLONNES, y: y0 - (i + 1) * 13 + 3, size: 10, font: polices.regular, color: TEXTE }));
    m.y = y0 - Math.max(gauche.length, droite.length) * 13 - 3;
  }
  m.y = debut - hauteurBloc - 4;

  for (const section of contenu.sections) {
    m.titreSection(section.titre);
    m.rangees(section.lignes);
  }

  m.titreSection("Pièces justificatives à fournir");
  if (contenu.pieces.length === 0) m.texte("Aucune pièce n’est demandée.");
  contenu.pieces.forEach((piece, i) => {
    const retrait = 14;
    const largeur = LARGEUR - retrait;
    const lignes: [string, boolean][] = [
      [`${i + 1}. ${piece.libelle} (${piece.code})`, true],
      [`Pourquoi : ${piece.motif}`, false],
      [piece.consigne, false],
      ...(piece.mention ? [[piece.mention, false] as [string, boolean]] : []),
    ];
    m.place(lignes.reduce((h, [t, gras]) => h + m.hauteur(t, 9, largeur, gras), 4));
    m.texte(lignes[0]![0], { gras: true });
    for (const [t] of lignes.slice(1)) m.texte(t, { x: MARGE + retrait, largeur });
    m.y -= 4;
  });

  m.titreSection("Engagement");
  for (const paragraphe of contenu.engagement) {
    m.texte(paragraphe, { taille: 9.5 });
    m.y -= 4;
  }

  // "Fait à …, le …", the signature box and the notes under it stay together on one page.
  const boite = { largeur: 230, hauteur: 80 };
  const notes = m.hauteur(contenu.genere, 8, LARGEUR) + m.hauteur(contenu.verification.texte, 8, LARGEUR);
  m.place(14 + 13 + 8 + 12 + boite.hauteur + 14 + notes);
  m.y -= 14;
  m.texte(contenu.faitA, { taille: 10 });
  m.y -= 8;
  const xBoite = MARGE + LARGEUR - boite.largeur;
  m.texte(contenu.signature, { taille: 9, gras: true, x: xBoite, largeur: boite.largeur });
  m.page.drawRectangle({ x: xBoite, y: m.y - boite.hauteur - 4, width: boite.largeur, height: boite.hauteur, borderColor: TEXTE, borderWidth: 0.8 });
  m.y -= boite.hauteur + 14;

  m.texte(contenu.genere, { taille: 8, couleur: GRIS });
  m.texte(contenu.verification.texte, { taille: 8, couleur: GRIS });

  // Every page's foot, now that their number is known.
  const total = m.pages.length;
  const pied = print(contenu.pied);
  const verification = print(`Code de vérification ${contenu.verification.code} – ${contenu.verification.url}`);
  m.pages.forEach((page, i) => {
    const numero = print(`Page ${i + 1} sur ${total}`);
    page.drawLine({ start: { x: MARGE, y: 44 }, end: { x: MARGE + LARGEUR, y: 44 }, thickness: 0.5, color: FILET });
    page.drawText(pied, { x: MARGE, y: 33, size: 7.5, font: polices.regular, color: GRIS });
    page.drawText(numero, { x: MARGE + LARGEUR - polices.regular.widthOfTextAtSize(numero, 7.5), y: 33, size: 7.5, font: polices.regular, color: GRIS });
    page.drawText(verification, { x: MARGE, y: 23, size: 7, font: polices.regular, color: GRIS });
  });
  return doc;
}

/** The unsealed bytes (previews and tests); the stored document is sealed (lib/pdf/seal.ts). */
export async function renderConfirmation(contenu: ConfirmationContenu, options: RenderOptions): Promise<Uint8Array> {
  return (await buildConfirmationDocument(contenu, options)).save({ useObjectStreams: false });
}
