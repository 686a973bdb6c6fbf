// Loads the stored preferences after the first paint (storage code is a lazy chunk, kept out of
// the initial bundle), applies `?lng=` from the address, and saves every change.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n, setLanguage as applyLanguage } from '../i18n/i18n';
import { findLanguage } from '../i18n/languages';
import type { StorageMode } from '../storage/db';
import type { SettingsState } from './settings-context';
import { applyDisplay, type TextSize, type Theme } from './display';

const loadStorage = () => Promise.all([import('../storage/settings'), import('../storage/db')]);

/** The language asked for in the address (`?lng=xx`), when Jalons offers it. */
export function languageFromUrl(search: string): string | undefined {
  return findLanguage(new URLSearchParams(search).get('lng'))?.code;
}

// Once the person picks a language, the address must not override it on the next reload.
function dropLanguageFromUrl(): void {
  const url = new URL(location.href);
  if (!url.searchParams.has('lng')) return;
  url.searchParams.delete('lng');
  history.replaceState(history.state, '', url);
}

/** State and setters behind SettingsContext. */
export function useSettingsState(): SettingsState {
  const [language, setLanguageState] = useState(i18n.language);
  const [simple, setSimpleState] = useState(false);
  const [storage, setStorage] = useState<StorageMode>();
  const [theme, setThemeState] = useState<Theme>('system');
  const [textSize, setTextSizeState] = useState<TextSize>(100);
  useEffect(() => applyDisplay(theme, textSize), [theme, textSize]);
  // A choice made while the stored settings are still loading (a tap on a slow phone) must win:
  // the stored value read a moment later is older than it.
  const chosen = useRef(new Set<'language' | 'simple' | 'theme' | 'textSize'>());

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const [{ readSettings, writeSetting }, { openDb }] = await loadStorage();
      const { mode } = await openDb();
      const stored = await readSettings();
      if (cancelled) return;
      setStorage(mode);
      if (!chosen.current.has('simple')) setSimpleState(stored.simple ?? false);
      if (!chosen.current.has('theme')) setThemeState(stored.theme ?? 'system');
      if (!chosen.current.has('textSize')) setTextSizeState(stored.textSize ?? 100);
      if (chosen.current.has('language')) return;
      const fromUrl = languageFromUrl(location.search);
      const wanted = fromUrl ?? stored.language;
      if (fromUrl && fromUrl !== stored.language) await writeSetting('language', fromUrl);
      if (wanted && wanted !== i18n.language && !chosen.current.has('language')) {
        await applyLanguage(wanted);
        setLanguageState(i18n.language);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  return useMemo(
    () => ({
      language,
      simple,
      storage,
      setLanguage: (code: string) => {
        chosen.current.add('language');
        dropLanguageFromUrl();
        void applyLanguage(code).then(() => setLanguageState(i18n.language));
        void loadStorage().then(([{ writeSetting }]) => writeSetting('language', code));
      },
      setSimple: (value: boolean) => {
        chosen.current.add('simple');
        setSimpleState(value);
        void loadStorage().then(([{ writeSetting }]) => writeSetting('simple', value));
      },
      theme,
      textSize,
      setTheme: (value: Theme) => {
        chosen.current.add('theme');
        setThemeState(value);
        void loadStorage().then(([{ writeSetting }]) => writeSetting('theme', value));
      },
      setTextSize: (value: TextSize) => {
        chosen.current.add('textSize');
        setTextSizeState(value);
        void loadStorage().then(([{ writeSetting }]) => writeSetting('textSize', value));
      },
      forget: () => {
        setSimpleState(false);
        setThemeState('system');
        setTextSizeState(100);
      },
    }),
    [language, simple, storage, theme, textSize],
  );
}
