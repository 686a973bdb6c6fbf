// Runs without fake-indexeddb/auto: this Node process has no IndexedDB, like a browser in
// some private modes, so the database must fall back to memory and keep working.
import { describe, expect, it } from 'vitest';
import { openDb, schemaVersion } from '../../src/storage/db';
import { readSettings, writeSetting } from '../../src/storage/settings';

describe('database without IndexedDB', () => {
  it('falls back to memory and still stores data for the session', async () => {
    expect(globalThis.indexedDB).toBeUndefined();
    const { db, mode } = await openDb();
    expect(mode).toBe('memory');
    expect(db.verno).toBe(schemaVersion);
    await writeSetting('simple', true);
    expect(await readSettings()).toEqual({ simple: true });
  });
});
