// Dates written for people, in their language: "12 mars 2027", "dans 3 semaines".
import { daysBetween, parts, type CalendarDate } from '../domain/dates';

/** A calendar date in long form ("12 mars 2027"), never shifted by the time zone. */
export function formatDate(date: CalendarDate, lang: string): string {
  const { y, m, d } = parts(date);
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** How far a date is from today ("dans 3 semaines", "il y a 2 jours", "aujourd'hui"). */
export function formatRelative(today: CalendarDate, date: CalendarDate, lang: string): string {
  const days = daysBetween(today, date);
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const abs = Math.abs(days);
  if (abs < 14) return rtf.format(days, 'day');
  if (abs < 60) return rtf.format(Math.round(days / 7), 'week');
  return rtf.format(Math.round(days / 30.44), 'month');
}
