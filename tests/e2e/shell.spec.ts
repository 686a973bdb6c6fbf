// The shell as a person meets it: first load, language switching (picker and ?lng=), settings kept
// across reloads, keyboard skip link, the 404 page.
import { expect, test } from './fixtures';
import { storedRows, visit } from './helpers';

test('first load shows the prerendered home page in French', async ({ page }) => {
  const response = await page.goto('/');
  expect(await response?.text()).toContain('Vos démarches aux grands moments de la vie');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vos démarches aux grands moments de la vie');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle(/Jalons/);
});

test('the skip link is the first thing the keyboard reaches and leads to the content', async ({ page }) => {
  await visit(page, '/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Aller au contenu' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('?lng=en switches to English, and the choice survives a reload without the parameter', async ({ page }) => {
  await visit(page, '/?lng=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Your formalities at life's big moments");
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect.poll(() => storedRows(page)).toMatchObject({ settings: 1 });
  await visit(page, '/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Your formalities at life's big moments");
});

test('the picker and the simplified switch persist across reloads', async ({ page }) => {
  await visit(page, '/');
  await page.getByLabel('Langue').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('switch', { name: 'Simplified language' }).check();
  await expect.poll(() => storedRows(page)).toMatchObject({ settings: 2 });
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Simplified language' })).toBeChecked();
  await expect(page.getByLabel('Language', { exact: true })).toHaveValue('en');
});

test('an unknown address gets a helpful page with a way back', async ({ page }) => {
  await visit(page, '/ceci-n-existe-pas');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
  await page.getByRole('link', { name: "Revenir à l'accueil" }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vos démarches aux grands moments de la vie');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});
