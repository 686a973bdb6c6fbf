// Personalisation: which questions a person is asked, which steps apply to them, and the anchor
// date their journey is counted from.
import type { Moment, Question, Step } from '../content/schema';
import { holds, type Answers } from './conditions';
import { isCalendarDate, type CalendarDate } from './dates';

/** Questions to show, in order, given the answers so far (a question may depend on earlier ones). */
export function visibleQuestions(moment: Moment, answers: Answers): Question[] {
  return moment.questions.filter((q) => holds(q.when, answers));
}

/** Answers restricted to the questions still visible: changing an answer can hide others. */
export function effectiveAnswers(moment: Moment, answers: Answers): Answers {
  const visible = new Set(visibleQuestions(moment, answers).map((q) => q.id));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => visible.has(id)));
}

/** Whether every visible question has an answer. */
export function isComplete(moment: Moment, answers: Answers): boolean {
  return visibleQuestions(moment, answers).every((q) => answers[q.id] !== undefined);
}

/** The steps that apply to this person, in content order. Ticks are stored apart, so they survive. */
export function personalise(moment: Moment, answers: Answers): Step[] {
  const effective = effectiveAnswers(moment, answers);
  return moment.steps.filter((step) => holds(step.when, effective));
}

/** The journey's anchor date: the first anchor question that is visible and answered with a date. */
export function anchorDate(moment: Moment, answers: Answers): CalendarDate | undefined {
  const effective = effectiveAnswers(moment, answers);
  for (const id of moment.anchors) {
    const value = effective[id];
    if (isCalendarDate(value)) return value;
  }
  return undefined;
}

/** Whether the accompanied ("attentionné") version applies: human help shown first. */
export function needsAccompaniment(moment: Moment, answers: Answers): boolean {
  return holds(moment.attentionne, effectiveAnswers(moment, answers));
}

/** What changes between two sets of answers: step ids added and removed. */
export function diffSteps(moment: Moment, before: Answers, after: Answers): { added: string[]; removed: string[] } {
  const a = new Set(personalise(moment, before).map((s) => s.id));
  const b = new Set(personalise(moment, after).map((s) => s.id));
  return { added: [...b].filter((id) => !a.has(id)), removed: [...a].filter((id) => !b.has(id)) };
}
