import { describe, expect, it } from 'vitest';
import {
  anchorDate,
  diffSteps,
  effectiveAnswers,
  isComplete,
  needsAccompaniment,
  personalise,
  visibleQuestions,
} from '../../src/domain/personalise';
import { fixture } from './fixture';

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('personalise', () => {
  it('asks only the questions whose condition holds, in order', () => {
    expect(ids(visibleQuestions(fixture, {}))).toEqual(['situation', 'alone']);
    expect(ids(visibleQuestions(fixture, { situation: 'pregnant' }))).toEqual([
      'situation',
      'dueDate',
      'married',
      'alone',
    ]);
    expect(ids(visibleQuestions(fixture, { situation: 'adoption' }))).toEqual(['situation', 'arrivalDate', 'alone']);
  });

  it('knows when all visible questions are answered', () => {
    expect(isComplete(fixture, { situation: 'adoption', arrivalDate: '2027-01-10' })).toBe(false);
    expect(isComplete(fixture, { situation: 'adoption', arrivalDate: '2027-01-10', alone: false })).toBe(true);
  });

  it('keeps the steps that apply to the answers', () => {
    const pregnant = { situation: 'pregnant', dueDate: '2027-03-12', married: false, alone: false };
    expect(ids(personalise(fixture, pregnant))).toEqual(['declare', 'recognise', 'birthDeclaration', 'childcare']);
    expect(ids(personalise(fixture, { ...pregnant, married: true, alone: true }))).toEqual([
      'declare',
      'socialWorker',
      'birthDeclaration',
      'childcare',
    ]);
    expect(ids(personalise(fixture, { situation: 'adoption', alone: false }))).toEqual(['adoptionLeave', 'childcare']);
  });

  it('ignores answers to questions that are no longer asked', () => {
    // "married" stays stored after switching to adoption, but must not bring back "recognise".
    const answers = { situation: 'adoption', married: false, dueDate: '2027-03-12', arrivalDate: '2027-05-02' };
    expect(effectiveAnswers(fixture, answers)).toEqual({ situation: 'adoption', arrivalDate: '2027-05-02' });
    expect(ids(personalise(fixture, answers))).not.toContain('recognise');
    expect(anchorDate(fixture, answers)).toBe('2027-05-02');
  });

  it('takes the anchor from the first answered, visible date question', () => {
    expect(anchorDate(fixture, { situation: 'pregnant', dueDate: '2027-03-12' })).toBe('2027-03-12');
    expect(anchorDate(fixture, { situation: 'pregnant' })).toBeUndefined();
    expect(anchorDate(fixture, { situation: 'pregnant', dueDate: 'soon' })).toBeUndefined();
  });

  it('switches to the accompanied version when its condition holds', () => {
    expect(needsAccompaniment(fixture, { alone: true })).toBe(true);
    expect(needsAccompaniment(fixture, { alone: false })).toBe(false);
  });

  it('reports the steps an answer change adds and removes', () => {
    const before = { situation: 'pregnant', married: true, alone: false };
    expect(diffSteps(fixture, before, { ...before, married: false, alone: true })).toEqual({
      added: ['recognise', 'socialWorker'],
      removed: [],
    });
    expect(diffSteps(fixture, before, { situation: 'adoption', alone: false })).toEqual({
      added: ['adoptionLeave'],
      removed: ['declare', 'birthDeclaration'],
    });
  });
});
