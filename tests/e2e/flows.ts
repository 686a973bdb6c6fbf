// Reusable paths through the app for browser tests.
import { createRequire } from 'node:module';
import { expect, type Locator, type Page } from '@playwright/test';
import { visit } from './helpers';

/** A date some months from today, as the date input expects it. */
export function inMonths(months: number): string {
  const d = new Date();
  d.setMonth(d.getMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** Fills the three date fields (day, month, year) of the current question with an ISO date. */
export async function fillDate(page: Page, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await page.locator('input[name$="-day"]').fill(String(Number(d)));
  await page.locator('input[name$="-month"]').fill(String(Number(m)));
  await page.locator('input[name$="-year"]').fill(y!);
}

/** Answers a choice question and moves on. */
export async function answer(page: Page, question: string, choice: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
  await page.getByLabel(choice, { exact: true }).check();
  await page.getByRole('button', { name: 'Continuer' }).click();
}

/** Starts « J'attends un enfant » for an employed, unmarried first-time parent; returns the timeline URL. */
export async function startChildJourney(page: Page, options: { married?: 'Oui' | 'Non' } = {}): Promise<string> {
  await visit(page, '/commencer/child');
  await answer(page, 'Où en êtes-vous ?', "J'attends un bébé (grossesse en cours)");
  await fillDate(page, inMonths(5));
  await page.getByRole('button', { name: 'Continuer' }).click();
  await answer(page, 'Est-ce votre premier enfant ?', 'Oui');
  await answer(page, 'Quelle est votre situation professionnelle ?', 'Salarié(e)');
  await answer(page, 'Les parents sont-ils mariés ensemble ?', options.married ?? 'Non');
  await answer(page, 'Dépendez-vous de la MSA (régime agricole) ?', 'Non');
  await answer(page, "Élevez-vous l'enfant seul(e) ?", 'Non');
  await answer(page, 'Lire le français ou faire des démarches en ligne est difficile pour moi', 'Non');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("J'attends un enfant");
  return new URL(page.url()).pathname;
}

const jsqrPath = createRequire(import.meta.url).resolve('jsqr/dist/jsQR.js');

/** Decodes the QR code shown by an element, from a real screenshot of it, inside the page. */
export async function decodeQr(page: Page, element: Locator): Promise<string | null> {
  const png = (await element.screenshot()).toString('base64');
  await page.addScriptTag({ path: jsqrPath });
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    const decode = (
      window as unknown as { jsQR: (d: Uint8ClampedArray, w: number, h: number) => { data: string } | null }
    ).jsQR;
    return decode(pixels.data, pixels.width, pixels.height)?.data ?? null;
  }, png);
}

/**
 * Answers every question screen until the timeline shows: dates get `date` (or "Je ne sais pas
 * encore" when `date` is null), choices get the option `pick` chooses. Returns the screens seen.
 */
export async function answerAll(
  page: Page,
  options: { date?: string | null; pick?: 'first' | 'last'; onScreen?: (n: number) => Promise<void> } = {},
): Promise<number> {
  const timeline = page.locator('.timeline');
  const progress = page.locator('form.questions .progress-text');
  let screens = 0;
  for (;;) {
    await expect(timeline.or(progress)).toBeVisible();
    if (await timeline.isVisible()) return screens;
    expect(++screens, 'too many question screens').toBeLessThan(25);
    const before = await progress.textContent();
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    await options.onScreen?.(screens);
    const date = page.locator('.date-parts');
    if (await date.isVisible()) {
      if (options.date === null) await page.getByTestId('skip-question').click();
      else {
        await fillDate(page, options.date ?? inMonths(2));
        await page.locator('form.questions button[type=submit]').click();
      }
    } else {
      const choices = page.locator('.choice input');
      await (options.pick === 'last' ? choices.last() : choices.first()).check();
      await page.locator('form.questions button[type=submit]').click();
    }
    // Wait until this screen is gone: the next question, or the timeline.
    await expect(async () => {
      const now = (await progress.textContent({ timeout: 200 }).catch(() => null)) ?? 'gone';
      const h1 = await page
        .getByRole('heading', { level: 1 })
        .textContent({ timeout: 200 })
        .catch(() => null);
      expect(now !== before || h1 !== heading).toBe(true);
    }).toPass({ timeout: 7000 });
  }
}
