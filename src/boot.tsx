// Starts the interactive app over the prerendered page: i18next, then hydration (or a fresh
// render when the address or language differs from the prerendered French home page).
import { hydrate, render } from 'preact';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';
import { languageFromUrl } from './app/useSettingsState';

/** Initialises texts and mounts the app into #app. */
export async function boot(): Promise<void> {
  const lang = languageFromUrl(location.search) ?? 'fr';
  await initI18n(lang);
  const root = document.getElementById('app');
  if (!root) return;
  // A deep link served with the same shell offline, or `?lng=`, would not match the markup.
  if (location.pathname === '/' && lang === 'fr') hydrate(<App />, root);
  else {
    root.textContent = '';
    render(<App />, root);
  }
  // Tests (and anything that automates the page) wait for this before interacting.
  document.documentElement.dataset.ready = 'true';
  if (import.meta.env.DEV) {
    const { startAxe } = await import('./dev/axe');
    await startAxe();
  }
}
