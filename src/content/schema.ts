// Zod schemas of the content model: life moments, questions, steps, bodies and documents.
// Content is plain data; these schemas validate it at build time (vite plugin) and in tests,
// never in the browser, so full zod is fine here.
import { z } from 'zod';

const id = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'ids are camelCase ASCII, used inside i18n keys');

/** A condition over answers, as data: never a code string. */
export type Condition =
  | { answer: string; is: string | boolean }
  | { answer: string; in: string[] }
  | { answer: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** Zod schema of a Condition (recursive). */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ answer: id, is: z.union([z.string(), z.boolean()]) }),
    z.strictObject({ answer: id, in: z.array(z.string()).min(1) }),
    z.strictObject({ answer: id, answered: z.boolean() }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

/** A question asked to personalise a journey; its texts live under `<moment>.questions.<id>.*`. */
export const questionSchema = z.strictObject({
  id,
  kind: z.enum(['yesno', 'choice', 'date']),
  options: z.array(id).min(2).optional(),
  when: conditionSchema.optional(),
  /** The person may skip it ("Je ne sais pas"); a skipped anchor date leaves the steps undated. */
  optional: z.boolean().optional(),
});

/** An offset from the anchor date; negative amounts are before it. */
export const offsetSchema = z.strictObject({
  amount: z.number().int(),
  unit: z.enum(['day', 'week', 'month']),
});

/** When a step happens, relative to the journey's anchor date. */
export const timingSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('asap') }),
  z.strictObject({
    kind: z.literal('window'),
    from: offsetSchema.optional(),
    to: offsetSchema.optional(),
  }),
]);

/** How a step can be done. */
export const channelSchema = z.enum(['online', 'phone', 'inPerson', 'post', 'franceServices']);

/** An official source and the day its facts were checked. */
export const sourceSchema = z.strictObject({
  url: z.url({ protocol: /^https$/ }),
  checked: z.iso.date(),
});

/** A step of a journey; its texts live under `<moment>.steps.<id>.*`. */
export const stepSchema = z.strictObject({
  id,
  phase: id,
  body: id,
  timing: timingSchema,
  /** True when the end of the window is a real deadline (texts: consequence, duration). */
  deadline: z.boolean(),
  when: conditionSchema.optional(),
  channels: z.array(channelSchema).min(1),
  actions: z.array(id).min(1),
  documents: z.array(id),
  sources: z.array(sourceSchema).min(1),
});

/** A life moment: the anchor, its questions, phases and steps. */
export const momentSchema = z.strictObject({
  id,
  icon: z.string().min(1),
  /** Date questions giving the anchor, in order of preference: the first one answered wins. */
  anchors: z.array(id).min(1),
  questions: z.array(questionSchema).min(1),
  phases: z.array(id).min(1),
  steps: z.array(stepSchema).min(1),
  /** When the accompanied ("attentionné") version applies: human help is offered first. */
  attentionne: conditionSchema,
  /** Other moments often lived at the same time, offered from the timeline (e.g. separation → violence). */
  related: z.array(id).optional(),
  /**
   * A moment whose screens must be safe to leave at once (violence): a "Quitter rapidement" control,
   * and the person chooses whether the journey is kept on the device at all.
   */
  sensitive: z.boolean().optional(),
});

/** A public body from the shared directory; texts under `bodies.<id>.*`. */
export const bodySchema = z.strictObject({
  id,
  website: z.url({ protocol: /^https$/ }).optional(),
  phone: z.string().optional(),
  franceServices: z.boolean(),
});

/** A document from the shared catalogue; texts under `documents.<id>.*`. */
export const documentSchema = z.strictObject({ id });

export type Question = z.infer<typeof questionSchema>;
export type Offset = z.infer<typeof offsetSchema>;
export type Timing = z.infer<typeof timingSchema>;
export type Channel = z.infer<typeof channelSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Moment = z.infer<typeof momentSchema>;
export type Body = z.infer<typeof bodySchema>;
export type DocumentEntry = z.infer<typeof documentSchema>;
