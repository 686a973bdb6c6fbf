// Loads a life moment's data and texts, for every screen of a journey.
import { useEffect, useState } from 'preact/hooks';
import { loadMoment } from '../../content/catalog';
import type { Moment } from '../../content/schema';
import { useNamespaces } from '../../i18n/useNamespaces';

/** The moment (undefined while loading, null when unknown) and whether its texts are ready. */
export function useMoment(momentId: string | undefined): { moment: Moment | null | undefined; ready: boolean } {
  const [moment, setMoment] = useState<Moment | null>();
  useEffect(() => {
    if (!momentId) return;
    let alive = true;
    void loadMoment(momentId).then((m) => alive && setMoment(m ?? null));
    return () => {
      alive = false;
    };
  }, [momentId]);
  const ready = useNamespaces(momentId ? ['catalog', momentId] : ['catalog']);
  return { moment, ready: ready && moment !== undefined };
}
