// Every life moment: open it, answer its questions, reach its timeline and a step, with zero axe
// violations on each screen.
import { expect, test } from './fixtures';
import { answerAll } from './flows';
import { expectNoAxeViolations, visit } from './helpers';
import { momentCatalog } from '../../src/content/catalog';
import { isOfficialHost } from '../../src/content/validate';

const written = momentCatalog.filter((m) => m.load).map((m) => m.id);

test('all ten life moments are written and offered', () => {
  expect(written).toHaveLength(10);
});

for (const id of written) {
  test(`moment ${id}: questions → timeline → step`, async ({ page }) => {
    await visit(page, `/commencer/${id}`);
    const keep = page.getByRole('radio', { name: /Ne rien garder/ });
    await expect(keep.or(page.getByText(/^Question 1 sur \d+$/))).toBeVisible();
    if (await keep.isVisible()) {
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Continuer' }).click();
    }
    await answerAll(page, { onScreen: async (n) => (n <= 2 ? expectNoAxeViolations(page) : undefined) });
    await expect(page.locator('.step').first()).toBeVisible();
    expect(await page.locator('.step').count()).toBeGreaterThanOrEqual(3);
    await expectNoAxeViolations(page);
    await page.locator('.step__title').first().click();
    await expect(page.getByRole('heading', { name: 'Sources officielles' })).toBeVisible();
    await expectNoAxeViolations(page);
    // External links: official sites only, opened without leaking the page or a referrer.
    for (const link of await page.locator('main a[href^="http"]').all()) {
      const { href, rel } = await link.evaluate((a: HTMLAnchorElement) => ({ href: a.href, rel: a.rel }));
      expect(rel.split(' ').sort(), href).toEqual(['noopener', 'noreferrer']);
      expect(isOfficialHost(new URL(href).hostname), href).toBe(true);
    }
  });
}
