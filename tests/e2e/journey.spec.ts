// The whole path of « J'attends un enfant » on a 360 px phone: home → questions → timeline → step →
// ticks → offline reload → changed answer → print to PDF, with axe on every screen.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { answer, fillDate, inMonths } from './flows';
import { expectNoAxeViolations, visit, waitForServiceWorker } from './helpers';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('a parent follows their journey from questions to print, offline included', async ({ page, context }) => {
  await visit(page, '/');
  await waitForServiceWorker(page);
  await page.getByRole('link', { name: "J'attends un enfant" }).click();

  await expect(page.getByText('Question 1 sur')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByText('Choisissez une réponse pour continuer.')).toBeVisible();
  await answer(page, 'Où en êtes-vous ?', "J'attends un bébé (grossesse en cours)");
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Date prévue de l'accouchement");
  await fillDate(page, inMonths(5));
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await answer(page, 'Est-ce votre premier enfant ?', 'Oui');
  await answer(page, 'Quelle est votre situation professionnelle ?', 'Salarié(e)');
  await answer(page, 'Les parents sont-ils mariés ensemble ?', 'Non');
  await answer(page, 'Dépendez-vous de la MSA (régime agricole) ?', 'Non');
  await answer(page, "Élevez-vous l'enfant seul(e) ?", 'Non');
  await answer(page, 'Lire le français ou faire des démarches en ligne est difficile pour moi', 'Non');

  // Timeline
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("J'attends un enfant");
  await expect(page.getByText(/^\d+ étapes? terminées? sur \d+$/).first()).toBeVisible();
  await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
  await expect(page.getByRole('link', { name: "Reconnaître l'enfant avant la naissance" })).toBeVisible();
  await expect(page.getByText(/^Aujourd'hui, /)).toBeVisible();
  await expectNoAxeViolations(page);
  const journeyUrl = page.url();

  // Step: tick two items
  await page.getByRole('link', { name: 'Faire déclarer la grossesse' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Faire déclarer la grossesse');
  await expect(page.getByRole('heading', { name: 'Date limite' })).toBeVisible();
  const boxes = page.locator('.checklist input[type=checkbox]');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await expect(page.getByTestId('announcer')).toContainText('coché');
  await expectNoAxeViolations(page);
  const stepUrl = page.url();

  // Offline reload keeps the ticks
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Faire déclarer la grossesse');
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).toBeChecked();
  await expect(boxes.nth(2)).not.toBeChecked();

  // Change an answer: married → the recognition step goes, the ticks stay
  await visit(page, journeyUrl);
  await page.getByRole('link', { name: 'Modifier : Les parents sont-ils mariés ensemble ?' }).click();
  await expect(page.getByLabel('Non', { exact: true })).toBeChecked();
  await page.getByLabel('Oui', { exact: true }).check();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vérifiez ce qui change');
  await expect(page.getByText('1 retirée')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: "Reconnaître l'enfant avant la naissance" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Appliquer le changement' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("J'attends un enfant");
  await expect(page.getByRole('link', { name: "Reconnaître l'enfant avant la naissance" })).toHaveCount(0);
  await visit(page, stepUrl);
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).toBeChecked();
  await context.setOffline(false);

  // Print
  await visit(page, `${journeyUrl}/imprimer`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Ma liste de démarches : J'attends un enfant");
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'jalons-print-'));
  const pdf = join(dir, 'liste.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain("Ma liste de démarches : J'attends un enfant");
  expect(text).toMatch(/Imprimé le \d{1,2} \S+ \d{4}/);
  expect(text).toContain('sans valeur juridique');
  expect(text).toContain('Déclarer la naissance à la mairie');
  expect(text).toContain('Documents à apporter');
  expect(text).not.toContain('Langage simplifié');
});
