// « J'ai bientôt 18 ans et je suis accompagné(e) par l'ASE »: every personalising question really
// changes the young person's steps, and the key rules (time limits, careful CAF + CPAM step) hold.
import { describe, expect, it } from 'vitest';
import { leavingCare } from '../../src/content/moments/leavingCare';
import { needsAccompaniment, personalise, visibleQuestions } from '../../src/domain/personalise';
import type { Answers } from '../../src/domain/conditions';

const base: Record<string, string | boolean> = {
  birthday18: '2027-06-10',
  foreign: true,
  placedBefore16: true,
  activity: 'school',
  housing: true,
  income: true,
  needsHelp: false,
};

const stepIds = (answers: Answers) => personalise(leavingCare, answers).map((s) => s.id);
const step = (id: string) => leavingCare.steps.find((s) => s.id === id)!;
const valuesOf = (id: string): (string | boolean)[] => {
  const q = leavingCare.questions.find((x) => x.id === id)!;
  return q.kind === 'yesno' ? [true, false] : (q.options ?? []);
};

describe("« J'ai bientôt 18 ans et je suis accompagné(e) par l'ASE »", () => {
  it('asks about the age of placement only to foreign nationals', () => {
    expect(visibleQuestions(leavingCare, base).map((q) => q.id)).toContain('placedBefore16');
    expect(visibleQuestions(leavingCare, { ...base, foreign: false }).map((q) => q.id)).not.toContain('placedBefore16');
  });

  const choices = leavingCare.questions.filter((q) => q.kind !== 'date');
  it.each(choices.map((q) => q.id))('the answer to "%s" changes the steps', (id) => {
    const variants = valuesOf(id).map((v) => stepIds({ ...base, [id]: v }));
    const distinct = new Set(variants.map((v) => v.join(',')));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it('times the residence permit by the age of placement: day before 19, or 2 months after 18', () => {
    expect(stepIds(base)).toContain('permitBefore16');
    expect(stepIds(base)).not.toContain('permitAfter16');
    expect(stepIds({ ...base, placedBefore16: false })).toContain('permitAfter16');
    expect(step('permitBefore16').deadline).toBe(true);
    expect(step('permitBefore16').timing).toEqual({
      kind: 'window',
      from: { amount: -6, unit: 'month' },
      to: { amount: 364, unit: 'day' },
    });
    expect(step('permitAfter16').deadline).toBe(true);
    expect(step('permitAfter16').timing).toMatchObject({ to: { amount: 2, unit: 'month' } });
    expect(step('permitAfter16').body).toBe('prefecture');
  });

  it('shows residence permits to foreign nationals and the identity card to the others', () => {
    const french = stepIds({ ...base, foreign: false });
    expect(french).toContain('identityCard');
    expect(french).not.toContain('permitBefore16');
    expect(french).not.toContain('permitAfter16');
    expect(french).not.toContain('permitRenewal');
  });

  it('offers the joint CAF + CPAM appointments (quarter before 18, two months before 19) only with human help', () => {
    expect(stepIds(base)).not.toContain('jointAppointment');
    for (const answers of [{ needsHelp: true }, { housing: false }, { income: false }]) {
      const ids = stepIds({ ...base, ...answers });
      expect(needsAccompaniment(leavingCare, { ...base, ...answers })).toBe(true);
      expect(ids).toContain('jointAppointment');
      expect(ids).toContain('jointAppointment19');
    }
    expect(step('jointAppointment').timing).toEqual({
      kind: 'window',
      from: { amount: -3, unit: 'month' },
      to: { amount: 0, unit: 'day' },
    });
    expect(step('jointAppointment19').timing).toMatchObject({ to: { amount: 12, unit: 'month' } });
  });

  it('starts with the interview a year before 18 and ends with the end of support at 21', () => {
    expect(step('autonomyInterview').timing).toEqual({ kind: 'window', to: { amount: -12, unit: 'month' } });
    expect(step('endOfSupport').timing).toMatchObject({ to: { amount: 36, unit: 'month' } });
    expect(stepIds(base)).toContain('youngAdultSupport');
  });

  it('has at least 8 steps over at least 3 phases for a typical young person', () => {
    const steps = personalise(leavingCare, base);
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(new Set(steps.map((s) => s.phase)).size).toBeGreaterThanOrEqual(3);
  });
});
