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

/** Whether a step still needs doing. */
export function isPending(s: ScheduledStep): boolean {
  return urgency[s.status] < 9;
}

/**
 * Orders steps most urgent first: overdue, due soon, open now, then upcoming; within a rank the
 * earliest date first; steps without dates keep their given order (stable sort).
 */
export function byUrgency(a: ScheduledStep, b: ScheduledStep): number {
  const rank = urgency[a.status] - urgency[b.status];
  if (rank !== 0) return rank;
  const da = a.to ?? a.from;
  const db = b.to ?? b.from;
  return da && db ? daysBetween(db, da) : 0;
}

/** The steps to do next, most urgent first. */
export function nextSteps(steps: readonly ScheduledStep[], count = 3): ScheduledStep[] {
  return steps.filter(isPending).sort(byUrgency).slice(0, count);
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
