// France Services adviser mode: a session on a shared desktop, handed over to the person's 360 px
// phone by QR code (decoded from a screenshot), imported after consent; then the session ends and
// nothing about the person remains on the desktop.
import { expect, test } from './fixtures';
import { decodeHandoff } from '../../src/domain/handoff';
import { answerAll, decodeQr } from './flows';
import { expectNoAxeViolations, storedRows, visit, waitForServiceWorker } from './helpers';
import { readLocale } from '../tools/read-locales.mjs';

// decodeQr injects jsQR and a data: image into the page, which the app's CSP rightly forbids.
test.use({ bypassCSP: true, viewport: { width: 1280, height: 900 } });

test('adviser session → QR → phone import → end of session leaves nothing', async ({ page, browser, baseURL }) => {
  await visit(page, '/conseiller');
  await expectNoAxeViolations(page);
  await page.getByLabel('Langue de la personne').selectOption('en');
  await page.getByRole('button', { name: 'Démarrer une session' }).click();
  await expect(page.getByText('Mode conseiller : session en cours.')).toBeVisible();
  await page.getByLabel(/Contact France Services/).fill('France Services de Cahors, 05 00 00 00 00');
  await page.getByRole('link', { name: "J'attends un enfant" }).click();

  // The interview: the adviser's note under each question, the question in the person's language beside it
  const note = page.getByTestId('adviser-note');
  await expect(note).toContainText('À repérer :');
  // Fourteen steps depend on this first answer: the list opens on request.
  await note.getByText("Selon la réponse, ces étapes s'ajoutent au parcours ou en sont retirées (14)").click();
  await expect(note.getByText('Déclarer la naissance à la mairie')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Pour la personne (English)' })).toContainText(
    'Where are you now?',
  );
  await expectNoAxeViolations(page);
  // A signal noted during the interview goes with the journey it starts.
  await page.getByLabel('Lit peu le français').check();
  await answerAll(page, {
    pick: 'last',
    onScreen: async () => {
      await expect(note.locator('p').first()).toHaveText(/^À repérer : \S.{20,}$/);
      await expect(note).not.toContainText('lookFor');
    },
  });

  // Signals and the person's column in English
  await expect(page.getByLabel('Lit peu le français')).toBeChecked();
  await expect(page.getByRole('heading', { name: 'Aide humaine conseillée' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Pour la personne (English)' })).toContainText(
    "I'm expecting a child",
  );
  await expectNoAxeViolations(page);
  await page.locator('.step__title').first().click();
  await expect(page.getByRole('complementary', { name: 'Pour la personne (English)' })).toContainText('What to do');
  await page.locator('.checklist input[type=checkbox]').first().check();
  await expectNoAxeViolations(page);
  await page.goBack();

  // Nothing of the session is on the desktop's device storage
  expect((await storedRows(page)).journeys ?? 0).toBe(0);

  // Close the last tick's undo toast: it would cover the code on screen, for a camera too.
  await page.getByTestId('toast').getByRole('button', { name: "J'ai compris" }).click();
  await page.getByRole('button', { name: 'Afficher le QR code pour son téléphone' }).click();
  const url = await decodeQr(page, page.locator('.handoff__qr svg'));
  expect(url).toMatch(new RegExp(`^${baseURL}/importer#j=`));
  // What the adviser noted stays on the desktop: the code says only "human help first".
  const sent = await decodeHandoff(url!.split('#j=')[1]!);
  expect(sent.ok && sent.handoff.s).toEqual(['accompanied']);

  // The person's phone: installed (service worker in control), then offline when scanning
  const phone = await browser.newContext({
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
  });
  const mobile = await phone.newPage();
  await visit(mobile, '/?lng=en');
  await waitForServiceWorker(mobile);
  await phone.setOffline(true);
  await mobile.goto(url!);
  await expect(mobile.getByRole('heading', { level: 1 })).toHaveText('Import a journey');
  await expect(mobile.getByText('1 ticked item')).toBeVisible();
  expect(mobile.url()).not.toContain('#j=');
  await expectNoAxeViolations(mobile);
  expect((await storedRows(mobile)).journeys ?? 0).toBe(0);
  await mobile.getByRole('button', { name: 'Import to this device' }).click();
  await expect(mobile.getByRole('heading', { level: 1 })).toHaveText("I'm expecting a child");
  await expect(mobile.getByText('You can get support.')).toBeVisible();
  expect(await storedRows(mobile)).toMatchObject({ journeys: 1 });
  await phone.close();

  // Paper hand-off in the person's language, with the France Services contact
  await page.getByRole('link', { name: 'Imprimer sa liste dans sa langue' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("My list of formalities: I'm expecting a child");
  await expect(page.getByText('France Services de Cahors')).toBeVisible();

  // End of session: two anonymous questions, then everything is erased
  await page.getByRole('link', { name: 'Terminer la session' }).click();
  await page.getByLabel('Yes, satisfied').check();
  await page.getByLabel('Yes', { exact: true }).check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Send and finish' }).click();
  await expect(page.getByText('Session terminée.')).toBeVisible();
  await expect(page.getByText('1 avis recueilli')).toBeVisible();

  const traces = await page.evaluate(async () => {
    const cacheKeys = await Promise.all(
      (await caches.keys()).map(async (n) => (await (await caches.open(n)).keys()).map((r) => r.url)),
    );
    return {
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      databases: (await indexedDB.databases()).map((d) => d.name),
      cachedUrls: cacheKeys.flat(),
      url: location.href,
      historyLength: history.length,
    };
  });
  expect(traces.localStorage).toBe(0);
  expect(traces.sessionStorage).toBe(0);
  expect(traces.databases).toEqual(['jalons']);
  expect(traces.cachedUrls.filter((u) => u.includes('importer') || u.includes('mem-') || u.includes('#j='))).toEqual(
    [],
  );
  expect(traces.url).toBe(`${baseURL}/conseiller?fin=1`);
  const rows = await storedRows(page);
  expect(rows.journeys ?? 0).toBe(0);
  expect(rows.progress ?? 0).toBe(0);
  expect(rows.feedback).toBe(1);
  // Going back does not bring the person's journey back: it lived only in the erased memory.
  await page.goBack();
  await expect(page.locator('.timeline')).toHaveCount(0);
});

test('a damaged code changes nothing and says why', async ({ page }) => {
  await visit(page, '/importer#j=AAAAAAAA.bm90LWEtcGF5bG9hZA');
  await expect(page.getByRole('alert')).toContainText(/abîmé|pas un parcours/);
  await expect(page.getByText("Rien n'a été modifié sur cet appareil.")).toBeVisible();
  expect((await storedRows(page)).journeys ?? 0).toBe(0);
  await expectNoAxeViolations(page);
});

test('after 20 minutes without activity: a warning, then everything is erased', async ({ page }) => {
  await page.clock.install();
  await visit(page, '/conseiller');
  await page.getByRole('button', { name: 'Démarrer une session' }).click();
  await page.getByRole('link', { name: 'Je perds mon emploi' }).click();
  await answerAll(page);
  const journey = new URL(page.url()).pathname;
  await page.clock.fastForward('20:05');
  await expect(page.getByRole('alert')).toContainText('Aucune activité depuis 20 minutes');
  await expectNoAxeViolations(page);
  await page.clock.fastForward('01:00');
  await expect(page.getByText('Session fermée après 20 minutes sans activité.')).toBeVisible();
  await expect(page.getByText('Mode conseiller : session en cours.')).toHaveCount(0);
  await visit(page, journey);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
});

test('the interview in Arabic for the adviser, French for the person: notes, right-to-left, no axe violation', async ({
  page,
}) => {
  const [notes, pages] = [readLocale('ar', 'advice'), readLocale('ar', 'pages')];
  await visit(page, '/conseiller?lng=ar');
  await page.locator('#person-lang').selectOption('fr');
  await page.getByRole('button', { name: pages.adviser.start }).click();
  await page.locator('a[href="/commencer/separation"]').click();
  const note = page.getByRole('complementary', { name: pages.adviser.noteTitle });
  await expect(note).toContainText(notes.separation.unionType.lookFor);
  await expect(page.getByRole('complementary', { name: /Français/ })).toContainText(
    "Quel était votre lien avec l'autre personne ?",
  );
  await expect(page.locator('[data-testid=person-question]').locator('xpath=..')).toHaveAttribute('dir', 'ltr');
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  await expectNoAxeViolations(page);
});
