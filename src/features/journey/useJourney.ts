// Everything a journey screen needs: the stored journey, its progress, the moment, and the
// person's schedule computed for today. Reads storage through live queries, so every tick,
// here or in another tab, shows at once.
import { useMemo } from 'preact/hooks';
import { anchorDate, needsAccompaniment, personalise } from '../../domain/personalise';
import { schedule, type ScheduledStep, type StepState } from '../../domain/schedule';
import { todayIn } from '../../domain/dates';
import type { Journey, StepProgress } from '../../storage/records';
import { useLiveQuery } from '../../storage/useLiveQuery';
import type { Moment } from '../../content/schema';
import { useMoment } from './useMoment';

const storage = () => import('../../storage/journeys');

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

/** The journey view, `undefined` while loading, `null` when the journey does not exist. */
export function useJourney(journeyId: string): JourneyView | null | undefined {
  const journey = useLiveQuery(
    async () => (await (await storage()).getJourney(journeyId)) ?? null,
    [journeyId],
    undefined,
  );
  const progress = useLiveQuery(async () => (await storage()).progressOf(journeyId), [journeyId], undefined);
  const { moment, ready } = useMoment(journey?.momentId);

  return useMemo(() => {
    if (journey === null || moment === null) return null;
    if (!journey || !moment || !progress || !ready) return undefined;
    const today = todayIn(undefined);
    const anchor = anchorDate(moment, journey.answers);
    const states: Record<string, StepState> = progress;
    const steps = schedule(personalise(moment, journey.answers), anchor, today, states);
    return {
      journey,
      moment,
      progress,
      steps,
      anchor,
      accompanied: needsAccompaniment(moment, journey.answers),
      today,
    };
  }, [journey, moment, progress, ready]);
}
