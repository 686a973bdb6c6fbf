// All content at once, for the checks that read everything (build, tests, content checker).
// The app itself loads each moment lazily through catalog.ts.
import { bodies } from './bodies';
import { documents } from './documents';
import { bereavement } from './moments/bereavement';
import { carer } from './moments/carer';
import { child } from './moments/child';
import { domesticViolence } from './moments/domesticViolence';
import { jobLoss } from './moments/jobLoss';
import { leavingCare } from './moments/leavingCare';
import { retirement } from './moments/retirement';
import { selfEmployed } from './moments/selfEmployed';
import { separation } from './moments/separation';
import { settling } from './moments/settling';
import type { Moment } from './schema';

/** Every written life moment. */
export const moments: Moment[] = [
  child,
  carer,
  selfEmployed,
  jobLoss,
  separation,
  domesticViolence,
  leavingCare,
  settling,
  retirement,
  bereavement,
];

export { bodies, documents };
