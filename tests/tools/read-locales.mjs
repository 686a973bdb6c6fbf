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
