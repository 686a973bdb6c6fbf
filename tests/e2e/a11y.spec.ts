// Accessibility, measured: axe on every screen × every language × plain and simplified × light
// and dark; no horizontal scroll at 320 px; 200 % text and WCAG text spacing without loss; touch
// targets of at least 44 × 44 px; reduced motion and forced colours.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectNoAxeViolations, visit } from './helpers';
import { prepareJourney, screens } from './screens';
import { languages } from '../../src/i18n/languages';

// The text-spacing check injects a stylesheet, which the app's CSP rightly forbids; the CSP has its own test.
test.use({ bypassCSP: true });

async function eachScreen(page: Page, check: (name: string) => Promise<void>) {
  const journey = await prepareJourney(page);
  for (const s of screens) {
    await visit(page, s.path(journey));
    await page.locator('main h1').first().waitFor();
    await check(s.name);
  }
}

async function settings(page: Page, options: { lang?: string; simple?: boolean; theme?: 'light' | 'dark' }) {
  await visit(page, `/reglages${options.lang ? `?lng=${options.lang}` : ''}`);
  if (options.simple) await page.locator('#simple').check();
  if (options.theme)
    await page
      .locator('input[name=theme]')
      .nth(options.theme === 'light' ? 1 : 2)
      .check();
}

for (const { code } of languages) {
  for (const variant of ['plain', 'simple-dark'] as const) {
    if (variant === 'simple-dark' && !['fr', 'ar'].includes(code)) continue;
    test(`axe: every screen in ${code} (${variant})`, async ({ page }) => {
      test.setTimeout(120_000);
      const journey = await prepareJourney(page);
      await settings(page, { lang: code, simple: variant !== 'plain', theme: variant === 'plain' ? 'light' : 'dark' });
      for (const s of screens) {
        await visit(page, s.path(journey));
        await page.locator('main h1').first().waitFor();
        await test.step(s.name, () => expectNoAxeViolations(page));
      }
    });
  }
}

test('no horizontal scroll at 320 px on any screen', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 640 });
  await eachScreen(page, async (name) => {
    const wide = await page.evaluate(() =>
      document.documentElement.scrollWidth > 320
        ? [...document.querySelectorAll<HTMLElement>('body *')]
            .filter((el) => el.getBoundingClientRect().right > 321)
            .map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`)
            .slice(0, 5)
        : [],
    );
    expect(wide, name).toEqual([]);
  });
});

test('text at 200 % and WCAG text spacing: nothing overflows or is cut', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 640, height: 800 });
  await page.addInitScript(() => {
    addEventListener('DOMContentLoaded', () => {
      // WCAG 1.4.12 text-spacing bookmarklet values, and 200 % text.
      const style = document.createElement('style');
      style.textContent =
        'html{font-size:200%!important}*{line-height:1.5!important;letter-spacing:.12em!important;word-spacing:.16em!important}p{margin-bottom:2em!important}';
      document.head.append(style);
    });
  });
  await eachScreen(page, async (name) => {
    const problems = await page.evaluate(() => {
      const out: string[] = [];
      if (document.documentElement.scrollWidth > innerWidth)
        out.push(`page ${document.documentElement.scrollWidth}px wide`);
      for (const el of document.querySelectorAll<HTMLElement>('main *, header *')) {
        // Content hidden on purpose for screen readers only (1 px boxes) is not cut text.
        if (el.closest('.visually-hidden') || el.getBoundingClientRect().width <= 1) continue;
        const style = getComputedStyle(el);
        if ((style.overflow === 'hidden' || style.overflowX === 'hidden') && el.scrollWidth > el.clientWidth + 1)
          out.push(`${el.tagName}.${el.className} cut`);
      }
      return out;
    });
    expect(problems, name).toEqual([]);
  });
});

test('touch targets are at least 44 × 44 px (links inside sentences excepted)', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await eachScreen(page, async (name) => {
    const small = await page.evaluate(() => {
      const out: string[] = [];
      const targets = document.querySelectorAll<HTMLElement>('button, select, input, textarea, a[href]');
      for (const el of targets) {
        if (el.closest('.visually-hidden, .skip-link') || el.getClientRects().length === 0) continue;
        // Inline links inside running text are exempt (WCAG 2.5.8).
        if (el.tagName === 'A' && el.closest('p, dd, .lead') && !el.matches('.button, .back-link')) continue;
        // A checkbox or radio is operated through its whole label row.
        const target = el.matches('input[type=checkbox], input[type=radio]')
          ? ((el.closest('.choice, .check, .field') as HTMLElement) ?? el)
          : el;
        const box = target.getBoundingClientRect();
        if (box.width < 44 - 0.5 || box.height < 44 - 0.5)
          out.push(
            `${el.tagName} "${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
          );
      }
      return out;
    });
    expect(small, name).toEqual([]);
  });
});

test('reduced motion and forced colours: no animation, statuses and focus still visible', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce', forcedColors: 'active' });
  const journey = await prepareJourney(page);
  await visit(page, journey);
  const animated = await page.evaluate(
    () =>
      [...document.querySelectorAll('*')].filter((el) => {
        const s = getComputedStyle(el);
        return parseFloat(s.animationDuration) > 0 || parseFloat(s.transitionDuration) > 0.01;
      }).length,
  );
  expect(animated).toBe(0);
  await expect(page.locator('.status').first()).toHaveText(/\S/);
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
