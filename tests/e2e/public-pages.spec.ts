import type { Locator, Page } from "@playwright/test";
import { academieLabel } from "../../components/sessions/session-labels";
import { formatWindowFr, localToInstant } from "../../lib/domain/calendar";
import { findAcademieByCode } from "../../lib/domain/data/academies";
import { findExamen } from "../../lib/domain/data/examens";
import { demoSessions } from "../../lib/domain/data/sessions";
import { expect, test } from "./fixtures";

// The Nancy-Metz notice's window, as the calendar module prints it (U+00A0 inside "10 h 00").
const FENETRE_NANCY_METZ_2024 =
  /du lundi 6\s+novembre 2023 à 10\s+h\s+00 au mercredi 6\s+décembre 2023 à 22\s+h\s+00, heure de Paris/;
// During the Nancy-Metz 2024 registrations; the demo sessions (seeded around today) are still to come.
const PENDANT_NANCY_METZ_2024 = "2023-11-20T09:00:00Z";

function instant(local: string, zone: string): Date {
  const result = localToInstant(local, zone);
  if (!result.ok) throw new Error(result.message);
  return result.instant;
}

/**
 * The demo sessions the test server seeded this morning, with the window text the home must show
 * in its lists: the bac pro's, whose catalogue the seed brings. The CAP, BP and MC have none until the
 * national admin makes one, and are listed apart, « auprès du rectorat » (catalogue.spec.ts).
 */
function expectedDemoSessions() {
  return demoSessions(new Date()).filter((s) => s.examen === "BAC_PRO").map((s) => {
    const academie = findAcademieByCode(s.academieCode)!;
    const window = { opensAt: instant(s.inscriptionOuvertureLocal, academie.timeZone), closesAt: instant(s.inscriptionClotureLocal, academie.timeZone) };
    return { academie: academieLabel(academie.nom), examen: findExamen(s.examen).libelle, libelle: s.libelle, fenetre: formatWindowFr(window, academie.timeZone) };
  });
}

/** French typography in the page’s own content: no breaking space before « : ; ! ? » nor inside « ». */
async function expectFrenchTypography(page: Page) {
  const text = (await page.locator("main").textContent()) ?? "";
  expect(text.match(/.{0,30}(?: [:;!?»]|« ).{0,30}/g) ?? [], "espaces ordinaires avant : ; ! ? » ou après «").toEqual([]);
}

/** A session of the home page: an item of its académie's list, whose link starts with the exam. */
function sessionItem(section: Locator, academie: string, examen: string): Locator {
  return section.getByRole("list", { name: academie }).getByRole("listitem").filter({ has: section.page().getByRole("link", { name: `${examen} – ` }) });
}

test.describe("pages publiques", () => {
  test("l’accueil présente la démarche et liste les sessions de démonstration comme ouvertes, à l’heure locale", async ({ page, expectAccessible }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inscriptions des candidats individuels aux examens professionnels");
    await expect(page.locator("main")).toContainText("Activez votre compte dans les 48\u00A0heures");
    await expect(page.locator("main")).toContainText("«\u00A0ENREGISTRER\u00A0»");

    const ouvertes = page.getByRole("region", { name: "Inscriptions ouvertes" });
    const demos = expectedDemoSessions();
    expect(demos.length).toBeGreaterThan(0);
    for (const demo of demos) {
      const card = sessionItem(ouvertes, demo.academie, demo.examen);
      await expect(card, `${demo.academie} – ${demo.examen}`).toHaveCount(1);
      await expect(card).toContainText(`Inscriptions ${demo.fenetre}`);
      await expect(card).toContainText(demo.libelle);
      await expect(card.getByRole("link")).toHaveAttribute("href", /^\/sessions\/c[a-z0-9]+$/);
    }
    // The notices' sessions (2021–2024) are all closed today: on a page of their own.
    await expect(page.getByRole("link", { name: /^Sessions closes \(\d+\s+sessions\)$/ })).toHaveAttribute("href", "/sessions");
    await expect(page.locator("main")).not.toContainText("Session 2021");

    await expectFrenchTypography(page);
    await expectAccessible();
  });

  test("l’accueil suit l’horloge de test : pendant les inscriptions de Nancy-Metz 2024, la démonstration est à venir", async ({ page, setNow, expectAccessible }) => {
    await setNow(PENDANT_NANCY_METZ_2024);
    await page.goto("/");

    const ouvertes = page.getByRole("region", { name: "Inscriptions ouvertes" });
    const nancyMetz = sessionItem(ouvertes, "Académie de Nancy-Metz", "Baccalauréat professionnel");
    await expect(nancyMetz).toContainText(FENETRE_NANCY_METZ_2024);
    await expect(nancyMetz).toContainText("Session 2024");

    const aVenir = page.getByRole("region", { name: "Inscriptions à venir" });
    for (const demo of expectedDemoSessions()) {
      const card = sessionItem(aVenir, demo.academie, demo.examen);
      await expect(card, `${demo.academie} – ${demo.examen}`).toContainText(demo.fenetre);
    }
    await expectAccessible();

    await nancyMetz.getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Baccalauréat professionnel – Session 2024");
    await expect(page).toHaveTitle(/^Baccalauréat professionnel – Session 2024 – Académie de Nancy-Metz – /);
    await expect(page.getByRole("heading", { level: 2, name: "Les inscriptions sont ouvertes" })).toBeVisible();
    await expect(page.locator("main")).toContainText(/Vous pouvez vous inscrire, et modifier votre inscription, jusqu’au mercredi 6\s+décembre 2023 à 22\s+h\s+00, heure de Paris/);
    await expectAccessible();
  });

  test("la page de la session Nancy-Metz 2024 donne le calendrier, les choix, les pièces et les contacts", async ({ page, expectAccessible }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /^Sessions closes/ }).click();
    await expect(page).toHaveURL(/\/sessions$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sessions closes");
    await expect(page).toHaveTitle(/^Sessions closes – /);
    const ligne = page.getByRole("table", { name: "Sessions dont les inscriptions sont closes" }).getByRole("row").filter({ hasText: "Académie de Nancy-Metz" }).filter({ hasText: "Session 2024" });
    await expect(ligne).toContainText(FENETRE_NANCY_METZ_2024);
    await expectFrenchTypography(page);
    await expectAccessible();
    await ligne.getByRole("link", { name: "Baccalauréat professionnel" }).click();

    await expect(page).toHaveURL(/\/sessions\/[^/]+$/);
    await expect(page).toHaveTitle(/Baccalauréat professionnel – Session 2024 – Académie de Nancy-Metz/);
    const main = page.locator("main");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Baccalauréat professionnel – Session 2024");
    await expect(main).toContainText("Académie de Nancy-Metz");
    await expect(page.getByRole("heading", { level: 2, name: "Les inscriptions sont closes" })).toBeVisible();

    const calendrier = page.getByRole("table", { name: "Calendrier de la session" });
    await expect(calendrier.getByRole("row").filter({ hasText: "Inscriptions en ligne" })).toContainText(FENETRE_NANCY_METZ_2024);
    // The exact characters: non-breaking spaces around "h", as formatWindowFr writes them.
    expect(await calendrier.textContent()).toContain("du lundi 6 novembre 2023 à 10\u00A0h\u00A000 au mercredi 6 décembre 2023 à 22\u00A0h\u00A000, heure de Paris");
    await expect(calendrier.getByRole("row").filter({ hasText: "Envoi des pièces justificatives par voie postale" })).toContainText(/samedi 9\s+décembre 2023 à 23\s+h\s+59/);
    await expect(calendrier.getByRole("row").filter({ hasText: "confirmation d’inscription" })).toContainText(/au plus tard le samedi 9\s+décembre 2023/);

    await expect(main).toContainText("être domicilié dans l’académie (départements 54, 55, 57 et 88)");
    await expect(main).toContainText("trois ans d’activité professionnelle");
    await expect(main).toContainText("Activez votre compte dans les 48\u00A0heures");
    await expect(main).toContainText("8 à 20\u00A0caractères");
    await expect(main).toContainText("La forme de passage est définitive");
    await expect(main).toContainText("Toute note ou dispense non conservée est définitivement perdue.");
    await expect(main).toContainText("Tout dossier incomplet à la date limite entraîne l’annulation de l’inscription.");

    await expect(page.getByRole("heading", { level: 3, name: "Langue vivante obligatoire (LVA)" })).toBeVisible();
    await expect(main).toContainText("Allemand, Anglais, Espagnol et Italien.");
    await expect(main).toContainText("Danse, Tennis de table et Demi-fond.");
    await expect(main).toContainText("800 mètres marche et Natation 250 mètres.");

    const pieces = page.getByRole("table", { name: "Pièces justificatives pouvant être demandées" });
    // Every piece of this session goes by post (notice NM): said once, above the table.
    await expect(pieces.getByRole("row").filter({ hasText: /Confirmation d.inscription/ }).first()).toBeVisible();
    await expect(pieces.getByRole("columnheader")).toHaveText(["Pièce", "Rubrique"]);
    await expect(main).toContainText("Toutes ces pièces sont à envoyer par voie postale.");
    await expect(main).not.toContainText("À déposer en ligne");
    await expect(page.getByRole("navigation", { name: "Sommaire" }).getByRole("link", { name: "Pièces justificatives" })).toHaveAttribute("href", "#titre-pieces");

    await expect(page.getByRole("link", { name: /Demander un aménagement d’épreuves/ })).toHaveAttribute("href", /^https:\/\/www\.ac-nancy-metz\.fr\//);
    const contacts = page.getByRole("region", { name: "Contacter le service des examens" });
    await expect(contacts.getByRole("link", { name: /@/ }).first()).toHaveAttribute("href", /^mailto:.+\.invalid$/);
    await expect(contacts.locator("address")).toContainText("54000 Nancy Cedex");

    await expectFrenchTypography(page);
    await expectAccessible();
  });

  test("une session dont les pièces se déposent en ligne l’indique", async ({ page, setNow }) => {
    await setNow(PENDANT_NANCY_METZ_2024);
    await page.goto("/");
    const ouvertes = page.getByRole("region", { name: "Inscriptions ouvertes" });
    await sessionItem(ouvertes, "Académie de Clermont-Ferrand", "Baccalauréat professionnel").getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Baccalauréat professionnel – Session 2024");
    const pieces = page.getByRole("table", { name: "Pièces justificatives pouvant être demandées" });
    await expect(pieces.getByRole("row").filter({ hasText: /Confirmation d.inscription/ }).first()).toBeVisible();
    await expect(page.locator("main")).toContainText("Toutes ces pièces sont à déposer en ligne, dans «\u00A0Mes justificatifs\u00A0».");
    await expect(page.locator("main")).not.toContainText("À envoyer par voie postale");
    await expect(page.getByRole("table", { name: "Calendrier de la session" })).toContainText(/le 7\s+mai 2024/);
  });

  test("la déclaration d’accessibilité", async ({ page, expectAccessible }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: /Accessibilité\s*:\s*non conforme/ }).click();
    await expect(page).toHaveURL(/\/accessibilite$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Déclaration d’accessibilité");
    const main = page.locator("main");
    await expect(main).toContainText("Accessibilité\u00A0: non conforme");
    await expect(main).toContainText("RGAA), version\u00A04.1");
    for (const section of ["État de conformité", "Contenus non accessibles", "Établissement de cette déclaration d’accessibilité", "Retour d’information et contact", "Voies de recours"]) {
      await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
    }
    await expect(page.getByRole("link", { name: /Défenseur des droits/ }).first()).toBeVisible();
    await expectFrenchTypography(page);
    await expectAccessible();
  });

  test("une adresse inconnue donne la page « Page non trouvée » en 404", async ({ page, expectAccessible }) => {
    for (const path of ["/sessions/session-inconnue", "/cette-page-n-existe-pas"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page non trouvée");
      await expect(page.locator("main").getByRole("link", { name: "Page d’accueil" })).toHaveAttribute("href", "/");
      await expectFrenchTypography(page);
      await expectAccessible();
    }
  });

  test("la route de santé répond", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  test.describe("sur un téléphone", () => {
    test.use({ viewport: { width: 375, height: 740 } });

    test("l’accueil et une session tiennent dans la largeur de l’écran", async ({ page, setNow, expectAccessible }) => {
      await setNow(PENDANT_NANCY_METZ_2024);
      for (const path of ["/", "/sessions", "/accessibilite"]) {
        await page.goto(path);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
        await expectAccessible();
      }
      await page.goto("/");
      await sessionItem(page.getByRole("region", { name: "Inscriptions ouvertes" }), "Académie de Nancy-Metz", "Baccalauréat professionnel").getByRole("link").click();
      // The session page itself, not the home page's heading still on screen while the link loads.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Baccalauréat professionnel – Session 2024");
      await expect(page).toHaveTitle(/^Baccalauréat professionnel – Session 2024 – Académie de Nancy-Metz – /);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      await expectAccessible();
    });
  });
});
