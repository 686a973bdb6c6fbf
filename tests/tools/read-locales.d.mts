/** Nested texts of every namespace of the given languages. */
export function readLocales(dir: string, langs: string[]): Record<string, Record<string, unknown>>;

/** One namespace of one language from the repository's `locales/` (untyped JSON, for test assertions). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function readLocale(lang: string, ns: string): any;
