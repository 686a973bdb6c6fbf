// The shipped content and its texts, read from disk, for content tests.
import { join } from 'node:path';
import { bodies, documents, moments } from '../../src/content/all';
import { flatten, type ContentInput } from '../../src/content/validate';
import { languages } from '../../src/i18n/languages';
import { readLocales } from '../tools/read-locales.mjs';

const raw = readLocales(
  join(import.meta.dirname, '../../locales'),
  languages.map((l) => l.code),
) as Record<string, Record<string, unknown>>;

/** The checker's input for the real content, as of `today`. */
export function shippedContent(today = new Date().toISOString().slice(0, 10)): ContentInput {
  const texts = Object.fromEntries(
    Object.entries(raw).map(([lang, nss]) => [
      lang,
      Object.fromEntries(Object.entries(nss).map(([ns, j]) => [ns, flatten(j)])),
    ]),
  );
  return { moments, bodies, documents, texts, today };
}
