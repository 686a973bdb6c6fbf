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
  { id: 'separation', load: () => import('./moments/separation').then((m) => m.separation) },
  { id: 'selfEmployed', load: () => import('./moments/selfEmployed').then((m) => m.selfEmployed) },
  { id: 'leavingCare', load: () => import('./moments/leavingCare').then((m) => m.leavingCare) },
  { id: 'retirement', load: () => import('./moments/retirement').then((m) => m.retirement) },
  { id: 'bereavement', load: () => import('./moments/bereavement').then((m) => m.bereavement) },
  { id: 'carer', load: () => import('./moments/carer').then((m) => m.carer) },
  { id: 'settling', load: () => import('./moments/settling').then((m) => m.settling) },
  { id: 'domesticViolence', load: () => import('./moments/domesticViolence').then((m) => m.domesticViolence) },
  { id: 'jobLoss', load: () => import('./moments/jobLoss').then((m) => m.jobLoss) },
];

/** Loads a moment's data by id, or undefined when it does not exist or is not written yet. */
export async function loadMoment(id: string): Promise<Moment | undefined> {
  return momentCatalog.find((m) => m.id === id)?.load?.();
}
