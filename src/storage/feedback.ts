// Anonymous end-of-session feedback on a shared computer, for the France Services structure's reporting.
import { openDb } from './db';
import { feedbackSchema, validRows, type Feedback } from './records';

/** Records one answer. */
export async function addFeedback(entry: Omit<Feedback, 'id'>): Promise<void> {
  const { db } = await openDb();
  await db.feedback.add(feedbackSchema.parse(entry));
}

/** Every answer recorded on this computer. */
export async function listFeedback(): Promise<Feedback[]> {
  const { db } = await openDb();
  return validRows(feedbackSchema, await db.feedback.toArray());
}
