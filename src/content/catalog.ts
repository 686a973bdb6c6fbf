// The life moments Jalons knows, with the loader of each moment's content (a lazy chunk).
import type { Moment } from './schema';

/** A life moment as listed on the home screen. */
export interface MomentEntry {
  id: string;
  /** Loads the moment's data; absent while the moment is still being written. */
  load?: () => Promise<Moment>;
}

/** Every life moment, in the order shown to people. */
export const momentCatalog: readonly MomentEntry[] = [
  { id: 'child', load: () => import('./moments/child').then((m) => m.child) },
  { id: 'separation' },
  { id: 'selfEmployed' },
  { id: 'leavingCare' },
  { id: 'retirement' },
  { id: 'bereavement' },
  { id: 'carer' },
  { id: 'settling' },
  { id: 'domesticViolence' },
  { id: 'jobLoss' },
];

/** Loads a moment's data by id, or undefined when it does not exist or is not written yet. */
export async function loadMoment(id: string): Promise<Moment | undefined> {
  return momentCatalog.find((m) => m.id === id)?.load?.();
}
