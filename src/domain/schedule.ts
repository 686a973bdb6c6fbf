// Scheduling: turns a person's steps into dated steps with a status, from the anchor date and today.
import type { Step } from '../content/schema';
import { addOffset, daysBetween, type CalendarDate } from './dates';

/** Where a step stands for the person today. */
export type StepStatus = 'done' | 'notConcerned' | 'overdue' | 'dueSoon' | 'open' | 'upcoming';

/** A step with its dates (when known) and its status. */
export interface ScheduledStep {
  step: Step;
  /** First day the step can be done, when the timing gives one. */
  from?: CalendarDate;
  /** Last day (the deadline when `step.deadline`), when the timing gives one. */
  to?: CalendarDate;
  status: StepStatus;
}

/** What the person said about a step. */
export interface StepState {
  done?: boolean;
  notConcerned?: boolean;
}

/** A deadline this close (in days) or closer makes a step "due soon". */
export const dueSoonDays = 14;

/** The dates of a step relative to the anchor; none for "as soon as possible" or without an anchor. */
export function stepDates(step: Step, anchor: CalendarDate | undefined): { from?: CalendarDate; to?: CalendarDate } {
  if (step.timing.kind === 'asap' || !anchor) return {};
  return {
    from: step.timing.from && addOffset(anchor, step.timing.from),
    to: step.timing.to && addOffset(anchor, step.timing.to),
  };
}

/** The status of one step today. */
export function statusOf(
  dates: { from?: CalendarDate; to?: CalendarDate },
  state: StepState | undefined,
  today: CalendarDate,
): StepStatus {
  if (state?.done) return 'done';
  if (state?.notConcerned) return 'notConcerned';
  if (dates.to !== undefined) {
    const left = daysBetween(today, dates.to);
    if (left < 0) return 'overdue';
    if (left <= dueSoonDays) return 'dueSoon';
  }
  if (dates.from !== undefined && daysBetween(today, dates.from) > 0) return 'upcoming';
  return 'open';
}

/** Dated steps with their status, in the content's order (undated steps keep their place). */
export function schedule(
  steps: readonly Step[],
  anchor: CalendarDate | undefined,
  today: CalendarDate,
  states: Readonly<Record<string, StepState | undefined>> = {},
): ScheduledStep[] {
  return steps.map((step) => {
    const dates = stepDates(step, anchor);
    return { step, ...dates, status: statusOf(dates, states[step.id], today) };
  });
}
