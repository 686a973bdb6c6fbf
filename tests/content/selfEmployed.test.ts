// « Je crée mon activité d'indépendant »: every personalising question really changes the person's steps.
import { describe, expect, it } from 'vitest';
import { selfEmployed } from '../../src/content/moments/selfEmployed';
import { needsAccompaniment, personalise, visibleQuestions } from '../../src/domain/personalise';
import { answersOf, stepIdsOf } from './personalisation';

const base: Record<string, string | boolean> = {
  startDate: '2027-03-01',
  agricultural: false,
  status: 'microEntrepreneur',
  jobSeeker: false,
  under26: false,
  needsHelp: false,
};

const stepIds = stepIdsOf(selfEmployed);
const valuesOf = answersOf(selfEmployed);

describe("« Je crée mon activité d'indépendant »", () => {
  it('asks every question for a non-agricultural activity, and skips the status for farming', () => {
    expect(visibleQuestions(selfEmployed, base).map((q) => q.id)).toEqual([
      'startDate',
      'agricultural',
      'status',
      'jobSeeker',
      'under26',
      'needsHelp',
    ]);
    expect(visibleQuestions(selfEmployed, { ...base, agricultural: true }).map((q) => q.id)).not.toContain('status');
  });

  const choices = selfEmployed.questions.filter((q) => q.kind !== 'date');
  it.each(choices.map((q) => q.id))('the answer to "%s" changes the steps', (id) => {
    const variants = valuesOf(id).map((v) => stepIds({ ...base, [id]: v }));
    const distinct = new Set(variants.map((v) => v.join(',')));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('gives micro-entrepreneurs the tax option with its 3-month deadline and the turnover declaration', () => {
    const micro = stepIds(base);
    expect(micro).toContain('taxOption');
    expect(micro).toContain('firstTurnoverDeclaration');
    expect(micro).not.toContain('firstPayments');
    const other = stepIds({ ...base, status: 'otherSelfEmployed' });
    expect(other).toContain('firstPayments');
    expect(other).not.toContain('taxOption');
    const step = selfEmployed.steps.find((s) => s.id === 'taxOption')!;
    expect(step.deadline).toBe(true);
    expect(step.timing).toEqual({ kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 3, unit: 'month' } });
  });

  it('offers the ACRE to job seekers and under-26s only, and the France Travail choice to job seekers', () => {
    expect(stepIds(base)).not.toContain('acreRequest');
    expect(stepIds({ ...base, under26: true })).toContain('acreRequest');
    const jobSeeker = stepIds({ ...base, jobSeeker: true });
    expect(jobSeeker).toContain('acreRequest');
    expect(jobSeeker).toContain('jobSeekerChoice');
  });

  it('sends farmers to the MSA instead of the Urssaf, the CPAM and the CAF', () => {
    const bodies = personalise(selfEmployed, { ...base, agricultural: true }).map((s) => s.body);
    expect(bodies).toContain('msa');
    expect(bodies).not.toContain('urssaf');
    expect(bodies).not.toContain('cpam');
    expect(bodies).not.toContain('caf');
  });

  it('offers human help first to under-26s and to people who find démarches hard', () => {
    expect(needsAccompaniment(selfEmployed, base)).toBe(false);
    expect(needsAccompaniment(selfEmployed, { ...base, under26: true })).toBe(true);
    expect(stepIds({ ...base, under26: true })).toContain('urssafAdviser');
    expect(stepIds({ ...base, needsHelp: true })).toContain('franceServicesHelp');
    expect(stepIds({ ...base, needsHelp: true })).toContain('urssafAdviser');
  });

  it('has at least 8 steps over at least 3 phases for a typical creator', () => {
    const steps = personalise(selfEmployed, base);
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(new Set(steps.map((s) => s.phase)).size).toBeGreaterThanOrEqual(3);
  });
});
