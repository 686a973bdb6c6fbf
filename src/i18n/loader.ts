// Lazy loading of locale files: each `locales/<lang>/<namespace>.json` becomes its own chunk,
// so a person downloads only the language and content they use (the service worker precaches all).
import type { BackendModule, ResourceKey } from 'i18next';

const files = import.meta.glob<ResourceKey>(['../../locales/*/*.json', '!../../locales/fr/common.json'], {
  import: 'default',
});

/** Loads one namespace of one language, or rejects when the file does not exist. */
export async function loadNamespace(lang: string, ns: string): Promise<ResourceKey> {
  const load = files[`../../locales/${lang}/${ns}.json`];
  if (!load) throw new Error(`No locale file for ${lang}/${ns}`);
  return load();
}

/** i18next backend reading the lazily imported locale chunks. */
export const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(lang, ns, callback) {
    loadNamespace(lang, ns).then(
      (data) => callback(null, data),
      (error: unknown) => callback(error as Error, null),
    );
  },
};
