// Nothing lost, nothing leaked: two tabs, a full disk, an old database upgraded in the browser,
// and the security policy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { startChildJourney } from './flows';
import { storedRows, visit } from './helpers';

const dist = join(import.meta.dirname, '../../dist');

test('edits in one tab appear in the other and never overwrite each other', async ({ page, context }) => {
  const journey = await startChildJourney(page);
  const other = await context.newPage();
  await visit(other, `${journey}/etapes/birthDeclaration`);
  await visit(page, `${journey}/etapes/birthDeclaration`);
  const boxesA = page.locator('.checklist input[type=checkbox]');
  const boxesB = other.locator('.checklist input[type=checkbox]');
  await boxesA.nth(0).check();
  await expect(boxesB.nth(0)).toBeChecked();
  await boxesB.nth(1).check();
  await expect(boxesA.nth(1)).toBeChecked();
  await expect(boxesA.nth(0)).toBeChecked();
  await other.reload();
  await expect(other.locator('.checklist input[type=checkbox]').nth(0)).toBeChecked();
  await expect(other.locator('.checklist input[type=checkbox]').nth(1)).toBeChecked();
});

test('a full disk is explained; the journey can still be read and backed up', async ({ page }) => {
  const journey = await startChildJourney(page);
  await page.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });
  await page.getByRole('link', { name: 'Déclarer la naissance à la mairie' }).click();
  await page.locator('.checklist input[type=checkbox]').first().check();
  await expect(page.getByTestId('storage-full')).toContainText("L'espace de stockage de cet appareil est plein.");
  await visit(page, journey);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("J'attends un enfant");
  await visit(page, '/donnees-personnelles');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger une sauvegarde' }).click();
  const backup = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  expect(backup.journeys).toHaveLength(1);
});

test('a database left by version 1 is upgraded in the browser with every tick kept', async ({ page }) => {
  await page.goto('/robots.txt');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        // Dexie stores schema version N as IndexedDB version N × 10.
        const open = indexedDB.open('jalons', 10);
        open.onupgradeneeded = () => {
          const db = open.result;
          db.createObjectStore('journeys', { keyPath: 'id' }).createIndex('momentId', 'momentId');
          db.createObjectStore('progress', { keyPath: ['journeyId', 'stepId'] }).createIndex('journeyId', 'journeyId');
          db.createObjectStore('settings', { keyPath: 'key' });
        };
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['journeys', 'progress'], 'readwrite');
          tx.objectStore('journeys').add({
            id: 'old',
            momentId: 'child',
            status: 'active',
            createdAt: '2026-01-01T00:00:00Z',
            updatedAt: '2026-01-02T00:00:00Z',
            answers: {
              situation: 'born',
              birthDate: '2026-11-20',
              firstChild: true,
              activity: 'none',
              married: true,
              agricultural: false,
              alone: false,
              needsHelp: false,
            },
          });
          tx.objectStore('progress').add({
            journeyId: 'old',
            stepId: 'birthDeclaration',
            done: false,
            notConcerned: false,
            ticks: ['action:askMaternity', 'doc:idDocument'],
            updatedAt: 'x',
          });
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await visit(page, '/parcours/old/etapes/birthDeclaration');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déclarer la naissance à la mairie');
  await expect(page.getByRole('checkbox', { name: /Demander à la maternité/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: "Pièce d'identité", exact: true })).toBeChecked();
  expect(await storedRows(page)).toMatchObject({ journeys: 1, documents: 1 });
});

test('the security policy ships as a meta tag and as headers for static hosts, identical', async ({ page }) => {
  await visit(page, '/');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self'");
  expect(meta).not.toContain('unsafe-inline');
  expect(meta).not.toContain('unsafe-eval');
  expect(readFileSync(join(dist, '_headers'), 'utf8')).toContain(
    `Content-Security-Policy: ${meta}; frame-ancestors 'none'`,
  );
  expect(readFileSync(join(dist, 'security-headers.conf'), 'utf8')).toContain(`"${meta}; frame-ancestors 'none'"`);
});

test('script fonts are downloaded only by people whose language needs them', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'font' && fonts.push(new URL(r.url()).pathname));
  await visit(page, '/');
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.filter((f) => /noto-sans-(ethiopic|arabic)/.test(f))).toEqual([]);
  await visit(page, '/?lng=ti');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ti');
  await expect.poll(() => fonts.some((f) => f.includes('noto-sans-ethiopic'))).toBe(true);
});

test('the production build carries no axe (development only) and no source of another origin', async () => {
  const { readdirSync } = await import('node:fs');
  const files = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  for (const f of files) expect(readFileSync(join(dist, 'assets', f), 'utf8'), f).not.toContain('axe-core');
});
