// A Preact hook that re-reads storage whenever anything is written, in this tab or another one.
// It listens to Dexie's global "storagemutated" event (which Dexie also relays between tabs)
// rather than using liveQuery: our read functions await the lazily opened database and dynamic
// imports, which liveQuery cannot follow, so it would sometimes miss a change.
import Dexie from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The latest result of `query`, or `initial` until the first result arrives. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[], initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let alive = true;
    let latest = 0;
    // Only the newest read may win: an older, slower one must not overwrite it.
    const refresh = () => {
      const run = ++latest;
      query().then(
        (result) => alive && run === latest && setValue(() => result),
        (error: unknown) => console.error('Jalons: storage read failed', error),
      );
    };
    refresh();
    Dexie.on('storagemutated', refresh);
    return () => {
      alive = false;
      Dexie.on.storagemutated.unsubscribe(refresh);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return value;
}
