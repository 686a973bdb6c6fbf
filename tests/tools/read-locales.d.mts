/** Nested texts of every namespace of the given languages. */
export function readLocales(dir: string, langs: string[]): Record<string, Record<string, unknown>>;
