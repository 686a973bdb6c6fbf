// « Je prépare ma retraite »: every personalising question really changes the person's steps.
import { describe, expect, it } from 'vitest';
import { retirement } from '../../src/content/moments/retirement';
import { needsAccompaniment, personalise, visibleQuestions } from '../../src/domain/personalise';
import { answersOf, stepIdsOf } from './personalisation';

const base: Record<string, string | boolean> = {
  scheme: 'general',
  retirementDate: '2027-07-01',
  jobSeeker: false,
  aah: false,
  unfit: false,
  abroad: false,
  lowResources: false,
  needsHelp: false,
};

const stepIds = stepIdsOf(retirement);
const valuesOf = answersOf(retirement);

describe('« Je prépare ma retraite »', () => {
  it('asks every question, the retirement date being optional', () => {
    expect(visibleQuestions(retirement, base).map((q) => q.id)).toEqual([
      'scheme',
      'retirementDate',
      'jobSeeker',
      'aah',
      'unfit',
      'abroad',
      'lowResources',
      'needsHelp',
    ]);
    expect(retirement.questions.find((q) => q.id === 'retirementDate')?.optional).toBe(true);
  });

  const choices = retirement.questions.filter((q) => q.kind !== 'date');
  it.each(choices.map((q) => q.id))('the answer to "%s" changes the steps', (id) => {
    const variants = valuesOf(id).map((v) => stepIds({ ...base, [id]: v }));
    const distinct = new Set(variants.map((v) => v.join(',')));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('has the single application up to the retirement date, advised from 6 months before', () => {
    const step = retirement.steps.find((s) => s.id === 'apply')!;
    expect(step.deadline).toBe(true);
    expect(step.timing).toEqual({
      kind: 'window',
      from: { amount: -6, unit: 'month' },
      to: { amount: 0, unit: 'day' },
    });
    expect(stepIds(base)).toContain('apply');
    expect(stepIds({ ...base, scheme: 'publicSector' })).toContain('apply');
  });

  it('offers the accompanied version to job seekers, AAH recipients and people unfit for work', () => {
    expect(needsAccompaniment(retirement, base)).toBe(false);
    expect(needsAccompaniment(retirement, { ...base, jobSeeker: true })).toBe(true);
    expect(stepIds({ ...base, jobSeeker: true })).toEqual(
      expect.arrayContaining(['jobSeekerCareer', 'jobSeekerFranceTravail']),
    );
    expect(stepIds({ ...base, jobSeeker: true })).not.toContain('employerNotice');
    expect(stepIds({ ...base, aah: true })).toContain('aahHandover');
    expect(stepIds({ ...base, unfit: true })).toContain('inaptitude');
    // AAH recipients are considered unfit without a medical file.
    expect(stepIds({ ...base, aah: true, unfit: true })).not.toContain('inaptitude');
  });

  it('sends people under the agricultural scheme to the MSA, and civil servants to their administration', () => {
    const msa = personalise(retirement, { ...base, scheme: 'agricultural', unfit: true, lowResources: true });
    expect(msa.map((s) => s.id)).toEqual(
      expect.arrayContaining(['msaPointer', 'inaptitudeMsa', 'aspaMsa', 'healthMsa']),
    );
    expect(msa.map((s) => s.body)).not.toContain('cpam');
    expect(msa.map((s) => s.id)).not.toContain('complementary');
    expect(stepIds({ ...base, scheme: 'publicSector' })).toContain('publicSectorPointer');
  });

  it('has at least 8 steps over at least 3 phases for a typical person', () => {
    const steps = personalise(retirement, base);
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(new Set(steps.map((s) => s.phase)).size).toBeGreaterThanOrEqual(3);
  });
});
