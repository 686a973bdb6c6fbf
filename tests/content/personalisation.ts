// Shared helpers of the moment tests: the steps a set of answers gives, and every possible answer
// of a question, to show that each question changes the person's journey.
import type { Moment } from '../../src/content/schema';
import type { Answers } from '../../src/domain/conditions';
import { personalise } from '../../src/domain/personalise';

/** Step ids a moment gives for some answers. */
export const stepIdsOf = (moment: Moment) => (answers: Answers) => personalise(moment, answers).map((s) => s.id);

/** Every possible answer of a question (yes/no, or its options). */
export const answersOf =
  (moment: Moment) =>
  (id: string): (string | boolean)[] => {
    const q = moment.questions.find((x) => x.id === id)!;
    return q.kind === 'yesno' ? [true, false] : (q.options ?? []);
  };
