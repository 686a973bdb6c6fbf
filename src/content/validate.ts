// Checks all content for the people who maintain it: schemas, cross-references, sources and texts
// in every shipped locale (plain and simplified). Pure: callers pass the locale texts in, so the same
// checks run at build time (vite plugin), in tests and in `npm run content:check`.
import type { Condition, Moment } from './schema';
import { referencedAnswers } from '../domain/conditions';
import { bodySchema, documentSchema, momentSchema } from './schema';
import type { Body, DocumentEntry } from './schema';

/** Official domains a step may cite (and their subdomains). */
export const allowedSourceDomains = [
  'service-public.fr',
  'caf.fr',
  'ameli.fr',
  'lassuranceretraite.fr',
  'info-retraite.fr',
  'urssaf.fr',
  'msa.fr',
  'francetravail.fr',
  'impots.gouv.fr',
  'legifrance.gouv.fr',
  'agirc-arrco.fr',
  'mdph.fr',
  'monparcourshandicap.gouv.fr',
  'pour-les-personnes-agees.gouv.fr',
  'interieur.gouv.fr',
  'ofii.fr',
  'arretonslesviolences.gouv.fr',
  'mesdroitssociaux.gouv.fr',
];

/** Whether a body's website is an official one: a State site (.gouv.fr) or an allow-listed body. */
export function isOfficialHost(host: string): boolean {
  const official = [...allowedSourceDomains, 'justice.fr', 'defenseurdesdroits.fr'];
  return host.endsWith('.gouv.fr') || official.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Ids of every life moment Jalons lists, written or not yet. */
export const knownMomentIds = [
  'child',
  'separation',
  'selfEmployed',
  'leavingCare',
  'retirement',
  'bereavement',
  'carer',
  'settling',
  'domesticViolence',
  'jobLoss',
];

/** Flattened texts: `texts[lang][namespace]["a.b.c"] = "…"`. */
export type LocaleTexts = Record<string, Record<string, Record<string, string>>>;

/** Everything the checker looks at. */
export interface ContentInput {
  moments: Moment[];
  bodies: Body[];
  documents: DocumentEntry[];
  texts: LocaleTexts;
  /** Today's date; sources checked more than 12 months before are reported. */
  today: string;
}

/** Nested locale JSON flattened to dotted keys. */
export function flatten(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  if (!value || typeof value !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [key, child] of Object.entries(value))
    Object.assign(out, flatten(child, prefix ? `${prefix}.${key}` : key));
  return out;
}

function checkSource(url: string, checked: string, today: string): string[] {
  const errors: string[] = [];
  const host = new URL(url).hostname;
  if (!allowedSourceDomains.some((d) => host === d || host.endsWith(`.${d}`)))
    errors.push(`source ${url} is not on an allow-listed official domain`);
  const age = (Date.parse(today) - Date.parse(checked)) / 86_400_000;
  if (age < 0) errors.push(`source ${url} is checked in the future (${checked})`);
  if (age > 366) errors.push(`source ${url} was checked more than 12 months ago (${checked})`);
  return errors;
}

/** Text keys a moment needs (each also needs its `_simple` sibling). */
export function requiredMomentKeys(moment: Moment): string[] {
  const keys = ['title', 'summary', 'start', 'end', 'next', 'attentionne'];
  for (const q of moment.questions) {
    keys.push(`questions.${q.id}.label`, `questions.${q.id}.why`);
    for (const o of q.options ?? []) keys.push(`questions.${q.id}.options.${o}`);
  }
  for (const p of moment.phases) keys.push(`phases.${p}.title`);
  for (const s of moment.steps) {
    const base = `steps.${s.id}`;
    keys.push(...['title', 'what', 'why', 'online', 'accompanied'].map((k) => `${base}.${k}`));
    if (s.deadline) keys.push(`${base}.consequence`, `${base}.duration`);
    for (const a of s.actions) keys.push(`${base}.actions.${a}`);
  }
  return keys;
}

/** Adviser notes a moment needs in the `advice` namespace: what to look for at each question (each with `_simple`). */
export function requiredAdviceKeys(moment: Moment): string[] {
  return moment.questions.map((q) => `${moment.id}.${q.id}.lookFor`);
}

/** What every life moment must have at least (issue: a full journey, not a sketch). */
export const momentMinimums = { steps: 8, phases: 3, questions: 3 };

function checkMoment(moment: Moment, input: ContentInput): string[] {
  const errors: string[] = [];
  const where = (what: string) => `${moment.id}: ${what}`;
  const usedPhases = new Set(moment.steps.map((s) => s.phase)).size;
  const personalising = moment.questions.filter((q) => q.kind !== 'date').length;
  if (moment.steps.length < momentMinimums.steps)
    errors.push(where(`has ${moment.steps.length} steps (minimum ${momentMinimums.steps})`));
  if (usedPhases < momentMinimums.phases)
    errors.push(where(`uses ${usedPhases} phases (minimum ${momentMinimums.phases})`));
  if (personalising < momentMinimums.questions)
    errors.push(where(`has ${personalising} personalising questions (minimum ${momentMinimums.questions})`));
  const accompanied = new Set(referencedAnswers(moment.attentionne).map((c) => c.answer));
  if (!moment.steps.some((s) => referencedAnswers(s.when).some((c) => accompanied.has(c.answer))))
    errors.push(where('has no step for its accompanied ("attentionné") version'));
  const questions = new Map(moment.questions.map((q) => [q.id, q]));
  const bodyIds = new Set(input.bodies.map((b) => b.id));
  const documentIds = new Set(input.documents.map((d) => d.id));
  const seen = new Set<string>();
  const checkCondition = (c: Condition | undefined, context: string, before?: string[]) => {
    for (const { answer, values } of referencedAnswers(c)) {
      const q = questions.get(answer);
      if (!q) errors.push(where(`${context} refers to unknown question "${answer}"`));
      else if (before && !before.includes(answer))
        errors.push(where(`${context} refers to a later question "${answer}"`));
      else
        for (const v of values) {
          const ok =
            q.kind === 'yesno' ? typeof v === 'boolean' : q.kind === 'choice' ? q.options?.includes(String(v)) : false;
          if (!ok) errors.push(where(`${context} compares "${answer}" with an impossible value ${JSON.stringify(v)}`));
        }
    }
  };
  moment.questions.forEach((q, i) => {
    if (seen.has(q.id)) errors.push(where(`question "${q.id}" is defined twice`));
    seen.add(q.id);
    if (q.kind === 'choice' && !q.options) errors.push(where(`choice question "${q.id}" has no options`));
    checkCondition(
      q.when,
      `question "${q.id}"`,
      moment.questions.slice(0, i).map((p) => p.id),
    );
  });
  for (const a of moment.anchors)
    if (questions.get(a)?.kind !== 'date') errors.push(where(`anchor "${a}" is not a date question`));
  checkCondition(moment.attentionne, 'attentionne');
  const stepIds = new Set<string>();
  for (const s of moment.steps) {
    if (stepIds.has(s.id)) errors.push(where(`step "${s.id}" is defined twice`));
    stepIds.add(s.id);
    if (!moment.phases.includes(s.phase)) errors.push(where(`step "${s.id}" has unknown phase "${s.phase}"`));
    if (!bodyIds.has(s.body)) errors.push(where(`step "${s.id}" has unknown body "${s.body}"`));
    for (const d of s.documents)
      if (!documentIds.has(d)) errors.push(where(`step "${s.id}" has unknown document "${d}"`));
    if (new Set(s.documents).size !== s.documents.length) errors.push(where(`step "${s.id}" lists a document twice`));
    checkCondition(s.when, `step "${s.id}"`);
    for (const src of s.sources)
      errors.push(...checkSource(src.url, src.checked, input.today).map((e) => where(`step "${s.id}": ${e}`)));
  }
  return errors;
}

function checkTexts(input: ContentInput): string[] {
  const errors: string[] = [];
  const need = (lang: string, ns: string, key: string) => {
    const texts = input.texts[lang]?.[ns] ?? {};
    for (const k of [key, `${key}_simple`]) if (!texts[k]?.trim()) errors.push(`${lang}/${ns}: missing text "${k}"`);
  };
  for (const lang of Object.keys(input.texts)) {
    for (const m of input.moments) for (const key of requiredMomentKeys(m)) need(lang, m.id, key);
    const advice = new Set(input.moments.flatMap(requiredAdviceKeys));
    for (const key of advice) need(lang, 'advice', key);
    // A note left behind by a renamed or removed question would never be shown: report it.
    for (const key of Object.keys(input.texts[lang]?.advice ?? {}))
      if (!advice.has(key.replace(/_simple$/, ''))) errors.push(`${lang}/advice: note "${key}" matches no question`);
    for (const b of input.bodies) need(lang, 'catalog', `bodies.${b.id}.name`);
    for (const d of input.documents) need(lang, 'catalog', `documents.${d.id}.name`);
  }
  return errors;
}

/** Sentences of a text: split after . ! ? … followed by a space or the end. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Words of a sentence (tokens holding a letter or digit; « l'enfant » counts as one). */
export function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Average words per sentence over texts, or 0 for none. */
export function averageSentenceLength(texts: string[]): number {
  const all = texts.flatMap(sentences);
  if (all.length === 0) return 0;
  return all.reduce((n, s) => n + words(s).length, 0) / all.length;
}

/** Highest average sentence length allowed in simplified texts (words). */
export const maxSimpleSentenceLength = 12;

/** Languages whose simplified texts are measured (a word count means little in some scripts). */
export const readabilityLanguages = ['fr', 'en'];

function checkReadability(input: ContentInput): string[] {
  const errors: string[] = [];
  for (const lang of readabilityLanguages) {
    for (const m of input.moments) {
      const own = Object.entries(input.texts[lang]?.[m.id] ?? {});
      const notes = Object.entries(input.texts[lang]?.advice ?? {}).filter(([key]) => key.startsWith(`${m.id}.`));
      const texts = [...own, ...notes].filter(([key]) => key.endsWith('_simple')).map(([, text]) => text);
      const average = averageSentenceLength(texts);
      if (average > maxSimpleSentenceLength)
        errors.push(
          `${lang}/${m.id}: simplified texts average ${average.toFixed(1)} words per sentence (max ${maxSimpleSentenceLength})`,
        );
    }
  }
  return errors;
}

/** Every problem found in the content, as sentences an editor can act on; empty when all is well. */
export function validateContent(input: ContentInput): string[] {
  const errors: string[] = [];
  for (const m of input.moments) {
    const parsed = momentSchema.safeParse(m);
    if (!parsed.success) errors.push(...parsed.error.issues.map((i) => `${m.id}: ${i.path.join('.')}: ${i.message}`));
    else errors.push(...checkMoment(m, input));
  }
  for (const b of input.bodies)
    if (!bodySchema.safeParse(b).success) errors.push(`body "${b.id}" does not match the schema`);
  for (const d of input.documents)
    if (!documentSchema.safeParse(d).success) errors.push(`document "${d.id}" does not match the schema`);
  for (const list of [input.bodies, input.documents]) {
    const ids = list.map((x) => x.id);
    for (const id of ids.filter((id, i) => ids.indexOf(id) !== i))
      errors.push(`"${id}" is defined twice in a shared catalogue`);
  }
  for (const m of input.moments)
    for (const r of m.related ?? [])
      if (!input.moments.some((x) => x.id === r) && !knownMomentIds.includes(r))
        errors.push(`${m.id}: related moment "${r}" does not exist`);
  return [...errors, ...checkTexts(input), ...checkReadability(input)];
}
