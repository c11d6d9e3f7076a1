import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { textesLettre, type LettreContenu } from "@/lib/domain/gestion/lettres";
import { imprimable, type FontBytes } from "./fonts";

// The back office's letters (demande de pièces, relance, notification d'annulation) on A4 with
// pdf-lib, from the plain content of lib/domain/gestion/lettres.ts: DejaVu Sans embedded as subsets,
// every string checked against the font first (a character it lacks stops the letter instead of
// printing as an empty box). The address block sits where a DL window envelope shows it (right,
// 45–90 mm from the top), so the concatenated letters of an annulation go straight to the post.

const A4: [number, number] = [595.28, 841.89];
const MM = 72 / 25.4;
const MARGE = 20 * MM;
const BAS = 25 * MM;
const LARGEUR = A4[0] - 2 * MARGE;
const FENETRE = { x: 110 * MM, yHaut: A4[1] - 45 * MM, largeur: 85 * MM };

const TEXTE = rgb(0.086, 0.086, 0.086);
const GRIS = rgb(0.4, 0.4, 0.4);
const BLEU = rgb(0, 0, 0.57);

export type LettreOptions = { fonts: FontBytes; now: Date; auteur: string };

class Mise {
  page!: PDFPage;
  y = 0;
  readonly pages: PDFPage[] = [];
  constructor(
    readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    readonly print: (t: string) => string,
  ) {
    this.nouvellePage();
  }

  nouvellePage() {
    this.page = this.doc.addPage(A4);
    this.pages.push(this.page);
    this.y = A4[1] - MARGE;
  }

  /** Lines of `text` within `largeur`: breaks at ordinary spaces and line breaks, never at a no-break space. */
  lignes(text: string, font: PDFFont, taille: number, largeur: number): string[] {
    const out: string[] = [];
    for (const paragraphe of this.print(text).split("\n")) {
      let courante = "";
      for (const mot of paragraphe.split(" ")) {
        const essai = courante ? `${courante} ${mot}` : mot;
        if (font.widthOfTextAtSize(essai, taille) <= largeur) {
          courante = essai;
          continue;
        }
        if (courante) out.push(courante);
        let reste = mot;
        while (font.widthOfTextAtSize(reste, taille) > largeur) {
          const chars = [...reste];
          let n = chars.length - 1;
          while (n > 1 && font.widthOfTextAtSize(chars.slice(0, n).join(""), taille) > largeur) n -= 1;
          out.push(chars.slice(0, n).join(""));
          reste = chars.slice(n).join("");
        }
        courante = reste;
      }
      out.push(courante);
    }
    return out;
  }

  texte(text: string, { taille = 10, gras = false, x = MARGE, largeur = LARGEUR, couleur = TEXTE, apres = 0 } = {}) {
    const font = gras ? this.bold : this.regular;
    const pas = taille * 1.35;
    for (const ligne of this.lignes(text, font, taille, largeur)) {
      if (this.y - pas < BAS) this.nouvellePage();
      this.y -= pas;
      this.page.drawText(ligne, { x, y: this.y + (pas - taille) / 2, size: taille, font, color: couleur });
    }
    this.y -= apres;
  }

  hauteur(text: string, taille: number, largeur: number, gras = false): number {
    return this.lignes(text, gras ? this.bold : this.regular, taille, largeur).length * taille * 1.35;
  }
}

export async function renderLettre(contenu: LettreContenu, { fonts, now, auteur }: LettreOptions): Promise<Uint8Array> {
  const polices = [fonts.regular, fonts.bold];
  imprimable(textesLettre(contenu).join("\n"), polices);
  const print = (t: string) => imprimable(t, polices);

  const doc = await PDFDocument.create();
  // A fresh fontkit parse per document: a parsed font shared between documents (as a cache) lost
  // glyphs from the second document's subsets ("DURAND" printed "DRAND"), see lettre.test.ts.
  doc.registerFontkit(fontkit);
  const regular = await doc.embedFont(fonts.regular, { subset: true });
  const bold = await doc.embedFont(fonts.bold, { subset: true });
  doc.setTitle(print(contenu.titre), { showInWindowTitleBar: true });
  doc.setAuthor(print(auteur));
  doc.setSubject(print(contenu.objet));
  doc.setLanguage("fr-FR");
  doc.setCreator("Portail des candidats individuels");
  doc.setProducer("Portail des candidats individuels (pdf-lib)");
  doc.setCreationDate(now);
  doc.setModificationDate(now);

  const m = new Mise(doc, regular, bold, print);
  // The sender, top left.
  const [academie, ...service] = contenu.emetteur;
  m.texte(academie ?? "", { taille: 12, gras: true, couleur: BLEU, largeur: FENETRE.x - MARGE - 10 });
  for (const ligne of service) m.texte(ligne, { taille: 9, largeur: FENETRE.x - MARGE - 10 });

  // The addressee, in the envelope's window.
  const basEmetteur = m.y;
  m.y = FENETRE.yHaut;
  if (contenu.mentionEnvoi) m.texte(contenu.mentionEnvoi, { taille: 8.5, gras: true, x: FENETRE.x, largeur: FENETRE.largeur, apres: 4 });
  for (const ligne of contenu.destinataire) m.texte(ligne, { taille: 10.5, x: FENETRE.x, largeur: FENETRE.largeur });
  m.y = Math.min(m.y, basEmetteur, A4[1] - 95 * MM) - 10;

  m.texte(contenu.lieuDate, { x: FENETRE.x, largeur: FENETRE.largeur, apres: 12 });
  m.texte(`Objet\u00a0: ${contenu.objet}`, { gras: true, apres: 4 });
  for (const [terme, valeur] of contenu.references) m.texte(`${terme}\u00a0: ${valeur}`, { taille: 9, couleur: GRIS });
  m.y -= 14;

  m.texte(contenu.salutation, { apres: 8 });
  for (const p of contenu.avant) m.texte(p, { apres: 8 });
  for (const piece of contenu.pieces) {
    const retrait = 12;
    const hauteur = m.hauteur(piece.libelle, 10, LARGEUR - retrait, true) + piece.details.reduce((h, d) => h + m.hauteur(d, 9.5, LARGEUR - 2 * retrait), 0);
    // A piece never splits across pages.
    if (m.y - hauteur < BAS) m.nouvellePage();
    m.texte(`•\u00a0${piece.libelle}`, { gras: true, x: MARGE + retrait / 2, largeur: LARGEUR - retrait });
    for (const d of piece.details) m.texte(d, { taille: 9.5, x: MARGE + 2 * retrait, largeur: LARGEUR - 2 * retrait });
    m.y -= 6;
  }
  m.y -= 4;
  for (const p of contenu.apres) m.texte(p, { apres: 8 });
  m.texte(contenu.formule, { apres: 18 });
  if (m.y - 3 * 14 < BAS) m.nouvellePage();
  for (const ligne of contenu.signature) m.texte(ligne, { gras: true, x: FENETRE.x, largeur: FENETRE.largeur });

  const total = m.pages.length;
  if (total > 1)
    m.pages.forEach((page, i) => {
      const numero = print(`Page ${i + 1} sur ${total}`);
      page.drawText(numero, { x: MARGE + LARGEUR - regular.widthOfTextAtSize(numero, 8), y: 14 * MM, size: 8, font: regular, color: GRIS });
    });
  return doc.save({ useObjectStreams: false });
}

/** One PDF of every letter, in order, for printing (the registered post of an annulation). */
export async function assemblerPdf(documents: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, { titre, now }: { titre: string; now: Date }): Promise<Uint8Array> {
  const out = await PDFDocument.create();
  out.setTitle(titre, { showInWindowTitleBar: true });
  out.setLanguage("fr-FR");
  out.setCreator("Portail des candidats individuels");
  out.setCreationDate(now);
  for await (const bytes of documents) {
    const source = await PDFDocument.load(bytes);
    const pages = await out.copyPages(source, source.getPageIndices());
    for (const page of pages) out.addPage(page);
  }
  if (out.getPageCount() === 0) out.addPage(A4);
  return out.save({ useObjectStreams: false });
}
