// A whole journey with the keyboard only (Tab, Shift+Tab, Enter, Space, arrows): choose, answer,
// tick, print. Focus is always visible, moves to each new screen's heading, and never gets trapped.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { inMonths } from './flows';
import { visit } from './helpers';

/** Presses Tab until the focused element matches, checking the focus is visible on the way. */
async function tabTo(
  page: Page,
  matches: (el: { text: string; tag: string; type: string; name: string }) => boolean,
  back = false,
) {
  const seen: string[] = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement & { type?: string; name?: string };
      const s = getComputedStyle(a);
      return {
        text: (a.innerText || a.getAttribute('aria-label') || '').trim(),
        tag: a.tagName,
        type: a.type ?? '',
        name: a.name ?? '',
        visible: s.outlineStyle !== 'none' || s.boxShadow !== 'none',
      };
    });
    seen.push(`${el.tag}:${el.text.slice(0, 25)}`);
    expect(el.visible, `focus visible on ${el.tag} ${el.text.slice(0, 40)} after ${seen.join(' > ')}`).toBe(true);
    if (matches(el)) return;
  }
  throw new Error('element never reached with the keyboard');
}

const focusedHeading = (page: Page) => page.evaluate(() => document.activeElement?.tagName);

test('choose, answer, tick and print with the keyboard only', async ({ page }) => {
  await visit(page, '/');
  await tabTo(page, (e) => e.text === "J'attends un enfant");
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Où en êtes-vous ?');
  await expect.poll(() => focusedHeading(page)).toBe('H1');

  // Radio group: Tab into it, arrows to move, Space to select, then the Continue button.
  const answer = async (downs: number) => {
    await tabTo(page, (e) => e.type === 'radio');
    for (let i = 0; i < downs; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await tabTo(page, (e) => e.text === 'Continuer');
    await page.keyboard.press('Enter');
    // The next question (or the timeline) takes focus on its heading; a person reads it before tabbing on.
    await expect.poll(() => focusedHeading(page)).toBe('H1');
  };
  await answer(0);
  const [y, m, d] = inMonths(5).split('-');
  await tabTo(page, (e) => e.name.endsWith('-day'));
  await page.keyboard.type(String(Number(d)));
  await page.keyboard.press('Tab');
  await page.keyboard.type(String(Number(m)));
  await page.keyboard.press('Tab');
  await page.keyboard.type(y!);
  await tabTo(page, (e) => e.text === 'Continuer');
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedHeading(page)).toBe('H1');
  for (const downs of [0, 0, 1, 1, 1, 1]) await answer(downs);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText("J'attends un enfant");
  await expect.poll(() => focusedHeading(page)).toBe('H1');
  await expect(page.locator('ol.timeline [aria-current="step"]')).toHaveCount(1);

  await tabTo(page, (e) => e.text === 'Déclarer la naissance à la mairie');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déclarer la naissance à la mairie');
  await tabTo(page, (e) => e.type === 'checkbox');
  await page.keyboard.press('Space');
  await expect(page.locator('.checklist input[type=checkbox]').first()).toBeChecked();
  await expect(page.getByTestId('announcer')).toContainText('coché');
  // Shift+Tab goes back without a trap.
  await tabTo(page, (e) => e.text === 'Retour à mon parcours', true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("J'attends un enfant");
  await expect.poll(() => focusedHeading(page)).toBe('H1');
  await tabTo(page, (e) => e.text === 'Imprimer ma liste');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Ma liste de démarches : J'attends un enfant");
  await tabTo(page, (e) => e.text === 'Imprimer');
});
