// Backups: everything Jalons keeps, as one versioned JSON file the person saves where they want,
// read back with strict validation and a preview of what a merge or a replacement would change.
import * as z from 'zod/mini';

/** Backup file format version (not the database schema version, which it also records). */
export const backupFormat = 1;

/** Largest backup file read (a year of journeys is a few hundred kilobytes). */
export const maxBackupBytes = 5 * 1024 * 1024;

const text = (max: number) => z.string().check(z.maxLength(max));
const key = z.string().check(z.regex(/^[a-zA-Z0-9_:.-]{1,80}$/));

const journey = z.strictObject({
  id: key,
  momentId: key,
  answers: z.record(key, z.union([z.boolean(), text(40)])),
  status: z.enum(['active', 'paused', 'done']),
  signals: z.optional(z.array(key).check(z.maxLength(20))),
  createdAt: text(40),
  updatedAt: text(40),
});
const progress = z.strictObject({
  journeyId: key,
  stepId: key,
  done: z.boolean(),
  notConcerned: z.boolean(),
  ticks: z.array(key).check(z.maxLength(100)),
  note: z.optional(text(5000)),
  updatedAt: text(40),
});
const ownedDocument = z.strictObject({ id: key, have: z.boolean(), updatedAt: text(40) });
const setting = z.strictObject({ key, value: z.union([z.string().check(z.maxLength(100)), z.boolean(), z.number()]) });

/** The backup file. */
export const backupSchema = z.strictObject({
  app: z.literal('jalons'),
  format: z.literal(backupFormat),
  appVersion: text(40),
  schemaVersion: z.number().check(z.int(), z.gte(1), z.lte(1000)),
  exportedAt: text(40),
  journeys: z.array(journey).check(z.maxLength(500)),
  progress: z.array(progress).check(z.maxLength(20000)),
  documents: z.array(ownedDocument).check(z.maxLength(1000)),
  settings: z.array(setting).check(z.maxLength(50)),
});

/** A valid backup. */
export type Backup = z.infer<typeof backupSchema>;

/** Why a file was refused. */
export type BackupError = 'tooLarge' | 'notJson' | 'notJalons' | 'newerVersion' | 'invalid';

/** Parses a file's text into a backup; never throws. */
export function parseBackup(
  raw: string,
  currentSchema: number,
): { ok: true; backup: Backup } | { ok: false; error: BackupError } {
  if (raw.length > maxBackupBytes) return { ok: false, error: 'tooLarge' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'notJson' };
  }
  const head = data as { app?: unknown; format?: unknown; schemaVersion?: unknown } | null;
  if (!head || typeof head !== 'object' || head.app !== 'jalons') return { ok: false, error: 'notJalons' };
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > currentSchema)
    return { ok: false, error: 'newerVersion' };
  if (head.format !== backupFormat) return { ok: false, error: 'newerVersion' };
  const parsed = backupSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  // Progress must belong to a journey of the same file.
  const ids = new Set(parsed.data.journeys.map((j) => j.id));
  if (parsed.data.progress.some((p) => !ids.has(p.journeyId))) return { ok: false, error: 'invalid' };
  return { ok: true, backup: parsed.data };
}

/** How the file is applied: added to what is on the device, or instead of it. */
export type ImportMode = 'merge' | 'replace';

/** What an import would change, for the preview. */
export interface ImportPreview {
  added: number;
  updated: number;
  removed: number;
  kept: number;
}

/** Journeys added, updated (newer in the file), removed (replace only) and kept. */
export function previewImport(
  current: readonly { id: string; updatedAt: string }[],
  backup: Backup,
  mode: ImportMode,
): ImportPreview {
  const mine = new Map(current.map((j) => [j.id, j.updatedAt]));
  const theirs = new Set(backup.journeys.map((j) => j.id));
  let added = 0;
  let updated = 0;
  for (const j of backup.journeys) {
    const at = mine.get(j.id);
    if (at === undefined) added++;
    else if (mode === 'replace' || j.updatedAt > at) updated++;
  }
  const removed = mode === 'replace' ? current.filter((j) => !theirs.has(j.id)).length : 0;
  return { added, updated, removed, kept: current.length - removed - updated };
}
