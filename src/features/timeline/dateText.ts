// The date line of a step, as people say it: "avant le 12 mars 2027 — dans 3 semaines".
import type { ScheduledStep } from '../../domain/schedule';
import { daysBetween } from '../../domain/dates';
import { formatDate, formatRelative } from '../../i18n/format';
import type { TextValues, UiKey } from '../../i18n/useT';

type T = (key: UiKey, values?: TextValues) => string;

/** Date text of a scheduled step for today, in the person's language. */
export function dateText(s: ScheduledStep, today: string, lang: string, t: T): string {
  const rel = (date: string) => formatRelative(today, date, lang);
  if (s.step.timing.kind === 'asap') return t('timeline.asap');
  if (s.from && daysBetween(today, s.from) > 0) {
    return t('timeline.fromDate', { date: formatDate(s.from, lang), relative: rel(s.from) });
  }
  if (s.to) return t('timeline.beforeDate', { date: formatDate(s.to, lang), relative: rel(s.to) });
  if (s.from) return t('timeline.sinceDate', { date: formatDate(s.from, lang) });
  return t('timeline.noDate');
}
