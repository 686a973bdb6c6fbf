// Connectivity and service-worker status for the shell's banners.
import { useEffect, useState } from 'preact/hooks';
import { registerServiceWorker, type SwEvent } from './sw-bridge';

/** Whether the browser is online, and what the service worker last reported. */
export function usePwaStatus() {
  const [online, setOnline] = useState(true);
  const [swEvent, setSwEvent] = useState<SwEvent>();

  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    addEventListener('online', update);
    addEventListener('offline', update);
    void registerServiceWorker(setSwEvent);
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
    };
  }, []);

  return { online, swEvent, dismiss: () => setSwEvent(undefined) };
}
