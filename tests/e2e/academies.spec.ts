import type { Page } from "@playwright/test";
import { instantLocal } from "../../lib/domain/candidature/fenetre";
import { formatWindowFr } from "../../lib/domain/calendar";
import { waitForMail } from "../../lib/mail/read-outbox";
import { demoAccount, expect, test } from "./fixtures";
import { connecterPersonnel } from "./helpers/personnel";
import { callServerAction, readServerActions } from "./helpers/server-actions";
import { demoWindow, newCandidate, plain, startRegistration, uniqueEmail } from "./helpers/wizard";

// Issue 10 §7 and §9: the national admin edits an académie (contacts, départements, zone, admins)
// and the session page shows what candidates read; an académie's admin reaches their own académie
// only, by the pages and by a direct POST; La Réunion's demo session shows its deadlines in its own
// time (UTC+4) on the home page, the session page and the wizard's banner. Axe on every new page.

const NATIONAL = demoAccount("admin.national");
// The demo admin d'académie is Clermont-Ferrand's; Nice stands for "another académie".
const ADMIN_CLERMONT = demoAccount("admin.clermont");
const REUNION = "Indian/Reunion";

const signInStaff = connecterPersonnel;

/** The error DSFR writes under the field whose control has this id. */
function erreurSous(page: Page, id: string) {
  return page.locator(`.fr-input-group--error:has(#${id}) .fr-message--error, .fr-select-group--error:has(#${id}) .fr-error-text`);
}

/** La Réunion's bac pro demo session, from the home page's list. */
async function sessionReunion(page: Page): Promise<string> {
  await page.goto("/");
  const carte = page
    .getByRole("region", { name: "Inscriptions ouvertes" })
    .getByRole("list", { name: "Académie de La Réunion" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Baccalauréat professionnel – " }) });
  await expect(carte).toHaveCount(1);
  const fenetre = demoWindow("28");
  // The window in words, in La Réunion's time: « …, heure de La Réunion ».
  await expect(carte).toContainText(`Inscriptions ${formatWindowFr(fenetre, REUNION)}`);
  await expect(carte).toContainText("heure de La Réunion");
  return (await carte.getByRole("link").getAttribute("href"))!;
}

test.describe("académies", () => {
  test("l'administrateur national modifie les contacts de La Réunion ; la page de sa session les montre, à l'heure de La Réunion", async ({ page, expectAccessible }, testInfo) => {
    // Sign-in, three pages checked by axe, five forms and the session page: more than the default minute.
    test.setTimeout(180_000);
    const libelle = `Bureau des examens – essai ${testInfo.parallelIndex}.${Date.now()}`;
    await signInStaff(page, NATIONAL);
    await page.getByRole("navigation").getByRole("link", { name: "Académies", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Académies");
    const ligne = page.getByRole("row", { name: /La Réunion/ });
    await expect(ligne).toContainText("heure de La Réunion");
    await expect(ligne).toContainText("974");
    await expectAccessible();

    await ligne.getByRole("link", { name: "La Réunion" }).click();
    await expect(page).toHaveURL(/\/gestion\/academies\/28$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Académie de La Réunion");
    // Its demo session runs: the zone cannot change now, and the page says why.
    await expect(page.locator("main")).toContainText("Le fuseau horaire ne peut pas être changé tant que l’académie a des sessions en cours ou à venir");
    await expectAccessible();

    // A contact nobody can reach is refused beside its field, what was typed kept.
    const ajout = page.getByRole("form", { name: "Ajouter un contact" });
    await ajout.locator("#contact-nouveau-libelle").fill(libelle);
    await ajout.locator("#contact-nouveau-telephone").fill("12");
    await ajout.getByRole("button", { name: "Ajouter le contact" }).click();
    await expect(erreurSous(page, "contact-nouveau-telephone")).toContainText("Indiquez un numéro de téléphone français");
    await expect(page.locator("#contact-nouveau-libelle")).toHaveValue(libelle);
    await expect(page.locator("#contact-nouveau-telephone")).toHaveValue("12");
    await expectAccessible();

    await page.locator("#contact-nouveau-telephone").fill("+262 262 00 00 42");
    await page.locator("#contact-nouveau-email").fill("essai.examens@ac-reunion.invalid");
    await page.getByRole("form", { name: "Ajouter un contact" }).getByRole("button", { name: "Ajouter le contact" }).click();
    await expect(page.getByRole("status").filter({ hasText: "est ajouté" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: libelle })).toBeVisible();

    // Then changed: its number, written in pairs.
    await page.getByText(`Modifier ou supprimer « ${libelle} »`).click();
    const modif = page.getByRole("form", { name: `Modifier le contact « ${libelle} »` });
    await modif.locator('input[name="telephone"]').fill("0262000043");
    await modif.getByRole("button", { name: /^Enregistrer/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "est enregistré" })).toBeVisible();
    await expect(page.locator("main")).toContainText("essai.examens@ac-reunion.invalid – 02 62 00 00 43");

    // The session page a candidate reads: the contact, and every date in La Réunion's time.
    const session = await sessionReunion(page);
    await page.goto(session);
    const contacts = page.getByRole("region", { name: "Contacter le service des examens" });
    await expect(contacts).toContainText(libelle);
    await expect(contacts.getByRole("link", { name: "02 62 00 00 43" })).toBeVisible();
    await expect(contacts.getByRole("link", { name: "essai.examens@ac-reunion.invalid" })).toBeVisible();
    await expect(page.locator("main")).toContainText("heure de La Réunion");
    await expect(page.locator("main")).not.toContainText("heure de Paris");
    await expect(page.locator("main")).toContainText(`jusqu’au ${instantLocal(demoWindow("28").closesAt, REUNION)}`);

    // Removed, it leaves the session page.
    await page.goto("/gestion/academies/28");
    await page.getByText(`Modifier ou supprimer « ${libelle} »`).click();
    await page.getByRole("button", { name: `Supprimer le contact « ${libelle} »` }).click();
    await expect(page.getByRole("heading", { level: 3, name: libelle })).toHaveCount(0);
    await page.goto(session);
    await expect(page.getByRole("region", { name: "Contacter le service des examens" })).not.toContainText(libelle);
  });

  test("l'administrateur national : un département d'une autre académie et un fuseau bloqué sont refusés en français ; il invite un administrateur d'académie", async ({ page, outboxDir }, testInfo) => {
    test.setTimeout(120_000);
    await signInStaff(page, NATIONAL);
    await page.goto("/gestion/academies/27");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Académie de Corse");
    await page.locator("#identite-departements").fill("2A 2B 06");
    await page.getByRole("button", { name: "Enregistrer le nom, le fuseau et les départements" }).click();
    await expect(page.getByRole("alert").or(page.getByRole("status")).filter({ hasText: "Le formulaire contient une erreur" })).toBeVisible();
    expect(plain(await erreurSous(page, "identite-departements").textContent())).toContain("Le département 06 appartient déjà à l'académie de Nice");
    await expect(page.locator("#identite-departements")).toHaveValue("2A 2B 06");

    await page.goto("/gestion/academies/28");
    await page.locator("#identite-timeZone").selectOption("Europe/Paris");
    await page.getByRole("button", { name: "Enregistrer le nom, le fuseau et les départements" }).click();
    await expect(erreurSous(page, "identite-timeZone")).toContainText("déplacerait ces échéances");
    await expect(page.locator("#identite-timeZone")).toHaveValue("Europe/Paris");
    await page.goto("/gestion/academies/28");
    await expect(page.locator("#identite-timeZone")).toHaveValue(REUNION);

    // A new admin d'académie, invited from the académie's page through the staff invitation.
    const email = uniqueEmail("admin-reunion", testInfo);
    await page.locator("#invitation-email").fill(email);
    await page.locator("#invitation-nomNaissance").fill("Invité");
    await page.locator("#invitation-prenoms").fill("Kim");
    await page.getByRole("button", { name: "Envoyer l’invitation" }).click();
    await expect(page.getByRole("status").filter({ hasText: email })).toBeVisible();
    const admins = page.getByRole("table", { name: "Administrateurs de l’académie de La Réunion" });
    await expect(admins.getByRole("row", { name: new RegExp(email.replace(/[.]/g, "\\.")) })).toContainText("Invitation en attente");
    const mail = await waitForMail(outboxDir, { to: email, subjectIncludes: "Votre accès à l'espace de gestion" }, 30_000);
    expect(plain(mail.text)).toContain("pour l'académie de La Réunion");
  });

  test("un administrateur d'académie ne modifie que les coordonnées de la sienne ; une autre académie est une page 404 et un envoi direct n'y change rien", async ({ page, browser, baseURL, expectAccessible }) => {
    // Two sign-ins (each an argon2 verification), two axe checks and five direct calls.
    test.setTimeout(180_000);
    await signInStaff(page, ADMIN_CLERMONT);
    await page.getByRole("navigation").getByRole("link", { name: "Mon académie" }).click();
    await expect(page).toHaveURL(/\/gestion\/academies\/06$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Académie de Clermont-Ferrand");
    // Name, zone and départements are read, not edited.
    await expect(page.locator("#identite-nom")).toHaveCount(0);
    await expect(page.locator("#identite-departements")).toHaveCount(0);
    await expect(page.locator("main")).toContainText("fixés par l’administration nationale");
    await expectAccessible();

    // A link that is no https page is refused beside its field, what was typed kept.
    await page.locator("#coordonnees-amenagementUrl").fill("http://amenagements.example.fr");
    await page.getByRole("button", { name: "Enregistrer l’adresse et le lien" }).click();
    await expect(erreurSous(page, "coordonnees-amenagementUrl")).toContainText("https://");
    await expect(page.locator("#coordonnees-amenagementUrl")).toHaveValue("http://amenagements.example.fr");
    await expectAccessible();

    // Nice's page does not exist for them.
    const response = await page.goto("/gestion/academies/23");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page non trouvée");

    // Nor do Nice's coordinates and contacts by a direct POST of the actions: refused, nothing changes.
    const national = await browser.newContext({ baseURL: baseURL!, locale: "fr-FR", timezoneId: "Europe/Paris" });
    const nationalPage = await national.newPage();
    await signInStaff(nationalPage, NATIONAL);
    const nice = async () => {
      await nationalPage.goto("/gestion/academies/23");
      return {
        adresse: await nationalPage.locator("#coordonnees-adressePostale").inputValue(),
        lien: await nationalPage.locator("#coordonnees-amenagementUrl").inputValue(),
        contacts: await nationalPage.getByRole("region", { name: "Contacts" }).locator("h3").allTextContents(),
      };
    };
    const avant = await nice();
    expect(avant.contacts.length).toBeGreaterThan(0);

    const actions = readServerActions();
    const id = (name: string) => actions.get(`app/(gestion)/gestion/academies/[code]/actions.ts#${name}`)!.id;
    const data = (values: Record<string, string>) => {
      const f = new FormData();
      for (const [k, v] of Object.entries(values)) f.append(k, v);
      return f;
    };
    const post = (name: string, args: unknown[]) =>
      callServerAction(page.request, { url: "/gestion/academies/06", actionId: id(name), args, headers: { Origin: baseURL! } });

    const coordonnees = await post("modifierCoordonnees", ["23", { n: 0 }, data({ adressePostale: "Adresse d'un intrus", amenagementUrl: "https://intrus.example.fr" })]);
    expect(coordonnees).toMatchObject({ kind: "state", state: { formError: expect.stringContaining("pas dans votre périmètre") } });
    const contact = await post("enregistrerContact", ["23", { n: 0 }, data({ libelle: "Contact d'un intrus", email: "intrus@example.fr", telephone: "", ordre: "0" })]);
    expect(contact).toMatchObject({ kind: "state", state: { formError: expect.stringContaining("pas dans votre périmètre") } });
    // Name, zone and départements are the national admin's: a 404, as for the page.
    expect(await post("modifierIdentite", ["23", { n: 0 }, data({ nom: "Intrus", timeZone: "Europe/Paris", departements: "06 83", siteUrl: "" })])).toEqual({ kind: "not-found" });
    expect(await post("modifierIdentite", ["06", { n: 0 }, data({ nom: "Clermont", timeZone: "Europe/Paris", departements: "03 15 43 63", siteUrl: "" })])).toEqual({ kind: "not-found" });

    expect(await nice()).toEqual(avant);
    await national.close();
  });

  test("un candidat de La Réunion lit la date limite à l'heure de La Réunion dans le bandeau de l'inscription", async ({ page, outboxDir }, testInfo) => {
    await newCandidate(page, outboxDir, uniqueEmail("reunion", testInfo));
    await startRegistration(page, "97400", "La Réunion");
    const bandeau = page.locator("main .fr-alert").filter({ hasText: "Brouillon" });
    await expect(bandeau).toContainText(`jusqu’au ${instantLocal(demoWindow("28").closesAt, REUNION)}`);
    await expect(bandeau).toContainText("heure de La Réunion");
  });
});
