import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from '../../src/storage/db';
import { readSettings, writeSetting } from '../../src/storage/settings';
import { eraseAllData } from '../../src/storage/erase';

afterEach(async () => {
  await eraseAllData();
});

describe('settings', () => {
  it('starts empty', async () => {
    expect(await readSettings()).toEqual({});
  });

  it('reads back what was written', async () => {
    await writeSetting('language', 'en');
    await writeSetting('simple', true);
    expect(await readSettings()).toEqual({ language: 'en', simple: true });
  });

  it('drops stored values of the wrong type instead of failing', async () => {
    const { db } = await openDb();
    await db.settings.bulkPut([
      { key: 'simple', value: 'yes' },
      { key: 'language', value: 42 },
      { key: 'offlineNoticeSeen', value: true },
      { key: 'unknown', value: { a: 1 } },
    ]);
    expect(await readSettings()).toEqual({ offlineNoticeSeen: true });
  });

  it('erase removes everything', async () => {
    await writeSetting('language', 'en');
    await eraseAllData();
    expect(await readSettings()).toEqual({});
    const { db, mode } = await openDb();
    expect(mode).toBe('device');
    expect(await db.settings.count()).toBe(0);
  });
});
