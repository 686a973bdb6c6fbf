// Computes what a journey screen shows from stored data and the moment: the person's steps,
// dated for today, with their statuses. Pure, so the dashboard and each journey share it.
import type { Moment } from '../../content/schema';
import { anchorDate, needsAccompaniment, personalise } from '../../domain/personalise';
import { schedule, type ScheduledStep } from '../../domain/schedule';
import type { Journey, StepProgress } from '../../storage/records';

/** A loaded journey, ready to show. */
export interface JourneyView {
  journey: Journey;
  moment: Moment;
  progress: Record<string, StepProgress>;
  steps: ScheduledStep[];
  anchor: string | undefined;
  accompanied: boolean;
  today: string;
}

/** The view of one journey for today. */
export function buildView(
  journey: Journey,
  moment: Moment,
  progress: Record<string, StepProgress>,
  today: string,
): JourneyView {
  const anchor = anchorDate(moment, journey.answers);
  const steps = schedule(personalise(moment, journey.answers), anchor, today, progress);
  // An adviser's signal (no internet, little French, isolation…) calls for human help first too.
  const accompanied = needsAccompaniment(moment, journey.answers) || (journey.signals?.length ?? 0) > 0;
  return { journey, moment, progress, steps, anchor, accompanied, today };
}
