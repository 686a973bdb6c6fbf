// The languages Jalons is written in, each named in its own language, with its writing direction.

/** A language the app can be shown in. */
export interface Language {
  code: string;
  /** The language's name in that language (autonym), as people look for it in a list. */
  name: string;
  dir: 'ltr' | 'rtl';
}

/** Every language Jalons is being translated into, in the order of the picker. */
export const allLanguages: readonly Language[] = [
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'fa', name: 'فارسی / دری', dir: 'rtl' },
  { code: 'ps', name: 'پښتو', dir: 'rtl' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'ti', name: 'ትግርኛ', dir: 'ltr' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr' },
  { code: 'pt', name: 'Português', dir: 'ltr' },
  { code: 'ro', name: 'Română', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
];

/**
 * Languages whose every text exists (UI and all content, plain and simplified). Only these are
 * offered; the locale tests and the content checker hold each of them to the French key set.
 */
export const completeLanguages = ['fr', 'en', 'ar', 'fa', 'ps', 'uk', 'ru', 'ti', 'tr', 'pt', 'ro', 'es'];

/** Languages offered in the picker. */
export const languages: readonly Language[] = allLanguages.filter((l) => completeLanguages.includes(l.code));

/** French is the source language: its keys are the reference and it is bundled eagerly. */
export const sourceLanguage = 'fr';

/** The language entry for a code, or undefined when it is not offered. */
export function findLanguage(code: string | null | undefined): Language | undefined {
  if (!code) return undefined;
  const short = code.toLowerCase().split('-')[0];
  return languages.find((l) => l.code === short);
}
