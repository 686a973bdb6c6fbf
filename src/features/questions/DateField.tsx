// A date as three short fields (day, month, year), the pattern public services use because it
// works the same with every keyboard, screen reader and browser, unlike the native date picker.
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/useT';

interface Props {
  id: string;
  label: string;
  hint: preact.ComponentChildren;
  describedBy: string;
  invalid: boolean;
  value: string | undefined;
  onChange: (value: string) => void;
}

// Persian (۰–۹) and Arabic-Indic (٠–٩) digits typed on fa, ps or ar keyboards count as digits.
const asciiDigits = (text: string) =>
  text
    .replace(/[۰-۹]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (c) => String(c.charCodeAt(0) - 0x0660));

const split = (value: string | undefined) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  return m ? { d: String(Number(m[3])), m: String(Number(m[2])), y: m[1]! } : { d: '', m: '', y: '' };
};

/** The three fields (give each question its own `key`, so they start from its answer); reports "YYYY-MM-DD" once all are filled ('' when all are empty). */
export function DateField({ id, label, hint, describedBy, invalid, value, onChange }: Props) {
  const { t } = useT();
  const [parts, setParts] = useState(() => split(value));
  const update = (key: 'd' | 'm' | 'y', text: string) => {
    const next = { ...parts, [key]: asciiDigits(text).replace(/\D/g, '') };
    setParts(next);
    if (!next.d && !next.m && !next.y) return onChange('');
    // Incomplete or impossible dates are passed on as they are: validation explains the problem.
    onChange(`${next.y.padStart(4, '0')}-${next.m.padStart(2, '0')}-${next.d.padStart(2, '0')}`);
  };
  const field = (key: 'd' | 'm' | 'y', name: string, size: number) => (
    <div class="date-part">
      <label for={`${id}-${name}`}>{t(`questions.date.${name}` as 'questions.date.day')}</label>
      <input
        id={`${id}-${name}`}
        name={`${id}-${name}`}
        class={`text-input date-part--${name}`}
        inputMode="numeric"
        autoComplete="off"
        maxLength={size}
        value={parts[key]}
        aria-invalid={invalid || undefined}
        onInput={(e) => update(key, (e.currentTarget as HTMLInputElement).value)}
      />
    </div>
  );
  return (
    <fieldset class="question" aria-describedby={describedBy}>
      <legend class="question__label">
        <h1>{label}</h1>
      </legend>
      {hint}
      <div class="date-parts">
        {field('d', 'day', 2)}
        {field('m', 'month', 2)}
        {field('y', 'year', 4)}
      </div>
    </fieldset>
  );
}
