import { describe, expect, it } from 'vitest';
import { personalise } from '../../src/domain/personalise';
import { isJourneyOver, journeyBounds, nextSteps, progressOf } from '../../src/domain/progress';
import { schedule } from '../../src/domain/schedule';
import { fixture } from './fixture';

const steps = personalise(fixture, { situation: 'pregnant', dueDate: '2027-03-12', married: false, alone: false });

describe('progress', () => {
  it('counts done and not-concerned steps as finished', () => {
    const s = schedule(steps, '2027-03-12', '2026-09-10', {
      declare: { done: true },
      childcare: { notConcerned: true },
    });
    expect(progressOf(s)).toEqual({ finished: 2, total: 4, percent: 50 });
    expect(progressOf([])).toEqual({ finished: 0, total: 0, percent: 0 });
  });

  it('puts the most urgent steps first', () => {
    const s = schedule(steps, '2027-03-12', '2027-03-15');
    expect(nextSteps(s).map((x) => x.step.id)).toEqual(['declare', 'birthDeclaration', 'recognise']);
    expect(nextSteps(s, 1).map((x) => x.step.id)).toEqual(['declare']);
  });

  it('skips finished steps', () => {
    const s = schedule(steps, '2027-03-12', '2027-03-15', { declare: { done: true }, recognise: { done: true } });
    expect(nextSteps(s).map((x) => x.step.id)).toEqual(['birthDeclaration', 'childcare']);
  });

  it('marks the start and the end of the journey', () => {
    const s = schedule(steps, '2027-03-12', '2026-09-10');
    expect(journeyBounds(s)).toEqual({ start: '2026-09-18', end: '2027-09-12' });
    expect(journeyBounds(schedule(steps, undefined, '2026-09-10'))).toEqual({});
  });

  it('ends when every step is finished or the end date has passed', () => {
    const all = Object.fromEntries(steps.map((s) => [s.id, { done: true }]));
    expect(isJourneyOver(schedule(steps, '2027-03-12', '2026-09-10', all), '2026-09-10')).toBe(true);
    expect(isJourneyOver(schedule(steps, '2027-03-12', '2027-09-12'), '2027-09-12')).toBe(false);
    expect(isJourneyOver(schedule(steps, '2027-03-12', '2027-09-13'), '2027-09-13')).toBe(true);
  });
});
