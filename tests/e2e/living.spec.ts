// Living with journeys for months: dashboard, documents, notes, undo, calendar, print, settings.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { decodeQr, startChildJourney } from './flows';
import { expectNoAxeViolations, storedRows, visit } from './helpers';

// decodeQr injects jsQR and a data: image into the page, which the app's CSP rightly forbids.
test.use({ bypassCSP: true });

async function pdfText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const file = join(mkdtempSync(join(tmpdir(), 'jalons-')), 'print.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  await page.emulateMedia({ media: 'screen' });
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

test('the home page opens on what to do now, and a journey can be paused, deleted and restored', async ({ page }) => {
  await startChildJourney(page);
  await visit(page, '/');
  await expect(page.getByRole('heading', { name: 'À faire maintenant' })).toBeVisible();
  await expect(page.locator('.agenda__item').first()).toContainText('En retard');
  const card = page.locator('.journey-card');
  await expect(card).toContainText(/\d+ étapes? terminées? sur \d+/);
  await expectNoAxeViolations(page);

  await card.getByRole('button', { name: 'Mettre en pause' }).click();
  await expect(card).toContainText('En pause');
  await expect(page.getByText("Rien d'urgent pour le moment.")).toBeVisible();
  await card.getByRole('button', { name: 'Reprendre' }).click();

  await card.getByRole('button', { name: 'Supprimer' }).click();
  await page.getByRole('button', { name: 'Oui, supprimer' }).click();
  await expect(page.locator('.journey-card')).toHaveCount(0);
  await expect(page.getByTestId('toast')).toContainText('Parcours supprimé.');
  await page.getByTestId('toast').getByRole('button', { name: 'Annuler' }).click();
  await expect(page.locator('.journey-card')).toHaveCount(1);
});

test('a document ticked in « Mes documents » is ticked in every step that needs it', async ({ page }) => {
  const journey = await startChildJourney(page);
  await page.getByRole('link', { name: 'Mes documents' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mes documents');
  await expectNoAxeViolations(page);
  const vitale = page.locator('.doc').filter({ hasText: 'Carte Vitale' });
  await expect(vitale.getByRole('link').first()).toBeVisible();
  await vitale.getByRole('checkbox').check();
  await vitale.getByRole('link').first().click();
  await expect(page.getByRole('checkbox', { name: 'Carte Vitale', exact: true })).toBeChecked();
  await visit(page, journey);
  await page.getByRole('link', { name: 'Faire déclarer la grossesse' }).first().click();
  await expect(page.getByRole('checkbox', { name: 'Carte Vitale', exact: true })).toBeChecked();
});

test('a note and ticks stay; a tick can be undone', async ({ page }) => {
  const journey = await startChildJourney(page);
  await page.getByRole('link', { name: 'Déclarer la naissance à la mairie' }).click();
  const first = page.locator('.checklist input[type=checkbox]').first();
  await first.check();
  await page.getByTestId('toast').getByRole('button', { name: 'Annuler' }).click();
  await expect(first).not.toBeChecked();

  await page.getByRole('textbox', { name: 'Mes notes' }).fill('Mairie du 11e, guichet 3, dossier 42');
  await page.getByRole('button', { name: 'Enregistrer la note' }).click();
  await expect(page.getByRole('button', { name: 'Note enregistrée' })).toBeDisabled();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Mes notes' })).toHaveValue('Mairie du 11e, guichet 3, dossier 42');
  await visit(page, `${journey}/imprimer`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ma liste de démarches');
  expect(await pdfText(page)).toContain('dossier 42');
});

test('the dates go to the calendar as a valid .ics file', async ({ page }) => {
  await startChildJourney(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ajouter les dates à mon agenda' }).click();
  const file = await (await download).path();
  const ics = readFileSync(file, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics).toContain('DTSTART;VALUE=DATE:');
  expect(ics).toContain('TRIGGER:-P3D');
  expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:Date limite : Déclarer la naissance à la mairie');
});

test('printing all journeys or only the documents, with a QR code back to the app', async ({ page, baseURL }) => {
  await startChildJourney(page);
  await visit(page, '/imprimer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ma liste de démarches : tous mes parcours');
  await expectNoAxeViolations(page);
  expect(await decodeQr(page, page.locator('svg.qr'))).toBe(baseURL);
  const all = await pdfText(page);
  expect(all).toContain("J'attends un enfant");
  expect(all).toContain('Documents à apporter');
  expect(all).toContain('sans valeur juridique');

  await visit(page, '/imprimer?documents');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Documents à apporter : tous mes parcours');
  const docs = await pdfText(page);
  expect(docs).toContain('Carte Vitale');
  expect(docs).not.toContain('Déclarer la naissance à la mairie');
});

test('dark mode and text size are chosen in settings and kept', async ({ page }) => {
  await visit(page, '/reglages');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réglages');
  await page.getByLabel('Sombre').check();
  await page.getByLabel('Très grande').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(page.getByLabel('Sombre')).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
  await visit(page, '/');
  await expectNoAxeViolations(page);
});

test('empty states say what to do', async ({ page }) => {
  await visit(page, '/documents');
  await expect(page.getByText("Aucun document à préparer pour l'instant.")).toBeVisible();
  await expectNoAxeViolations(page);
  await visit(page, '/imprimer');
  await expect(page.getByText('Aucun parcours en cours.')).toBeVisible();
});

test('the install offer comes once a journey exists, and « Non merci » is remembered', async ({ page }) => {
  await visit(page, '/');
  // Chromium fires beforeinstallprompt only for real installs; a stand-in event carries the same API.
  const offer = () =>
    page.evaluate(() => {
      const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: async () => {},
        userChoice: Promise.resolve({ outcome: 'dismissed' }),
      });
      dispatchEvent(event);
    });
  await offer();
  await expect(page.getByRole('heading', { name: 'Installer Jalons sur cet appareil' })).toHaveCount(0);
  const journey = await startChildJourney(page);
  await offer();
  await expect(page.getByRole('heading', { name: 'Installer Jalons sur cet appareil' })).toBeVisible();
  const settingsBefore = (await storedRows(page)).settings ?? 0;
  await page.getByRole('button', { name: 'Non merci' }).click();
  await expect.poll(async () => (await storedRows(page)).settings ?? 0).toBeGreaterThan(settingsBefore);
  await visit(page, journey);
  await offer();
  await page.waitForTimeout(300);
  await expect(page.getByRole('heading', { name: 'Installer Jalons sur cet appareil' })).toHaveCount(0);
});

test('« Écouter » reads a step with the device voice, and is hidden without one', async ({ page }) => {
  const journey = await startChildJourney(page);
  await visit(page, `${journey}/etapes/birthDeclaration`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déclarer la naissance à la mairie');
  await expect(page.getByRole('button', { name: 'Écouter' })).toHaveCount(0);
  await page.addInitScript(() => {
    const spoken: string[] = [];
    Object.assign(window, { spoken });
    const voice = { lang: 'fr-FR', name: 'Test', default: true, localService: true, voiceURI: 'test' };
    // The real utterance only accepts a real voice object: stand in for both.
    Object.assign(window, {
      SpeechSynthesisUtterance: class {
        voice: unknown;
        lang = '';
        constructor(public text: string) {}
      },
    });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => [voice],
        speak: (u: SpeechSynthesisUtterance) => spoken.push(u.text),
        cancel: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
      },
    });
  });
  await page.reload();
  await page.getByRole('button', { name: 'Écouter' }).click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  expect(spoken[0]).toContain('Déclarer la naissance à la mairie');
});
