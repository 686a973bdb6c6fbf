// Renders part of the page in another language and reading mode than the app's: the person's
// column in adviser mode, a checklist printed for the person. Texts are loaded on demand.
import { createContext } from 'preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { findLanguage } from './languages';
import { i18n } from './i18n';
import { loadNamespace } from './loader';

/** The language and simplified setting a subtree uses instead of the app's. */
export interface TextOverrideValue {
  lang: string;
  simple: boolean;
}

/** Context read by useT(). */
export const TextOverrideContext = createContext<TextOverrideValue | undefined>(undefined);

/** Loads namespaces of a language that is not the current one. */
export async function ensureLoaded(lang: string, namespaces: string[]): Promise<void> {
  await Promise.all(
    namespaces.map(async (ns) => {
      if (i18n.hasResourceBundle(lang, ns)) return;
      i18n.addResourceBundle(lang, ns, await loadNamespace(lang, ns), true, false);
    }),
  );
}

interface Props extends TextOverrideValue {
  namespaces: string[];
  children: ComponentChildren;
}

/** Children rendered in `lang` (with `lang`/`dir` set for screen readers and layout) once its texts are loaded. */
export function TextOverride({ lang, simple, namespaces, children }: Props) {
  const [ready, setReady] = useState(false);
  const key = `${lang}:${namespaces.join(',')}`;
  useEffect(() => {
    let alive = true;
    setReady(false);
    void ensureLoaded(lang, ['common', ...namespaces]).then(() => alive && setReady(true));
    return () => {
      alive = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (!ready) return null;
  return (
    <TextOverrideContext.Provider value={{ lang, simple }}>
      <div lang={lang} dir={findLanguage(lang)?.dir ?? 'ltr'}>
        {children}
      </div>
    </TextOverrideContext.Provider>
  );
}
