// « Je subis des violences conjugales »: safety first, and every question changes the steps.
import { describe, expect, it } from 'vitest';
import { domesticViolence } from '../../src/content/moments/domesticViolence';
import { needsAccompaniment, personalise, visibleQuestions } from '../../src/domain/personalise';
import { answersOf, stepIdsOf } from './personalisation';

const base: Record<string, string | boolean> = {
  immediateDanger: false,
  livingTogether: true,
  wantsToLeave: true,
  departureDate: '2027-02-01',
  children: true,
  needsHousing: false,
  agricultural: false,
  needsHelp: false,
};

const stepIds = stepIdsOf(domesticViolence);
const valuesOf = answersOf(domesticViolence);

describe('« Je subis des violences conjugales »', () => {
  it('is a sensitive moment linked to the separation journey', () => {
    expect(domesticViolence.sensitive).toBe(true);
    expect(domesticViolence.related).toContain('separation');
  });

  it('only asks about leaving when the person still lives with the violent partner', () => {
    expect(visibleQuestions(domesticViolence, base).map((q) => q.id)).toContain('wantsToLeave');
    const apart = visibleQuestions(domesticViolence, { ...base, livingTogether: false }).map((q) => q.id);
    expect(apart).not.toContain('wantsToLeave');
    expect(apart).toContain('departureDate');
  });

  const choices = domesticViolence.questions.filter((q) => q.kind !== 'date');
  it.each(choices.map((q) => q.id))('the answer to "%s" changes the steps', (id) => {
    const variants = valuesOf(id).map((v) => stepIds({ ...base, [id]: v }));
    const distinct = new Set(variants.map((v) => v.join(',')));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('starts with calling 17 / 112 / SMS 114, as soon as possible, in immediate danger', () => {
    const steps = personalise(domesticViolence, { ...base, immediateDanger: true });
    expect(steps[0]?.id).toBe('emergency');
    expect(steps[0]?.timing).toEqual({ kind: 'asap' });
    expect(stepIds(base)).not.toContain('emergency');
  });

  it('offers a trained person and a shelter to someone who needs a safe place', () => {
    const answers = { ...base, needsHousing: true };
    expect(needsAccompaniment(domesticViolence, answers)).toBe(true);
    expect(stepIds(answers)).toEqual(expect.arrayContaining(['socialWorker', 'shelter', 'housing']));
    expect(needsAccompaniment(domesticViolence, base)).toBe(false);
    expect(stepIds(base)).not.toContain('socialWorker');
  });

  it('sends the emergency aid request to the MSA under the agricultural scheme', () => {
    expect(stepIds(base)).toContain('emergencyAid');
    const msa = personalise(domesticViolence, { ...base, agricultural: true });
    expect(msa.map((s) => s.id)).toContain('emergencyAidMsa');
    expect(msa.map((s) => s.body)).not.toContain('caf');
  });

  it('has at least 8 steps over at least 3 phases', () => {
    const steps = personalise(domesticViolence, base);
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(new Set(steps.map((s) => s.phase)).size).toBeGreaterThanOrEqual(3);
  });
});
