// What a question can change in a journey, read from the content's conditions: shown to the
// adviser beside each question, so they know why an answer matters before the person gives it.
import type { Condition, Moment } from '../content/schema';
import { referencedAnswers } from './conditions';

/** The steps and follow-up questions a question can add or remove, and whether it can open the accompanied route. */
export interface QuestionImpact {
  steps: string[];
  followUps: string[];
  accompanied: boolean;
}

/** The impact of one question of a moment (empty lists for a question nothing depends on). */
export function questionImpact(moment: Moment, questionId: string): QuestionImpact {
  const reads = (c: Condition | undefined) => referencedAnswers(c).some((r) => r.answer === questionId);
  return {
    steps: moment.steps.filter((s) => reads(s.when)).map((s) => s.id),
    followUps: moment.questions.filter((q) => q.id !== questionId && reads(q.when)).map((q) => q.id),
    accompanied: reads(moment.attentionne),
  };
}
