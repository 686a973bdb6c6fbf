// SCRATCH (to delete): checks the « child » moment, bodies, documents and their locale texts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodySchema, documentSchema, momentSchema, type Condition } from '../../src/content/schema';
import { bodies } from '../../src/content/bodies';
import { documents } from '../../src/content/documents';
import { child } from '../../src/content/moments/child';

const dir = join(import.meta.dirname, '../../locales');
const read = (lang: string, ns: string) => JSON.parse(readFileSync(join(dir, lang, `${ns}.json`), 'utf8'));
const flatten = (v: unknown, p = ''): Record<string, string> => {
  if (typeof v === 'string') return { [p]: v };
  return Object.entries(v as object).reduce(
    (o, [k, c]) => Object.assign(o, flatten(c, p ? `${p}.${k}` : k)),
    {} as Record<string, string>,
  );
};
const langs = ['fr', 'en'];
const momentIds = [
  'child', 'separation', 'selfEmployed', 'leavingCare', 'retirement',
  'bereavement', 'carer', 'settling', 'domesticViolence', 'jobLoss',
];

function answersIn(c: Condition): string[] {
  if ('all' in c) return c.all.flatMap(answersIn);
  if ('any' in c) return c.any.flatMap(answersIn);
  if ('not' in c) return answersIn(c.not);
  return [c.answer];
}

describe('child content', () => {
  it('parses with the schemas', () => {
    momentSchema.parse(child);
    bodies.forEach((b) => bodySchema.parse(b));
    documents.forEach((d) => documentSchema.parse(d));
  });

  it('has unique ids and valid references', () => {
    const uniq = (a: string[]) => expect(new Set(a).size).toBe(a.length);
    uniq(bodies.map((b) => b.id));
    uniq(documents.map((d) => d.id));
    uniq(child.steps.map((s) => s.id));
    uniq(child.questions.map((q) => q.id));
    const bodyIds = new Set(bodies.map((b) => b.id));
    const docIds = new Set(documents.map((d) => d.id));
    const qIds = child.questions.map((q) => q.id);
    for (const a of child.anchors) expect(child.questions.find((q) => q.id === a)?.kind).toBe('date');
    child.questions.forEach((q, i) => {
      if (q.when) for (const a of answersIn(q.when)) expect(qIds.slice(0, i), `${q.id} → ${a}`).toContain(a);
      if (q.kind === 'choice') expect(q.options?.length).toBeGreaterThan(1);
    });
    for (const c of [child.attentionne, ...child.steps.flatMap((s) => (s.when ? [s.when] : []))])
      for (const a of answersIn(c)) expect(qIds).toContain(a);
    let lastPhase = 0;
    for (const s of child.steps) {
      expect(bodyIds, s.id).toContain(s.body);
      expect(child.phases, s.id).toContain(s.phase);
      const p = child.phases.indexOf(s.phase);
      expect(p, `phase order at ${s.id}`).toBeGreaterThanOrEqual(lastPhase);
      lastPhase = p;
      for (const d of s.documents) expect(docIds, `${s.id}/${d}`).toContain(d);
      expect(new Set(s.actions).size).toBe(s.actions.length);
      for (const src of s.sources) {
        expect(src.checked).toBe('2026-11-23');
        expect(src.url).toMatch(
          /^https:\/\/([a-z-]+\.)*(service-public\.fr|ameli\.fr|caf\.fr|msa\.fr|urssaf\.fr|impots\.gouv\.fr|francetravail\.fr)(\/|$)/,
        );
      }
      expect(s.sources.length).toBeLessThanOrEqual(3);
    }
  });

  it('fr and en have identical key sets, every key has a _simple sibling, no interpolation', () => {
    for (const ns of ['child', 'catalog']) {
      const fr = flatten(read('fr', ns));
      const en = flatten(read('en', ns));
      expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
      for (const [lang, texts] of [['fr', fr], ['en', en]] as const) {
        for (const [k, v] of Object.entries(texts)) {
          expect(v.trim(), `${lang}:${k}`).not.toBe('');
          expect(v, `${lang}:${k}`).not.toMatch(/{{|\$t\(/);
          const last = k.split('.').pop()!;
          if (last.endsWith('_simple')) expect(texts, `${lang}:${k} base`).toHaveProperty([k.slice(0, -7)]);
          else expect(Object.keys(texts), `${lang}:${k} simple`).toContain(`${k}_simple`);
        }
      }
    }
  });

  it('has every text the model needs', () => {
    for (const lang of langs) {
      const t = read(lang, 'child');
      for (const k of ['title', 'summary', 'start', 'end', 'next', 'attentionne']) expect(t[k], k).toBeTruthy();
      expect(Object.keys(t.questions).sort()).toEqual(child.questions.map((q) => q.id).sort());
      for (const q of child.questions) {
        expect(t.questions[q.id].label).toBeTruthy();
        expect(t.questions[q.id].why).toBeTruthy();
        if (q.options) {
          expect(Object.keys(t.questions[q.id].options).filter((k) => !k.endsWith('_simple')).sort()).toEqual(
            [...q.options].sort(),
          );
        } else expect(t.questions[q.id].options).toBeUndefined();
      }
      expect(Object.keys(t.phases).sort()).toEqual([...child.phases].sort());
      expect(Object.keys(t.steps).sort()).toEqual(child.steps.map((s) => s.id).sort());
      for (const s of child.steps) {
        const st = t.steps[s.id];
        for (const k of ['title', 'what', 'why', 'online', 'accompanied']) expect(st[k], `${lang} ${s.id}.${k}`).toBeTruthy();
        for (const k of ['consequence', 'duration'])
          expect(Boolean(st[k]), `${lang} ${s.id}.${k} iff deadline`).toBe(s.deadline);
        expect(Object.keys(st.actions).filter((k) => !k.endsWith('_simple')).sort()).toEqual([...s.actions].sort());
      }
      const c = read(lang, 'catalog');
      expect(Object.keys(c.bodies).sort()).toEqual(bodies.map((b) => b.id).sort());
      for (const b of bodies) {
        expect(c.bodies[b.id].name).toBeTruthy();
        expect(c.bodies[b.id].inPerson).toBeTruthy();
        expect(Boolean(c.bodies[b.id].phoneHours), `${b.id} phone`).toBe(Boolean(b.phone));
      }
      expect(Object.keys(c.documents).sort()).toEqual(documents.map((d) => d.id).sort());
      for (const d of documents) expect(c.documents[d.id].name).toBeTruthy();
      expect(Object.keys(c.moments).sort()).toEqual([...momentIds].sort());
    }
  });

  it('simple texts: short sentences, explained acronyms', () => {
    const problems: string[] = [];
    for (const lang of langs) {
      for (const ns of ['child', 'catalog']) {
        for (const [k, v] of Object.entries(flatten(read(lang, ns)))) {
          if (!k.endsWith('_simple')) continue;
          const sentences = v.split(/(?<=[.!?…])\s+/).filter((s) => s.trim());
          const counts = sentences.map((s) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
          const max = Math.max(...counts);
          const avg = counts.reduce((a, b) => a + b, 0) / counts.length;
          if (max > 12) problems.push(`${lang}/${ns}:${k} sentence of ${max} words`);
          if (avg > 10) problems.push(`${lang}/${ns}:${k} average ${avg.toFixed(1)}`);
          const seen = new Set<string>();
          for (const m of v.matchAll(/\b([A-Z]{2,})\b(\s\()?/g)) {
            const acr = m[1]!;
            if (seen.has(acr)) continue;
            seen.add(acr);
            if (!m[2]) problems.push(`${lang}/${ns}:${k} unexplained ${acr}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('no English words left in French texts (rough check)', () => {
    const fr = { ...flatten(read('fr', 'child')), ...flatten(read('fr', 'catalog')) };
    const bad = Object.entries(fr).filter(([, v]) => /\b(the|and|with|your|online|email|the)\b/i.test(v));
    expect(bad).toEqual([]);
  });
});
