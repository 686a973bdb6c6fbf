// The one Dexie database of Jalons, its versioned schema, and the fallback to memory
// when IndexedDB cannot be opened (some private modes): the app stays usable for the session.
import Dexie, { type EntityTable } from 'dexie';
import type { Journey, StepProgress } from './records';

/** A settings row: one preference under its key. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** The database class, typed by table. */
export type JalonsDb = Dexie & {
  journeys: EntityTable<Journey, 'id'>;
  progress: Dexie.Table<StepProgress, [string, string]>;
  settings: EntityTable<SettingRow, 'key'>;
};

/** Name of the IndexedDB database (also used to delete it). */
export const dbName = 'jalons';

/** Declares every schema version; a new version adds a line here and a fixture in tests. */
export function declareVersions(db: Dexie): void {
  db.version(1).stores({
    journeys: 'id, momentId, status, updatedAt',
    progress: '[journeyId+stepId], journeyId',
    settings: 'key',
  });
}

/** Where data lives: on the device, or only in memory for this session. */
export type StorageMode = 'device' | 'memory';

let opened: Promise<{ db: JalonsDb; mode: StorageMode }> | undefined;

function create(options?: ConstructorParameters<typeof Dexie>[1]): JalonsDb {
  const db = new Dexie(dbName, options) as JalonsDb;
  declareVersions(db);
  return db;
}

async function openWithFallback(): Promise<{ db: JalonsDb; mode: StorageMode }> {
  try {
    const db = create();
    await db.open();
    return { db, mode: 'device' };
  } catch (error) {
    console.warn('Jalons: IndexedDB unavailable, keeping data in memory', error);
    const { indexedDB, IDBKeyRange } = await import('fake-indexeddb');
    const db = create({ indexedDB, IDBKeyRange });
    await db.open();
    return { db, mode: 'memory' };
  }
}

/** Opens the database once; later calls share the same connection. */
export function openDb(): Promise<{ db: JalonsDb; mode: StorageMode }> {
  opened ??= openWithFallback();
  return opened;
}

/** Forgets the open connection (tests, and after erasing everything). */
export function resetDbConnection(): void {
  opened = undefined;
}
