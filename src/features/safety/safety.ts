// Safety mode for sensitive journeys (violence): while a sensitive screen is open, a quick-exit
// control shows, in-app links replace the history entry instead of adding one, and the tab title
// stays neutral, so the history shows as little as possible.
import { useEffect } from 'preact/hooks';

/** Neutral page the quick exit leaves to (a weather forecast). */
export const neutralPage = 'https://meteofrance.com/';

// A count, not a flag: during a route change the new screen mounts before the old one unmounts.
let open = 0;
const listeners = new Set<() => void>();

/** Whether a sensitive screen is open. */
export function isSensitive(): boolean {
  return open > 0;
}

/** Calls `listener` when that changes; returns the unsubscribe function. */
export function onSensitiveChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function change(delta: number) {
  const before = isSensitive();
  open += delta;
  if (isSensitive() !== before) listeners.forEach((l) => l());
}

/** Marks the calling screen as sensitive while it is shown (and `on` is true). */
export function useSensitive(on: boolean): void {
  useEffect(() => {
    if (!on) return;
    change(1);
    return () => change(-1);
  }, [on]);
}

/** Leaves at once: erases the memory-only journeys, replaces this history entry, goes away. */
export async function quickExit(): Promise<void> {
  // Nothing sensitive must stay visible if the page is restored from the back-forward cache.
  document.body.textContent = '';
  history.replaceState(null, '', '/');
  location.replace(neutralPage);
  const { closeSessionDb } = await import('../../storage/db');
  await closeSessionDb();
}
