// The current question as text in the person's language, for their column during the interview:
// the adviser clicks, the person reads the question, why it is asked and the possible answers.
import type { Question } from '../../content/schema';
import { useT } from '../../i18n/useT';

/** Read-only question, rendered inside the person's TextOverride. */
export function QuestionForPerson({ momentId, question }: { momentId: string; question: Question }) {
  const { t, tc } = useT();
  const base = `questions.${question.id}`;
  const answers =
    question.kind === 'yesno'
      ? [t('questions.yes'), t('questions.no')]
      : (question.options ?? []).map((o) => tc(momentId, `${base}.options.${o}`));
  return (
    <div data-testid="person-question">
      <p class="person-step__title">{tc(momentId, `${base}.label`)}</p>
      <p class="hint">
        <strong>{t('questions.why')}</strong> {tc(momentId, `${base}.why`)}
      </p>
      {answers.length > 0 && (
        <ul class="person-steps">
          {answers.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      )}
      {question.kind === 'date' && <p class="hint">{t('questions.date.example')}</p>}
    </div>
  );
}
