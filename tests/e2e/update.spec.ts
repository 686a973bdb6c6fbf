// An update never takes over without consent, and keeps every tick. It rewrites dist/sw.js (a
// byte-different worker is a new version), so it runs in one project only.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { startChildJourney } from './flows';
import { visit, waitForServiceWorker } from './helpers';

const dist = join(import.meta.dirname, '../../dist');

test('a new version waits for consent, then applies without losing a tick', async ({ page }) => {
  const journey = await startChildJourney(page);
  await waitForServiceWorker(page);
  await visit(page, `${journey}/etapes/birthDeclaration`);
  await page.locator('.checklist input[type=checkbox]').first().check();
  const sw = join(dist, 'sw.js');
  const original = readFileSync(sw, 'utf8');
  try {
    writeFileSync(sw, `${original}\n// next version ${Date.now()}\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByText('Nouvelle version disponible.')).toBeVisible();
    // Nothing changes until the person agrees: the step is still there, ticked.
    await expect(page.locator('.checklist input[type=checkbox]').first()).toBeChecked();
    await page.getByRole('button', { name: 'Mettre à jour' }).click();
    await page.waitForEvent('load');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déclarer la naissance à la mairie');
    await expect(page.locator('.checklist input[type=checkbox]').first()).toBeChecked();
  } finally {
    writeFileSync(sw, original);
  }
});
