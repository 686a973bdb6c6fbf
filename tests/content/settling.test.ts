// « Je m'installe en France »: every personalising question really changes the person's steps, and
// the key rules (visa validation, health cover, licence exchange, protection) hold.
import { describe, expect, it } from 'vitest';
import { settling } from '../../src/content/moments/settling';
import { needsAccompaniment, personalise, visibleQuestions } from '../../src/domain/personalise';
import type { Answers } from '../../src/domain/conditions';

const base: Record<string, string | boolean> = {
  arrivalDate: '2027-03-01',
  reason: 'work',
  visa: 'vlsts',
  children: false,
  french: 'fluent',
  job: false,
  drives: true,
  needsHelp: false,
};

const stepIds = (answers: Answers) => personalise(settling, answers).map((s) => s.id);
const step = (id: string) => settling.steps.find((s) => s.id === id)!;
const valuesOf = (id: string): (string | boolean)[] => {
  const q = settling.questions.find((x) => x.id === id)!;
  return q.kind === 'yesno' ? [true, false] : (q.options ?? []);
};

describe("« Je m'installe en France »", () => {
  it('asks every question to a worker, and no visa question after a protection decision', () => {
    expect(visibleQuestions(settling, base).map((q) => q.id)).toEqual([
      'arrivalDate',
      'reason',
      'visa',
      'children',
      'french',
      'job',
      'drives',
      'needsHelp',
    ]);
    expect(visibleQuestions(settling, { ...base, reason: 'protection' }).map((q) => q.id)).not.toContain('visa');
  });

  const choices = settling.questions.filter((q) => q.kind !== 'date');
  it.each(choices.map((q) => q.id))('the answer to "%s" changes the steps', (id) => {
    const variants = valuesOf(id).map((v) => stepIds({ ...base, [id]: v }));
    const distinct = new Set(variants.map((v) => v.join(',')));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('asks to validate a VLS-TS within 3 months, and to apply for a card within 2 months otherwise', () => {
    expect(stepIds(base)).toContain('validateVisa');
    expect(stepIds(base)).not.toContain('firstPermit');
    expect(step('validateVisa').deadline).toBe(true);
    expect(step('validateVisa').timing).toEqual({
      kind: 'window',
      from: { amount: 0, unit: 'day' },
      to: { amount: 3, unit: 'month' },
    });
    const vls = stepIds({ ...base, visa: 'vls' });
    expect(vls).toContain('firstPermit');
    expect(vls).not.toContain('validateVisa');
    expect(step('firstPermit').timing).toMatchObject({ to: { amount: 2, unit: 'month' } });
    expect(stepIds({ ...base, visa: 'unknown' })).toEqual(expect.arrayContaining(['validateVisa', 'firstPermit']));
  });

  it('covers health at once for workers, students, protected people and families, after 3 months otherwise', () => {
    for (const reason of ['work', 'family', 'studies', 'protection']) {
      expect(stepIds({ ...base, reason })).toContain('healthNow');
      expect(stepIds({ ...base, reason })).not.toContain('healthAfter3Months');
    }
    expect(stepIds({ ...base, reason: 'other' })).toContain('healthAfter3Months');
    expect(step('healthAfter3Months').timing).toMatchObject({ from: { amount: 3, unit: 'month' } });
    expect(step('healthNow').body).toBe('cpam');
  });

  it('gives people with protection the accompanied version, with the OFII, CAF and CPAM steps', () => {
    const answers = { ...base, reason: 'protection' };
    expect(needsAccompaniment(settling, answers)).toBe(true);
    const ids = stepIds(answers);
    expect(ids).toEqual(
      expect.arrayContaining(['protectionPermit', 'refugeeSupport', 'protectionRights', 'protectionHealth']),
    );
    expect(ids).not.toContain('validateVisa');
    expect(ids).not.toContain('renewPermit');
    expect(needsAccompaniment(settling, { ...base, french: 'none' })).toBe(true);
    expect(stepIds({ ...base, french: 'none' })).toEqual(
      expect.arrayContaining(['languageHelp', 'franceServicesHelp']),
    );
    expect(needsAccompaniment(settling, base)).toBe(false);
  });

  it('asks to exchange a non-European licence within a year, except for students; no CIR for students', () => {
    expect(step('drivingLicence').deadline).toBe(true);
    expect(step('drivingLicence').timing).toMatchObject({ to: { amount: 12, unit: 'month' } });
    const student = stepIds({ ...base, reason: 'studies' });
    expect(student).not.toContain('drivingLicence');
    expect(student).not.toContain('integrationContract');
    expect(stepIds(base)).toContain('integrationContract');
  });

  it('has at least 8 steps over at least 3 phases for a typical newcomer', () => {
    const steps = personalise(settling, base);
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(new Set(steps.map((s) => s.phase)).size).toBeGreaterThanOrEqual(3);
  });
});
