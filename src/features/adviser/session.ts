// The adviser session on a shared computer: kept in this tab's memory only (journeys go to the
// memory-only database), ended by the adviser or after 20 minutes without activity.
import { useEffect, useState } from 'preact/hooks';

/** What the session knows; nothing here is written to the device. */
export interface AdviserSession {
  /** The person's language, shown beside the adviser's. */
  personLang: string;
  personSimple: boolean;
  /** France Services contact to print for the person, if the adviser gives one. */
  contact: string;
  /** Attention signals noted for the person; each journey the session starts gets them. */
  signals: string[];
  /** Journeys started in this session (memory-only ids). */
  journeys: string[];
}

/** Minutes without activity before the warning, then seconds before erasure. */
export const idleMinutes = 20;
export const warningSeconds = 60;

let current: AdviserSession | undefined;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** The session, or undefined outside adviser mode. */
export function adviserSession(): AdviserSession | undefined {
  return current;
}

/** Starts a session (replacing any previous one). */
export function startSession(personLang: string): void {
  current = { personLang, personSimple: false, contact: '', signals: [], journeys: [] };
  emit();
}

/** Changes the session. */
export function updateSession(change: Partial<AdviserSession>): void {
  if (!current) return;
  current = { ...current, ...change };
  emit();
}

/** Ends the session and erases everything it held (the memory-only database included). */
export async function endSession(): Promise<void> {
  current = undefined;
  emit();
  const { closeSessionDb } = await import('../../storage/db');
  await closeSessionDb();
}

/** The session, re-rendering on change. */
export function useAdviserSession(): AdviserSession | undefined {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const listener = () => setVersion((n) => n + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  return current;
}
