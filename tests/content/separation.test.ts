// « Je me sépare »: every personalising question really changes the person's steps.
import { describe, expect, it } from 'vitest';
import { separation } from '../../src/content/moments/separation';
import { needsAccompaniment, personalise, visibleQuestions } from '../../src/domain/personalise';
import { answersOf, stepIdsOf } from './personalisation';

const base: Record<string, string | boolean> = {
  unionType: 'married',
  separationDate: '2027-03-01',
  children: true,
  childrenHome: 'withMe',
  agreement: false,
  leavesHome: 'iLeave',
  agricultural: false,
  violence: false,
  needsHelp: false,
};

const stepIds = stepIdsOf(separation);
const valuesOf = answersOf(separation);

describe('« Je me sépare »', () => {
  it('asks every question for parents, and skips the children question without children', () => {
    expect(visibleQuestions(separation, base).map((q) => q.id)).toEqual([
      'unionType',
      'separationDate',
      'children',
      'childrenHome',
      'agreement',
      'leavesHome',
      'agricultural',
      'violence',
      'needsHelp',
    ]);
    expect(visibleQuestions(separation, { ...base, children: false }).map((q) => q.id)).not.toContain('childrenHome');
  });

  const choices = separation.questions.filter((q) => q.kind !== 'date');
  it.each(choices.map((q) => q.id))('the answer to "%s" changes the steps', (id) => {
    const variants = valuesOf(id).map((v) => stepIds({ ...base, [id]: v }));
    const distinct = new Set(variants.map((v) => v.join(',')));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('asks married or pacsed people to tell the tax office within 60 days, not people in union libre', () => {
    const step = separation.steps.find((s) => s.id === 'taxSituation')!;
    expect(step.deadline).toBe(true);
    expect(step.timing).toEqual({ kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 60, unit: 'day' } });
    expect(stepIds(base)).toContain('taxSituation');
    expect(stepIds({ ...base, unionType: 'pacs' })).toContain('taxSituation');
    expect(stepIds({ ...base, unionType: 'unionLibre' })).not.toContain('taxSituation');
  });

  it('points to safety first and drops mediation when there is violence', () => {
    const withViolence = stepIds({ ...base, violence: true });
    expect(withViolence[0]).toBe('safetyFirst');
    expect(withViolence).not.toContain('mediation');
    expect(stepIds(base)).toContain('mediation');
    expect(separation.related).toContain('domesticViolence');
    expect(needsAccompaniment(separation, { ...base, childrenHome: 'alternating', violence: true })).toBe(true);
  });

  it('sends people under the agricultural scheme to the MSA instead of the CAF and CPAM', () => {
    const bodies = personalise(separation, { ...base, agricultural: true }).map((s) => s.body);
    expect(bodies).toContain('msa');
    expect(bodies).not.toContain('caf');
    expect(bodies).not.toContain('cpam');
  });

  it('offers human help to a parent alone or to someone who finds démarches hard', () => {
    expect(stepIds(base)).toContain('cafSupport');
    expect(stepIds({ ...base, childrenHome: 'alternating' })).not.toContain('cafSupport');
    expect(stepIds({ ...base, childrenHome: 'alternating', needsHelp: true })).toEqual(
      expect.arrayContaining(['franceServicesHelp', 'cafSupport']),
    );
  });

  it('has at least 8 steps over at least 3 phases for a typical parent', () => {
    const steps = personalise(separation, base);
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(new Set(steps.map((s) => s.phase)).size).toBeGreaterThanOrEqual(3);
  });
});
