// Every schema version since v1 upgrades to the current one with nothing lost. A future schema
// change adds its fixture here.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { dbName, openDb, resetDbConnection, schemaVersion } from '../../src/storage/db';
import { listJourneys, progressOf } from '../../src/storage/journeys';
import { ownedDocuments } from '../../src/storage/documents';
import { readSettings } from '../../src/storage/settings';

const journey = {
  id: 'j1',
  momentId: 'child',
  answers: { situation: 'pregnant', dueDate: '2027-03-12', married: false },
  status: 'active',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
};

/** A database as version 1 of Jalons left it. */
async function writeV1Fixture() {
  const v1 = new Dexie(dbName);
  v1.version(1).stores({
    journeys: 'id, momentId, status, updatedAt',
    progress: '[journeyId+stepId], journeyId',
    settings: 'key',
  });
  await v1.open();
  await v1.table('journeys').add(journey);
  await v1.table('progress').bulkAdd([
    {
      journeyId: 'j1',
      stepId: 'pregnancyDeclaration',
      done: true,
      notConcerned: false,
      ticks: ['action:bookFirstExam', 'doc:carteVitale'],
      updatedAt: 'x',
    },
    {
      journeyId: 'j1',
      stepId: 'birthDeclaration',
      done: false,
      notConcerned: false,
      ticks: ['doc:idDocument', 'doc:livretFamille'],
      updatedAt: 'y',
    },
  ]);
  await v1.table('settings').bulkAdd([
    { key: 'language', value: 'en' },
    { key: 'simple', value: true },
  ]);
  v1.close();
}

/** A database as version 2 left it: owned documents, a note; v3 adds the feedback table. */
async function writeV2Fixture() {
  const v2 = new Dexie(dbName);
  v2.version(2).stores({
    journeys: 'id, momentId, status, updatedAt',
    progress: '[journeyId+stepId], journeyId',
    settings: 'key',
    documents: 'id',
  });
  await v2.open();
  await v2.table('journeys').add(journey);
  await v2.table('progress').add({
    journeyId: 'j1',
    stepId: 'birthDeclaration',
    done: false,
    notConcerned: false,
    ticks: ['action:askMaternity'],
    note: 'Guichet 3',
    updatedAt: 'z',
  });
  await v2.table('documents').add({ id: 'rib', have: true, updatedAt: 'z' });
  await v2.table('settings').add({ key: 'theme', value: 'dark' });
  v2.close();
}

afterEach(async () => {
  resetDbConnection();
  await Dexie.delete(dbName);
});

describe('migrations', () => {
  it('is at schema version 3', () => expect(schemaVersion).toBe(3));

  it('upgrades a v1 database to the current version with nothing lost', async () => {
    await writeV1Fixture();
    const { db } = await openDb();
    expect(db.verno).toBe(schemaVersion);
    expect(await listJourneys()).toEqual([journey]);
    const progress = await progressOf('j1');
    expect(progress.pregnancyDeclaration).toMatchObject({ done: true, ticks: ['action:bookFirstExam'] });
    expect(progress.birthDeclaration).toMatchObject({ done: false, ticks: [] });
    // v2 moved document ticks to one list for all journeys
    expect([...(await ownedDocuments())].sort()).toEqual(['carteVitale', 'idDocument', 'livretFamille']);
    expect(await readSettings()).toEqual({ language: 'en', simple: true });
  });

  it('upgrades a v2 database to the current version with nothing lost', async () => {
    await writeV2Fixture();
    const { db } = await openDb();
    expect(db.verno).toBe(schemaVersion);
    expect(await listJourneys()).toEqual([journey]);
    expect((await progressOf('j1')).birthDeclaration).toMatchObject({
      ticks: ['action:askMaternity'],
      note: 'Guichet 3',
    });
    expect([...(await ownedDocuments())]).toEqual(['rib']);
    expect(await readSettings()).toEqual({ theme: 'dark' });
    expect(await db.feedback.count()).toBe(0);
  });
});
