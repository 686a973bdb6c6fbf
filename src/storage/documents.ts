// Documents the person has: one tick per document for all journeys, so "I have it" in one place
// shows everywhere.
import { openDb } from './db';
import { documentSchema, validRows } from './records';

/** Ids of the documents the person has ticked as owned. */
export async function ownedDocuments(): Promise<Set<string>> {
  const { db } = await openDb();
  const rows = validRows(documentSchema, await db.documents.toArray());
  return new Set(rows.filter((r) => r.have).map((r) => r.id));
}

/** Records that the person has (or no longer has) a document. */
export async function setOwned(id: string, have: boolean): Promise<void> {
  const { db } = await openDb();
  await db.documents.put({ id, have, updatedAt: new Date().toISOString() });
}
