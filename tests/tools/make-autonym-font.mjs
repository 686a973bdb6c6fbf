// Cuts, from the Ethiopic font, the few glyphs the language picker needs to write « ትግርኛ »
// (Tigrinya in its own script). Without it, every visitor would download the whole 75 KB font
// just to show one word in the list. Run by hand when the picker's names change:
// `node tests/tools/make-autonym-font.mjs`; the result is committed in src/styles/.
import { readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { runnerImport } from 'vite';

const {
  module: { allLanguages },
} = await runnerImport('./src/i18n/languages.ts');

const ethiopic = /[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]/gu;
const text = [
  ...new Set(
    allLanguages
      .map((l) => l.name)
      .join('')
      .match(ethiopic) ?? [],
  ),
].join('');
const source = readFileSync(
  'node_modules/@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-400-normal.woff2',
);
const subset = await subsetFont(source, text, { targetFormat: 'woff2' });
writeFileSync('src/styles/autonym-ethiopic.woff2', subset);
console.log(
  `characters ${[...text].map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase()}`).join(', ')}: ${subset.length} bytes`,
);
