// The documents the person has ticked "I have it", live across screens and tabs.
import { useLiveQuery } from '../../storage/useLiveQuery';

/** Owned document ids, and a setter that ticks them everywhere. */
export function useOwnedDocuments() {
  const owned = useLiveQuery(
    async () => (await import('../../storage/documents')).ownedDocuments(),
    [],
    new Set<string>(),
  );
  const setOwned = async (id: string, have: boolean) => (await import('../../storage/documents')).setOwned(id, have);
  return { owned, setOwned };
}
