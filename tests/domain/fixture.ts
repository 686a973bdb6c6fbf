// A small moment for engine tests, independent of the real content.
import type { Moment } from '../../src/content/schema';

const source = [{ url: 'https://www.service-public.fr/', checked: '2026-11-23' }];
const base = { body: 'caf', channels: ['online' as const], actions: ['do'], documents: [], sources: source };

/** Fixture moment: a birth or an adoption, with steps before and after the anchor. */
export const fixture: Moment = {
  id: 'fixture',
  icon: '👶',
  anchors: ['dueDate', 'arrivalDate'],
  attentionne: { answer: 'alone', is: true },
  questions: [
    { id: 'situation', kind: 'choice', options: ['pregnant', 'adoption'] },
    { id: 'dueDate', kind: 'date', when: { answer: 'situation', is: 'pregnant' } },
    { id: 'arrivalDate', kind: 'date', when: { answer: 'situation', is: 'adoption' } },
    { id: 'married', kind: 'yesno', when: { answer: 'situation', is: 'pregnant' } },
    { id: 'alone', kind: 'yesno' },
  ],
  phases: ['before', 'after'],
  steps: [
    {
      ...base,
      id: 'declare',
      phase: 'before',
      timing: { kind: 'window', to: { amount: -25, unit: 'week' } },
      deadline: true,
      when: { answer: 'situation', is: 'pregnant' },
    },
    {
      ...base,
      id: 'recognise',
      phase: 'before',
      timing: { kind: 'asap' },
      deadline: false,
      when: {
        all: [
          { answer: 'situation', is: 'pregnant' },
          { answer: 'married', is: false },
        ],
      },
    },
    {
      ...base,
      id: 'socialWorker',
      phase: 'before',
      timing: { kind: 'asap' },
      deadline: false,
      when: { answer: 'alone', is: true },
    },
    {
      ...base,
      id: 'birthDeclaration',
      phase: 'after',
      timing: { kind: 'window', from: { amount: 0, unit: 'day' }, to: { amount: 5, unit: 'day' } },
      deadline: true,
      when: { answer: 'situation', is: 'pregnant' },
    },
    {
      ...base,
      id: 'adoptionLeave',
      phase: 'after',
      timing: { kind: 'window', from: { amount: -1, unit: 'week' }, to: { amount: 16, unit: 'week' } },
      deadline: false,
      when: { answer: 'situation', is: 'adoption' },
    },
    {
      ...base,
      id: 'childcare',
      phase: 'after',
      timing: { kind: 'window', from: { amount: 2, unit: 'month' }, to: { amount: 6, unit: 'month' } },
      deadline: false,
    },
  ],
};
