// Every journey on the device with its schedule for today, for the dashboard and the documents list.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadMoment } from '../../content/catalog';
import type { Moment } from '../../content/schema';
import { todayIn } from '../../domain/dates';
import { i18n } from '../../i18n/i18n';
import { useLiveQuery } from '../../storage/useLiveQuery';
import type { Journey, StepProgress } from '../../storage/records';
import { buildView, type JourneyView } from '../journey/buildView';

interface Stored {
  journeys: Journey[];
  progress: Record<string, Record<string, StepProgress>>;
}

/**
 * Views of all journeys (undefined while loading), with every needed moment and its texts loaded.
 * With `enabled` false nothing is read (a screen that needs only one journey).
 */
export function useJourneyViews(enabled = true): JourneyView[] | undefined {
  const stored = useLiveQuery<Stored | undefined>(
    async () => {
      if (!enabled) return { journeys: [], progress: {} };
      const { listJourneys, progressOf } = await import('../../storage/journeys');
      const journeys = await listJourneys();
      const entries = await Promise.all(journeys.map(async (j) => [j.id, await progressOf(j.id)] as const));
      return { journeys, progress: Object.fromEntries(entries) };
    },
    [enabled],
    undefined,
  );
  const [loaded, setLoaded] = useState<{ ids: string; moments: Record<string, Moment> }>({ ids: '', moments: {} });
  const ids = [...new Set(stored?.journeys.map((j) => j.momentId) ?? [])].sort().join(',');

  useEffect(() => {
    if (!ids) return;
    let alive = true;
    const list = ids.split(',');
    void Promise.all([
      Promise.all(list.map(async (id) => [id, await loadMoment(id)] as const)),
      i18n.loadNamespaces(['catalog', ...list]),
    ]).then(([entries]) => {
      const moments = Object.fromEntries(entries.filter((e): e is [string, Moment] => e[1] !== undefined));
      if (alive) setLoaded({ ids, moments });
    });
    // New texts must re-render the views after a language switch.
    const reload = () =>
      void i18n.loadNamespaces(['catalog', ...list]).then(() => alive && setLoaded((l) => ({ ...l })));
    i18n.on('languageChanged', reload);
    return () => {
      alive = false;
      i18n.off('languageChanged', reload);
    };
  }, [ids]);

  return useMemo(() => {
    if (!stored || loaded.ids !== ids) return undefined;
    const today = todayIn(undefined);
    // A journey of a moment this version no longer knows is left out rather than breaking the list.
    return stored.journeys
      .filter((j) => loaded.moments[j.momentId])
      .map((j) => buildView(j, loaded.moments[j.momentId]!, stored.progress[j.id] ?? {}, today));
  }, [stored, loaded, ids]);
}
