import { describe, expect, it } from 'vitest';
import { personalise } from '../../src/domain/personalise';
import { schedule, statusOf } from '../../src/domain/schedule';
import { fixture } from './fixture';

const answers = { situation: 'pregnant', dueDate: '2027-03-12', married: false, alone: false };
const steps = personalise(fixture, answers);

describe('schedule', () => {
  it('dates each step from the anchor and keeps undated steps in place', () => {
    const result = schedule(steps, '2027-03-12', '2026-09-01');
    expect(result.map((s) => [s.step.id, s.from, s.to])).toEqual([
      ['declare', undefined, '2026-09-18'],
      ['recognise', undefined, undefined],
      ['birthDeclaration', '2027-03-12', '2027-03-17'],
      ['childcare', '2027-05-12', '2027-09-12'],
    ]);
  });

  it('gives each step a status for today', () => {
    const result = schedule(steps, '2027-03-12', '2026-09-10');
    expect(result.map((s) => s.status)).toEqual(['dueSoon', 'open', 'upcoming', 'upcoming']);
    const later = schedule(steps, '2027-03-12', '2027-03-20', {
      recognise: { done: true },
      childcare: { notConcerned: true },
    });
    expect(later.map((s) => s.status)).toEqual(['overdue', 'done', 'overdue', 'notConcerned']);
  });

  it('counts the deadline day itself as still due, the day after as overdue', () => {
    expect(statusOf({ to: '2027-03-17' }, undefined, '2027-03-17')).toBe('dueSoon');
    expect(statusOf({ to: '2027-03-17' }, undefined, '2027-03-18')).toBe('overdue');
    expect(statusOf({ to: '2027-04-30' }, undefined, '2027-04-16')).toBe('dueSoon');
    expect(statusOf({ to: '2027-04-30' }, undefined, '2027-04-15')).toBe('open');
  });

  it('opens a window on its first day', () => {
    expect(statusOf({ from: '2027-05-12', to: '2027-09-12' }, undefined, '2027-05-11')).toBe('upcoming');
    expect(statusOf({ from: '2027-05-12', to: '2027-09-12' }, undefined, '2027-05-12')).toBe('open');
  });

  it('leaves every step undated without an anchor', () => {
    const result = schedule(steps, undefined, '2026-09-10');
    expect(result.every((s) => s.from === undefined && s.to === undefined && s.status === 'open')).toBe(true);
  });

  it('done wins over overdue, and not concerned over any date', () => {
    expect(statusOf({ to: '2020-01-01' }, { done: true }, '2027-01-01')).toBe('done');
    expect(statusOf({ to: '2020-01-01' }, { notConcerned: true }, '2027-01-01')).toBe('notConcerned');
  });
});
