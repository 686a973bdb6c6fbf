// The attention signals an adviser may tick: during the interview (kept in the session for the
// journeys it starts) and on the timeline (kept on the journey).
import { useT } from '../../i18n/useT';
import { adviserSignals } from './signals';

interface Props {
  selected: ReadonlySet<string>;
  onChange: (signals: string[]) => void;
  /** Prefix of the checkbox ids, so two fieldsets never share one. */
  idPrefix: string;
}

/** Checkboxes of the six signals, in their fixed order. */
export function SignalsFieldset({ selected, onChange, idPrefix }: Props) {
  const { tp } = useT();
  const toggle = (signal: string, on: boolean) =>
    onChange(adviserSignals.filter((s) => (s === signal ? on : selected.has(s))));
  return (
    <fieldset class="question">
      <legend>
        <h3>{tp('adviser.signalsTitle')}</h3>
      </legend>
      <p class="hint">{tp('adviser.signalsHint')}</p>
      <ul class="checks">
        {adviserSignals.map((s) => (
          <li key={s} class="check">
            <input
              type="checkbox"
              id={`${idPrefix}-${s}`}
              checked={selected.has(s)}
              onChange={(e) => toggle(s, (e.currentTarget as HTMLInputElement).checked)}
            />
            <label for={`${idPrefix}-${s}`}>{tp(`adviser.signals.${s}`)}</label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
