// Reads `locales/<lang>/<namespace>.json` from disk for the content checks.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Nested texts of every namespace of the given languages: `{ lang: { ns: json } }`. */
export function readLocales(dir, langs) {
  const out = {};
  for (const lang of langs) {
    out[lang] = {};
    for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json'))) {
      out[lang][file.slice(0, -5)] = JSON.parse(readFileSync(join(dir, lang, file), 'utf8'));
    }
  }
  return out;
}

const localesDir = join(import.meta.dirname, '../../locales');

/** One namespace of one language from the repository's `locales/`, for tests that compare screens with texts. */
export function readLocale(lang, ns) {
  return JSON.parse(readFileSync(join(localesDir, lang, `${ns}.json`), 'utf8'));
}
