// One list of what needs doing across all of a person's journeys: overdue and due-soon steps
// first, so a returning person sees what to do now.
import { byUrgency, isPending } from './progress';
import type { ScheduledStep } from './schedule';

/** A journey's scheduled steps, tagged with the journey. */
export interface JourneySteps {
  journeyId: string;
  momentId: string;
  steps: readonly ScheduledStep[];
}

/** A step to do, with the journey it belongs to. */
export interface AgendaItem extends ScheduledStep {
  journeyId: string;
  momentId: string;
}

/** Pending steps of every journey, most urgent first; only overdue and due-soon ones unless `all`. */
export function agenda(
  journeys: readonly JourneySteps[],
  options: { all?: boolean; limit?: number } = {},
): AgendaItem[] {
  const items = journeys.flatMap((j) =>
    j.steps.filter(isPending).map((s) => ({ ...s, journeyId: j.journeyId, momentId: j.momentId })),
  );
  const urgent = options.all ? items : items.filter((s) => s.status === 'overdue' || s.status === 'dueSoon');
  return urgent.sort(byUrgency).slice(0, options.limit ?? Infinity);
}
