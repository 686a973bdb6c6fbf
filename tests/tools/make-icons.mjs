// Draws the app icons (PNG) from the Jalons mark with headless Chromium. Run by hand when the mark
// changes: `node tests/tools/make-icons.mjs`; the PNGs are committed in public/.
import { chromium } from '@playwright/test';

const mark = (size, padding) => `<!doctype html><html><body style="margin:0">
<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 48 48">
  <rect width="48" height="48" fill="#0b4f6c" ${padding ? '' : 'rx="10"'}/>
  <g transform="translate(24 24) scale(${padding ? 0.62 : 1}) translate(-24 -24)">
    <path d="M12 36 C 18 30, 16 22, 24 20 S 32 12, 36 10" fill="none" stroke="#fff" stroke-width="3"/>
    <circle cx="12" cy="36" r="4" fill="#fff"/><circle cx="24" cy="20" r="4" fill="#fff"/>
    <circle cx="36" cy="10" r="4" fill="#ffd166"/>
  </g>
</svg></body></html>`;

const icons = [
  ['public/icon-192.png', 192, false],
  ['public/icon-512.png', 512, false],
  ['public/icon-maskable-512.png', 512, true],
  ['public/apple-touch-icon.png', 180, true],
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
for (const [file, size, maskable] of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(mark(size, maskable));
  await page.screenshot({ path: file, omitBackground: !maskable });
  await page.close();
  console.log('wrote', file);
}
await browser.close();
