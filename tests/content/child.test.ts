// « J'attends un enfant »: every personalising question really changes the person's steps.
import { describe, expect, it } from 'vitest';
import { child } from '../../src/content/moments/child';
import { personalise, visibleQuestions } from '../../src/domain/personalise';
import { answersOf, stepIdsOf } from './personalisation';

const base: Record<string, string | boolean> = {
  situation: 'pregnant',
  dueDate: '2027-04-15',
  firstChild: true,
  activity: 'employee',
  married: false,
  agricultural: false,
  alone: false,
  needsHelp: false,
};

const stepIds = stepIdsOf(child);
const valuesOf = answersOf(child);

describe("« J'attends un enfant »", () => {
  it('asks every question for a pregnancy, and hides the other anchors', () => {
    expect(visibleQuestions(child, base).map((q) => q.id)).toEqual([
      'situation',
      'dueDate',
      'firstChild',
      'activity',
      'married',
      'agricultural',
      'alone',
      'needsHelp',
    ]);
  });

  const choices = child.questions.filter((q) => q.kind !== 'date');
  it.each(choices.map((q) => q.id))('the answer to "%s" changes the steps', (id) => {
    const variants = valuesOf(id).map((v) => stepIds({ ...base, [id]: v }));
    const distinct = new Set(variants.map((v) => v.join(',')));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('has the birth declaration with its 5-day deadline for a birth, not for an adoption', () => {
    expect(stepIds(base)).toContain('birthDeclaration');
    expect(stepIds({ ...base, situation: 'adoption', arrivalDate: '2027-04-15' })).not.toContain('birthDeclaration');
    const step = child.steps.find((s) => s.id === 'birthDeclaration')!;
    expect(step.deadline).toBe(true);
    expect(step.timing).toEqual({ kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 5, unit: 'day' } });
  });

  it('sends people under the agricultural scheme to the MSA instead of the CAF and CPAM', () => {
    const msa = personalise(child, { ...base, agricultural: true }).map((s) => s.body);
    expect(msa).toContain('msa');
    expect(msa).not.toContain('caf');
    expect(msa).not.toContain('cpam');
  });

  it('offers human help first to a parent alone or to someone who finds démarches hard', () => {
    expect(stepIds({ ...base, alone: true })).toContain('supportAlone');
    expect(stepIds({ ...base, needsHelp: true })).toContain('franceServicesHelp');
  });

  it('has at least 8 steps over at least 3 phases for a typical parent', () => {
    const steps = personalise(child, base);
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(new Set(steps.map((s) => s.phase)).size).toBeGreaterThanOrEqual(3);
  });
});
