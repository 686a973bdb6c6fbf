// Shared helpers of the browser tests: axe with the WCAG tags the project commits to, and waiting
// for the service worker to control the page.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The axe tags every screen must pass with zero violations. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Opens a path and waits until the app has taken over the prerendered page. */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

/** Runs axe on the current page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Resolves once a service worker controls the page (precache done, offline ready). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 });
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
}

/** Names of the IndexedDB databases and the row count of each Jalons table. */
export async function storedRows(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('jalons')) return {};
    return new Promise<Record<string, number>>((resolve, reject) => {
      const open = indexedDB.open('jalons');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tables = [...db.objectStoreNames];
        const counts: Record<string, number> = {};
        if (tables.length === 0) return resolve(counts);
        const tx = db.transaction(tables, 'readonly');
        for (const table of tables) {
          const req = tx.objectStore(table).count();
          req.onsuccess = () => (counts[table] = req.result);
        }
        tx.oncomplete = () => {
          db.close();
          resolve(counts);
        };
      };
    });
  });
}
