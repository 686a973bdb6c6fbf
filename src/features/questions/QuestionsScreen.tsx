// The questions that personalise a journey, one per screen, with progress and a way back.
// Used to start a journey and, from the timeline, to change an answer later.
import { useLocation } from 'preact-iso';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Moment } from '../../content/schema';
import { isCalendarDate } from '../../domain/dates';
import { diffSteps, effectiveAnswers, visibleQuestions } from '../../domain/personalise';
import { usePageTitle } from '../../app/usePageTitle';
import { useT } from '../../i18n/useT';
import type { Answer } from '../../storage/records';
import { QuestionField } from './QuestionField';
import { ChangePreview } from './ChangePreview';
import { Bilingual } from '../adviser/PersonColumn';
import { AdviserNote, SessionSignals } from '../adviser/InterviewNotes';
import { QuestionForPerson } from '../adviser/QuestionForPerson';
import { useAdviserSession } from '../adviser/session';

interface Props {
  moment: Moment;
  initial: Record<string, Answer>;
  startAt?: string;
  /** Saves the answers: creates the journey or updates it; returns the journey id. */
  save: (answers: Record<string, Answer>) => Promise<string>;
  /** Where "back" leads from the first question. */
  exit: string;
  /** In edit mode every answer is saved at once and the flow returns to the timeline. */
  editing: boolean;
}

/** The question flow. */
export function QuestionsScreen({ moment, initial, startAt, save, exit, editing }: Props) {
  const { t, tc } = useT();
  const { route } = useLocation();
  const session = useAdviserSession();
  const [answers, setAnswers] = useState(initial);
  const questions = visibleQuestions(moment, answers);
  const firstOpen = questions.find((q) => answers[q.id] === undefined)?.id;
  const [currentId, setCurrentId] = useState(startAt ?? firstOpen ?? questions[0]?.id);
  const [error, setError] = useState<string>();
  const [preview, setPreview] = useState<Record<string, Answer>>();
  const headingRef = useRef<HTMLDivElement>(null);
  const index = Math.max(
    0,
    questions.findIndex((q) => q.id === currentId),
  );
  const question = questions[index];
  usePageTitle(question ? tc(moment.id, `questions.${question.id}.label`) : '');

  // Each new question is announced and read first: focus its heading (not focusable by Tab).
  const first = useRef(true);
  useEffect(() => {
    if (first.current) return void (first.current = false);
    const heading = headingRef.current?.querySelector<HTMLElement>('h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [currentId]);

  if (preview) {
    const { added, removed } = diffSteps(moment, initial, preview);
    return (
      <ChangePreview
        moment={moment}
        added={added}
        removed={removed}
        onApply={async () => {
          const id = await save(preview);
          route(`/parcours/${id}`, true);
        }}
        onCancel={() => route(exit)}
      />
    );
  }
  if (!question) return null;
  const value = answers[question.id];

  const go = (id: string | undefined) => {
    setError(undefined);
    setCurrentId(id);
  };

  const next = async (event: Event, skip = false) => {
    event.preventDefault();
    const missing = value === undefined && !question.optional;
    if (!skip && (missing || (question.kind === 'date' && value !== undefined && !isCalendarDate(value)))) {
      setError(t(question.kind === 'date' ? 'questions.errorDate' : 'questions.errorChoice'));
      return;
    }
    const current = { ...answers };
    if (skip) delete current[question.id];
    if (skip) setAnswers(current);
    const clean = effectiveAnswers(moment, current) as Record<string, Answer>;
    const visible = visibleQuestions(moment, clean);
    const following = editing
      ? visible.find((q) => clean[q.id] === undefined)
      : visible[visible.findIndex((q) => q.id === question.id) + 1];
    if (following) return go(following.id);
    if (editing) return setPreview(clean);
    const id = await save(clean);
    route(`/parcours/${id}`, true);
  };

  return (
    <form class={session ? 'page page--wide questions' : 'page questions'} onSubmit={next} noValidate>
      <p class="eyebrow">{tc(moment.id, 'title')}</p>
      <p class="progress-text">{t('questions.progress', { current: index + 1, total: questions.length })}</p>
      <progress max={questions.length} value={index + 1} aria-hidden="true" />
      <Bilingual namespaces={[moment.id]} person={<QuestionForPerson momentId={moment.id} question={question} />}>
        <div ref={headingRef} class="question-wrap">
          <QuestionField
            momentId={moment.id}
            question={question}
            value={value}
            error={error}
            onChange={(v) => {
              setError(undefined);
              const changed = { ...answers, [question.id]: v };
              // An emptied date field means "no answer", not an invalid one.
              if (v === '') delete changed[question.id];
              setAnswers(changed);
            }}
          />
        </div>
      </Bilingual>
      <AdviserNote moment={moment} question={question} />
      <div class="actions">
        <button type="submit" class="button">
          {t(editing ? 'questions.save' : 'questions.next')}
        </button>
        {question.optional && (
          <button
            type="button"
            class="button button--quiet"
            data-testid="skip-question"
            onClick={(e) => void next(e, true)}
          >
            {t('questions.skip')}
          </button>
        )}
        <button
          type="button"
          class="button button--quiet"
          onClick={() => (index === 0 ? route(exit) : go(questions[index - 1]?.id))}
        >
          {t('questions.back')}
        </button>
      </div>
      <SessionSignals />
    </form>
  );
}
