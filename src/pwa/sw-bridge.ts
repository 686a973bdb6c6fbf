// The small bridge between the page and the service worker (after Squoosh/PROXX): registers it,
// reports a first install and a waiting update, and applies an update only when the person agrees.
import type { Workbox } from 'workbox-window';

/** What the service worker tells the page. */
export type SwEvent = 'offline-ready' | 'update-waiting';

let workbox: Workbox | undefined;

/** Registers the service worker (production only) and calls `onEvent` on first install or update. */
export async function registerServiceWorker(onEvent: (event: SwEvent) => void): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const { Workbox } = await import('workbox-window');
  workbox = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate) onEvent('offline-ready');
  });
  workbox.addEventListener('waiting', () => onEvent('update-waiting'));
  await workbox.register();
}

/** Activates the waiting version, then reloads once it controls the page. */
export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener('controlling', () => location.reload());
  workbox.messageSkipWaiting();
}
