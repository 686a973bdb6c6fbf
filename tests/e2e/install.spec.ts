// Installability, as Chromium itself judges it through the DevTools protocol.
import { expect, test } from './fixtures';
import { visit, waitForServiceWorker } from './helpers';

test('Chromium finds the app installable', async ({ page, browserName }) => {
  test.skip(browserName !== 'chromium');
  await visit(page, '/');
  await waitForServiceWorker(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito-like; that entry says nothing about the app.
  const errors = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
  expect(errors).toEqual([]);
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ short_name: 'Jalons', display: 'standalone', lang: 'fr', start_url: '/' });
  expect(manifest.icons.map((i: { purpose: string }) => i.purpose)).toContain('maskable');
});
