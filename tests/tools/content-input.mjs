// Loads all content, the checker and every shipped locale's texts from disk, through Vite's module
// runner (Node 20 cannot run TypeScript itself). Shared by the build plugin and `npm run content:check`.
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';
import { readLocales } from './read-locales.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** `{ input, validateContent }` ready for `validateContent(input)`. */
export async function loadContentCheck() {
  const [{ module: all }, { module: check }, { module: langs }] = await Promise.all([
    runnerImport(`${root}src/content/all.ts`),
    runnerImport(`${root}src/content/validate.ts`),
    runnerImport(`${root}src/i18n/languages.ts`),
  ]);
  const raw = readLocales(
    `${root}locales`,
    langs.languages.map((l) => l.code),
  );
  const texts = Object.fromEntries(
    Object.entries(raw).map(([lang, nss]) => [
      lang,
      Object.fromEntries(Object.entries(nss).map(([ns, json]) => [ns, check.flatten(json)])),
    ]),
  );
  const today = new Date().toISOString().slice(0, 10);
  return {
    input: { moments: all.moments, bodies: all.bodies, documents: all.documents, texts, today },
    validateContent: check.validateContent,
  };
}
