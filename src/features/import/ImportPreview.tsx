// What a hand-off will add to this phone, shown before anything is saved.
import type { Moment } from '../../content/schema';
import type { Handoff } from '../../domain/handoff';
import { visibleQuestions } from '../../domain/personalise';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/useT';

interface Props {
  handoff: Handoff;
  moment: Moment;
  onImport: () => void;
  onCancel: () => void;
}

/** Preview and consent. */
export function ImportPreview({ handoff, moment, onImport, onCancel }: Props) {
  const { t, tc, lang, tp } = useT();
  const answer = (id: string, value: string | boolean | undefined) => {
    if (value === true) return t('questions.yes');
    if (value === false) return t('questions.no');
    if (value === undefined) return t('questions.unanswered');
    return moment.questions.find((q) => q.id === id)?.kind === 'date'
      ? formatDate(value, lang)
      : tc(moment.id, `questions.${id}.options.${value}`);
  };
  const ticks = Object.values(handoff.t ?? {}).reduce((n, list) => n + list.length, 0);
  return (
    <article class="page">
      <h1>{tp('import.title')}</h1>
      <p class="lead">{tp('import.intro', { moment: tc(moment.id, 'title') })}</p>
      <dl class="answers">
        {visibleQuestions(moment, handoff.a).map((q) => (
          <div key={q.id} class="answer">
            <dt>{tc(moment.id, `questions.${q.id}.label`)}</dt>
            <dd>{answer(q.id, handoff.a[q.id])}</dd>
          </div>
        ))}
      </dl>
      <ul>
        <li>{tp('import.ticks', { count: ticks })}</li>
        <li>{tp('import.done', { count: handoff.d?.length ?? 0 })}</li>
        <li>{tp('import.notes', { count: Object.keys(handoff.n ?? {}).length })}</li>
      </ul>
      <p>{tp('import.consent')}</p>
      <p class="actions">
        <button type="button" class="button" onClick={onImport}>
          {tp('import.yes')}
        </button>
        <button type="button" class="button button--quiet" onClick={onCancel}>
          {tp('import.no')}
        </button>
      </p>
    </article>
  );
}
