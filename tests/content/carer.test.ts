// « Je deviens aidant »: every personalising question really changes the person's steps.
import { describe, expect, it } from 'vitest';
import { carer } from '../../src/content/moments/carer';
import { needsAccompaniment, personalise, visibleQuestions } from '../../src/domain/personalise';
import type { Answers } from '../../src/domain/conditions';

const base: Record<string, string | boolean> = {
  helped: 'elderly',
  startDate: '2027-03-01',
  employee: true,
  agricultural: false,
  hasAid: false,
  livingTogether: false,
  tired: false,
  needsHelp: false,
};

/** Answers that make a question visible and relevant, when the base answers hide it. */
const contextFor: Record<string, Record<string, string | boolean>> = {
  otherWork: { employee: false },
};

const stepIds = (answers: Answers) => personalise(carer, answers).map((s) => s.id);
const bodiesOf = (answers: Answers) => personalise(carer, answers).map((s) => s.body);
const valuesOf = (id: string): (string | boolean)[] => {
  const q = carer.questions.find((x) => x.id === id)!;
  return q.kind === 'yesno' ? [true, false] : (q.options ?? []);
};

describe('« Je deviens aidant »', () => {
  it('asks every question for an employee helping an older relative, and the activity follow-up only to others', () => {
    expect(visibleQuestions(carer, base).map((q) => q.id)).toEqual([
      'helped',
      'startDate',
      'employee',
      'agricultural',
      'hasAid',
      'livingTogether',
      'tired',
      'needsHelp',
    ]);
    const ids = visibleQuestions(carer, { ...base, employee: false, helped: 'child' }).map((q) => q.id);
    expect(ids).toContain('otherWork');
    expect(ids).not.toContain('livingTogether');
  });

  const choices = carer.questions.filter((q) => q.kind !== 'date');
  it.each(choices.map((q) => q.id))('the answer to "%s" changes the steps', (id) => {
    const context = { ...base, ...contextFor[id] };
    const variants = valuesOf(id).map((v) => stepIds({ ...context, [id]: v }));
    const distinct = new Set(variants.map((v) => v.join(',')));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('has the carer leave with its one-month notice deadline for an employee, not for someone without a job', () => {
    expect(stepIds(base)).toContain('carerLeave');
    expect(stepIds({ ...base, employee: false, otherWork: false })).not.toContain('carerLeave');
    const step = carer.steps.find((s) => s.id === 'carerLeave')!;
    expect(step.deadline).toBe(true);
    expect(step.body).toBe('employer');
    expect(step.timing).toEqual({ kind: 'window', to: { amount: -1, unit: 'month' } });
  });

  it('sends each person helped to the right body: APA at the département, MDPH for a disability, AJPP for a child', () => {
    expect(personalise(carer, base).find((s) => s.id === 'apaRequest')?.body).toBe('departement');
    expect(bodiesOf({ ...base, helped: 'adult' })).toContain('mdph');
    expect(bodiesOf({ ...base, helped: 'adult' })).not.toContain('departement');
    const child = stepIds({ ...base, helped: 'child' });
    expect(child).toEqual(expect.arrayContaining(['mdphChild', 'parentalLeave', 'ajpp']));
    expect(child).not.toContain('carerLeave');
    expect(child).not.toContain('ajpa');
  });

  it('pays the daily allowances through the MSA instead of the CAF under the agricultural scheme', () => {
    const msa = stepIds({ ...base, agricultural: true });
    expect(msa).toEqual(expect.arrayContaining(['ajpaMsa', 'oldAgeInsuranceMsa']));
    expect(bodiesOf({ ...base, agricultural: true })).not.toContain('caf');
  });

  it('offers human help first to an exhausted carer or to someone who finds démarches hard', () => {
    expect(needsAccompaniment(carer, base)).toBe(false);
    expect(needsAccompaniment(carer, { ...base, tired: true })).toBe(true);
    expect(stepIds({ ...base, tired: true })).toEqual(expect.arrayContaining(['socialWorker', 'carerHealth']));
    expect(stepIds({ ...base, needsHelp: true })).toEqual(
      expect.arrayContaining(['socialWorker', 'franceServicesHelp']),
    );
    expect(stepIds(base)).not.toContain('socialWorker');
  });

  it('has at least 8 steps over at least 3 phases for a typical carer', () => {
    const steps = personalise(carer, base);
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(new Set(steps.map((s) => s.phase)).size).toBeGreaterThanOrEqual(3);
  });
});
