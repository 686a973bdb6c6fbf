// What each question can change: read from the conditions, for the adviser's notes.
import { describe, expect, it } from 'vitest';
import { moments } from '../../src/content/all';
import { referencedAnswers } from '../../src/domain/conditions';
import { questionImpact } from '../../src/domain/questionImpact';
import { fixture } from './fixture';

describe('questionImpact', () => {
  it('lists the steps and follow-up questions a question decides', () => {
    expect(questionImpact(fixture, 'situation')).toEqual({
      steps: ['declare', 'recognise', 'birthDeclaration', 'adoptionLeave'],
      followUps: ['dueDate', 'arrivalDate', 'married'],
      accompanied: false,
    });
    expect(questionImpact(fixture, 'married')).toEqual({ steps: ['recognise'], followUps: [], accompanied: false });
  });

  it('says when a question can open the accompanied route', () => {
    expect(questionImpact(fixture, 'alone')).toEqual({ steps: ['socialWorker'], followUps: [], accompanied: true });
  });

  it('is empty for a question nothing depends on', () => {
    expect(questionImpact(fixture, 'dueDate')).toEqual({ steps: [], followUps: [], accompanied: false });
  });

  it('reads through all, any, not and answered', () => {
    expect(
      referencedAnswers({
        all: [
          { any: [{ answer: 'a', is: true }, { not: { answer: 'b', in: ['x', 'y'] } }] },
          { answer: 'c', answered: false },
        ],
      }),
    ).toEqual([
      { answer: 'a', values: [true] },
      { answer: 'b', values: ['x', 'y'] },
      { answer: 'c', values: [] },
    ]);
    expect(referencedAnswers(undefined)).toEqual([]);
  });

  it('gives every non-date question of the real content something to change', () => {
    for (const m of moments)
      for (const q of m.questions.filter((q) => q.kind !== 'date')) {
        const impact = questionImpact(m, q.id);
        expect(
          impact.steps.length + impact.followUps.length + Number(impact.accompanied),
          `${m.id}.${q.id}`,
        ).toBeGreaterThan(0);
      }
  });
});
