// Build-time prerender of the French home page into index.html (called by @preact/preset-vite in
// Node), so the first screen paints before any JavaScript runs.
import { prerender as ssr } from 'preact-iso';
import { App } from './app/App';
import { initI18n } from './i18n/i18n';

/** Renders the shell at the URL being prerendered to HTML. */
export async function prerender() {
  await initI18n('fr');
  // vite-prerender-plugin sets globalThis.location to data.url, which the router reads.
  const { html } = await ssr(<App />);
  return { html, links: new Set<string>(), head: { lang: 'fr', title: 'Jalons — vos démarches, étape par étape' } };
}
