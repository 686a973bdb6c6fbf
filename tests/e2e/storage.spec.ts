// Personal data: erase-all really empties IndexedDB; without IndexedDB the app explains and still works.
import { expect, test } from './fixtures';
import { storedRows, visit } from './helpers';

test('erasing everything empties IndexedDB', async ({ page }) => {
  await visit(page, '/donnees-personnelles');
  await page.getByRole('switch', { name: 'Langage simplifié' }).check();
  await expect.poll(() => storedRows(page)).toMatchObject({ settings: 1 });

  await page.getByRole('button', { name: 'Effacer toutes mes données' }).click();
  await expect(page.getByRole('button', { name: 'Oui, tout effacer' })).toBeFocused();
  await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
  await expect(page.getByText('Toutes vos données ont été effacées de cet appareil.')).toBeVisible();
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('jalons');
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Langage simplifié' })).not.toBeChecked();
});

test('cancelling the confirmation erases nothing', async ({ page }) => {
  await visit(page, '/donnees-personnelles');
  await page.getByRole('switch', { name: 'Langage simplifié' }).check();
  await expect.poll(() => storedRows(page)).toMatchObject({ settings: 1 });
  await page.getByRole('button', { name: 'Effacer toutes mes données' }).click();
  await page.getByRole('button', { name: 'Annuler' }).click();
  expect(await storedRows(page)).toMatchObject({ settings: 1 });
});

test('without IndexedDB, a clear message and the app still usable for the session', async ({ page }) => {
  await page.addInitScript(() => {
    // Some private modes refuse every open() call.
    IDBFactory.prototype.open = function () {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await visit(page, '/');
  await expect(page.getByTestId('storage-notice')).toContainText('ne peuvent pas être enregistrées');
  await page.getByLabel('Langue', { exact: true }).selectOption('en');
  await page.getByRole('switch', { name: 'Simplified language' }).check();
  await expect(page.getByRole('switch', { name: 'Simplified language' })).toBeChecked();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Your formalities at life's big moments");
});
