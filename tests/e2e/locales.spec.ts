// Every offered language: `?lng=` selects it, <html lang dir> follow, the main screens read in it
// (journey, step, printout) with zero axe violations, and right-to-left languages mirror the layout.
import { expect, test } from './fixtures';
import { answerAll } from './flows';
import { expectNoAxeViolations, visit } from './helpers';
import { languages } from '../../src/i18n/languages';
import { readLocale as locale } from '../tools/read-locales.mjs';

for (const { code, dir } of languages) {
  test(`${code}: home, questions, timeline and step in ${code}, axe clean`, async ({ page }) => {
    const common = locale(code, 'common');
    const child = locale(code, 'child');
    await visit(page, `/?lng=${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(common.home.title);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: common.moments.child.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(child.questions.situation.label);
    await expectNoAxeViolations(page);
    await answerAll(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(child.title);
    await expectNoAxeViolations(page);
    if (dir === 'rtl') {
      // The timeline's line runs on the right, next to the start of each line of text.
      const box = await page.locator('.steps').first().boundingBox();
      const border = await page
        .locator('.steps')
        .first()
        .evaluate((el) => getComputedStyle(el).borderRightWidth);
      expect(border).not.toBe('0px');
      expect(box!.x + box!.width).toBeGreaterThan(page.viewportSize()!.width / 2);
    }
    await page.locator('.step__title').first().click();
    await expect(page.getByRole('heading', { name: common.step.sources })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
