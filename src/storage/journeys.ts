// Journeys and step progress on the device: creating a journey, saving answers, ticking items.
// Every write is one small transaction, so a reload or a closed tab never loses a tick.
import { dbFor, hasSessionDb, openDb, openSessionDb, sessionPrefix } from './db';
import { requestPersistence } from './settings';
import { journeySchema, progressSchema, validRows, type Answer, type Journey, type StepProgress } from './records';

const now = () => new Date().toISOString();

/**
 * Creates a journey for a life moment with the person's answers; returns its id. With
 * `keep: false` it lives only in this tab's memory and nothing is written to the device.
 */
export async function createJourney(
  momentId: string,
  answers: Record<string, Answer>,
  options: { keep?: boolean; signals?: string[] } = {},
): Promise<string> {
  const keep = options.keep ?? true;
  const id = `${keep ? '' : sessionPrefix}${crypto.randomUUID()}`;
  const db = await dbFor(id);
  const at = now();
  const signals = options.signals?.length ? { signals: options.signals } : {};
  await db.journeys.add({ id, momentId, answers, status: 'active', createdAt: at, updatedAt: at, ...signals });
  if (keep) void requestPersistence();
  return id;
}

/** One journey, validated, or undefined when missing or damaged. */
export async function getJourney(id: string): Promise<Journey | undefined> {
  const db = await dbFor(id);
  return validRows(journeySchema, [await db.journeys.get(id)].filter(Boolean))[0];
}

/** Every journey, most recently updated first. */
export async function listJourneys(): Promise<Journey[]> {
  const { db } = await openDb();
  const rows = await db.journeys.orderBy('updatedAt').reverse().toArray();
  const session = hasSessionDb() ? await (await openSessionDb()).journeys.toArray() : [];
  return validRows(journeySchema, [...session, ...rows]);
}

/** Replaces the answers of a journey. Progress is stored per step, so ticks survive the change. */
export async function saveAnswers(id: string, answers: Record<string, Answer>): Promise<void> {
  const db = await dbFor(id);
  await db.journeys.update(id, { answers, updatedAt: now() });
}

/** Progress rows of a journey, by step id. */
export async function progressOf(journeyId: string): Promise<Record<string, StepProgress>> {
  const db = await dbFor(journeyId);
  const rows = validRows(progressSchema, await db.progress.where('journeyId').equals(journeyId).toArray());
  return Object.fromEntries(rows.map((row) => [row.stepId, row]));
}

async function updateProgress(journeyId: string, stepId: string, change: (row: StepProgress) => StepProgress) {
  const db = await dbFor(journeyId);
  await db.transaction('rw', db.progress, db.journeys, async () => {
    const stored = progressSchema.safeParse(await db.progress.get([journeyId, stepId]));
    const row = stored.success
      ? stored.data
      : { journeyId, stepId, done: false, notConcerned: false, ticks: [], updatedAt: now() };
    await db.progress.put({ ...change(row), updatedAt: now() });
    await db.journeys.update(journeyId, { updatedAt: now() });
  });
}

/** Ticks or unticks one action ("action:<id>") of a step. */
export function setTick(journeyId: string, stepId: string, item: string, ticked: boolean): Promise<void> {
  return updateProgress(journeyId, stepId, (row) => {
    const ticks = new Set(row.ticks);
    if (ticked) ticks.add(item);
    else ticks.delete(item);
    return { ...row, ticks: [...ticks] };
  });
}

/** Saves the person's note on a step (empty text removes it). */
export function setNote(journeyId: string, stepId: string, note: string): Promise<void> {
  return updateProgress(journeyId, stepId, (row) => ({ ...row, note: note.trim() ? note : undefined }));
}

/** Saves the adviser's signals on a journey. */
export async function setSignals(id: string, signals: string[]): Promise<void> {
  const db = await dbFor(id);
  await db.journeys.update(id, { signals, updatedAt: now() });
}

/** Pauses, resumes or finishes a journey. */
export async function setStatus(id: string, status: Journey['status']): Promise<void> {
  const db = await dbFor(id);
  await db.journeys.update(id, { status, updatedAt: now() });
}

/** A deleted journey with its progress, kept in memory so the deletion can be undone. */
export interface DeletedJourney {
  journey: Journey;
  progress: StepProgress[];
}

/** Deletes a journey and its progress in one transaction; returns what is needed to undo it. */
export async function deleteJourney(id: string): Promise<DeletedJourney | undefined> {
  const db = await dbFor(id);
  return db.transaction('rw', db.journeys, db.progress, async () => {
    const journey = validRows(journeySchema, [await db.journeys.get(id)].filter(Boolean))[0];
    if (!journey) return undefined;
    const progress = validRows(progressSchema, await db.progress.where('journeyId').equals(id).toArray());
    await db.progress.where('journeyId').equals(id).delete();
    await db.journeys.delete(id);
    return { journey, progress };
  });
}

/** Puts back a deleted journey exactly as it was. */
export async function restoreJourney(deleted: DeletedJourney): Promise<void> {
  const db = await dbFor(deleted.journey.id);
  await db.transaction('rw', db.journeys, db.progress, async () => {
    await db.journeys.put(deleted.journey);
    await db.progress.bulkPut(deleted.progress);
  });
}

/** Marks a step done or not done. */
export function setDone(journeyId: string, stepId: string, done: boolean): Promise<void> {
  return updateProgress(journeyId, stepId, (row) => ({ ...row, done, notConcerned: done ? false : row.notConcerned }));
}

/** Marks a step as not concerning the person, or concerning them again. */
export function setNotConcerned(journeyId: string, stepId: string, notConcerned: boolean): Promise<void> {
  return updateProgress(journeyId, stepId, (row) => ({ ...row, notConcerned, done: notConcerned ? false : row.done }));
}

/** What an imported journey brings: answers, ticked actions and done steps, notes, signals. */
export interface ImportedJourney {
  momentId: string;
  answers: Record<string, Answer>;
  ticks: Record<string, string[]>;
  done: string[];
  notes: Record<string, string>;
  signals: string[];
}

/** Creates a journey on the device from a hand-off, in one transaction; returns its id. */
export async function importJourney(data: ImportedJourney): Promise<string> {
  const { db } = await openDb();
  const id = crypto.randomUUID();
  const at = now();
  const steps = new Set([...Object.keys(data.ticks), ...data.done, ...Object.keys(data.notes)]);
  await db.transaction('rw', db.journeys, db.progress, async () => {
    await db.journeys.add({
      id,
      momentId: data.momentId,
      answers: data.answers,
      signals: data.signals,
      status: 'active',
      createdAt: at,
      updatedAt: at,
    });
    await db.progress.bulkAdd(
      [...steps].map((stepId) => ({
        journeyId: id,
        stepId,
        done: data.done.includes(stepId),
        notConcerned: false,
        ticks: (data.ticks[stepId] ?? []).map((a) => `action:${a}`),
        note: data.notes[stepId],
        updatedAt: at,
      })),
    );
  });
  void requestPersistence();
  return id;
}
