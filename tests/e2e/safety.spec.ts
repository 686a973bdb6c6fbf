// The violence journey: nothing kept unless the person chooses, a visible quick exit and the Escape
// key that leave at once, with no journey left in the history or on the device.
import { expect, test } from './fixtures';
import { expectNoAxeViolations, storedRows, visit } from './helpers';
import { answerAll } from './flows';

test.use({ allowedOrigins: ['https://meteofrance.com/'] });

test.beforeEach(async ({ context }) => {
  // The neutral page is outside the app: answer it locally, the tests have no network.
  await context.route('https://meteofrance.com/**', (r) =>
    r.fulfill({ body: '<title>Météo</title><h1>Météo</h1>', contentType: 'text/html' }),
  );
});

test('by default nothing is written to the device, and Escape leaves at once', async ({ page }) => {
  await visit(page, '/');
  await page.getByRole('link', { name: 'Je subis des violences conjugales' }).click();
  await expect(page.getByRole('button', { name: 'Quitter rapidement' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Ne rien garder/ })).toBeChecked();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await answerAll(page, { date: null, pick: 'last' });
  await expect(page).toHaveTitle('Jalons');
  await expectNoAxeViolations(page);
  await page.locator('.step__title').first().click();
  await expect(page.getByRole('heading', { name: 'Sources officielles' })).toBeVisible();
  const rows = await storedRows(page);
  expect(rows.journeys ?? 0).toBe(0);
  expect(rows.progress ?? 0).toBe(0);

  // Only the home page and the neutral page: the journey's screens replaced each other.
  const historyLength = await page.evaluate(() => history.length);
  await page.keyboard.press('Escape');
  await page.waitForURL('https://meteofrance.com/');
  await page.goBack();
  await expect(page.getByText('Je subis des violences conjugales').first()).toBeVisible();
  await expect(page.locator('.timeline')).toHaveCount(0);
  expect(historyLength).toBeLessThanOrEqual(3);
});

test('the person may choose to keep the journey; the quick-exit button is reachable first', async ({ page }) => {
  await visit(page, '/commencer/domesticViolence');
  await expect(page.getByRole('button', { name: 'Quitter rapidement' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Quitter rapidement' })).toBeFocused();
  await page.getByRole('radio', { name: /Garder le parcours/ }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByText(/^Question 1 sur/)).toBeVisible();
  await page.getByRole('button', { name: 'Quitter rapidement' }).click();
  await page.waitForURL('https://meteofrance.com/');
});
