// All content at once, for the checks that read everything (build, tests, content checker).
// The app itself loads each moment lazily through catalog.ts.
import { bodies } from './bodies';
import { documents } from './documents';
import { child } from './moments/child';
import type { Moment } from './schema';

/** Every written life moment. */
export const moments: Moment[] = [child];

export { bodies, documents };
