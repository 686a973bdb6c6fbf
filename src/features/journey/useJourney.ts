// Everything a journey screen needs, read through live queries so every tick, here or in another
// tab, shows at once.
import { useMemo } from 'preact/hooks';
import { todayIn } from '../../domain/dates';
import { useLiveQuery } from '../../storage/useLiveQuery';
import { buildView, type JourneyView } from './buildView';
import { useMoment } from './useMoment';

export type { JourneyView } from './buildView';

const storage = () => import('../../storage/journeys');

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
    return buildView(journey, moment, progress, todayIn(undefined));
  }, [journey, moment, progress, ready]);
}
