import { describe, expect, it } from 'vitest';
import { holds } from '../../src/domain/conditions';

const answers = { situation: 'pregnant', firstChild: true, married: false, dueDate: '2027-03-12' };

describe('conditions', () => {
  it('holds without a condition', () => expect(holds(undefined, answers)).toBe(true));

  it('compares answers with is and in', () => {
    expect(holds({ answer: 'situation', is: 'pregnant' }, answers)).toBe(true);
    expect(holds({ answer: 'married', is: true }, answers)).toBe(false);
    expect(holds({ answer: 'situation', in: ['born', 'adoption'] }, answers)).toBe(false);
    expect(holds({ answer: 'situation', in: ['pregnant', 'born'] }, answers)).toBe(true);
  });

  it('never matches an unanswered question with is or in, and tests answered', () => {
    expect(holds({ answer: 'activity', is: 'employee' }, answers)).toBe(false);
    expect(holds({ not: { answer: 'activity', is: 'employee' } }, answers)).toBe(true);
    expect(holds({ answer: 'activity', answered: false }, answers)).toBe(true);
    expect(holds({ answer: 'dueDate', answered: true }, answers)).toBe(true);
  });

  it('combines with all, any and not', () => {
    expect(
      holds(
        {
          all: [
            { answer: 'firstChild', is: true },
            { answer: 'married', is: false },
          ],
        },
        answers,
      ),
    ).toBe(true);
    expect(
      holds(
        {
          all: [
            { answer: 'firstChild', is: true },
            { answer: 'married', is: true },
          ],
        },
        answers,
      ),
    ).toBe(false);
    expect(
      holds(
        {
          any: [
            { answer: 'married', is: true },
            { answer: 'firstChild', is: true },
          ],
        },
        answers,
      ),
    ).toBe(true);
    expect(holds({ not: { any: [{ answer: 'married', is: true }] } }, answers)).toBe(true);
  });
});
