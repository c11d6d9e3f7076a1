import { readOutbox, waitForMail } from "../../lib/mail/read-outbox";
import { expect, test } from "./fixtures";
import {
  champ,
  choisirAcquis,
  demoWindow,
  expectFrenchTypography,
  newCandidate,
  plain,
  remplirEpreuves,
  remplirIdentification,
  remplirInformations,
  remplirQualification,
  startRegistration,
  suivant,
  uniqueEmail,
} from "./helpers/wizard";

// The six-step wizard in a real browser against the production server: a full registration in
// Clermont-Ferrand (tertiary: LVA + LVB, EPS apte) with axe on every page, then a modification
// and a désinscription; Nancy-Metz (industrial, EPS inapte); an ajourné keeping notes.

const NUMERO = /\d{4}-\d{2}-BACPRO-\d{6}/;

test.describe("inscription en six étapes", () => {
  test("Clermont-Ferrand, spécialité tertiaire : LVA + LVB, EPS apte, enregistrement, modification, désinscription", async ({ page, outboxDir, expectAccessible }, testInfo) => {
    test.setTimeout(120_000);
    const email = uniqueEmail("clermont", testInfo);
    await newCandidate(page, outboxDir, email);

    const id = await startRegistration(
      page,
      "63000",
      "Clermont-Ferrand",
      async () => {
        await expect(page.locator("main")).toContainText("Le code postal 63000 relève de l’académie de Clermont-Ferrand");
        await expectAccessible();
      },
      async () => {
        // The closing instant, in the académie's time, before anything else.
        await expect(page.locator("main")).toContainText(/Date limite\s:\s\S+ \d{1,2}(er)? \S+ \d{4} à 17\sh\s00, heure de Paris/);
        // Not ticked: refused, nothing created.
        await page.getByRole("button", { name: "Commencer mon inscription" }).click();
        await expect(page.locator("#modalites-modalitesAcceptees")).toContainText("Cochez la case pour confirmer que vous avez lu les modalités d’inscription");
        await expectAccessible();
        await expectFrenchTypography(page);
      },
    );

    // 1 — Identification
    const main = page.locator("main");
    await expect(main.getByRole("heading", { name: /Brouillon : candidature non enregistrée/ })).toBeVisible();
    await expect(main).toContainText("Dominique");
    await expect(main).toContainText(email);
    await expect(main).toContainText(/jusqu.au .* à 17\s?h\s?00, heure de Paris/);
    await expectAccessible();
    await expectFrenchTypography(page);
    // A domicile outside the académie is refused, with the rule, and what was typed is kept.
    await remplirIdentification(page, { codePostal: "54000", commune: "Nancy" });
    await page.getByRole("button", { name: "Suivant" }).click();
    await expect(champ(page, "codePostal")).toContainText("relève de l’académie de Nancy-Metz");
    await expect(page.getByLabel("Commune *")).toHaveValue("Nancy");
    await expect(page.getByLabel("Téléphone *")).toHaveValue("06 12 34 56 78");
    await expectAccessible();
    await page.getByLabel("Code postal *").fill("63000");
    await page.getByLabel("Commune *").fill("Clermont-Ferrand");
    await suivant(page, "informations");

    // 2 — Informations candidature: the organisme shows only for the routes that need one.
    await expect(main.getByRole("heading", { name: /Brouillon : candidature non enregistrée/ })).toBeVisible();
    const organisme = page.getByLabel("Établissement ou organisme de formation *");
    await expect(organisme).toBeHidden();
    await page.getByRole("radio", { name: /enseignement à distance/ }).check({ force: true });
    await expect(organisme).toBeVisible();
    await expectAccessible();
    await remplirInformations(page, { route: "EXPERIENCE_PRO_3_ANS" });
    await expect(organisme).toBeHidden();
    await page.locator("#etape-handicap").getByRole("radio", { name: "Oui" }).check({ force: true });
    await expect(main.getByRole("link", { name: "Demander un aménagement d’épreuves" })).toBeVisible();
    await expectAccessible();
    await page.locator("#etape-amenagementExistant").getByRole("radio", { name: "Non" }).check({ force: true });
    await expectFrenchTypography(page);
    await suivant(page, "qualification");

    // 3 — Qualification présentée
    await expect(main).toContainText(/Attention\s:\sce choix est définitif/);
    await expectAccessible();
    await remplirQualification(page, /^Métiers du commerce et de la vente option A/, "GLOBALE");
    await suivant(page, "acquis");

    // 4 — Acquis: not an ajourné, so no bénéfices de notes on offer.
    await expect(main).toContainText("Toute note ou dispense non conservée est définitivement perdue");
    await expect(page.getByRole("radio", { name: /bénéfices de notes/ })).toHaveCount(0);
    await expectAccessible();
    await choisirAcquis(page, "AUCUN");
    await suivant(page, "epreuves");

    // 5 — Épreuves: tertiary, so LVB; the experience route may ask for the EPS dispense.
    await expect(page.getByRole("table")).toContainText("E7 – Éducation physique et sportive");
    await expect(page.getByRole("table")).toContainText("ECT-3 – Épreuve de contrôle");
    await expect(page.getByLabel("Langue vivante B (LVB) *")).toBeVisible();
    await expect(page.getByRole("radio", { name: /Dispensé au titre de trois ans/ })).toHaveCount(1);
    await expectAccessible();
    // LVA = LVB and one activity: refused beside the fields, choices kept.
    await remplirEpreuves(page, { lva: "Anglais", lvb: "Anglais", eps: "APTE", activites: ["Danse"] });
    await page.getByRole("button", { name: "Suivant" }).click();
    await expect(champ(page, "lvb")).toContainText("La langue vivante B doit être différente de la langue vivante A");
    await expect(champ(page, "epsActivites")).toContainText("Choisissez deux activités différentes");
    await expect(page.getByLabel("Langue vivante A (LVA) *")).toHaveValue("Anglais");
    await expectAccessible();
    await remplirEpreuves(page, { lva: "Anglais", lvb: "Espagnol", eps: "APTE", activites: ["Demi-fond"] });
    await suivant(page, "recapitulatif");

    // 6 — Récapitulatif
    await expect(main.getByRole("heading", { name: /Brouillon : candidature non enregistrée/ })).toBeVisible();
    for (const text of ["Clermont-Ferrand", "Métiers du commerce et de la vente option A", "Anglais", "Espagnol", "Danse, Demi-fond", "Certificats de travail"]) await expect(main).toContainText(text);
    for (const step of ["identification", "informations", "qualification", "acquis", "epreuves"])
      await expect(main.locator(`a[href="/mes-candidatures/${id}/${step}"]`).first()).toBeVisible();
    await expectAccessible();
    await expectFrenchTypography(page);
    const avant = new Date();
    await page.getByRole("button", { name: "ENREGISTRER" }).click();
    await expect(page).toHaveURL(/recapitulatif\?enregistree=1$/);
    const succes = main.locator(".fr-alert--success");
    await expect(succes).toContainText("Votre candidature est enregistrée");
    const numero = plain(await succes.textContent()).match(NUMERO)?.[0];
    expect(numero).toMatch(/^\d{4}-06-BACPRO-\d{6}$/);
    await expect(main.getByRole("heading", { name: /Brouillon/ })).toHaveCount(0);
    await expectAccessible();

    const confirmation = await waitForMail(outboxDir, { to: email, subjectIncludes: "Confirmation d'inscription", since: avant });
    expect(confirmation.text).toContain(numero!);

    // Mes candidatures: the card.
    await page.goto("/mes-candidatures");
    const carte = main.locator(".fr-card", { hasText: "Baccalauréat professionnel" });
    await expect(carte).toContainText(numero!);
    await expect(carte).toContainText("Enregistrée");
    await expect(carte).toContainText(/Version\s:\s1/);
    await expect(carte).toContainText("Académie de Clermont-Ferrand");
    await expectAccessible();

    // A modification: LVF added, saved as version 2, mailed.
    await carte.getByRole("link", { name: /Gérer ma candidature/ }).click();
    await expect(page).toHaveURL(new RegExp(`/mes-candidatures/${id}/recapitulatif$`));
    await expect(main.getByRole("button", { name: "ENREGISTRER" })).toHaveCount(0);
    await page.goto(`/mes-candidatures/${id}/epreuves`);
    await page.getByLabel("Langue vivante facultative (LVF, épreuve orale)").selectOption("Italien");
    await suivant(page, "recapitulatif");
    await expect(main.getByRole("heading", { name: /Brouillon : modifications non enregistrées/ })).toBeVisible();
    await page.getByRole("button", { name: "ENREGISTRER" }).click();
    await expect(main.locator(".fr-alert--success")).toContainText("La version 2 de votre candidature est enregistrée");
    await expect(main.locator(".fr-alert--success")).toContainText(numero!);
    await waitForMail(outboxDir, { to: email, subjectIncludes: "Modification d'inscription : Baccalauréat professionnel" });
    expect(await readOutbox(outboxDir, { to: email, subjectIncludes: "Confirmation d'inscription" })).toHaveLength(1);

    // Me désinscrire: confirmed, then recorded.
    await main.getByRole("link", { name: "Me désinscrire" }).click();
    await expect(page).toHaveURL(/\/desinscription$/);
    await expect(page).toHaveTitle(/^Me désinscrire/);
    await expectAccessible();
    await page.getByRole("button", { name: "Me désinscrire" }).click();
    await expect(page.locator("#desinscription-confirmation")).toContainText("Cochez la case pour confirmer votre désinscription");
    await page.getByText(/Je confirme vouloir me désinscrire/).click();
    await page.getByRole("button", { name: "Me désinscrire" }).click();
    await expect(page).toHaveURL(/recapitulatif\?desinscrite=1$/);
    await expect(main.getByRole("heading", { name: "Vous vous êtes désinscrit" })).toBeVisible();
    await waitForMail(outboxDir, { to: email, subjectIncludes: "Désinscription : Baccalauréat professionnel" });
    await page.goto("/mes-candidatures");
    await expect(main.locator(".fr-card", { hasText: numero! })).toContainText("Désinscrite");
  });

  test("Nancy-Metz, spécialité industrielle : une seule langue, EPS inapte", async ({ page, outboxDir, expectAccessible }, testInfo) => {
    test.setTimeout(90_000);
    const email = uniqueEmail("nancy", testInfo);
    await newCandidate(page, outboxDir, email);
    await startRegistration(page, "54000", "Nancy-Metz");
    await remplirIdentification(page, { codePostal: "54000", commune: "Nancy" });
    await suivant(page, "informations");
    await remplirInformations(page, { route: "FORMATION_CONTINUE", organisme: "GRETA Lorraine" });
    await suivant(page, "qualification");
    await remplirQualification(page, /^Métiers de l.électricité et de ses environnements connectés/, "PROGRESSIVE");
    await suivant(page, "acquis");
    await choisirAcquis(page, "AUCUN");
    await suivant(page, "epreuves");

    // Industrial: no LVB; the EPS dispense is for the experience route only.
    await expect(page.getByLabel("Langue vivante B (LVB) *")).toHaveCount(0);
    await expect(page.getByRole("radio", { name: /Dispensé au titre de trois ans/ })).toHaveCount(0);
    await remplirEpreuves(page, { lva: "Allemand", lvf: "Allemand", eps: "INAPTE" });
    await page.getByRole("button", { name: "Suivant" }).click();
    await expect(champ(page, "lvf")).toContainText("La langue facultative doit être différente de la langue vivante A");
    await page.getByLabel("Langue vivante facultative (LVF, épreuve orale)").selectOption("Portugais");
    await suivant(page, "recapitulatif");

    const main = page.locator("main");
    await expect(main).toContainText("Inapte");
    await expect(main.getByRole("table")).toContainText(/E7 – Éducation physique et sportive\s*Dispensé/);
    await expect(main).toContainText("Certificat médical d’inaptitude à l’EPS");
    await expect(main).toContainText("Attestation de formation à l’utilisation des équipements pour les travaux temporaires en hauteur");
    await expectAccessible();
    await page.getByRole("button", { name: "ENREGISTRER" }).click();
    await expect(main.locator(".fr-alert--success")).toContainText(/\d{4}-12-BACPRO-\d{6}/);
    await waitForMail(outboxDir, { to: email, subjectIncludes: "Confirmation d'inscription" });
  });

  test("un candidat ajourné conserve ses notes : bénéfices de 10/20 et plus, des 5 dernières sessions", async ({ page, outboxDir, expectAccessible }, testInfo) => {
    test.setTimeout(90_000);
    const { annee } = demoWindow("06");
    const email = uniqueEmail("ajourne", testInfo);
    await newCandidate(page, outboxDir, email);
    await startRegistration(page, "03100", "Clermont-Ferrand");
    await remplirIdentification(page, { codePostal: "03100", commune: "Montluçon" });
    await suivant(page, "informations");
    await remplirInformations(page, { route: "DEJA_PRESENTE", precedente: { annee: annee - 1, forme: "GLOBALE", ajourne: true } });
    await suivant(page, "qualification");

    // The forme of the previous session is kept: changing it is refused.
    const main = page.locator("main");
    await expect(main).toContainText("Vous avez indiqué vous être déjà présenté sous la forme globale");
    await remplirQualification(page, /^Métiers de l.accueil/, "PROGRESSIVE");
    await page.getByRole("button", { name: "Suivant" }).click();
    await expect(champ(page, "formePassage")).toContainText("vous devez conserver cette forme de passage");
    await page.getByRole("radio", { name: /^Globale/ }).check({ force: true });
    await suivant(page, "acquis");

    await choisirAcquis(page, "BENEFICES_NOTES");
    await expectAccessible();
    // E2 12,5 from last session; E5 8/20 (not kept); E6 from six sessions ago (expired).
    await page.locator("#etape-benefices\\[1\\]\\.note").fill("12,5");
    await page.locator("#etape-benefices\\[1\\]\\.sessionAnnee").fill(String(annee - 1));
    await page.locator("#etape-benefices\\[4\\]\\.note").fill("8");
    await page.locator("#etape-benefices\\[4\\]\\.sessionAnnee").fill(String(annee - 1));
    await page.locator("#etape-benefices\\[5\\]\\.note").fill("14");
    await page.locator("#etape-benefices\\[5\\]\\.sessionAnnee").fill(String(annee - 6));
    await page.getByRole("button", { name: "Suivant" }).click();
    await expect(champ(page, "benefices[4].note")).toContainText("Seule une note égale ou supérieure à 10/20 peut être conservée");
    await expect(champ(page, "benefices[5].sessionAnnee")).toContainText("elle n’est plus valable");
    await expect(page.locator("#etape-benefices\\[1\\]\\.note")).toHaveValue("12,5");
    await expectAccessible();
    for (const row of [4, 5]) {
      await page.locator(`#etape-benefices\\[${row}\\]\\.note`).fill("");
      await page.locator(`#etape-benefices\\[${row}\\]\\.sessionAnnee`).fill("");
    }
    await suivant(page, "epreuves");

    await expect(main.getByRole("table")).toContainText(/E2 – Épreuve d.analyse et de technologie\s*Bénéfice \(note conservée\s:\s12,5\/20\)/);
    await remplirEpreuves(page, { lva: "Anglais", lvb: "Italien", eps: "APTE", activites: ["Danse", "Tennis de table"] });
    await suivant(page, "recapitulatif");
    await expect(main).toContainText(/E2\s:\s12,5\/20 \(session \d{4}\)/);
    await expect(main).toContainText("Relevé de notes de la session antérieure");
    await page.getByRole("button", { name: "ENREGISTRER" }).click();
    await expect(main.locator(".fr-alert--success")).toContainText("Votre candidature est enregistrée");
  });
});
