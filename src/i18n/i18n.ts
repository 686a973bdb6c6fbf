// i18next set-up: French UI texts bundled, every other language and all content loaded lazily.
import i18next from 'i18next';
import frCommon from '../../locales/fr/common.json';
import { findLanguage, languages, sourceLanguage } from './languages';
import { lazyBackend } from './loader';

/** The one i18next instance of the app. */
export const i18n = i18next.createInstance();

/** Starts i18next in the given language; resolves once the UI texts of that language are loaded. */
export async function initI18n(lang: string = sourceLanguage): Promise<void> {
  if (i18n.isInitialized) return void (await setLanguage(lang));
  i18n.use(lazyBackend);
  await i18n.init({
    lng: findLanguage(lang)?.code ?? sourceLanguage,
    fallbackLng: sourceLanguage,
    supportedLngs: languages.map((l) => l.code),
    ns: ['common'],
    defaultNS: 'common',
    resources: { fr: { common: frCommon } },
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  applyDocumentLanguage(i18n.language);
}

/** Switches language, loading its texts first, and updates `<html lang dir>`. */
export async function setLanguage(code: string): Promise<void> {
  const lang = findLanguage(code)?.code ?? sourceLanguage;
  await i18n.changeLanguage(lang);
  applyDocumentLanguage(lang);
}

/** Sets `<html lang>` and `dir` so screen readers and the layout follow the language. */
export function applyDocumentLanguage(code: string): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  root.lang = code;
  root.dir = i18n.dir(code);
}
