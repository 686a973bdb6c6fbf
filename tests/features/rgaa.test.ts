// The accessibility statement's grid covers the 106 RGAA 4.1 criteria, and every stated exception
// refers to a real criterion with a reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rgaaExceptions, rgaaStatus } from '../../src/features/accessibility/rgaaStatus';
import { countStatuses } from '../../src/features/accessibility/RgaaGrid';

const grid = JSON.parse(readFileSync(join(import.meta.dirname, '../../locales/fr/rgaa.json'), 'utf8'));
const ids = Object.keys(grid.criteria);

describe('RGAA grid', () => {
  it('has the 13 topics and 106 criteria of RGAA 4.1', () => {
    expect(Object.keys(grid.topics)).toHaveLength(13);
    expect(ids).toHaveLength(106);
  });

  it('states exceptions only for real criteria, each with a reason', () => {
    for (const [id, { reason }] of Object.entries(rgaaExceptions)) {
      expect(ids, id).toContain(id);
      expect(reason).toBeTruthy();
    }
  });

  it('counts statuses honestly', () => {
    const counts = countStatuses(ids);
    expect(counts.C + counts.NC + counts.NA).toBe(106);
    expect(counts.NC).toBeGreaterThan(0);
    expect(rgaaStatus('8_7').status).toBe('NC');
  });
});
