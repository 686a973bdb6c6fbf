// Helpers for locale tests: read every locale file and flatten it to dotted keys.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folder holding `<lang>/<namespace>.json`. */
export const localesDir = join(import.meta.dirname, '../../locales');

/** Nested JSON flattened to `{ "a.b.c": "text" }`. */
export function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (!value || typeof value !== 'object') throw new Error(`Unexpected value at ${prefix}`);
  return Object.entries(value).reduce<Record<string, string>>(
    (out, [key, child]) => Object.assign(out, flatten(child, prefix ? `${prefix}.${key}` : key)),
    {},
  );
}

/** Namespaces (file names without .json) of one language. */
export function namespaces(lang: string): string[] {
  return (
    readdirSync(join(localesDir, lang))
      // The RGAA grid (rgaa.json) is a French legal reference, published in French only.
      .filter((f) => f.endsWith('.json') && f !== 'rgaa.json')
      .map((f) => f.slice(0, -5))
      .sort()
  );
}

/** The flattened texts of one namespace of one language. */
export function readLocale(lang: string, ns: string): Record<string, string> {
  return flatten(JSON.parse(readFileSync(join(localesDir, lang, `${ns}.json`), 'utf8')));
}

/** `{{placeholders}}` used in a text, sorted. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*([\w.]+)\s*}}/g)].map((m) => m[1] ?? '').sort();
}
