// Backups against the real database (fake-indexeddb): round trip, merge, replace, and an import
// that fails half-way changes nothing.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/domain/backup';
import { applyBackup, exportBackup } from '../../src/storage/backup';
import { openDb, schemaVersion } from '../../src/storage/db';
import { eraseAllData } from '../../src/storage/erase';
import { createJourney, listJourneys, progressOf, setNote, setTick } from '../../src/storage/journeys';
import { writeSetting } from '../../src/storage/settings';

afterEach(() => eraseAllData());

async function snapshot() {
  const { db } = await openDb();
  return Promise.all([db.journeys.toArray(), db.progress.toArray(), db.documents.toArray(), db.settings.toArray()]);
}

describe('backup on the device', () => {
  it('exports everything and restores it exactly after erasing', async () => {
    const id = await createJourney('child', { situation: 'pregnant' });
    await setTick(id, 'birthDeclaration', 'action:askMaternity', true);
    await setNote(id, 'birthDeclaration', 'Guichet 3');
    await writeSetting('language', 'uk');
    const before = await snapshot();
    const file = JSON.stringify(await exportBackup('0.1.0'));
    await eraseAllData();
    const parsed = parseBackup(file, schemaVersion);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) await applyBackup(parsed.backup, 'replace');
    expect(await snapshot()).toEqual(before);
  });

  it('merge keeps the device journeys and adds the file ones', async () => {
    const mine = await createJourney('carer', {});
    const file = await exportBackup('0.1.0');
    await eraseAllData();
    const other = await createJourney('child', {});
    await applyBackup(file, 'merge');
    expect((await listJourneys()).map((j) => j.id).sort()).toEqual([mine, other].sort());
  });

  it('an import that fails half-way leaves the store exactly as it was', async () => {
    const id = await createJourney('child', { situation: 'born' });
    await setTick(id, 's', 'action:a', true);
    const before = await snapshot();
    const file = await exportBackup('0.1.0');
    // Two journeys with the same id: the second insert fails inside the transaction.
    const broken = { ...file, journeys: [...file.journeys, ...file.journeys] };
    await expect(applyBackup(broken, 'replace')).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
    expect(Object.keys(await progressOf(id))).toEqual(['s']);
  });
});
