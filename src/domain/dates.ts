// Calendar dates ("2027-03-12") as people mean them: days in their own time zone, never instants,
// so a deadline does not move by a day across daylight-saving changes or time zones.
import type { Offset } from '../content/schema';

/** An ISO calendar date, YYYY-MM-DD. */
export type CalendarDate = string;

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month (1–12) and day of a calendar date; throws on an invalid one. */
export function parts(date: CalendarDate): { y: number; m: number; d: number } {
  const match = pattern.exec(date);
  if (!match) throw new Error(`Not a calendar date: ${date}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new Error(`Not a calendar date: ${date}`);
  return { y, m, d };
}

/** True for a real calendar date in YYYY-MM-DD form (2027-02-30 is not). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  try {
    parts(value);
    return true;
  } catch {
    return false;
  }
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fromParts(y: number, m: number, d: number): CalendarDate {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.toISOString().slice(0, 10);
}

// Day arithmetic runs in UTC, where every day lasts 24 hours.
function dayNumber(date: CalendarDate): number {
  const { y, m, d } = parts(date);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** The date `n` days later (earlier when negative). */
export function addDays(date: CalendarDate, n: number): CalendarDate {
  const { y, m, d } = parts(date);
  return fromParts(y, m, d + n);
}

/** The date `n` months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: CalendarDate, n: number): CalendarDate {
  const { y, m, d } = parts(date);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return fromParts(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** The date at an offset (days, weeks or months) from another. */
export function addOffset(date: CalendarDate, offset: Offset): CalendarDate {
  if (offset.unit === 'month') return addMonths(date, offset.amount);
  return addDays(date, offset.unit === 'week' ? offset.amount * 7 : offset.amount);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Today's date in a time zone (the person's own by default), from an instant. */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): CalendarDate {
  const formatted = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  return formatted;
}
