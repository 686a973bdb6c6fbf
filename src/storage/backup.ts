// Exporting everything on the device to a backup, and applying a backup in ONE transaction:
// an import either applies fully or not at all.
import { backupFormat, type Backup, type ImportMode } from '../domain/backup';
import { openDb, schemaVersion } from './db';
import { documentSchema, journeySchema, progressSchema, validRows } from './records';

/** Everything stored on the device (memory-only journeys are, by design, left out). */
export async function exportBackup(appVersion: string): Promise<Backup> {
  const { db } = await openDb();
  const [journeys, progress, documents, settings] = await Promise.all([
    db.journeys.toArray(),
    db.progress.toArray(),
    db.documents.toArray(),
    db.settings.toArray(),
  ]);
  return {
    app: 'jalons',
    format: backupFormat,
    appVersion,
    schemaVersion,
    exportedAt: new Date().toISOString(),
    journeys: validRows(journeySchema, journeys),
    progress: validRows(progressSchema, progress),
    documents: validRows(documentSchema, documents),
    settings: settings.filter((s): s is Backup['settings'][number] =>
      ['string', 'boolean', 'number'].includes(typeof s.value),
    ),
  };
}

/**
 * Applies a validated backup. Merge: journeys of the file that are new or more recent replace the
 * device's (with their progress), documents keep the newest tick, the device's settings stay.
 * Replace: the device ends up holding exactly the file.
 */
export async function applyBackup(backup: Backup, mode: ImportMode): Promise<void> {
  const { db } = await openDb();
  await db.transaction('rw', [db.journeys, db.progress, db.documents, db.settings], async () => {
    if (mode === 'replace') {
      await Promise.all([db.journeys.clear(), db.progress.clear(), db.documents.clear(), db.settings.clear()]);
      await db.journeys.bulkAdd(backup.journeys);
      await db.progress.bulkAdd(backup.progress);
      await db.documents.bulkAdd(backup.documents);
      await db.settings.bulkAdd(backup.settings);
      return;
    }
    for (const j of backup.journeys) {
      const mine = await db.journeys.get(j.id);
      if (mine && mine.updatedAt >= j.updatedAt) continue;
      await db.progress.where('journeyId').equals(j.id).delete();
      await db.journeys.put(j);
      await db.progress.bulkPut(backup.progress.filter((p) => p.journeyId === j.id));
    }
    for (const d of backup.documents) {
      const mine = await db.documents.get(d.id);
      if (!mine || mine.updatedAt < d.updatedAt) await db.documents.put(d);
    }
  });
}
