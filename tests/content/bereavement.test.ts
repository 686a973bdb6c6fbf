// « Je perds un proche »: every personalising question really changes the person's steps.
import { describe, expect, it } from 'vitest';
import { bereavement } from '../../src/content/moments/bereavement';
import { needsAccompaniment, personalise, visibleQuestions } from '../../src/domain/personalise';
import { answersOf, stepIdsOf } from './personalisation';

const base: Record<string, string | boolean> = {
  deathDate: '2026-11-02',
  relationship: 'partner',
  partnerStatus: 'married',
  survivorUnder55: false,
  deceasedActivity: 'retired',
  minorChildren: false,
  sameHome: true,
  needsHelp: false,
};

const stepIds = stepIdsOf(bereavement);
const valuesOf = answersOf(bereavement);

describe('« Je perds un proche »', () => {
  it('asks about the couple only for a spouse or partner', () => {
    expect(visibleQuestions(bereavement, base).map((q) => q.id)).toEqual([
      'deathDate',
      'relationship',
      'partnerStatus',
      'survivorUnder55',
      'deceasedActivity',
      'minorChildren',
      'sameHome',
      'needsHelp',
    ]);
    const parent = visibleQuestions(bereavement, { ...base, relationship: 'parent' }).map((q) => q.id);
    expect(parent).not.toContain('partnerStatus');
    expect(parent).not.toContain('survivorUnder55');
  });

  const choices = bereavement.questions.filter((q) => q.kind !== 'date');
  it.each(choices.map((q) => q.id))('the answer to "%s" changes the steps', (id) => {
    const variants = valuesOf(id).map((v) => stepIds({ ...base, [id]: v }));
    const distinct = new Set(variants.map((v) => v.join(',')));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('has the 24-hour declaration, the funeral within 14 days and the succession within 6 months', () => {
    const timing = (id: string) => bereavement.steps.find((s) => s.id === id)!;
    expect(timing('declareDeath').deadline).toBe(true);
    expect(timing('declareDeath').timing).toEqual({
      kind: 'window',
      from: { amount: 0, unit: 'day' },
      to: { amount: 1, unit: 'day' },
    });
    expect(timing('funeral').timing).toMatchObject({ to: { amount: 14, unit: 'day' } });
    expect(timing('successionDeclaration').deadline).toBe(true);
    expect(timing('successionDeclaration').timing).toMatchObject({ to: { amount: 6, unit: 'month' } });
  });

  it('offers the survivor pension only to a married spouse, and the widow allowance before 55', () => {
    expect(stepIds(base)).toContain('reversion');
    expect(stepIds(base)).not.toContain('widowAllowance');
    expect(stepIds({ ...base, survivorUnder55: true })).toContain('widowAllowance');
    expect(stepIds({ ...base, partnerStatus: 'pacs' })).not.toContain('reversion');
    expect(stepIds({ ...base, partnerStatus: 'pacs' })).toContain('taxSpouse');
    expect(stepIds({ ...base, relationship: 'parent' })).toContain('taxDeceased');
  });

  it('offers human help first to families with children, bereaved parents and people who find démarches hard', () => {
    expect(needsAccompaniment(bereavement, base)).toBe(false);
    expect(stepIds({ ...base, minorChildren: true })).toEqual(
      expect.arrayContaining(['cafSocialWorker', 'asfOrphan', 'pensionFundSupport']),
    );
    expect(needsAccompaniment(bereavement, { ...base, relationship: 'child' })).toBe(true);
    expect(stepIds({ ...base, relationship: 'child' })).toContain('cafSocialWorker');
    expect(stepIds({ ...base, needsHelp: true })).toContain('franceServicesHelp');
  });

  it('has at least 8 steps over at least 3 phases for a typical person', () => {
    const steps = personalise(bereavement, base);
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(new Set(steps.map((s) => s.phase)).size).toBeGreaterThanOrEqual(3);
  });
});
