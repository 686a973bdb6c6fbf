// Evaluating content conditions (data, never code) against a person's answers.
import type { Condition } from '../content/schema';

/** Answers by question id: yes/no, an option id or a calendar date. */
export type Answers = Readonly<Record<string, string | boolean | undefined>>;

/** Whether a condition holds; an unanswered question never satisfies `is` or `in`. */
export function holds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  if ('all' in condition) return condition.all.every((c) => holds(c, answers));
  if ('any' in condition) return condition.any.some((c) => holds(c, answers));
  if ('not' in condition) return !holds(condition.not, answers);
  const value = answers[condition.answer];
  if ('answered' in condition) return (value !== undefined) === condition.answered;
  if ('in' in condition) return typeof value === 'string' && condition.in.includes(value);
  return value === condition.is;
}

/** Every question a condition reads, with the values it compares against (none for `answered`). */
export function referencedAnswers(c: Condition | undefined): { answer: string; values: (string | boolean)[] }[] {
  if (!c) return [];
  if ('all' in c) return c.all.flatMap(referencedAnswers);
  if ('any' in c) return c.any.flatMap(referencedAnswers);
  if ('not' in c) return referencedAnswers(c.not);
  if ('answered' in c) return [{ answer: c.answer, values: [] }];
  return [{ answer: c.answer, values: 'in' in c ? c.in : [c.is] }];
}
