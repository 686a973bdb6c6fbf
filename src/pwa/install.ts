// Keeps the browser's install offer (beforeinstallprompt) for later: Jalons proposes installing at a
// sensible moment (once a journey exists), never on the first screen.

/** The event Chromium fires when the app can be installed. */
interface InstallEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** Where the entry script (main.tsx) keeps the event, before this module is loaded. */
declare global {
  interface Window {
    jalonsInstall?: { event?: Event; onChange?: () => void };
  }
}

let deferred: InstallEvent | undefined = window.jalonsInstall?.event as InstallEvent | undefined;
const listeners = new Set<() => void>();
window.jalonsInstall ??= {};
window.jalonsInstall.onChange = () => {
  deferred = window.jalonsInstall?.event as InstallEvent | undefined;
  listeners.forEach((l) => l());
};

/** Whether the browser currently offers installation. */
export function canInstall(): boolean {
  return deferred !== undefined;
}

/** Calls `listener` whenever that changes; returns the unsubscribe function. */
export function onInstallChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows the browser's install dialog; resolves true when the person accepted. */
export async function install(): Promise<boolean> {
  if (!deferred) return false;
  const event = deferred;
  deferred = undefined;
  if (window.jalonsInstall) window.jalonsInstall.event = undefined;
  await event.prompt();
  return (await event.userChoice).outcome === 'accepted';
}
