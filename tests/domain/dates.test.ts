import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addOffset, daysBetween, isCalendarDate, todayIn } from '../../src/domain/dates';

describe('calendar dates', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-30', 5)).toBe('2027-01-04');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('is not moved by daylight-saving changes (Paris: 29 March and 25 October 2026)', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(addOffset('2026-03-01', { amount: 5, unit: 'week' })).toBe('2026-04-05');
  });

  it('clamps month arithmetic to the last day of the month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2027-01-15', -13)).toBe('2025-12-15');
  });

  it('applies offsets in days, weeks and months, before or after', () => {
    expect(addOffset('2027-03-12', { amount: -2, unit: 'week' })).toBe('2027-02-26');
    expect(addOffset('2027-03-12', { amount: 5, unit: 'day' })).toBe('2027-03-17');
    expect(addOffset('2027-03-12', { amount: -6, unit: 'month' })).toBe('2026-09-12');
  });

  it('rejects what is not a calendar date', () => {
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-13-01')).toBe(false);
    expect(isCalendarDate('12/03/2027')).toBe(false);
    expect(isCalendarDate(20270312)).toBe(false);
  });

  it("gives today's date in the person's time zone, not UTC's", () => {
    const instant = new Date('2026-11-23T23:30:00Z');
    expect(todayIn('Europe/Paris', instant)).toBe('2026-11-24');
    expect(todayIn('America/Cayenne', instant)).toBe('2026-11-23');
    expect(todayIn('Indian/Reunion', new Date('2026-11-23T20:30:00Z'))).toBe('2026-11-24');
  });
});
