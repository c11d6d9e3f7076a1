import { expect, test } from "./fixtures";
import { activationLink, fillCreationForm, plain, signIn, uniqueEmail } from "./helpers/accounts";

// Issue 7 §1, as an attacker plays it: someone re-submits the creation form with the address of
// an account its owner has not activated yet. The owner's account must stay exactly theirs.
test("une seconde inscription sur une adresse en attente ne prend pas le compte de sa propriétaire", async ({ browser, baseURL, outboxDir }, testInfo) => {
  const email = uniqueEmail("victime", testInfo.parallelIndex);
  const victime = await (await browser.newContext({ baseURL, locale: "fr-FR" })).newPage();
  const attaquant = await (await browser.newContext({ baseURL, locale: "fr-FR" })).newPage();

  // The victim creates her account.
  await victime.goto("/creer-compte");
  await fillCreationForm(victime, email, { nom: "Victime", nomConfirmation: "Victime", prenoms: "Aude", password: "Victime-Secret-1!", passwordConfirmation: "Victime-Secret-1!" });
  await victime.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(victime).toHaveURL(/\/creer-compte\/courriel-envoye$/);
  const premierLien = await activationLink(outboxDir, email);

  // The attacker submits the same address with his own name and password: same neutral answer.
  await attaquant.goto("/creer-compte");
  await fillCreationForm(attaquant, email, { nom: "Pirate", nomConfirmation: "Pirate", prenoms: "Mallory", password: "Pirate-Secret-9?", passwordConfirmation: "Pirate-Secret-9?" });
  await attaquant.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(attaquant).toHaveURL(/\/creer-compte\/courriel-envoye$/);

  // The owner receives a new link (to the account as she created it) and follows the newest one.
  await expect.poll(async () => (await activationLink(outboxDir, email)) !== premierLien, { timeout: 15_000 }).toBe(true);
  await victime.goto(await activationLink(outboxDir, email));
  await victime.getByRole("button", { name: "Activer mon compte" }).click();
  await expect(victime).toHaveURL(/\/connexion\?compte=active$/);

  // The attacker's password opens nothing; the victim's does, and her name stands.
  await signIn(attaquant, email, "Pirate-Secret-9?");
  expect(plain(await attaquant.locator("main .fr-alert--error").textContent())).toContain("Adresse mail ou mot de passe incorrect.");
  await signIn(victime, email, "Victime-Secret-1!");
  await expect(victime).toHaveURL(/\/mon-compte$/);
  await expect(victime.getByLabel("Nom de famille *")).toHaveValue("Victime");
  await expect(victime.getByLabel("Prénoms *")).toHaveValue("Aude");
});
