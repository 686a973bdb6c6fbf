import { describe, expect, it, vi } from 'vitest';
import { journeySchema, progressSchema, validRows } from '../../src/storage/records';

const journey = {
  id: 'j1',
  momentId: 'child',
  answers: { situation: 'pregnant', dueDate: '2027-03-12', firstChild: true },
  status: 'active',
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
};

describe('stored records', () => {
  it('keeps valid rows and skips invalid ones', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const rows = validRows(journeySchema, [journey, { ...journey, status: 'lost' }, null, 'x']);
    expect(rows).toEqual([journey]);
  });

  it('accepts a progress row and rejects ticks that are not strings', () => {
    const row = { journeyId: 'j1', stepId: 's', done: false, notConcerned: false, ticks: ['doc:rib'], updatedAt: 'x' };
    expect(progressSchema.safeParse(row).success).toBe(true);
    expect(progressSchema.safeParse({ ...row, ticks: [1] }).success).toBe(false);
  });
});
