// The content checker: the shipped content passes, and each kind of mistake is caught.
import { describe, expect, it } from 'vitest';
import type { Moment } from '../../src/content/schema';
import { validateContent } from '../../src/content/validate';
import { shippedContent } from './texts';

describe('shipped content', () => {
  it('passes every check in every shipped locale', () => {
    expect(validateContent(shippedContent())).toEqual([]);
  });
});

describe('the checker catches', () => {
  const input = shippedContent();
  const child = input.moments[0] as Moment;
  const withStep = (change: Partial<Moment['steps'][number]>) => ({
    ...input,
    moments: [{ ...child, steps: [{ ...child.steps[0]!, ...change }, ...child.steps.slice(1)] }],
  });

  it('an unknown body, document or phase', () => {
    const errors = validateContent(withStep({ body: 'nowhere', documents: ['ghostPaper'], phase: 'limbo' }));
    expect(errors.join('\n')).toMatch(/unknown body "nowhere"/);
    expect(errors.join('\n')).toMatch(/unknown document "ghostPaper"/);
    expect(errors.join('\n')).toMatch(/unknown phase "limbo"/);
  });

  it('a condition on an unknown question or with an impossible value', () => {
    const errors = validateContent(
      withStep({
        when: {
          any: [
            { answer: 'ghost', is: true },
            { answer: 'situation', is: 'twins' },
          ],
        },
      }),
    );
    expect(errors.join('\n')).toMatch(/unknown question "ghost"/);
    expect(errors.join('\n')).toMatch(/impossible value "twins"/);
  });

  it('a source outside the official domains, or checked too long ago', () => {
    const errors = validateContent(withStep({ sources: [{ url: 'https://example.com/aide', checked: '2024-01-01' }] }));
    expect(errors.join('\n')).toMatch(/not on an allow-listed official domain/);
    expect(errors.join('\n')).toMatch(/more than 12 months ago/);
  });

  it('a missing simplified text', () => {
    const texts = structuredClone(input.texts);
    delete texts.en!.child!['steps.birthDeclaration.what_simple'];
    expect(validateContent({ ...input, texts })).toEqual([
      'en/child: missing text "steps.birthDeclaration.what_simple"',
    ]);
  });

  it('a missing adviser note, and a note for a question that no longer exists', () => {
    const texts = structuredClone(input.texts);
    delete texts.ar!.advice!['child.alone.lookFor_simple'];
    texts.fr!.advice!['child.twins.lookFor'] = 'Note orpheline.';
    expect(validateContent({ ...input, texts })).toEqual([
      'fr/advice: note "child.twins.lookFor" matches no question',
      'ar/advice: missing text "child.alone.lookFor_simple"',
    ]);
  });

  it('a moment below the minimums', () => {
    const thin = { ...child, steps: child.steps.slice(0, 3) };
    const errors = validateContent({ ...input, moments: [thin] }).join('\n');
    expect(errors).toMatch(/has 3 steps \(minimum 8\)/);
  });

  it('a question depending on a later one', () => {
    const questions = [...child.questions].reverse();
    const errors = validateContent({ ...input, moments: [{ ...child, questions }] });
    expect(errors.join('\n')).toMatch(/refers to a later question/);
  });
});

describe('readability of simplified texts', () => {
  it('measures words per sentence', async () => {
    const { averageSentenceLength, sentences } = await import('../../src/content/validate');
    expect(sentences("Allez à la mairie. Apportez vos papiers ! C'est gratuit…")).toHaveLength(3);
    expect(averageSentenceLength(['Un deux trois. Un deux trois quatre cinq.'])).toBe(4);
    expect(averageSentenceLength([])).toBe(0);
  });

  it('fails simplified texts with long sentences', () => {
    const input = shippedContent();
    const texts = structuredClone(input.texts);
    const long = Array.from({ length: 5000 }, () => 'mot').join(' ') + '.';
    texts.fr!.child!['steps.birthDeclaration.what_simple'] = long;
    expect(validateContent({ ...input, texts }).join('\n')).toMatch(/fr\/child: simplified texts average/);
  });
});
