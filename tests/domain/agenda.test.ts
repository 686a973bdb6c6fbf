import { describe, expect, it } from 'vitest';
import { agenda } from '../../src/domain/agenda';
import { personalise } from '../../src/domain/personalise';
import { schedule } from '../../src/domain/schedule';
import { fixture } from './fixture';

const steps = personalise(fixture, { situation: 'pregnant', dueDate: '2027-03-12', married: false, alone: false });

describe('agenda across journeys', () => {
  const a = { journeyId: 'a', momentId: 'fixture', steps: schedule(steps, '2027-03-12', '2027-03-15') };
  const b = { journeyId: 'b', momentId: 'fixture', steps: schedule(steps, '2027-03-20', '2027-03-15') };

  it('lists overdue then due-soon steps of every journey, earliest first', () => {
    const items = agenda([b, a]);
    expect(items.map((i) => [i.journeyId, i.step.id, i.status])).toEqual([
      ['a', 'declare', 'overdue'],
      ['b', 'declare', 'overdue'],
      ['a', 'birthDeclaration', 'dueSoon'],
      ['b', 'birthDeclaration', 'dueSoon'],
    ]);
  });

  it('can list every pending step, and limit the list', () => {
    expect(agenda([a, b], { all: true }).length).toBe(8);
    expect(agenda([a, b], { all: true, limit: 2 }).map((i) => i.journeyId)).toEqual(['a', 'b']);
  });

  it('leaves out finished steps', () => {
    const done = { ...a, steps: schedule(steps, '2027-03-12', '2027-03-15', { declare: { done: true } }) };
    expect(agenda([done]).map((i) => i.step.id)).toEqual(['birthDeclaration']);
  });
});
