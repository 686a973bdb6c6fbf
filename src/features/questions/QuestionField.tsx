// One question as a form field: yes/no and choices as radio buttons, dates as a date input.
import type { Question } from '../../content/schema';
import { useT } from '../../i18n/useT';
import type { Answer } from '../../storage/records';
import { DateField } from './DateField';

interface Props {
  momentId: string;
  question: Question;
  value: Answer | undefined;
  error?: string;
  onChange: (value: Answer) => void;
}

/** The field of one question, with its "why we ask" hint and error linked for screen readers. */
export function QuestionField({ momentId, question, value, error, onChange }: Props) {
  const { t, tc } = useT();
  const base = `questions.${question.id}`;
  const hintId = `${question.id}-why`;
  const errorId = `${question.id}-error`;
  const describedBy = error ? `${hintId} ${errorId}` : hintId;
  const why = (
    <p id={hintId} class="hint">
      <strong>{t('questions.why')}</strong> {tc(momentId, `${base}.why`)}
    </p>
  );
  const errorText = error && (
    <p id={errorId} class="error">
      <span aria-hidden="true">! </span>
      {error}
    </p>
  );

  if (question.kind === 'date') {
    return (
      <DateField
        key={question.id}
        id={question.id}
        label={tc(momentId, `${base}.label`)}
        hint={
          <>
            {why}
            <p class="hint">{t('questions.date.example')}</p>
            {errorText}
          </>
        }
        describedBy={describedBy}
        invalid={Boolean(error)}
        value={typeof value === 'string' ? value : undefined}
        onChange={onChange}
      />
    );
  }

  const options: { id: string; value: Answer; label: string }[] =
    question.kind === 'yesno'
      ? [
          { id: 'yes', value: true, label: t('questions.yes') },
          { id: 'no', value: false, label: t('questions.no') },
        ]
      : (question.options ?? []).map((o) => ({ id: o, value: o, label: tc(momentId, `${base}.options.${o}`) }));

  return (
    <fieldset class="question" aria-describedby={describedBy}>
      <legend class="question__label">
        <h1>{tc(momentId, `${base}.label`)}</h1>
      </legend>
      {why}
      {errorText}
      <div class="choices">
        {options.map((o) => (
          <label key={o.id} class="choice">
            <input type="radio" name={question.id} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
