// The one Dexie database of Jalons, its versioned schema, and the fallback to memory
// when IndexedDB cannot be opened (some private modes): the app stays usable for the session.
import Dexie, { type EntityTable } from 'dexie';
import type { Feedback, Journey, OwnedDocument, StepProgress } from './records';

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
  documents: EntityTable<OwnedDocument, 'id'>;
  feedback: EntityTable<Feedback, 'id'>;
};

/** Name of the IndexedDB database (also used to delete it). */
export const dbName = 'jalons';

/** The current schema version (tests keep a fixture of every version since 1). */
export const schemaVersion = 3;

/** Declares every schema version; a new version adds a block here and a fixture in tests. */
export function declareVersions(db: Dexie): void {
  db.version(1).stores({
    journeys: 'id, momentId, status, updatedAt',
    progress: '[journeyId+stepId], journeyId',
    settings: 'key',
  });
  // v2: documents are owned once for every journey ("I have it" ticks everywhere); step notes.
  db.version(2)
    .stores({ documents: 'id' })
    .upgrade(async (tx) => {
      const owned = new Set<string>();
      await tx
        .table('progress')
        .toCollection()
        .modify((row: { ticks?: unknown }) => {
          if (!Array.isArray(row.ticks)) return;
          for (const t of row.ticks) if (typeof t === 'string' && t.startsWith('doc:')) owned.add(t.slice(4));
          row.ticks = row.ticks.filter((t) => !(typeof t === 'string' && t.startsWith('doc:')));
        });
      const at = new Date().toISOString();
      await tx.table('documents').bulkPut([...owned].map((id) => ({ id, have: true, updatedAt: at })));
    });
  // v3: anonymous feedback collected at the end of adviser sessions (moment, language, day only).
  db.version(3).stores({ feedback: '++id, date' });
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

let session: Promise<JalonsDb> | undefined;

/**
 * A database that lives only in this tab's memory (fake-indexeddb, loaded on demand): for journeys
 * the person chose not to keep on the device. Closing the tab erases it.
 */
export function openSessionDb(): Promise<JalonsDb> {
  session ??= (async () => {
    const { IDBFactory, IDBKeyRange } = await import('fake-indexeddb');
    const db = create({ indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    return db;
  })();
  return session;
}

/** Whether the session database was opened (so listing does not load it for nothing). */
export function hasSessionDb(): boolean {
  return session !== undefined;
}

/** Erases the session database (quick exit, end of an adviser session). */
export async function closeSessionDb(): Promise<void> {
  const db = await session;
  session = undefined;
  await db?.delete();
}

/** Prefix of the ids of journeys kept only in memory. */
export const sessionPrefix = 'mem-';

/** The database holding a journey: the session one for `mem-` ids, the device one otherwise. */
export async function dbFor(journeyId: string): Promise<JalonsDb> {
  return journeyId.startsWith(sessionPrefix) ? openSessionDb() : (await openDb()).db;
}

/** Forgets the open connection (tests, and after erasing everything). */
export function resetDbConnection(): void {
  opened = undefined;
}
