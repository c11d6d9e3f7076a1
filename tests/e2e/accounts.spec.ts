import type { Browser, Page } from "@playwright/test";
import { extractLinks, waitForMail } from "../../lib/mail/read-outbox";
import { demoAccount, expect, test } from "./fixtures";
import { activationLink, createActivatedAccount, fillCreationForm, PASSWORD, plain, signIn, submitAndWait, uniqueEmail } from "./helpers/accounts";

// Accounts, in a real browser against the production server: creation with Cyclades' form,
// activation from the mail outbox, sign-in and sign-out, expiry of the 48-hour link, throttling,
// forgotten password, and a candidate kept out of the staff area even by a direct POST.

const DEMO_CANDIDAT = demoAccount("candidat.demo");
const DEMO_ADMIN = demoAccount("admin.clermont");

const header = (page: Page) => page.locator("header.fr-header .fr-header__tools-links");

test.describe("comptes candidats", () => {
  test("créer un compte, l'activer depuis le courriel, se connecter puis se déconnecter", async ({ page, context, outboxDir, expectAccessible }, testInfo) => {
    const email = uniqueEmail("creation", testInfo.parallelIndex);
    await page.goto("/creer-compte");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Créer mon compte");
    await expect(header(page).getByRole("link", { name: "Se connecter" })).toBeVisible();
    await expect(header(page).getByRole("link", { name: "Créer un compte" })).toBeVisible();
    // Every field of Cyclades' form has a visible <label> with its text.
    for (const label of [
      "Civilité *",
      "Nom de famille *",
      "Confirmation du nom de naissance *",
      "Nom d'usage",
      "Prénoms *",
      "Date de naissance *",
      "Confirmation date de naissance *",
      "Pays de naissance *",
      "Adresse mail *",
      "Confirmation de l'adresse mail *",
      "Mot de passe *",
      "Confirmation du mot de passe *",
    ]) {
      await expect(page.locator("label", { hasText: label }).first(), label).toBeVisible();
    }
    // The password rule is shown before anything is typed; France comes first among the countries.
    await expect(page.locator("main")).toContainText("8 à 20 caractères dont majuscule, minuscule et caractère spécial");
    const countries = await page.getByLabel("Pays de naissance *").locator("option").allTextContents();
    expect(countries.slice(0, 3)).toEqual(["Sélectionnez une option", "France", "Afghanistan"]);
    await expectAccessible();

    // Errors beside their fields, what was typed kept (passwords excepted), the failing rule part named.
    await fillCreationForm(page, email, { nomConfirmation: "Exempel", date: "31/02/2001", dateConfirmation: "31/02/2001", password: "motdepasse", passwordConfirmation: "motdepasse" });
    await submitAndWait(page, page.getByRole("button", { name: "Créer mon compte" }));
    const summary = page.locator("main .fr-alert--error").first();
    await expect(summary).toBeVisible();
    expect(plain(await summary.textContent())).toContain("Le formulaire contient 3 erreurs");
    expect(plain(await page.locator("#creer-nomNaissanceConfirmation-desc-error").textContent())).toContain("La confirmation ne correspond pas au nom de naissance saisi");
    expect(plain(await page.locator("#creer-dateNaissance-desc-error").textContent())).toContain("Cette date n'existe pas");
    expect(plain(await page.locator("main").textContent())).toContain("Il doit contenir au moins une lettre majuscule et un caractère spécial");
    await expect(page.getByLabel("Nom de famille *")).toHaveValue("Exemple");
    await expect(page.getByLabel("Confirmation du nom de naissance *")).toHaveValue("Exempel");
    await expect(page.getByLabel("Pays de naissance *")).toHaveValue("FR");
    await expect(page.getByLabel("Civilité *")).toHaveValue("MADAME");
    await expect(page.getByLabel("Confirmation de l'adresse mail *")).toHaveValue(email);
    await expect(page.locator("#creer-password")).toHaveValue("");
    await expectAccessible();

    await fillCreationForm(page, email);
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page).toHaveURL(/\/creer-compte\/courriel-envoye$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Consultez votre messagerie");

    // Not activated yet: the right password is refused, and the person is told why.
    await signIn(page, email, PASSWORD);
    expect(plain(await page.locator("main .fr-alert--error").textContent())).toContain("Votre compte n'est pas encore activé");

    const link = await activationLink(outboxDir, email);
    const mail = await waitForMail(outboxDir, { to: email, subjectIncludes: "Activez votre compte" });
    expect(mail.text).toContain("valable 48\u00a0heures");
    expect(mail.html).toContain("Activer mon compte");
    await page.goto(link);
    await expect(page.locator("main")).toContainText(email);
    await expectAccessible();
    await page.getByRole("button", { name: "Activer mon compte" }).click();
    await expect(page).toHaveURL(/\/connexion\?compte=active$/);
    await expect(page.locator("main .fr-alert--success")).toContainText("Votre compte est activé");
    await expectAccessible();

    await page.getByLabel("Adresse mail *").fill(email.toUpperCase());
    await page.locator("#connexion-password").fill(PASSWORD);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await expect(page).toHaveURL(/\/mon-compte$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon compte");
    await expect(page.getByLabel("Nom de famille *")).toHaveValue("Exemple");
    await expect(page.getByLabel("Date de naissance *")).toHaveValue("14/03/2001");
    await expect(header(page).getByRole("link", { name: "Mon compte" })).toBeVisible();
    await expect(header(page).getByRole("link", { name: "Espace de gestion" })).toHaveCount(0);
    await expectAccessible();

    const cookie = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
    expect(cookie, "cookie de session").toBeDefined();
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false });

    // The link has been used: it says so.
    await page.goto(link);
    await expect(page.locator("main")).toContainText("Votre compte est déjà activé");

    await header(page).getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/connexion\?deconnexion=1$/);
    await expect(page.locator("main")).toContainText("Vous êtes déconnecté.");
    await expect(header(page).getByRole("link", { name: "Se connecter" })).toBeVisible();
    await page.goto("/mon-compte");
    await expect(page).toHaveURL(/\/connexion/);
  });

  test("le lien d'activation expire après 48 heures et le compte est supprimé", async ({ page, outboxDir, setNow }, testInfo) => {
    const email = uniqueEmail("expire", testInfo.parallelIndex);
    const created = new Date("2026-02-02T09:00:00Z");
    await setNow(created);
    await page.goto("/creer-compte");
    await fillCreationForm(page, email);
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page).toHaveURL(/\/courriel-envoye$/);
    const link = await activationLink(outboxDir, email);

    await setNow(new Date(created.getTime() + 49 * 3_600_000));
    await page.goto(link);
    await expect(page.locator("main .fr-alert")).toContainText("Ce lien d'activation a expiré");
    expect(plain(await page.locator("main").textContent())).toContain("a été supprimé : créez-le à nouveau");

    // Deleted: the password no longer opens anything, and the address can sign up afresh.
    await signIn(page, email, PASSWORD);
    expect(plain(await page.locator("main .fr-alert--error").textContent())).toContain("Adresse mail ou mot de passe incorrect.");
    await page.goto(link);
    await expect(page.locator("main .fr-alert")).toContainText("Ce lien d'activation n'est pas valide");
    const since = new Date();
    await page.goto("/creer-compte");
    await fillCreationForm(page, email);
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page).toHaveURL(/\/courriel-envoye$/);
    await waitForMail(outboxDir, { to: email, subjectIncludes: "Activez votre compte", since });
  });

  test("dix mots de passe erronés bloquent la connexion 15 minutes, avec l'heure de fin", async ({ page, setNow }) => {
    // A fixed instant, far from the other tests' clocks (the IP throttle counts every address).
    const t0 = new Date("2025-03-03T10:00:00Z"); // 11 h 00 in Paris
    await setNow(t0);
    await page.goto("/connexion");
    for (let i = 1; i <= 10; i++) {
      await page.getByLabel("Adresse mail *").fill(DEMO_CANDIDAT.email);
      await page.locator("#connexion-password").fill(`Mauvais-${i}!`);
      await submitAndWait(page, page.getByRole("button", { name: "Se connecter", exact: true }));
      const alert = page.locator("main .fr-alert--error");
      if (i < 10) {
        await expect(alert).toContainText(i >= 7 ? "Attention" : "Adresse mail ou mot de passe incorrect.");
        if (i === 9) expect(plain(await alert.textContent())).toContain("après 1 nouvel échec, la connexion sera bloquée pendant 15 minutes");
      } else {
        expect(plain(await alert.textContent())).toContain("la connexion est bloquée pendant 15 minutes, jusqu'à 11 h 15 (heure de Paris)");
      }
    }
    // The right password is refused while locked; the lock ends on time.
    await page.getByLabel("Adresse mail *").fill(DEMO_CANDIDAT.email);
    await page.locator("#connexion-password").fill(DEMO_CANDIDAT.password);
    await submitAndWait(page, page.getByRole("button", { name: "Se connecter", exact: true }));
    expect(plain(await page.locator("main .fr-alert--error").textContent())).toContain("jusqu'à 11 h 15");
    await expect(page.getByRole("link", { name: "Mot de passe oublié" }).first()).toBeVisible();

    await setNow(new Date(t0.getTime() + 15 * 60_000));
    await signIn(page, DEMO_CANDIDAT.email, DEMO_CANDIDAT.password);
    await expect(page).toHaveURL(/\/mon-compte$/);
  });

  test("mot de passe oublié : lien par courriel, nouveau mot de passe, les autres connexions prennent fin", async ({ page, browser, outboxDir, baseURL, expectAccessible }, testInfo) => {
    const email = uniqueEmail("oubli", testInfo.parallelIndex);
    await createActivatedAccount(page, outboxDir, email);
    await signIn(page, email, PASSWORD);
    await expect(page).toHaveURL(/\/mon-compte$/);

    // Elsewhere, without the password.
    const other = await newPage(browser, baseURL!);
    await other.goto("/connexion");
    await other.getByRole("link", { name: "Mot de passe oublié" }).click();
    await expect(other).toHaveURL(/\/mot-de-passe\/oublie$/);
    await expectAccessible(other);
    // The same answer for an unknown address and for a known one.
    const unknown = uniqueEmail("inconnu", testInfo.parallelIndex);
    await other.getByLabel("Adresse mail *").fill(unknown);
    await submitAndWait(other, other.getByRole("button", { name: "Recevoir le lien" }));
    const neutral = plain(await other.locator("main .fr-alert--success").textContent()).replace(unknown, "<adresse>");
    const since = new Date();
    await other.getByLabel("Adresse mail *").fill(email);
    await submitAndWait(other, other.getByRole("button", { name: "Recevoir le lien" }));
    await expect(other.locator("main .fr-alert--success")).toContainText(email);
    expect(plain(await other.locator("main .fr-alert--success").textContent()).replace(email, "<adresse>")).toBe(neutral);

    const mail = await waitForMail(outboxDir, { to: email, subjectIncludes: "Réinitialisez votre mot de passe", since });
    expect(mail.text).toContain("valable 1\u00a0heure");
    const link = extractLinks(mail.text).find((l) => new URL(l).pathname === "/mot-de-passe/nouveau")!;
    await other.goto(link);
    await expectAccessible(other);
    await other.locator("#nouveau-password").fill("court");
    await other.locator("#nouveau-passwordConfirmation").fill("court");
    await submitAndWait(other, other.getByRole("button", { name: "Enregistrer le mot de passe" }));
    expect(plain(await other.locator("main .fr-alert--error").textContent())).toContain("Le mot de passe est trop court : 5 caractères sur 8 au minimum.");
    await expectAccessible(other);
    await other.locator("#nouveau-password").fill("Nouveau-Secret-7?");
    await other.locator("#nouveau-passwordConfirmation").fill("Nouveau-Secret-7?");
    await other.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
    await expect(other).toHaveURL(/\/connexion\?mot-de-passe=modifie$/);
    await waitForMail(outboxDir, { to: email, subjectIncludes: "Votre mot de passe a été modifié", since });

    // The first browser's session ended with the old password.
    await page.goto("/mon-compte");
    await expect(page).toHaveURL(/\/connexion\?session=expiree$/);
    await signIn(other, email, PASSWORD);
    await expect(other.locator("main .fr-alert--error")).toContainText("Adresse mail ou mot de passe incorrect.");
    await signIn(other, email, "Nouveau-Secret-7?");
    await expect(other).toHaveURL(/\/mon-compte$/);
    // The link served once.
    await other.goto(link);
    await expect(other.locator("main .fr-alert")).toContainText("Ce lien a déjà servi");
    await other.context().close();
  });

  test("un candidat ne voit pas l'espace de gestion et ne peut pas appeler son action par un POST direct", async ({ page, browser, baseURL, outboxDir }, testInfo) => {
    // The admin's invitation form as the server renders it (no JavaScript): its hidden action
    // fields are what a direct POST needs.
    const admin = await newPage(browser, baseURL!, { javaScriptEnabled: false });
    await signIn(admin, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await expect(admin).toHaveURL(/\/gestion$/);
    await expect(header(admin).getByRole("link", { name: "Espace de gestion" })).toBeVisible();
    await admin.getByRole("link", { name: "Inviter des personnels" }).click();
    await expect(admin).toHaveURL(/\/gestion\/personnels$/);
    const form = admin.locator("form", { has: admin.locator("#invitation-email") });
    const hidden = await form.locator("input[type=hidden]").evaluateAll((inputs) => inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value] as const));
    expect(hidden.some(([name]) => name.startsWith("$ACTION"))).toBe(true);
    const academieId = await admin.locator("#invitation-academieId").inputValue();
    const post = (p: Page, email: string) =>
      p.request.post("/gestion/personnels", {
        headers: { Origin: baseURL! },
        multipart: { ...Object.fromEntries(hidden), role: "GESTIONNAIRE", academieId, email, nomNaissance: "Intrus", prenoms: "Alex" },
        maxRedirects: 0,
      });

    // The same POST works for the admin (so the refusals below are refusals, not a malformed request).
    const invited = uniqueEmail("invite", testInfo.parallelIndex);
    const ok = await post(admin, invited);
    expect(ok.status()).toBe(200);
    await waitForMail(outboxDir, { to: invited, subjectIncludes: "espace de gestion" });

    await signIn(page, DEMO_CANDIDAT.email, DEMO_CANDIDAT.password);
    await expect(page).toHaveURL(/\/mon-compte$/);
    await expect(header(page).getByRole("link", { name: "Espace de gestion" })).toHaveCount(0);
    for (const path of ["/gestion", "/gestion/personnels"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator("main")).not.toContainText("Inviter");
    }
    const intrus = uniqueEmail("intrus", testInfo.parallelIndex);
    const refused = await post(page, intrus);
    expect(refused.status()).toBe(404);

    // Signed out, the same POST is sent to the sign-in page.
    const anonymous = await newPage(browser, baseURL!);
    const anonymousResponse = await post(anonymous, intrus);
    expect(anonymousResponse.status()).toBe(303);
    expect(anonymousResponse.headers().location).toMatch(/\/connexion/);

    await expect(waitForMail(outboxDir, { to: intrus }, 1_500)).rejects.toThrow(/Aucun courriel/);
    await admin.reload();
    await expect(admin.locator("main")).toContainText(invited);
    await expect(admin.locator("main")).not.toContainText(intrus);
    await Promise.all([admin.context().close(), anonymous.context().close()]);
  });

  test("un administrateur d'académie invite un gestionnaire, qui choisit son mot de passe et accède à son périmètre", async ({ page, browser, baseURL, outboxDir, expectAccessible }, testInfo) => {
    await signIn(page, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await expect(page).toHaveURL(/\/gestion$/);
    expect(plain(await page.locator("main").textContent())).toContain("Administrateur d'académie – périmètre : académie de Clermont-Ferrand");
    await expectAccessible();
    await page.getByRole("link", { name: "Inviter des personnels" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Personnels");
    await expectAccessible();

    const email = uniqueEmail("gestionnaire", testInfo.parallelIndex);
    await expect(page.getByRole("radio", { name: "Gestionnaire" })).toBeChecked();
    await expect(page.getByRole("radio", { name: "Administrateur national" })).toHaveCount(0);
    await page.getByLabel("Adresse mail *").fill(email);
    await page.getByLabel("Nom *", { exact: true }).fill("Fictif");
    await page.getByLabel("Prénom *").fill("Claude");
    await submitAndWait(page, page.getByRole("button", { name: /Envoyer l.invitation/ }));
    await expect(page.locator("main .fr-alert--success")).toContainText(email);
    await expect(page.getByRole("table")).toContainText("Invitation en attente");

    const mail = await waitForMail(outboxDir, { to: email, subjectIncludes: "espace de gestion" });
    const link = extractLinks(mail.text).find((l) => new URL(l).pathname === "/invitation")!;
    const invitee = await newPage(browser, baseURL!);
    await invitee.goto(link);
    await expect(invitee.locator("main")).toContainText(email);
    await expectAccessible(invitee);
    await invitee.locator("#invitation-password").fill("Gestion-Essai-2026!");
    await invitee.locator("#invitation-passwordConfirmation").fill("Gestion-Essai-2026!");
    await invitee.getByRole("button", { name: "Activer mon accès" }).click();
    await expect(invitee).toHaveURL(/\/connexion\?invitation=acceptee$/);
    await signIn(invitee, email, "Gestion-Essai-2026!");
    await expect(invitee).toHaveURL(/\/gestion$/);
    expect(plain(await invitee.locator("main").textContent())).toContain("Gestionnaire – périmètre : académie de Clermont-Ferrand");
    await expect(invitee.getByRole("link", { name: "Inviter des personnels" })).toHaveCount(0);
    expect((await invitee.goto("/gestion/personnels"))?.status()).toBe(404);

    // The admin deactivates the account: the gestionnaire's open session ends at once.
    await page.reload();
    await page.getByRole("button", { name: "Désactiver le compte de Claude Fictif" }).click();
    await expect(page.getByRole("status").filter({ hasText: "est désactivé" })).toContainText("Le compte de Claude Fictif est désactivé");
    await expect(page.getByRole("row", { name: /Claude Fictif/ })).toContainText("Désactivé");
    await expectAccessible();
    await invitee.goto("/gestion");
    await expect(invitee).toHaveURL(/\/connexion\?session=expiree$/);
    await invitee.context().close();
  });

  test("mon compte : la nouvelle adresse mail ne remplace l'ancienne qu'une fois confirmée", async ({ page, outboxDir, expectAccessible }, testInfo) => {
    const email = uniqueEmail("adresse", testInfo.parallelIndex);
    const nouvelle = uniqueEmail("nouvelle", testInfo.parallelIndex);
    await createActivatedAccount(page, outboxDir, email);
    await signIn(page, email, PASSWORD);
    await expect(page).toHaveURL(/\/mon-compte$/);
    await page.locator("#adresse-email").fill(nouvelle);
    await page.getByLabel("Confirmation de la nouvelle adresse mail *").fill(nouvelle);
    await page.locator("#adresse-currentPassword").fill("Mauvais-1!");
    await submitAndWait(page, page.getByRole("button", { name: /Changer d.adresse mail/ }));
    expect(plain(await page.locator("#adresse-currentPassword").locator("xpath=../..").textContent())).toContain("Le mot de passe actuel n'est pas le bon.");
    await expect(page.locator("#adresse-email")).toHaveValue(nouvelle);
    await page.locator("#adresse-currentPassword").fill(PASSWORD);
    await submitAndWait(page, page.getByRole("button", { name: /Changer d.adresse mail/ }));
    await expect(page.locator("main .fr-alert--success")).toContainText(nouvelle);
    expect(plain(await page.locator("main").textContent())).toContain(`Changement en attente : suivez le lien envoyé à ${nouvelle}`);

    const mail = await waitForMail(outboxDir, { to: nouvelle, subjectIncludes: "Confirmez votre nouvelle adresse" });
    await page.goto(extractLinks(mail.text).find((l) => new URL(l).pathname === "/confirmer-adresse")!);
    await expectAccessible();
    await page.getByRole("button", { name: "Confirmer ma nouvelle adresse" }).click();
    await expect(page.locator("main .fr-alert--success")).toContainText(nouvelle);
    await waitForMail(outboxDir, { to: email, subjectIncludes: "a été modifiée" });
    await page.goto("/mon-compte");
    await expect(page.locator("main")).toContainText(`connecté avec l’adresse ${nouvelle}`);
  });

  test("sans JavaScript : les erreurs gardent la saisie, la connexion et la déconnexion fonctionnent", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto("/creer-compte");
    await page.getByLabel("Nom de famille *").fill("Exemple");
    await page.getByLabel("Adresse mail *", { exact: false }).first().fill("sans.js@example.fr");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page.locator("main .fr-alert--error").first()).toContainText("erreurs");
    await expect(page.getByLabel("Nom de famille *")).toHaveValue("Exemple");
    await expect(page.getByLabel("Adresse mail *", { exact: false }).first()).toHaveValue("sans.js@example.fr");

    await signIn(page, DEMO_CANDIDAT.email, "Mauvais-mot-1!");
    await expect(page.locator("main .fr-alert--error")).toContainText("Adresse mail ou mot de passe incorrect.");
    await expect(page.getByLabel("Adresse mail *")).toHaveValue(DEMO_CANDIDAT.email);
    await signIn(page, DEMO_CANDIDAT.email, DEMO_CANDIDAT.password);
    await expect(page).toHaveURL(/\/mon-compte$/);
    await header(page).getByRole("button", { name: "Se déconnecter" }).click();
    await expect(page).toHaveURL(/\/connexion\?deconnexion=1$/);
    await context.close();
  });
});

async function newPage(browser: Browser, baseURL: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "fr-FR", timezoneId: "Europe/Paris", ...options });
  return context.newPage();
}
