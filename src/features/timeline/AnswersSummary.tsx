// The person's answers, each with a link to change it: personalisation stays in their hands.
import { visibleQuestions } from '../../domain/personalise';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import type { JourneyView } from '../journey/useJourney';

/** List of questions and answers of a journey. */
export function AnswersSummary({ view }: { view: JourneyView }) {
  const { t, tc, lang } = useT();
  const { moment, journey } = view;
  const text = (id: string, value: unknown) => {
    if (value === true) return t('questions.yes');
    if (value === false) return t('questions.no');
    if (typeof value !== 'string') return t('questions.unanswered');
    const question = moment.questions.find((q) => q.id === id);
    if (question?.kind === 'date') return formatDate(value, lang);
    return tc(moment.id, `questions.${id}.options.${value}`);
  };
  return (
    <section aria-labelledby="answers-title" class="answers">
      <h2 id="answers-title">{t('timeline.answers')}</h2>
      <dl>
        {visibleQuestions(moment, journey.answers).map((q) => (
          <div key={q.id} class="answer">
            <dt>{tc(moment.id, `questions.${q.id}.label`)}</dt>
            <dd>
              {text(q.id, journey.answers[q.id])}{' '}
              <a href={`/parcours/${journey.id}/questions/${q.id}`}>
                {t('timeline.change')}
                <span class="visually-hidden">: {tc(moment.id, `questions.${q.id}.label`)}</span>
              </a>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
