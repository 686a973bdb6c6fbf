// The hook every component uses for texts: UI keys typed from the French source file,
// content keys read in plain or simplified language according to the person's setting.
import { useContext, useEffect, useReducer } from 'preact/hooks';
import type frCommon from '../../locales/fr/common.json';
import type frPages from '../../locales/fr/pages.json';
import { i18n } from './i18n';
import { SettingsContext } from '../app/settings-context';
import { TextOverrideContext } from './TextOverride';

// Plural forms (`_one`, `_other`…) and simplified variants (`_simple`) are one key for callers.
type Base<K extends string> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other' | 'simple'}`
  ? B
  : K;

type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${Base<K>}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every key of the UI namespace, checked at compile time against the French file. */
export type UiKey = Paths<typeof frCommon>;

/** Every key of the `pages` namespace (texts of rarely visited screens, loaded lazily). */
export type PagesKey = Paths<typeof frPages>;

/** Values interpolated into a text, and i18next's `count` for plurals. */
export type TextValues = Record<string, string | number>;

/** Texts in the current language; re-renders when the language or loaded texts change. */
export function useT() {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const settings = useContext(SettingsContext);
  const override = useContext(TextOverrideContext);
  const simple = override?.simple ?? settings.simple;
  const lng = override?.lang ?? i18n.language;
  useEffect(() => {
    i18n.on('languageChanged', rerender);
    i18n.store.on('added', rerender);
    return () => {
      i18n.off('languageChanged', rerender);
      i18n.store.off('added', rerender);
    };
  }, []);
  const context = simple ? 'simple' : undefined;
  return {
    lang: lng,
    /** A UI text. */
    t: (key: UiKey, values?: TextValues): string => i18n.t(key, { ...values, context, lng }),
    /** A text of the lazily loaded `pages` namespace (load it with useNamespaces(['pages'])). */
    tp: (key: PagesKey, values?: TextValues): string => i18n.t(key, { ...values, context, lng, ns: 'pages' }),
    /** A content text from a namespace (moment, catalog), simplified when the setting is on. */
    tc: (ns: string, key: string): string => i18n.t(key, { ns, context, lng }),
  };
}
