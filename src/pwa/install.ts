// Keeps the browser's install offer (beforeinstallprompt) for later: Jalons proposes installing at a
// sensible moment (once a journey exists), never on the first screen.

/** The event Chromium fires when the app can be installed. */
interface InstallEvent extends Event {
  prompt: () => Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let deferred: InstallEvent | undefined;
const listeners = new Set<() => void>();

/** Starts listening; called once from the entry, before the event can fire. */
export function captureInstallPrompt(): void {
  addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    deferred = event as InstallEvent;
    listeners.forEach((l) => l());
  });
  addEventListener('appinstalled', () => {
    deferred = undefined;
    listeners.forEach((l) => l());
  });
}

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
  await event.prompt();
  return (await event.userChoice).outcome === 'accepted';
}
