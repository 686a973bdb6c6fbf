// Zero axe violations (WCAG 2.0–2.2 A and AA tags) on every screen, generated from one list.
import { expect, test } from './fixtures';
import { expectNoAxeViolations, visit } from './helpers';

/** Every screen, by address and the heading it must show. */
export const screens = [
  { path: '/', heading: 'Vos démarches aux grands moments de la vie' },
  { path: '/donnees-personnelles', heading: 'Données personnelles' },
  { path: '/accessibilite', heading: 'Accessibilité' },
  { path: '/adresse-inconnue', heading: 'Page introuvable' },
];

for (const screen of screens) {
  test(`axe: ${screen.path}`, async ({ page }) => {
    await visit(page, screen.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(screen.heading);
    await expectNoAxeViolations(page);
  });
}
