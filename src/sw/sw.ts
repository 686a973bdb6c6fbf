// The service worker: precaches the app shell, every locale and all content at install, serves
// every navigation from the cached shell so deep links work offline, and waits for the person's
// consent before a new version takes over (see pwa/sw-bridge.ts).
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

// Fonts for Arabic and Ethiopic scripts: fetched only when a page needs them, then kept for offline use.
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && request.destination === 'font',
  async ({ request }) => {
    const cache = await caches.open('jalons-fonts');
    const cached = await cache.match(request);
    if (cached) return cached;
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  },
);

// Without a previous version there is nothing to interrupt: take control at once so the very
// first visit already works offline. Updates wait (no skipWaiting here) until the page asks.
clientsClaim();

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
