// Shapes of what Jalons stores on the device, validated with zod/mini whenever read back,
// because IndexedDB can hold anything: an older version's rows, a damaged import, a bug.
import * as z from 'zod/mini';

/** An answer to a personalising question: yes/no, an option id or an ISO calendar date. */
export const answerSchema = z.union([z.boolean(), z.string()]);

/** A journey the person follows: one life moment with their answers. */
export const journeySchema = z.object({
  id: z.string(),
  momentId: z.string(),
  answers: z.record(z.string(), answerSchema),
  status: z.enum(['active', 'paused', 'done']),
  /** Signals noted by a France Services adviser that call for the accompanied route. */
  signals: z.optional(z.array(z.string())),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Where a person stands on one step of one journey. */
export const progressSchema = z.object({
  journeyId: z.string(),
  stepId: z.string(),
  done: z.boolean(),
  notConcerned: z.boolean(),
  /** Ids of ticked actions ("action:<id>"); documents are ticked once for all journeys (documentSchema). */
  ticks: z.array(z.string()),
  /** The person's own note (appointment, file number, who they spoke to); since schema v2. */
  note: z.optional(z.string()),
  updatedAt: z.string(),
});

/** A document the person has, ticked once and shown ticked in every journey (since schema v2). */
export const documentSchema = z.object({
  id: z.string(),
  have: z.boolean(),
  updatedAt: z.string(),
});

/** One anonymous answer to the end-of-session questions: no name, no journey, only the day. */
export const feedbackSchema = z.object({
  id: z.optional(z.number()),
  date: z.string(),
  momentId: z.string(),
  lang: z.string(),
  satisfaction: z.enum(['good', 'medium', 'bad']),
  simple: z.enum(['yes', 'no']),
});

/** The person's preferences, one row per key. */
export const settingsSchema = z.object({
  language: z.optional(z.string()),
  simple: z.optional(z.boolean()),
  offlineNoticeSeen: z.optional(z.boolean()),
  /** 'system' follows the device; 'light' and 'dark' override it. */
  theme: z.optional(z.enum(['system', 'light', 'dark'])),
  /** Text size as a percentage of the browser's default. */
  textSize: z.optional(z.union([z.literal(100), z.literal(125), z.literal(150)])),
  installPromptDismissed: z.optional(z.boolean()),
});

export type Answer = z.infer<typeof answerSchema>;
export type Journey = z.infer<typeof journeySchema>;
export type StepProgress = z.infer<typeof progressSchema>;
export type OwnedDocument = z.infer<typeof documentSchema>;
export type Feedback = z.infer<typeof feedbackSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

/** Rows of a table that pass their schema; invalid rows are skipped, never crash a screen. */
export function validRows<T>(schema: z.ZodMiniType<T>, rows: unknown[]): T[] {
  const out: T[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
    else console.warn('Jalons: ignored an invalid stored row', parsed.error);
  }
  return out;
}
