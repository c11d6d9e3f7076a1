import { expect, test } from "./fixtures";
import { demoWindow, newCandidate, plain, remplirIdentification, remplirInformations, startRegistration, suivant, uniqueEmail } from "./helpers/wizard";

// From the closing instant (académie zone, the server's clock set by cookie) every save is refused
// on the server, whatever the page still shows, and the pages turn read-only saying when the
// server closed. The closing instant itself is closed; a second before, it is open.

test("un Suivant envoyé après la clôture est refusé, et les pages passent en lecture seule", async ({ page, outboxDir, setNow, expectAccessible }, testInfo) => {
  test.setTimeout(90_000);
  const { closesAt } = demoWindow("06");
  const email = uniqueEmail("cloture", testInfo);
  // The whole visit happens on the server's clock, ten minutes before closing (a session idle for
  // 30 minutes ends, so the clock moves forward only a little).
  await setNow(new Date(closesAt.getTime() - 10 * 60_000));
  await newCandidate(page, outboxDir, email);
  const id = await startRegistration(page, "63000", "Clermont-Ferrand");
  await remplirIdentification(page, { codePostal: "63000", commune: "Clermont-Ferrand" });
  // One second before closing: still open.
  await setNow(new Date(closesAt.getTime() - 1000));
  await suivant(page, "informations");

  // The page was loaded while open; the server's clock then reaches the closing instant.
  await remplirInformations(page, { route: "EXPERIENCE_PRO_3_ANS" });
  await setNow(closesAt);
  await page.getByRole("button", { name: "Suivant" }).click();
  const main = page.locator("main");
  const resume = main.locator(".fr-alert--error").first();
  expect(plain(await resume.textContent())).toMatch(/fermé depuis le \S+ \d{1,2}(er)? \S+ \d{4} à 17 h 00, heure de Paris : rien n'a été enregistré/);
  await expect(page).toHaveURL(new RegExp(`/mes-candidatures/${id}/informations$`));
  // What was typed is still there.
  await expect(page.getByRole("radio", { name: /trois ans d.activité professionnelle/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /Je déclare être en règle/ })).toBeChecked();

  // Reloaded: read only, with the closing time, and nothing sent.
  await page.reload();
  await expect(main.getByRole("heading", { name: /Inscriptions closes\s:\scandidature en lecture seule/ })).toBeVisible();
  expect(plain(await main.textContent())).toMatch(/Le serveur d'inscription est fermé depuis le \S+ \d{1,2}(er)? \S+ \d{4} à 17 h 00, heure de Paris : votre candidature ne peut plus être modifiée/);
  await expect(page.getByRole("button", { name: "Suivant" })).toHaveCount(0);
  await expect(page.getByRole("radio", { name: /trois ans d.activité professionnelle/ })).toBeDisabled();
  await expect(page.getByRole("radio", { name: /trois ans d.activité professionnelle/ })).not.toBeChecked();
  await expectAccessible();

  // Step 1, saved before closing, stays readable.
  await page.goto(`/mes-candidatures/${id}/identification`);
  await expect(page.getByLabel("Code postal *")).toHaveValue("63000");
  await expect(page.getByLabel("Code postal *")).toBeDisabled();

  // No ENREGISTRER on the récapitulatif, no session to register for on "M'inscrire".
  await page.goto(`/mes-candidatures/${id}/recapitulatif`);
  await expect(main.getByRole("button", { name: "ENREGISTRER" })).toHaveCount(0);
  await expect(main).toContainText("Étape non remplie");
  await page.goto("/inscription?codePostal=63000");
  await expect(main).toContainText("Aucune session de cette académie n’est ouverte aux inscriptions en ligne en ce moment");

  // Mes candidatures: the card says so too.
  await page.goto("/mes-candidatures");
  await expect(main.locator(".fr-card")).toContainText(/Inscriptions\s*Closes/);
});
