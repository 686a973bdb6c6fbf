// « Je perds mon emploi »: every personalising question really changes the person's steps.
import { describe, expect, it } from 'vitest';
import { jobLoss } from '../../src/content/moments/jobLoss';
import { needsAccompaniment, personalise, visibleQuestions } from '../../src/domain/personalise';
import { answersOf, stepIdsOf } from './personalisation';

const base: Record<string, string | boolean> = {
  endDate: '2027-01-31',
  endKind: 'dismissal',
  ageBand: 'from26to54',
  hasChildren: false,
  receivesCaf: false,
  needsHelp: false,
};

const stepIds = stepIdsOf(jobLoss);
const valuesOf = answersOf(jobLoss);

describe('« Je perds mon emploi »', () => {
  it('asks every question, in order', () => {
    expect(visibleQuestions(jobLoss, base).map((q) => q.id)).toEqual([
      'endDate',
      'endKind',
      'ageBand',
      'hasChildren',
      'receivesCaf',
      'needsHelp',
    ]);
  });

  const choices = jobLoss.questions.filter((q) => q.kind !== 'date');
  it.each(choices.map((q) => q.id))('the answer to "%s" changes the steps', (id) => {
    const variants = valuesOf(id).map((v) => stepIds({ ...base, [id]: v }));
    const distinct = new Set(variants.map((v) => v.join(',')));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('has the France Travail registration for everyone, with its 12-month deadline from the end of the contract', () => {
    for (const endKind of ['dismissal', 'conventionalBreak', 'fixedTermEnd', 'resignation'])
      expect(stepIds({ ...base, endKind })).toContain('registerFranceTravail');
    const step = jobLoss.steps.find((s) => s.id === 'registerFranceTravail')!;
    expect(step.deadline).toBe(true);
    expect(step.body).toBe('franceTravail');
    expect(step.timing).toEqual({
      kind: 'window',
      from: { amount: 0, unit: 'day' },
      to: { amount: 12, unit: 'month' },
    });
  });

  it('checks the rights after a resignation only', () => {
    expect(stepIds({ ...base, endKind: 'resignation' })).toContain('resignationCheck');
    expect(stepIds({ ...base, endKind: 'conventionalBreak' })).not.toContain('resignationCheck');
  });

  it('sends under-26s to a mission locale and people aged 55 or more towards retirement', () => {
    expect(stepIds({ ...base, ageBand: 'under26' })).toContain('youthSupport');
    expect(stepIds({ ...base, ageBand: 'from55' })).toContain('retirementPrep');
    expect(stepIds(base)).not.toContain('youthSupport');
    expect(stepIds(base)).not.toContain('retirementPrep');
  });

  it('offers human help first: the benefit referent and France Services when démarches are hard', () => {
    expect(needsAccompaniment(jobLoss, base)).toBe(false);
    expect(needsAccompaniment(jobLoss, { ...base, needsHelp: true })).toBe(true);
    expect(needsAccompaniment(jobLoss, { ...base, ageBand: 'under26' })).toBe(true);
    const helped = stepIds({ ...base, needsHelp: true });
    expect(helped).toContain('indemnisationReferent');
    expect(helped).toContain('franceServicesHelp');
  });

  it('has at least 8 steps over at least 3 phases for a typical job loss', () => {
    const steps = personalise(jobLoss, base);
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(new Set(steps.map((s) => s.phase)).size).toBeGreaterThanOrEqual(3);
  });
});
