// Offline after the first visit: the service worker takes control, then reloads and deep links work
// with no network, and the offline indicator shows.
import { expect, test } from './fixtures';
import { visit, waitForServiceWorker } from './helpers';

test('works offline after the service worker takes control', async ({ page, context }) => {
  await visit(page, '/');
  await waitForServiceWorker(page);
  await expect(page.getByText('Jalons fonctionne maintenant sans connexion internet.')).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vos démarches aux grands moments de la vie');
  await expect(page.getByTestId('offline-indicator')).toBeVisible();

  await visit(page, '/accessibilite');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibilité');

  await visit(page, '/donnees-personnelles?lng=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personal data');
  await context.setOffline(false);
});
