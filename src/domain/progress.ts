// Progress of a journey: how far the person is, what to do next, and when the journey starts and ends.
import { daysBetween, type CalendarDate } from './dates';
import type { ScheduledStep, StepStatus } from './schedule';

/** Steps finished (done or not concerned) out of all the person's steps. */
export function progressOf(steps: readonly ScheduledStep[]): { finished: number; total: number; percent: number } {
  const total = steps.length;
  const finished = steps.filter((s) => s.status === 'done' || s.status === 'notConcerned').length;
  return { finished, total, percent: total === 0 ? 0 : Math.round((finished / total) * 100) };
}

const urgency: Record<StepStatus, number> = { overdue: 0, dueSoon: 1, open: 2, upcoming: 3, done: 9, notConcerned: 9 };

/**
 * The steps to do next, most urgent first: overdue, due soon, open now, then upcoming; within a rank,
 * the earliest deadline first, and steps without dates keep their content order.
 */
export function nextSteps(steps: readonly ScheduledStep[], count = 3): ScheduledStep[] {
  return steps
    .map((s, index) => ({ s, index }))
    .filter(({ s }) => urgency[s.status] < 9)
    .sort((a, b) => {
      const rank = urgency[a.s.status] - urgency[b.s.status];
      if (rank !== 0) return rank;
      const da = a.s.to ?? a.s.from;
      const db = b.s.to ?? b.s.from;
      if (da && db && da !== db) return daysBetween(db, da);
      return a.index - b.index;
    })
    .slice(0, count)
    .map(({ s }) => s);
}

/** The first and last dates of the journey's dated steps (its marked start and end). */
export function journeyBounds(steps: readonly ScheduledStep[]): { start?: CalendarDate; end?: CalendarDate } {
  const dates = steps.flatMap((s) => [s.from, s.to]).filter((d): d is CalendarDate => d !== undefined);
  if (dates.length === 0) return {};
  const sorted = [...dates].sort();
  return { start: sorted[0], end: sorted[sorted.length - 1] };
}

/** Whether the journey is over: every step finished, or its end date has passed. */
export function isJourneyOver(steps: readonly ScheduledStep[], today: CalendarDate): boolean {
  const { finished, total } = progressOf(steps);
  if (total > 0 && finished === total) return true;
  const { end } = journeyBounds(steps);
  return end !== undefined && daysBetween(end, today) > 0;
}
