// The languages Jalons is offered in, each named in its own language, with its writing direction.

/** A language the app can be shown in. */
export interface Language {
  code: string;
  /** The language's name in that language (autonym), as people look for it in a list. */
  name: string;
  dir: 'ltr' | 'rtl';
}

/** Languages offered in the picker: only complete ones (tests check key parity). */
export const languages: readonly Language[] = [
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
];

/** French is the source language: its keys are the reference and it is bundled eagerly. */
export const sourceLanguage = 'fr';

/** The language entry for a code, or undefined when it is not offered. */
export function findLanguage(code: string | null | undefined): Language | undefined {
  if (!code) return undefined;
  const short = code.toLowerCase().split('-')[0];
  return languages.find((l) => l.code === short);
}
