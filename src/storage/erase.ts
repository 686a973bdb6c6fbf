// Erasing everything Jalons keeps about the person on this device.
import Dexie from 'dexie';
import { dbName, openDb, resetDbConnection } from './db';

/**
 * Deletes the whole database; the next read starts empty. The service worker's caches stay:
 * they hold only the app's own files, never personal data, and keep Jalons working offline.
 */
export async function eraseAllData(): Promise<void> {
  const { db, mode } = await openDb();
  db.close();
  resetDbConnection();
  if (mode === 'device') await Dexie.delete(dbName);
  else await db.delete();
}
