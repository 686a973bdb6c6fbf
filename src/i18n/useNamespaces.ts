// Loads content namespaces (a moment's texts, the catalogue) in the current language on demand.
import { useEffect, useState } from 'preact/hooks';
import { i18n } from './i18n';

/** True once every namespace is loaded for the current language (and again after a switch). */
export function useNamespaces(namespaces: string[]): boolean {
  const key = namespaces.join(',');
  const loaded = () => namespaces.every((ns) => i18n.hasLoadedNamespace(ns));
  const [ready, setReady] = useState(loaded);
  useEffect(() => {
    let alive = true;
    const load = () => {
      setReady(loaded());
      void i18n.loadNamespaces(namespaces).then(() => alive && setReady(loaded()));
    };
    load();
    i18n.on('languageChanged', load);
    return () => {
      alive = false;
      i18n.off('languageChanged', load);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return ready;
}
